/*
 * store_audit_read.c: reading the audit trail back: a filtered scan for people, and the
 * walk that checks the chain (store_audit.c says how it is made).
 *
 *   store_audit_scan     entries by child, person, action and days, newest first
 *   store_audit_verify   the whole chain, in id order, up to the first entry that is wrong
 *   store_audit_count_since   how often a person did one thing lately (a rate limit)
 *
 * What the walk can tell apart, for each entry E after the entries up to P that held
 * (P its predecessor by id, Q the one before P):
 *
 *   E's id is not P's + 1        entries were removed: the first missing id is named
 *   E links to Q's hash          P was slipped in between Q and E (added): P is named
 *   E's fields do not give       E was changed (a field, or its link): E is named
 *     E's hash
 *   E is whole but links to      an entry between P and E was removed and the ids after
 *     neither P nor Q            it renumbered, its hashes made again (removed: E is named);
 *                                or P was rewritten with a new hash, which looks the same
 *
 * The "added" test comes before the "changed" one on purpose: to slip an entry in without
 * a gap the ids after it must move up, so the entry after it no longer gives its hash
 * either; the first thing wrong is the entry slipped in, one before. Cutting entries off
 * the end, or rewriting every hash from some entry on, leaves a chain that holds: only a
 * copy of the last hash kept elsewhere shows that (store_audit_head).
 */
#include "store/store_int.h"

#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "calendar/cal.h"

#define COLUMNS "id, at, user_id, username, role, address, action, table_name, record_id," \
	" child_id, what, reason, detail, prev_hash, hash"

static const char *
text_col(sqlite3_stmt *s, int col)
{
	return (const char *)sqlite3_column_text(s, col);
}

/* Row s (of COLUMNS) into e; its strings last until the next step. */
static void
read_entry(sqlite3_stmt *s, struct audit_entry *e)
{
	const char *at = text_col(s, 1);

	memset(e, 0, sizeof *e);
	e->id = sqlite3_column_int64(s, 0);
	snprintf(e->at, sizeof e->at, "%s", at ? at : "");
	e->user_id = sqlite3_column_int64(s, 2);
	e->username = text_col(s, 3);
	e->role = text_col(s, 4);
	e->address = text_col(s, 5);
	e->action = text_col(s, 6);
	e->table = text_col(s, 7);
	e->record_id = sqlite3_column_int64(s, 8);
	e->child_id = sqlite3_column_int64(s, 9);
	e->what = text_col(s, 10);
	e->reason = text_col(s, 11);
	e->detail = text_col(s, 12);
}

/* The filter as SQL: only fixed fragments, every value bound. */
static void
filter_sql(struct buf *q, const struct audit_filter *f)
{
	buf_adds(q, "SELECT " COLUMNS " FROM audit WHERE 1");
	if (f->child_id)
		buf_adds(q, " AND child_id = :child");
	if (f->username)
		buf_adds(q, " AND username = :user");
	if (f->action)
		buf_adds(q, " AND action = :action");
	if (f->from)
		buf_adds(q, " AND at >= :from");
	if (f->to)
		buf_adds(q, " AND at < :to");
	buf_adds(q, f->newest_first ? " ORDER BY id DESC" : " ORDER BY id");
	if (f->limit > 0)
		buf_adds(q, " LIMIT :limit");
}

/* A day of the filter as the text it is compared with ("to": the day after); 0 or -1. */
static int
filter_day(struct store *st, const char *name, const char *text, int after, char out[11])
{
	cal_date d;

	if (!cal_parse(text, &d))
		return store_failf(st, "%s: \"%.40s\" is not a date (use YYYY-MM-DD)", name, text);
	cal_format(after ? cal_add_days(d, 1) : d, out);
	return 0;
}

static void
bind_named(sqlite3_stmt *s, const char *name, const char *v)
{
	int i = sqlite3_bind_parameter_index(s, name);

	if (i > 0)
		sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
}

