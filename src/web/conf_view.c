/*
 * conf_view.c: what a conference's page shows beyond its record (page_people.c): what
 * can be done next, and who has not yet answered or reported. From the day an agency is
 * invited its row says whether it has answered and whether its report is in, due, or
 * late; the reports received are shown in full to the chair and the case workers. A
 * partner practitioner is sent to their own invitation instead.
 */
#include "web/pages.h"

#include <string.h>

#include "web/child.h"
#include "web/conf.h"
#include "web/html.h"
#include "web/snapshot.h"
#include "web/web_int.h"

static void
done_banner(struct web_req *r)
{
	static const char *const done[] = {"scheduled", "The conference is scheduled.",
	    "moved", "The conference has been moved.", "cancelled", "The conference is cancelled.",
	    "invited", "The invitation has been sent.", "recorded", "The conference is recorded.",
	    "circulated", "The circulation is recorded.", "quality", "The quality form is saved.",
	    "feedback", "The feedback is saved.", NULL};
	const char *v = web_kv_get(&r->query, "done");

	for (int i = 0; v && done[i]; i += 2)
		if (strcmp(v, done[i]) == 0)
			h(r, "<div class=\"govuk-notification-banner govuk-notification-banner--success\" "
			    "role=\"alert\" aria-labelledby=\"done-title\" data-module=\""
			    "govuk-notification-banner\"><div class=\"govuk-notification-banner__header\">"
			    "<h2 class=\"govuk-notification-banner__title\" id=\"done-title\">Success</h2>"
			    "</div><div class=\"govuk-notification-banner__content\"><p class=\""
			    "govuk-notification-banner__heading\">%s</p></div></div>", done[i + 1]);
}

static void
actions(struct web_req *r, const struct m_conference *k)
{
	long long id = (long long)k->id;

	h(r, "<ul class=\"govuk-list sg-actions\">");
	if (conf_open_for_replies(k) && (r->role & (R_SW | R_MANAGER | R_CHAIR)))
		h(r, "<li><a class=\"govuk-link\" href=\"/conferences/%lld/invite\">Invite an agency"
		    "</a></li><li><a class=\"govuk-link\" href=\"/conferences/%lld/reschedule\">Move "
		    "the conference</a></li><li><a class=\"govuk-link\" href=\"/conferences/%lld/"
		    "cancel\">Cancel the conference</a></li>", id, id, id);
	if (k->cancelled == CAL_NONE && (r->role & (R_SW | R_MANAGER | R_CHAIR)))
		h(r, "<li><a class=\"govuk-link\" href=\"/conferences/%lld/record\">Record the "
		    "conference</a></li>", id);
	if (k->held != CAL_NONE)
		h(r, "<li><a class=\"govuk-link\" href=\"/conferences/%lld/document\">The plan and "
		    "the minutes, to print</a></li>", id);
	/* escalations (issue 11): anyone at the conference may disagree with it */
	h(r, "<li><a class=\"govuk-link\" href=\"/children/%lld/new/escalations?conference_id="
	    "%lld\">Raise an escalation about this conference</a></li>", (long long)k->child_id,
	    id);
	h(r, "</ul>");
}

static const char *
state(struct web_req *r, const struct conf_ctx *x, const struct m_invitee *v, int *missing)
{
	cal_date due = conf_report_due(x->s, x->k);

	*missing = 0;
	if (!v->report_requested)
		return "Not asked for";
	if (v->report != CAL_NONE)
		return arena_printf(&r->arena, "Received %s%s", h_date(r, v->report), v->report > due ?
		    " (late)" : "");
	*missing = 1;
	return arena_printf(&r->arena, "%s %s", x->s->today > due ? "Late: was due" : "Due by",
	    h_date(r, due));
}

