/*
 * conf_document.c: the plan and the minutes of a conference as one document, to read on
 * screen and to print (app.css's print rules: no navigation, no forms, sections kept
 * whole), and its circulation: to whom it was sent (the invitees, the parents, anyone
 * else named) and when. Recording a circulation writes a row for each person it went to
 * and, the first time, the conference's plan_circulated_date or minutes_circulated_date,
 * which the timescale engine holds against the local standard: all one transaction.
 */
#include "web/pages.h"

#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/mem.h"
#include "base/str.h"
#include "codes/codes.h"
#include "web/child.h"
#include "web/conf.h"
#include "web/html.h"
#include "web/snapshot.h"
#include "web/web_int.h"
#include "web/work.h"

static const char *
tri(signed char v)
{
	return v == M_YES ? "Yes" : v == M_NO ? "No" : "Not recorded";
}

static const char *
categories(struct web_req *r, unsigned bits)
{
	const char *out = "";

	for (unsigned b = 1; b <= M_MUL; b <<= 1)
		if (bits & b)
			out = arena_printf(&r->arena, "%s%s%s", out, *out ? ", " : "",
			    child_label("abuse_category", m_category_code(b)));
	return *out ? out : "None";
}

static void
attendance(struct web_req *r, const struct conf_ctx *x, struct child_view *v)
{
	const struct area *a = &x->s->a;

	h(r, "<section><h2 class=\"govuk-heading-m\" id=\"attendance\">1. Who was there</h2><table "
	    "class=\"govuk-table\" aria-labelledby=\"attendance\"><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th "
	    "scope=\"col\" class=\"govuk-table__header\">Agency</th><th scope=\"col\" class=\""
	    "govuk-table__header\">Person</th><th scope=\"col\" class=\"govuk-table__header\">"
	    "Attendance</th><th scope=\"col\" class=\"govuk-table__header\">Report</th></tr>"
	    "</thead><tbody class=\"govuk-table__body\">");
	for (uint32_t i = 0; i < x->c->invitees.count; i++) {
		const struct m_invitee *w = &a->invitees[x->c->invitees.first + i];
		const struct m_agency *g = m_agency(a, w->agency_id);
		if (w->conference_id != x->k->id)
			continue;
		h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">%s</td><td "
		    "class=\"govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s</td><td "
		    "class=\"govuk-table__cell\">%s</td></tr>", g && g->name ? g->name : "",
		    w->professional_id ? child_person(v, w->professional_id) : "", w->attended ?
		    "Attended" : w->apologies ? "Apologies" : "Did not attend", !w->report_requested ?
		    "Not asked for" : w->report != CAL_NONE ? h_date(r, w->report) : "Not received");
	}
	h(r, "</tbody></table></section>");
}

static void
family(struct web_req *r, const struct m_conference *k)
{
	h(r, "<section><h2 class=\"govuk-heading-m\">2. The child and the family</h2>");
	h_summary_begin(r);
	h_summary_row(r, "Social worker's report to the chair", k->report_to_chair != CAL_NONE ?
	    h_date(r, k->report_to_chair) : "Not recorded");
	h_summary_row(r, "Report shared with the parents", k->report_to_parents != CAL_NONE ?
	    h_date(r, k->report_to_parents) : "Not recorded");
	h_summary_row(r, "The chair met the parents beforehand", tri(k->parents_met_chair));
	h_summary_row(r, "The parents understood the concerns", tri(k->parents_understood));
	h_summary_row(r, "The child's participation", child_label("participation",
	    k->participation));
	h_summary_row(r, "Advocate", tri(k->advocate));
	h_summary_end(r);
	h(r, "<h3 class=\"govuk-heading-s\">The child's views</h3><p class=\"govuk-body "
	    "sg-prewrap\">%s</p></section>", k->child_views ? k->child_views : "Not recorded.");
}

