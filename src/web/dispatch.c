/*
 * dispatch.c: the pipeline every request goes through, in this order:
 *
 *   1. the target is parsed (parse.c): a path that cannot be read is 400;
 *   2. it is matched to one row of the route table: 404 no such page, 405 not with
 *      this method; a body over WEB_BODY_MAX is 413; the query and a form body are
 *      parsed (400 when they cannot be);
 *   3. the person is found from their session or token (session.c); a page for people
 *      logged in, asked without a session, sends the browser to the login page and
 *      back (the API answers 401);
 *   4. an unsafe method (POST, PATCH) must come from our own pages: its Origin, when
 *      the browser sends one, must be ours, and its form must carry the session's CSRF
 *      token (an API write: the X-CSRF-Token header); otherwise 403, and nothing is
 *      changed. A request with an API token needs neither: no browser sends one;
 *   5. the row's roles must include the person's (403, audited);
 *   6. the row's scope decides for the records it names (access.c);
 *   7. the handler runs; a page showing a child's record is written to the audit trail
 *      before it is sent, and is not sent if that fails. So is an API answer of
 *      records that belong to no one child (households, adults, users ...): an address
 *      read is a read of the children who live there.
 */
#include "web/web_int.h"

#include <stdio.h>
#include <string.h>

#include "base/esc.h"
#include "base/str.h"
#include "web/snapshot.h"

/* An entry of this request: who, from where, and why, with what it is about. */
static void
entry_of(struct web_req *r, struct audit_entry *e, const char *action, const char *table,
    int64_t record_id, int64_t child_id, const char *what, const char *detail)
{
	memset(e, 0, sizeof *e);
	e->user_id = r->logged_in ? r->user.id : 0;
	e->username = r->user.username[0] ? r->user.username : NULL;
	e->role = r->logged_in ? r->user.role : NULL;
	e->address = r->addr;
	e->action = action;
	e->table = table;
	e->record_id = record_id;
	e->child_id = child_id;
	e->what = what;
	e->reason = r->reason;
	e->detail = detail;
}

int
web_audit_later(struct web_req *r, const char *action, const char *table, int64_t record_id,
    int64_t child_id, const char *what, const char *detail)
{
	struct audit_entry *e;

	if (!r->srv->auditq)
		return 0;
	if (r->pending && web_audit_wait(r) < 0)
		return -1;
	if (!(e = arena_alloc(&r->arena, sizeof *e)))
		return -1;
	entry_of(r, e, action, table, record_id, child_id, what, detail);
	r->pending = web_auditq_submit(r->srv->auditq, e);
	return 0;
}

int
web_audit_wait(struct web_req *r)
{
	struct web_audit_ticket *t = r->pending;

	r->pending = NULL;
	return t ? web_auditq_wait(r->srv->auditq, t) : 0;
}

int
web_audit(struct web_req *r, const char *action, const char *table, int64_t record_id,
    int64_t child_id, const char *what, const char *detail)
{
	struct audit_entry e;

	entry_of(r, &e, action, table, record_id, child_id, what, detail);
	return r->srv->auditq ? web_auditq_append(r->srv->auditq, &e) : 0;
}

static int
parse_request(struct web_req *r)
{
	const char *why;
	char allow[64];
	int status;

	if (web_parse_target(&r->arena, r->target ? r->target : "", &r->path, &r->query_raw,
	    &why) < 0)
		return web_error(r, 400, "This address cannot be read", why), -1;
	r->route = web_route_match(r->method, r->path, r->ids, &status, allow, sizeof allow);
	if (status == 405) {
		r->allow = arena_strdup(&r->arena, allow);
		return web_error(r, 405, "This page cannot be used that way", "The page exists, "
		    "but not for this kind of request."), -1;
	}
	if (!r->route)
		return web_not_found(r), -1;
	if (r->body_toobig)
		return web_error(r, 413, "What was sent is too large", "A form or document sent "
		    "to safeguard may be at most 1 MB."), -1;
	if (web_parse_urlencoded(&r->arena, r->query_raw, strlen(r->query_raw), &r->query,
	    &why) < 0)
		return web_error(r, 400, "This address cannot be read", why), -1;
	return 0;
}

static int
parse_form(struct web_req *r)
{
	const char *type = web_header(r, "Content-Type"), *why;

	if (strcmp(r->method, "POST") != 0 || (r->route->flags & F_API))
		return 0;
	if (!type || strncmp(type, "application/x-www-form-urlencoded", 33) != 0)
		return web_error(r, 415, "This form was not sent as a form", "Send it as "
		    "application/x-www-form-urlencoded, as the browser does."), -1;
	if (web_parse_urlencoded(&r->arena, buf_str(&r->body), r->body.len, &r->form, &why) < 0) {
		/* A character a form cannot hold is refused before any page sees the form, so
		 * the page says which field: the person can find it and type it again. */
		if (r->form.bad_key)
			why = arena_printf(&r->arena, "the field %s holds a character that a form "
			    "cannot hold (a control character, bytes that are not UTF-8, or a bad "
			    "%%-escape): go back, "
			    "type that field again and send the form again. Nothing has been changed",
			    r->form.bad_key);
		return web_error(r, 400, "This form cannot be read", why ? why : ""), -1;
	}
	return 0;
}

