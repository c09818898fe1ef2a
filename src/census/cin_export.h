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
 * Calls fn with each child of the store's return for year y, in store id order (only the
 * child child_id, when it is above 0), reading the store a slice of children at a time with
 * only the tables a return needs, so that memory stays flat however large the store. The
 * export and `validate cin --store` both go through here. -1 on a store error.
 */
struct store;
typedef void (*cin_child_fn)(void *ctx, const struct cin_child *c);
int cin_store_each(struct store *st, const struct cin_year *y, int64_t child_id,
    cin_child_fn fn, void *ctx);

/* Writes the return for year y of the whole store, through cin_store_each. */
int cin_export_store(struct store *st, const struct cin_year *y, struct cin_writer *w,
    struct cin_counts *n);

/* Whether this binary writes the return for year y, and if not the words to say so:
 * "safeguard writes the returns for 2024-25 and 2025-26". */
int cin_export_year_ok(const struct cin_year *y, char *why, size_t size);

#endif
