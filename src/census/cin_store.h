/*
 * cin_store.h: the census return built from the store's records (cin_from_store.c), for
 * the export, `validate cin --store` and the check of one child as it is saved.
 *
 *     struct area a;                   store_load_area(st, 0, &a) (or one child's)
 *     struct cin_year y = cin_year_of(2026);
 *     struct cin_pool *pool = cin_pool_new();
 *     struct cin_child c;
 *     for (size_t i = 0; i < a.n_children; i++) {
 *         cin_pool_reset(pool);
 *         if (cin_child_from_store(&a, &a.children[i], &y, pool, &c))
 *             ... c is the child as the return shows it
 *     }
 */
#ifndef SG_CIN_STORE_H
#define SG_CIN_STORE_H
#include "census/cin.h"
#include "model/model.h"

/*
 * Builds child c of area a as the return for year y shows it, following the contract in
 * cin.h. Strings and arrays go into pool (the caller resets it). Returns 1 when the child
 * is in the return, 0 when none of its episodes is (out is then empty).
 */
int cin_child_from_store(const struct area *a, const struct m_child *c,
    const struct cin_year *y, struct cin_pool *pool, struct cin_child *out);

/* The local authority's three-digit DfE number: the setting area.la_code in force on
 * `on` (else the latest), or failing that the la_code of the area's own children's
 * services agency. NULL when the store has neither. */
const char *cin_area_la_code(const struct area *a, cal_date on);

/*
 * The header of the return for year y: Collection CIN, Year, ReferenceDate, SourceLevel L,
 * LEA, and the given software, release and date-time (YYYY-MM-DDTHH:MM:SS). Returns -1
 * when the store has no usable LA number, with the reason in err.
 */
int cin_header_from_store(const struct area *a, const struct cin_year *y,
    const char *software, const char *release, const char *datetime,
    struct cin_pool *pool, struct cin_header *h, char *err, size_t errsize);

#endif