/* Who has not answered, and whose report is not in. */
static void
replies(struct web_req *r, const struct conf_ctx *x)
{
	const struct area *a = &x->s->a;
	int n = 0, unanswered = 0, missing_n = 0;

	for (uint32_t i = 0; i < x->c->invitees.count; i++) {
		const struct m_invitee *v = &a->invitees[x->c->invitees.first + i];
		const struct m_agency *g = m_agency(a, v->agency_id);
		const char *rep;
		int missing;
		if (v->conference_id != x->k->id)
			continue;
		if (n++ == 0)
			h(r, "<table class=\"govuk-table\" id=\"replies\"><caption class=\""
			    "govuk-table__caption govuk-table__caption--m\">Answers and reports"
			    "</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">"
			    "<th scope=\"col\" class=\"govuk-table__header\">Agency</th><th scope=\"col\" "
			    "class=\"govuk-table__header\">Answer</th><th scope=\"col\" class=\""
			    "govuk-table__header\">Report</th></tr></thead><tbody class=\""
			    "govuk-table__body\">");
		rep = state(r, x, v, &missing);
		unanswered += v->replied == CAL_NONE;
		missing_n += missing;
		h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">%s</td><td "
		    "class=\"govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">", g && g->name ?
		    g->name : "", v->replied == CAL_NONE ? "Not answered" : v->reply_attending == M_YES ?
		    "Attending" : "Apologies");
		if (missing)
			h_tag(r, x->s->today > conf_report_due(x->s, x->k) ? "red" : "yellow", rep);
		else
			h(r, "%s", rep);
		h(r, "</td></tr>");
	}
	if (n)
		h(r, "</tbody></table><p class=\"govuk-body\" id=\"outstanding\">%d of %d not "
		    "answered; %d report%s not in.</p>", unanswered, n, missing_n, missing_n == 1 ?
		    "" : "s");
	else
		h(r, "<p class=\"govuk-body\" id=\"replies\">No one is invited yet.</p>");
}

struct reports_ctx {
	struct web_req *r;
	const struct area *a;
	int64_t conference_id;
	int n;
};

static const char *
col_s(const struct table *t, const struct field *row, const char *name)
{
	int c = records_col_index(t, name);

	return c >= 0 && row[c].present && row[c].s ? row[c].s : "";
}

static int64_t
col_i(const struct table *t, const struct field *row, const char *name)
{
	int c = records_col_index(t, name);

	return c >= 0 && row[c].present ? row[c].i : 0;
}

static int
report_row(void *p, const struct table *t, const struct field *row)
{
	struct reports_ctx *x = p;
	struct web_req *r = x->r;
	const struct m_agency *g = m_agency(x->a, col_i(t, row, "agency_id"));

	if (col_i(t, row, "conference_id") != x->conference_id)
		return 0;
	if (x->n++ == 0)
		h(r, "<h2 class=\"govuk-heading-m\" id=\"reports\">Reports received</h2>");
	h(r, "<h3 class=\"govuk-heading-s\" id=\"conference_reports-%lld\">%s, sent %s at %s",
	    (long long)row[0].i, g && g->name ? g->name : "", col_s(t, row, "submitted_date"),
	    col_s(t, row, "submitted_time"));
	if (col_i(t, row, "late"))
		h(r, " <strong class=\"govuk-tag govuk-tag--red\">Late</strong>");
	h(r, "</h3>");
	h_summary_begin(r);
	h_summary_row(r, "Involvement", col_s(t, row, "involvement"));
	h_summary_row(r, "Concerns", col_s(t, row, "concerns"));
	h_summary_row(r, "Strengths", col_s(t, row, "strengths"));
	h_summary_row(r, "Recommends", col_s(t, row, "recommendation"));
	h_summary_end(r);
	return 0;
}

void
conf_view(struct web_req *r, const struct web_snapshot *s, const struct m_child *c,
    const struct m_conference *k)
{
	struct conf_ctx x = {(struct web_snapshot *)s, c, k};
	struct reports_ctx rc = {r, &s->a, k->id, 0};

	done_banner(r);
	if (k->cancelled != CAL_NONE)
		h(r, "<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" "
		    "aria-hidden=\"true\">!</span><strong class=\"govuk-warning-text__text\"><span "
		    "class=\"govuk-visually-hidden\">Warning</span>Cancelled on %s: %s</strong></div>",
		    h_date(r, k->cancelled), k->cancel_reason ? k->cancel_reason : "");
	if (r->role & R_PARTNER) {
		if (conf_open_for_replies(k))
			h(r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/conferences/%lld/"
			    "respond\">Answer the invitation and send your report</a></p>",
			    (long long)k->id);
		return;
	}
	h_summary_begin(r);
	h_summary_row(r, "When", conf_when(r, k));
	h_summary_end(r);
	actions(r, k);
	replies(r, &x);
	store_scan(r->st, records_table("conference_reports"), c->id, report_row, &rc);
}