static sqlite3_stmt *
prepare_filter(struct store *st, const struct audit_filter *f)
{
	char from[11] = "", to[11] = "";
	sqlite3_stmt *s;
	struct buf q;

	if ((f->from && filter_day(st, "from", f->from, 0, from) < 0) ||
	    (f->to && filter_day(st, "to", f->to, 1, to) < 0))
		return NULL;
	buf_init(&q, 1024);
	filter_sql(&q, f);
	s = store_prepare(st, buf_str(&q));
	buf_free(&q);
	if (!s)
		return NULL;
	if (f->child_id)
		sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":child"), f->child_id);
	if (f->limit > 0)
		sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":limit"), f->limit);
	bind_named(s, ":user", f->username);
	bind_named(s, ":action", f->action);
	bind_named(s, ":from", f->from ? from : NULL);
	bind_named(s, ":to", f->to ? to : NULL);
	return s;
}

int
store_audit_scan(struct store *st, const struct audit_filter *f, store_audit_fn fn,
    void *ctx)
{
	sqlite3_stmt *s = prepare_filter(st, f);
	struct audit_entry e;
	int rc, stop = 0;

	if (!s)
		return -1;
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		read_entry(s, &e);
		stop = fn(ctx, &e);
	}
	sqlite3_finalize(s);
	if (stop)
		return stop;
	return rc == SQLITE_DONE ? 0 : store_fail(st, "cannot read the audit trail");
}

/* "entry 12 (2026-12-02T09:15:02.123456Z, view by jsmith)", read again by id. */
static void
describe(struct store *st, int64_t id, char *out, size_t size)
{
	sqlite3_stmt *s = store_prepare(st, "SELECT at, action, username FROM audit WHERE id = ?");
	int n = snprintf(out, size, "entry %lld", (long long)id);

	if (s && n > 0 && (size_t)n < size) {
		sqlite3_bind_int64(s, 1, id);
		if (sqlite3_step(s) == SQLITE_ROW)
			snprintf(out + n, size - (size_t)n, " (%.32s, %.40s by %.40s)",
			    text_col(s, 0) ? text_col(s, 0) : "?",
			    text_col(s, 1) ? text_col(s, 1) : "?",
			    text_col(s, 2) ? text_col(s, 2) : "no one known");
	}
	sqlite3_finalize(s);
}

struct walk {
	struct store *st;
	struct audit_verdict *v;
	int64_t p_id;				/* 0 before the first entry */
	unsigned char p_hash[STORE_AUDIT_HASH];	/* P's hash, zeros before the first */
	unsigned char q_hash[STORE_AUDIT_HASH];	/* Q's hash, zeros when P is entry 1 */
	int have_q;				/* whether there is a P, so a Q (or zeros) */
};

/* Sets the verdict: entry id is the first wrong one, and "entry ID (...) " + why. */
static int
bad(struct walk *w, int64_t id, const char *why)
{
	char who[200];

	describe(w->st, id, who, sizeof who);
	w->v->first_bad = id;
	snprintf(w->v->problem, sizeof w->v->problem, "%s %s", who, why);
	return 1;
}

/* Entries P+1 to E-1 are not there. */
static int
gap(struct walk *w, int64_t e)
{
	int64_t first = w->p_id + 1;
	char from[40] = "the trail begins at entry";

	if (w->p_id)
		snprintf(from, sizeof from, "the ids go from %lld to", (long long)w->p_id);
	w->v->first_bad = first;
	if (e == first + 1)
		snprintf(w->v->problem, sizeof w->v->problem, "entry %lld was removed: %s %lld",
		    (long long)first, from, (long long)e);
	else
		snprintf(w->v->problem, sizeof w->v->problem, "entries %lld to %lld were removed: "
		    "%s %lld", (long long)first, (long long)(e - 1), from, (long long)e);
	return 1;
}

/* E is whole but chained to neither P nor Q. */
static int
unlinked(struct walk *w, int64_t e)
{
	char why[300];

	if (w->p_id == 0)
		snprintf(why, sizeof why, "is chained to an entry before it, which is not there: "
		    "the first entries were removed and the ids after them renumbered");
	else
		snprintf(why, sizeof why, "is chained to an entry that is not entry %lld: an "
		    "entry was removed before it and the ids after renumbered, or entry %lld was "
		    "rewritten, hash and all", (long long)w->p_id, (long long)w->p_id);
	return bad(w, e, why);
}

