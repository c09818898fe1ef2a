/*
 * api_write.c: the API's writes. POST /api/v1/TABLE makes a record and PATCH
 * /api/v1/TABLE/{id} changes fields of one, each body one JSON object of the record's
 * fields as the export names them (api_body.c). The record is judged and saved by the
 * record layer (rec_save, rec_write), exactly as import json and the forms save it: the
 * same checks, the same words, one audit entry ("create" or "change", what "api") in
 * the same transaction. Need-to-know is access.c's: the route's roles and scope before
 * the handler runs, and here, once the body is read, the child it names.
 *
 * A PATCH is made over the record as the client last read it: GET sends the record's
 * version (rec_digest) as its ETag, and a PATCH whose If-Match is not the stored
 * record's version is refused with 412 and changes nothing. The version is compared
 * again inside the write transaction (BEGIN IMMEDIATE), so a change saved between the
 * first look and the write is not overwritten either. A PATCH without If-Match is
 * made over whatever is stored (docs/api.md says so).
 */
#include "web/pages.h"

#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "records/rec.h"
#include "web/api_body.h"
#include "web/form.h"
#include "web/jsonw.h"
#include "web/snapshot.h"
#include "web/web_int.h"

static void
one_error(struct jb *j, const char *field, const char *message)
{
	jb_obj(j);
	jb_kstr(j, "field", field && field[0] ? field : NULL);
	jb_kstr(j, "message", message);
	jb_obj_end(j);
}

/* {"errors": [{"field": "received_date", "message": "..."}, ...], "status": 422}: the
 * body's errors (b), then the record layer's (e), either NULL. */
static int
field_errors(struct web_req *r, const struct table *t, const struct rec_errors *e,
    const struct api_body *b)
{
	struct jb j;

	r->status = 422;
	buf_reset(&r->out);
	jb_init(&j, &r->out);
	jb_obj(&j);
	jb_key(&j, "errors");
	jb_arr(&j);
	for (int i = 0; b && i < b->n && i < REC_MAX_ERRORS; i++)
		one_error(&j, b->e[i].field, b->e[i].message);
	for (int i = 0; e && i < e->n && i < REC_MAX_ERRORS; i++)
		one_error(&j, e->v[i].col >= 0 ? t->cols[e->v[i].col].name : NULL,
		    e->v[i].message);
	jb_arr_end(&j);
	jb_kint(&j, "status", 422);
	jb_obj_end(&j);
	api_json_answer(r);
	return 0;
}

/*
 * The body as a row of t: 1 read, 0 refused (the answer written), -1 no memory. A new
 * record's body with fields in error is also judged whole (required fields, date
 * orders) as the import judges one, the fields refused left aside, so that one answer
 * says everything that is wrong.
 */
static int
read_body(struct web_req *r, const struct table *t, int whole, struct api_body **out)
{
	struct api_body *b = arena_alloc(&r->arena, sizeof *b);
	struct rec_errors e;

	if (!(*out = b))
		return -1;
	if (api_body_read(b, t, r->body.p ? r->body.p : "", r->body.len) == 0)
		return 1;
	if (b->status != 422)
		return web_json_error(r, b->status, b->e[0].message), 0;
	rec_errors_clear(&e);
	if (whole)
		rec_check_given(t, b->row, b->bad, &e);
	return field_errors(r, t, &e, b), 0;
}

static struct rec_actor
api_actor(const struct web_req *r)
{
	struct rec_actor who = web_actor(r);

	who.via = "api";	/* a token's or a session's: either way not a form */
	return who;
}

static int64_t child_of(const struct table *t, const struct field *row);

/* A user disabled ends their sessions, as the administration's form does. */
static int
after_save(struct web_req *r, const struct table *t, const struct field *row, int rc)
{
	int active = records_col_index(t, "active");

	if (rc <= 0)
		return 0;
	if (strcmp(t->name, "users") == 0 && active >= 0 && row[active].present &&
	    !row[active].i && store_sessions_end_user(r->st, row[0].i) < 0)
		return -1;
	/* What the person asks next shows the area as it now is (snapshot.c). */
	return web_snapshot_saved(r, t, child_of(t, row));
}

/*
 * A setting given a value from a date already past changes how clocks started since are
 * judged; the form asks that it be meant (its backdate box), and so does the API, with
 * ?backdate=1. 1 go on, 0 refused (the 422 written).
 */
