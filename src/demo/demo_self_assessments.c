/*
 * demo_self_assessments.c: the agencies' Section 11 and the schools' Section 175
 * self-assessments of the demo area (issue 11, point 8), at the rates the seeds report.
 * Halton's partnership (seed 002) asks schools, colleges and nurseries for a full
 * Section 175 audit every two years: over 90% return it and over 90% judge they met or
 * exceeded the standards. The demo asks half the schools and early years settings each
 * academic year (September to August), and each other agency for its Section 11 every
 * second financial year (April to March), in turn; 92% return theirs within two months
 * of being asked. Most standards are met; one partly met or not met sets an action owned
 * by the agency itself, due three months on.
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

#define SA_COLS 24
#define SA_MAX_AGENCIES 512

struct sa_ctx {
	struct store *st;
	const struct rec_actor *who;
	struct rng r;
	cal_date start, end;
	int64_t agencies[SA_MAX_AGENCIES];
	char school[SA_MAX_AGENCIES];
	int n;
	struct rec_errors e;
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
write(struct sa_ctx *x, const struct table *t, struct field *row)
{
	rec_errors_clear(&x->e);
	return rec_write_as(x->st, x->who, t, row, NULL, REC_NO_CREATE_ENTRY, &x->e) < 0 ? -1 : 0;
}

static const char *
grade(struct sa_ctx *x)
{
	uint32_t p = rng_below(&x->r, 100);

	return p < 15 ? "exceeded" : p < 95 ? "met" : p < 99 ? "partly_met" : "not_met";
}

/* An action for a standard the agency did not fully meet, owned by the agency. */
static int
action(struct sa_ctx *x, int64_t sa, int64_t agency, int standard, cal_date set)
{
	const struct table *t = records_table("actions");
	cal_date due = cal_add_months(set, 3);
	int done = due + 10 <= x->end && rng_chance(&x->r, 0.8);
	struct field row[SA_COLS];
	char d[3][11], what[120];

	memset(row, 0, sizeof row);
	snprintf(what, sizeof what, "Meet standard %d in full: a plan agreed by the agency's "
	    "safeguarding lead", standard);
	put(t, row, "self_assessment_id", sa, NULL);
	put(t, row, "action", 0, what);
	put(t, row, "owner_agency_id", agency, NULL);
	put_date(t, row, "set_date", set, d[0]);
	put_date(t, row, "due_date", due, d[1]);
	put(t, row, "status", 0, done ? "completed" : "open");
	if (done)
		put_date(t, row, "completed_date", cal_add_days(due, rng_range(&x->r, -40, 10)),
		    d[2]);
	return write(x, t, row);
}

/* The grades of a return: each standard's, and the overall grade (not met or partly met
 * standards pull it down). Writes the record, then its actions. */
static int
graded(struct sa_ctx *x, const struct table *t, struct field *row, int64_t agency,
    cal_date back)
{
	static const char *const cols[] = {"standard_1", "standard_2", "standard_3",
	    "standard_4", "standard_5", "standard_6", "standard_7", "standard_8"};
	const char *g[8];
	int weak = 0, missed = 0, best = 0;

	for (int s = 0; s < 8; s++) {
		g[s] = grade(x);
		put(t, row, cols[s], 0, g[s]);
		weak += strcmp(g[s], "partly_met") == 0;
		missed += strcmp(g[s], "not_met") == 0;
		best += strcmp(g[s], "exceeded") == 0;
	}
	put(t, row, "overall_grade", 0, missed ? "partly_met" : weak > 1 ? "partly_met" :
	    best > 2 ? "exceeded" : "met");
	if (write(x, t, row) < 0)
		return -1;
	for (int s = 0; s < 8; s++)
		if (strcmp(g[s], "partly_met") == 0 || strcmp(g[s], "not_met") == 0)
			if (action(x, row[0].i, agency, s + 1, back) < 0)
				return -1;
	return 0;
}

/* One self-assessment of agency k for the period from..to, asked for a month after. */
static int
one(struct sa_ctx *x, int k, cal_date from, cal_date to)
{
	const struct table *t = records_table("self_assessments");
	cal_date asked = cal_add_days(to, rng_range(&x->r, 14, 45));
	cal_date back = cal_add_days(asked, rng_range(&x->r, 10, 60));
	struct field row[SA_COLS];
	char d[4][11];

	if (asked > x->end)
		return 0;
	memset(row, 0, sizeof row);
	put(t, row, "agency_id", x->agencies[k], NULL);
	put(t, row, "kind", 0, x->school[k] ? "section_175" : "section_11");
	put_date(t, row, "period_from", from, d[0]);
	put_date(t, row, "period_to", to, d[1]);
	put_date(t, row, "requested_date", asked, d[2]);
	if (back > x->end || !rng_chance(&x->r, 0.92))
		return write(x, t, row);
	put_date(t, row, "returned_date", back, d[3]);
	put(t, row, "summary", 0, x->school[k] ? "Safeguarding culture strong; training "
	    "records to bring up to date" : "Clear lead and policies; supervision of front-line "
	    "staff to strengthen");
	return graded(x, t, row, x->agencies[k], back);
}

static int
agency(void *ctx, const struct table *t, const struct field *row)
{
	struct sa_ctx *x = ctx;
	const char *kind = row[records_col_index(t, "kind")].s;

	if (x->n >= SA_MAX_AGENCIES)
		return 0;
	x->school[x->n] = kind && (strcmp(kind, "school") == 0 || strcmp(kind, "early_years") ==
	    0);
	x->agencies[x->n++] = row[0].i;
	return 0;
}

/* Each year whose period ended in the demo's span: half the agencies, in turn. */
static int
years(struct sa_ctx *x)
{
	int y0 = cal_year(x->start), y1 = cal_year(x->end);

	for (int y = y0 - 1; y <= y1; y++)
		for (int k = 0; k < x->n; k++) {
			cal_date from = x->school[k] ? cal_from_ymd(y, 9, 1) : cal_from_ymd(y, 4, 1);
			cal_date to = cal_add_days(cal_add_months(from, 12), -1);
			if ((k + y) % 2 || to < x->start || to > x->end)
				continue;
			if (one(x, k, from, to) < 0)
				return -1;
		}
	return 0;
}

int
demo_self_assessments(struct store *st, const struct demo_opts *o,
    const struct rec_actor *who, char *err, size_t errsize)
{
	static struct sa_ctx x;

	memset(&x, 0, sizeof x);
	x.st = st;
	x.who = who;
	x.r = rng_stream(o->seed, 0x5a11, 0);
	x.start = cal_add_months(o->end, -12 * o->years);
	x.end = o->end;
	if (store_scan(st, records_table("agencies"), 0, agency, &x) < 0 || store_begin(st) < 0) {
		snprintf(err, errsize, "cannot make the demo's self-assessments: %s",
		    store_error(st));
		return -1;
	}
	if (years(&x) < 0) {
		snprintf(err, errsize, "cannot make the demo's self-assessments: %s",
		    x.e.n ? x.e.v[0].message : store_error(st));
		store_rollback(st);
		return -1;
	}
	return store_commit(st);
}
