/*
 * demo_audits.c: the partnership's multi-agency case audits in the demo area (issue 11,
 * point 4), at the rates the seeds report: Halton's partnership (seed 002) aimed at three
 * audits a year of ten cases each, on themes such as emotional harm, harm outside the
 * home and neglect, and managed fewer; agencies returned their chronology on under 60% of
 * the cases in two of three audits; single-agency grades were consistently higher than
 * the multi-agency ones; and the actions did not always get done. The demo audits three
 * themes a year of six to ten cases each (children referred in the six months audited),
 * asks four or five agencies for a return on each case, and sets each audit three to six
 * actions owned by one of those agencies; the demo's partner login's agency is always
 * among them, so that its page has something to show.
 *
 * The records are written through the record layer after the area, without an audit
 * entry of their own, like the rest of the demo, from a random stream of their own.
 */
#include "demo/demo.h"
#include "demo/demo_int.h"

#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "base/str.h"
#include "records/rec.h"
#include "store/store.h"
#include "store/store_users.h"

#define AUDIT_DEMO_COLS 12

struct audit_ctx {
	struct store *st;
	const struct rec_actor *who;
	struct rng r;
	cal_date end;
	int64_t agencies[64], partner;
	int n_agencies;
	struct { int64_t child; cal_date received; } *refs;
	size_t n_refs, cap_refs;
	struct rec_errors e;
};

