/*
 * cin_export.c: the return of a store for one census year, child by child.
 *
 * The view of each child is built by cin_from_store.c and written by cin_write.c, one at a
 * time in one pool. The store is read a slice of children at a time, and only the tables
 * a return draws on (not invitees, core groups, visits ...), so the national year (900,000
 * children and 17 million records in the demo) is exported in tens of megabytes. The
 * years it writes are those whose schema it knows: 2024-25 and 2025-26 (CIN_schema_2025
 * and CIN_schema_2026), both of which carry Sex rather than GenderCurrent (domain-cin.md).
 * Earlier years had other code lists and GenderCurrent; 2026-27's specification was not
 * obtainable (domain.md 1.1), so rather than write a file the department might refuse, the
 * export says which years it can write.
 */
#include "census/cin_export.h"

#include <stdio.h>

#include "census/cin_store.h"
#include "store/store.h"

void
cin_count_child(const struct cin_child *c, struct cin_counts *n)
{
	n->children++;
	n->episodes += c->nepisodes;
	for (int i = 0; i < c->nepisodes; i++) {
		const struct cin_episode *e = &c->episodes[i];
		n->assessments += e->nassessments;
		n->plans += e->nplans;
		n->s47s += e->ns47s;
		n->cpps += e->ncpps;
		for (int k = 0; k < e->ncpps; k++)
			n->reviews += e->cpps[k].nreviews;
	}
}

/* The children of one slice, by store id: small enough that a slice of the national year
 * takes tens of megabytes, large enough that the store is read in a few dozen queries. */
#define SLICE 50000

static const char *const census_tables[] = {"children", "referrals", "assessments",
	"s47_enquiries", "conferences", "cp_plans", "cin_plans", NULL};

static void
each_in_area(const struct area *a, const struct cin_year *y, struct cin_pool *pool,
    cin_child_fn fn, void *ctx)
{
	struct cin_child c;

	for (size_t i = 0; i < a->n_children; i++) {
		cin_pool_reset(pool);
		if (cin_child_from_store(a, &a->children[i], y, pool, &c))
			fn(ctx, &c);
	}
}

int
cin_store_each(struct store *st, const struct cin_year *y, int64_t child_id, cin_child_fn fn,
    void *ctx)
{
	struct cin_pool *pool = cin_pool_new();
	int64_t first = child_id, last = child_id;
	int rc = child_id > 0 ? 0 : store_child_ids(st, &first, &last);

	for (int64_t lo = first; rc == 0 && first > 0 && lo <= last; lo += SLICE) {
		struct area a;
		int64_t hi = lo + SLICE - 1 < last ? lo + SLICE - 1 : last;
		if ((rc = store_load_range(st, lo, hi, census_tables, &a)) < 0)
			break;
		each_in_area(&a, y, pool, fn, ctx);
		area_free(&a);
	}
	cin_pool_free(pool);
	return rc;
}

struct export_ctx {
	struct cin_writer *w;
	struct cin_counts *n;
};

static void
export_child(void *p, const struct cin_child *c)
{
	struct export_ctx *x = p;

	cin_write_child(x->w, c);
	cin_count_child(c, x->n);
}

int
cin_export_store(struct store *st, const struct cin_year *y, struct cin_writer *w,
    struct cin_counts *n)
{
	struct export_ctx x = {w, n};

	return cin_store_each(st, y, 0, export_child, &x);
}

int
cin_export_year_ok(const struct cin_year *y, char *why, size_t size)
{
	struct cin_year first = cin_year_of(CIN_FIRST_WRITE_YEAR);
	struct cin_year last = cin_year_of(CIN_LAST_WRITE_YEAR);
	char a[8], b[8], c[8];

	if (y->end_year >= CIN_FIRST_WRITE_YEAR && y->end_year <= CIN_LAST_WRITE_YEAR)
		return 1;
	cin_year_label(y, a);
	cin_year_label(&first, b);
	cin_year_label(&last, c);
	snprintf(why, size, "safeguard cannot write the %s return: it writes the returns for "
	    "%s and %s, whose schemas it follows", a, b, c);
	return 0;
}
