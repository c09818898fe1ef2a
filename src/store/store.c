/*
 * store.c: opening a store, its schema version, transactions and errors.
 *
 * A store is one SQLite file. It is opened in WAL mode (readers never block the writer,
 * and a backup can copy it while it is in use), with foreign keys enforced and
 * synchronous=FULL, because a change acknowledged to a user must survive a power cut
 * (product.md section 7). The file is marked with an application id so that safeguard
 * never mistakes another program's database for its own, and its schema version is kept
 * in user_version: opening applies every missing migration in one transaction, and
 * refuses a store written by a newer safeguard rather than guess at its meaning.
 */
#include "store/store_int.h"

#include <errno.h>
#include <pthread.h>
#include <sodium.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "base/mem.h"
#include "base/str.h"

static char open_err[1200];

/*
 * SQLite's words for the failures a user can put right, said in ours: a store another
 * program is writing to (SQLite has waited for it: store_open sets how long), a full disk,
 * and a store this user may not write (in WAL mode SQLite writes the -wal and -shm files
 * beside the store even to read it). NULL for any other failure.
 */
const char *
store_plain_reason(struct store *st, char *out, size_t size)
{
	int code = sqlite3_errcode(st->db) & 0xff;

	if (code == SQLITE_BUSY)
		snprintf(out, size, "%s is busy: another program is writing to it (try again once "
		    "it has finished)", st->path);
	else if (code == SQLITE_FULL)
		snprintf(out, size, "the disk that holds %s is full (free some space there, then "
		    "try again)", st->path);
	else if (code == SQLITE_AUTH)
		snprintf(out, size, "the store refused %s: the audit trail is append-only (no "
		    "command may do this; it was logged)", st->refused ? st->refused :
		    "a statement");
	else if (code == SQLITE_READONLY)
		snprintf(out, size, "%s is read-only for this user (make the file and its folder "
		    "writable for them: SQLite keeps files beside the store, even to read it)",
		    st->path);
	else
		return NULL;
	return out;
}

int
store_failf(struct store *st, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(st->err, sizeof st->err, fmt, ap);
	va_end(ap);
	return -1;
}

const char *
store_why(struct store *st, char *out, size_t size)
{
	const char *why = store_plain_reason(st, out, size);

	return why ? why : sqlite3_errmsg(st->db);
}

int
store_fail(struct store *st, const char *what)
{
	char plain[600];

	return store_failf(st, "%s: %s", what, store_why(st, plain, sizeof plain));
}

const char *
store_error(const struct store *st)
{
	return st->err;
}

const char *
store_path(const struct store *st)
{
	return st->path;
}

int
store_schema_version(const struct store *st)
{
	return st->version;
}

int
store_binary_schema_version(void)
{
	return store_nmigrations;
}

int
store_exec(struct store *st, const char *sql)
{
	char *msg = NULL;

	if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		char plain[600];
		if (store_plain_reason(st, plain, sizeof plain))
			store_failf(st, "%s", plain);
		else
			store_failf(st, "the store refused \"%.80s\": %s", sql, msg ? msg : "?");
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

sqlite3_stmt *
store_prepare(struct store *st, const char *sql)
{
	sqlite3_stmt *s = NULL;

	if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL) != SQLITE_OK) {
		char plain[600];
		store_failf(st, "cannot prepare \"%.120s\": %s", sql,
		    store_why(st, plain, sizeof plain));
		return NULL;
	}
	return s;
}

int
store_one_int64(struct store *st, sqlite3_stmt *s, int64_t *out, int keep)
{
	int rc = sqlite3_step(s);

	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(s, 0);
	if (keep)
		sqlite3_reset(s);
	else
		sqlite3_finalize(s);
	if (rc == SQLITE_ROW)
		return 1;
	return rc == SQLITE_DONE ? 0 : store_fail(st, "cannot read the store");
}

int
store_tune_for_many_reads(struct store *st)
{
	return store_exec(st, "PRAGMA mmap_size=1073741824");
}

int
store_no_checkpoints(struct store *st)
{
	return store_exec(st, "PRAGMA wal_autocheckpoint=0");
}

/*
 * A passive checkpoint copies what it can and blocks no one. But while saves come without
 * a pause the log is never wholly copied at any moment, so it is never started again
 * from its beginning and grows without end (half a gigabyte in fifteen seconds of the
 * saves benchmark), and every read looks through it. Past LOG_RESTART_PAGES, the
 * checkpoint waits for the writers' turn like a save and copies the rest, so that the
 * next save starts the log again: a pause of milliseconds, once per tens of megabytes.
 */
#define LOG_RESTART_PAGES 8192

