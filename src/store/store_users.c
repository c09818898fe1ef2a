/*
 * store_users.c: users as the web interface sees them (joined to their professional,
 * team and agency), their password hashes, and the demo's printed passwords.
 *
 * The password hash is not a field of the users record (records.c), so that no export
 * ever carries one; a store restored from a JSON export has users without passwords
 * until an administrator sets them. Setting a password ends the user's sessions, so a
 * password changed because it was known to someone else shuts them out at once.
 */
#include "store/store_int.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "base/str.h"
#include "store/store_users.h"

#define USER_COLUMNS \
	"SELECT u.id, u.username, u.role, u.active, coalesce(u.professional_id, 0)," \
	" coalesce(p.given_name, ''), coalesce(p.family_name, ''), coalesce(p.agency_id, 0)," \
	" coalesce(a.name, ''), coalesce(a.kind, ''), coalesce(p.team_id, 0)," \
	" coalesce(t.name, '') FROM users u LEFT JOIN professionals p ON p.id = u.professional_id" \
	" LEFT JOIN agencies a ON a.id = p.agency_id LEFT JOIN teams t ON t.id = p.team_id"

static void
text(sqlite3_stmt *s, int i, char *out, size_t size)
{
	const char *t = (const char *)sqlite3_column_text(s, i);

	str_copy(out, size, t ? t : "");
}

static void
read_user(sqlite3_stmt *s, struct store_user *u)
{
	memset(u, 0, sizeof *u);
	u->id = sqlite3_column_int64(s, 0);
	text(s, 1, u->username, sizeof u->username);
	text(s, 2, u->role, sizeof u->role);
	u->active = sqlite3_column_int(s, 3);
	u->professional_id = sqlite3_column_int64(s, 4);
	text(s, 5, u->given_name, sizeof u->given_name);
	text(s, 6, u->family_name, sizeof u->family_name);
	u->agency_id = sqlite3_column_int64(s, 7);
	text(s, 8, u->agency_name, sizeof u->agency_name);
	text(s, 9, u->agency_kind, sizeof u->agency_kind);
	u->team_id = sqlite3_column_int64(s, 10);
	text(s, 11, u->team_name, sizeof u->team_name);
}

static int
one_user(struct store *st, sqlite3_stmt *s, struct store_user *u)
{
	int rc = sqlite3_step(s);

	if (rc == SQLITE_ROW)
		read_user(s, u);
	store_done(s);
	if (rc == SQLITE_ROW)
		return 1;
	return rc == SQLITE_DONE ? 0 : store_fail(st, "cannot read the users");
}

int
store_user_get(struct store *st, int64_t id, struct store_user *u)
{
	static const char sql[] = USER_COLUMNS " WHERE u.id = ?1";
	sqlite3_stmt *s = store_cached(st, sql);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return one_user(st, s, u);
}

int
store_user_find(struct store *st, const char *username, struct store_user *u)
{
	static const char sql[] = USER_COLUMNS " WHERE u.username = ?1";
	sqlite3_stmt *s = store_cached(st, sql);

	if (!s)
		return -1;
	sqlite3_bind_text(s, 1, username, -1, SQLITE_STATIC);
	return one_user(st, s, u);
}

int
store_user_each(struct store *st, const char *role, store_user_fn fn, void *ctx)
{
	static const char sql[] = USER_COLUMNS " WHERE ?1 IS NULL OR u.role = ?1"
	    " ORDER BY u.username";
	sqlite3_stmt *s = store_cached(st, sql);
	struct store_user u;
	int rc, stop = 0;

	if (!s)
		return -1;
	if (role)
		sqlite3_bind_text(s, 1, role, -1, SQLITE_STATIC);
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		read_user(s, &u);
		stop = fn(ctx, &u);
	}
	if (!stop && rc != SQLITE_DONE)
		stop = store_fail(st, "cannot read the users");
	store_done(s);
	return stop;
}

int
store_password_get(struct store *st, int64_t user_id, char *hash, size_t size, int *demo)
{
	static const char sql[] = "SELECT password_hash, demo_password IS NOT NULL"
	    " FROM user_credentials WHERE user_id = ?1";
	sqlite3_stmt *s = store_cached(st, sql);
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, user_id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		text(s, 0, hash, size);
		*demo = sqlite3_column_int(s, 1);
	}
	store_done(s);
	if (rc == SQLITE_ROW)
		return 1;
	return rc == SQLITE_DONE ? 0 : store_fail(st, "cannot read the passwords");
}

static void
utc_now(char out[32])
{
	time_t t = time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int
store_password_set(struct store *st, int64_t user_id, const char *hash,
    const char *demo_password, int keep_sessions)
{
	static const char put[] = "INSERT INTO user_credentials(user_id, password_hash,"
	    " changed_at, demo_password) VALUES (?1, ?2, ?3, ?4) ON CONFLICT(user_id) DO UPDATE"
	    " SET password_hash = excluded.password_hash, changed_at = excluded.changed_at,"
	    " demo_password = excluded.demo_password";
	static const char end[] = "DELETE FROM sessions WHERE user_id = ?1";
	sqlite3_stmt *w, *e;
	char now[32];
	int rc = 0;

	utc_now(now);
	if (store_begin(st) < 0)
		return -1;
	if (!(w = store_cached(st, put)) || !(e = store_cached(st, end))) {
		store_rollback(st);
		return -1;
	}
	sqlite3_bind_int64(w, 1, user_id);
	sqlite3_bind_text(w, 2, hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(w, 3, now, -1, SQLITE_STATIC);
	if (demo_password)
		sqlite3_bind_text(w, 4, demo_password, -1, SQLITE_STATIC);
	if (sqlite3_step(w) != SQLITE_DONE)
		rc = store_fail(st, "cannot store the password");
	sqlite3_bind_int64(e, 1, user_id);
	if (rc == 0 && !keep_sessions && sqlite3_step(e) != SQLITE_DONE)
		rc = store_fail(st, "cannot end the user's sessions");
	store_done(w);
	store_done(e);
	if (rc == 0)
		return store_commit(st);
	store_rollback(st);
	return -1;
}

int
store_password_rehash(struct store *st, int64_t user_id, const char *hash)
{
	static const char sql[] = "UPDATE user_credentials SET password_hash = ?2"
	    " WHERE user_id = ?1";
	sqlite3_stmt *s = store_cached(st, sql);
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, user_id);
	sqlite3_bind_text(s, 2, hash, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	store_done(s);
	return rc == SQLITE_DONE ? 0 : store_fail(st, "cannot store the password");
}

int
store_demo_logins(struct store *st, store_demo_fn fn, void *ctx)
{
	static const char sql[] = USER_COLUMNS ", user_credentials c"
	    " WHERE c.user_id = u.id AND c.demo_password IS NOT NULL ORDER BY u.role, u.id";
	static const char pw[] = "SELECT demo_password FROM user_credentials WHERE user_id = ?1";
	sqlite3_stmt *s = store_cached(st, sql), *p = store_cached(st, pw);
	struct store_user u;
	char password[128];
	int rc, stop = 0;

	if (!s || !p)
		return -1;
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		read_user(s, &u);
		sqlite3_bind_int64(p, 1, u.id);
		password[0] = '\0';
		if (sqlite3_step(p) == SQLITE_ROW)
			text(p, 0, password, sizeof password);
		sqlite3_reset(p);
		stop = fn(ctx, &u, password);
	}
	if (!stop && rc != SQLITE_DONE)
		stop = store_fail(st, "cannot read the demo's logins");
	store_done(s);
	store_done(p);
	return stop;
}
