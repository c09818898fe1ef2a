/*
 * demo_deaths.c: the child deaths of the demo area (issue 11, point 6; domain.md 5) at
 * England's rate, 29.8 deaths a year per 100,000 children (NCMD, year ending 31 March
 * 2024): about 9 a year in the default area of 30,000 children. Seed 004's panel saw 20
 * in a year in an area of about 46,000, almost half of them very young babies, and three
 * young people over fifteen; the age bands below follow that shape. About a third of
 * deaths are unexpected, each with its joint agency response, most begun the day of the
 * notification or the next working day. The panel's categories follow the national
 * pattern (perinatal events and congenital anomalies the most common); modifiable factors
 * are found in about a fifth of reviews (England 2011-12: 20%), their factors recorded by
 * domain. Reviews come months after the death, many beyond the six months of the local
 * setting, as areas report; a death not yet reviewed at the end is the panel's work.
 *
 * A child of the area who died (the demo's own rare deaths) is linked to their record, so
 * that their age and whether they were known to social care come from it; the rest are of
 * children the store never knew. The child death review's coordinator is a professional
 * of the local authority with a login of the role cdop. Everything goes through the record
 * layer after the area, on a random stream of its own, so the area is unchanged.
 */
#include "demo/demo_int.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "records/rec.h"
#include "store/store.h"

#define DEATH_RATE 0.000298	/* deaths a child a year (NCMD 2024: 29.8 per 100,000) */
#define MAX_LINKED 64

struct death_ctx {
	struct store *st;
	const struct rec_actor *who;
	struct rng r;
	cal_date start, end;
	int64_t agencies[64], la;
	int n_agencies;
	int64_t linked[MAX_LINKED];
	cal_date linked_death[MAX_LINKED];
	int n_linked;
	struct rec_errors e;
};

