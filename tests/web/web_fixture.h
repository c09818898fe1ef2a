/*
 * web_fixture.h: the web pipeline without a network, for the unit tests of the
 * permission model (tests/unit/test_web_*.c).
 *
 * A store is filled by the demo library (a small area: 3,000 children, two years), a
 * struct web_server is put together over it from the server's own parts (the handle pool,
 * the audit queue, the login throttle), and one user of each role is taken from the
 * demo's users. A request is a struct web_req with its headers in r->headers, handed to
 * web_dispatch as server.c would hand it: everything from the route table to the handler
 * and the audit trail runs as it does under `safeguard serve`. A session is made with the
 * store's own functions, as a login would make it; the test keeps its secret, as a
 * browser keeps the cookie.
 */
#ifndef SG_WEB_FIXTURE_H
#define SG_WEB_FIXTURE_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "auth/auth.h"
#include "base/mem.h"
#include "base/str.h"
#include "demo/demo.h"
#include "records/rec.h"
#include "store/store.h"
#include "store/store_users.h"
#include "web/assets.h"
#include "web/snapshot.h"
#include "web/web_int.h"

/* Each test uses some of what is here. */
#define WF_UNUSED __attribute__((unused))

#define WF_END_YMD 2026, 12, 2	/* the demo's last day, and the server's today */

/* The roles, each with a letter for the tables of expectations. */
struct wf_role {
	const char *code;	/* user_role */
	char letter;
	struct store_user u;
	int found;
};

static struct wf_role wf_roles[] = {
	{"administrator", 'A', {0}, 0}, {"social_worker", 'S', {0}, 0},
	{"manager", 'M', {0}, 0}, {"chair", 'C', {0}, 0},
	{"senior_manager", 'E', {0}, 0}, {"partner", 'P', {0}, 0},
	{"analyst", 'N', {0}, 0}, {"lado", 'L', {0}, 0},
	{"health_lookup", 'H', {0}, 0}, {"school_lead", 'K', {0}, 0},
	{"cdop", 'D', {0}, 0},	/* child death review (issue 11, point 6) */
};
#define WF_NROLES ((int)(sizeof wf_roles / sizeof wf_roles[0]))

static struct web_server wf_srv;
static struct store *wf_st;	/* the test's own handle, for what it reads and sets up */
static const char *wf_more_cookie;	/* another cookie sent with the session's, or NULL */
static char wf_path[96];
static cal_date wf_today;

WF_UNUSED static struct wf_role *
wf_role(const char *code)
{
	for (int i = 0; i < WF_NROLES; i++)
		if (strcmp(wf_roles[i].code, code) == 0)
			return &wf_roles[i];
	return NULL;
}

/* A session as a login makes one: its secret (the cookie's value) and its CSRF token. */
struct wf_session {
	char token[AUTH_TOKEN_HEX], csrf[AUTH_TOKEN_HEX];
	int64_t user_id;
};

WF_UNUSED static int
wf_session_new(const struct store_user *u, struct wf_session *s)
{
	unsigned char d[AUTH_DIGEST_BYTES];

	auth_token_new(s->token);
	auth_token_new(s->csrf);
	auth_token_digest(s->token, d);
	s->user_id = u->id;
	return store_session_add(wf_st, d, sizeof d, u->id, s->csrf, (int64_t)time(NULL));
}

/* An answer, copied out of the request before it is freed. */
struct wf_resp {
	int status;
	char *body;		/* NUL-terminated */
	size_t len;
	char location[600], ctype[64], allow[64];
	char cookies[3][200];
	int ncookies;
	char reason[320];	/* the reason the request carried to the audit trail */
};

WF_UNUSED static void
wf_resp_free(struct wf_resp *p)
{
	xfree(p->body);
	memset(p, 0, sizeof *p);
}

/* Extra request headers beside those wf_request sets. */
struct wf_hdr {
	const char *name, *value;
};

/*
 * Dispatches one request. s: the session whose cookie is sent (NULL: none); a POST (or
 * PATCH) made with a session carries its CSRF token as the form's first field, as our
 * pages' forms do, unless no_csrf (an API write sends a JSON body as form, and the token
 * as an extra header). extra: more headers (NULL-terminated by name), or NULL.
 */
