/*
 * test_ts_deaths.c: the clocks and figures of child deaths (issue 11, point 6). An
 * unexpected death's joint agency response is owed within timescale.cdr_jar_working_days
 * of the notification (1 by default), every death's review within timescale.cdr_review_months
 * of the death (6), each by the rule in force on the day of the notification, against dates
 * worked out by hand on the England and Wales calendar. The child at death is read from a
 * linked record (age band, on a plan) or as notified; the figures count with no child
 * behind any row, and give the median of the days from death to review.
 */
#include "harness.h"
#include "ts_fixture.h"

#include "base/buf.h"
#include "figures/figures.h"

static struct m_death *
add_death(struct area *a, int64_t id, const char *died, const char *notified,
    const char *expectation)
{
	struct m_death *d = FX_PUSH(deaths);

	d->id = id;
	d->death = D(died);
	d->notified = D(notified);
	d->jar = d->cdop = CAL_NONE;
	d->jar_held = d->known_to_csc = d->on_plan = d->looked_after = M_UNKNOWN;
	d->sex = 'U';
	str_copy(d->expectation, sizeof d->expectation, expectation);
	return d;
}

static int
clocks(const struct area *a, const struct m_death *d, const char *as_of, struct ts_clock *out)
{
	struct ts_config *cfg = ts_config_new(a);
	struct ts_death_case c = {d->id, strcmp(d->expectation, "unexpected") == 0, d->jar_held,
	    d->death, d->notified, d->jar, d->cdop};
	int n = ts_death(cfg, &c, D(as_of), out);

	ts_config_free(cfg);
	return n;
}

/* Notified on the Thursday before Easter 2025: a working day later is the Tuesday. */
static void
jar_across_easter(void)
{
	struct area a;
	struct ts_clock k[TS_DEATH_CLOCKS];
	struct m_death *d;
	struct buf b;

	area_init(&a);
	d = add_death(&a, 1, "2025-04-16", "2025-04-17", "unexpected");
	fx_done(&a);
	CHECK_INT(clocks(&a, d, "2025-04-16", k), 0);	/* not notified yet */
	CHECK_INT(clocks(&a, d, "2025-04-22", k), 2);
	CHECK_INT(k[0].kind, TS_K_CDR_JAR);
	CHECK_INT(k[0].target, D("2025-04-22"));
	CHECK_INT(k[0].state, TS_DUE);
	CHECK_INT(k[0].child_id, 0);
	CHECK_INT(k[0].record_id, 1);
	clocks(&a, d, "2025-04-23", k);
	CHECK_INT(k[0].state, TS_OVERDUE);
	d->jar_held = M_YES;
	d->jar = D("2025-04-22");
	clocks(&a, d, "2025-04-23", k);
	CHECK_INT(k[0].state, TS_MET);
	clocks(&a, d, "2025-04-21", k);	/* begun later than the day asked about */
	CHECK_INT(k[0].state, TS_DUE);
	d->jar = D("2025-04-24");
	clocks(&a, d, "2025-05-01", k);
	CHECK_INT(k[0].state, TS_MISSED);
	/* Recorded as not held: missed once the target passes, not overdue for ever. */
	d->jar_held = M_NO;
	d->jar = CAL_NONE;
	clocks(&a, d, "2025-04-22", k);
	CHECK_INT(k[0].state, TS_DUE);
	clocks(&a, d, "2025-05-01", k);
	CHECK_INT(k[0].state, TS_MISSED);
	buf_init(&b, 256);
	ts_describe(&a, &k[0], &b);
	CHECK_STR(buf_str(&b), "joint agency response to the unexpected death notified Thu 17 "
	    "Apr 2025 (1 working day)");
	buf_free(&b);
	CHECK(ts_kind_childless(TS_K_CDR_JAR) && ts_kind_childless(TS_K_CDR_REVIEW));
	area_free(&a);
}

/* An expected death has no joint agency response; its review is due six months after the
 * death, to the same day (31 August: the last day of February). */