static int
backdate_ok(struct web_req *r, const struct table *t, const struct field *row)
{
	int from = records_col_index(t, "effective_from");
	const char *yes = web_kv_get(&r->query, "backdate");
	struct rec_errors e;
	cal_date d;

	if (strcmp(t->name, "settings") != 0 || from < 0 || !row[from].present ||
	    !cal_parse(row[from].s, &d) || d >= web_today(r->srv) || (yes && strcmp(yes, "1") == 0))
		return 1;
	rec_errors_clear(&e);
	snprintf(e.v[0].message, sizeof e.v[0].message, "the date is in the past: send "
	    "?backdate=1 if clocks started since then are to be judged by the new value, or give "
	    "today's date or a later one");
	e.v[0].col = from;
	e.n = 1;
	return field_errors(r, t, &e, NULL), 0;
}

/* The child the record is of, when the body or the change names one. */
static int64_t
child_of(const struct table *t, const struct field *row)
{
	int c = records_child_col(t);

	return c >= 0 && row[c].present ? row[c].i : 0;
}

/*
 * A manager's signature (records.c: COL_SIGNATURE) is given on /authorise, where the page
 * checks that the manager is the team's; through the API only a team manager may set one
 * at all, so that nobody signs their own decision. 1 go on, 0 refused (the 403 written).
 */
static int
signature_ok(struct web_req *r, const struct table *t, const struct field *row,
    const struct field *old)
{
	for (int c = 0; c < t->ncols; c++) {
		const struct column *k = &t->cols[c];
		int changed;

		if (!(k->flags & COL_SIGNATURE) || (r->role & R_MANAGER))
			continue;
		changed = old ? row[c].present != old[c].present || row[c].i != old[c].i ||
		    (row[c].s && old[c].s && strcmp(row[c].s, old[c].s) != 0) : row[c].present;
		if (changed)
			return web_json_error(r, 403, arena_printf(&r->arena, "%s: only a team "
			    "manager signs a decision (on /authorise/%s/{id}); leave it out",
			    k->name, t->name)), 0;
	}
	return 1;
}

int
api_create(struct web_req *r)
{
	const struct table *t = records_table(r->route->table);
	struct rec_actor who = api_actor(r);
	struct api_body *b;
	struct rec_errors e;
	int rc;

	if ((rc = read_body(r, t, 1, &b)) <= 0)
		return rc;
	rec_errors_clear(&e);
	if (b->row[0].present) {
		snprintf(e.v[0].message, sizeof e.v[0].message, "leave id out: a new record is "
		    "given the next id (to change %s %lld, send PATCH /api/v1/%s/%lld)", t->noun,
		    (long long)b->row[0].i, t->name, (long long)b->row[0].i);
		e.v[0].col = 0;
		e.n = 1;
		return field_errors(r, t, &e, NULL);
	}
	if (!web_write_child(r, child_of(t, b->row)) || !web_write_linked(r, t, b->row, NULL) ||
	    !signature_ok(r, t, b->row, NULL) || !backdate_ok(r, t, b->row))
		return 0;
	if (rec_save(r->st, &who, t, b->row, &e) < 0)
		return field_errors(r, t, &e, NULL);
	if (after_save(r, t, b->row, 1) < 0)
		return -1;
	r->status = 201;
	r->location = arena_printf(&r->arena, "/api/v1/%s/%lld", t->name, (long long)b->row[0].i);
	return api_send_record(r, t, b->row);
}

/* Whether If-Match (one or more quoted versions, or *) names version. A weak tag never
 * matches: If-Match compares strongly (RFC 9110 13.1.1). */
static int
matches(const char *h, const char *version)
{
	size_t vn = strlen(version);

	for (const char *p = h; *p;) {
		size_t n;
		while (*p == ' ' || *p == '\t' || *p == ',')
			p++;
		n = strcspn(p, ",");
		while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
			n--;
		if ((n == 1 && *p == '*') || (n == vn + 2 && p[0] == '"' &&
		    strncmp(p + 1, version, vn) == 0 && p[n - 1] == '"'))
			return 1;
		p += strcspn(p, ",");
	}
	return 0;
}

static int
stale(struct web_req *r, const char *now)
{
	struct jb j;

	r->status = 412;
	r->etag = arena_printf(&r->arena, "\"%s\"", now);
	buf_reset(&r->out);
	jb_init(&j, &r->out);
	jb_obj(&j);
	jb_kstr(&j, "error", "the record has changed since you read it, so nothing was "
	    "changed: GET it again, make your change to what it holds now, and send it with "
	    "If-Match: its new ETag");
	jb_kstr(&j, "etag", r->etag);
	jb_kint(&j, "status", 412);
	jb_obj_end(&j);
	api_json_answer(r);
	return 0;
}