WF_UNUSED static void
wf_request_as(const char *method, const char *target, const char *form,
    const struct wf_session *s, int no_csrf, const struct wf_hdr *extra, struct wf_resp *out)
{
	struct web_header_pair hs[12];
	struct web_req r;
	char cookie[200];
	int n = 0;

	memset(&r, 0, sizeof r);
	memset(out, 0, sizeof *out);
	r.srv = &wf_srv;
	r.started_us = web_now_us();
	arena_init(&r.arena, WEB_ARENA_MAX);
	buf_init(&r.body, WEB_BODY_MAX);
	buf_init(&r.out, WEB_PAGE_MAX);
	str_copy(r.method, sizeof r.method, method);
	r.target = target;
	str_copy(r.addr, sizeof r.addr, "192.0.2.7");
	hs[n++] = (struct web_header_pair){"Host", "127.0.0.1:8080"};
	if (s || wf_more_cookie) {
		snprintf(cookie, sizeof cookie, "%s%s%s%s", s ? WEB_SESSION_COOKIE "=" : "",
		    s ? s->token : "", s && wf_more_cookie ? "; " : "",
		    wf_more_cookie ? wf_more_cookie : "");
		hs[n++] = (struct web_header_pair){"Cookie", cookie};
	}
	if (strcmp(method, "POST") == 0 || strcmp(method, "PATCH") == 0) {
		hs[n++] = (struct web_header_pair){"Content-Type",
		    "application/x-www-form-urlencoded"};
		if (s && !no_csrf)
			buf_printf(&r.body, "csrf=%s%s", s->csrf, form && *form ? "&" : "");
		if (form)
			buf_adds(&r.body, form);
	}
	for (int i = 0; extra && extra[i].name && n < 12; i++)
		hs[n++] = (struct web_header_pair){extra[i].name, extra[i].value};
	r.headers = hs;
	r.nheaders = n;
	r.body_toobig = r.body.toobig;
	web_dispatch(&r);
	if (r.st)
		web_pool_put(wf_srv.pool, r.st);
	out->status = r.status;
	out->len = r.out.len;
	out->body = xstrndup(r.out.p ? r.out.p : "", r.out.len);
	str_copy(out->location, sizeof out->location, r.location ? r.location : "");
	str_copy(out->ctype, sizeof out->ctype, r.asset ? r.asset->type : r.content_type ?
	    r.content_type : "text/html; charset=utf-8");
	str_copy(out->allow, sizeof out->allow, r.allow ? r.allow : "");
	for (int i = 0; i < r.ncookies && i < 3; i++)
		str_copy(out->cookies[out->ncookies++], sizeof out->cookies[0], r.cookies[i]);
	str_copy(out->reason, sizeof out->reason, r.reason ? r.reason : "");
	buf_free(&r.body);
	buf_free(&r.out);
	arena_free(&r.arena);
}

WF_UNUSED static void
wf_request(const char *method, const char *target, const char *form,
    const struct wf_session *s, struct wf_resp *out)
{
	wf_request_as(method, target, form, s, 0, NULL, out);
}

/* ---- The audit trail, read back ---- */

WF_UNUSED static int64_t
wf_audit_last(void)
{
	char hex[2 * STORE_AUDIT_HASH + 1];
	int64_t id = 0;

	if (store_audit_head(wf_st, &id, hex) < 0)
		return -1;
	return id;
}

struct wf_entry {
	int found;
	int64_t id, child_id, record_id, since;
	char username[72], action[32], what[200], reason[320], address[64], role[32];
};

WF_UNUSED static int
wf_entry_take(void *ctx, const struct audit_entry *e)
{
	struct wf_entry *w = ctx;

	if (e->id <= w->since)
		return 1;	/* newest first: nothing newer is left */
	w->found = 1;
	w->id = e->id;
	w->child_id = e->child_id;
	w->record_id = e->record_id;
	str_copy(w->username, sizeof w->username, e->username ? e->username : "");
	str_copy(w->action, sizeof w->action, e->action ? e->action : "");
	str_copy(w->what, sizeof w->what, e->what ? e->what : "");
	str_copy(w->reason, sizeof w->reason, e->reason ? e->reason : "");
	str_copy(w->address, sizeof w->address, e->address ? e->address : "");
	str_copy(w->role, sizeof w->role, e->role ? e->role : "");
	return 1;
}

/* The newest entry after id `since` by username (NULL: anyone) of action (NULL: any):
 * 1 found (in *w), 0 none. */
WF_UNUSED static int
wf_audit_find(int64_t since, const char *username, const char *action, struct wf_entry *w)
{
	struct audit_filter f = {0, username, action, NULL, NULL, 1, 1};

	memset(w, 0, sizeof *w);
	w->since = since;
	store_audit_scan(wf_st, &f, wf_entry_take, w);
	return w->found;
}

/* ---- What the store holds, to show that a refused request changed nothing ---- */

#define WF_MAX_TABLES 64

struct wf_counts {
	int64_t generation;	/* transactions that changed records (store_generation.c) */
	int64_t n[WF_MAX_TABLES];	/* records of each table, when counted */
};