static void
decision(struct web_req *r, const struct conf_ctx *x, struct child_view *v)
{
	const struct m_conference *k = x->k;
	int n = 0;

	h(r, "<section><h2 class=\"govuk-heading-m\">3. The decision</h2>");
	h_summary_begin(r);
	h_summary_row(r, "Decision", child_label("conference_decision", k->decision));
	h_summary_row(r, "Categories", categories(r, k->categories));
	h_summary_row(r, "Dissent", tri(k->dissent));
	h_summary_end(r);
	h(r, "</section><section><h2 class=\"govuk-heading-m\">4. The plan</h2>");
	h_summary_begin(r);
	h_summary_row(r, "Key worker", child_person(v, k->key_worker_id));
	h_summary_end(r);
	h(r, "<h3 class=\"govuk-heading-s\">Outline plan</h3><p class=\"govuk-body sg-prewrap\">%s"
	    "</p><h3 class=\"govuk-heading-s\">Core group</h3><ul class=\"govuk-list "
	    "govuk-list--bullet\">", k->outline_plan ? k->outline_plan : "Not recorded.");
	for (uint32_t i = 0; i < x->c->core_members.count; i++) {
		const struct m_core_member *m = &x->s->a.core_members[x->c->core_members.first + i];
		if (m->conference_id == k->id && ++n)
			h(r, "<li>%s</li>", child_person(v, m->professional_id));
	}
	if (!n)
		h(r, "<li>None named.</li>");
	h(r, "</ul>");
	if (k->plan_id)
		conf_plan_actions(r, v, k->plan_id, 0);
	h(r, "</section>");
}

struct circ_ctx {
	struct web_req *r;
	int64_t conference_id;
	int n;
};

static int
circ_row(void *p, const struct table *t, const struct field *row)
{
	struct circ_ctx *x = p;
	int c = records_col_index(t, "conference_id"), d = records_col_index(t, "document");
	int who = records_col_index(t, "recipient"), sent = records_col_index(t, "sent_date");

	if (row[c].i != x->conference_id)
		return 0;
	if (x->n++ == 0)
		h(x->r, "<table class=\"govuk-table\" id=\"circulated\"><caption class=\""
		    "govuk-table__caption govuk-table__caption--s\">Sent</caption><thead class=\""
		    "govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\""
		    "govuk-table__header\">Sent to</th><th scope=\"col\" class=\"govuk-table__header\">"
		    "What</th><th scope=\"col\" class=\"govuk-table__header\">On</th></tr></thead>"
		    "<tbody class=\"govuk-table__body\">");
	h(x->r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">%s</td><td class=\""
	    "govuk-table__cell\">%s</td><td class=\"govuk-table__cell sg-nowrap\">%s</td></tr>",
	    row[who].s ? row[who].s : "", child_label("circulated_document", row[d].s),
	    row[sent].s ? row[sent].s : "");
	return 0;
}

/* Who an invitee is, as the circulation list names them. */
static const char *
invitee_name(struct web_req *r, const struct conf_ctx *x, const struct m_invitee *w)
{
	const struct m_agency *g = m_agency(&x->s->a, w->agency_id);
	struct child_view v = {r, x->s, &x->s->a, x->c, {0}, x->s->today, 0, 0};

	return arena_printf(&r->arena, "%s%s%s", w->professional_id ? child_person(&v,
	    w->professional_id) : "", w->professional_id ? ", " : "", g && g->name ? g->name : "");
}

static void
circulation_form(struct web_req *r, const struct conf_ctx *x, struct web_form *f,
    const char *to_error)
{
	int n = 0;

	h(r, "<form class=\"sg-noprint\" method=\"post\" action=\"/conferences/%lld/circulate\" "
	    "novalidate><h3 class=\"govuk-heading-s\">Record a circulation</h3>",
	    (long long)x->k->id);
	h_csrf(r);
	conf_codes(r, f, "document", "What was sent");
	h(r, "<div class=\"govuk-form-group%s\"><fieldset class=\"govuk-fieldset\"><legend class=\""
	    "govuk-fieldset__legend govuk-fieldset__legend--s\">Sent to</legend>", to_error ?
	    " govuk-form-group--error" : "");
	if (to_error)
		h(r, "<p id=\"to-error\" class=\"govuk-error-message\"><span class=\""
		    "govuk-visually-hidden\">Error:</span> %s</p>", to_error);
	h(r, "<div class=\"govuk-checkboxes govuk-checkboxes--small\"><div class=\""
	    "govuk-checkboxes__item\"><input class=\"govuk-checkboxes__input\" id=\"to\" name=\"to\" "
	    "type=\"checkbox\" value=\"parents\"><label class=\"govuk-label govuk-checkboxes__label\" "
	    "for=\"to\">The parents</label></div>");
	for (uint32_t i = 0; i < x->c->invitees.count; i++) {
		const struct m_invitee *w = &x->s->a.invitees[x->c->invitees.first + i];
		if (w->conference_id != x->k->id)
			continue;
		h(r, "<div class=\"govuk-checkboxes__item\"><input class=\"govuk-checkboxes__input\" "
		    "id=\"to-%lld\" name=\"to\" type=\"checkbox\" value=\"%lld\"><label class=\""
		    "govuk-label govuk-checkboxes__label\" for=\"to-%lld\">%s</label></div>",
		    (long long)w->id, (long long)w->id, (long long)w->id, invitee_name(r, x, w));
		n++;
	}
	h(r, "</div></fieldset></div>");
	conf_text(r, f, "recipient", "Anyone else it was sent to", "A name, for example the "
	    "child's grandmother", NULL);
	conf_text(r, f, "sent_date", "Sent on", "YYYY-MM-DD", "govuk-input--width-10");
	h(r, "<button type=\"submit\" class=\"govuk-button govuk-button--secondary\">Record the "
	    "circulation</button></form>");
	(void)n;
}