int
store_checkpoint(struct store *st)
{
	int log = 0, copied = 0;
	int rc = sqlite3_wal_checkpoint_v2(st->db, NULL, SQLITE_CHECKPOINT_PASSIVE, &log, &copied);

	if (rc == SQLITE_OK && log > LOG_RESTART_PAGES && store_writer_take(st) == 0) {
		rc = sqlite3_wal_checkpoint_v2(st->db, NULL, SQLITE_CHECKPOINT_RESTART, NULL, NULL);
		store_writer_give(st);
	}
	return rc == SQLITE_OK || rc == SQLITE_BUSY ? 0 : store_fail(st, "cannot checkpoint");
}

static int busy_ms(void);

/*
 * The writers of one process take turns at a lock of their own before SQLite's, in the
 * order they came. Waiting in SQLite's busy handler, which sleeps longer and longer (up
 * to 100 ms) between tries, gives the write lock to whoever happens to try when it is
 * free: with twenty requests of the server saving at once, some waited a second behind
 * hundreds of others. Here the turn is handed to the writer that has waited longest
 * (each waits on a condition of its own, so a hand-over wakes no one else). A thread
 * writing to two stores at once (a copy from one to another) already has the turn for
 * the second. Other programs' writers still meet SQLite's busy timeout, and so does a
 * writer here after waiting that long for its turn.
 */
struct waiter {
	pthread_cond_t handed_over;
	pthread_t thread;
	int handed;
	struct waiter *next;
};

static struct {
	pthread_mutex_t lock;
	pthread_t owner;
	int depth;		/* handles of owner holding the turn; 0: free */
	struct waiter *head, *tail;
} turn = {PTHREAD_MUTEX_INITIALIZER, 0, 0, NULL, NULL};

static void
unqueue(struct waiter *w)
{
	struct waiter **p = &turn.head, *prev = NULL;

	while (*p && *p != w)
		prev = *p, p = &(*p)->next;
	if (!*p)
		return;
	*p = w->next;
	if (turn.tail == w)
		turn.tail = prev;
}

/* With turn.lock: waits in the queue until handed the turn (1), or until (0). */
static int
wait_turn(const struct timespec *until)
{
	struct waiter w = {.thread = pthread_self()};
	int rc = 0;

	pthread_cond_init(&w.handed_over, NULL);
	if (turn.tail)
		turn.tail->next = &w;
	else
		turn.head = &w;
	turn.tail = &w;
	while (!w.handed && rc == 0)
		rc = pthread_cond_timedwait(&w.handed_over, &turn.lock, until);
	if (!w.handed)
		unqueue(&w);
	pthread_cond_destroy(&w.handed_over);
	return w.handed;
}

int
store_writer_take(struct store *st)
{
	struct timespec until;
	int ms = busy_ms(), got = 1;

	if (st->writing)
		return 0;
	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += ms / 1000;
	until.tv_nsec += (long)(ms % 1000) * 1000000L;
	if (until.tv_nsec >= 1000000000L)
		until.tv_sec++, until.tv_nsec -= 1000000000L;
	pthread_mutex_lock(&turn.lock);
	if (turn.depth && pthread_equal(turn.owner, pthread_self()))
		turn.depth++;
	else if (turn.depth == 0 && !turn.head)
		turn.owner = pthread_self(), turn.depth = 1;
	else
		got = wait_turn(&until);	/* handed over: owner and depth are set */
	pthread_mutex_unlock(&turn.lock);
	if (!got)
		return store_failf(st, "cannot change the store: it is busy (another change has "
		    "taken %d seconds so far); try again in a moment", ms / 1000);
	st->writing = 1;
	return 0;
}

/* Once the handle's transaction is over (committed, rolled back, or never begun). */
void
store_writer_give(struct store *st)
{
	struct waiter *w;

	if (!st->writing || !sqlite3_get_autocommit(st->db))
		return;
	st->writing = 0;
	pthread_mutex_lock(&turn.lock);
	if (--turn.depth == 0 && (w = turn.head)) {
		turn.head = w->next;
		if (!turn.head)
			turn.tail = NULL;
		turn.owner = w->thread;
		turn.depth = 1;
		w->handed = 1;
		pthread_cond_signal(&w->handed_over);
	}
	pthread_mutex_unlock(&turn.lock);
}

int
store_begin(struct store *st)
{
	int rc;

	if (store_writer_take(st) < 0)
		return -1;
	rc = store_exec(st, "BEGIN IMMEDIATE");
	store_writer_give(st);	/* if it failed */
	return rc;
}

