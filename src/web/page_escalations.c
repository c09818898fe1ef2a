/*
 * page_escalations.c: an escalation's own page (who raised it, about whom, each stage
 * with whoever must answer, by when and the answer, the forms to take it higher and to
 * record its resolution), and the list of open escalations for chairs and managers, most
 * urgent answer first. The dates due are the timescale engine's (clock escalation_stage),
 * so the page, the worklists and the figures agree.
 */
#include "web/pages.h"

#include <string.h>

#include "base/mem.h"
#include "codes/codes.h"
#include "timescales/ts.h"
#include "web/esc_page.h"
#include "web/records_page.h"
#include "web/snapshot.h"
#include "web/work.h"
#include "web/web_int.h"

const char *
esc_iso(struct web_req *r, cal_date d)
{
	char *out = arena_alloc(&r->arena, 11);

	if (out)
		cal_format(d, out);
	return out ? out : "";
}

void
esc_close(struct esc_ctx *x)
{
	area_free(&x->fresh);
	web_snapshot_put(x->s);
	memset(x, 0, sizeof *x);
}

/* A partner sees only their agency's escalations (access.c). */
static int
visible(struct web_req *r, int64_t id)
{
	struct web_form f;

	web_form_init(&f, "escalations");
	return !(r->role & R_PARTNER) || (rf_load(r, &f, id) == 1 &&
	    web_row_visible(r, "escalations", f.row));
}

int
esc_open(struct web_req *r, int64_t id, struct esc_ctx *x)
{
	memset(x, 0, sizeof *x);
	area_init(&x->fresh);
	if (!(x->s = web_snapshot_get(r)))
		return -1;
	x->a = web_snapshot_child_area(r, x->s, r->child_id, &x->fresh);
	if (!x->a) {
		esc_close(x);
		return -1;
	}
	if ((x->c = m_child_by_id(x->a, r->child_id)))
		for (uint32_t i = 0; i < x->c->escalations.count; i++)
			if (x->a->escalations[x->c->escalations.first + i].id == id)
				x->e = &x->a->escalations[x->c->escalations.first + i];
	if (!x->e || !visible(r, id)) {
		esc_close(x);
		return 0;
	}
	return 1;
}

int
esc_stage_now(const struct area *a, const struct m_child *c, const struct m_escalation *e)
{
	int top = 1;

	for (uint32_t i = 0; i < c->escalation_stages.count; i++) {
		const struct m_escalation_stage *s = &a->escalation_stages[c->escalation_stages.first + i];
		if (s->escalation_id == e->id && s->stage > top)
			top = s->stage;
	}
	return top;
}

int
esc_missing(struct web_req *r)
{
	h_page_begin(r, "Error: Take the escalation to its next stage", NAV_SEARCH);
	h_error_summary(r, &(struct h_field_error){"main-content", "Escalation: no escalation "
	    "of this child has that id. Open the escalation from the child's record and use "
	    "its form"}, 1);
	h(r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/children/%lld#escalations\">"
	    "The child's escalations</a></p>", (long long)r->child_id);
	h_page_end(r);
	return 0;
}

static const char *
person(struct web_req *r, const struct area *a, int64_t id)
{
	char out[220];

	return ts_person(a, id, out, sizeof out) ? arena_strdup(&r->arena, out) : "Not recorded";
}

static const char *
agency(const struct area *a, int64_t id)
{
	const struct m_agency *g = m_agency(a, id);

	return g && g->name ? g->name : "Not recorded";
}

