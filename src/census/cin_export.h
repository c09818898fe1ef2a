/*
 * cin_export.h: the census return of a store's area for one year (cin_export.c).
 */
#ifndef SG_CIN_EXPORT_H
#define SG_CIN_EXPORT_H
#include "census/cin_write.h"
#include "model/model.h"

/* What a return holds, for the report after an export or import. */
struct cin_counts {
	long children, episodes, assessments, plans, s47s, cpps, reviews;
};

/* Adds the modules of one child to the counts. */
void cin_count_child(const struct cin_child *c, struct cin_counts *n);

/*
 * Writes every child of area a that is in the return for year y, in store id order, each
 * built by cin_child_from_store in pool (reset before each child).
 */
void cin_export_area(const struct area *a, const struct cin_year *y, struct cin_writer *w,
    struct cin_pool *pool, struct cin_counts *n);

/*
 * Writes the return for year y of the whole store, reading it a slice of children at a
 * time with only the tables a return needs, so that memory stays flat however large the
 * store. Returns -1 on a store error (store_error says which).
 */
struct store;
int cin_export_store(struct store *st, const struct cin_year *y, struct cin_writer *w,
    struct cin_counts *n);

/* Whether this binary writes the return for year y, and if not the words to say so:
 * "safeguard writes the returns for 2024-25 and 2025-26". */
int cin_export_year_ok(const struct cin_year *y, char *why, size_t size);

#endif
