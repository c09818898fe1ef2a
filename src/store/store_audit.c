/*
 * store_audit.c: appending to the audit trail, and the hash that chains it.
 *
 *   store_audit_append   n entries, in the caller's transaction or in one of their own
 *   store_audit_head     the last entry's id and hash, to be kept elsewhere
 *   store_audit_hash     an entry's hash (store_audit_read.c checks the chain with it)
 *
 * Every read and change of a child's record adds an entry (product.md section 7), so the
 * web server appends many small entries: it gathers the views of many requests and hands
 * them over in batches, and a batch is one transaction, one fsync, whatever its size. The
 * two prepared statements are kept on the store for its life.
 *
 * The chain. Entry k's hash is BLAKE2b-256 (libsodium's crypto_generichash) over the
 * encoding of every field of entry k, its id included, then entry k-1's hash (32 zero
 * bytes for entry 1). The encoding is a version tag, then each field in a fixed order as
 * a kind byte (0 absent, 1 text, 2 integer) and an 8-byte big-endian length followed by
 * its bytes (an integer: its 8 bytes, big-endian): with lengths given, no two entries
 * encode alike, however their texts are cut. A change to any field of an entry, or to
 * the link, breaks its hash; removing or slipping in an entry breaks the link of the next.
 * The hash has no key: whoever can write the file can compute a whole new chain from the
 * entry they changed onward, or cut the last entries off. That is found only against a
 * copy of the last hash kept elsewhere (store_audit_head; 'audit verify' prints it).
 *
 * The last hash is read under the write lock (BEGIN IMMEDIATE, or the caller's write
 * transaction), so two processes appending at once queue for the lock and cannot both
 * chain to the same entry: the chain never forks. Inside a caller's read transaction the
 * insert must first take the write lock, which SQLite refuses (busy) when another write
 * came after the caller's snapshot began: the same guarantee.
 */
#include "store/store_int.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define ENCODING_TAG "safeguard audit entry, encoding 1"

static const unsigned char zero_hash[STORE_AUDIT_HASH];

static void
put_len(crypto_generichash_state *h, unsigned char kind, uint64_t n)
{
	unsigned char b[9];

	b[0] = kind;
	for (int i = 0; i < 8; i++)
		b[1 + i] = (unsigned char)(n >> (56 - 8 * i));
	crypto_generichash_update(h, b, sizeof b);
}

static void
put_text(crypto_generichash_state *h, const char *s)
{
	size_t n = s ? strlen(s) : 0;

	put_len(h, s ? 1 : 0, n);
	if (n)
		crypto_generichash_update(h, (const unsigned char *)s, n);
}

static void
put_int(crypto_generichash_state *h, int64_t v)
{
	unsigned char b[8];

	put_len(h, 2, 8);
	for (int i = 0; i < 8; i++)
		b[i] = (unsigned char)((uint64_t)v >> (56 - 8 * i));
	crypto_generichash_update(h, b, sizeof b);
}

void
store_audit_hash(const struct audit_entry *e, const unsigned char prev[STORE_AUDIT_HASH],
    unsigned char out[STORE_AUDIT_HASH])
{
	crypto_generichash_state h;

	crypto_generichash_init(&h, NULL, 0, STORE_AUDIT_HASH);
	put_text(&h, ENCODING_TAG);
	put_int(&h, e->id);
	put_text(&h, e->at);
	put_int(&h, e->user_id);
	put_text(&h, e->username);
	put_text(&h, e->role);
	put_text(&h, e->address);
	put_text(&h, e->action);
	put_text(&h, e->table);
	put_int(&h, e->record_id);
	put_int(&h, e->child_id);
	put_text(&h, e->what);
	put_text(&h, e->reason);
	put_text(&h, e->detail);
	put_len(&h, 1, STORE_AUDIT_HASH);
	crypto_generichash_update(&h, prev, STORE_AUDIT_HASH);
	crypto_generichash_final(&h, out, STORE_AUDIT_HASH);
}

/* Now, in UTC to the microsecond: "2026-12-02T09:15:02.123456Z". */
static void
now_utc(char out[32])
{
	struct timespec ts;
	struct tm tm;

	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(out + 19, 13, ".%06uZ", (unsigned)(ts.tv_nsec / 1000) % 1000000u);
}

/* Whether at is "" or a time written as the store writes them. */
static int
at_ok(const char at[32])
{
	static const char shape[] = "dddd-dd-ddTdd:dd:dd.ddddddZ";
	size_t n = strnlen(at, 32);

	if (n == 0)
		return 1;
	if (n != sizeof shape - 1)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (shape[i] == 'd' ? at[i] < '0' || at[i] > '9' : at[i] != shape[i])
			return 0;
	return 1;
}

static int
entry_ok(struct store *st, const struct audit_entry *e, size_t i)
{
	if (!at_ok(e->at))
		return store_failf(st, "audit entry %zu of the batch: at \"%.31s\" is not a UTC "
		    "time (write it as 2026-12-02T09:15:02.123456Z, or leave it empty for now)",
		    i + 1, e->at);
	if (!e->action || !*e->action)
		return store_failf(st, "audit entry %zu of the batch: action is empty (say what "
		    "was done: view, change, export ...)", i + 1);
	if (e->user_id < 0 || e->record_id < 0 || e->child_id < 0)
		return store_failf(st, "audit entry %zu of the batch: user_id, record_id and "
		    "child_id cannot be negative (use 0 for none)", i + 1);
	return 0;
}

