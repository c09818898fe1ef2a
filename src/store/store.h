/*
 * store.h: the only way into the database. Every SQL statement of safeguard lives under
 * src/store/, behind these functions, so that a PostgreSQL store can later stand beside
 * the SQLite one without anything above this layer changing.
 *
 * Errors: functions return 0 (or a count) on success and -1 on failure, leaving a message
 * for the user in store_error(): what went wrong with which file, and what to do.
 */
#ifndef SG_STORE_H
#define SG_STORE_H
#include <stddef.h>
#include <stdint.h>

#include "model/model.h"
#include "records/records.h"

struct store;

enum store_mode {
	STORE_OPEN,	/* the store must exist */
	STORE_CREATE,	/* create it if there is no file, and bring its schema up to date */
};

/* Opens (or creates) the store at path; on failure *err holds a message (static). */
struct store *store_open(const char *path, enum store_mode mode, const char **err);
void store_close(struct store *st);
const char *store_error(const struct store *st);
const char *store_path(const struct store *st);
int store_schema_version(const struct store *st);
int store_binary_schema_version(void);

/*
 * For a handle that will answer many short reads while others write (the web server's):
 * the store's pages are read through a memory map, so a read after someone else's commit
 * (which empties this handle's own page cache) costs no system call a page. 0 or -1.
 */
int store_tune_for_many_reads(struct store *st);
/*
 * For a handle that commits many small transactions and must not stall in one (the web
 * server's audit writer): its commits no longer copy the log back into the store
 * themselves (a checkpoint); another thread calls store_checkpoint now and then, which
 * copies what no reader still needs without waiting for anyone. 0 or -1.
 */
int store_no_checkpoints(struct store *st);
int store_checkpoint(struct store *st);

int store_begin(struct store *st);	/* BEGIN IMMEDIATE: one writer, decided up front */
int store_commit(struct store *st);
int store_rollback(struct store *st);

/* Rows, described by records.h. */
enum store_insert_result { STORE_INSERTED = 0, STORE_FAILED = -1, STORE_DUP_ID = 1,
	STORE_DUP_UNIQUE = 2 };
int store_insert(struct store *st, const struct table *t, const struct field *row);
/* Calls fn for each row of t (of one child, when child_id > 0), in id order; fn returning
 * non-zero stops the scan and is returned. Text fields are valid only during the call. */
typedef int (*store_row_fn)(void *ctx, const struct table *t, const struct field *row);
int store_scan(struct store *st, const struct table *t, int64_t child_id, store_row_fn fn,
    void *ctx);
/* Finds record id of t: 1 found (with its child in *child_id, 0 if t has none), 0 not. */
int store_lookup(struct store *st, const struct table *t, int64_t id, int64_t *child_id);
/* Reads record id of t into row; text copied into the caller's buf. 1 found, 0 not. */
struct buf;
int store_get(struct store *st, const struct table *t, int64_t id, struct field *row,
    struct buf *text);
int64_t store_count(struct store *st, const struct table *t);
/* Date column col of record id of t into out ("" when it has none): 1 found, 0 no such
 * record, -1 when the store failed. */
int store_record_date(struct store *st, const struct table *t, int64_t id, int col,
    char out[11]);
/* Of child child_id's records of t whose column via holds id, the one whose date col comes
 * first (latest: last), with that date: its id in *record and the date in out. 1 found,
 * 0 none has the date, -1 when the store failed. */
int store_first_linked_date(struct store *st, const struct table *t, int64_t child_id,
    const char *via, int64_t id, const char *col, int latest, int64_t *record, char out[11]);
/* Finds a child by local id: 1 found (id in *id), 0 not. */
int store_child_by_la_id(struct store *st, const char *la_child_id, int64_t *id);
/* Finds the child a person named: its local id (la_child_id) first, then, when text is a
 * whole number, its record id. 1 found (id in *id), 0 not, -1 when the store failed. */
int store_find_child(struct store *st, const char *text, int64_t *id);
/* Whether the store holds any record at all (settings aside). */
int store_is_empty(struct store *st);

/* The typed records of the whole area (child_id 0) or of one child, sorted and indexed. */
int store_load_area(struct store *st, int64_t child_id, struct area *a);
/* The same for only the named tables (a NULL-terminated list of names; NULL: all), for a
 * reader that needs a few kinds of record of a large area. */
int store_load_tables(struct store *st, int64_t child_id, const char *const *tables,
    struct area *a);
/* The records of only the named tables (NULL-terminated list of names) for the children
 * whose ids are first to last (reference tables such as settings and agencies whole), for
 * passes over a large area a slice at a time (store_load.c). */
int store_load_range(struct store *st, int64_t first, int64_t last, const char *const *tables,
    struct area *a);
