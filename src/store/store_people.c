/*
 * store_people.c: the people around a child, as the child's page shows them: the
 * household's address, and the adults related to the child (parents, carers, relatives)
 * with the relationship and whether they live with the child. The area in memory
 * (model.h) holds the pathway, not these, so the page reads them here.
 */
#include "store/store_int.h"

#include <string.h>

#include "base/str.h"
#include "store/store_users.h"

int
store_child_household(struct store *st, int64_t child_id, struct store_household *h)
{
	static const char sql[] = "SELECT coalesce(h.address, ''), coalesce(h.postcode, '')"
	    " FROM children c JOIN households h ON h.id = c.household_id WHERE c.id = ?1";
	sqlite3_stmt *s = store_cached(st, sql);
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, child_id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		str_copy(h->address, sizeof h->address, (const char *)sqlite3_column_text(s, 0));
		str_copy(h->postcode, sizeof h->postcode, (const char *)sqlite3_column_text(s, 1));
	}
	store_done(s);
	if (rc == SQLITE_ROW)
		return 1;
	return rc == SQLITE_DONE ? 0 : store_fail(st, "cannot read the household");
}

static const char *
text(sqlite3_stmt *s, int i)
{
	const char *t = (const char *)sqlite3_column_text(s, i);

	return t ? t : "";
}

int
store_child_adults(struct store *st, int64_t child_id, store_adult_fn fn, void *ctx)
{
	static const char sql[] = "SELECT a.id, a.given_name, a.family_name,"
	    " coalesce(a.birth_date, ''), a.sex, r.kind, coalesce(r.parental_responsibility, -1),"
	    " coalesce(a.household_id = c.household_id, 0) FROM relationships r"
	    " JOIN adults a ON a.id = r.adult_id JOIN children c ON c.id = r.child_id"
	    " WHERE r.child_id = ?1 ORDER BY r.id";
	sqlite3_stmt *s = store_cached(st, sql);
	struct store_adult a;
	int rc, stop = 0;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, child_id);
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		a.id = sqlite3_column_int64(s, 0);
		a.given_name = text(s, 1);
		a.family_name = text(s, 2);
		a.birth_date = text(s, 3);
		a.sex = text(s, 4);
		a.kind = text(s, 5);
		a.parental_responsibility = sqlite3_column_int(s, 6);
		a.same_household = sqlite3_column_int(s, 7);
		stop = fn(ctx, &a);
	}
	if (!stop && rc != SQLITE_DONE)
		stop = store_fail(st, "cannot read the child's relatives");
	store_done(s);
	return stop;
}
