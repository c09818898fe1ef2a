/*
 * demo_placed.c: the demo's children placed in the area by other local authorities.
 *
 * Seed 004 counts 221 of them in March 2012 in an area of about 47,000 children (its 236
 * children in care were about 0.5% of them): some 47 per 10,000. The demo places that
 * many on its last day, begun over the three years before it, and about half as many
 * again whose placements ended in those years. Most come from a few neighbouring
 * authorities, the rest from further away; placed children are mostly older, in foster
 * care or children's homes. A third of the placements were made in an emergency. Of the
 * notices, most came in time (a planned placement's before it began, an emergency's within
 * a week), one in five late and one in twenty never. One placed child in six has gone
 * missing while here. Each child is a new record of the area's, as a placed child known
 * to the area's services is. The authorities' names are the demo's own, like the area's.
 * Written through the record layer without audit entries of their own, as
 * demo_missing.c's are.
 */
#include "demo/demo.h"

#include <stdio.h>
#include <string.h>

#include "demo/demo_int.h"
#include "records/rec.h"
#include "store/store.h"

struct placer {
	struct store *st;
	const struct rec_actor *who;
	cal_date end;
	struct rng r;
	struct rec_errors e;
	long n;			/* children made so far, for their local ids */
};

static const struct d_weight authorities[] = {
	{"Northmoor Borough Council", 30}, {"Eastvale Metropolitan Borough Council", 22},
	{"Southdown County Council", 16}, {"Westbury City Council", 12},
	{"Hartley Borough Council", 6}, {"Kingsford City Council", 5},
	{"Lowther County Council", 4}, {"Ravensmere Borough Council", 3},
	{"Greyhaven City Council", 2},
};
static const struct d_weight kinds[] = {
	{"foster", 45}, {"connected", 8}, {"childrens_home", 28}, {"supported", 9},
	{"residential_school", 4}, {"secure", 1}, {"parents", 2}, {"adoption", 1},
	{"other", 2},
};
static const struct d_weight ethnicity[] = {
	{"WBRI", 700}, {"WOTH", 50}, {"MWBC", 50}, {"MOTH", 40}, {"APKN", 20}, {"BAFR", 50},
	{"BCRB", 20}, {"OOTH", 40}, {"NOBT", 30},
};
/* Ages at the start: placed children are mostly teenagers (bands, years). */
static const struct d_band ages[] = {{10, 0, 4}, {20, 5, 10}, {45, 11, 15}, {25, 16, 17}};

static void
put(const struct table *t, struct field *row, const char *col, int64_t i, const char *s)
{
	row[records_col_index(t, col)] = (struct field){1, i, s};
}

static void
put_date(const struct table *t, struct field *row, const char *col, cal_date d, char buf[11])
{
	if (d == CAL_NONE)
		return;
	cal_format(d, buf);
	put(t, row, col, 0, buf);
}

static int
save_row(struct placer *x, const struct table *t, struct field *row)
{
	rec_errors_clear(&x->e);
	return rec_write_as(x->st, x->who, t, row, NULL, REC_NO_CREATE_ENTRY, &x->e) < 0 ? -1 : 0;
}

/* A new child of the given age on day `on`: the child's id, or -1. */
static int64_t
child(struct placer *x, cal_date on, int age)
{
	const struct table *t = records_table("children");
	struct field row[24];
	char id[24], born[11], sex[2] = {rng_chance(&x->r, 0.55) ? 'M' : 'F', 0};

	memset(row, 0, sizeof row);
	snprintf(id, sizeof id, "P%06ld", ++x->n);
	put(t, row, "la_child_id", 0, id);
	put(t, row, "given_name", 0, d_name_given(&x->r, sex[0]));
	put(t, row, "family_name", 0, d_name_family(&x->r));
	put_date(t, row, "birth_date", cal_add_days(cal_add_months(on, -12 * age),
	    -rng_range(&x->r, 0, 364)), born);
	put(t, row, "sex", 0, sex);
	put(t, row, "ethnicity", 0, rng_code(&x->r, ethnicity, D_N(ethnicity)));
	return save_row(x, t, row) < 0 ? -1 : row[0].i;
}

