/*
 * store_admin.c: what an administrator's commands write or look up outside the record
 * pathway: a dated value of a local setting, and the professional behind a username.
 *
 * A setting is one row per key and date (UNIQUE (key, effective_from)): writing the same
 * key for the same date replaces that value, any other date adds a version, so the
 * history of what applied when is kept (timescales/ts_settings.c reads it).
 */
#include "store/store_int.h"

#include <string.h>

int
store_setting_put(struct store *st, const char *key, const char *value, const char *from,
    int *replaced)
{
	sqlite3_stmt *q = NULL, *w = NULL;
	int rc;

	if (store_begin(st) < 0)
		return -1;
	q = store_prepare(st, "SELECT 1 FROM settings WHERE key = ?1 AND effective_from = ?2");
	w = store_prepare(st, "INSERT INTO settings(key, value, effective_from) VALUES (?1, ?2, ?3)"
	    " ON CONFLICT(key, effective_from) DO UPDATE SET value = excluded.value");
	if (!q || !w)
		goto fail;
	sqlite3_bind_text(q, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 2, from, -1, SQLITE_STATIC);
	rc = sqlite3_step(q);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		goto fail_db;
	*replaced = rc == SQLITE_ROW;
	sqlite3_bind_text(w, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(w, 2, value, -1, SQLITE_STATIC);
	sqlite3_bind_text(w, 3, from, -1, SQLITE_STATIC);
	if (sqlite3_step(w) != SQLITE_DONE)
		goto fail_db;
	store_records_written(st);
	sqlite3_finalize(q);
	sqlite3_finalize(w);
	return store_commit(st);
fail_db:
	store_fail(st, "cannot write the setting");
fail:
	sqlite3_finalize(q);
	sqlite3_finalize(w);
	store_rollback(st);
	return -1;
}

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
