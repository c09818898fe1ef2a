/*
 * test_audit.c: the audit trail (store_audit.c, store_audit_read.c, store_guard.c).
 *
 * Appending, alone and in batches (one commit a batch, or none inside the caller's
 * transaction); the chain; the filters of the scan; the triggers and the authorizer
 * refusing every rewrite through the store's own connection; and verify naming the first
 * entry changed, removed or slipped in. The tampering is done underneath the store, with a
 * connection of the test's own (raw_open) that drops the triggers first, as an attacker
 * holding the file would: nowhere else does anything open the store but the store.
 */
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"
#include "store_fixture.h"
#include "store/store_int.h"

#define N 10	/* entries of a test trail */

static char whats[N + 2][32];

/* Entry k of a test trail: every field known, so that a test can compute its hash. */
static void
make_entry(int64_t k, struct audit_entry *e)
{
	memset(e, 0, sizeof *e);
	snprintf(e->at, sizeof e->at, "2026-12-%02dT09:15:02.%06dZ", 1 + (int)(k % 5),
	    (int)k);
	e->user_id = k % 2 ? 7 : 8;
	e->username = k % 2 ? "jsmith" : "akhan";
	e->role = "social_worker";
	e->address = "192.0.2.10";
	e->action = k % 3 ? "view" : "change";
	e->table = k % 3 ? "children" : "referrals";
	e->record_id = k;
	e->child_id = 1 + k % 4;
	snprintf(whats[k % (N + 2)], sizeof whats[0], "/children/%d", (int)k);
	e->what = whats[k % (N + 2)];
	e->reason = k == 4 ? "a strategy discussion tomorrow" : NULL;
}

/* A new store with entries 1..n of the test trail, in one batch. */
static struct store *
trail(int n)
{
	struct store *st = fresh();
	struct audit_entry v[N];

	for (int k = 1; k <= n; k++)
		make_entry(k, &v[k - 1]);
	CHECK_INT(store_audit_append(st, v, (size_t)n), 0);
	return st;
}

static int
commits(void *ctx)
{
	++*(int *)ctx;
	return 0;
}

static void
append_batch_is_one_commit(void)
{
	struct store *st = fresh();
	struct audit_entry v[100];
	int n = 0;

	memset(v, 0, sizeof v);
	for (int i = 0; i < 100; i++) {
		v[i].action = "view";
		v[i].username = "jsmith";
	}
	sqlite3_commit_hook(st->db, commits, &n);
	CHECK_INT(store_audit_append(st, v, 100), 0);
	CHECK_INT(n, 1);
	CHECK_INT(store_audit_append(st, v, 1), 0);
	CHECK_INT(n, 2);
	/* Inside the caller's transaction: it commits with the caller's change, or not. */
	CHECK_INT(store_begin(st), 0);
	CHECK_INT(store_audit_append(st, v, 100), 0);
	CHECK_INT(n, 2);
	CHECK_INT(store_rollback(st), 0);
	CHECK_INT(store_begin(st), 0);
	CHECK_INT(store_audit_append(st, v, 3), 0);
	CHECK_INT(store_commit(st), 0);
	CHECK_INT(n, 3);
	sqlite3_commit_hook(st->db, NULL, NULL);
	{
		int64_t id;
		char hex[65];
		CHECK_INT(store_audit_head(st, &id, hex), 0);
		CHECK_INT(id, 104);
		CHECK_INT((long long)strlen(hex), 64);
	}
	cleanup(st);
}

static int
keep_first(void *ctx, const struct audit_entry *e)
{
	struct audit_entry *out = ctx;

	*out = *e;
	out->username = NULL;	/* its strings do not outlive the call */
	out->what = out->role = out->address = out->action = out->table = NULL;
	out->reason = out->detail = NULL;
	return 1;
}

static void
at_set_by_the_store(void)
{
	struct store *st = fresh();
	struct audit_entry e, got;
	struct audit_filter f = {0};

	memset(&e, 0, sizeof e);
	e.action = "login";
	CHECK_INT(store_audit_append(st, &e, 1), 0);
	CHECK_INT(store_audit_scan(st, &f, keep_first, &got), 1);
	CHECK_INT(got.id, 1);
	CHECK_INT((long long)strlen(got.at), 27);
	CHECK(got.at[4] == '-' && got.at[10] == 'T' && got.at[19] == '.' && got.at[26] == 'Z');
	/* The caller's own time must be of the same form; an action is required. */
	snprintf(e.at, sizeof e.at, "2026-12-02 09:15");
	CHECK_INT(store_audit_append(st, &e, 1), -1);
	CHECK(strstr(store_error(st), "is not a UTC time (write it as") != NULL);
	e.at[0] = 0;
	e.action = "";
	CHECK_INT(store_audit_append(st, &e, 1), -1);
	CHECK(strstr(store_error(st), "action is empty") != NULL);
	cleanup(st);
}

