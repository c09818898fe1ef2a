/*
 * conf_schedule.c: calling a conference, moving it and calling it off. The chair, the
 * social worker or their manager schedules a conference for a child (its type, date,
 * time, venue and chair), in the child's open episode: an initial conference meets the
 * episode's latest section 47 enquiry, a review the child's open plan. Moving it keeps
 * the first date it was called for (rescheduled_from), so the timescale engine holds it
 * to the statutory target of the clock it meets while the reports' deadlines move with
 * it. Calling it off keeps the record, with the date and the reason: it then meets no
 * clock. Each is one record saved through the record layer, with its audit entry.
 */
#include "web/pages.h"

#include <stdio.h>
#include <string.h>

#include "web/conf.h"
#include "web/html.h"
#include "web/snapshot.h"
#include "web/web_int.h"

static const char *const when_cols[] = {"scheduled_date", "scheduled_time", "venue",
    "chair_id", NULL};

static void
when_fields(struct web_req *r, const struct area *a, struct web_form *f)
{
	conf_text(r, f, "scheduled_date", "Date", "YYYY-MM-DD, for example 2027-03-18",
	    "govuk-input--width-10");
	conf_text(r, f, "scheduled_time", "Time", "HH:MM on the 24-hour clock, for example 09:30",
	    "govuk-input--width-5");
	conf_text(r, f, "venue", "Venue", "Where it meets, or how to join it", NULL);
	conf_people(r, a, f, "chair_id", "Chair", 0);
}

static int
schedule_page(struct web_req *r, struct web_form *f)
{
	struct conf_ctx x;
	struct web_form fresh;
	int rc = conf_open(r, &x, 1);

	if (rc <= 0)
		return rc;
	if (!f) {
		web_form_init(&fresh, "conferences");
		if (r->user.professional_id && (r->role & R_CHAIR))
			web_form_set_int(&fresh, "chair_id", r->user.professional_id);
		f = &fresh;
	}
	h_page_begin(r, f->e.n ? "Error: Schedule a conference" : "Schedule a conference",
	    NAV_WORK);
	conf_heading(r, &x, "Schedule a conference");
	conf_error_summary(r, &f, 1);
	h(r, "<form method=\"post\" action=\"/children/%lld/conferences\" novalidate>",
	    (long long)x.c->id);
	h_csrf(r);
	conf_codes(r, f, "kind", "Type of conference");
	when_fields(r, &x.s->a, f);
	h(r, "<button type=\"submit\" class=\"govuk-button\">Schedule the conference</button>"
	    "</form>");
	h_page_end(r);
	conf_close(&x);
	return 0;
}

int
page_conf_new(struct web_req *r)
{
	return schedule_page(r, NULL);
}

/* The episode the conference belongs to: the child's latest referral still open. */
static const struct m_referral *
open_episode(const struct conf_ctx *x)
{
	const struct area *a = &x->s->a;

	for (uint32_t i = x->c->referrals.count; i-- > 0;) {
		const struct m_referral *f = &a->referrals[x->c->referrals.first + i];
		if (f->closure == CAL_NONE || f->closure > x->s->today)
			return f;
	}
	return NULL;
}

/* What the conference meets: an initial one the episode's latest enquiry, a review the
 * child's open plan. */
static void
link_pathway(const struct conf_ctx *x, const struct m_referral *f, struct web_form *w)
{
	const struct area *a = &x->s->a;
	const char *kind = web_form_value(NULL, w, "kind");

	for (uint32_t i = 0; kind && strcmp(kind, "initial") == 0 && i < x->c->s47s.count; i++)
		if (a->s47s[x->c->s47s.first + i].referral_id == f->id)
			web_form_set_int(w, "s47_id", a->s47s[x->c->s47s.first + i].id);
	for (uint32_t i = 0; kind && strcmp(kind, "review") == 0 && i < x->c->plans.count; i++) {
		const struct m_plan *p = &a->plans[x->c->plans.first + i];
		if (p->end == CAL_NONE || p->end > x->s->today)
			web_form_set_int(w, "plan_id", p->id);
	}
}

int
page_conf_schedule(struct web_req *r)
{
	static const char *const cols[] = {"kind", "scheduled_date", "scheduled_time", "venue",
	    "chair_id", NULL};
	struct web_form f;
	struct conf_ctx x;
	const struct m_referral *ep;
	int rc = conf_open(r, &x, 1);

	if (rc <= 0)
		return rc;
	web_form_init(&f, "conferences");
	web_form_read(r, &f, cols);
	web_form_set_int(&f, "child_id", x.c->id);
	if (!(ep = open_episode(&x)))
		conf_error(&f, "kind", "this child has no open episode of need to hold a "
		    "conference in (record the referral first)");
	else {
		web_form_set_int(&f, "referral_id", ep->id);
		link_pathway(&x, ep, &f);
	}
	conf_close(&x);
	if (conf_check(&f) || web_form_save(r, &f) < 0)
		return schedule_page(r, &f);
	return web_redirect(r, arena_printf(&r->arena, "/conferences/%lld?done=scheduled",
	    (long long)f.row[0].i));
}