int
store_commit(struct store *st)
{
	int rc;

	if (st->records_written && store_count_change(st) < 0)
		return -1;
	rc = store_exec(st, "COMMIT");
	store_writer_give(st);
	return rc;
}

int
store_rollback(struct store *st)
{
	int rc = 0;

	st->records_written = 0;
	if (!sqlite3_get_autocommit(st->db))
		rc = store_exec(st, "ROLLBACK");
	store_writer_give(st);
	return rc;
}

static int
pragma_int(struct store *st, const char *sql, int *out)
{
	sqlite3_stmt *s;
	int rc;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return -1;
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return rc == SQLITE_ROW ? 0 : -1;
}

/* Applies the migrations the store lacks, all in one transaction. */
static int
migrate(struct store *st)
{
	char sql[64];

	if (store_begin(st) < 0)
		return -1;
	st->unguarded = 1;	/* the store itself may need to rebuild what the guard keeps */
	for (int v = st->version; v < store_nmigrations; v++)
		if (store_exec(st, store_migrations[v]) < 0)
			goto fail;
	st->unguarded = 0;
	snprintf(sql, sizeof sql, "PRAGMA user_version=%d", store_nmigrations);
	if (store_exec(st, sql) < 0)
		goto fail;
	snprintf(sql, sizeof sql, "PRAGMA application_id=%d", STORE_APPLICATION_ID);
	if (store_exec(st, sql) < 0 || store_commit(st) < 0)
		goto fail;
	st->version = store_nmigrations;
	return 0;
fail:
	st->unguarded = 0;
	store_rollback(st);
	return -1;
}

int
store_schema_refresh(struct store *st)
{
	if (pragma_int(st, "PRAGMA user_version", &st->version) < 0)
		return store_fail(st, "cannot read the store's schema");
	return st->version < store_nmigrations ? migrate(st) : 0;
}

/* Is this file ours, empty and new, or something else? Sets st->version. */
static int
identify(struct store *st, enum store_mode mode)
{
	int app = 0, tables = 0;

	char plain[600];

	if (pragma_int(st, "PRAGMA application_id", &app) < 0) {
		if (store_plain_reason(st, plain, sizeof plain))
			return store_failf(st, "cannot open the store: %s", plain);
		if ((sqlite3_errcode(st->db) & 0xff) == SQLITE_NOTADB)
			return store_failf(st, "%s is not a safeguard store (it is not a SQLite "
			    "database)", st->path);
		return store_failf(st, "cannot read the store %s: %s", st->path,
		    sqlite3_errmsg(st->db));
	}
	if (pragma_int(st, "SELECT count(*) FROM sqlite_schema", &tables) < 0 ||
	    pragma_int(st, "PRAGMA user_version", &st->version) < 0)
		return store_fail(st, "cannot read the store's schema");
	if (app == 0 && tables == 0 && st->version == 0) {
		if (mode != STORE_CREATE)
			return store_failf(st, "%s is an empty file, not a safeguard store "
			    "(create one with 'safeguard init --db %s')", st->path, st->path);
		return 0;
	}
	if (app != STORE_APPLICATION_ID)
		return store_failf(st, "%s is a SQLite database of another program, not a "
		    "safeguard store", st->path);
	if (st->version > store_nmigrations)
		return store_failf(st, "%s was written by a newer safeguard (schema version %d; "
		    "this safeguard reads up to version %d): use a newer safeguard, or restore a "
		    "backup made with this one", st->path, st->version, store_nmigrations);
	return 0;
}

static int
configure(struct store *st)
{
	sqlite3_stmt *s;
	int wal;

	if (sqlite3_prepare_v2(st->db, "PRAGMA journal_mode=WAL", -1, &s, NULL) != SQLITE_OK)
		return store_fail(st, "cannot set the journal mode");
	wal = sqlite3_step(s) == SQLITE_ROW &&
	    strcmp((const char *)sqlite3_column_text(s, 0), "wal") == 0;
	sqlite3_finalize(s);
	if (!wal)
		return store_failf(st, "%s: cannot switch to write-ahead logging (%s); is the "
		    "folder writable?", st->path, sqlite3_errmsg(st->db));
	return store_exec(st, "PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL;"
	    "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY");
}

/* The reasons a path cannot be a store, found before SQLite is asked; NULL if none. */
static const char *
why_cannot_open(const char *path, enum store_mode mode)
{
	struct stat sb;

	if (stat(path, &sb) != 0) {
		if (errno == ENOENT && mode == STORE_CREATE)
			return NULL;
		if (errno == ENOENT)
			snprintf(open_err, sizeof open_err, "there is no store at %s (create one "
			    "with 'safeguard init --db %s')", path, path);
		else
			snprintf(open_err, sizeof open_err, "cannot reach the store %s: %s", path,
			    strerror(errno));
		return open_err;
	}
	if (S_ISDIR(sb.st_mode)) {
		snprintf(open_err, sizeof open_err, "%s is a folder, not a store file", path);
		return open_err;
	}
	return NULL;
}

