/*
 * conf_quality.c: the chair's quality form on a conference, and the family's feedback
 * after it (migration_qa). The quality form is the conference's chair's alone, once the
 * conference has sat, one a conference; it asks the seeds' questions (the chair met the
 * parents, the reports reached the chair and the family in time, each agency contributed,
 * the child's voice was heard, the plan is SMART) and a rating, and it is due within the
 * local setting's working days (timescale.quality_form_working_days), on the chair's
 * worklist until it is done. Parents and children have no login: the chair or the social
 * worker enters the feedback form they returned, as many as come back.
 */
#include "web/pages.h"

#include <string.h>

#include "codes/codes.h"
#include "web/conf.h"
#include "web/html.h"
#include "web/qa.h"
#include "web/rform.h"
#include "web/snapshot.h"
#include "web/web_int.h"

/* The form's questions: the column and the question as the chair reads it. */
static const char *const questions[][2] = {
	{"premeeting_held", "Did you meet the parents before the conference?"},
	{"report_to_chair_in_time", "Did the social worker's report reach you in time?"},
	{"reports_shared_in_time", "Were the reports shared with the family in time?"},
	{"agencies_contributed", "Did each invited agency contribute, by attending or by a "
	 "report?"},
	{"child_voice_heard", "Was the child's voice heard?"},
	{"plan_smart", "Is the plan SMART (specific, measurable, achievable, realistic, timed)?"},
};
#define NQ (sizeof questions / sizeof questions[0])

const char *
qa_rating_label(struct web_req *r, const char *code)
{
	return rf_capital(r, codes_label(codes_list("qa_rating"), code));
}

/*
 * The conference of the request from the child's records as they are now (a conference
 * recorded a moment ago is there, as the conference's own page has it), and the area they
 * are read from: 1 found, 0 not (the 404 written), -1 the area could not be read.
 */
struct qa_ctx {
	struct conf_ctx x;
	const struct area *a;
	struct area fresh;
};

static int
qa_open(struct web_req *r, struct qa_ctx *q)
{
	memset(q, 0, sizeof *q);
	area_init(&q->fresh);
	if (!(q->x.s = web_snapshot_get(r)))
		return -1;
	if (!(q->a = web_snapshot_child_area(r, q->x.s, r->child_id, &q->fresh))) {
		web_snapshot_put(q->x.s);
		return -1;
	}
	q->x.c = m_child_by_id(q->a, r->child_id);
	q->x.k = q->x.c ? m_find_conference(q->a, q->x.c, r->ids[0]) : NULL;
	if (!q->x.k) {
		area_free(&q->fresh);
		web_snapshot_put(q->x.s);
		return web_not_found(r), 0;
	}
	return 1;
}

static void
qa_close(struct qa_ctx *q)
{
	area_free(&q->fresh);
	web_snapshot_put(q->x.s);
}

/* Why the person may not fill the form in now, or NULL when they may. */
static const char *
quality_refused(const struct web_req *r, const struct conf_ctx *x)
{
	if (x->k->held == CAL_NONE)
		return "The conference has not been held: its quality form follows it.";
	if (!r->user.professional_id || r->user.professional_id != x->k->chair_id)
		return "Only the chair of this conference completes its quality form.";
	return NULL;
}

static void
show_quality(struct web_req *r, const struct m_quality *q)
{
	h_summary_begin(r);
	h_summary_row(r, "Completed", h_date(r, q->completed));
	for (size_t i = 0; i < NQ; i++)
		h_summary_row(r, questions[i][1], q->answers[i] ? "Yes" : "No");
	h_summary_row(r, "Rating", qa_rating_label(r, q->rating));
	h_summary_end(r);
}