/* The record as stored, with its version: 1, 0 no such record, -1 store failure. */
static int
stored(struct web_req *r, const struct table *t, struct field *row, struct buf *text,
    char version[REC_DIGEST_HEX + 1])
{
	int rc;

	buf_reset(text);
	if ((rc = store_get(r->st, t, r->ids[0], row, text)) == 1)
		rec_digest(t, row, version);
	return rc;
}

struct patch {
	struct field old[API_BODY_COLS], now[API_BODY_COLS], row[API_BODY_COLS];
	char was[REC_DIGEST_HEX + 1], is[REC_DIGEST_HEX + 1];
	struct buf text, text2;
	struct rec_errors e;
};

/* The id a body may give: none, or the address's. */
static int
id_differs(struct web_req *r, const struct table *t, const struct api_body *b,
    struct patch *p)
{
	if (!b->row[0].present || b->row[0].i == r->ids[0])
		return 0;
	snprintf(p->e.v[0].message, sizeof p->e.v[0].message, "%lld is not the id of the %s "
	    "this address changes (%lld): leave id out, or give %lld", (long long)b->row[0].i,
	    t->noun, (long long)r->ids[0], (long long)r->ids[0]);
	p->e.v[0].col = 0;
	p->e.n = 1;
	return 1;
}

/* Writes row over the record, in one transaction, if it is still the version read. */
static int
write_over(struct web_req *r, const struct table *t, struct patch *p, int *rc)
{
	struct rec_actor who = api_actor(r);
	int got;

	if (store_begin(r->st) < 0)
		return -1;
	if ((got = stored(r, t, p->now, &p->text2, p->is)) != 1 || strcmp(p->is, p->was) != 0) {
		store_rollback(r->st);
		return got < 0 ? -1 : (*rc = -2, 0);
	}
	*rc = rec_write(r->st, &who, t, p->row, &p->e);
	if (*rc > 0 && store_commit(r->st) < 0)
		return store_rollback(r->st), -1;
	if (*rc <= 0)
		store_rollback(r->st);
	return 0;
}

static int
patch(struct web_req *r, const struct table *t, const struct api_body *b, struct patch *p)
{
	const char *if_match = web_header(r, "If-Match");
	int got, rc = 0;

	if (id_differs(r, t, b, p))
		return field_errors(r, t, &p->e, NULL);
	if ((got = stored(r, t, p->old, &p->text, p->was)) <= 0)
		return got < 0 ? -1 : web_json_error(r, 404, "no such record");
	if (if_match && !matches(if_match, p->was))
		return stale(r, p->was);
	for (int c = 0; c < t->ncols; c++)
		p->row[c] = b->given >> c & 1 ? b->row[c] : p->old[c];
	p->row[0] = p->old[0];
	if (child_of(t, p->row) != child_of(t, p->old) &&
	    !web_write_child(r, child_of(t, p->row)))
		return 0;
	if (!web_write_linked(r, t, p->row, p->old) || !signature_ok(r, t, p->row, p->old))
		return 0;
	/* A change that changes nothing changes no clock, whatever its date. */
	rec_digest(t, p->row, p->is);
	if (strcmp(p->is, p->was) != 0 && !backdate_ok(r, t, p->row))
		return 0;
	if (write_over(r, t, p, &rc) < 0)
		return -1;
	if (rc == -2)
		return stale(r, p->is);
	if (rc < 0)
		return field_errors(r, t, &p->e, NULL);
	if (after_save(r, t, p->row, rc) < 0)
		return -1;
	/* A record moved to another child has left the first one's page too. */
	if (rc > 0 && child_of(t, p->old) != child_of(t, p->row) &&
	    web_snapshot_saved(r, t, child_of(t, p->old)) < 0)
		return -1;
	return api_send_record(r, t, p->row);
}

int
api_patch(struct web_req *r)
{
	const struct table *t = records_table(r->route->table);
	struct patch *p = arena_alloc(&r->arena, sizeof *p);
	struct api_body *b;
	int rc;

	if (!p || (rc = read_body(r, t, 0, &b)) < 0)
		return -1;
	if (rc == 0)
		return 0;
	memset(p, 0, sizeof *p);
	rec_errors_clear(&p->e);
	buf_init(&p->text, 1u << 20);
	buf_init(&p->text2, 1u << 20);
	rc = patch(r, t, b, p);
	buf_free(&p->text);
	buf_free(&p->text2);
	return rc;
}
