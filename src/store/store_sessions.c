/*
 * store_sessions.c: sessions, API tokens, the reasons given for opening restricted
 * records, and whether a partner agency is invited to a conference.
 *
 * A session or token is found by the BLAKE2b digest of the secret its holder sends
 * (auth.h), so the store holds nothing a thief could send back. A session's seen_at is
 * what the idle timeout measures; the server writes it at most once a minute per session
 * (web/session.c), so that reading pages costs no write.
 */
#include "store/store_int.h"

#include <string.h>

#include "base/str.h"
#include "store/store_users.h"

static int
step_write(struct store *st, sqlite3_stmt *s, const char *what)
{
	int rc = sqlite3_step(s);

	store_done(s);
	return rc == SQLITE_DONE ? 0 : store_fail(st, what);
}

int
store_session_add(struct store *st, const unsigned char *digest, size_t dlen,
    int64_t user_id, const char *csrf, int64_t now)
{
	static const char sql[] = "INSERT INTO sessions(digest, user_id, csrf, created_at,"
	    " seen_at) VALUES (?1, ?2, ?3, ?4, ?4)";
	sqlite3_stmt *s = store_cached(st, sql);

	if (!s)
		return -1;
	sqlite3_bind_blob(s, 1, digest, (int)dlen, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, user_id);
	sqlite3_bind_text(s, 3, csrf, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 4, now);
	return step_write(st, s, "cannot start the session");
}

int
store_session_get(struct store *st, const unsigned char *digest, size_t dlen,
    struct store_session *out)
{
	static const char sql[] = "SELECT user_id, csrf, created_at, seen_at FROM sessions"
	    " WHERE digest = ?1";
	sqlite3_stmt *s = store_cached(st, sql);
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_blob(s, 1, digest, (int)dlen, SQLITE_STATIC);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		const char *csrf = (const char *)sqlite3_column_text(s, 1);
		out->user_id = sqlite3_column_int64(s, 0);
		str_copy(out->csrf, sizeof out->csrf, csrf ? csrf : "");
		out->created_at = sqlite3_column_int64(s, 2);
		out->seen_at = sqlite3_column_int64(s, 3);
	}
	store_done(s);
	if (rc == SQLITE_ROW)
		return 1;
	return rc == SQLITE_DONE ? 0 : store_fail(st, "cannot read the session");
}

int
store_session_touch(struct store *st, const unsigned char *digest, size_t dlen, int64_t now)
{
	static const char sql[] = "UPDATE sessions SET seen_at = ?2 WHERE digest = ?1";
	sqlite3_stmt *s = store_cached(st, sql);

	if (!s)
		return -1;
	sqlite3_bind_blob(s, 1, digest, (int)dlen, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, now);
	return step_write(st, s, "cannot update the session");
}

int
store_session_end(struct store *st, const unsigned char *digest, size_t dlen)
{
	static const char sql[] = "DELETE FROM sessions WHERE digest = ?1";
	sqlite3_stmt *s = store_cached(st, sql);

	if (!s)
		return -1;
	sqlite3_bind_blob(s, 1, digest, (int)dlen, SQLITE_STATIC);
	return step_write(st, s, "cannot end the session");
}

int
store_sessions_end_user(struct store *st, int64_t user_id)
{
	static const char sql[] = "DELETE FROM sessions WHERE user_id = ?1";
	sqlite3_stmt *s = store_cached(st, sql);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, user_id);
	return step_write(st, s, "cannot end the user's sessions");
}

int
store_sessions_expire(struct store *st, int64_t idle_before, int64_t created_before)
{
	static const char sql[] = "DELETE FROM sessions WHERE seen_at < ?1 OR created_at < ?2";
	sqlite3_stmt *s = store_cached(st, sql);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, idle_before);
	sqlite3_bind_int64(s, 2, created_before);
	return step_write(st, s, "cannot remove expired sessions");
}

