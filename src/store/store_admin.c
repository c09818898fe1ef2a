/*
 * store_admin.c: what an administrator's commands look up outside the record pathway:
 * the professional behind a username. (A setting is written by the record layer,
 * records/rec.h, like every other record, so that it is checked and audited as they are.)
 */
#include "store/store_int.h"

#include <string.h>

int
store_user_professional(struct store *st, const char *username, int64_t *professional_id)
{
	sqlite3_stmt *s = store_prepare(st,
	    "SELECT coalesce(professional_id, 0) FROM users WHERE username = ?1");

	if (!s)
		return -1;
	sqlite3_bind_text(s, 1, username, -1, SQLITE_STATIC);
	return store_one_int64(st, s, professional_id, 0);
}
