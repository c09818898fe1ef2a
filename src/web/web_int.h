/*
 * web_int.h: what the files of the web interface share, and nobody else sees.
 *
 * A request passes through one pipeline (dispatch.c): its target is parsed, it is
 * matched to one row of the route table (routes.c), the person is found from their
 * session or API token (session.c), the row's roles and scope decide whether they may
 * have it (access.c), and only then does the row's handler run, writing its page through
 * the escaping writer (html.c) or its JSON through jsonw.c. A handler never checks a
 * permission of its own and never writes unescaped text.
 */
#ifndef SG_WEB_INT_H
#define SG_WEB_INT_H
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/buf.h"
#include "calendar/cal.h"
#include "store/store.h"
#include "store/store_users.h"
#include "web/parse.h"
#include "web/web.h"

/* ---- Roles (codes.c user_role) as bits, so a route names the roles it admits ---- */
enum {
	R_ADMIN = 1u << 0, R_SW = 1u << 1, R_MANAGER = 1u << 2, R_CHAIR = 1u << 3,
	R_SENIOR = 1u << 4, R_PARTNER = 1u << 5, R_ANALYST = 1u << 6, R_LADO = 1u << 7,
	R_HEALTH = 1u << 8, R_SCHOOL = 1u << 9,
	R_CDOP = 1u << 10,	/* child death review (issue 11, point 6) */
};
#define R_CASE (R_SW | R_MANAGER | R_CHAIR | R_SENIOR)	/* read the area's case records */
#define R_ALL 0x7ffu
unsigned web_role_bit(const char *role);
const char *web_role_name(unsigned bit);	/* "social worker" */
const char *web_role_code(unsigned bit);	/* "social_worker" */

/* ---- The route table (routes.c) ---- */

/*
 * What a route's {id} names, and so how need-to-know is judged before its handler runs
 * (access.c). The roles of the row say who may ask at all; the scope says of which
 * records.
 */
enum web_scope {
	SC_PUBLIC,	/* anyone, logged in or not: the login page, the assets */
	SC_SELF,	/* the person's own work, account and session */
	SC_AREA,	/* the area as a whole, as far as the role reads it (search, people) */
	SC_CHILD,	/* {id} is a child: the person must be allowed that child's record */
	SC_CONFERENCE,	/* {id} is a conference: as its child, and a partner only if invited */
	SC_RECORD,	/* /api/v1/TABLE/{id}: as the record's child, and the table's policy */
	SC_TABLE,	/* /api/v1/TABLE?child_id=N: the records of one child, as SC_RECORD */
	SC_ADMIN,	/* users, teams, agencies, settings */
	SC_NEW,		/* POST /api/v1/TABLE: a new record, of the child its body names, which
			 * the handler has judged (web_write_child) once the body is read */
};

enum {
	F_API = 1u << 0,	/* JSON in and out; a Bearer token is accepted */
	F_VIEW = 1u << 1,	/* shows a child's record: a "view" audited before it is sent */
	F_ANON_FORM = 1u << 2,	/* a form for people not logged in (login): its own CSRF check */
	F_REASON = 1u << 3,
	F_STATIC = 1u << 4,	/* sent from the binary as it is: no store, no session */	/* gives the reason for opening a restricted record */
};

struct web_req;
typedef int (*web_handler)(struct web_req *r);

struct web_route {
	const char *method;	/* "GET", "POST" */
	const char *pattern;	/* "/children/{id}": literal segments and at most two {id} */
	unsigned roles;		/* R_* bits admitted; SC_PUBLIC routes ignore it */
	enum web_scope scope;
	const char *table;	/* SC_RECORD, SC_TABLE: the records.c table */
	web_handler handler;
	unsigned flags;
	const char *summary;	/* one line, for docs/api.md and the route test */
};

const struct web_route *web_routes(int *n);
/* The route for method and path: found (ids set), or NULL with *status 404 (no such path)
 * or 405 (the path exists for other methods: their names in allow[size]). */
const struct web_route *web_route_match(const char *method, const char *path, int64_t ids[2],
    int *status, char *allow, size_t size);

/* ---- A request ---- */

#define WEB_BODY_MAX (1u << 20)		/* a form or JSON body */
#define WEB_PAGE_MAX (32u << 20)	/* a page or document written */
#define WEB_ARENA_MAX (64u << 20)

struct web_server;
struct web_snapshot;
struct web_audit_ticket;