static const char *const themes[] = {
	"Emotional harm", "Harm outside the home", "Neglect", "Was not brought",
	"The child's lived experience", "Domestic abuse", "Repeat child protection plans",
};
/* Agencies grade their own work higher than the audit does (seed 002, paragraph 42). */
static const struct d_weight agency_grades[] = {
	{"outstanding", 10}, {"good", 52}, {"requires_improvement", 30}, {"inadequate", 8},
};
static const struct d_weight multi_grades[] = {
	{"outstanding", 3}, {"good", 35}, {"requires_improvement", 45}, {"inadequate", 17},
};
static const char *const action_texts[] = {
	"Brief every team on the learning of the audit",
	"Add the child's voice and lived experience to the audit tool",
	"Refresh the escalation training for frontline staff",
	"Check chronologies are shared before the case discussion",
	"Review the use of the terms emotional harm, emotional abuse and neglect",
	"Audit the agency's own records of the cases again in six months",
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
write(struct audit_ctx *x, const struct table *t, struct field *row)
{
	rec_errors_clear(&x->e);
	return rec_write_as(x->st, x->who, t, row, NULL, REC_NO_CREATE_ENTRY, &x->e) < 0 ? -1 : 0;
}

static cal_date
working(cal_date d)
{
	while (!cal_is_working_day(d))
		d = cal_add_days(d, 1);
	return d;
}

/* An agency's return on a case: asked for when the audit starts, mostly received. */
static int
one_return(struct audit_ctx *x, int64_t case_id, int64_t agency, cal_date start)
{
	const struct table *t = records_table("audit_contributions");
	cal_date got = cal_add_working_days(start, rng_range(&x->r, 5, 25));
	struct field row[AUDIT_DEMO_COLS];
	char d[2][11];

	memset(row, 0, sizeof row);
	put(t, row, "audit_case_id", case_id, NULL);
	put(t, row, "agency_id", agency, NULL);
	put_date(t, row, "requested_date", start, d[0]);
	if (got <= x->end && rng_chance(&x->r, 0.7)) {
		put_date(t, row, "chronology_date", got, d[1]);
		put(t, row, "grade", 0, rng_code(&x->r, agency_grades, D_N(agency_grades)));
		put(t, row, "findings", 0, "Chronology and the agency's summary of its involvement");
	}
	return write(x, t, row);
}

/* The agencies asked on a case: the partner login's, and three or four others. */
static int
one_case(struct audit_ctx *x, int64_t audit, int64_t child, cal_date start, int64_t *asked,
    int nasked)
{
	const struct table *t = records_table("audit_cases");
	cal_date graded = cal_add_working_days(start, rng_range(&x->r, 30, 45));
	struct field row[AUDIT_DEMO_COLS];
	char d[11];

	memset(row, 0, sizeof row);
	put(t, row, "audit_id", audit, NULL);
	put(t, row, "case_child_id", child, NULL);
	if (graded <= x->end) {
		put(t, row, "grade", 0, rng_code(&x->r, multi_grades, D_N(multi_grades)));
		put_date(t, row, "graded_date", graded, d);
	}
	if (write(x, t, row) < 0)
		return -1;
	for (int i = 0; i < nasked; i++)
		if (one_return(x, row[0].i, asked[i], start) < 0)
			return -1;
	return 0;
}

/* An action set when the audit reports, due three months on; most are done, most on time. */
static int
one_action(struct audit_ctx *x, int64_t audit, int64_t agency, cal_date set)
{
	const struct table *t = records_table("actions");
	cal_date due = working(cal_add_months(set, 3));
	cal_date done = rng_chance(&x->r, 0.75) ? cal_add_working_days(due,
	    -rng_range(&x->r, 1, 40)) : cal_add_working_days(due, rng_range(&x->r, 1, 30));
	int finished = rng_chance(&x->r, 0.8) && done <= x->end && done >= set;
	struct field row[AUDIT_DEMO_COLS];
	char d[3][11];

	memset(row, 0, sizeof row);
	put(t, row, "audit_id", audit, NULL);
	put(t, row, "action", 0, action_texts[rng_below(&x->r, D_N(action_texts))]);
	put(t, row, "owner_agency_id", agency, NULL);
	put_date(t, row, "set_date", set, d[0]);
	put_date(t, row, "due_date", due, d[1]);
	put(t, row, "status", 0, finished ? "completed" : due < x->end ? "in_progress" : "open");
	if (finished) {
		put_date(t, row, "completed_date", done, d[2]);
		put(t, row, "evidence", 0, "Briefing circulated; the assurance form returned");
	}
	return write(x, t, row);
}

/* The children referred in [from, to], up to n of them (at random), into out. */
static int
sample(struct audit_ctx *x, cal_date from, cal_date to, int64_t *out, int n)
{
	int got = 0;

	for (int tries = 0; got < n && x->n_refs && tries < 400; tries++) {
		size_t i = rng_below(&x->r, (uint32_t)x->n_refs);
		int dup = 0;
		if (x->refs[i].received < from || x->refs[i].received > to)
			continue;
		for (int k = 0; k < got; k++)
			dup |= out[k] == x->refs[i].child;
		if (!dup)
			out[got++] = x->refs[i].child;
	}
	return got;
}

static void
asked_agencies(struct audit_ctx *x, int64_t *asked, int *n)
{
	int want = rng_range(&x->r, 3, 4);

	*n = 0;
	if (x->partner)
		asked[(*n)++] = x->partner;
	for (int tries = 0; *n < want + 1 && tries < 50; tries++) {
		int64_t a = x->agencies[rng_below(&x->r, (uint32_t)x->n_agencies)];
		int dup = 0;
		for (int k = 0; k < *n; k++)
			dup |= asked[k] == a;
		if (!dup)
			asked[(*n)++] = a;
	}
}

static int
one_audit(struct audit_ctx *x, cal_date start, int k)
{
	const struct table *t = records_table("case_audits");
	cal_date from = cal_add_months(start, -7), to = cal_add_days(cal_add_months(start, -1),
	    -1), done = cal_add_working_days(start, 60);
	struct field row[AUDIT_DEMO_COLS];
	int64_t children[10], asked[8];
	int nchildren = sample(x, from, to, children, rng_range(&x->r, 6, 10)), nasked;
	char d[4][11];

	memset(row, 0, sizeof row);
	put(t, row, "theme", 0, themes[k % D_N(themes)]);
	put_date(t, row, "period_from", from, d[0]);
	put_date(t, row, "period_to", to, d[1]);
	put_date(t, row, "started_date", start, d[2]);
	put(t, row, "status", 0, done <= x->end ? "completed" : "in_progress");
	if (done <= x->end) {
		put_date(t, row, "completed_date", done, d[3]);
		put(t, row, "learning", 0, "Agencies' grades higher than the multi-agency ones; the "
		    "child's lived experience not always evident; escalation not always used");
	}
	if (write(x, t, row) < 0)
		return -1;
	asked_agencies(x, asked, &nasked);
	for (int i = 0; i < nchildren; i++)
		if (one_case(x, row[0].i, children[i], start, asked, nasked) < 0)
			return -1;
	for (int i = rng_range(&x->r, 3, 6); done <= x->end && i > 0; i--)
		if (one_action(x, row[0].i, asked[rng_below(&x->r, (uint32_t)nasked)], done) < 0)
			return -1;
	return 0;
}

static int
agency(void *ctx, const struct table *t, const struct field *row)
{
	struct audit_ctx *x = ctx;

	(void)t;
	if (x->n_agencies < (int)(sizeof x->agencies / sizeof x->agencies[0]))
		x->agencies[x->n_agencies++] = row[0].i;
	return 0;
}

static int
referral(void *ctx, const struct table *t, const struct field *row)
{
	struct audit_ctx *x = ctx;
	int c = records_col_index(t, "child_id"), d = records_col_index(t, "received_date");
	cal_date got;

	if (!row[d].present || !cal_parse(row[d].s, &got))
		return 0;
	VEC_GROW(x->refs, x->n_refs, x->cap_refs);
	x->refs[x->n_refs].child = row[c].i;
	x->refs[x->n_refs++].received = got;
	return 0;
}

static int
partner(void *ctx, const struct store_user *u)
{
	struct audit_ctx *x = ctx;

	if (u->active && u->agency_id && !x->partner)
		x->partner = u->agency_id;
	return 0;
}

static int
audits(struct audit_ctx *x, cal_date first)
{
	int k = 0;

	/* three a year, starting in January, May and September */
	for (cal_date m = first; m <= x->end; m = cal_add_months(m, 4), k++)
		if (one_audit(x, working(m), k) < 0)
			return -1;
	return 0;
}

int
demo_audits(struct store *st, const struct demo_opts *o, const struct rec_actor *who,
    char *err, size_t errsize)
{
	struct audit_ctx x;
	int y, m, d, rc;

	memset(&x, 0, sizeof x);
	x.st = st;
	x.who = who;
	x.r = rng_stream(o->seed, 0xa0d17, 0);
	x.end = o->end;
	cal_to_ymd(cal_add_months(o->end, -12 * o->years), &y, &m, &d);
	if (store_scan(st, records_table("agencies"), 0, agency, &x) < 0 ||
	    store_scan(st, records_table("referrals"), 0, referral, &x) < 0 ||
	    store_user_each(st, "partner", partner, &x) < 0 || store_begin(st) < 0) {
		xfree(x.refs);
		snprintf(err, errsize, "cannot make the demo's case audits: %s", store_error(st));
		return -1;
	}
	rc = x.n_agencies ? audits(&x, cal_from_ymd(y + 1, 1, 15)) : 0;
	xfree(x.refs);
	if (rc < 0) {
		snprintf(err, errsize, "cannot make the demo's case audits: %s",
		    x.e.n ? x.e.v[0].message : store_error(st));
		store_rollback(st);
		return -1;
	}
	return store_commit(st);
}
