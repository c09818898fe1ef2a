/*
 * cmd_figures_bench.c: 'safeguard test-figures-bench', the speed of the figures on a store,
 * for tools/bench/80-figures.sh: every figure with its previous period and monthly trend,
 * as the dashboard and the report ask for them, timed apart from loading the area, as the
 * best of several runs. Each figure's value is printed, so that a run that is fast because
 * it counted nothing shows itself.
 */
#include <stdio.h>
#include <time.h>

#include "base/str.h"
#include "cli/commands.h"
#include "figures/figures.h"
#include "store/store.h"

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Every figure once, into times[] (ms each); returns the total. */
static double
all_figures(const struct area *ar, const struct fig_filter *f, double *times, int print)
{
	struct fig_cache *c = fig_cache_new(ar);
	double total = 0;

	for (size_t i = 0; i < fig_count(); i++) {
		const struct fig_def *d = fig_at(i);
		struct fig_series s;
		double t0 = now_ms();
		if (fig_series(c, d, f, &s) < 0)
			continue;
		times[i] = now_ms() - t0;
		total += times[i];
		if (print)
			printf("  %-28s %8.2f ms  %g (previous %g)\n", d->name, times[i],
			    s.now.n_rows ? fig_value(d, &s.now.rows[0]) : 0,
			    s.prev.n_rows ? fig_value(d, &s.prev.rows[0]) : 0);
		fig_series_free(&s);
	}
	fig_cache_free(c);
	return total;
}

int
cmd_figures_bench(const struct cli_args *a)
{
	const char *r = cli_value(a, "--repeat");
	struct fig_filter f = fig_filter_all(0, 0);
	double times[128], best = -1, t0;
	int repeat = 3;
	struct store *st;
	struct area ar;

	if (r && !str_to_int(r, 1, 100, &repeat))
		return cli_fail(a, "--repeat: \"%s\" is not a number of runs (use 1 to 100)", r);
	if (!cli_value(a, "--from") || !cli_value(a, "--to"))
		return cli_fail(a, "--from, --to: the period is needed (e.g. --from 2025-04-01 "
		    "--to 2026-03-31)");
	if (!cli_date(a, "--from", cli_value(a, "--from"), &f.from) ||
	    !cli_date(a, "--to", cli_value(a, "--to"), &f.to) || !(st = cli_open_store(a, 0)))
		return CLI_BAD;
	t0 = now_ms();
	area_init(&ar);
	if (store_load_area(st, 0, &ar) < 0) {
		cli_fail(a, "%s", store_error(st));
		store_close(st);
		area_free(&ar);
		return CLI_BAD;
	}
	t0 = now_ms() - t0;
	store_close(st);
	printf("children: %zu, referrals: %zu, plans: %zu, figures: %zu\n", ar.n_children,
	    ar.n_referrals, ar.n_plans, fig_count());
	printf("load: %.1f ms\n", t0);
	for (int i = 0; i < repeat; i++) {
		double t = all_figures(&ar, &f, times, 0);
		if (best < 0 || t < best)
			best = t;
	}
	all_figures(&ar, &f, times, 1);
	printf("compute: %.1f ms (every figure with its previous period and trend, best of "
	    "%d)\n", best, repeat);
	area_free(&ar);
	return CLI_OK;
}