/* What the store holds: its generation, and with tables, the records of every table. */
WF_UNUSED static void
wf_count(struct wf_counts *c, int tables)
{
	int n;
	const struct table *t = records_tables(&n);

	memset(c, 0, sizeof *c);
	store_generation(wf_st, &c->generation);
	for (int i = 0; tables && i < n && i < WF_MAX_TABLES; i++)
		c->n[i] = store_count(wf_st, &t[i]);
}

WF_UNUSED static int
wf_counts_same(const struct wf_counts *a, const struct wf_counts *b)
{
	return memcmp(a, b, sizeof *a) == 0;
}

/* ---- Setting up ---- */

WF_UNUSED static int
wf_take_user(void *ctx, const struct store_user *u)
{
	struct wf_role *role = ctx;

	if (!u->active)
		return 0;
	/* The partner is a police officer: the demo gives the first one families with
	 * conferences, core groups and plans. */
	if (strcmp(role->code, "partner") == 0 && strcmp(u->agency_kind, "police") != 0)
		return 0;
	if (!role->found || u->id < role->u.id) {
		role->u = *u;
		role->found = 1;
	}
	return 0;
}

WF_UNUSED static int
wf_open_server(void)
{
	const char *err = NULL;

	memset(&wf_srv, 0, sizeof wf_srv);
	wf_srv.opts.db = wf_path;
	wf_srv.opts.address = "127.0.0.1";
	wf_srv.opts.quiet = 1;
	wf_srv.pool = web_pool_new(wf_path, 4);
	wf_srv.throttle = web_throttle_new();
	wf_srv.idle_minutes = 30;
	wf_srv.today = wf_today;
	if (!(wf_srv.auditq = web_auditq_new(wf_path, &err))) {
		printf("  cannot open the audit queue: %s\n", err ? err : "?");
		return -1;
	}
	return 0;
}

/* The store, the server and a user of every role: 0, or -1 with why printed. */
WF_UNUSED static int
wf_setup(void)
{
	struct demo_opts o;
	struct demo_result res;
	char err[512];
	const char *why;

	wf_today = cal_from_ymd(WF_END_YMD);
	/* In memory where the machine has a tmpfs: the walk commits an audit entry for
	 * every refusal, and a disk's syncs would make it slow, not more thorough. */
	snprintf(wf_path, sizeof wf_path, "%s/sg-webtest-%d.db", access("/dev/shm", W_OK) == 0 ?
	    "/dev/shm" : "/tmp", (int)getpid());
	store_remove(wf_path);
	if (auth_init() < 0 || !(wf_st = store_open(wf_path, STORE_CREATE, &why)))
		return printf("  cannot create the store\n"), -1;
	demo_defaults(&o, wf_today);
	o.population = 3000;
	o.years = 2;
	if (demo_generate(wf_st, &o, 1, &res, err, sizeof err) < 0)
		return printf("  demo: %s\n", err), -1;
	/* The child death review's coordinator and deaths (issue 11, point 6) come after the
	 * area, as safeguard demo makes them. */
	if (demo_deaths(wf_st, &o, &(struct rec_actor){0, "test", "command", "terminal", NULL,
	    "demo"}, err, sizeof err) < 0)
		return printf("  demo: %s\n", err), -1;
	for (int i = 0; i < WF_NROLES; i++) {
		if (store_user_each(wf_st, wf_roles[i].code, wf_take_user, &wf_roles[i]) < 0 ||
		    !wf_roles[i].found)
			return printf("  the demo has no user of role %s\n", wf_roles[i].code), -1;
	}
	return wf_open_server();
}

WF_UNUSED static void
wf_teardown(void)
{
	web_snapshot_drop_all();
	web_auditq_free(wf_srv.auditq);
	web_pool_free(wf_srv.pool);
	web_throttle_free(wf_srv.throttle);
	store_close(wf_st);
	store_remove(wf_path);
}

/* ---- Records of the demo, found through the store's own scans ---- */

struct wf_pick {
	const char *col;	/* the column to match, or NULL: the first row */
	int64_t want;
	const unsigned char *known;	/* children to take a row of, or NULL: any */
	int64_t nknown;
	const char *get;	/* a column whose value to give back, or NULL */
	int64_t id, child_id, got;
};

WF_UNUSED static int
wf_pick_row(void *ctx, const struct table *t, const struct field *row)
{
	struct wf_pick *p = ctx;
	int cc = records_child_col(t), c = p->col ? records_col_index(t, p->col) : -1;
	int g = p->get ? records_col_index(t, p->get) : -1;
	int64_t child = cc >= 0 && row[cc].present ? row[cc].i : 0;

	if (c >= 0 && (!row[c].present || row[c].i != p->want))
		return 0;
	if (p->known && (child <= 0 || child >= p->nknown || !p->known[child]))
		return 0;
	p->id = row[0].i;
	p->child_id = child;
	p->got = g >= 0 && row[g].present ? row[g].i : 0;
	return 1;
}