static void
review_months(void)
{
	struct area a;
	struct ts_clock k[TS_DEATH_CLOCKS];
	struct m_death *d;
	struct buf b;

	area_init(&a);
	d = add_death(&a, 2, "2025-08-31", "2025-09-01", "expected");
	fx_done(&a);
	CHECK_INT(clocks(&a, d, "2025-09-01", k), 1);
	CHECK_INT(k[0].kind, TS_K_CDR_REVIEW);
	CHECK_INT(k[0].amount, 6);
	CHECK_INT(k[0].start, D("2025-08-31"));
	CHECK_INT(k[0].target, D("2026-02-28"));
	clocks(&a, d, "2026-03-02", k);
	CHECK_INT(k[0].state, TS_OVERDUE);
	d->cdop = D("2026-02-28");
	clocks(&a, d, "2026-03-02", k);
	CHECK_INT(k[0].state, TS_MET);
	d->cdop = D("2026-03-01");
	clocks(&a, d, "2026-03-02", k);
	CHECK_INT(k[0].state, TS_MISSED);
	buf_init(&b, 256);
	ts_describe(&a, &k[0], &b);
	CHECK_STR(buf_str(&b), "review by the child death overview panel within 6 months of the "
	    "death on Sun 31 Aug 2025");
	buf_free(&b);
	{
		struct ts_death_case c = {2, 0, M_UNKNOWN, d->death, d->notified, CAL_NONE, d->cdop};
		CHECK_INT(ts_death_days_to_review(&c), 182);
		c.reviewed = CAL_NONE;
		CHECK_INT(ts_death_days_to_review(&c), -1);
	}
	area_free(&a);
}

/* A new rule applies to the deaths notified from its date. */
static void
settings_in_force_on_notification(void)
{
	struct area a;
	struct ts_clock k[TS_DEATH_CLOCKS];
	struct m_death *before, *after;

	area_init(&a);
	add_setting(&a, "timescale.cdr_review_months", "3", "2025-06-01");
	add_setting(&a, "timescale.cdr_jar_working_days", "0", "2025-06-01");
	before = add_death(&a, 3, "2025-05-29", "2025-05-30", "unexpected");
	after = add_death(&a, 4, "2025-05-31", "2025-06-02", "unexpected");
	fx_done(&a);
	CHECK_INT(clocks(&a, before, "2025-07-01", k), 2);
	CHECK_INT(k[0].target, D("2025-06-02"));	/* Friday, then Monday */
	CHECK_INT(k[1].target, D("2025-11-29"));
	CHECK_INT(clocks(&a, after, "2025-07-01", k), 2);
	CHECK_INT(k[0].target, D("2025-06-02"));	/* the day of the notification */
	CHECK_INT(k[1].amount, 3);
	CHECK_INT(k[1].target, D("2025-08-31"));
	area_free(&a);
}

/* The child at death: from the linked record (born 2025-03-10, on a plan from 2025-06-01),
 * or as notified; and the age bands of the reports. */
static void
profile(void)
{
	struct area a;
	struct m_death_profile p;
	struct m_death *linked, *notified;

	area_init(&a);
	add_child(&a, 7, "C7", "2025-03-10")->sex = 'F';
	add_referral(&a, 70, 7, "2025-05-01");
	add_plan(&a, 71, 7, 70, 0, "2025-06-01");
	linked = add_death(&a, 5, "2025-09-01", "2025-09-01", "expected");
	linked->linked_child_id = 7;
	notified = add_death(&a, 6, "2025-09-01", "2025-09-02", "unexpected");
	str_copy(notified->age_band, sizeof notified->age_band, "10-14");
	notified->known_to_csc = M_NO;
	fx_done(&a);
	m_death_profile(&a, &a.deaths[0], &p);
	CHECK(p.linked);
	CHECK_STR(p.age_band, "28-364d");
	CHECK_INT(p.sex, 'F');
	CHECK_INT(p.known_to_csc, M_YES);
	CHECK_INT(p.on_plan, M_YES);
	CHECK_INT(p.looked_after, M_NO);
	m_death_profile(&a, &a.deaths[1], &p);
	CHECK(!p.linked);
	CHECK_STR(p.age_band, "10-14");
	CHECK_INT(p.known_to_csc, M_NO);
	CHECK_INT(p.on_plan, M_UNKNOWN);
	CHECK_STR(m_death_age_band(D("2025-03-10"), D("2025-04-06")), "0-27d");
	CHECK_STR(m_death_age_band(D("2025-03-10"), D("2025-04-07")), "28-364d");
	CHECK_STR(m_death_age_band(D("2024-03-10"), D("2025-03-09")), "28-364d");
	CHECK_STR(m_death_age_band(D("2024-03-10"), D("2025-03-10")), "1-4");
	CHECK_STR(m_death_age_band(D("2010-03-10"), D("2025-03-09")), "10-14");
	CHECK_STR(m_death_age_band(D("2010-03-10"), D("2025-03-10")), "15-17");
	CHECK_STR(m_death_age_band(D("2007-03-10"), D("2025-03-10")), "");	/* 18: no child */
	area_free(&a);
}