/* Each entry's hash is its fields' and the one before it, 32 zero bytes before entry 1. */
static void
chain_links(void)
{
	struct store *st = trail(N);
	sqlite3_stmt *s = store_prepare(st, "SELECT prev_hash, hash FROM audit ORDER BY id");
	unsigned char prev[32] = {0}, want[32];
	struct audit_entry e;

	for (int k = 1; s && sqlite3_step(s) == SQLITE_ROW; k++) {
		make_entry(k, &e);
		e.id = k;
		store_audit_hash(&e, prev, want);
		CHECK(memcmp(sqlite3_column_blob(s, 0), prev, 32) == 0);
		CHECK(memcmp(sqlite3_column_blob(s, 1), want, 32) == 0);
		memcpy(prev, want, 32);
	}
	sqlite3_finalize(s);
	cleanup(st);
}

/* No two entries encode alike: a byte moved between fields, or NULL for "", changes it. */
static void
encoding_unambiguous(void)
{
	struct audit_entry a, b;
	unsigned char zero[32] = {0}, ha[32], hb[32];

	make_entry(1, &a);
	make_entry(1, &b);
	a.what = "ab", a.reason = "c";
	b.what = "a", b.reason = "bc";
	store_audit_hash(&a, zero, ha);
	store_audit_hash(&b, zero, hb);
	CHECK(memcmp(ha, hb, 32) != 0);
	b.what = "ab", b.reason = NULL;
	a.reason = "";
	store_audit_hash(&a, zero, ha);
	store_audit_hash(&b, zero, hb);
	CHECK(memcmp(ha, hb, 32) != 0);
	b.reason = "";
	store_audit_hash(&b, zero, hb);
	CHECK(memcmp(ha, hb, 32) == 0);
}

struct seen {
	int n;
	int64_t ids[N];
};

static int
collect(void *ctx, const struct audit_entry *e)
{
	struct seen *s = ctx;

	if (s->n < N)
		s->ids[s->n++] = e->id;
	return 0;
}

/* The ids a filter takes, newest first, as "10 9 7". */
static const char *
ids_of(struct store *st, const struct audit_filter *f)
{
	static char out[128];
	struct seen s = {0};
	int used = 0;

	out[0] = 0;
	if (store_audit_scan(st, f, collect, &s) < 0)
		return store_error(st);
	for (int i = 0; i < s.n; i++)
		used += snprintf(out + used, sizeof out - (size_t)used, "%s%lld", i ? " " : "",
		    (long long)s.ids[i]);
	return out;
}

static void
scan_filters(void)
{
	struct store *st = trail(N);
	struct audit_filter f = {0};

	f.newest_first = 1;
	CHECK_STR(ids_of(st, &f), "10 9 8 7 6 5 4 3 2 1");
	f.child_id = 2;			/* 1 + k % 4 == 2: k = 1, 5, 9 */
	CHECK_STR(ids_of(st, &f), "9 5 1");
	f.child_id = 0;
	f.username = "akhan";
	CHECK_STR(ids_of(st, &f), "10 8 6 4 2");
	f.action = "change";		/* k % 3 == 0 */
	CHECK_STR(ids_of(st, &f), "6");
	f.username = NULL;
	CHECK_STR(ids_of(st, &f), "9 6 3");
	f.action = NULL;
	f.from = "2026-12-02";		/* day 1 + k % 5: k = 1, 6 day 2; k = 2, 7 day 3 */
	f.to = "2026-12-03";
	CHECK_STR(ids_of(st, &f), "7 6 2 1");
	f.limit = 2;
	CHECK_STR(ids_of(st, &f), "7 6");
	f.newest_first = 0;
	CHECK_STR(ids_of(st, &f), "1 2");
	f.limit = 0;
	f.to = "2026-02-30";
	CHECK_STR(ids_of(st, &f), "to: \"2026-02-30\" is not a date (use YYYY-MM-DD)");
	cleanup(st);
}