struct web_header_pair {
	const char *name, *value;
};

struct web_req {
	struct web_server *srv;
	void *conn;			/* the server's connection (server.c) */
	/* Without a connection (a request made in-process, by the tests): its headers. */
	const struct web_header_pair *headers;
	int nheaders;
	struct arena arena;
	char method[8];
	const char *target;		/* as received */
	const char *path;		/* decoded */
	const char *query_raw;
	struct web_kvs query, form;
	struct buf body;
	int body_toobig;
	const struct web_route *route;
	int64_t ids[2];
	char addr[64];			/* the client's address */
	int https;
	/* Who: set by session.c before the handler runs. */
	int logged_in, via_token, session_expired;
	struct store_user user;
	unsigned role;			/* R_* bit of user.role */
	char csrf[72];
	unsigned char session_digest[32];
	struct store *st;		/* a handle of the pool while the request runs */
	struct web_snapshot *snap;	/* the area in memory, once asked for (snapshot.c) */
	struct web_audit_ticket *pending;	/* an entry queued, its commit not yet seen */
	int64_t child_id;		/* the child the route concerns, once known */
	const char *reason;		/* given to open a restricted record */
	char area_name[208];		/* the server's settings as this request found them */
	int idle_minutes;
	/* The response. */
	int status;
	struct buf out;
	const char *content_type;
	const char *location;		/* a redirect */
	const char *cookies[3];		/* Set-Cookie values */
	int ncookies;
	const char *allow;		/* 405: the methods the path takes */
	const char *etag;		/* the record's version, quoted (rec_digest) */
	const struct web_asset *asset;	/* sent from the binary, not from out */
	int not_modified;
	size_t sent;			/* bytes of the body sent */
	int64_t started_us;
	const char *disposition;	/* Content-Disposition: a download's file name */
};

/* A request header (server.c), or NULL. */
const char *web_header(struct web_req *r, const char *name);
int64_t web_now(void);		/* Unix seconds */
/* Today's local date, or the server's stand-in ($SAFEGUARD_TODAY when it started). */
cal_date web_today(const struct web_server *srv);
int64_t web_now_us(void);

/* The whole pipeline for a request whose body has arrived (dispatch.c). */
void web_dispatch(struct web_req *r);

/* Responses (respond.c). Each sets status and writes the page or JSON. */
int web_redirect(struct web_req *r, const char *location);	/* 303 See Other */
int web_error(struct web_req *r, int status, const char *title, const char *detail);
int web_json_error(struct web_req *r, int status, const char *message);
int web_not_found(struct web_req *r);
int web_forbidden(struct web_req *r, const char *why);
/* The security headers every response carries, as name/value pairs for server.c. */
int web_security_headers(const struct web_req *r, struct web_header_pair *out, int max);

/* ---- Sessions and login (session.c) ---- */

#define WEB_SESSION_COOKIE "sg_session"
#define WEB_LOGIN_COOKIE "sg_login"
#define WEB_SESSION_MAX_SECONDS (12 * 3600)

/* Finds the person from the session cookie or, on API routes, a Bearer token. */
int web_session_load(struct web_req *r);
/* Starts a new session for user u (rotating any old one), setting its cookie. */
int web_session_start(struct web_req *r, const struct store_user *u);
int web_session_end(struct web_req *r);
/* Whether the form's csrf field is the session's (or, for the login form, the login
 * cookie's): 1 yes. */
int web_csrf_ok(struct web_req *r);
/* The value for a login form's hidden csrf field, setting its cookie when new. */
const char *web_login_csrf(struct web_req *r);
/* A path to return to after login: path (and query) if it is one of ours, else "/". */
const char *web_safe_next(struct web_req *r, const char *next);
/* Where a role starts: its worklist, the overview, the administration. */
const char *web_home(unsigned role);

/* ---- Need-to-know (access.c) ---- */

enum web_access { WA_YES, WA_NO, WA_REASON };	/* WA_REASON: restricted, ask why */
/* Whether the person may open child child_id's record. */
enum web_access web_child_access(struct web_req *r, int64_t child_id);
/* Whether the person's role reads table at all, and a row of it (of child child_id). */
int web_table_readable(const struct web_req *r, const char *table);
int web_row_visible(struct web_req *r, const char *table, const struct field *row);
/* Whether a column of a table is one the person's role reads (a partner reads a part). */
int web_col_visible(const struct web_req *r, const char *table, const char *col);
/* Whether the person's role writes table through the API (a PATCH row of routes.c). */
int web_table_writable(const struct web_req *r, const char *table);
/* Whether the person may write a record of child child_id (a child's id in a body, or
 * the child a PATCH moves a record to): 1 go on (also when there is no such child: the
 * record layer says so), 0 refused, the 403 written and audited. */
