/*
 * test_ts_lado.c: the LADO's clocks and figures (issue 11, point 2). A case is first
 * considered within one working day of receipt (timescale.lado_initial_working_days), and
 * a referral resolved within 1, 3 and 12 months (timescale.lado_resolution_months), each
 * rule the one in force on the day the case was received; against dates worked out by
 * hand on the England and Wales calendar. The figures count the cases with no child
 * behind any row, and set each resolution share beside its target.
 */
#include "harness.h"
#include "ts_fixture.h"

#include "base/buf.h"
#include "figures/figures.h"

static struct m_lado_case *
add_case(struct area *a, int64_t id, const char *kind, const char *received)
{
	struct m_lado_case *c = FX_PUSH(lado_cases);

	c->id = id;
	str_copy(c->kind, sizeof c->kind, kind);
	c->received = D(received);
	c->considered = c->resolved = c->referred = CAL_NONE;
	return c;
}

static int
clocks(const struct area *a, const struct m_lado_case *m, const char *as_of,
    struct ts_clock *out)
{
	struct ts_config *cfg = ts_config_new(a);
	struct ts_lado_case c = {m->id, 7, strcmp(m->kind, "referral") == 0, m->received,
	    m->considered, m->resolved};
	int n = ts_lado(cfg, &c, D(as_of), out);

	ts_config_free(cfg);
	return n;
}

/* Received on the Thursday before Easter 2025: one working day later is the Tuesday. */
static void
initial_across_easter(void)
{
	struct area a;
	struct ts_clock k[TS_LADO_CLOCKS];
	struct m_lado_case *q;
	struct buf b;

	area_init(&a);
	q = add_case(&a, 1, "query", "2025-04-17");
	fx_done(&a);
	CHECK_INT(clocks(&a, q, "2025-04-16", k), 0);	/* not received yet */
	CHECK_INT(clocks(&a, q, "2025-04-22", k), 1);	/* a query is not resolved */
	CHECK_INT(k[0].kind, TS_K_LADO_INITIAL);
	CHECK_INT(k[0].target, D("2025-04-22"));
	CHECK_INT(k[0].state, TS_DUE);
	CHECK_INT(k[0].actor_id, 7);
	CHECK_INT(k[0].record_id, 1);
	CHECK_INT(k[0].child_id, 0);
	clocks(&a, q, "2025-04-23", k);
	CHECK_INT(k[0].state, TS_OVERDUE);
	q->considered = D("2025-04-22");
	clocks(&a, q, "2025-04-23", k);
	CHECK_INT(k[0].state, TS_MET);
	clocks(&a, q, "2025-04-21", k);	/* considered later than the day asked about */
	CHECK_INT(k[0].state, TS_DUE);
	q->considered = D("2025-04-23");
	clocks(&a, q, "2025-05-01", k);
	CHECK_INT(k[0].state, TS_MISSED);
	buf_init(&b, 256);
	ts_describe(&a, &k[0], &b);
	CHECK_STR(buf_str(&b), "allegation received Thu 17 Apr 2025 first considered (1 working "
	    "day)");
	buf_free(&b);
	CHECK(ts_kind_childless(TS_K_LADO_INITIAL) && ts_kind_childless(TS_K_LADO_RESOLUTION));
	CHECK(!ts_kind_childless(TS_K_HEALTH_LOOKUP));
	area_free(&a);
}

/* Received on 31 January: a month later is 28 February (cal_add_months' month end). */
static void
resolution_months(void)
{
	struct area a;
	struct ts_clock k[TS_LADO_CLOCKS];
	struct m_lado_case *r;

	area_init(&a);
	r = add_case(&a, 2, "referral", "2025-01-31");
	fx_done(&a);
	CHECK_INT(clocks(&a, r, "2025-02-03", k), 4);
	CHECK_INT(k[1].kind, TS_K_LADO_RESOLUTION);
	CHECK_INT(k[1].amount, 1);
	CHECK_INT(k[1].target, D("2025-02-28"));
	CHECK_INT(k[2].amount, 3);
	CHECK_INT(k[2].target, D("2025-04-30"));
	CHECK_INT(k[3].amount, 12);
	CHECK_INT(k[3].target, D("2026-01-31"));
	r->resolved = D("2025-02-28");
	clocks(&a, r, "2025-03-01", k);
	CHECK_INT(k[1].state, TS_MET);
	CHECK_INT(k[2].state, TS_MET);
	r->resolved = D("2025-03-01");
	clocks(&a, r, "2025-03-01", k);
	CHECK_INT(k[1].state, TS_MISSED);
	CHECK_INT(k[2].state, TS_MET);
	CHECK_INT(k[3].state, TS_MET);
	area_free(&a);
}