/* Where the browser goes to log in and come back: /login?next=/children/12 */
static int
to_login(struct web_req *r)
{
	const char *here = r->query_raw[0] ? arena_printf(&r->arena, "%s?%s", r->path,
	    r->query_raw) : r->path;
	struct buf b;
	const char *loc;

	if (r->route->flags & F_API)
		return web_json_error(r, 401, "log in first: send a session cookie, or an API token "
		    "as Authorization: Bearer TOKEN (safeguard user token USERNAME makes one)");
	buf_init(&b, 8192);
	buf_adds(&b, "/login?next=");
	esc_url(&b, strcmp(r->method, "GET") == 0 && here ? here : web_home(r->role));
	if (r->session_expired)
		buf_adds(&b, "&expired=1");
	loc = arena_strdup(&r->arena, buf_str(&b));
	buf_free(&b);
	return web_redirect(r, loc ? loc : "/login");
}

/* The Origin of an unsafe request: none (a program, not a browser), or ours. Browsers
 * send "null" when the page's Referrer-Policy is no-referrer, as ours is, so then the
 * browser's own Sec-Fetch-Site must say the request came from this site. */
static int
origin_ok(struct web_req *r)
{
	const char *origin = web_header(r, "Origin"), *site = web_header(r, "Sec-Fetch-Site");
	const char *host = web_header(r, "Host");
	char ours[300];

	if (site && strcmp(site, "same-origin") != 0 && strcmp(site, "none") != 0)
		return 0;
	if (!origin)
		return 1;
	if (strcmp(origin, "null") == 0)
		return site && strcmp(site, "same-origin") == 0;
	snprintf(ours, sizeof ours, "%s://%s", r->https ? "https" : "http", host ? host : "");
	return host && strcmp(origin, ours) == 0;
}

static int
unsafe_allowed(struct web_req *r)
{
	if (strcmp(r->method, "GET") == 0 || strcmp(r->method, "HEAD") == 0)
		return 1;
	if (r->via_token)
		return 1;	/* a token is never sent by a browser on its own */
	if (!origin_ok(r) || !web_csrf_ok(r)) {
		web_audit(r, "refused", NULL, 0, 0, "form without a valid CSRF token or origin",
		    NULL);
		if (r->route->flags & F_API)
			return web_json_error(r, 403, "a write in a browser's session must come from "
			    "safeguard's own pages and send the session's CSRF token as X-CSRF-Token "
			    "(a program sends an API token instead). Nothing has been changed."), 0;
		web_error(r, 403, "This form has expired", "For your security, forms expire. Go "
		    "back, reload the page and send it again. Nothing has been changed.");
		return 0;
	}
	return 1;
}

static int
authorise(struct web_req *r)
{
	const char *err;

	if (!(r->st = web_pool_get(r->srv->pool, &err)))
		return web_error(r, 503, "safeguard cannot reach its store", "Try again in a "
		    "minute. If it goes on, tell the system administrator."), 0;
	if (web_session_load(r) < 0)
		return web_error(r, 500, "Something went wrong", "safeguard could not read your "
		    "session. Try again; if it goes on, tell the system administrator."), 0;
	if (r->route->scope == SC_PUBLIC)
		return unsafe_allowed(r);
	if (!r->logged_in)
		return to_login(r), 0;
	if (!unsafe_allowed(r))
		return 0;
	if (!(r->route->roles & r->role)) {
		web_audit(r, "refused", r->route->table, r->ids[0], 0, r->route->pattern, NULL);
		return web_forbidden(r, NULL), 0;
	}
	return web_scope_check(r);
}

/* The view entry of a route that shows records, queued before its handler runs; the
 * answer waits for it (pipeline) and is not sent unless it is committed. */
static int
view_begin(struct web_req *r)
{
	const char *action = r->reason ? "restricted view" : "view";

	if (!(r->route->flags & F_VIEW))
		return 0;
	if (r->child_id)
		return web_audit_later(r, action, "children", r->child_id, r->child_id,
		    r->route->pattern, NULL);
	return web_audit_later(r, action, r->route->table, r->ids[0], 0, r->route->pattern,
	    NULL);
}

static void pipeline(struct web_req *r);

void
web_dispatch(struct web_req *r)
{
	pipeline(r);
	web_audit_wait(r);	/* an entry queued by a request refused on the way */
	web_snapshot_release(r);
}

static void
pipeline(struct web_req *r)
{
	r->status = 200;
	if (parse_request(r) < 0)
		return;
	if (r->route->flags & F_STATIC) {	/* the assets: no store, no session */
		r->route->handler(r);
		return;
	}
	if (parse_form(r) < 0 || !authorise(r))
		return;
	if (view_begin(r) < 0 || (r->route->handler(r) < 0 && r->status < 400))
		web_error(r, 500, "Something went wrong", "safeguard could not finish this. Nothing "
		    "was changed. Try again; if it goes on, tell the system administrator.");
	if (web_audit_wait(r) < 0)
		web_error(r, 500, "Something went wrong", "safeguard could not record that you "
		    "opened this record, so it is not shown. Try again; if it goes on, tell the "
		    "system administrator.");
}
