/* store_int.h: what the files of the store module share, and nobody else sees. */
#ifndef SG_STORE_INT_H
#define SG_STORE_INT_H
#include <sqlite3.h>
#include <stddef.h>

#include "store/store.h"

#define STORE_APPLICATION_ID 0x53474431	/* "SGD1": marks a file as a safeguard store */
#define STORE_LOAD_SLOTS 64	/* store_load.c: three statements for each model struct */

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
	sqlite3_stmt *load[STORE_LOAD_SLOTS];	/* store_load.c's SELECTs, prepared on first use */
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

#endif