static int
quality_page(struct web_req *r, struct web_form *f)
{
	struct qa_ctx o;
	struct web_form fresh;
	const struct m_quality *q;
	const char *why;
	int rc = qa_open(r, &o);

	if (rc <= 0)
		return rc;
	if (!f) {
		web_form_init(&fresh, "conference_quality");
		f = &fresh;
	}
	q = m_find_quality(o.a, o.x.c, o.x.k->id);
	why = q ? NULL : quality_refused(r, &o.x);
	h_page_begin(r, f->e.n ? "Error: The chair's quality form" : "The chair's quality form",
	    NAV_WORK);
	conf_heading(r, &o.x, "The chair's quality form");
	conf_error_summary(r, &f, 1);
	if (q)
		show_quality(r, q);
	else if (why)
		h_inset(r, why);
	else {
		h(r, "<form method=\"post\" action=\"/conferences/%lld/quality\" novalidate>",
		    (long long)o.x.k->id);
		h_csrf(r);
		for (size_t i = 0; i < NQ; i++)
			conf_yesno(r, f, questions[i][0], questions[i][1]);
		conf_codes(r, f, "rating", "Your rating of the conference");
		conf_textarea(r, f, "comments", "Comments (optional)", "What went well, and "
		    "what should be done differently.");
		h(r, "<button type=\"submit\" class=\"govuk-button\">Save the quality form</button>"
		    "</form>");
	}
	h_page_end(r);
	qa_close(&o);
	return 0;
}

int
page_conf_quality_form(struct web_req *r)
{
	return quality_page(r, NULL);
}

int
page_conf_quality(struct web_req *r)
{
	static const char *const cols[] = {"premeeting_held", "report_to_chair_in_time",
	    "reports_shared_in_time", "agencies_contributed", "child_voice_heard", "plan_smart",
	    "rating", "comments", NULL};
	struct web_form f;
	struct qa_ctx o;
	const char *why;
	int rc = qa_open(r, &o);

	if (rc <= 0)
		return rc;
	web_form_init(&f, "conference_quality");
	web_form_read(r, &f, cols);
	web_form_set_int(&f, "child_id", o.x.c->id);
	web_form_set_int(&f, "conference_id", o.x.k->id);
	web_form_set_text(&f, "completed_date", conf_iso(r, web_today(r->srv)));
	if ((why = quality_refused(r, &o.x)) != NULL)
		conf_error(&f, "", why);
	else if (m_find_quality(o.a, o.x.c, o.x.k->id))
		conf_error(&f, "", "This conference's quality form is already completed.");
	qa_close(&o);
	if (conf_check(&f) || web_form_save(r, &f) < 0)
		return quality_page(r, &f);
	return web_redirect(r, arena_printf(&r->arena, "/conferences/%lld?done=quality#quality",
	    (long long)r->ids[0]));
}

/* ---- The family's feedback ---- */

static const char *
respondent_of(struct web_req *r, struct web_form *f)
{
	const char *v = web_form_value(r, f, "respondent");

	if (!v)
		v = web_kv_get(&r->query, "respondent");
	return v && strcmp(v, "child") == 0 ? "child" : "parent";
}

static int
feedback_page(struct web_req *r, struct web_form *f)
{
	struct qa_ctx o;
	struct web_form fresh;
	int rc = qa_open(r, &o), child;

	if (rc <= 0)
		return rc;
	if (!f) {
		web_form_init(&fresh, "conference_feedback");
		web_form_set_text(&fresh, "received_date", conf_iso(r, o.x.s->today));
		f = &fresh;
	}
	child = strcmp(respondent_of(r, f), "child") == 0;
	h_page_begin(r, f->e.n ? "Error: Feedback on the conference" : "Feedback on the "
	    "conference", NAV_WORK);
	conf_heading(r, &o.x, child ? "The child's feedback" : "A parent's feedback");
	if (o.x.k->held == CAL_NONE) {
		h_inset(r, "The conference has not been held: feedback follows it.");
		h_page_end(r);
		qa_close(&o);
		return 0;
	}
	conf_error_summary(r, &f, 1);
	h(r, "<p class=\"govuk-body\">Enter the answers as the form that came back gives them; "
	    "leave a question unanswered if they did.</p><form method=\"post\" action=\""
	    "/conferences/%lld/feedback\" novalidate>", (long long)o.x.k->id);
	h_csrf(r);
	h(r, "<input type=\"hidden\" name=\"respondent\" value=\"%s\">", child ? "child" :
	    "parent");
	conf_text(r, f, "received_date", "Date the form came back", "YYYY-MM-DD, for example "
	    "2026-03-14", "govuk-input--width-10");
	conf_yesno(r, f, "understood_why", "Did they understand why the conference was held?");
	conf_yesno(r, f, "listened_to", "Did they feel listened to?");
	if (!child)
		conf_yesno(r, f, "met_chair", "Did they meet the chair before the conference?");
	conf_textarea(r, f, "would_change", "What would they change?", NULL);
	conf_textarea(r, f, "comments", "Other comments", NULL);
	h(r, "<button type=\"submit\" class=\"govuk-button\">Save the feedback</button></form>");
	h_page_end(r);
	qa_close(&o);
	return 0;
}

