/*
 * conf_invite.c: who is invited to a conference. The chair (or the social worker, or
 * their manager) invites an agency, and within it a named professional when there is
 * one, and says whether the agency is asked for a report; the report is then due by the
 * local setting's working days before the conference (timescale.agency_report_*), the
 * same date the timescale engine holds the agency to. Each invitation is one record,
 * dated the day it is made.
 */
#include "web/pages.h"

#include <stdio.h>
#include <string.h>

#include "base/str.h"
#include "web/child.h"
#include "web/conf.h"
#include "web/html.h"
#include "web/snapshot.h"
#include "web/web_int.h"

static void
agencies(struct web_req *r, const struct area *a, struct web_form *f)
{
	const char *err = web_form_error(f, "agency_id"), *v = web_form_value(r, f, "agency_id");

	h(r, "<div class=\"govuk-form-group%s\"><label class=\"govuk-label\" for=\"agency_id\">"
	    "Agency</label>", err ? " govuk-form-group--error" : "");
	if (err)
		h(r, "<p id=\"agency_id-error\" class=\"govuk-error-message\"><span class=\""
		    "govuk-visually-hidden\">Error:</span> %s</p>", err);
	h(r, "<select class=\"govuk-select%s\" id=\"agency_id\" name=\"agency_id\"><option "
	    "value=\"\">Choose</option>", err ? " govuk-select--error" : "");
	for (size_t i = 0; i < a->n_agencies; i++) {
		const char *id = arena_printf(&r->arena, "%lld", (long long)a->agencies[i].id);
		h(r, "<option value=\"%s\"%s>%s</option>", id, v && id && strcmp(v, id) == 0 ?
		    " selected" : "", a->agencies[i].name ? a->agencies[i].name : "");
	}
	h(r, "</select></div>");
}

static int
invite_page(struct web_req *r, struct web_form *f)
{
	struct conf_ctx x;
	struct web_form fresh;
	int rc = conf_open(r, &x, 0);

	if (rc <= 0)
		return rc;
	if (!f) {
		web_form_init(&fresh, "conference_invitees");
		web_form_set_int(&fresh, "report_requested", 1);
		f = &fresh;
	}
	h_page_begin(r, f->e.n ? "Error: Invite to the conference" : "Invite to the conference",
	    NAV_WORK);
	conf_heading(r, &x, "Invite to the conference");
	conf_error_summary(r, &f, 1);
	h(r, "<p class=\"govuk-body\">The conference is on %s. A report asked for is due by %s."
	    "</p>", conf_when(r, x.k), h_date(r, conf_report_due(x.s, x.k)));
	h(r, "<form method=\"post\" action=\"/conferences/%lld/invite\" novalidate>",
	    (long long)x.k->id);
	h_csrf(r);
	agencies(r, &x.s->a, f);
	conf_people(r, &x.s->a, f, "professional_id", "Person invited (of that agency)", 0);
	conf_yesno(r, f, "report_requested", "Is the agency asked for a report?");
	h(r, "<button type=\"submit\" class=\"govuk-button\">Send the invitation</button></form>");
	h_page_end(r);
	conf_close(&x);
	return 0;
}

int
page_conf_invite_form(struct web_req *r)
{
	return invite_page(r, NULL);
}

/* What the record layer cannot know: the person is of the agency, the agency (or the
 * person) is not invited already, and the conference is still to sit. */
static void
invite_rules(const struct conf_ctx *x, struct web_form *f)
{
	const struct area *a = &x->s->a;
	int ac = records_col_index(f->t, "agency_id"), pc = records_col_index(f->t, "professional_id");
	const struct m_professional *p = f->row[pc].present ? m_professional(a, f->row[pc].i) : NULL;

	if (!conf_open_for_replies(x->k))
		conf_error(f, "agency_id", "this conference has been held or cancelled: no one "
		    "more can be invited");
	if (p && f->row[ac].present && p->agency_id != f->row[ac].i)
		conf_error(f, "professional_id", "this person is not of the agency chosen "
		    "(choose the agency they work for, or another person)");
	for (uint32_t i = 0; f->row[ac].present && i < x->c->invitees.count; i++) {
		const struct m_invitee *v = &a->invitees[x->c->invitees.first + i];
		if (v->conference_id == x->k->id && v->agency_id == f->row[ac].i &&
		    v->professional_id == (f->row[pc].present ? f->row[pc].i : 0)) {
			conf_error(f, "agency_id", "this agency is already invited (with this "
			    "person, or with no one named)");
			break;
		}
	}
}

/* The invitation's date is today's, not a field of the form: an error of it (a conference
 * already past) is the form's as a whole, said so, not a link to a box that is not there. */
static void
date_errors_whole(struct web_form *f)
{
	int c = records_col_index(f->t, "invited_date");
	char was[sizeof f->e.v[0].message];

	for (int i = 0; c >= 0 && i < f->e.n && i < REC_MAX_ERRORS; i++)
		if (f->e.v[i].col == c) {
			str_copy(was, sizeof was, f->e.v[i].message);
			snprintf(f->e.v[i].message, sizeof f->e.v[i].message, "An invitation is "
			    "dated the day it is sent: %.270s", was);
			f->e.v[i].col = -1;
		}
}

int
page_conf_invite(struct web_req *r)
{
	static const char *const cols[] = {"agency_id", "professional_id", "report_requested",
	    NULL};
	struct web_form f;
	struct conf_ctx x;
	int rc = conf_open(r, &x, 0);

	if (rc <= 0)
		return rc;
	web_form_init(&f, "conference_invitees");
	web_form_read(r, &f, cols);
	web_form_set_int(&f, "child_id", x.c->id);
	web_form_set_int(&f, "conference_id", x.k->id);
	web_form_set_text(&f, "invited_date", conf_iso(r, web_today(r->srv)));
	web_form_set_int(&f, "attended", 0);
	web_form_set_int(&f, "apologies", 0);
	if (!f.e.n)
		invite_rules(&x, &f);
	conf_close(&x);
	if (conf_check(&f) || web_form_save(r, &f) < 0) {
		date_errors_whole(&f);
		return invite_page(r, &f);
	}
	return web_redirect(r, arena_printf(&r->arena, "/conferences/%lld?done=invited#invitees",
	    (long long)r->ids[0]));
}
