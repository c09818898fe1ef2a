/*
 * demo_reviews.c: the serious incidents, rapid reviews and child safeguarding practice
 * reviews of the demo area (issue 11, point 8), at the rate the seeds report: Halton's
 * partnership (seed 002, about 27,000 children) held two rapid reviews in 2021-22, both
 * leading to practice reviews, the first cases in several years to meet the criteria;
 * the demo has one incident a year for every 30,000 children, half of them going on to a
 * practice review, published some months later (or not yet, while a police investigation
 * goes on), each with an action plan of three actions owned by agencies. Most
 * notifications to the national panel and most rapid reviews are in time.
 *
 * Written through the record layer after the area, without an audit entry of their own,
 * from a random stream of their own.
 */
#include "demo/demo.h"
#include "demo/demo_int.h"

#include <stdio.h>
#include <string.h>

#include "records/rec.h"
#include "store/store.h"

#define REVIEW_RATE (1.0 / 30000.0)	/* incidents a child a year */
#define REVIEW_COLS 16

struct review_ctx {
	struct store *st;
	const struct rec_actor *who;
	struct rng r;
	cal_date start, end;
	int64_t agencies[64];
	int n_agencies;
	struct rec_errors e;
};

static const char *const summaries[] = {
	"A baby admitted to hospital with a serious head injury",
	"A young child who died at home; neglect suspected",
	"A teenager seriously harmed outside the home",
	"A disabled child with injuries not explained",
};

static void
put(const struct table *t, struct field *row, const char *col, int64_t i, const char *s)
{
	row[records_col_index(t, col)] = (struct field){1, i, s};
}

static void
put_date(const struct table *t, struct field *row, const char *col, cal_date d, char *buf)
{
	cal_format(d, buf);
	put(t, row, col, 0, buf);
}

static int
write(struct review_ctx *x, const struct table *t, struct field *row)
{
	rec_errors_clear(&x->e);
	return rec_write_as(x->st, x->who, t, row, NULL, REC_NO_CREATE_ENTRY, &x->e) < 0 ? -1 : 0;
}

static int
plan(struct review_ctx *x, int64_t review, cal_date set)
{
	static const char *const what[] = {
		"Share the seven-minute briefing with every team",
		"Refer acute life-threatening events in babies to the police and children's social "
		"care",
		"Train staff on babies' crying and coping, fathers included",
	};
	const struct table *t = records_table("actions");

	for (int i = 0; i < 3 && x->n_agencies; i++) {
		cal_date due = cal_add_months(set, 3 + 2 * i);
		int done = due + 10 <= x->end && rng_chance(&x->r, 0.8);
		struct field row[REVIEW_COLS];
		char d[3][11];
		memset(row, 0, sizeof row);
		put(t, row, "review_id", review, NULL);
		put(t, row, "action", 0, what[i]);
		put(t, row, "owner_agency_id", x->agencies[rng_below(&x->r,
		    (uint32_t)x->n_agencies)], NULL);
		put_date(t, row, "set_date", set, d[0]);
		put_date(t, row, "due_date", due, d[1]);
		put(t, row, "status", 0, done ? "completed" : "open");
		if (done)
			put_date(t, row, "completed_date", cal_add_days(due, rng_range(&x->r, -30,
			    10)), d[2]);
		if (write(x, t, row) < 0)
			return -1;
	}
	return 0;
}

/* What a decision for a practice review adds: its start and, later, its publication. */
static void
cspr(struct review_ctx *x, const struct table *t, struct field *row, cal_date decided,
    char d[3][11], cal_date *set)
{
	cal_date started = cal_add_working_days(decided, rng_range(&x->r, 15, 30));
	cal_date out = cal_add_months(started, rng_range(&x->r, 6, 9));

	put(t, row, "decision", 0, "cspr");
	if (started > x->end)
		return;
	put_date(t, row, "cspr_started_date", started, d[0]);
	*set = started;
	if (out <= x->end && rng_chance(&x->r, 0.75)) {
		put_date(t, row, "cspr_published_date", out, d[1]);
		put(t, row, "findings", 0, "Consider the parents' understanding of the child's "
		    "diagnosis; signs of abuse masked by a disability; respectful scepticism");
		*set = out;
	}
}

static int
one(struct review_ctx *x)
{
	const struct table *t = records_table("practice_reviews");
	cal_date incident = cal_add_days(x->start, (int)rng_below(&x->r,
	    (uint32_t)(x->end - x->start + 1)));
	cal_date aware = cal_add_working_days(incident, rng_range(&x->r, 0, 2));
	cal_date told = cal_add_working_days(aware, rng_chance(&x->r, 0.85) ? rng_range(&x->r,
	    1, 5) : rng_range(&x->r, 6, 9));
	cal_date rapid = cal_add_working_days(aware, rng_chance(&x->r, 0.8) ? rng_range(&x->r,
	    10, 15) : rng_range(&x->r, 16, 22));
	cal_date set = CAL_NONE;
	struct field row[REVIEW_COLS];
	char d[5][11], c[3][11];

	memset(row, 0, sizeof row);
	put(t, row, "summary", 0, summaries[rng_below(&x->r, D_N(summaries))]);
	put_date(t, row, "incident_date", incident, d[0]);
	put_date(t, row, "aware_date", aware, d[1]);
	if (told <= x->end)
		put_date(t, row, "notified_date", told, d[2]);
	if (rapid <= x->end) {
		put_date(t, row, "rapid_review_date", rapid, d[3]);
		put_date(t, row, "decision_date", rapid, d[4]);
		if (rng_chance(&x->r, 0.5))
			cspr(x, t, row, rapid, c, &set);
		else
			put(t, row, "decision", 0, "no_cspr");
	}
	if (write(x, t, row) < 0)
		return -1;
	return set != CAL_NONE ? plan(x, row[0].i, set) : 0;
}

static int
agency(void *ctx, const struct table *t, const struct field *row)
{
	struct review_ctx *x = ctx;

	(void)t;
	if (x->n_agencies < (int)(sizeof x->agencies / sizeof x->agencies[0]))
		x->agencies[x->n_agencies++] = row[0].i;
	return 0;
}

int
demo_reviews(struct store *st, const struct demo_opts *o, const struct rec_actor *who,
    char *err, size_t errsize)
{
	struct review_ctx x = {st, who, rng_stream(o->seed, 0x5e1, 0), cal_add_months(o->end,
	    -12 * o->years), o->end, {0}, 0, {0}};
	long n = (long)((double)o->population * REVIEW_RATE * (double)(x.end - x.start + 1) /
	    365.25 + 0.5);

	if (store_scan(st, records_table("agencies"), 0, agency, &x) < 0 || store_begin(st) < 0) {
		snprintf(err, errsize, "cannot make the demo's practice reviews: %s",
		    store_error(st));
		return -1;
	}
	for (long i = 0; i < n; i++)
		if (one(&x) < 0) {
			snprintf(err, errsize, "cannot make the demo's practice reviews: %s",
			    x.e.n ? x.e.v[0].message : store_error(st));
			store_rollback(st);
			return -1;
		}
	return store_commit(st);
}