static void
store_refuses_rewrites(void)
{
	struct store *st = trail(3);
	static const char *const bad[] = {
		"UPDATE audit SET what = 'nothing' WHERE id = 2",
		"DELETE FROM audit WHERE id = 2",
		"DELETE FROM audit",
		"DROP TABLE audit",
		"DROP TRIGGER audit_no_update",
		"DROP TRIGGER audit_no_delete",
		"ALTER TABLE audit RENAME TO old_audit",
		"ALTER TABLE Main.AUDIT DROP COLUMN what",
		"INSERT INTO audit SELECT * FROM audit WHERE id = 1 ON CONFLICT(id) DO UPDATE SET "
		"what = 'x'",
	};
	struct audit_verdict v;

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		CHECK_INT(store_exec(st, bad[i]), -1);
		CHECK(strstr(store_error(st), "the audit trail is append-only") != NULL);
		CHECK(store_prepare(st, bad[i]) == NULL);
	}
	CHECK_STR(store_error(st), "cannot prepare \"INSERT INTO audit SELECT * FROM audit WHERE "
	    "id = 1 ON CONFLICT(id) DO UPDATE SET what = 'x'\": the store refused a change to an "
	    "audit entry: the audit trail is append-only (no command may do this; it was "
	    "logged)");
	/* Defensive mode: the schema cannot be edited by hand either. */
	store_exec(st, "PRAGMA writable_schema = ON");
	CHECK_INT(store_exec(st, "UPDATE sqlite_schema SET sql = '' WHERE name = "
	    "'audit_no_delete'"), -1);
	CHECK_INT(store_audit_verify(st, &v), 0);
	CHECK_INT(v.entries, 3);
	cleanup(st);
}

/* The test's own connection, as an attacker's: no guard, and the triggers dropped. */
static sqlite3 *
raw_open(void)
{
	sqlite3 *db = NULL;

	CHECK_INT(sqlite3_open(path, &db), SQLITE_OK);
	CHECK_INT(sqlite3_exec(db, "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete",
	    NULL, NULL, NULL), SQLITE_OK);
	return db;
}

static void
raw(sqlite3 *db, const char *sql)
{
	char *msg = NULL;

	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK)
		printf("  raw: %s: %s\n", sql, msg ? msg : "?");
	sqlite3_free(msg);
}

/* Without the triggers, the store's connection still refuses; so does a trigger that
 * someone added to another table to empty the trail. */
static void
guard_without_triggers(void)
{
	struct store *st = trail(3);
	sqlite3 *db = raw_open();
	const struct table *ag = records_table("agencies");
	struct field row[4] = {{1, 1, NULL}, {1, 0, "Police"}, {1, 0, "police"}, {0, 0, NULL}};
	struct audit_verdict v;

	raw(db, "CREATE TRIGGER sneaky AFTER INSERT ON agencies BEGIN DELETE FROM audit; END");
	sqlite3_close(db);
	CHECK_INT(store_exec(st, "UPDATE audit SET what = 'x'"), -1);
	CHECK(strstr(store_error(st), "refused a change to an audit entry") != NULL);
	CHECK_INT(store_exec(st, "DELETE FROM audit"), -1);
	CHECK_INT(store_insert(st, ag, row), STORE_FAILED);
	CHECK(strstr(store_error(st), "refused the removal of audit entries") != NULL);
	CHECK_INT(store_audit_verify(st, &v), 0);
	CHECK_INT(v.entries, 3);
	cleanup(st);
}

/* Inserts entry e, id e->id, chained to prev, with its true hash, underneath the store. */
static void
raw_insert(sqlite3 *db, const struct audit_entry *e, const unsigned char prev[32],
    unsigned char hash[32])
{
	sqlite3_stmt *s;

	store_audit_hash(e, prev, hash);
	CHECK_INT(sqlite3_prepare_v2(db, "INSERT INTO audit(id, at, user_id, username, role,"
	    " address, action, table_name, record_id, child_id, what, reason, prev_hash, hash)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", -1, &s, NULL), SQLITE_OK);
	sqlite3_bind_int64(s, 1, e->id);
	sqlite3_bind_text(s, 2, e->at, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, e->user_id);
	sqlite3_bind_text(s, 4, e->username, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 5, e->role, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 6, e->address, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 7, e->action, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 8, e->table, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 9, e->record_id);
	sqlite3_bind_int64(s, 10, e->child_id);
	sqlite3_bind_text(s, 11, e->what, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 12, e->reason, -1, SQLITE_STATIC);
	sqlite3_bind_blob(s, 13, prev, 32, SQLITE_STATIC);
	sqlite3_bind_blob(s, 14, hash, 32, SQLITE_STATIC);
	CHECK_INT(sqlite3_step(s), SQLITE_DONE);
	sqlite3_finalize(s);
}