static int
prepare_once(struct store *st)
{
	if (!st->audit_last && !(st->audit_last = store_prepare(st,
	    "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1")))
		return -1;
	if (!st->audit_insert && !(st->audit_insert = store_prepare(st,
	    "INSERT INTO audit(id, at, user_id, username, role, address, action, table_name,"
	    " record_id, child_id, what, reason, detail, prev_hash, hash)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)")))
		return -1;
	return 0;
}

/* The last entry's id and hash (0 and zeros when there is none): 0, or -1. */
static int
read_head(struct store *st, int64_t *id, unsigned char hash[STORE_AUDIT_HASH])
{
	sqlite3_stmt *s = st->audit_last;
	int rc = sqlite3_step(s), ok = 1;

	*id = 0;
	memcpy(hash, zero_hash, STORE_AUDIT_HASH);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(s, 0);
		ok = sqlite3_column_bytes(s, 1) == STORE_AUDIT_HASH;
		if (ok)
			memcpy(hash, sqlite3_column_blob(s, 1), STORE_AUDIT_HASH);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "cannot read the audit trail");
	if (!ok)
		return store_failf(st, "the audit trail's last entry (%lld) has no hash of 32 "
		    "bytes: the trail was tampered with ('safeguard audit verify' tells more)",
		    (long long)*id);
	return 0;
}

static void
bind_text(sqlite3_stmt *s, int col, const char *v)
{
	if (v)
		sqlite3_bind_text(s, col, v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(s, col);
}

static void
bind_id(sqlite3_stmt *s, int col, int64_t v)
{
	if (v)
		sqlite3_bind_int64(s, col, v);
	else
		sqlite3_bind_null(s, col);
}

static int
insert_one(struct store *st, const struct audit_entry *e, const unsigned char prev[32],
    const unsigned char hash[32])
{
	sqlite3_stmt *s = st->audit_insert;
	int rc;

	sqlite3_bind_int64(s, 1, e->id);
	sqlite3_bind_text(s, 2, e->at, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, e->user_id);
	bind_text(s, 4, e->username);
	bind_text(s, 5, e->role);
	bind_text(s, 6, e->address);
	bind_text(s, 7, e->action);
	bind_text(s, 8, e->table);
	bind_id(s, 9, e->record_id);
	bind_id(s, 10, e->child_id);
	bind_text(s, 11, e->what);
	bind_text(s, 12, e->reason);
	bind_text(s, 13, e->detail);
	sqlite3_bind_blob(s, 14, prev, STORE_AUDIT_HASH, SQLITE_STATIC);
	sqlite3_bind_blob(s, 15, hash, STORE_AUDIT_HASH, SQLITE_STATIC);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	return rc == SQLITE_DONE ? 0 : store_fail(st, "cannot add to the audit trail");
}

/* Chains and inserts the batch; the write lock is held. */
static int
append_locked(struct store *st, const struct audit_entry *v, size_t n)
{
	unsigned char prev[STORE_AUDIT_HASH], hash[STORE_AUDIT_HASH];
	char now[32];
	int64_t id;

	if (read_head(st, &id, prev) < 0)
		return -1;
	now_utc(now);
	for (size_t i = 0; i < n; i++) {
		struct audit_entry e = v[i];
		e.id = ++id;
		if (!e.at[0])
			memcpy(e.at, now, sizeof now);
		store_audit_hash(&e, prev, hash);
		if (insert_one(st, &e, prev, hash) < 0)
			return -1;
		memcpy(prev, hash, sizeof prev);
	}
	return 0;
}

int
store_audit_append(struct store *st, const struct audit_entry *v, size_t n)
{
	int own = sqlite3_get_autocommit(st->db), rc;

	for (size_t i = 0; i < n; i++)
		if (entry_ok(st, &v[i], i) < 0)
			return -1;
	if (n == 0)
		return 0;
	if (prepare_once(st) < 0)
		return -1;
	/* A savepoint inside the caller's transaction: a batch goes in whole or not at all,
	 * and the caller's own changes stay theirs to commit or roll back. */
	if (own && store_writer_take(st) < 0)
		return -1;
	if (store_exec(st, own ? "BEGIN IMMEDIATE" : "SAVEPOINT audit_append") < 0) {
		store_writer_give(st);
		return -1;
	}
	rc = append_locked(st, v, n);
	if (rc == 0 && store_exec(st, own ? "COMMIT" : "RELEASE audit_append") == 0) {
		store_writer_give(st);
		return 0;
	}
	if (own)
		store_rollback(st);
	else if (sqlite3_get_autocommit(st->db) == 0)
		sqlite3_exec(st->db, "ROLLBACK TO audit_append; RELEASE audit_append", NULL, NULL,
		    NULL);
	return -1;
}

int
store_audit_head(struct store *st, int64_t *id, char hex[2 * STORE_AUDIT_HASH + 1])
{
	unsigned char hash[STORE_AUDIT_HASH];

	if (prepare_once(st) < 0 || read_head(st, id, hash) < 0)
		return -1;
	sodium_bin2hex(hex, 2 * STORE_AUDIT_HASH + 1, hash, STORE_AUDIT_HASH);
	return 0;
}
