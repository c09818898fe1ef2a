/*
 * store_backup.c: whole-store operations: backup, restore, integrity, bulk loading.
 *
 * A backup is taken with SQLite's online backup API inside one read transaction, so it is
 * a consistent snapshot even while other processes write (WAL readers never block the
 * writer). It is written under a temporary name, switched to a single self-contained file
 * (journal_mode=DELETE), flushed, and only then renamed into place: a backup that exists
 * under its own name is always complete. A restore first proves the file is a sound
 * safeguard store this binary can read, then copies it over the live store in one write
 * transaction, so the store is either wholly the old one or wholly the restored one.
 */
#include "store/store_int.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"

static int
copy_db(sqlite3 *from, sqlite3 *to)
{
	sqlite3_backup *b = sqlite3_backup_init(to, "main", from, "main");
	int rc;

	if (!b)
		return sqlite3_errcode(to);
	rc = sqlite3_backup_step(b, -1);
	sqlite3_backup_finish(b);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

int
store_backup_to(struct store *st, const char *dest)
{
	struct buf tmp;
	sqlite3 *out = NULL;
	int rc;

	if (access(dest, F_OK) == 0)
		return store_failf(st, "%s already exists: choose a new name for the backup", dest);
	buf_init(&tmp, 4200);
	buf_printf(&tmp, "%s.partial", dest);
	unlink(buf_str(&tmp));
	store_file_create_private(buf_str(&tmp));
	rc = sqlite3_open_v2(buf_str(&tmp), &out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
	if (rc == SQLITE_OK && store_guard_connection(out, NULL) < 0)
		rc = SQLITE_ERROR;
	if (rc == SQLITE_OK)
		rc = copy_db(st->db, out);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(out, "PRAGMA journal_mode=DELETE", NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		store_failf(st, "cannot write the backup %s: %s (is the folder there, writable and "
		    "not full?)", dest, out ? sqlite3_errmsg(out) : "out of memory");
		sqlite3_close(out);
		unlink(buf_str(&tmp));
		/* A copy larger than SQLite's cache had begun a journal beside it. */
		buf_adds(&tmp, "-journal");
		unlink(buf_str(&tmp));
		buf_free(&tmp);
		return -1;
	}
	sqlite3_close(out);
	if (rename(buf_str(&tmp), dest) != 0) {
		store_failf(st, "cannot name the backup %s: %s", dest, strerror(errno));
		unlink(buf_str(&tmp));
		buf_free(&tmp);
		return -1;
	}
	buf_free(&tmp);
	return 0;
}

/* The first row of a check pragma, or NULL when it reported nothing or "ok". */
static int
check_pragma(sqlite3 *db, const char *sql, char *err, unsigned size)
{
	sqlite3_stmt *s;
	int rc, bad = 0;

	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK) {
		snprintf(err, size, "%s", sqlite3_errmsg(db));
		return -1;
	}
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		const char *v = (const char *)sqlite3_column_text(s, 0);
		if (!v || strcmp(v, "ok") != 0) {
			snprintf(err, size, "%s reports: %s", sql, v ? v : "a row refers to a "
			    "missing record");
			bad = 1;
		}
	} else if (rc != SQLITE_DONE) {
		snprintf(err, size, "%s", sqlite3_errmsg(db));
		bad = 1;
	}
	sqlite3_finalize(s);
	return bad ? -1 : 0;
}

int
store_integrity(struct store *st)
{
	if (check_pragma(st->db, "PRAGMA integrity_check", st->err, sizeof st->err) < 0 ||
	    check_pragma(st->db, "PRAGMA foreign_key_check", st->err, sizeof st->err) < 0)
		return -1;
	return 0;
}

static int
read_int(sqlite3 *db, const char *sql, int *out)
{
	sqlite3_stmt *s;
	int rc;

	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
		return -1;
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return rc == SQLITE_ROW ? 0 : -1;
}

static int
check_open(sqlite3 *db, const char *path, char *err, unsigned size)
{
	int app = 0, version = 0;

	if (read_int(db, "PRAGMA application_id", &app) < 0) {
		snprintf(err, size, "%s is not a safeguard backup, or it is damaged (%s)", path,
		    sqlite3_errmsg(db));
		return -1;
	}
	if (app != STORE_APPLICATION_ID || read_int(db, "PRAGMA user_version", &version) < 0) {
		snprintf(err, size, "%s is not a safeguard backup", path);
		return -1;
	}
	if (version > store_nmigrations) {
		snprintf(err, size, "%s was made by a newer safeguard (schema version %d; this one "
		    "reads up to %d): restore it with a newer safeguard", path, version,
		    store_nmigrations);
		return -1;
	}
	if (check_pragma(db, "PRAGMA integrity_check", err, size) < 0 ||
	    check_pragma(db, "PRAGMA foreign_key_check", err, size) < 0) {
		char why[600];
		snprintf(why, sizeof why, "%s", err);
		snprintf(err, size, "%s is damaged and was not restored: %s", path, why);
		return -1;
	}
	return 0;
}

int
store_check_file(const char *path, char *err, unsigned size)
{
	sqlite3 *db = NULL;
	int rc;

	if (access(path, R_OK) != 0) {
		snprintf(err, size, "cannot read %s: %s", path, strerror(errno));
		return -1;
	}
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    store_guard_connection(db, NULL) < 0) {
		snprintf(err, size, "cannot open %s: %s", path, db ? sqlite3_errmsg(db) : "?");
		sqlite3_close(db);
		return -1;
	}
	rc = check_open(db, path, err, size);
	sqlite3_close(db);
	return rc;
}

int
store_restore_from(struct store *st, const char *src)
{
	sqlite3 *in = NULL;
	int rc;

	if (store_check_file(src, st->err, sizeof st->err) < 0)
		return -1;
	if (sqlite3_open_v2(src, &in, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    store_guard_connection(in, NULL) < 0) {
		sqlite3_close(in);
		return store_failf(st, "cannot open %s", src);
	}
	rc = copy_db(in, st->db);
	sqlite3_close(in);
	if (rc != SQLITE_OK)
		return store_failf(st, "cannot restore %s into %s: %s; the store is unchanged", src,
		    st->path, sqlite3_errstr(rc));
	/* A backup made by an older safeguard lacks the later migrations. */
	return store_schema_refresh(st);
}

/*
 * A rollback journal rather than none: SQLite journals only the pages the store had when
 * the load began (a new store's schema, a few dozen pages), so it costs next to nothing,
 * yet a load killed half way (Ctrl-C during a national demo, whose pages reach the file
 * before the commit) is rolled back the next time the store is opened instead of leaving
 * it malformed. No syncs: a power cut during a demo may still cost the new store.
 */
int
store_bulk_begin(struct store *st)
{
	return store_exec(st, "PRAGMA journal_mode=DELETE; PRAGMA synchronous=OFF");
}

int
store_bulk_end(struct store *st)
{
	sqlite3_stmt *s;
	int ok;

	if (store_exec(st, "PRAGMA synchronous=FULL") < 0)
		return -1;
	if (!(s = store_prepare(st, "PRAGMA journal_mode=WAL")))
		return -1;
	ok = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_finalize(s);
	return ok ? 0 : store_fail(st, "cannot return to write-ahead logging");
}