/*
 * How long a command waits for another writer to finish: ten seconds, in which any
 * ordinary transaction ends. Test builds take SAFEGUARD_BUSY_TIMEOUT_MS, so that a test
 * of a busy store need not wait the ten seconds.
 */
static int
busy_ms(void)
{
#ifdef SAFEGUARD_TEST
	const char *v = getenv("SAFEGUARD_BUSY_TIMEOUT_MS");
	int ms;

	if (v && str_to_int(v, 0, 600000, &ms))
		return ms;
#endif
	return 10000;
}

static void
free_store(struct store *st)
{
	if (st->db && !sqlite3_get_autocommit(st->db))
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	store_writer_give(st);
	for (int i = 0; i < st->ntables; i++) {
		sqlite3_finalize(st->insert[i]);
		sqlite3_finalize(st->lookup[i]);
		sqlite3_finalize(st->update[i]);
		sqlite3_finalize(st->get[i]);
	}
	for (int i = 0; i < STORE_LOAD_SLOTS; i++)
		sqlite3_finalize(st->load[i]);
	xfree(st->insert);
	xfree(st->lookup);
	store_cache_free(st);
	sqlite3_finalize(st->audit_last);
	sqlite3_finalize(st->audit_insert);
	xfree(st->update);
	xfree(st->get);
	sqlite3_close(st->db);
	xfree(st->path);
	xfree(st);
}

/*
 * Once per process, before SQLite starts: no count of memory in use. SQLite keeps that
 * count under one mutex for the whole process, taken at every allocation, which the web
 * server's threads would otherwise queue on; safeguard never asks for the count.
 */
static pthread_once_t configured = PTHREAD_ONCE_INIT;

static void
configure_library(void)
{
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

struct store *
store_open(const char *path, enum store_mode mode, const char **err)
{
	struct store *st;
	/*
	 * NOMUTEX: a connection is only ever used by one thread at a time (the demo's writer
	 * thread has it alone while it runs; a server gives each request its own), so
	 * SQLite's per-call locking is pure cost: about a quarter of an export's CPU.
	 */
	int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
	    (mode == STORE_CREATE ? SQLITE_OPEN_CREATE : 0);
	const char *why = why_cannot_open(path, mode);

	*err = why;
	if (why)
		return NULL;
	/* libsodium picks the fastest BLAKE2b for this processor (the audit chain). */
	if (sodium_init() < 0) {
		*err = "cannot start libsodium, which the audit trail needs";
		return NULL;
	}
	if (mode == STORE_CREATE)
		store_file_create_private(path);
	st = xcalloc(1, sizeof *st);
	st->path = xstrdup(path);
	records_tables(&st->ntables);
	st->insert = xcalloc((size_t)st->ntables, sizeof *st->insert);
	st->lookup = xcalloc((size_t)st->ntables, sizeof *st->lookup);
	st->update = xcalloc((size_t)st->ntables, sizeof *st->update);
	st->get = xcalloc((size_t)st->ntables, sizeof *st->get);
	pthread_once(&configured, configure_library);
	if (sqlite3_open_v2(path, &st->db, flags, NULL) != SQLITE_OK) {
		snprintf(open_err, sizeof open_err, "cannot %s the store %s: %s (is the folder "
		    "there and writable?)", mode == STORE_CREATE ? "create" : "open", path,
		    st->db ? sqlite3_errmsg(st->db) : "out of memory");
		goto fail;
	}
	/* Before the first read: another process may be writing at this very moment. */
	sqlite3_busy_timeout(st->db, busy_ms());
	sqlite3_extended_result_codes(st->db, 1);
	if (store_guard_connection(st->db, st) < 0) {
		snprintf(open_err, sizeof open_err, "cannot guard the store %s: %s", path,
		    sqlite3_errmsg(st->db));
		goto fail;
	}
	if (identify(st, mode) < 0 || configure(st) < 0 ||
	    (st->version < store_nmigrations && migrate(st) < 0)) {
		snprintf(open_err, sizeof open_err, "%s", st->err);
		goto fail;
	}
	return st;
fail:
	*err = open_err;
	free_store(st);
	return NULL;
}

void
store_close(struct store *st)
{
	if (st)
		free_store(st);
}

int
store_table_index(const struct table *t)
{
	int n;
	const struct table *all = records_tables(&n);

	return (int)(t - all);
}
