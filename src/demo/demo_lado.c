/*
 * demo_lado.c: the LADO's cases in the demo area (issue 11, point 2; domain.md 3.2), at
 * the rates the seeds report: Warrington's board (seed 004) had 118 queries to the LADO in
 * a year, 71 of which became referrals, 10 of those (14%) referred for barring, in an area
 * of about 46,000 children: 0.00257 cases a child a year. The resolution times follow the
 * KCSIE targets as areas report meeting them (most within a month, nearly all within a
 * year), the outcomes a spread with substantiated, unsubstantiated and unfounded the most
 * common. Each case is received on a working day of the kept history and first
 * considered the same or the next working day, now and then later, so that the figures
 * and the LADO's worklist have something to say; a case still open at the end is the
 * LADO's work that morning.
 *
 * The cases are records (records.c lado_cases, lado_meetings), checked and written through
 * the record layer after the area, without an audit entry of their own, like the rest of
 * the demo. They draw from a random stream of their own, so the area is unchanged.
 */
#include "demo/demo_int.h"

#include <stdio.h>
#include <string.h>

#include "records/rec.h"
#include "store/store.h"
#include "store/store_users.h"

#define LADO_RATE 0.00257	/* cases a child a year (seed 004: 118 in ~46,000) */
#define REFERRAL_SHARE (71.0 / 118.0)

struct lado_ctx {
	struct store *st;
	const struct rec_actor *who;
	struct rng r;
	cal_date start, end;
	int64_t agencies[64], officer;
	int n_agencies;
	struct rec_errors e;
};

static const struct d_weight sectors[] = {
	{"education", 45}, {"early_years", 10}, {"social_care", 6}, {"foster_care", 8},
	{"residential", 5}, {"health", 8}, {"sport", 6}, {"faith", 4}, {"transport", 3},
	{"voluntary", 3}, {"police", 2},
};
static const struct d_weight categories[] = {
	{"physical", 50}, {"sexual", 20}, {"emotional", 20}, {"neglect", 10},
};
static const struct d_weight outcomes[] = {
	{"substantiated", 30}, {"unsubstantiated", 33}, {"unfounded", 17}, {"false", 15},
	{"malicious", 5},
};
/* Days from receipt to resolution: about 75% within a month, 90% within three, nearly
 * all within a year. */
static const struct d_band resolve_days[] = {
	{40, 3, 14}, {35, 15, 30}, {15, 31, 91}, {8, 92, 365}, {2, 366, 500},
};

/* The role of an employee of the sector. */
static const char *
role_in(struct rng *r, const char *sector)
{
	static const struct d_weight school[] = {
		{"teacher", 55}, {"teaching_assistant", 25}, {"support_staff", 15}, {"coach", 5},
	};
	static const struct {
		const char *sector, *role;
	} roles[] = {
		{"early_years", "nursery_worker"}, {"social_care", "social_worker"},
		{"foster_care", "foster_carer"}, {"residential", "residential_worker"},
		{"health", "health_worker"}, {"sport", "coach"}, {"faith", "faith_leader"},
		{"transport", "driver"}, {"voluntary", "volunteer"}, {"police", "police_officer"},
	};

	if (strcmp(sector, "education") == 0)
		return rng_code(r, school, D_N(school));
	for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
		if (strcmp(roles[i].sector, sector) == 0)
			return roles[i].role;
	return "other";
}

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
write(struct lado_ctx *x, const struct table *t, struct field *row)
{
	rec_errors_clear(&x->e);
	return rec_write_as(x->st, x->who, t, row, NULL, REC_NO_CREATE_ENTRY, &x->e) < 0 ? -1 : 0;
}