/* The true hash of entry k of the test trail (entries 1..k as made). */
static void
true_hash(int64_t k, unsigned char out[32])
{
	unsigned char prev[32] = {0};
	struct audit_entry e;

	for (int64_t i = 1; i <= k; i++) {
		make_entry(i, &e);
		e.id = i;
		store_audit_hash(&e, prev, out);
		memcpy(prev, out, 32);
	}
	if (k == 0)
		memset(out, 0, 32);
}

/* Tampers with a fresh trail of N entries (sql run underneath the store, then fn if
 * any), and checks what verify says. */
static void
tampered(const char *sql, void (*fn)(sqlite3 *), int want_bad, const char *want_problem)
{
	struct store *st = trail(N);
	sqlite3 *db = raw_open();
	struct audit_verdict v;

	if (sql)
		raw(db, sql);
	if (fn)
		fn(db);
	sqlite3_close(db);
	CHECK_INT(store_audit_verify(st, &v), 1);
	CHECK_INT(v.first_bad, want_bad);
	CHECK_STR(v.problem, want_problem);
	cleanup(st);
}

/* Entry 5 rewritten, its hash made again to suit: entry 6's link no longer meets it. */
static void
rewrite_5(sqlite3 *db)
{
	unsigned char prev[32], hash[32];
	struct audit_entry e;

	raw(db, "DELETE FROM audit WHERE id = 5");
	make_entry(5, &e);
	e.id = 5;
	e.what = "/children/999";
	true_hash(4, prev);
	raw_insert(db, &e, prev, hash);
}

/* Entry 5 removed and those after renumbered, each given a hash for its new id. */
static void
remove_5_renumber(sqlite3 *db)
{
	unsigned char prev[32], hash[32];
	struct audit_entry e;

	raw(db, "DELETE FROM audit WHERE id >= 5");
	true_hash(5, prev);	/* the removed entry's: the link entry 6 had */
	for (int64_t k = 6; k <= N; k++) {
		make_entry(k, &e);
		e.id = k - 1;
		raw_insert(db, &e, prev, hash);
		memcpy(prev, hash, 32);
	}
}

/* A made-up entry slipped in as entry at, the later ones moved up an id, untouched. */
static void
slip_in(sqlite3 *db, int64_t at)
{
	unsigned char prev[32], hash[32];
	struct audit_entry e;
	char sql[160];

	snprintf(sql, sizeof sql, "UPDATE audit SET id = id + 1000 WHERE id >= %lld;"
	    "UPDATE audit SET id = id - 999 WHERE id >= 1000", (long long)at);
	raw(db, sql);
	make_entry(at, &e);
	e.id = at;
	e.what = "/children/made-up";
	true_hash(at - 1, prev);
	raw_insert(db, &e, prev, hash);
}

static void
slip_in_5(sqlite3 *db)
{
	slip_in(db, 5);
}

static void
slip_in_1(sqlite3 *db)
{
	slip_in(db, 1);
}

static void
verify_finds_tampering(void)
{
	tampered("UPDATE audit SET what = '/children/999' WHERE id = 5", NULL, 5, "entry 5 "
	    "(2026-12-01T09:15:02.000005Z, view by jsmith) was changed: its fields no longer give "
	    "its hash");
	tampered("UPDATE audit SET at = '2026-12-01T09:15:03.000005Z' WHERE id = 5", NULL, 5,
	    "entry 5 (2026-12-01T09:15:03.000005Z, view by jsmith) was changed: its fields no "
	    "longer give its hash");
	tampered("UPDATE audit SET prev_hash = zeroblob(32) WHERE id = 3", NULL, 3, "entry 3 "
	    "(2026-12-04T09:15:02.000003Z, change by jsmith) was changed: its fields no longer "
	    "give its hash");
	tampered("UPDATE audit SET record_id = NULL WHERE id = 9", NULL, 9, "entry 9 "
	    "(2026-12-05T09:15:02.000009Z, change by jsmith) was changed: its fields no longer "
	    "give its hash");
	tampered(NULL, rewrite_5, 6, "entry 6 (2026-12-02T09:15:02.000006Z, change by akhan) "
	    "is chained to an entry that is not entry 5: an entry was removed before it and "
	    "the ids after renumbered, or entry 5 was rewritten, hash and all");
	tampered("DELETE FROM audit WHERE id = 5", NULL, 5, "entry 5 was removed: the ids go "
	    "from 4 to 6");
	tampered("DELETE FROM audit WHERE id BETWEEN 5 AND 7", NULL, 5, "entries 5 to 7 were "
	    "removed: the ids go from 4 to 8");
	tampered("DELETE FROM audit WHERE id = 1", NULL, 1, "entry 1 was removed: the trail "
	    "begins at entry 2");
	tampered(NULL, remove_5_renumber, 5, "entry 5 (2026-12-02T09:15:02.000006Z, change by "
	    "akhan) is chained to an entry that is not entry 4: an entry was removed before it "
	    "and the ids after renumbered, or entry 4 was rewritten, hash and all");
	tampered(NULL, slip_in_5, 5, "entry 5 (2026-12-01T09:15:02.000005Z, view by jsmith) was "
	    "added: entry 6 is chained past it, to entry 4");
	tampered(NULL, slip_in_1, 1, "entry 1 (2026-12-02T09:15:02.000001Z, view by jsmith) was "
	    "added: entry 2 is chained past it, to the start of the trail");
	tampered("DELETE FROM audit WHERE id = 1; UPDATE audit SET id = id - 1", NULL, 1,
	    "entry 1 (2026-12-03T09:15:02.000002Z, view by akhan) was changed: its fields no "
	    "longer give its hash");
}

