/*
 * store_users.h: the people who log in and what they may open: users with their
 * professional, team and agency; password hashes; sessions and API tokens (kept only as
 * digests of the secrets); the reasons given for opening a restricted record; which
 * children a partner agency works with; and the search for a child. The web interface
 * and the `user` commands call these; the SQL is in store_users.c, store_sessions.c and
 * store_search.c.
 */
#ifndef SG_STORE_USERS_H
#define SG_STORE_USERS_H
#include <stddef.h>
#include <stdint.h>

struct store;

struct store_user {
	int64_t id, professional_id, agency_id, team_id;	/* 0 when not linked */
	char username[72];
	char role[24];		/* a user_role code */
	int active;
	char given_name[104], family_name[104];	/* the professional's, or "" */
	char agency_name[208], agency_kind[24], team_name[208];
};

/* 1 found, 0 no such user, -1 error. */
int store_user_get(struct store *st, int64_t id, struct store_user *u);
int store_user_find(struct store *st, const char *username, struct store_user *u);
/* Calls fn for each user (of role, when not NULL), by username; fn non-zero stops. */
typedef int (*store_user_fn)(void *ctx, const struct store_user *u);
int store_user_each(struct store *st, const char *role, store_user_fn fn, void *ctx);

/* The stored hash (1), none set (0), or -1. *demo is 1 while it is the demo's password. */
int store_password_get(struct store *st, int64_t user_id, char *hash, size_t size, int *demo);
/* Sets a user's password hash; demo_password is the demo's printed password, kept so that
 * it can be shown again until it is changed, or NULL. Ends the user's sessions unless
 * keep_sessions (a rehash at login). 0 or -1. */
int store_password_set(struct store *st, int64_t user_id, const char *hash,
    const char *demo_password, int keep_sessions);
/* Replaces the hash of an unchanged password (made again under new parameters at a
 * login): sessions and the demo mark stay. */
int store_password_rehash(struct store *st, int64_t user_id, const char *hash);
/* Calls fn for each user whose password is still the demo's, with that password. */
typedef int (*store_demo_fn)(void *ctx, const struct store_user *u, const char *password);
int store_demo_logins(struct store *st, store_demo_fn fn, void *ctx);

/* Sessions (store_sessions.c). digest: BLAKE2b-256 of the cookie's token. */
struct store_session {
	int64_t user_id;
	char csrf[72];
	int64_t created_at, seen_at;	/* Unix seconds */
};
int store_session_add(struct store *st, const unsigned char *digest, size_t dlen,
    int64_t user_id, const char *csrf, int64_t now);
int store_session_get(struct store *st, const unsigned char *digest, size_t dlen,
    struct store_session *s);
int store_session_touch(struct store *st, const unsigned char *digest, size_t dlen,
    int64_t now);
int store_session_end(struct store *st, const unsigned char *digest, size_t dlen);
int store_sessions_end_user(struct store *st, int64_t user_id);
/* Removes sessions idle since before idle_before or created before created_before. */
int store_sessions_expire(struct store *st, int64_t idle_before, int64_t created_before);

/* API tokens: a new one's id in *id; find gives the user of a live token (1), 0, -1. */
int store_token_add(struct store *st, int64_t user_id, const unsigned char *digest,
    size_t dlen, int64_t now, int64_t *id);
int store_token_find(struct store *st, const unsigned char *digest, size_t dlen,
    int64_t now, int64_t *user_id);

/* Reasons for opening a restricted record: a new one, good until `until`. */
int store_reason_add(struct store *st, int64_t user_id, int64_t child_id, int64_t now,
    int64_t until, const char *reason);
/* The reason this user gave for this child that is still good at now: 1 (copied into
 * reason[size]), 0 none, -1 error. */
int store_reason_current(struct store *st, int64_t user_id, int64_t child_id, int64_t now,
    char *reason, size_t size);
struct store_reason {
	int64_t id, user_id, child_id, at;
	const char *username, *reason, *la_child_id;
};
/* The reasons given since `since`, newest first (for the managers' worklists). */
typedef int (*store_reason_fn)(void *ctx, const struct store_reason *r);
int store_reasons_since(struct store *st, int64_t since, store_reason_fn fn, void *ctx);

/* Whether the agency is invited to the conference: 1, 0, -1. */
int store_agency_invited(struct store *st, int64_t agency_id, int64_t conference_id);

#endif