static const struct d_weight ages[] = {
	{"0-27d", 40}, {"28-364d", 18}, {"1-4", 11}, {"5-9", 7}, {"10-14", 9}, {"15-17", 15},
};
static const struct d_weight categories[] = {
	{"8", 31}, {"7", 23}, {"10", 8}, {"5", 8}, {"4", 7}, {"9", 6}, {"6", 6}, {"3", 5},
	{"2", 4}, {"1", 2},
};
static const struct d_weight modifiable[] = {{"yes", 20}, {"no", 74}, {"insufficient", 6}};
static const struct d_weight ethnicities[] = {
	{"WBRI", 80}, {"WOTH", 5}, {"MWBC", 3}, {"AIND", 3}, {"APKN", 3}, {"BAFR", 3},
	{"OOTH", 3},
};
/* Days from death to review: few within six months, most within eighteen. */
static const struct d_band review_days[] = {
	{20, 90, 182}, {40, 183, 365}, {28, 366, 548}, {12, 549, 730},
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
write(struct death_ctx *x, const struct table *t, struct field *row)
{
	rec_errors_clear(&x->e);
	return rec_write_as(x->st, x->who, t, row, NULL, REC_NO_CREATE_ENTRY, &x->e) < 0 ? -1 : 0;
}

/* The panel's review, when it falls by the end. */
static void
review(struct death_ctx *x, const struct table *t, struct field *row, cal_date death,
    char *day)
{
	cal_date on = cal_add_days(death, rng_band(&x->r, review_days, D_N(review_days)));
	const char *m = rng_code(&x->r, modifiable, D_N(modifiable));

	while (!cal_is_working_day(on))
		on = cal_add_days(on, 1);
	if (on > x->end)
		return;
	put_date(t, row, "cdop_date", on, day);
	put(t, row, "category", 0, rng_code(&x->r, categories, D_N(categories)));
	put(t, row, "modifiable", 0, m);
	put(t, row, "practice_review", strcmp(m, "yes") == 0 && rng_chance(&x->r, 0.1), NULL);
	if (strcmp(m, "yes") == 0) {
		put(t, row, rng_chance(&x->r, 0.6) ? "factors_social" : "factors_physical", 0,
		    rng_chance(&x->r, 0.5) ? "Co-sleeping with a parent" :
		    "Unsafe sleeping environment");
		if (rng_chance(&x->r, 0.3))
			put(t, row, "factors_service", 0, "Delay in sharing information");
		put(t, row, "learning", 0, "Safer sleep advice to be repeated at each contact");
	}
}

static int
one_death(struct death_ctx *x, int64_t child, cal_date death)
{
	const struct table *t = records_table("child_deaths");
	cal_date notified;
	struct field row[32];
	char dates[4][11];
	int unexpected = rng_chance(&x->r, 0.35);

	if (death == CAL_NONE)
		death = cal_add_days(x->start, (int)rng_below(&x->r, (uint32_t)(x->end - x->start +
		    1)));
	notified = cal_add_days(death, rng_chance(&x->r, 0.8) ? rng_range(&x->r, 0, 1) :
	    rng_range(&x->r, 2, 6));
	if (notified > x->end)
		notified = x->end;
	memset(row, 0, sizeof row);
	put_date(t, row, "death_date", death, dates[0]);
	put_date(t, row, "notified_date", notified, dates[1]);
	put(t, row, "notifying_agency_id", x->agencies[rng_below(&x->r,
	    (uint32_t)x->n_agencies)], NULL);
	put(t, row, "expectation", 0, unexpected ? "unexpected" : "expected");
	if (child)
		put(t, row, "linked_child_id", child, NULL);
	else {
		put(t, row, "age_band", 0, rng_code(&x->r, ages, D_N(ages)));
		put(t, row, "sex", 0, rng_chance(&x->r, 0.56) ? "M" : "F");
		put(t, row, "ethnicity", 0, rng_code(&x->r, ethnicities, D_N(ethnicities)));
		put(t, row, "known_to_csc", rng_chance(&x->r, 0.06), NULL);
		put(t, row, "on_plan", 0, NULL);
		put(t, row, "looked_after", 0, NULL);
	}
	if (unexpected) {
		cal_date jar = cal_add_working_days(notified, rng_chance(&x->r, 0.85) ?
		    rng_range(&x->r, 0, 1) : rng_range(&x->r, 2, 4));
		int held = rng_chance(&x->r, 0.95);
		put(t, row, "jar_held", held, NULL);
		if (held && jar <= x->end)
			put_date(t, row, "jar_date", jar, dates[2]);
		else if (held)
			row[records_col_index(t, "jar_held")].present = 0;
	}
	review(x, t, row, death, dates[3]);
	return write(x, t, row);
}

static int
agency(void *ctx, const struct table *t, const struct field *row)
{
	struct death_ctx *x = ctx;
	const char *kind = row[records_col_index(t, "kind")].s;

	if (kind && strcmp(kind, "la_childrens_services") == 0 && !x->la)
		x->la = row[0].i;
	if (kind && (strcmp(kind, "hospital") == 0 || strcmp(kind, "police") == 0 ||
	    strcmp(kind, "gp") == 0 || strcmp(kind, "health_visiting") == 0) &&
	    x->n_agencies < (int)(sizeof x->agencies / sizeof x->agencies[0]))
		x->agencies[x->n_agencies++] = row[0].i;
	return 0;
}

/* The demo's children who died within the history, to be linked to their deaths. */
static int
died(void *ctx, const struct table *t, const struct field *row)
{
	struct death_ctx *x = ctx;
	const struct field *d = &row[records_col_index(t, "death_date")];
	cal_date day;

	if (d->present && d->s && cal_parse(d->s, &day) && day >= x->start && day <= x->end &&
	    x->n_linked < MAX_LINKED) {
		x->linked[x->n_linked] = row[0].i;
		x->linked_death[x->n_linked++] = day;
	}
	return 0;
}

/* The child death review's coordinator: a professional of the local authority, and their
 * login (username as the demo's others: initial, family name, id). */
static int
coordinator(struct death_ctx *x)
{
	const struct table *pt = records_table("professionals"), *ut = records_table("users");
	const char *given = d_name_given(&x->r, 'F'), *family = d_name_family(&x->r);
	struct field p[16], u[8];
	char name[64];
	size_t k = 0;

	memset(p, 0, sizeof p);
	put(pt, p, "agency_id", x->la, NULL);
	put(pt, p, "given_name", 0, given);
	put(pt, p, "family_name", 0, family);
	put(pt, p, "role", 0, "cdop_coordinator");
	if (write(x, pt, p) < 0)
		return -1;
	name[k++] = (char)tolower((unsigned char)given[0]);
	for (const char *c = family; *c && k < 40; c++)
		if (isalpha((unsigned char)*c))
			name[k++] = (char)tolower((unsigned char)*c);
	snprintf(name + k, sizeof name - k, "%lld", (long long)p[0].i);
	memset(u, 0, sizeof u);
	put(ut, u, "username", 0, name);
	put(ut, u, "professional_id", p[0].i, NULL);
	put(ut, u, "role", 0, "cdop");
	put(ut, u, "active", 1, NULL);
	return write(x, ut, u);
}

int
demo_deaths(struct store *st, const struct demo_opts *o, const struct rec_actor *who,
    char *err, size_t errsize)
{
	struct death_ctx x = {st, who, rng_stream(o->seed, 0xcd0b, 0), cal_add_months(o->end,
	    -12 * o->years), o->end, {0}, 0, 0, {0}, {0}, 0, {0}};
	long n = (long)((double)o->population * DEATH_RATE * (double)(x.end - x.start + 1) /
	    365.25 + 0.5);
	int rc = 0;

	if (store_scan(st, records_table("agencies"), 0, agency, &x) < 0 ||
	    store_scan(st, records_table("children"), 0, died, &x) < 0 || store_begin(st) < 0) {
		snprintf(err, errsize, "cannot make the demo's child deaths: %s", store_error(st));
		return -1;
	}
	if (x.la)
		rc = coordinator(&x);
	for (int i = 0; rc == 0 && i < x.n_linked && x.n_agencies; i++)
		rc = one_death(&x, x.linked[i], x.linked_death[i]);
	for (long i = x.n_linked; rc == 0 && i < n && x.n_agencies; i++)
		rc = one_death(&x, 0, CAL_NONE);
	if (rc < 0) {
		snprintf(err, errsize, "cannot make the demo's child deaths: %s",
		    x.e.n ? x.e.v[0].message : store_error(st));
		store_rollback(st);
		return -1;
	}
	return store_commit(st);
}