static const struct fig_row *
row_of(const struct fig_result *r, const char *key)
{
	const struct fig_row *x = fig_row_by_key(r, key);

	CHECK(x != NULL);
	return x;
}

/* The year 2025-26: three deaths notified, two reviewed (after 100 and 200 days), one
 * unexpected with its response a day late; counts with no child behind them. */
static void
figures(void)
{
	struct area a;
	struct fig_filter f = fig_filter_all(D("2025-04-01"), D("2026-03-31"));
	struct fig_result r;
	struct m_death *x, *y, *z;

	area_init(&a);
	x = add_death(&a, 1, "2025-05-01", "2025-05-01", "unexpected");
	x->jar_held = M_YES;
	x->jar = D("2025-05-06");	/* Thursday's notification: due Friday 2 May */
	x->cdop = D("2025-08-09");	/* 100 days */
	str_copy(x->category, sizeof x->category, "10");
	str_copy(x->modifiable, sizeof x->modifiable, "yes");
	str_copy(x->age_band, sizeof x->age_band, "28-364d");
	x->notifying_agency_id = 9;
	y = add_death(&a, 2, "2025-06-01", "2025-06-02", "expected");
	y->cdop = D("2025-12-18");	/* 200 days */
	str_copy(y->category, sizeof y->category, "8");
	str_copy(y->modifiable, sizeof y->modifiable, "no");
	str_copy(y->age_band, sizeof y->age_band, "0-27d");
	z = add_death(&a, 3, "2026-01-10", "2026-01-12", "expected");
	str_copy(z->age_band, sizeof z->age_band, "15-17");
	fx_done(&a);
	CHECK_INT(fig_compute(&a, fig_find("deaths_notified"), &f, 1, &r), 0);
	CHECK(r.rows[0].num == 3 && r.n_children == 0);
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("deaths_by_year"), &f, 0, &r), 0);
	CHECK_INT((int)r.n_rows, 1);	/* 1 April 2025 to 31 March 2026: one year */
	CHECK(row_of(&r, "2025-26")->num == 3);
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("deaths_expected"), &f, 0, &r), 0);
	CHECK(row_of(&r, "expected")->num == 2 && row_of(&r, "unexpected")->num == 1);
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("deaths_by_age"), &f, 0, &r), 0);
	CHECK(row_of(&r, "0-27d")->num == 1 && row_of(&r, "15-17")->num == 1);
	CHECK(row_of(&r, "1-4")->num == 0);
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("deaths_reviewed"), &f, 0, &r), 0);
	CHECK(r.rows[0].num == 2);
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("deaths_days_to_review"), &f, 0, &r), 0);
	CHECK(fig_value(r.def, &r.rows[0]) == 150);	/* the median of 100 and 200 */
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("deaths_by_category"), &f, 0, &r), 0);
	CHECK(row_of(&r, "10")->num == 1 && row_of(&r, "8")->num == 1);
	CHECK(row_of(&r, "1")->num == 0);
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("deaths_modifiable"), &f, 0, &r), 0);
	CHECK(fig_value(r.def, row_of(&r, "yes")) == 50);
	CHECK(fig_value(r.def, row_of(&r, "no")) == 50);
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("deaths_jar_in_time"), &f, 0, &r), 0);
	CHECK(r.rows[0].num == 0 && r.rows[0].den == 1);
	fig_result_free(&r);
	/* Reviews: x within 6 months, y (due 1 December) late; z not yet due. */
	CHECK_INT(fig_compute(&a, fig_find("deaths_review_in_time"), &f, 0, &r), 0);
	CHECK(r.rows[0].num == 1 && r.rows[0].den == 2);
	fig_result_free(&r);
	/* The notifying agency filters; a team counts nothing. */
	f.agency_id = 9;
	CHECK_INT(fig_compute(&a, fig_find("deaths_notified"), &f, 0, &r), 0);
	CHECK(r.rows[0].num == 1);
	fig_result_free(&r);
	f.agency_id = 0;
	f.team_id = 5;
	CHECK_INT(fig_compute(&a, fig_find("deaths_notified"), &f, 0, &r), 0);
	CHECK(r.rows[0].num == 0);
	fig_result_free(&r);
	area_free(&a);
}

int
main(void)
{
	RUN(jar_across_easter);
	RUN(review_months);
	RUN(settings_in_force_on_notification);
	RUN(profile);
	RUN(figures);
	return DONE();
}