/* E is chained past P, to Q: P was slipped in. */
static int
slipped_in(struct walk *w, int64_t e)
{
	char why[200];

	if (w->p_id == 1)
		snprintf(why, sizeof why, "was added: entry %lld is chained past it, to the start "
		    "of the trail", (long long)e);
	else
		snprintf(why, sizeof why, "was added: entry %lld is chained past it, to entry %lld",
		    (long long)e, (long long)(w->p_id - 1));
	return bad(w, w->p_id, why);
}

/* Judges the entry of row s against the entries before it: 0 it holds, 1 it does not. */
static int
judge(struct walk *w, sqlite3_stmt *s)
{
	struct audit_entry e;
	unsigned char hash[STORE_AUDIT_HASH];
	const void *prev = sqlite3_column_blob(s, 13), *own = sqlite3_column_blob(s, 14);
	int whole = sqlite3_column_bytes(s, 13) == STORE_AUDIT_HASH &&
	    sqlite3_column_bytes(s, 14) == STORE_AUDIT_HASH;
	int links = whole && memcmp(prev, w->p_hash, STORE_AUDIT_HASH) == 0;
	int skips = whole && w->have_q && memcmp(prev, w->q_hash, STORE_AUDIT_HASH) == 0;

	read_entry(s, &e);
	if (e.id != w->p_id + 1)
		return gap(w, e.id);
	if (!links && skips)
		return slipped_in(w, e.id);
	if (whole)
		store_audit_hash(&e, prev, hash);
	if (!whole || memcmp(hash, own, STORE_AUDIT_HASH) != 0)
		return bad(w, e.id, "was changed: its fields no longer give its hash");
	if (!links)
		return unlinked(w, e.id);
	memcpy(w->q_hash, w->p_hash, STORE_AUDIT_HASH);
	memcpy(w->p_hash, own, STORE_AUDIT_HASH);
	w->have_q = 1;
	w->p_id = e.id;
	return 0;
}

int
store_audit_verify(struct store *st, struct audit_verdict *v)
{
	struct walk w;
	sqlite3_stmt *s;
	int own = sqlite3_get_autocommit(st->db), rc, found = 0;

	memset(v, 0, sizeof *v);
	memset(&w, 0, sizeof w);
	w.st = st;
	w.v = v;
	/* One snapshot: entries appended meanwhile are not half seen. */
	if (own && store_begin_read(st) < 0)
		return -1;
	if (!(s = store_prepare(st, "SELECT " COLUMNS " FROM audit ORDER BY id"))) {
		if (own)
			store_rollback(st);
		return -1;
	}
	while (!found && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		v->entries++;
		found = judge(&w, s);
	}
	sqlite3_finalize(s);
	if (own)
		store_rollback(st);
	if (found)
		return 1;
	return rc == SQLITE_DONE ? 0 : store_fail(st, "cannot read the audit trail");
}

int
store_audit_record_after(struct store *st, const char *table, int64_t record_id,
    int64_t after_id, store_audit_fn fn, void *ctx)
{
	sqlite3_stmt *s = store_prepare(st, "SELECT " COLUMNS " FROM audit WHERE table_name = ?1"
	    " AND record_id = ?2 AND id > ?3 ORDER BY id");
	struct audit_entry e;
	int rc, stop = 0;

	if (!s)
		return -1;
	sqlite3_bind_text(s, 1, table, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(s, 2, record_id);
	sqlite3_bind_int64(s, 3, after_id);
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		read_entry(s, &e);
		stop = fn(ctx, &e);
	}
	sqlite3_finalize(s);
	if (stop)
		return stop;
	return rc == SQLITE_DONE ? 0 : store_fail(st, "cannot read the audit trail");
}

int
store_audit_count_since(struct store *st, const char *username, const char *action,
    const char *since, long *n)
{
	sqlite3_stmt *s = store_prepare(st, "SELECT count(*) FROM audit WHERE username = ?1"
	    " AND action = ?2 AND at >= ?3");
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_text(s, 1, username, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, action, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, since, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	*n = rc == SQLITE_ROW ? (long)sqlite3_column_int64(s, 0) : 0;
	sqlite3_finalize(s);
	return rc == SQLITE_ROW ? 0 : store_fail(st, "cannot read the audit trail");
}
