/*
 * cmd_demo.c: 'safeguard demo' fills a new store with the synthetic demo area, and
 * 'safeguard summary' counts what a store holds.
 *
 * The demo only ever writes into a store with nothing in it: a store holding records is
 * refused, untouched. When the store is created by this command, it is filled
 * without syncs (store_bulk_begin), and a failure removes it again; a demo killed
 * half way is rolled back the next time the store is opened, leaving it empty. An
 * existing empty store is filled in one ordinary transaction.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "base/str.h"
#include "cli/commands.h"
#include "cli/demo_logins.h"
#include "cli/today.h"
#include "demo/demo.h"
#include "records/rec.h"
#include "records/records.h"
#include "store/store.h"
#include "timescales/ts.h"

static int
whole(const struct cli_args *a, const char *name, long lo, long hi, const char *what,
    long *out)
{
	const char *text = cli_value(a, name);
	int64_t v;

	if (!text)
		return 1;
	if (!str_to_i64(text, &v) || v < lo || v > hi) {
		cli_fail(a, "%s: \"%s\" is not %s (use a whole number from %ld to %ld)", name, text,
		    what, lo, hi);
		return 0;
	}
	*out = (long)v;
	return 1;
}

/* Reads the options into o; prints why not and returns 0 when one is wrong. */
static int
read_opts(const struct cli_args *a, struct demo_opts *o)
{
	const char *scale = cli_value(a, "--scale"), *seed = cli_value(a, "--seed");
	const char *end = cli_value(a, "--end");
	long years = o->years;
	int64_t s;

	if (!whole(a, "--children", 1000, 20000000, "a number of children", &o->population) ||
	    !whole(a, "--years", 1, 30, "a number of years", &years))
		return 0;
	o->years = (int)years;
	if (seed && (!str_to_i64(seed, &s) || s < 0)) {
		cli_fail(a, "--seed: \"%s\" is not a seed (use a whole number, 0 or more)", seed);
		return 0;
	}
	if (seed)
		o->seed = (uint64_t)s;
	if (end && !cli_date(a, "--end", end, &o->end))
		return 0;
	if (o->end < cal_from_ymd(2000, 1, 1) || o->end > cal_from_ymd(2090, 12, 31)) {
		cli_fail(a, "--end: the demo's history must end between 2000-01-01 and 2090-12-31");
		return 0;
	}
	if (scale && strcmp(scale, "england") != 0) {
		cli_fail(a, "--scale: \"%s\" is not a scale (use --scale england)", scale);
		return 0;
	}
	if (scale && (cli_value(a, "--children") || cli_value(a, "--years"))) {
		cli_fail(a, "--scale england sets its own population and keeps one census year; "
		    "leave out --children and --years");
		return 0;
	}
	if (scale) {
		o->england = 1;
		o->population = DEMO_ENGLAND_POPULATION;
	}
	return 1;
}

static int
holds_records(struct store *st)
{
	return !store_is_empty(st) || store_count(st, records_table("settings")) != 0;
}