/* The smallest and largest child id (both 0 when there is no child). */
int store_child_ids(struct store *st, int64_t *first, int64_t *last);

/* Administration (store_admin.c). The professional a username belongs to: 1 found (*professional_id 0 when the user is not
 * linked to one), 0 no such user. */
int store_user_professional(struct store *st, const char *username, int64_t *professional_id);

/*
 * The store as a whole, whatever it is made of (store_files.c), so that nothing above the
 * store need know: a SQLite store is a file and the files SQLite keeps beside it, a
 * PostgreSQL store would be none.
 *
 * store_file_is_part: whether path names the store at store_path or a part of it (for
 * SQLite: its write-ahead log, shared memory, rollback journal), however spelt: 1 yes,
 * 0 no. A file the user asks to have written must not be one of these.
 * store_exists: whether a store (or something that may be one: store_open says) is at
 * path: 1 yes, 0 no; an empty file is none, since STORE_CREATE makes the store in it.
 * store_remove: removes the store at path and everything it keeps; 0, or -1 (errno).
 * For a store this command created and must leave nothing of (a failed demo, --check).
 */
int store_file_is_part(const char *store_path, const char *path);
int store_exists(const char *path);
int store_remove(const char *path);
/* Creates path, empty, readable and writable by its owner only, unless it exists: 0, or
 * -1 (errno) when it cannot be made. A new store or backup is made this way. */
int store_file_create_private(const char *path);

/* Whole-file operations (store_backup.c). */
int store_backup_to(struct store *st, const char *dest);
/* Checks that path is a sound safeguard store this binary can read; message in *err. */
int store_check_file(const char *path, char *err, unsigned errsize);
int store_restore_from(struct store *st, const char *src);
/* PRAGMA integrity_check and foreign_key_check: 0 clean, -1 with the first problem. */
int store_integrity(struct store *st);

/* Whole-record import and export (store_json.c). */
int store_begin_read(struct store *st);		/* BEGIN: one snapshot for many reads */
/* The import's one write transaction, with foreign keys checked by the importer instead
 * of SQLite (store_json.c says why); ended by committing, or not. */
int store_import_begin(struct store *st);
int store_import_end(struct store *st, int commit);
/* Whether no table holds a record, settings included: 1 yes, 0 no, -1 error. */
int store_holds_nothing(struct store *st);
/* The columns that together must be unique in t (NULL-terminated), or NULL if none. */
const char *const *store_unique_key(const struct table *t);
/* The id of the record of t holding row's unique key: 1 found, 0 not (or t has no key). */
int store_find_unique(struct store *st, const struct table *t, const struct field *row,
    int64_t *id);
/* Many reads of whole records by id, each table's SELECT prepared once. */
struct store_reader *store_reader_new(struct store *st);
void store_reader_free(struct store_reader *r);
/* Reads record id of t into row; its text is copied into text. 1 found, 0 not, -1 error. */
int store_reader_get(struct store_reader *r, const struct table *t, int64_t id,
    struct field *row, struct buf *text);

/*
 * Matching a file's records to the store's (store_update.c): a handle that keeps its
 * prepared UPDATE statements for as long as an import runs; update rewrites every column
 * of the record whose id is row[0]. store_max_id: the largest id of t, 0 if none.
 */
struct store_rewriter;
struct store_rewriter *store_rewriter_new(struct store *st);
void store_rewriter_free(struct store_rewriter *r);
int store_rewriter_update(struct store_rewriter *r, const struct table *t,
    const struct field *row);
/* Rewrites every column of the record whose id is row[0], by a statement kept per store:
 * 0, or -1 (no such record, or the store refused it). */
int store_update(struct store *st, const struct table *t, const struct field *row);
int64_t store_max_id(struct store *st, const struct table *t);
/* Lets SQLite keep up to mib MiB of pages in memory: a large import then writes each page
 * once, at commit, instead of spilling and rewriting it on the way. */
int store_cache_size(struct store *st, int mib);
/*
 * One large write transaction (an import): when no one else has the store open, it goes
 * through a rollback journal instead of the write-ahead log, so each page reaches the disk
 * once rather than twice, with the same all-or-nothing commit. Returns 1 when switched (end
 * must then be called after the commit or rollback), 0 when the store stays in WAL mode.
 */
int store_large_write_begin(struct store *st);
int store_large_write_end(struct store *st);
/* Whether some referral was open at some time from start to end: 1 yes, 0 no, -1 error. */
int store_referral_open_in(struct store *st, cal_date start, cal_date end);

/* Bulk load mode for a brand-new store: a rollback journal (which a new store makes
 * almost free) and no syncs, until store_bulk_end(). */
int store_bulk_begin(struct store *st);
int store_bulk_end(struct store *st);

