/*
 * test_figures.c: the figures computed from small areas built in C, each number worked
 * out in the comment beside it; the catalogue and its definitions in docs/figures.md.
 */
#include <math.h>
#include <stdio.h>

#include "harness.h"
#include "ts_fixture.h"
#include "figures/figures.h"

static struct fig_filter
year(void)
{
	return fig_filter_all(D("2025-04-01"), D("2026-03-31"));
}

/* The value of a figure's row (key "" for a one-row figure) for filter f. */
static double
value(const struct area *a, const char *name, const char *key, const struct fig_filter *f)
{
	const struct fig_def *d = fig_find(name);
	struct fig_result r;
	const struct fig_row *row;
	double v = -999;

	if (!d) {
		printf("  no figure %s\n", name);
		return v;
	}
	if (fig_compute(a, d, f, 0, &r) == 0 && (row = fig_row_by_key(&r, key)))
		v = fig_value(d, row);
	fig_result_free(&r);
	return v;
}

#define NEAR(got, want) CHECK(fabs((got) - (want)) < 1e-6)

static void
test_periods(void)
{
	struct fig_filter f = year(), p = fig_previous(&f), m[40];
	char a[11], b[11];
	size_t n;

	cal_format(p.from, a);
	cal_format(p.to, b);
	CHECK_STR(a, "2024-04-01");
	CHECK_STR(b, "2025-03-31");
	n = fig_months(&f, m, 40);
	CHECK_INT(n, 12);
	cal_format(m[10].from, a);
	cal_format(m[10].to, b);
	CHECK_STR(a, "2026-02-01");
	CHECK_STR(b, "2026-02-28");
	/* A period of days: the same number of days before it. */
	f = fig_filter_all(D("2025-05-10"), D("2025-05-19"));
	p = fig_previous(&f);
	cal_format(p.from, a);
	cal_format(p.to, b);
	CHECK_STR(a, "2025-04-30");
	CHECK_STR(b, "2025-05-09");
	CHECK_INT(fig_months(&f, m, 40), 1);
}

/*
 * Child 1: a plan from 2025-01-10 to 2025-06-30 (started before the year, ended in it:
 * 171 days, Jan 21 + Feb 28 + Mar 31 + Apr 30 + May 31 + Jun 30; 3 to 6 months since
 * 10 April < 30 June < 10 July), then a second from 2025-09-01, open.
 * Child 2: a plan from 2025-05-01, open, physical abuse.
 * Child 3: a plan from 2026-02-01 to 2026-05-01 (ends after the year: open on 31 March).
 * Child 4: a plan of 2020-01-01 to 2020-06-01, nothing since (neither open nor counted).
 */
static void
plans_area(struct area *a)
{
	struct m_plan *p;

	area_init(a);
	for (int i = 1; i <= 4; i++) {
		char id[16];
		snprintf(id, sizeof id, "C%d", i);
		add_child(a, i, id, "2015-06-01");
		add_referral(a, i, i, "2024-12-01");
	}
	p = add_plan(a, 1, 1, 1, 0, "2025-01-10");
	p->end = D("2025-06-30");
	add_plan(a, 2, 1, 1, 0, "2025-09-01");
	p = add_plan(a, 3, 2, 2, 0, "2025-05-01");
	snprintf(p->initial_category, sizeof p->initial_category, "PHY");
	snprintf(p->latest_category, sizeof p->latest_category, "PHY");
	p = add_plan(a, 4, 3, 3, 0, "2026-02-01");
	p->end = D("2026-05-01");
	p = add_plan(a, 5, 4, 4, 0, "2020-01-01");
	p->end = D("2020-06-01");
	add_setting(a, "area.child_population", "1500", "2020-01-01");
	fx_done(a);
}

