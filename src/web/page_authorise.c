/*
 * page_authorise.c: a team manager signs a decision (/authorise/TABLE/{id}): a referral's
 * no further action, a completed assessment, a section 47 enquiry's outcome, the end of a
 * child protection plan. GET shows the decision, its record and whether it awaits
 * authorisation; POST signs it, dated today and naming the manager's professional record,
 * saved through the record layer with its audit entry. Only a team manager reaches these
 * pages (routes.c), and of the decisions of their own team's referrals (or of a referral
 * that has no team); a decision not yet made, or already signed, is refused with why.
 */
#include "web/pages.h"

#include <string.h>

#include "model/signoff.h"
#include "records/rec.h"
#include "web/child.h"
#include "web/form.h"
#include "web/html.h"
#include "web/snapshot.h"
#include "web/work.h"
#include "web/web_int.h"

struct decision {
	struct web_snapshot *s;
	const struct m_child *c;
	enum sign_kind kind;
	struct sign_info info;
};

/* The decision the route's id names, from the area in memory: 1; 0 when there is none
 * (answered 404); -1 when the area cannot be read. */
static int
find(struct web_req *r, struct decision *d)
{
	int k = sign_kind_of(r->route->table);

	memset(d, 0, sizeof *d);
	if (!(d->s = web_snapshot_get(r)))
		return -1;
	d->kind = (enum sign_kind)k;
	if (k < 0 || !(d->c = m_child_by_id(&d->s->a, r->child_id)) ||
	    !sign_find(&d->s->a, d->c, d->kind, r->ids[0], &d->info)) {
		web_snapshot_put(d->s);
		return web_not_found(r), 0;
	}
	return 1;
}

/* What was decided, in words. */
static const char *
decided(struct web_req *r, const struct decision *d)
{
	const struct area *a = &d->s->a;
	const char *on = d->info.decided != CAL_NONE ? h_date(r, d->info.decided) : "no date";

	if (d->info.state == SIGN_UNDECIDED)
		return "Not yet made";
	if (d->kind == SIGN_NFA)
		return arena_printf(&r->arena, "No further action, decided %s", on);
	if (d->kind == SIGN_ASSESSMENT)
		return arena_printf(&r->arena, "Completed by the social worker on %s", on);
	if (d->kind == SIGN_S47) {
		const struct m_s47 *x = m_find_s47(a, d->c, d->info.id);
		return arena_printf(&r->arena, "Outcome: %s (enquiry completed %s)", x ?
		    child_label("s47_outcome", x->outcome) : "", on);
	}
	const struct m_plan *p = m_find_plan(a, d->c, d->info.id);
	return arena_printf(&r->arena, "Plan ended %s: %s", on, p ?
	    child_label("plan_end_reason", p->end_reason) : "");
}

static const char *
person(struct web_req *r, const struct area *a, int64_t id)
{
	char name[220];

	return ts_person(a, id, name, sizeof name) ? arena_strdup(&r->arena, name) :
	    "who signed is not recorded";
}

/* Why this manager cannot sign the decision, or NULL when they can. */
static const char *
cannot_sign(struct web_req *r, const struct decision *d)
{
	const struct m_team *t = d->info.team_id ? m_team(&d->s->a, d->info.team_id) : NULL;

	if (d->info.state == SIGN_UNDECIDED)
		return "This decision has not been made yet, so there is nothing to authorise. "
		    "Authorise it once the social worker has recorded it.";
	if (d->info.state == SIGN_SIGNED)
		return arena_printf(&r->arena, "This decision was already authorised on %s (%s). "
		    "A decision is signed once.", h_date(r, d->info.signed_on),
		    person(r, &d->s->a, d->info.signed_by));
	if (!sign_team_may(&d->info, r->user.team_id))
		return arena_printf(&r->arena, "This decision is for the manager of %s to "
		    "authorise, not yours.", t && t->name ? t->name : "another team");
	if (!r->user.professional_id)
		return "Your account is not linked to a professional record, so a signature "
		    "could not say who gave it. Ask the system administrator to link it.";
	return NULL;
}