static void
summary(struct web_req *r, const struct esc_ctx *x, const struct web_form *f)
{
	const struct m_escalation *e = x->e;
	const struct m_team *t = m_team(x->a, e->about_team_id);

	h_summary_begin(r);
	h_summary_row(r, "Raised", h_date(r, e->raised));
	h_summary_row(r, "Raised by", arena_printf(&r->arena, "%s, %s",
	    person(r, x->a, e->raised_by_id), agency(x->a, e->raised_by_agency_id)));
	h_summary_row(r, "About", t && t->name ? arena_printf(&r->arena, "%s, %s",
	    agency(x->a, e->about_agency_id), t->name) : agency(x->a, e->about_agency_id));
	if (e->conference_id)
		h_summary_row(r, "Conference", arena_printf(&r->arena, "conference %lld",
		    (long long)e->conference_id));
	h_summary_row(r, "Category", rf_capital(r, codes_label(codes_list(
	    "escalation_category"), e->category) ? codes_label(codes_list(
	    "escalation_category"), e->category) : e->category));
	h_summary_row(r, "The concern", web_form_value(r, f, "concern"));
	if (e->resolved != CAL_NONE) {
		h_summary_row(r, "Resolved", h_date(r, e->resolved));
		h_summary_row(r, "Outcome", *e->outcome && codes_label(codes_list(
		    "escalation_outcome"), e->outcome) ? rf_capital(r, codes_label(codes_list(
		    "escalation_outcome"), e->outcome)) : "Not recorded");
		h_summary_row(r, "How it was resolved", web_form_value(r, f, "resolution"));
	}
	h_summary_end(r);
}

static const struct ts_clock *
clock_of(const struct ts_clocks *v, int64_t stage_id)
{
	for (size_t i = 0; i < v->n; i++)
		if (v->v[i].kind == TS_K_ESCALATION_STAGE && v->v[i].record_id == stage_id)
			return &v->v[i];
	return NULL;
}

static void
stage_row(struct web_req *r, const struct esc_ctx *x, const struct m_escalation_stage *s,
    const struct ts_clocks *v)
{
	const struct ts_clock *k = clock_of(v, s->id);
	struct web_form f;

	web_form_init(&f, "escalation_stages");
	rf_load(r, &f, s->id);
	h(r, "<tr class=\"govuk-table__row\" id=\"escalation_stages-%lld\"><td class=\""
	    "govuk-table__cell\">%d</td><td class=\"govuk-table__cell sg-nowrap\">%s</td><td "
	    "class=\"govuk-table__cell\">%s</td><td class=\"govuk-table__cell sg-nowrap\">%s</td>"
	    "<td class=\"govuk-table__cell\">", (long long)s->id, s->stage, h_date(r, s->opened),
	    person(r, x->a, k && k->actor_id ? k->actor_id : s->responder_id),
	    k ? h_date(r, k->target) : "");
	if (k)
		web_clock_tag(r, k, x->s->today);
	h(r, "</td><td class=\"govuk-table__cell\">");
	if (s->response != CAL_NONE)
		h(r, "%s: %s", h_date(r, s->response), web_form_value(r, &f, "response"));
	else if (x->e->resolved == CAL_NONE)
		h(r, "<a class=\"govuk-link\" href=\"/escalation_stages/%lld/respond\">Answer"
		    "<span class=\"govuk-visually-hidden\"> stage %d</span></a>", (long long)s->id,
		    s->stage);
	h(r, "</td></tr>");
}

static void
stages(struct web_req *r, const struct esc_ctx *x)
{
	struct ts_clocks v = {0};

	ts_child(x->a, x->s->cfg, x->c, x->s->today, &v);
	h(r, "<table class=\"govuk-table\"><caption class=\"govuk-table__caption "
	    "govuk-table__caption--m\">Stages</caption><thead class=\"govuk-table__head\"><tr "
	    "class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Stage</th>"
	    "<th scope=\"col\" class=\"govuk-table__header\">Opened</th><th scope=\"col\" class=\""
	    "govuk-table__header\">Who answers</th><th scope=\"col\" class=\"govuk-table__header"
	    "\">Answer due</th><th scope=\"col\" class=\"govuk-table__header\">State</th><th "
	    "scope=\"col\" class=\"govuk-table__header\">Answer</th></tr></thead><tbody class=\""
	    "govuk-table__body\">");
	for (uint32_t i = 0; i < x->c->escalation_stages.count; i++) {
		const struct m_escalation_stage *s =
		    &x->a->escalation_stages[x->c->escalation_stages.first + i];
		if (s->escalation_id == x->e->id)
			stage_row(r, x, s, &v);
	}
	h(r, "</tbody></table>");
	ts_clocks_free(&v);
}

