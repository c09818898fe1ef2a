/*
 * conf_partner.c: a conference as a partner practitioner takes part in it. Their
 * invitations (their agency's, each with the date its report is due and whether they
 * have answered and reported); and, for one conference, their answer (they will attend,
 * or send apologies) and their report to it: their agency's involvement, its concerns,
 * the strengths it sees and what it recommends. A report is kept as it was sent, with
 * the day and time, marked late when it came after the date it was due; the invitation
 * then shows it received, in the same transaction. A partner sees only their own
 * agency's invitation (access.c decides which conferences they may open at all).
 */
#include "web/pages.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "web/child.h"
#include "web/conf.h"
#include "web/html.h"
#include "web/snapshot.h"
#include "web/web_int.h"
#include "web/work.h"

/* The person's agency's invitation to conference k (their own, when they are named). */
const struct m_invitee *
conf_my_invitee(const struct web_req *r, const struct area *a, const struct m_child *c,
    const struct m_conference *k)
{
	const struct m_invitee *best = NULL;

	for (uint32_t i = 0; i < c->invitees.count; i++) {
		const struct m_invitee *v = &a->invitees[c->invitees.first + i];
		if (v->conference_id != k->id || v->agency_id != r->user.agency_id)
			continue;
		if (!best || (r->user.professional_id && v->professional_id == r->user.professional_id))
			best = v;
	}
	return best;
}

static const char *
reply_text(const struct m_invitee *v)
{
	if (v->replied == CAL_NONE)
		return "Not yet answered";
	return v->reply_attending == M_YES ? "Attending" : "Apologies sent";
}

static const char *
report_text(struct web_req *r, const struct web_snapshot *s, const struct m_conference *k,
    const struct m_invitee *v)
{
	if (!v->report_requested)
		return "Not asked for";
	if (v->report != CAL_NONE)
		return arena_printf(&r->arena, "Sent %s%s", h_date(r, v->report),
		    v->report > conf_report_due(s, k) ? " (late)" : "");
	return arena_printf(&r->arena, "Due by %s", h_date(r, conf_report_due(s, k)));
}

static void
invitation_row(struct web_req *r, const struct web_snapshot *s, const struct m_child *c,
    const struct m_conference *k, const struct m_invitee *v)
{
	h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell sg-nowrap\">%s</td>"
	    "<td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"/conferences/%lld/"
	    "respond\">%s</a></td><td class=\"govuk-table__cell\">%s</td><td class=\""
	    "govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s</td></tr>",
	    conf_when(r, k), (long long)k->id, web_child_name(r, c), conf_kind(k), reply_text(v),
	    report_text(r, s, k, v));
}

int
page_invitations(struct web_req *r)
{
	struct web_snapshot *s = web_snapshot_get(r);
	const struct area *a;
	int n = 0;

	if (!s)
		return -1;
	a = &s->a;
	h_page_begin(r, "Your invitations", NAV_WORK);
	h_heading(r, r->user.agency_name[0] ? r->user.agency_name : NULL, "Invitations to "
	    "conferences");
	h(r, "<table class=\"govuk-table\"><caption class=\"govuk-table__caption "
	    "govuk-table__caption--m\">Conferences still to sit</caption><thead class=\""
	    "govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\""
	    "govuk-table__header\">When</th><th scope=\"col\" class=\"govuk-table__header\">Child"
	    "</th><th scope=\"col\" class=\"govuk-table__header\">Conference</th><th scope=\"col\" "
	    "class=\"govuk-table__header\">Your answer</th><th scope=\"col\" class=\""
	    "govuk-table__header\">Your report</th></tr></thead><tbody class=\"govuk-table__body\">");
	for (size_t i = 0; i < a->n_conferences && n < 500; i++) {
		const struct m_conference *k = &a->conferences[i];
		const struct m_child *c;
		const struct m_invitee *v;
		if (!conf_open_for_replies(k) || k->scheduled < s->today ||
		    !(c = m_child_by_id(a, k->child_id)) || !(v = conf_my_invitee(r, a, c, k)))
			continue;
		invitation_row(r, s, c, k, v);
		n++;
	}
	if (!n)
		h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\" colspan=\"5\">"
		    "Your agency has no invitation to a conference still to sit.</td></tr>");
	h(r, "</tbody></table>");
	h_page_end(r);
	web_snapshot_put(s);
	return 0;
}

/* A report already sent for the invitation, read from the store. */
struct sent {
	int64_t invitee_id;
	int found;
	char date[11], time[6];
	int late;
};

static int
sent_row(void *p, const struct table *t, const struct field *row)
{
	struct sent *x = p;
	int inv = records_col_index(t, "invitee_id"), d = records_col_index(t, "submitted_date");
	int tm = records_col_index(t, "submitted_time"), l = records_col_index(t, "late");

	if (row[inv].i != x->invitee_id)
		return 0;
	x->found = 1;
	snprintf(x->date, sizeof x->date, "%s", row[d].s ? row[d].s : "");
	snprintf(x->time, sizeof x->time, "%s", row[tm].s ? row[tm].s : "");
	x->late = (int)row[l].i;
	return 1;
}