static int
document_page(struct web_req *r, struct web_form *f, const char *to_error)
{
	struct conf_ctx x;
	struct web_form fresh;
	struct child_view v;
	struct circ_ctx cc = {r, 0, 0};
	int rc = conf_open(r, &x, 0);

	if (rc <= 0)
		return rc;
	v = (struct child_view){r, x.s, &x.s->a, x.c, {0}, x.s->today, 0, 0};
	if (!f) {
		web_form_init(&fresh, "conference_circulation");
		web_form_set_text(&fresh, "sent_date", conf_iso(r, x.s->today));
		f = &fresh;
	}
	h_page_begin(r, f->e.n || to_error ? "Error: Plan and minutes" : "Plan and minutes",
	    NAV_WORK);
	conf_heading(r, &x, "Child protection plan and minutes");
	if (f->e.n || to_error) {
		struct h_field_error e[REC_MAX_ERRORS + 1];
		int ne = web_form_errors(r, f, e, REC_MAX_ERRORS);
		if (to_error)
			e[ne++] = (struct h_field_error){"to", arena_printf(&r->arena, "Sent to: %s",
			    to_error)};
		h_error_summary(r, e, ne);
	}
	h(r, "<div class=\"sg-document\">");
	h_summary_begin(r);
	h_summary_row(r, "Child", web_child_name(r, x.c));
	h_summary_row(r, "Local id", x.c->la_child_id);
	h_summary_row(r, "Date of birth", x.c->birth != CAL_NONE ? h_date(r, x.c->birth) :
	    "Not born yet");
	h_summary_row(r, "Conference", conf_kind(x.k));
	h_summary_row(r, "Held", x.k->held != CAL_NONE ? h_date(r, x.k->held) : "Not held yet");
	h_summary_row(r, "Venue", x.k->venue ? x.k->venue : "Not recorded");
	h_summary_row(r, "Chair", child_person(&v, x.k->chair_id));
	h_summary_end(r);
	attendance(r, &x, &v);
	family(r, x.k);
	decision(r, &x, &v);
	h(r, "<section class=\"sg-circulation\"><h2 class=\"govuk-heading-m\">5. Circulation</h2>");
	h_summary_begin(r);
	h_summary_row(r, "Plan circulated", x.k->plan_circulated != CAL_NONE ?
	    h_date(r, x.k->plan_circulated) : "Not yet");
	h_summary_row(r, "Minutes circulated", x.k->minutes_circulated != CAL_NONE ?
	    h_date(r, x.k->minutes_circulated) : "Not yet");
	h_summary_end(r);
	cc.conference_id = x.k->id;
	store_scan(r->st, records_table("conference_circulation"), x.c->id, circ_row, &cc);
	if (cc.n)
		h(r, "</tbody></table>");
	if (x.k->held != CAL_NONE && (r->role & (R_SW | R_MANAGER | R_CHAIR)))
		circulation_form(r, &x, f, to_error);
	h(r, "</section></div>");
	h_page_end(r);
	conf_close(&x);
	return 0;
}

int
page_conf_document(struct web_req *r)
{
	return document_page(r, NULL, NULL);
}

/* The rules of a circulation the record layer cannot know: the conference has sat, and
 * the day it went out is neither before that nor after today. */
static void
circulation_rules(struct web_req *r, const struct m_conference *k, struct web_form *f)
{
	int c = records_col_index(f->t, "sent_date");
	cal_date sent;

	if (k->held == CAL_NONE) {
		conf_error(f, "document", "the conference has not been recorded as held: record "
		    "it before circulating its plan and minutes");
		return;
	}
	if (!f->row[c].present || !f->row[c].s || !cal_parse(f->row[c].s, &sent))
		return;
	if (sent < k->held)
		conf_error(f, "sent_date", arena_printf(&r->arena, "cannot be before the conference "
		    "was held (%s)", conf_iso(r, k->held)));
	else if (sent > web_today(r->srv))
		conf_error(f, "sent_date", "cannot be in the future");
}