/* A new rule applies to the cases received from its date, not to those before. */
static void
settings_in_force_on_receipt(void)
{
	struct area a;
	struct ts_clock k[TS_LADO_CLOCKS];
	struct m_lado_case *before, *after;

	area_init(&a);
	add_setting(&a, "timescale.lado_resolution_months", "2 6", "2025-06-01");
	add_setting(&a, "timescale.lado_initial_working_days", "3", "2025-06-01");
	before = add_case(&a, 3, "referral", "2025-05-30");
	after = add_case(&a, 4, "referral", "2025-06-02");
	fx_done(&a);
	CHECK_INT(clocks(&a, before, "2025-07-01", k), 4);
	CHECK_INT(k[0].target, D("2025-06-02"));	/* Friday, then Monday */
	CHECK_INT(clocks(&a, after, "2025-07-01", k), 3);
	CHECK_INT(k[0].target, D("2025-06-05"));
	CHECK_INT(k[1].amount, 2);
	CHECK_INT(k[1].target, D("2025-08-02"));
	CHECK_INT(k[2].amount, 6);
	area_free(&a);
}

static const struct fig_row *
row_of(const struct fig_result *r, const char *key)
{
	const struct fig_row *x = fig_row_by_key(r, key);

	CHECK(x != NULL);
	return x;
}

/* The year 2025-26: two referrals and a query received, one referral resolved in a month
 * (substantiated, referred for barring), one not within 3 months; counts, with no child
 * behind them, and each share beside its target. */
static void
figures(void)
{
	struct area a;
	struct fig_filter f = fig_filter_all(D("2025-04-01"), D("2026-03-31"));
	struct fig_result r;
	struct m_lado_case *x, *y;

	area_init(&a);
	add_case(&a, 1, "query", "2025-05-01")->considered = D("2025-05-01");
	x = add_case(&a, 2, "referral", "2025-05-06");
	x->considered = D("2025-05-08");
	x->resolved = D("2025-06-02");
	str_copy(x->outcome, sizeof x->outcome, "substantiated");
	x->referred = D("2025-06-09");
	x->referred_to = area_strdup(&a, "dbs tra");
	y = add_case(&a, 3, "referral", "2025-07-01");
	y->considered = D("2025-07-01");
	y->resolved = D("2025-11-03");
	str_copy(y->outcome, sizeof y->outcome, "unfounded");
	fx_done(&a);
	CHECK_INT(fig_compute(&a, fig_find("lado_queries"), &f, 1, &r), 0);
	CHECK(r.rows[0].num == 1 && r.n_children == 0);
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("lado_referrals"), &f, 0, &r), 0);
	CHECK(r.rows[0].num == 2);
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("lado_outcomes"), &f, 1, &r), 0);
	CHECK(row_of(&r, "substantiated")->num == 1 && row_of(&r, "unfounded")->num == 1);
	CHECK(row_of(&r, "false")->num == 0 && r.n_children == 0);
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("lado_barring"), &f, 0, &r), 0);
	CHECK(r.rows[0].num == 1);
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("lado_initial_1wd"), &f, 0, &r), 0);
	CHECK(r.rows[0].num == 2 && r.rows[0].den == 3);	/* case 2 a day late */
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("lado_resolution"), &f, 1, &r), 0);
	CHECK_INT((int)r.n_rows, 6);
	CHECK(row_of(&r, "1m")->num == 1 && row_of(&r, "1m")->den == 2);
	CHECK(row_of(&r, "3m")->num == 1 && row_of(&r, "3m")->den == 2);
	CHECK(row_of(&r, "12m")->num == 2 && row_of(&r, "12m")->den == 2);
	CHECK(fig_value(r.def, row_of(&r, "1m_target")) == 80);
	CHECK(fig_value(r.def, row_of(&r, "3m_target")) == 90);
	CHECK(r.n_children == 0);
	fig_result_free(&r);
	/* A case has no team: a figure filtered by one counts nothing. */
	f.team_id = 5;
	CHECK_INT(fig_compute(&a, fig_find("lado_referrals"), &f, 0, &r), 0);
	CHECK(r.rows[0].num == 0);
	fig_result_free(&r);
	area_free(&a);
}

int
main(void)
{
	RUN(initial_across_easter);
	RUN(resolution_months);
	RUN(settings_in_force_on_receipt);
	RUN(figures);
	return DONE();
}
