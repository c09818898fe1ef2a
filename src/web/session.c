/*
 * session.c: who is asking. A browser holds a session cookie; a program holds a personal
 * API token (safeguard user token) sent as "Authorization: Bearer TOKEN".
 *
 * A session id is 256 random bits, sent to the browser once, in a cookie that scripts
 * cannot read (HttpOnly), that no other site's page can make the browser send
 * (SameSite=Strict) and, under HTTPS, that never travels in clear (Secure). The store
 * keeps only its BLAKE2b digest. A new id is made at every login, so an id planted
 * before login is worth nothing after it. A session ends on logout (on the server, not
 * only in the browser), after session.idle_minutes unused (30 by default, a setting), and
 * 12 hours after login however much it is used. Each session has its own CSRF token,
 * which every form carries in a hidden field; the login form, used before there is a
 * session, carries one matched by a cookie of its own instead.
 */
#include "web/web_int.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth/auth.h"
#include "base/str.h"
#include "timescales/ts.h"

static pthread_mutex_t settings_lock = PTHREAD_MUTEX_INITIALIZER;

/* The request's own copy of the server's settings, taken under their lock, so that its
 * pages read them without one while another request writes them. */
static void
copy_settings(struct web_req *r)
{
	pthread_mutex_lock(&settings_lock);
	str_copy(r->area_name, sizeof r->area_name, r->srv->area_name);
	r->idle_minutes = r->srv->idle_minutes;
	pthread_mutex_unlock(&settings_lock);
}

/* session.idle_minutes and area.name, read again at most once a minute. */
static void
refresh_settings(struct web_req *r)
{
	struct web_server *s = r->srv;
	static const char *const tables[] = {"settings", NULL};
	int64_t now = web_now();
	struct area a;
	struct ts_config *cfg;
	cal_date today;
	const char *name = NULL;

	pthread_mutex_lock(&settings_lock);
	if (now - s->idle_read_at < 60) {
		pthread_mutex_unlock(&settings_lock);
		copy_settings(r);
		return;
	}
	s->idle_read_at = now;
	pthread_mutex_unlock(&settings_lock);
	if (store_load_tables(r->st, 0, tables, &a) < 0) {
		copy_settings(r);
		return;
	}
	cfg = ts_config_new(&a);
	today = web_today(r->srv);
	for (size_t i = 0; i < a.n_settings; i++)
		if (strcmp(a.settings[i].key, "area.name") == 0 &&
		    a.settings[i].effective_from <= today)
			name = a.settings[i].value;
	pthread_mutex_lock(&settings_lock);
	s->idle_minutes = ts_setting_int(cfg, TS_SESSION_IDLE, today);
	str_copy(s->area_name, sizeof s->area_name, name ? name : "");
	pthread_mutex_unlock(&settings_lock);
	ts_config_free(cfg);
	area_free(&a);
	copy_settings(r);
}

/*
 * How long a session may lie unused: session.idle_minutes. Test builds take
 * SAFEGUARD_IDLE_SECONDS instead, so that a test of expiry need not wait five minutes.
 */
static int64_t
idle_seconds(const struct web_req *r)
{
	int64_t minutes;
#ifdef SAFEGUARD_TEST
	const char *v = getenv("SAFEGUARD_IDLE_SECONDS");
	int n;

	if (v && str_to_int(v, 1, 86400, &n))
		return n;
#endif
	pthread_mutex_lock(&settings_lock);	/* refresh_settings may be writing it */
	minutes = r->srv->idle_minutes;
	pthread_mutex_unlock(&settings_lock);
	return minutes * 60;
}

/* seen_at is written at most once a minute (reading pages should cost no write), or
 * more often when sessions expire sooner than that (only in a test). */
static int64_t
touch_seconds(const struct web_req *r)
{
	int64_t idle = idle_seconds(r);

	return idle < 120 ? idle / 2 : 60;
}