/* What the chain alone cannot see: the last entries cut off. The head tells. */
static void
truncation_needs_the_head(void)
{
	struct store *st = trail(N);
	sqlite3 *db = raw_open();
	struct audit_verdict v;
	char before[65], after[65];
	int64_t id;

	CHECK_INT(store_audit_head(st, &id, before), 0);
	raw(db, "DELETE FROM audit WHERE id > 8");
	sqlite3_close(db);
	CHECK_INT(store_audit_verify(st, &v), 0);
	CHECK_INT(v.entries, 8);
	CHECK_INT(store_audit_head(st, &id, after), 0);
	CHECK_INT(id, 8);
	CHECK(strcmp(before, after) != 0);
	cleanup(st);
}

/* Two processes appending at once: each batch chains to the last, whoever wrote it. */
static void
two_writers_one_chain(void)
{
	struct store *st = fresh();
	struct audit_verdict v;
	pid_t kids[2];

	store_close(st);
	for (int w = 0; w < 2; w++) {
		if ((kids[w] = fork()) == 0) {
			const char *err;
			struct store *mine = store_open(path, STORE_OPEN, &err);
			struct audit_entry b[10];
			int bad = !mine;
			memset(b, 0, sizeof b);
			for (int i = 0; i < 10; i++)
				b[i].action = w ? "view" : "search";
			for (int i = 0; !bad && i < 30; i++)
				bad = store_audit_append(mine, b, 10) < 0;
			store_close(mine);
			_exit(bad);
		}
	}
	for (int w = 0; w < 2; w++) {
		int status = -1;
		waitpid(kids[w], &status, 0);
		CHECK_INT(status, 0);
	}
	st = store_open(path, STORE_OPEN, &(const char *){NULL});
	CHECK(st != NULL);
	if (!st)
		return;
	CHECK_INT(store_audit_verify(st, &v), 0);
	CHECK_INT(v.entries, 600);
	cleanup(st);
}

/* A backup from before the trail existed is brought up to date when restored. */
static void
restore_of_an_older_backup(void)
{
	struct store *st = trail(2);
	char old[128];
	sqlite3 *db;
	struct audit_entry e;

	snprintf(old, sizeof old, "%s.old", path);
	unlink(old);
	CHECK_INT(sqlite3_open(old, &db), SQLITE_OK);
	raw(db, "PRAGMA application_id = 1397179441; PRAGMA user_version = 1;");
	raw(db, store_migrations[0]);
	sqlite3_close(db);
	CHECK_INT(store_restore_from(st, old), 0);
	CHECK_INT(store_schema_version(st), store_binary_schema_version());
	make_entry(1, &e);
	e.at[0] = 0;
	CHECK_INT(store_audit_append(st, &e, 1), 0);
	CHECK(records_table("audit") == NULL);		/* never exported or imported */
	unlink(old);
	cleanup(st);
}

int
main(void)
{
	RUN(append_batch_is_one_commit);
	RUN(at_set_by_the_store);
	RUN(chain_links);
	RUN(encoding_unambiguous);
	RUN(scan_filters);
	RUN(store_refuses_rewrites);
	RUN(guard_without_triggers);
	RUN(verify_finds_tampering);
	RUN(truncation_needs_the_head);
	RUN(two_writers_one_chain);
	RUN(restore_of_an_older_backup);
	return DONE();
}