int web_write_child(struct web_req *r, int64_t child_id);
/* The same for every other child a record names (a relationship's relative_child_id):
 * a sibling written down is written into that child's family too. Only the children
 * that differ from old (NULL: a new record) are judged. 1 go on, 0 refused. */
int web_write_linked(struct web_req *r, const struct table *t, const struct field *row,
    const struct field *old);
/* Training (issue 11, point 5; access.c): whether the person may write this booking (old
 * NULL: a new one): the training administrator any; anyone else booked or cancelled, no fee
 * or evaluation, and a partner only their own agency's. 1 go on, 0 refused (the 403 written and audited). */
int web_training_write(struct web_req *r, const struct table *t, const struct field *row,
    const struct field *old);
/* Whether the person sees a booking of the people of agency_id: a partner their own
 * agency's only. */
int web_training_visible(const struct web_req *r, int64_t agency_id);
/* Operation Encompass (access.c): whether the person is a police officer, who records
 * notifications (1; else 0, the 403 written and audited); whether a notification is of
 * the person's own force or school (web_encompass_is_mine), and the same as a check that
 * refuses and audits (web_encompass_mine: 1 go on, 0 refused). */
struct m_encompass;
int web_encompass_police(struct web_req *r);
int web_encompass_is_mine(const struct web_req *r, const struct m_encompass *e);
int web_encompass_mine(struct web_req *r, const struct m_encompass *e);
#define WEB_REASON_SECONDS (8 * 3600)	/* a reason given opens the record this long */
/* The scope check of the route for the request's ids: 1 go on, 0 refused (the response
 * written: 403, or the page asking why a restricted record is opened). */
int web_scope_check(struct web_req *r);

/* ---- The audit trail, from requests (auditq.c) ---- */

/* Appends an entry for this request (who, address filled in) and waits until it is
 * committed: 0, or -1 when it could not be (the request must then fail). */
int web_audit(struct web_req *r, const char *action, const char *table, int64_t record_id,
    int64_t child_id, const char *what, const char *detail);
/* The same, queued now and waited for before the answer is sent (the pipeline waits:
 * web_audit_wait), so that the page is written while the entry is committed. The
 * strings must last as long as the request. */
int web_audit_later(struct web_req *r, const char *action, const char *table,
    int64_t record_id, int64_t child_id, const char *what, const char *detail);
int web_audit_wait(struct web_req *r);

/* ---- The server's shared parts ---- */

struct web_pool;
struct web_pool *web_pool_new(const char *db, int max);
void web_pool_free(struct web_pool *p);
struct store *web_pool_get(struct web_pool *p, const char **err);
void web_pool_put(struct web_pool *p, struct store *st);

struct web_auditq;
struct web_auditq *web_auditq_new(const char *db, const char **err);
void web_auditq_free(struct web_auditq *q);
int web_auditq_append(struct web_auditq *q, const struct audit_entry *e);
struct web_audit_ticket *web_auditq_submit(struct web_auditq *q, const struct audit_entry *e);
int web_auditq_wait(struct web_auditq *q, struct web_audit_ticket *t);

struct web_throttle;
struct web_throttle *web_throttle_new(void);
void web_throttle_free(struct web_throttle *t);
/* Seconds the next attempt for this account or address must wait (0: go ahead). */
int web_throttle_wait(struct web_throttle *t, const char *username, const char *addr,
    int64_t now);
void web_throttle_failed(struct web_throttle *t, const char *username, const char *addr,
    int64_t now);
void web_throttle_succeeded(struct web_throttle *t, const char *username);

struct web_server {
	struct web_opts opts;
	struct web_pool *pool;
	struct web_auditq *auditq;
	struct web_throttle *throttle;
	int https;
	int idle_minutes;		/* session.idle_minutes, read again each minute */
	int64_t idle_read_at;
	cal_date today;			/* $SAFEGUARD_TODAY, or CAL_NONE: the clock's */
	char area_name[208];
};

#endif
