/*
 * test_fig_quality.c: the figures of the section "Quality assurance" (figures/
 * fig_quality.c, fig_themes.c) on a small area worked by hand: the conferences held in
 * the period with their chair's form, the ratings and answers of the forms, the feedback
 * returned and what it says, and the words most used in it.
 */
#include <math.h>

#include "harness.h"
#include "ts_fixture.h"
#include "figures/figures.h"

static struct fig_filter
year(void)
{
	return fig_filter_all(D("2025-04-01"), D("2026-03-31"));
}

static double
value(const struct area *a, const char *name, const char *key)
{
	const struct fig_def *d = fig_find(name);
	struct fig_filter f = year();
	struct fig_result r;
	const struct fig_row *row;
	double v = -999;

	if (d && fig_compute(a, d, &f, 0, &r) == 0) {
		if ((row = fig_row_by_key(&r, key)))
			v = fig_value(d, row);
		fig_result_free(&r);
	}
	return v;
}

#define NEAR(got, want) CHECK(fabs((got) - (want)) < 1e-6)

static void
quality(struct area *a, int64_t id, int64_t conf, const char *rating, const char *yes)
{
	struct m_quality *q = add_quality(a, id, 1, conf, "2025-07-02");

	str_copy(q->rating, sizeof q->rating, rating);
	for (int i = 0; i < M_QA_QUESTIONS; i++)
		q->answers[i] = yes[i] == 'y';
}

static void
feedback(struct area *a, int64_t id, int64_t conf, const char *who, signed char understood,
    signed char listened, const char *change, const char *comments)
{
	struct m_feedback *b = FX_PUSH(feedback);

	b->id = id;
	b->child_id = 1;
	b->conference_id = conf;
	b->received = D("2025-07-03");
	str_copy(b->respondent, sizeof b->respondent, who);
	b->understood_why = understood;
	b->listened_to = listened;
	b->met_chair = M_UNKNOWN;
	b->would_change = area_strdup(a, change);
	b->comments = area_strdup(a, comments);
}

/* Conferences 10, 11 and 14 held in the year (14 without its form), 12 the year before,
 * 13 never held. */
static void
build(struct area *a)
{
	area_init(a);
	add_child(a, 1, "C1", "2010-01-01");
	add_conference(a, 10, 1, 0, M_REVIEW, "2025-05-01", "2025-05-01")->chair_id = 60;
	add_conference(a, 11, 1, 0, M_REVIEW, "2025-06-02", "2025-06-02")->chair_id = 61;
	add_conference(a, 12, 1, 0, M_REVIEW, "2024-12-02", "2024-12-02")->chair_id = 60;
	add_conference(a, 13, 1, 0, M_REVIEW, "2025-08-01", NULL);
	add_conference(a, 14, 1, 0, M_REVIEW, "2025-07-01", "2025-07-01")->chair_id = 60;
	quality(a, 100, 10, "good", "yynyyn");
	quality(a, 101, 11, "requires_improvement", "ynnyny");
	quality(a, 102, 12, "outstanding", "yyyyyy");
	feedback(a, 200, 10, "parent", M_YES, M_NO, "Getting the reports earlier; the reports "
	    "were late.", "The chair was kind");
	feedback(a, 201, 10, "parent", M_UNKNOWN, M_YES, "Nothing, the chair explained "
	    "everything.", NULL);
	feedback(a, 202, 10, "child", M_NO, M_YES, "I wanted to say more", NULL);
	feedback(a, 203, 12, "parent", M_YES, M_YES, "The reports", NULL);
	fx_done(a);
}

static void
forms_and_answers(void)
{
	struct area a;
	struct fig_filter f = year();

	build(&a);
	NEAR(value(&a, "qa_forms", ""), 200.0 / 3);
	NEAR(value(&a, "qa_ratings", "good"), 50);
	NEAR(value(&a, "qa_ratings", "requires_improvement"), 50);
	NEAR(value(&a, "qa_ratings", "outstanding"), 0);
	NEAR(value(&a, "qa_questions", "premeeting_held"), 100);
	NEAR(value(&a, "qa_questions", "report_to_chair_in_time"), 50);
	NEAR(value(&a, "qa_questions", "reports_shared_in_time"), 0);
	NEAR(value(&a, "qa_questions", "plan_smart"), 50);
	/* The chair filter: chair 60's conferences are 10 and 14. */
	f.chair_id = 60;
	{
		struct fig_result r;
		CHECK_INT(fig_compute(&a, fig_find("qa_forms"), &f, 0, &r), 0);
		NEAR(r.rows[0].num, 1);
		NEAR(r.rows[0].den, 2);
		fig_result_free(&r);
	}
	area_free(&a);
}

static void
feedback_figures(void)
{
	struct area a;

	build(&a);
	NEAR(value(&a, "feedback_returned", "parent"), 100.0 / 3);
	NEAR(value(&a, "feedback_returned", "child"), 100.0 / 3);
	/* The parent who left the question unanswered is not counted. */
	NEAR(value(&a, "feedback_understood", "parent"), 100);
	NEAR(value(&a, "feedback_understood", "child"), 0);
	NEAR(value(&a, "feedback_listened", "parent"), 50);
	NEAR(value(&a, "feedback_listened", "child"), 100);
	area_free(&a);
}

/* "chair" in two forms; "reports" twice in one form, once counted; common words and words
 * of fewer than three letters left out; ten rows, ties in alphabetical order, so "wanted"
 * (the eleventh) is not among them; the year before counts the same words. */
static void
themes(void)
{
	static const char *const want[] = {"chair", "earlier", "everything", "explained",
	    "getting", "kind", "late", "nothing", "reports", "say"};
	struct area a;
	struct fig_filter f[2];
	struct fig_result r[2];

	build(&a);
	f[0] = year();
	f[1] = fig_previous(&f[0]);
	CHECK_INT(fig_compute_many(&a, NULL, fig_find("feedback_themes"), f, 2, 0, r), 0);
	CHECK_INT(r[0].n_rows, 10);
	for (size_t i = 0; i < r[0].n_rows && i < 10; i++)
		CHECK_STR(r[0].rows[i].key, want[i]);
	NEAR(fig_row_by_key(&r[0], "chair")->num, 2);
	NEAR(fig_row_by_key(&r[0], "reports")->num, 1);
	CHECK(fig_row_by_key(&r[0], "wanted") == NULL);
	CHECK(fig_row_by_key(&r[0], "the") == NULL);
	NEAR(fig_row_by_key(&r[1], "reports")->num, 1);
	NEAR(fig_row_by_key(&r[1], "chair")->num, 0);
	fig_result_free(&r[0]);
	fig_result_free(&r[1]);
	area_free(&a);
}

/* No feedback at all: no rows. */
static void
themes_of_nothing(void)
{
	struct area a;
	struct fig_filter f = fig_filter_all(D("2020-01-01"), D("2020-12-31"));
	struct fig_result r;

	build(&a);
	CHECK_INT(fig_compute(&a, fig_find("feedback_themes"), &f, 1, &r), 0);
	CHECK_INT(r.n_rows, 0);
	fig_result_free(&r);
	area_free(&a);
}

int
main(void)
{
	RUN(forms_and_answers);
	RUN(feedback_figures);
	RUN(themes);
	RUN(themes_of_nothing);
	return DONE();
}