/* The first record of p->table that p describes: its id (p->child_id, p->got set), or 0. */
WF_UNUSED static int64_t
wf_find(const char *table, struct wf_pick *p)
{
	p->id = p->child_id = p->got = 0;
	store_scan(wf_st, records_table(table), 0, wf_pick_row, p);
	return p->id;
}

/* The first record of table (col = want, when col is given; of a child marked in known,
 * when known is given): its id, or 0. */
WF_UNUSED static int64_t
wf_first(const char *table, const char *col, int64_t want, const unsigned char *known,
    int64_t nknown)
{
	struct wf_pick p = {col, want, known, nknown, NULL, 0, 0, 0};

	return wf_find(table, &p);
}

/*
 * The children a partner agency works with, worked out here from the records (not by
 * access.c's query): invited to one of the child's conferences, a member of its core
 * group through one of the agency's professionals, or the agency that referred it.
 * known[child id] is 1 for each.
 */
struct wf_known {
	int64_t agency;
	unsigned char *known;
	int64_t n;
	int64_t *prof_agency;	/* each professional's agency */
	int64_t nprof;
};

WF_UNUSED static int64_t
wf_col(const struct table *t, const struct field *row, const char *col)
{
	int c = records_col_index(t, col);

	return c >= 0 && row[c].present ? row[c].i : 0;
}

WF_UNUSED static int
wf_known_row(void *ctx, const struct table *t, const struct field *row)
{
	struct wf_known *k = ctx;
	int64_t child = wf_col(t, row, "child_id"), agency = 0, p;

	if (strcmp(t->name, "professionals") == 0) {
		if (row[0].i < k->nprof)
			k->prof_agency[row[0].i] = wf_col(t, row, "agency_id");
		return 0;
	}
	if (strcmp(t->name, "conference_invitees") == 0)
		agency = wf_col(t, row, "agency_id");
	else if (strcmp(t->name, "referrals") == 0)
		agency = wf_col(t, row, "referrer_agency_id");
	else if ((p = wf_col(t, row, "professional_id")) > 0 && p < k->nprof)
		agency = k->prof_agency[p];
	if (agency == k->agency && child > 0 && child < k->n)
		k->known[child] = 1;
	return 0;
}

WF_UNUSED static void
wf_known_of(int64_t agency, struct wf_known *k)
{
	static const char *const tables[] = {"professionals", "conference_invitees",
	    "core_group_members", "referrals"};

	k->agency = agency;
	k->n = store_max_id(wf_st, records_table("children")) + 1;
	k->nprof = store_max_id(wf_st, records_table("professionals")) + 1;
	k->known = xcalloc((size_t)k->n, 1);
	k->prof_agency = xcalloc((size_t)k->nprof, sizeof *k->prof_agency);
	for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
		store_scan(wf_st, records_table(tables[i]), 0, wf_known_row, k);
}

WF_UNUSED static void
wf_known_free(struct wf_known *k)
{
	xfree(k->known);
	xfree(k->prof_agency);
}

/* A child's name as the pages write it ("Given Family"), into out. */
WF_UNUSED static void
wf_child_name(int64_t child_id, char *out, size_t size)
{
	const struct table *t = records_table("children");
	struct field row[32];
	struct buf text;
	int g = records_col_index(t, "given_name"), f = records_col_index(t, "family_name");

	out[0] = '\0';
	buf_init(&text, 1u << 16);
	if (store_get(wf_st, t, child_id, row, &text) == 1)
		snprintf(out, size, "%s %s", row[g].present ? row[g].s : "",
		    row[f].present ? row[f].s : "");
	buf_free(&text);
}

/* Restricts a child's record to the named user, through the record layer. */
WF_UNUSED static int
wf_restrict(int64_t child_id, int64_t user_id, const char *reason)
{
	const struct table *t = records_table("restrictions");
	struct field row[8];
	struct rec_errors e;
	struct rec_actor who = {0, "test", "command", "terminal", NULL, "test"};

	memset(row, 0, sizeof row);
	row[records_col_index(t, "child_id")] = (struct field){1, child_id, NULL};
	row[records_col_index(t, "user_id")] = (struct field){1, user_id, NULL};
	row[records_col_index(t, "reason")] = (struct field){1, 0, reason};
	rec_errors_clear(&e);
	if (rec_save(wf_st, &who, t, row, &e) < 0) {
		printf("  restriction refused: %s\n", e.n ? e.v[0].message : "?");
		return -1;
	}
	return 0;
}

#endif