static int
is_token(const char *s)
{
	size_t n = strlen(s);

	if (n != AUTH_TOKEN_HEX - 1)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

static const char *
cookie(struct web_req *r, const char *name, const char *value, int max_age)
{
	return arena_printf(&r->arena, "%s=%s; Path=/; HttpOnly; SameSite=Strict%s%s", name,
	    value, r->https ? "; Secure" : "", max_age == 0 ? "; Max-Age=0" : "");
}

static void
set_cookie(struct web_req *r, const char *c)
{
	if (c && r->ncookies < 3)
		r->cookies[r->ncookies++] = c;
}

static int
become(struct web_req *r, int64_t user_id)
{
	int rc = store_user_get(r->st, user_id, &r->user);

	if (rc <= 0 || !r->user.active)
		return rc < 0 ? -1 : 0;
	r->role = web_role_bit(r->user.role);
	r->logged_in = r->role != 0;
	return 0;
}

static int
load_token(struct web_req *r, const char *auth)
{
	unsigned char d[AUTH_DIGEST_BYTES];
	int64_t user_id;
	int rc;

	if (strncmp(auth, "Bearer ", 7) != 0 || !is_token(auth + 7))
		return 0;
	auth_token_digest(auth + 7, d);
	if ((rc = store_token_find(r->st, d, sizeof d, web_now(), &user_id)) <= 0)
		return rc;
	r->via_token = 1;
	return become(r, user_id);
}

int
web_session_load(struct web_req *r)
{
	const char *hdr = web_header(r, "Cookie"), *auth = web_header(r, "Authorization");
	char token[AUTH_TOKEN_HEX + 8];
	struct store_session s;
	int64_t now = web_now();
	int rc;

	refresh_settings(r);
	if (auth && r->route && (r->route->flags & F_API))
		return load_token(r, auth);
	if (!hdr || !web_cookie_get(hdr, WEB_SESSION_COOKIE, token, sizeof token) ||
	    !is_token(token))
		return 0;
	auth_token_digest(token, r->session_digest);
	if ((rc = store_session_get(r->st, r->session_digest, AUTH_DIGEST_BYTES, &s)) <= 0)
		return rc;
	if (now - s.seen_at > idle_seconds(r) ||
	    now - s.created_at > WEB_SESSION_MAX_SECONDS) {
		r->session_expired = 1;
		set_cookie(r, cookie(r, WEB_SESSION_COOKIE, "", 0));
		return store_session_end(r->st, r->session_digest, AUTH_DIGEST_BYTES);
	}
	str_copy(r->csrf, sizeof r->csrf, s.csrf);
	if (now - s.seen_at >= touch_seconds(r) &&
	    store_session_touch(r->st, r->session_digest, AUTH_DIGEST_BYTES, now) < 0)
		return -1;
	return become(r, s.user_id);
}

int
web_session_start(struct web_req *r, const struct store_user *u)
{
	char token[AUTH_TOKEN_HEX], csrf[AUTH_TOKEN_HEX];
	unsigned char d[AUTH_DIGEST_BYTES];
	int64_t now = web_now();

	if (r->logged_in && !r->via_token)
		store_session_end(r->st, r->session_digest, AUTH_DIGEST_BYTES);
	auth_token_new(token);
	auth_token_new(csrf);
	auth_token_digest(token, d);
	store_sessions_expire(r->st, now - idle_seconds(r),
	    now - WEB_SESSION_MAX_SECONDS);
	if (store_session_add(r->st, d, sizeof d, u->id, csrf, now) < 0)
		return -1;
	set_cookie(r, cookie(r, WEB_SESSION_COOKIE, token, -1));
	set_cookie(r, cookie(r, WEB_LOGIN_COOKIE, "", 0));
	r->user = *u;
	r->role = web_role_bit(u->role);
	r->logged_in = 1;
	memcpy(r->session_digest, d, sizeof d);
	str_copy(r->csrf, sizeof r->csrf, csrf);
	return 0;
}

int
web_session_end(struct web_req *r)
{
	set_cookie(r, cookie(r, WEB_SESSION_COOKIE, "", 0));
	if (!r->logged_in || r->via_token)
		return 0;
	return store_session_end(r->st, r->session_digest, AUTH_DIGEST_BYTES);
}

const char *
web_login_csrf(struct web_req *r)
{
	const char *hdr = web_header(r, "Cookie");
	char token[AUTH_TOKEN_HEX + 8];
	const char *t;

	if (hdr && web_cookie_get(hdr, WEB_LOGIN_COOKIE, token, sizeof token) && is_token(token))
		return arena_strdup(&r->arena, token);
	auth_token_new(token);
	t = arena_strdup(&r->arena, token);
	set_cookie(r, cookie(r, WEB_LOGIN_COOKIE, token, -1));
	return t;
}

int
web_csrf_ok(struct web_req *r)
{
	const char *given = web_kv_get(&r->form, "csrf"), *hdr;
	char token[AUTH_TOKEN_HEX + 8];

	/* An API write in a browser's session (a script of our own pages) has no form: the
	 * token comes as a header, which no other site's page can make a browser send. */
	if (r->route && (r->route->flags & F_API))
		given = web_header(r, "X-CSRF-Token");

	if (!given)
		return 0;
	if (r->route && (r->route->flags & F_ANON_FORM)) {
		hdr = web_header(r, "Cookie");
		return hdr && web_cookie_get(hdr, WEB_LOGIN_COOKIE, token, sizeof token) &&
		    is_token(token) && auth_equal(token, given);
	}
	return r->csrf[0] && auth_equal(r->csrf, given);
}

const char *
web_safe_next(struct web_req *r, const char *next)
{
	/* Only a path of this server: "/x", never "//host" or "/\host" (another site). */
	if (!next || next[0] != '/' || next[1] == '/' || next[1] == '\\' || strchr(next, '\r') ||
	    strchr(next, '\n') || strncmp(next, "/login", 6) == 0 ||
	    !web_text_ok(next, strlen(next), 0))
		return web_home(r->role);
	return next;
}

const char *
web_home(unsigned role)
{
	if (role & R_ADMIN)
		return "/admin";
	if (role & R_ANALYST)
		return "/overview";
	if (role & R_HEALTH)
		return "/lookup";
	return "/worklist";
}