/* The form to take it higher (as sent, with its errors, when next is given). */
static void
higher(struct web_req *r, const struct esc_ctx *x, const struct web_form *next)
{
	const struct rf_spec *sp = rf_spec_find("escalation_stages", "open");
	struct web_form f;
	int n = esc_stage_now(x->a, x->c, x->e) + 1;

	if (x->e->resolved != CAL_NONE)
		return;
	h(r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/escalations/%lld/resolve\">"
	    "Record how it was resolved</a></p>", (long long)x->e->id);
	if (n > 4 && !next)
		return;
	if (!next) {
		web_form_init(&f, "escalation_stages");
		web_form_set_text(&f, "opened_date", esc_iso(r, x->s->today));
	}
	h(r, "<h2 class=\"govuk-heading-m\">Take it to stage %d</h2><form method=\"post\" "
	    "action=\"/children/%lld/escalation-stages\" novalidate><input type=\"hidden\" "
	    "name=\"escalation_id\" value=\"%lld\">", n, (long long)x->c->id,
	    (long long)x->e->id);
	h_csrf(r);
	rf_draw(r, sp, next ? next : &f, next != NULL, x->c->id);
	h(r, "<button type=\"submit\" class=\"govuk-button govuk-button--secondary\" data-module"
	    "=\"govuk-button\">Take it to stage %d</button></form>", n);
}

static void
done_banner(struct web_req *r)
{
	const char *done = web_kv_get(&r->query, "done");

	if (!done || (strcmp(done, "raised") != 0 && strcmp(done, "stage") != 0))
		return;
	h(r, "<div class=\"govuk-notification-banner govuk-notification-banner--success\" role=\""
	    "alert\" aria-labelledby=\"saved-title\" data-module=\"govuk-notification-banner\">"
	    "<div class=\"govuk-notification-banner__header\"><h2 class=\""
	    "govuk-notification-banner__title\" id=\"saved-title\">Success</h2></div><div class=\""
	    "govuk-notification-banner__content\"><p class=\"govuk-notification-banner__heading\">"
	    "%s</p></div></div>", strcmp(done, "raised") == 0 ? "Escalation raised: stage 1 is "
	    "on the worklist of the manager who answers it" : "Escalation taken to its next stage");
}

int
esc_page(struct web_req *r, int64_t id, const struct web_form *next)
{
	struct esc_ctx x;
	struct web_form f;
	struct h_field_error e[REC_MAX_ERRORS];
	int n = next ? rp_summary(r, rf_spec_find("escalation_stages", "open"), next, e,
	    REC_MAX_ERRORS) : 0, rc = esc_open(r, id, &x);

	if (rc <= 0)
		return rc < 0 ? -1 : web_not_found(r);
	web_form_init(&f, "escalations");
	rf_load(r, &f, id);
	h_page_begin(r, n ? "Error: Escalation" : "Escalation", NAV_SEARCH);
	h(r, "<a class=\"govuk-back-link\" href=\"/children/%lld#escalations\">Back to the "
	    "record</a>", (long long)x.c->id);
	done_banner(r);
	h_error_summary(r, e, n);
	h_heading(r, web_child_name(r, x.c), arena_printf(&r->arena, "Escalation, stage %d",
	    esc_stage_now(x.a, x.c, x.e)));
	summary(r, &x, &f);
	stages(r, &x);
	higher(r, &x, next);
	h_page_end(r);
	esc_close(&x);
	return 0;
}

/* GET /escalations/{id} */
int
page_escalation(struct web_req *r)
{
	return esc_page(r, r->ids[0], NULL);
}