/*
 * A bulk load (store_bulk.c): one transaction in which rows go in by the batch, secondary
 * indexes are rebuilt once at the end, and foreign keys are not probed row by row (the
 * caller guarantees its references). For filling an empty store; close with commit 0 to
 * abandon the load. Text values must stay valid until store_bulk_rows returns.
 */
struct store_bulk;
struct store_bulk *store_bulk_open(struct store *st);
/* n rows of t, each t->ncols fields, one after another. */
int store_bulk_rows(struct store_bulk *b, const struct table *t, const struct field *rows,
    size_t n);
int store_bulk_close(struct store_bulk *b, int commit);

/*
 * The audit trail (store_audit.c): an append-only list of who did what, when, from where,
 * and why. Each entry carries a BLAKE2b hash over itself and the hash of the entry before
 * it, so that an entry changed, removed or slipped in is found by store_audit_verify; the
 * store offers no function to change or delete one, and refuses it underneath (a trigger,
 * and the authorizer of every connection).
 */
struct audit_entry {
	int64_t id;		/* set by the store: 1, 2, 3 ... with no gaps */
	char at[32];		/* UTC "2026-12-02T09:15:02.123456Z"; set by the store if "" */
	int64_t user_id;	/* 0 for a command run at a terminal, or no one logged in */
	const char *username;	/* as typed at a failed login; the login running a command */
	const char *role;	/* a user_role code, or "command" */
	const char *address;	/* the client's IP address, or "terminal" */
	const char *action;	/* "view", "search", "create", "change", "export", "import",
				 * "login", "login failed", "logout", "refused",
				 * "restricted view", "restore", "health lookup" */
	const char *table;	/* the record's table, or NULL */
	int64_t record_id;	/* 0 when none */
	int64_t child_id;	/* the child the entry concerns, 0 when none */
	const char *what;	/* the route, the words searched, a file's name ... */
	const char *reason;	/* what the person gave when asked why; NULL otherwise */
	const char *detail;	/* JSON: {"before": {...}, "after": {...}} of a change */
};

#define STORE_AUDIT_HASH 32	/* bytes of an entry's BLAKE2b hash */

/* Appends n entries in order: inside the caller's transaction when one is open (a change
 * and its entry commit together), else in one transaction of its own (a batch of views,
 * grouped so that one commit carries many). 0, or -1 with the reason in store_error. */
int store_audit_append(struct store *st, const struct audit_entry *v, size_t n);

struct audit_filter {
	int64_t child_id;	/* 0: any */
	const char *username;	/* NULL: anyone */
	const char *action;	/* NULL: any */
	const char *from, *to;	/* YYYY-MM-DD, inclusive (UTC days); NULL: open */
	int newest_first;
	long limit;		/* 0: no limit */
};
/* Calls fn for each entry the filter takes; its strings last only during the call. fn
 * returning non-zero stops the scan and is returned. */
typedef int (*store_audit_fn)(void *ctx, const struct audit_entry *e);
int store_audit_scan(struct store *st, const struct audit_filter *f, store_audit_fn fn,
    void *ctx);
/* Calls fn for each entry of one record (table and id) after entry after_id, oldest first:
 * who changed it since a form showing it was opened. As store_audit_scan otherwise. */
int store_audit_record_after(struct store *st, const char *table, int64_t record_id,
    int64_t after_id, store_audit_fn fn, void *ctx);

/* How many entries of action the user has made since the UTC time since ("2026-12-03T09:15"
 * or longer: entries compare as text): a limit on how often something is done (the health
 * lookup's). 0, or -1. */
int store_audit_count_since(struct store *st, const char *username, const char *action,
    const char *since, long *n);

struct audit_verdict {
	int64_t entries;	/* how many were checked */
	int64_t first_bad;	/* id of the first entry added, changed or removed; 0 if none */
	char problem[400];	/* what was found there, in words; "" when the chain holds */
};
/* Walks the whole chain: 0 when it holds, 1 when it does not (verdict says where), -1
 * when the store could not be read. */
int store_audit_verify(struct store *st, struct audit_verdict *v);
/* The last entry's id (0 when the trail is empty) and its hash in hex (zeros when empty):
 * kept somewhere else, it shows later whether the trail was cut short or rewritten, which
 * the chain alone cannot (store_audit.c). 0, or -1. */
int store_audit_head(struct store *st, int64_t *id, char hex[2 * STORE_AUDIT_HASH + 1]);

/*
 * How many transactions have changed records since the store was made (store_generation.c):
 * a reader holding records in memory reads them again when it moves. Every function of
 * the store that writes records counts its transaction, whichever program runs it.
 */
int store_generation(struct store *st, int64_t *n);

#endif
