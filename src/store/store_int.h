/* store_int.h: what the files of the store module share, and nobody else sees. */
#ifndef SG_STORE_INT_H
#define SG_STORE_INT_H
#include <sqlite3.h>
#include <stddef.h>

#include "store/store.h"

#define STORE_APPLICATION_ID 0x53474431	/* "SGD1": marks a file as a safeguard store */
#define STORE_LOAD_SLOTS 99	/* store_load.c: three statements for each model struct */

struct store {
	sqlite3 *db;
	char *path;
	char err[1024];
	int version;
	sqlite3_stmt **insert;	/* one cached INSERT a table, by records_tables() index */
	sqlite3_stmt **lookup;
	sqlite3_stmt **update;	/* store_update.c */
	sqlite3_stmt **get;	/* store_get */
	int ntables;
	struct store_cache *cache;	/* statements prepared once per handle (store_cache.c) */
	int records_written;		/* this transaction changed records (store_generation.c) */
	sqlite3_stmt *audit_last, *audit_insert;	/* store_audit.c, prepared once */
	int unguarded;		/* inside a migration: store_guard.c lets the store be */
	const char *refused;	/* what store_guard.c last refused, for the message */
	sqlite3_stmt *load[STORE_LOAD_SLOTS];	/* store_load.c's SELECTs, prepared on first use */
	int writing;		/* holds the process's turn to write (store.c) */
};

extern const char *const store_migrations[];
extern const int store_nmigrations;

/* Why the last call on st failed: in words a user can act on when they can put it right
 * (a busy store, a full disk, a read-only store: written into out), else SQLite's own
 * message. store_plain_reason gives only the first kind, and NULL otherwise. */
const char *store_why(struct store *st, char *out, size_t size);
const char *store_plain_reason(struct store *st, char *out, size_t size);
/* Records a failure: "what: why" (store_why); returns -1. */
int store_fail(struct store *st, const char *what);
int store_failf(struct store *st, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int store_exec(struct store *st, const char *sql);
/* The process's writers' turn, taken before BEGIN IMMEDIATE (0, or -1 after the busy
 * timeout) and given back once the handle's transaction is over (store.c). */
int store_writer_take(struct store *st);
void store_writer_give(struct store *st);
/* Prepares sql or records why not; NULL on failure. */
sqlite3_stmt *store_prepare(struct store *st, const char *sql);
/*
 * The common read of one number: steps s once; on a row stores column 0 in *out. Then
 * resets s (keep != 0, a cached statement) or finalizes it. 1: a row, 0: none, -1: error.
 */
int store_one_int64(struct store *st, sqlite3_stmt *s, int64_t *out, int keep);
/* SELECT what FROM table: one aggregate of a whole table (count(*), max(id)); -1 on error. */
int64_t store_table_int64(struct store *st, const char *what, const struct table *t);
int store_table_index(const struct table *t);
/* Puts the guard of store_guard.c on db (st: the store it serves, or NULL for another
 * file's connection, always guarded): 0, or -1 when SQLite would not take it. */
int store_guard_connection(sqlite3 *db, struct store *st);
/* An audit entry's hash, chained to the hash before it (store_audit.c). */
void store_audit_hash(const struct audit_entry *e, const unsigned char prev[STORE_AUDIT_HASH],
    unsigned char out[STORE_AUDIT_HASH]);
/* Reads the schema version again and applies what is missing (after a restore). */
int store_schema_refresh(struct store *st);

/*
 * A statement prepared once per store handle and kept: sql must be a string constant (it
 * is found by its address). Returned reset, with no bindings; the caller resets it again
 * when done (store_done). NULL with the reason recorded when it cannot be prepared.
 */
sqlite3_stmt *store_cached(struct store *st, const char *sql);
void store_done(sqlite3_stmt *s);
void store_cache_free(struct store *st);

/* A function that writes records calls this; the commit then counts the change. */
void store_records_written(struct store *st);
int store_count_change(struct store *st);

#endif