static int
report_sent(struct web_req *r, int64_t child_id, int64_t invitee_id, struct sent *x)
{
	memset(x, 0, sizeof *x);
	x->invitee_id = invitee_id;
	return store_scan(r->st, records_table("conference_reports"), child_id, sent_row, x) < 0 ?
	    -1 : x->found;
}

static void
reply_form(struct web_req *r, const struct m_conference *k, const struct m_invitee *v,
    struct web_form *f)
{
	h(r, "<h2 class=\"govuk-heading-m\" id=\"answer\">Will you attend?</h2>");
	if (v->replied != CAL_NONE)
		h(r, "<p class=\"govuk-body\">You answered on %s: %s. You can change your answer "
		    "until the conference.</p>", h_date(r, v->replied), reply_text(v));
	h(r, "<form method=\"post\" action=\"/conferences/%lld/reply\" novalidate>",
	    (long long)k->id);
	h_csrf(r);
	conf_yesno(r, f, "reply_attending", "Will your agency attend the conference?");
	h(r, "<button type=\"submit\" class=\"govuk-button govuk-button--secondary\">Send your "
	    "answer</button></form>");
}

static void
report_form(struct web_req *r, const struct web_snapshot *s, const struct m_conference *k,
    const struct m_invitee *v, struct web_form *f)
{
	struct sent x;

	h(r, "<h2 class=\"govuk-heading-m\" id=\"report\">Your report to the conference</h2>");
	if (!v->report_requested) {
		h(r, "<p class=\"govuk-body\">Your agency has not been asked for a report.</p>");
		return;
	}
	if (report_sent(r, k->child_id, v->id, &x) == 1) {
		h(r, "<div class=\"govuk-panel govuk-panel--confirmation\"><h3 class=\""
		    "govuk-panel__title\">Report sent</h3><div class=\"govuk-panel__body\">on %s at "
		    "%s%s</div></div>", x.date, x.time, x.late ? ", after the date it was due" : "");
		return;
	}
	h(r, "<p class=\"govuk-body\">It is due by <strong>%s</strong>. The chair and the social "
	    "worker read it before the conference; the family is shown it too, so write it as "
	    "you would say it to them.</p>", h_date(r, conf_report_due(s, k)));
	h(r, "<form method=\"post\" action=\"/conferences/%lld/report\" novalidate>",
	    (long long)k->id);
	h_csrf(r);
	conf_textarea(r, f, "involvement", "Your agency's involvement with the child and family",
	    "Since when, how often, and in what role.");
	conf_textarea(r, f, "concerns", "Your concerns", "What you have seen or been told, "
	    "with dates.");
	conf_textarea(r, f, "strengths", "Strengths", "What is going well, and who helps.");
	conf_textarea(r, f, "recommendation", "What you recommend", "For example: a child "
	    "protection plan under the category of neglect.");
	h(r, "<button type=\"submit\" class=\"govuk-button\">Send the report</button></form>");
}

static int
respond_page(struct web_req *r, struct web_form *reply, struct web_form *report)
{
	struct conf_ctx x;
	struct web_form fresh_reply, fresh_report;
	struct web_form *both[2];
	const struct m_invitee *v;
	int rc = conf_open(r, &x, 0);

	if (rc <= 0)
		return rc;
	if (!(v = conf_my_invitee(r, &x.s->a, x.c, x.k))) {
		conf_close(&x);
		return web_forbidden(r, "Your agency is not invited to this conference.");
	}
	if (!reply) {
		web_form_init(&fresh_reply, "conference_invitees");
		if (v->replied != CAL_NONE)
			web_form_set_int(&fresh_reply, "reply_attending", v->reply_attending == M_YES);
		reply = &fresh_reply;
	}
	if (!report)
		web_form_init(report = &fresh_report, "conference_reports");
	both[0] = reply;
	both[1] = report;
	h_page_begin(r, reply->e.n || report->e.n ? "Error: Your invitation" : "Your invitation",
	    NAV_WORK);
	h(r, "<a class=\"govuk-back-link\" href=\"/invitations\">Your invitations</a>");
	h_heading(r, web_child_name(r, x.c), conf_kind(x.k));
	conf_error_summary(r, both, 2);
	h_summary_begin(r);
	h_summary_row(r, "When", conf_when(r, x.k));
	h_summary_row(r, "Chair", child_person(&(struct child_view){r, x.s, &x.s->a, x.c, {0},
	    x.s->today, 1, 0}, x.k->chair_id));
	h_summary_row(r, "Your report", report_text(r, x.s, x.k, v));
	h_summary_end(r);
	if (conf_open_for_replies(x.k)) {
		reply_form(r, x.k, v, reply);
		report_form(r, x.s, x.k, v, report);
	} else
		h(r, "<p class=\"govuk-body\">This conference has been %s.</p>",
		    x.k->held != CAL_NONE ? "held" : "cancelled");
	h_page_end(r);
	conf_close(&x);
	return 0;
}