static void
show(struct web_req *r, const struct decision *d, const char *error)
{
	struct h_field_error e = {"sign", error};
	const struct m_team *t = d->info.team_id ? m_team(&d->s->a, d->info.team_id) : NULL;
	const char *why = cannot_sign(r, d);

	h_page_begin(r, sign_title(d->kind), NAV_WORK);
	h(r, "<a class=\"govuk-back-link\" href=\"/worklist#authorise\">My work</a>");
	if (error)
		h_error_summary(r, &e, 1);
	h_heading(r, web_child_name(r, d->c), sign_title(d->kind));
	h_summary_begin(r);
	h_summary_row(r, "Child", web_child_name(r, d->c));
	h_summary_row(r, "Decision", decided(r, d));
	h_summary_row(r, "Team", t && t->name ? t->name : "No team recorded");
	h_summary_row(r, "Authorisation", d->info.state == SIGN_SIGNED ?
	    arena_printf(&r->arena, "Authorised on %s by %s", h_date(r, d->info.signed_on),
	    person(r, &d->s->a, d->info.signed_by)) : d->info.state == SIGN_AWAITING ?
	    "Awaiting authorisation" : "Nothing to authorise yet");
	h_summary_end(r);
	h(r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/children/%lld#%s-%lld\">"
	    "The child's record</a></p>", (long long)d->c->id, sign_table(d->kind),
	    (long long)d->info.id);
	if (why && !error)
		h_inset(r, why);
	if (!why) {
		h(r, "<form method=\"post\" action=\"/authorise/%s/%lld\" novalidate>",
		    sign_table(d->kind), (long long)d->info.id);
		h_csrf(r);
		h(r, "<p class=\"govuk-body\">Your signature is dated today, %s, and names you."
		    "</p><button type=\"submit\" class=\"govuk-button\" id=\"sign\">Authorise "
		    "this decision</button></form>", h_date(r, d->s->today));
	}
	h_page_end(r);
}

int
page_authorise(struct web_req *r)
{
	struct decision d;
	int rc = find(r, &d);

	if (rc <= 0)
		return rc;
	show(r, &d, NULL);
	web_snapshot_put(d.s);
	return 0;
}

/* Writes the signature into the stored record: 1 saved, 0 refused (*why), -1 failed. */
static int
sign(struct web_req *r, const struct decision *d, const char **why)
{
	const struct table *t = records_table(sign_table(d->kind));
	int date = records_col_index(t, sign_date_col(d->kind));
	int by = records_col_index(t, sign_by_col(d->kind));
	struct rec_actor who = web_actor(r);
	struct field row[64];
	struct rec_errors e;
	struct buf text;
	char today[11];
	int rc;

	rec_errors_clear(&e);
	buf_init(&text, 1u << 16);
	if ((rc = store_get(r->st, t, d->info.id, row, &text)) != 1) {
		buf_free(&text);
		return rc == 0 ? (*why = "This record is no longer in the store.", 0) : -1;
	}
	if (row[date].present) {	/* signed since the area in memory was read */
		buf_free(&text);
		return *why = "This decision was already authorised. A decision is signed once.", 0;
	}
	cal_format(d->s->today, today);
	row[date] = (struct field){1, 0, today};
	row[by] = (struct field){1, r->user.professional_id, NULL};
	rc = rec_save(r->st, &who, t, row, &e);
	buf_free(&text);
	if (rc < 0 && e.n)
		*why = arena_printf(&r->arena, "The signature could not be saved: %s",
		    e.v[0].message);
	return rc < 0 ? 0 : 1;
}

int
page_authorise_post(struct web_req *r)
{
	struct decision d;
	const char *why;
	int rc = find(r, &d);

	if (rc <= 0)
		return rc;
	if (!(why = cannot_sign(r, &d)) && (rc = sign(r, &d, &why)) < 0) {
		web_snapshot_put(d.s);
		return -1;
	}
	if (!why) {
		web_snapshot_put(d.s);
		web_snapshot_fresh(r);
		return web_redirect(r, arena_printf(&r->arena, "/authorise/%s/%lld",
		    sign_table(d.kind), (long long)d.info.id));
	}
	r->status = 200;
	show(r, &d, why);
	web_snapshot_put(d.s);
	return 0;
}
