/*
 * cmd_validate_bench.c: `safeguard test-census-entry-bench`, the cost of the census rules
 * at entry (cin_rules_at_entry) as the web interface will pay it on every save: for each
 * child of the store in turn, load its records (store_load_area for that child) and judge
 * them for the census year. Prints the mean and the worst time a child, loading included,
 * and the rules' own share. Used by tools/bench/45-census-validate.sh.
 */
#include <stdio.h>
#include <time.h>

#include "base/mem.h"
#include "census/rules.h"
#include "cli/commands.h"
#include "store/store.h"

struct ids {
	int64_t *v;
	size_t n, cap;
};

static int
add_id(void *ctx, const struct table *t, const struct field *row)
{
	struct ids *ids = ctx;

	(void)t;
	ids->v = vec_reserve(ids->v, ids->n, &ids->cap, sizeof *ids->v);
	ids->v[ids->n++] = row[0].i;
	return 0;
}

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct tally {
	double total, worst, rules;
	long in_return, findings;
};

static int
one_child(struct store *st, int64_t id, int end_year, struct tally *t)
{
	struct area a;
	struct cin_entries e = {0};
	double t0 = now_ms(), t1;
	int n;

	area_init(&a);
	if (store_load_area(st, id, &a) < 0) {
		area_free(&a);
		return -1;
	}
	t1 = now_ms();
	n = cin_rules_at_entry(&a, id, end_year, CAL_NONE, &e);
	t->rules += now_ms() - t1;
	t1 = now_ms() - t0;
	t->total += t1;
	t->worst = t1 > t->worst ? t1 : t->worst;
	t->in_return += e.in_return;
	t->findings += n > 0 ? n : 0;
	cin_entries_free(&e);
	area_free(&a);
	return 0;
}

int
cmd_census_entry_bench(const struct cli_args *a)
{
	const char *year = cli_value(a, "--year");
	struct cin_year y = cin_year_of(2026);
	struct ids ids = {0};
	struct tally t = {0};
	struct store *st;
	int rc = CLI_OK;

	if (year && !cin_year_parse(year, &y))
		return cli_fail(a, "--year: \"%s\" is not a census year (write it as 2025-26)", year);
	if (!(st = cli_open_store(a, 0)))
		return CLI_BAD;
	if (store_scan(st, records_table("children"), 0, add_id, &ids) < 0)
		rc = cli_fail(a, "%s", store_error(st));
	for (size_t i = 0; rc == CLI_OK && i < ids.n; i++)
		if (one_child(st, ids.v[i], y.end_year, &t) < 0)
			rc = cli_fail(a, "%s", store_error(st));
	if (rc == CLI_OK && ids.n) {
		printf("children %zu, %ld in the return, %ld findings\n", ids.n, t.in_return,
		    t.findings);
		printf("per child %.3f ms mean, %.3f ms worst, loading its records included\n",
		    t.total / (double)ids.n, t.worst);
		printf("rules alone %.4f ms mean\n", t.rules / (double)ids.n);
	} else if (rc == CLI_OK) {
		printf("the store has no children\n");
	}
	xfree(ids.v);
	store_close(st);
	return rc;
}