int
store_token_add(struct store *st, int64_t user_id, const unsigned char *digest, size_t dlen,
    int64_t now, int64_t *id)
{
	static const char sql[] = "INSERT INTO api_tokens(user_id, digest, created_at)"
	    " VALUES (?1, ?2, ?3)";
	sqlite3_stmt *s = store_cached(st, sql);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, user_id);
	sqlite3_bind_blob(s, 2, digest, (int)dlen, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, now);
	if (step_write(st, s, "cannot store the token") < 0)
		return -1;
	*id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int
store_token_find(struct store *st, const unsigned char *digest, size_t dlen, int64_t now,
    int64_t *user_id)
{
	static const char sql[] = "SELECT t.user_id FROM api_tokens t JOIN users u ON"
	    " u.id = t.user_id WHERE t.digest = ?1 AND t.revoked = 0 AND u.active = 1";
	sqlite3_stmt *s = store_cached(st, sql);

	(void)now;
	if (!s)
		return -1;
	sqlite3_bind_blob(s, 1, digest, (int)dlen, SQLITE_STATIC);
	return store_one_int64(st, s, user_id, 1);
}

int
store_reason_add(struct store *st, int64_t user_id, int64_t child_id, int64_t now,
    int64_t until, const char *reason)
{
	static const char sql[] = "INSERT INTO access_reasons(user_id, child_id, at, until,"
	    " reason) VALUES (?1, ?2, ?3, ?4, ?5)";
	sqlite3_stmt *s = store_cached(st, sql);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, user_id);
	sqlite3_bind_int64(s, 2, child_id);
	sqlite3_bind_int64(s, 3, now);
	sqlite3_bind_int64(s, 4, until);
	sqlite3_bind_text(s, 5, reason, -1, SQLITE_STATIC);
	return step_write(st, s, "cannot store the reason");
}

int
store_reason_current(struct store *st, int64_t user_id, int64_t child_id, int64_t now,
    char *reason, size_t size)
{
	static const char sql[] = "SELECT reason FROM access_reasons WHERE child_id = ?2 AND"
	    " user_id = ?1 AND until > ?3 ORDER BY id DESC LIMIT 1";
	sqlite3_stmt *s = store_cached(st, sql);
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, user_id);
	sqlite3_bind_int64(s, 2, child_id);
	sqlite3_bind_int64(s, 3, now);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(s, 0);
		str_copy(reason, size, t ? t : "");
	}
	store_done(s);
	if (rc == SQLITE_ROW)
		return 1;
	return rc == SQLITE_DONE ? 0 : store_fail(st, "cannot read the reasons");
}

int
store_reasons_since(struct store *st, int64_t since, store_reason_fn fn, void *ctx)
{
	static const char sql[] = "SELECT r.id, r.user_id, r.child_id, r.at, u.username,"
	    " r.reason, c.la_child_id FROM access_reasons r JOIN users u ON u.id = r.user_id"
	    " JOIN children c ON c.id = r.child_id WHERE r.at >= ?1 ORDER BY r.id DESC";
	sqlite3_stmt *s = store_cached(st, sql);
	struct store_reason r;
	int rc, stop = 0;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, since);
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		r.id = sqlite3_column_int64(s, 0);
		r.user_id = sqlite3_column_int64(s, 1);
		r.child_id = sqlite3_column_int64(s, 2);
		r.at = sqlite3_column_int64(s, 3);
		r.username = (const char *)sqlite3_column_text(s, 4);
		r.reason = (const char *)sqlite3_column_text(s, 5);
		r.la_child_id = (const char *)sqlite3_column_text(s, 6);
		stop = fn(ctx, &r);
	}
	if (!stop && rc != SQLITE_DONE)
		stop = store_fail(st, "cannot read the reasons");
	store_done(s);
	return stop;
}

int
store_agency_invited(struct store *st, int64_t agency_id, int64_t conference_id)
{
	static const char sql[] = "SELECT EXISTS(SELECT 1 FROM conference_invitees WHERE"
	    " conference_id = ?2 AND agency_id = ?1)";
	sqlite3_stmt *s = store_cached(st, sql);
	int64_t yes = 0;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, agency_id);
	sqlite3_bind_int64(s, 2, conference_id);
	if (store_one_int64(st, s, &yes, 1) < 0)
		return -1;
	return yes != 0;
}