static void
test_plans(void)
{
	struct area a;
	struct fig_filter f = year();

	plans_area(&a);
	NEAR(value(&a, "plans_at_date", "", &f), 3);	/* plans 2, 3, 4 */
	NEAR(value(&a, "plans_rate", "", &f), 20);	/* 3 / 1500 * 10,000 */
	NEAR(value(&a, "plans_started", "", &f), 3);	/* plans 2, 3, 4 */
	NEAR(value(&a, "plans_ended", "", &f), 1);	/* plan 1 */
	NEAR(value(&a, "plans_by_initial_category", "NEG", &f), 200.0 / 3);
	NEAR(value(&a, "plans_by_initial_category", "PHY", &f), 100.0 / 3);
	NEAR(value(&a, "plans_by_latest_category", "PHY", &f), 100.0 / 3);
	/* On 31 March 2026: plan 2 is 7 months old, plan 3 11 months, plan 4 2 months. */
	NEAR(value(&a, "open_plan_length", "6-12m", &f), 200.0 / 3);
	NEAR(value(&a, "open_plan_length", "lt3m", &f), 100.0 / 3);
	NEAR(value(&a, "ended_plan_length", "3-6m", &f), 100);
	NEAR(value(&a, "ended_plan_average_days", "", &f), 171);
	/* Children starting a plan: 1, 2, 3; child 1 had one before, ended 2 months before. */
	NEAR(value(&a, "second_plans", "", &f), 100.0 / 3);
	NEAR(value(&a, "second_plans_2y", "", &f), 100.0 / 3);
	/* A filter of category: only child 2's plans. */
	f.categories = M_PHY;
	NEAR(value(&a, "plans_at_date", "", &f), 1);
	/* An age band: every child is 10 on 31 March 2026. */
	f = year();
	f.age_band = FIG_AGE_5_9;
	NEAR(value(&a, "plans_at_date", "", &f), 0);
	f.age_band = FIG_AGE_10_15;
	NEAR(value(&a, "plans_at_date", "", &f), 3);
	area_free(&a);
}

static void
test_series(void)
{
	struct area a;
	struct fig_filter f = year();
	struct fig_cache *c;
	struct fig_series s;
	const struct fig_def *d = fig_find("plans_at_date");

	plans_area(&a);
	c = fig_cache_new(&a);
	CHECK_INT(fig_series(c, d, &f, &s), 0);
	CHECK_INT(s.n_months, 12);
	NEAR(fig_value(d, &s.now.rows[0]), 3);
	/* 31 March 2025: plan 1 only. */
	NEAR(fig_value(d, &s.prev.rows[0]), 1);
	/* End of April 2025: plan 1; end of May: plans 1, 3; end of June: plan 3 (plan 1
	 * ended on 30 June). */
	NEAR(fig_value(d, &s.trend[0].rows[0]), 1);
	NEAR(fig_value(d, &s.trend[1].rows[0]), 2);
	NEAR(fig_value(d, &s.trend[2].rows[0]), 1);
	fig_series_free(&s);
	fig_cache_free(c);
	area_free(&a);
}

static void
test_children_behind(void)
{
	struct area a;
	struct fig_filter f = year();
	struct fig_result r;

	plans_area(&a);
	CHECK_INT(fig_compute(&a, fig_find("plans_started"), &f, 1, &r), 0);
	CHECK_INT(r.n_children, 3);
	CHECK_INT(r.child_first[1], 3);
	CHECK_INT(r.children[0], 1);
	CHECK_INT(r.children[2], 3);
	fig_result_free(&r);
	area_free(&a);
}

/* Every figure has a section "## name" in docs/figures.md whose first line is its summary. */
static void
test_definitions(void)
{
	FILE *fp = fopen("docs/figures.md", "r");
	char line[2048], want[128];

	CHECK(fp != NULL);
	if (!fp)
		return;
	for (size_t i = 0; i < fig_count(); i++) {
		const struct fig_def *d = fig_at(i);
		int found = 0;
		snprintf(want, sizeof want, "## %s\n", d->name);
		rewind(fp);
		while (fgets(line, sizeof line, fp))
			if (strcmp(line, want) == 0) {
				found = 1;
				while (fgets(line, sizeof line, fp) && line[0] == '\n')
					;
				line[strcspn(line, "\n")] = 0;
				if (strcmp(line, d->summary) != 0)
					printf("  %s: docs say \"%s\"\n", d->name, line);
				CHECK_STR(line, d->summary);
				break;
			}
		if (!found)
			printf("  docs/figures.md has no section \"## %s\"\n", d->name);
		CHECK(found);
		CHECK(fig_find(d->name) == d);
	}
	fclose(fp);
	CHECK(fig_find("no_such_figure") == NULL);
}

int
main(void)
{
	RUN(test_periods);
	RUN(test_plans);
	RUN(test_series);
	RUN(test_children_behind);
	RUN(test_definitions);
	return DONE();
}