/* What a referral adds: its involvement, outcome, any barring referral, its meetings. */
static int
referral(struct lado_ctx *x, const struct table *t, struct field *row, cal_date received,
    char dates[3][11])
{
	const struct table *mt = records_table("lado_meetings");
	cal_date resolved = cal_add_days(received, rng_band(&x->r, resolve_days,
	    D_N(resolve_days))), strategy = cal_add_working_days(received, rng_range(&x->r, 1, 5));
	const char *outcome = rng_code(&x->r, outcomes, D_N(outcomes));
	int held = rng_chance(&x->r, 0.6);
	struct field m[4];
	char day[11];

	put(t, row, "thresholds", 0, rng_chance(&x->r, 0.4) ? "harmed offence" : "harmed");
	put(t, row, "police_involved", rng_chance(&x->r, 0.3), NULL);
	put(t, row, "csc_involved", rng_chance(&x->r, 0.4), NULL);
	put(t, row, "suspended", rng_chance(&x->r, 0.15), NULL);
	if (resolved <= x->end) {
		put(t, row, "outcome", 0, outcome);
		put_date(t, row, "resolved_date", resolved, dates[1]);
		/* seed 004: 10 of 71 referrals went for barring, nearly half the substantiated */
		if (strcmp(outcome, "substantiated") == 0 && rng_chance(&x->r, 0.47) &&
		    cal_add_days(resolved, 7) <= x->end) {
			put(t, row, "referred_to", 0, strcmp(row[records_col_index(t,
			    "employee_role")].s, "teacher") == 0 ? "dbs tra" : "dbs");
			put_date(t, row, "referred_date", cal_add_days(resolved, 7), dates[2]);
		}
	}
	if (write(x, t, row) < 0)
		return -1;
	if (!held || strategy > x->end)
		return 0;
	memset(m, 0, sizeof m);
	put(mt, m, "lado_case_id", row[0].i, NULL);
	put(mt, m, "kind", 0, "strategy");
	put_date(mt, m, "held_date", strategy, day);
	return write(x, mt, m);
}

static int
one_case(struct lado_ctx *x)
{
	const struct table *t = records_table("lado_cases");
	cal_date received = cal_add_days(x->start, (int)rng_below(&x->r,
	    (uint32_t)(x->end - x->start + 1))), considered;
	const char *sector = rng_code(&x->r, sectors, D_N(sectors));
	struct field row[32];
	char dates[3][11], got[11];
	int is_ref = rng_chance(&x->r, REFERRAL_SHARE);

	while (!cal_is_working_day(received))
		received = cal_add_days(received, -1);
	if (received < x->start)
		received = cal_add_working_days(x->start, 1);
	considered = cal_add_working_days(received, rng_chance(&x->r, 0.9) ? rng_range(&x->r,
	    0, 1) : rng_range(&x->r, 2, 4));
	memset(row, 0, sizeof row);
	put(t, row, "kind", 0, is_ref ? "referral" : "query");
	put_date(t, row, "received_date", received, got);
	put(t, row, "referrer_agency_id", x->agencies[rng_below(&x->r, (uint32_t)x->n_agencies)],
	    NULL);
	put(t, row, "employee_given_name", 0, d_name_given(&x->r, rng_chance(&x->r, 0.6) ?
	    'F' : 'M'));
	put(t, row, "employee_family_name", 0, d_name_family(&x->r));
	put(t, row, "sector", 0, sector);
	put(t, row, "employee_role", 0, role_in(&x->r, sector));
	put(t, row, "category", 0, rng_code(&x->r, categories, D_N(categories)));
	if (considered <= x->end)
		put_date(t, row, "considered_date", considered, dates[0]);
	if (x->officer)
		put(t, row, "officer_id", x->officer, NULL);
	return is_ref ? referral(x, t, row, received, dates) : write(x, t, row);
}

static int
agency(void *ctx, const struct table *t, const struct field *row)
{
	struct lado_ctx *x = ctx;

	(void)t;
	if (x->n_agencies < (int)(sizeof x->agencies / sizeof x->agencies[0]))
		x->agencies[x->n_agencies++] = row[0].i;
	return 0;
}

static int
officer(void *ctx, const struct store_user *u)
{
	struct lado_ctx *x = ctx;

	if (u->active && u->professional_id && !x->officer)
		x->officer = u->professional_id;
	return 0;
}

int
demo_lado(struct store *st, const struct demo_opts *o, const struct rec_actor *who,
    char *err, size_t errsize)
{
	struct lado_ctx x = {st, who, rng_stream(o->seed, 0x1ad0, 0), cal_add_months(o->end,
	    -12 * o->years), o->end, {0}, 0, 0, {0}};
	long n = (long)((double)o->population * LADO_RATE * (double)(x.end - x.start + 1) /
	    365.25 + 0.5);

	if (store_scan(st, records_table("agencies"), 0, agency, &x) < 0 ||
	    store_user_each(st, "lado", officer, &x) < 0 || store_begin(st) < 0) {
		snprintf(err, errsize, "cannot make the demo's LADO cases: %s", store_error(st));
		return -1;
	}
	for (long i = 0; i < n && x.n_agencies; i++)
		if (one_case(&x) < 0) {
			snprintf(err, errsize, "cannot make the demo's LADO cases: %s",
			    x.e.n ? x.e.v[0].message : store_error(st));
			store_rollback(st);
			return -1;
		}
	return store_commit(st);
}
