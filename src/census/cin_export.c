/*
 * cin_export.c: the return of an area for one census year, child by child.
 *
 * The view of each child is built by cin_from_store.c and written by cin_write.c, one at a
 * time in one pool, so the export costs the area (already in memory) plus one child. The
 * years it writes are those whose schema it knows: 2024-25 and 2025-26 (CIN_schema_2025
 * and CIN_schema_2026), both of which carry Sex rather than GenderCurrent (domain-cin.md).
 * Earlier years had other code lists and GenderCurrent; 2026-27's specification was not
 * obtainable (domain.md 1.1), so rather than write a file the department might refuse, the
 * export says which years it can write.
 */
#include "census/cin_export.h"

#include <stdio.h>

#include "census/cin_store.h"

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

void
cin_export_area(const struct area *a, const struct cin_year *y, struct cin_writer *w,
    struct cin_pool *pool, struct cin_counts *n)
{
	struct cin_child c;

	for (size_t i = 0; i < a->n_children; i++) {
		cin_pool_reset(pool);
		if (!cin_child_from_store(a, &a->children[i], y, pool, &c))
			continue;
		cin_write_child(w, &c);
		cin_count_child(&c, n);
	}
}

long
cin_export_count(const struct area *a, const struct cin_year *y)
{
	long n = 0;

	for (size_t i = 0; i < a->n_children; i++) {
		const struct m_child *c = &a->children[i];
		for (uint32_t k = 0; k < c->referrals.count; k++) {
			const struct m_referral *r = &a->referrals[c->referrals.first + k];
			if (r->received != CAL_NONE && r->received <= y->reference &&
			    !(r->closure != CAL_NONE && r->closure < y->start)) {
				n++;
				break;
			}
		}
	}
	return n;
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
