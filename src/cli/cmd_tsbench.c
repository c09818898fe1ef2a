/*
 * cmd_tsbench.c: 'safeguard test-timescales-bench', the speed of the timescale engine on a
 * store, for tools/bench/20-timescales.sh. Loading the area from the store and computing
 * every clock are timed apart (issue 3 asks for both, and they scale differently: loading
 * is SQLite and memory, computing is the engine and the calendar), the computation as the
 * best of several runs on one core. It prints the counts by state too, so that a run that
 * is fast because it computed nothing shows itself.
 */
#include <stdio.h>
#include <time.h>

#include "base/str.h"
#include "cli/commands.h"
#include "cli/today.h"
#include "store/store.h"
#include "timescales/ts.h"

struct tally {
	size_t clocks, by_state[TS_OVERDUE + 1];
};

static int
count(void *ctx, const struct m_child *c, const struct ts_clock *v, size_t n)
{
	struct tally *t = ctx;

	(void)c;
	t->clocks += n;
	for (size_t i = 0; i < n; i++)
		t->by_state[v[i].state]++;
	return 0;
}

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static void
measure(const struct area *ar, cal_date as_of, int repeat)
{
	struct ts_config *cfg = ts_config_new(ar);
	struct ts_filter all = {0};
	struct ts_worklist w;
	struct tally t = {0, {0}};
	double best = -1, t0;

	for (int r = 0; r < repeat; r++) {
		struct tally one = {0, {0}};
		t0 = now_ms();
		ts_area(ar, cfg, as_of, count, &one);
		t0 = now_ms() - t0;
		if (best < 0 || t0 < best)
			best = t0;
		t = one;
	}
	t0 = now_ms();
	ts_worklist_build(ar, cfg, as_of, 5, &all, &w);
	t0 = now_ms() - t0;
	printf("clocks: %zu (met %zu, missed %zu, due %zu, overdue %zu, not applicable %zu)\n",
	    t.clocks, t.by_state[TS_MET], t.by_state[TS_MISSED], t.by_state[TS_DUE],
	    t.by_state[TS_OVERDUE], t.by_state[TS_NA]);
	printf("compute: %.1f ms (best of %d)\n", best, repeat);
	printf("worklist: %.1f ms (%zu overdue, %zu due)\n", t0, w.overdue, w.due);
	ts_worklist_free(&w);
	ts_config_free(cfg);
}

int
cmd_tsbench(const struct cli_args *a)
{
	const char *r = cli_value(a, "--repeat");
	int repeat = 3;
	cal_date as_of;
	struct store *st;
	struct area ar;
	double t0;

	if (r && !str_to_int(r, 1, 100, &repeat))
		return cli_fail(a, "--repeat: \"%s\" is not a number of runs (use 1 to 100)", r);
	if (!cli_as_of(a, &as_of) || !(st = cli_open_store(a, 0)))
		return CLI_BAD;
	t0 = now_ms();
	if (store_load_tables(st, 0, ts_tables, &ar) < 0) {
		cli_fail(a, "%s", store_error(st));
		store_close(st);
		return CLI_BAD;
	}
	t0 = now_ms() - t0;
	store_close(st);
	printf("children: %zu, referrals: %zu, plans: %zu, visits: %zu\n", ar.n_children,
	    ar.n_referrals, ar.n_plans, ar.n_visits);
	printf("load: %.1f ms\n", t0);
	measure(&ar, as_of, repeat);
	area_free(&ar);
	return CLI_OK;
}