int
page_conf_feedback_form(struct web_req *r)
{
	return feedback_page(r, NULL);
}

int
page_conf_feedback(struct web_req *r)
{
	static const char *const cols[] = {"respondent", "received_date", "understood_why",
	    "listened_to", "met_chair", "would_change", "comments", NULL};
	struct web_form f;
	struct qa_ctx o;
	int rc = qa_open(r, &o);

	if (rc <= 0)
		return rc;
	web_form_init(&f, "conference_feedback");
	web_form_read(r, &f, cols);
	web_form_set_int(&f, "child_id", o.x.c->id);
	web_form_set_int(&f, "conference_id", o.x.k->id);
	if (o.x.k->held == CAL_NONE)
		conf_error(&f, "", "The conference has not been held: feedback follows it.");
	else if (f.e.n == 0 && web_form_value(r, &f, "received_date") &&
	    strcmp(web_form_value(r, &f, "received_date"), conf_iso(r, o.x.s->today)) > 0)
		conf_error(&f, "received_date", "a form cannot come back after today (give the "
		    "date it came back, today or before)");
	qa_close(&o);
	if (conf_check(&f) || web_form_save(r, &f) < 0)
		return feedback_page(r, &f);
	return web_redirect(r, arena_printf(&r->arena, "/conferences/%lld?done=feedback#quality",
	    (long long)r->ids[0]));
}

/* ---- On the conference's page ---- */

void
conf_quality_view(struct web_req *r, const struct area *a, const struct m_child *c,
    const struct m_conference *k)
{
	const struct m_quality *q = m_find_quality(a, c, k->id);
	long long id = (long long)k->id;
	int parents = 0, children = 0;

	if (k->held == CAL_NONE)
		return;
	for (uint32_t i = 0; i < c->feedback.count; i++) {
		const struct m_feedback *b = &a->feedback[c->feedback.first + i];
		if (b->conference_id == k->id)
			strcmp(b->respondent, "child") == 0 ? children++ : parents++;
	}
	h(r, "<h2 class=\"govuk-heading-m\" id=\"quality\">Quality and feedback</h2>");
	if (q)
		h(r, "<p class=\"govuk-body\">The chair's quality form was completed on %s: %s. <a "
		    "class=\"govuk-link\" href=\"/conferences/%lld/quality\">Read it</a></p>",
		    h_date(r, q->completed), qa_rating_label(r, q->rating), id);
	else if (r->user.professional_id && r->user.professional_id == k->chair_id)
		h(r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/conferences/%lld/"
		    "quality\">Complete the chair's quality form</a></p>", id);
	else
		h(r, "<p class=\"govuk-body\">The chair's quality form is not completed yet.</p>");
	h(r, "<p class=\"govuk-body\">Feedback returned: %d from parents or carers, %d from the "
	    "child.</p>", parents, children);
	if (r->role & (R_SW | R_CHAIR))
		h(r, "<ul class=\"govuk-list\"><li><a class=\"govuk-link\" href=\"/conferences/%lld/"
		    "feedback?respondent=parent\">Enter a parent's feedback</a></li><li><a class=\""
		    "govuk-link\" href=\"/conferences/%lld/feedback?respondent=child\">Enter the "
		    "child's feedback</a></li></ul>", id, id);
}