int
page_conf_respond(struct web_req *r)
{
	return respond_page(r, NULL, NULL);
}

/* The invitation the answer or report is for, still open: its id, or 0 (the page written
 * when it is not the person's to answer). */
static int64_t
open_invitation(struct web_req *r, struct web_form *f, const char *col, cal_date *due)
{
	struct conf_ctx x;
	const struct m_invitee *v;
	int64_t id = 0;

	if (conf_open(r, &x, 0) <= 0)
		return 0;
	if ((v = conf_my_invitee(r, &x.s->a, x.c, x.k)) && conf_open_for_replies(x.k))
		id = v->id;
	else if (v)
		conf_error(f, col, "this "
		    "conference has been held or cancelled: it takes no more answers or reports");
	if (v && due)
		*due = conf_report_due(x.s, x.k);
	if (v && due && !v->report_requested)
		conf_error(f, "involvement", "your agency has not been asked for a report");
	conf_close(&x);
	if (!v)
		web_forbidden(r, "Your agency is not invited to this conference.");
	return v ? (id ? id : -1) : 0;
}

int
page_conf_reply(struct web_req *r)
{
	static const char *const cols[] = {"reply_attending", NULL};
	struct web_form f, read;
	int64_t id;

	web_form_init(&read, "conference_invitees");
	web_form_read(r, &read, cols);
	if (!(id = open_invitation(r, &read, "reply_attending", NULL)))
		return 0;
	if (!read.e.n && !conf_given(&read, "reply_attending"))
		conf_error(&read, "reply_attending", "choose Yes if your agency will attend, or "
		    "No to send its apologies");
	if (read.e.n)
		return respond_page(r, &read, NULL);
	if (conf_form_load(r, &f, "conference_invitees", id) != 1)
		return -1;
	web_form_set_int(&f, "reply_attending", read.row[records_col_index(read.t,
	    "reply_attending")].i);
	web_form_set_int(&f, "apologies", !read.row[records_col_index(read.t,
	    "reply_attending")].i);
	web_form_set_text(&f, "replied_date", conf_iso(r, web_today(r->srv)));
	if (web_form_save(r, &f) < 0)
		return respond_page(r, &f, NULL);
	return web_redirect(r, arena_printf(&r->arena, "/conferences/%lld/respond?done=answered",
	    (long long)r->ids[0]));
}

static const char *
now_hhmm(struct web_req *r)
{
	time_t t = (time_t)web_now();
	struct tm tm;
	char *out = arena_alloc(&r->arena, 8);

	if (!out)
		return "00:00";
	localtime_r(&t, &tm);
	strftime(out, 8, "%H:%M", &tm);
	return out;
}

/* The report and the invitation it answers, as one change. */
static int
save_report(struct web_req *r, struct web_form *f, int64_t invitee_id)
{
	struct web_form inv;
	int ok;

	if (conf_form_load(r, &inv, "conference_invitees", invitee_id) != 1)
		return -1;
	web_form_set_text(&inv, "report_date", web_form_value(r, f, "submitted_date"));
	if (conf_begin(r, f) < 0)
		return -1;
	ok = conf_put(r, f) >= 0;
	ok = ok && conf_put(r, &inv) >= 0;
	if (inv.e.n)
		f->e = inv.e;
	return conf_end(r, f, ok);
}

int
page_conf_report(struct web_req *r)
{
	static const char *const cols[] = {"involvement", "concerns", "strengths",
	    "recommendation", NULL};
	struct web_form f;
	struct sent already;
	cal_date due = CAL_NONE, today = web_today(r->srv);
	int64_t id;

	web_form_init(&f, "conference_reports");
	web_form_read(r, &f, cols);
	if (!(id = open_invitation(r, &f, "involvement", &due)))
		return 0;
	if (id > 0 && report_sent(r, r->child_id, id, &already) == 1)
		conf_error(&f, "involvement", "your agency's report has already been sent: "
		    "it is kept as it was sent");
	if (f.e.n)
		return respond_page(r, NULL, &f);
	web_form_set_int(&f, "child_id", r->child_id);
	web_form_set_int(&f, "conference_id", r->ids[0]);
	web_form_set_int(&f, "invitee_id", id);
	web_form_set_int(&f, "agency_id", r->user.agency_id);
	web_form_set_int(&f, "user_id", r->user.id);
	web_form_set_text(&f, "submitted_date", conf_iso(r, today));
	web_form_set_text(&f, "submitted_time", now_hhmm(r));
	web_form_set_int(&f, "late", today > due);
	if (save_report(r, &f, id) < 0)
		return respond_page(r, NULL, &f);
	return web_redirect(r, arena_printf(&r->arena, "/conferences/%lld/respond?done=reported",
	    (long long)r->ids[0]));
}