static double
seconds(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void
report(const struct cli_args *a, const struct demo_opts *o, const struct demo_result *r,
    double took)
{
	char from[11], to[11];

	cal_format(r->window_start, from);
	cal_format(r->window_end, to);
	printf("created the demo area in %s (%s, child population %ld, seed %llu)\n", a->db,
	    o->england ? "England, one census year" : "one local authority", o->population,
	    (unsigned long long)o->seed);
	printf("  kept: children with records from %s to %s\n", from, to);
	printf("  children %lld, referrals %lld, conferences %lld, child protection plans %lld\n",
	    r->children, r->referrals, r->conferences, r->plans);
	printf("  %lld records written in %.2f s\n", r->rows, took);
}

/* What the hospital's demo login can try: the child the demo looked up. */
static void
lookup_hint(const struct demo_lookup_try *lk)
{
	char born[20];

	ts_human_date(lk->birth, born);
	printf("As the hospital lookup, try NHS number %.3s %.3s %.4s with the date of birth %s "
	    "(a child %s); the demo looked them up this morning, and %s has it to acknowledge.\n",
	    lk->nhs_number, lk->nhs_number + 3, lk->nhs_number + 6, born + 4,
	    lk->on_plan ? "on a child protection plan" : "looked after", lk->ours ?
	    "the social worker above" : "the child's social worker");
}

/*
 * The records around the pathway, after the area's families and cases. The generators
 * that read the pathway's records read them from one load of the area, made after the
 * restrictions and the school terms they need are written: each of them writes records
 * the others do not read.
 */
static int
around_the_pathway(struct store *st, const struct demo_opts *o, const struct demo_result *r,
    const struct rec_actor *who, struct demo_lookup_try *lk, char *err, size_t errsize)
{
	struct area ar;
	int rc = demo_restrict(st, o->end, who, err, errsize);

	area_init(&ar);
	if (rc == 0)
		rc = demo_school_terms(st, o->end, who, err, errsize);
	if (rc == 0 && store_load_area(st, 0, &ar) < 0) {
		snprintf(err, errsize, "cannot read the demo area back: %s", store_error(st));
		rc = -1;
	}
	if (rc == 0)
		rc = demo_lookup(st, &ar, o->end, who, lk, err, errsize);
	if (rc == 0)	/* escalations (issue 11) */
		rc = demo_escalations(st, &ar, r->window_start, o->end, o->population, o->seed, who,
		    err, errsize);
	if (rc == 0)	/* the LADO (issue 11, point 2) */
		rc = demo_lado(st, o, who, err, errsize);
	if (rc == 0)	/* Operation Encompass */
		rc = demo_encompass(st, &ar, o->end, who, err, errsize);
	if (rc == 0)	/* missing episodes */
		rc = demo_missing(st, &ar, o->end, who, err, errsize);
	if (rc == 0)	/* children placed in the area by other authorities */
		rc = demo_placed(st, o->end, o->population, o->seed, who, err, errsize);
	if (rc == 0)	/* child deaths (issue 11, point 6) */
		rc = demo_deaths(st, o, who, err, errsize);
	if (rc == 0)	/* training (issue 11, point 5) */
		rc = demo_training(st, o, who, err, errsize);
	if (rc == 0)	/* multi-agency case audits (issue 11, point 4) */
		rc = demo_audits(st, o, who, err, errsize);
	if (rc == 0)	/* rapid reviews and practice reviews (issue 11, point 8) */
		rc = demo_reviews(st, o, who, err, errsize);
	if (rc == 0)	/* Section 11 and 175 self-assessments (issue 11, point 8) */
		rc = demo_self_assessments(st, o, who, err, errsize);
	area_free(&ar);
	return rc;
}

int
cmd_demo(const struct cli_args *a)
{
	struct demo_opts o;
	struct demo_result r;
	char err[1024];
	int existed = store_exists(a->db), rc;
	struct store *st;
	double t0;
	cal_date today;
	struct demo_lookup_try lk = {0};

	/* Today as every command takes it ($SAFEGUARD_TODAY too), so that a demo and the
	 * worklist of the same morning end on the same day. */
	if (!cli_today(a, &today))
		return CLI_BAD;
	demo_defaults(&o, today);
	if (!read_opts(a, &o))
		return CLI_BAD;
	if (!(st = cli_open_store(a, 1)))
		return CLI_BAD;
	if (holds_records(st)) {
		store_close(st);
		return cli_fail(a, "%s already holds records; the demo fills only a new or empty "
		    "store (name a new one with --db FILE)", a->db);
	}
	t0 = seconds();
	rc = demo_generate(st, &o, !existed, &r, err, sizeof err);
	if (rc == 0 && !o.england) {
		struct rec_actor who;
		cli_actor(a, &who);
		rc = around_the_pathway(st, &o, &r, &who, &lk, err, sizeof err);
	}
	if (rc == 0) {
		report(a, &o, &r, seconds() - t0);
		rc = cli_demo_logins(a, st) < 0 ? 1 : 0;
	}
	if (rc == 0 && lk.found)
		lookup_hint(&lk);
	store_close(st);
	if (rc == 1)
		return CLI_BAD;
	if (rc < 0) {
		if (!existed)
			store_remove(a->db);
		return cli_fail(a, "%s%s", err, existed ? "; the store is unchanged" : "");
	}
	return CLI_OK;
}

int
cmd_summary(const struct cli_args *a)
{
	struct store *st = cli_open_store(a, 0);
	int n;
	const struct table *t = records_tables(&n);

	if (!st)
		return CLI_BAD;
	printf("%s holds:\n", a->db);
	for (int i = 0; i < n; i++) {
		int64_t c = store_count(st, &t[i]);
		if (c < 0) {
			cli_fail(a, "%s", store_error(st));
			store_close(st);
			return CLI_BAD;
		}
		printf("  %-24s %10lld\n", t[i].name, (long long)c);
	}
	store_close(st);
	return CLI_OK;
}