/* The page of a change to a conference that is still to sit (move, cancel), or NULL
 * with the page saying why not written. */
static int
still_to_sit(struct web_req *r, struct conf_ctx *x)
{
	int rc = conf_open(r, x, 0);

	if (rc <= 0)
		return rc;
	if (conf_open_for_replies(x->k))
		return 1;
	h_page_begin(r, "This conference cannot be changed", NAV_WORK);
	conf_heading(r, x, "This conference cannot be changed");
	h(r, "<p class=\"govuk-body\">It has been %s, so it can no longer be moved or cancelled."
	    "</p>", x->k->held != CAL_NONE ? "held" : "cancelled");
	h_page_end(r);
	conf_close(x);
	return 0;
}

static int
change_page(struct web_req *r, struct web_form *f, int cancel)
{
	struct conf_ctx x;
	struct web_form fresh;
	int rc = still_to_sit(r, &x);
	const char *title = cancel ? "Cancel the conference" : "Move the conference";

	if (rc <= 0)
		return rc;
	if (!f) {
		if (conf_form_load(r, &fresh, "conferences", x.k->id) != 1) {
			conf_close(&x);
			return -1;
		}
		f = &fresh;
	}
	h_page_begin(r, f->e.n ? arena_printf(&r->arena, "Error: %s", title) : title, NAV_WORK);
	conf_heading(r, &x, title);
	conf_error_summary(r, &f, 1);
	h(r, "<p class=\"govuk-body\">It is scheduled for %s.</p>", conf_when(r, x.k));
	h(r, "<form method=\"post\" action=\"/conferences/%lld/%s\" novalidate>",
	    (long long)x.k->id, cancel ? "cancel" : "reschedule");
	h_csrf(r);
	if (cancel) {
		conf_textarea(r, f, "cancel_reason", "Why is it cancelled?", "For example: the "
		    "enquiry found no risk of significant harm; the family moved to another area.");
		h(r, "<button type=\"submit\" class=\"govuk-button govuk-button--warning\">Cancel "
		    "the conference</button>");
	} else {
		if (x.k->rescheduled_from == CAL_NONE)
			h_inset(r, "Its first date is kept: the conference is still owed by the "
			    "statutory date of that first booking, and the reports are due before "
			    "the new date.");
		when_fields(r, &x.s->a, f);
		h(r, "<button type=\"submit\" class=\"govuk-button\">Move the conference</button>");
	}
	h(r, "</form>");
	h_page_end(r);
	conf_close(&x);
	return 0;
}

int page_conf_reschedule_form(struct web_req *r) { return change_page(r, NULL, 0); }
int page_conf_cancel_form(struct web_req *r) { return change_page(r, NULL, 1); }

/* Whether the date typed is the first one (a change of time or venue only): the record
 * then keeps no rescheduled_from of its own making. */
static int
moved_from(struct web_req *r, const struct web_form *f, cal_date first)
{
	const char *v = web_form_value(r, f, "scheduled_date");

	return v && strcmp(v, conf_iso(r, first)) == 0;
}

static int
change_save(struct web_req *r, int cancel)
{
	static const char *const reason_cols[] = {"cancel_reason", NULL};
	struct web_form f;
	struct conf_ctx x;
	cal_date first;
	int rc = still_to_sit(r, &x);

	if (rc <= 0)
		return rc;
	first = x.k->rescheduled_from != CAL_NONE ? x.k->rescheduled_from : x.k->scheduled;
	conf_close(&x);
	if (conf_form_load(r, &f, "conferences", r->ids[0]) != 1)
		return -1;
	web_form_read(r, &f, cancel ? reason_cols : when_cols);
	if (cancel && !f.e.n && !conf_given(&f, "cancel_reason"))
		conf_error(&f, "cancel_reason", "give the reason it is cancelled, for the record "
		    "and for those invited");
	if (cancel)
		web_form_set_text(&f, "cancelled_date", conf_iso(r, web_today(r->srv)));
	else if (!moved_from(r, &f, first))
		web_form_set_text(&f, "rescheduled_from", conf_iso(r, first));
	if (conf_check(&f) || web_form_save(r, &f) < 0)
		return change_page(r, &f, cancel);
	return web_redirect(r, arena_printf(&r->arena, "/conferences/%lld?done=%s",
	    (long long)r->ids[0], cancel ? "cancelled" : "moved"));
}

int page_conf_reschedule(struct web_req *r) { return change_save(r, 0); }
int page_conf_cancel(struct web_req *r) { return change_save(r, 1); }