/* When the notice came: before the start, or after it (late or in an emergency's time). */
static cal_date
notice(struct placer *x, cal_date start, int emergency)
{
	int p = rng_range(&x->r, 0, 99);

	if (p < 5)
		return CAL_NONE;
	if (p < 25)	/* late */
		return cal_add_working_days(start, emergency ? rng_range(&x->r, 6, 25) :
		    rng_range(&x->r, 1, 15));
	return emergency ? cal_add_working_days(start, rng_range(&x->r, 0, 5)) :
	    cal_add_days(start, -rng_range(&x->r, 0, 21));
}

static int
missing(struct placer *x, int64_t id, cal_date start, cal_date end)
{
	const struct table *t = records_table("missing_episodes");
	struct field row[8];
	char d[3][11];
	cal_date last = end == CAL_NONE ? x->end : end, on, back;
	long span = last - start;

	if (span < 2 || !rng_chance(&x->r, 1.0 / 6))
		return 0;
	on = start + (cal_date)rng_range(&x->r, 1, (int)(span > 1000 ? 1000 : span) - 1);
	back = cal_add_days(on, rng_range(&x->r, 0, 2));
	memset(row, 0, sizeof row);
	put(t, row, "child_id", id, NULL);
	put_date(t, row, "start_date", on, d[0]);
	if (back <= x->end)
		put_date(t, row, "return_date", back, d[1]);
	if (back <= x->end && rng_chance(&x->r, 0.7) && cal_add_days(back, 2) <= x->end)
		put_date(t, row, "interview_offered_date", cal_add_days(back, rng_range(&x->r, 0,
		    2)), d[2]);
	return save_row(x, t, row);
}

static int
placement(struct placer *x, cal_date start, cal_date end)
{
	const struct table *t = records_table("placements_in_area");
	struct field row[16];
	char d[4][11], provider[80];
	int emergency = rng_chance(&x->r, 1.0 / 3);
	const char *kind = rng_code(&x->r, kinds, D_N(kinds));
	cal_date told = notice(x, start, emergency);
	int64_t id = child(x, start, rng_band(&x->r, ages, D_N(ages)));

	if (id < 0)
		return -1;
	memset(row, 0, sizeof row);
	put(t, row, "child_id", id, NULL);
	put(t, row, "placing_authority", 0, rng_code(&x->r, authorities, D_N(authorities)));
	put(t, row, "placement_kind", 0, kind);
	snprintf(provider, sizeof provider, strcmp(kind, "childrens_home") == 0 ? "%s House" :
	    "%s Fostering", d_name_place(rng_range(&x->r, 0, d_name_places() - 1)));
	put(t, row, "provider", 0, provider);
	put(t, row, "emergency", emergency, NULL);
	put_date(t, row, "start_date", start, d[0]);
	if (told != CAL_NONE && told <= x->end)
		put_date(t, row, "notified_date", told, d[1]);
	if (end != CAL_NONE) {
		cal_date told_end = cal_add_working_days(end, rng_range(&x->r, -5, 14));
		put_date(t, row, "end_date", end, d[2]);
		if (rng_chance(&x->r, 0.9) && told_end <= x->end)
			put_date(t, row, "end_notified_date", told_end, d[3]);
	}
	return save_row(x, t, row) < 0 ? -1 : missing(x, id, start, end);
}

int
demo_placed(struct store *st, cal_date end, long population, uint64_t seed,
    const struct rec_actor *who, char *err, size_t errsize)
{
	struct placer x = {st, who, end, rng_stream(seed, 0x504C4143ULL, 0), {0}, 0};
	long now = (population * 47 + 5000) / 10000, ended = now / 2;
	int rc = store_begin(st);

	for (long i = 0; rc == 0 && i < now; i++)
		rc = placement(&x, cal_add_days(end, -rng_range(&x.r, 0, 3 * 365)), CAL_NONE);
	for (long i = 0; rc == 0 && i < ended; i++) {
		cal_date start = cal_add_days(end, -rng_range(&x.r, 60, 3 * 365));
		rc = placement(&x, start, cal_add_days(start, rng_range(&x.r, 20, (int)(end -
		    start) - 1)));
	}
	if (rc < 0 || store_commit(st) < 0) {
		snprintf(err, errsize, "cannot make the demo's placements in the area: %s",
		    x.e.n ? x.e.v[0].message : store_error(st));
		store_rollback(st);
		return -1;
	}
	return 0;
}