/* One row of the circulation list; invitee 0 for someone not invited. */
static int
put_recipient(struct web_req *r, const struct conf_ctx *x, const struct web_form *f,
    int64_t invitee, const char *who, struct web_form *w)
{
	web_form_init(w, "conference_circulation");
	web_form_set_int(w, "child_id", x->c->id);
	web_form_set_int(w, "conference_id", x->k->id);
	web_form_set_text(w, "document", web_form_value(r, f, "document"));
	if (invitee)
		web_form_set_int(w, "invitee_id", invitee);
	web_form_set_text(w, "recipient", who);
	web_form_set_text(w, "sent_date", web_form_value(r, f, "sent_date"));
	return conf_put(r, w);
}

static const struct m_invitee *
invitee_of(const struct conf_ctx *x, const char *text)
{
	int64_t id;

	if (!str_to_i64(text, &id))
		return NULL;
	for (uint32_t i = 0; i < x->c->invitees.count; i++) {
		const struct m_invitee *w = &x->s->a.invitees[x->c->invitees.first + i];
		if (w->id == id && w->conference_id == x->k->id)
			return w;
	}
	return NULL;
}

/* The conference's first circulation dates, set by this one when they are not yet. */
static int
put_dates(struct web_req *r, const struct conf_ctx *x, const struct web_form *f,
    struct web_form *w)
{
	const char *doc = web_form_value(r, f, "document"), *sent = web_form_value(r, f,
	    "sent_date");

	if (conf_form_load(r, w, "conferences", x->k->id) != 1)
		return -1;
	if (strstr(doc, "plan") && x->k->plan_circulated == CAL_NONE)
		web_form_set_text(w, "plan_circulated_date", sent);
	if (strstr(doc, "minutes") && x->k->minutes_circulated == CAL_NONE)
		web_form_set_text(w, "minutes_circulated_date", sent);
	return conf_put(r, w);
}

static int
circulate(struct web_req *r, const struct conf_ctx *x, struct web_form *f, const char **to)
{
	struct web_form *w = xcalloc(1, sizeof *w);
	int ok, n = 0;

	if (conf_begin(r, f) < 0) {
		xfree(w);
		return -1;
	}
	ok = 1;
	for (int i = 0; ok && i < r->form.n; i++) {
		const struct m_invitee *v;
		if (strcmp(r->form.v[i].key, "to") != 0)
			continue;
		if (strcmp(r->form.v[i].value, "parents") == 0)
			ok = put_recipient(r, x, f, 0, "The parents", w) >= 0;
		else if ((v = invitee_of(x, r->form.v[i].value)))
			ok = put_recipient(r, x, f, v->id, invitee_name(r, x, v), w) >= 0;
		else
			*to = "choose from the list the people it was sent to";
		n++;
	}
	if (ok && conf_given(f, "recipient") && ++n)
		ok = put_recipient(r, x, f, 0, web_form_value(r, f, "recipient"), w) >= 0;
	if (!n)
		*to = "choose who it was sent to, or name them";
	ok = ok && !*to && put_dates(r, x, f, w) >= 0;
	/* A row refused names a column of its own table: the page shows it whole. */
	for (int i = 0; i < w->e.n && i < REC_MAX_ERRORS && f->e.n < REC_MAX_ERRORS; i++) {
		f->e.v[f->e.n] = w->e.v[i];
		f->e.v[f->e.n++].col = -1;
	}
	xfree(w);
	return conf_end(r, f, ok && !*to);
}

int
page_conf_circulate(struct web_req *r)
{
	static const char *const cols[] = {"document", "recipient", "sent_date", NULL};
	struct web_form f;
	struct conf_ctx x;
	const char *to = NULL;
	int rc = conf_open(r, &x, 0);

	if (rc <= 0)
		return rc;
	web_form_init(&f, "conference_circulation");
	web_form_read(r, &f, cols);
	if (!f.e.n && !conf_given(&f, "document"))
		conf_error(&f, "document", "choose what was sent");
	if (!f.e.n && !conf_given(&f, "sent_date"))
		conf_error(&f, "sent_date", "give the date it was sent");
	circulation_rules(r, x.k, &f);
	rc = f.e.n ? -1 : circulate(r, &x, &f, &to);
	conf_close(&x);
	if (rc < 0)
		return document_page(r, &f, to);
	return web_redirect(r, arena_printf(&r->arena, "/conferences/%lld/document?done=circulated"
	    "#circulated", (long long)r->ids[0]));
}
