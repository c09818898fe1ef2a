/*
 * api.c: the JSON API under /api/v1, for programs: what the pages show, with the same
 * permissions (the same rows of the route table), the same audit entries and the same
 * words. Records come in the shape of the JSON export (json_write_record): field names
 * of records.c, absent fields left out, lists of codes as arrays; a child's record is an
 * export of one child (format, version and the tables), as 'export json --child' writes
 * it, cut to what the person's role reads (access.c). docs/api.md has an example of
 * every call.
 */
#include "web/pages.h"

#include <string.h>

#include "base/mem.h"
#include "json/json.h"
#include "json/jwrite.h"
#include "records/rec.h"
#include "timescales/ts.h"
#include "web/jsonw.h"
#include "web/search.h"
#include "web/snapshot.h"
#include "web/work.h"
#include "web/web_int.h"

/* An answer is JSON, ending in one newline (some writers end with one of their own). */
void
api_json_answer(struct web_req *r)
{
	r->content_type = "application/json";
	if (r->out.len == 0 || r->out.p[r->out.len - 1] != '\n')
		buf_addc(&r->out, '\n');
}

int
api_me(struct web_req *r)
{
	struct jb j;

	jb_init(&j, &r->out);
	jb_obj(&j);
	jb_kint(&j, "id", r->user.id);
	jb_kstr(&j, "username", r->user.username);
	jb_kstr(&j, "role", r->user.role);
	jb_kid(&j, "professional_id", r->user.professional_id);
	jb_kstr(&j, "given_name", r->user.given_name[0] ? r->user.given_name : NULL);
	jb_kstr(&j, "family_name", r->user.family_name[0] ? r->user.family_name : NULL);
	jb_kid(&j, "agency_id", r->user.agency_id);
	jb_kid(&j, "team_id", r->user.team_id);
	jb_kbool(&j, "via_token", r->via_token);
	jb_obj_end(&j);
	api_json_answer(r);
	return 0;
}

int
api_children(struct web_req *r)
{
	const char *q = web_kv_get(&r->query, "q");
	struct web_hit hits[WEB_SEARCH_MAX];
	struct jb j;
	int n, more = 0;

	if (!q || !*q || strlen(q) > 200)
		return web_json_error(r, 400, "q: give what to search for, 1 to 200 characters "
		    "(a name, local child id, NHS number or date of birth)");
	if ((n = web_search(r, q, hits, 50, &more)) < 0)
		return -1;
	jb_init(&j, &r->out);
	jb_obj(&j);
	jb_key(&j, "children");
	jb_arr(&j);
	for (int i = 0; i < n; i++) {
		const struct m_child *c = hits[i].c;
		jb_obj(&j);
		jb_kint(&j, "id", c->id);
		jb_kstr(&j, "la_child_id", c->la_child_id);
		jb_kbool(&j, "restricted", hits[i].hidden);
		if (!hits[i].hidden) {
			jb_kstr(&j, "given_name", c->given_name);
			jb_kstr(&j, "family_name", c->family_name);
			jb_kdate(&j, "birth_date", c->birth);
			jb_kdate(&j, "expected_birth_date", c->expected_birth);
			jb_kstr(&j, "nhs_number", c->nhs_number[0] ? c->nhs_number : NULL);
		}
		jb_obj_end(&j);
	}
	jb_arr_end(&j);
	jb_kbool(&j, "more", more);
	jb_obj_end(&j);
	api_json_answer(r);
	return 0;
}

struct rows {
	struct web_req *r;
	struct jw w;
	const struct table *t;
	long n;
	const char *unopened;	/* a table newer than the format: named at its first row */
};

static int
keep_col(void *ctx, int col)
{
	struct rows *x = ctx;

	return web_col_visible(x->r, x->t->name, x->t->cols[col].name);
}

static int
one_row(void *ctx, const struct table *t, const struct field *row)
{
	struct rows *x = ctx;

	if (!web_row_visible(x->r, t->name, row))
		return 0;
	if (x->unopened) {
		jw_lit(&x->w, ",\n\"");
		jw_lit(&x->w, x->unopened);
		jw_lit(&x->w, "\": [");
		x->unopened = NULL;
	}
	jw_lit(&x->w, x->n++ ? ",\n" : "\n");
	x->t = t;
	json_write_record(&x->w, t, row, keep_col, x);
	return x->w.err ? 1 : 0;
}

/* "TABLE": [records...], the rows of child_id (0: all) the person may see. */
static int
write_table(struct web_req *r, struct rows *x, const struct table *t)
{
	jw_lit(&x->w, "\"");
	jw_lit(&x->w, t->name);
	jw_lit(&x->w, "\": [");
	x->n = 0;
	if (store_scan(r->st, t, r->child_id, one_row, x) < 0)
		return -1;
	jw_lit(&x->w, x->n ? "\n]" : "]");
	return 0;
}

/* Hands what the writer holds to the answer: 0, or -1 (the request fails) when rc is. */
static int
finish(struct web_req *r, struct rows *x, int rc)
{
	if (jw_flush(&x->w) < 0)
		rc = -1;
	jw_free(&x->w);
	if (rc < 0)
		return -1;
	api_json_answer(r);
	return 0;
}

/* A table newer than the format, as the export writes it: left out when it has no row. */
static int
write_new_table(struct web_req *r, struct rows *x, const struct table *t)
{
	x->n = 0;
	x->unopened = t->name;
	if (store_scan(r->st, t, r->child_id, one_row, x) < 0)
		return -1;
	if (x->n)
		jw_lit(&x->w, "\n]");
	x->unopened = NULL;
	return 0;
}

/* The tables of one child's record the person reads, as an export of that child. */
static int
write_child(struct web_req *r, struct rows *x)
{
	int n;
	const struct table *t = records_tables(&n);

	jw_lit(&x->w, "{\"format\": \"" JSON_FORMAT "\", \"version\": ");
	jw_int(&x->w, JSON_VERSION);
	for (int i = 0; i < n; i++) {
		if (!web_table_readable(r, t[i].name))
			continue;
		if (t[i].flags & TABLE_OMIT_EMPTY) {
			if (write_new_table(r, x, &t[i]) < 0)
				return -1;
			continue;
		}
		jw_lit(&x->w, ",\n");
		if (write_table(r, x, &t[i]) < 0)
			return -1;
	}
	jw_lit(&x->w, "\n}");
	return 0;
}

/* The child's own row's version, for PATCH /api/v1/children/{id}. */
static int
child_etag(struct web_req *r)
{
	const struct table *t = records_table("children");
	char digest[REC_DIGEST_HEX + 1];
	struct field row[64];
	struct buf text;
	int found;

	if (!web_table_writable(r, "children"))
		return 0;
	buf_init(&text, 1u << 20);
	if ((found = store_get(r->st, t, r->ids[0], row, &text)) == 1) {
		rec_digest(t, row, digest);
		r->etag = arena_printf(&r->arena, "\"%s\"", digest);
	}
	buf_free(&text);
	return found < 0 ? -1 : 0;
}

int
api_child(struct web_req *r)
{
	struct rows x = {r, {0}, NULL, 0, NULL};
	int rc;

	jw_init_buf(&x.w, &r->out);
	rc = store_begin_read(r->st) < 0 || child_etag(r) < 0 ? -1 : write_child(r, &x);
	store_rollback(r->st);
	return finish(r, &x, rc);
}

/*
 * Sends its version as the ETag only to a person who writes the table: a digest of every
 * field would let someone who reads a part of the record test guesses at the rest.
 */
int
api_send_record(struct web_req *r, const struct table *t, const struct field *row)
{
	struct rows x = {r, {0}, t, 0, NULL};
	char digest[REC_DIGEST_HEX + 1];

	if (web_table_writable(r, t->name)) {
		rec_digest(t, row, digest);
		r->etag = arena_printf(&r->arena, "\"%s\"", digest);
	}
	jw_init_buf(&x.w, &r->out);
	json_write_record(&x.w, t, row, keep_col, &x);
	return finish(r, &x, 0);
}

int
api_record(struct web_req *r)
{
	const struct table *t = records_table(r->route->table);
	struct field row[64];
	struct buf text;
	int found, rc;

	buf_init(&text, 1u << 20);
	found = store_get(r->st, t, r->ids[0], row, &text);
	if (found <= 0 || !web_row_visible(r, t->name, row)) {
		buf_free(&text);
		return found < 0 ? -1 : web_json_error(r, 404, "no such record, or not one your "
		    "role reads");
	}
	rc = api_send_record(r, t, row);
	buf_free(&text);
	return rc;
}

int
api_records(struct web_req *r)
{
	const struct table *t = records_table(r->route->table);
	struct rows x = {r, {0}, t, 0, NULL};
	int rc;

	jw_init_buf(&x.w, &r->out);
	jw_lit(&x.w, "{");
	rc = write_table(r, &x, t);
	jw_lit(&x.w, "}");
	return finish(r, &x, rc);
}

/*
 * Whose worklist, as check --json names it: the area (a senior manager, an analyst), a
 * team (a manager with one), or the user (everyone else: a partner's list holds their
 * agency's work too, but it is theirs, by their agency).
 */
static struct ts_who
worklist_who(struct web_req *r, const char *whose)
{
	const struct store_user *u = &r->user;
	const char *name = u->given_name[0] || u->family_name[0] ? arena_printf(&r->arena,
	    "%s%s%s", u->given_name, u->given_name[0] && u->family_name[0] ? " " : "",
	    u->family_name) : NULL;

	if (r->role & (R_SENIOR | R_ANALYST))
		return (struct ts_who){"area", 0, NULL, u->username};
	if (whose && (r->role & R_MANAGER))
		return (struct ts_who){"team", u->team_id, whose, u->username};
	return (struct ts_who){"user", u->professional_id, name, u->username};
}

int
api_worklist(struct web_req *r)
{
	struct web_snapshot *s = web_snapshot_get(r);
	struct ts_worklist w;
	struct ts_filter f;
	struct ts_who who;
	struct jw jw;
	const char *whose;
	int names = !(r->role & R_ANALYST);

	if (!s)
		return -1;
	whose = web_work_filter(r, &f);
	who = worklist_who(r, whose);
	ts_worklist_select(&s->a, &s->all, &f, cal_add_working_days(s->today, 5), &w);
	jw_init_buf(&jw, &r->out);
	ts_worklist_json(&jw, &s->a, &w, &who, 5, names);
	jw_flush(&jw);
	jw_free(&jw);
	ts_worklist_free(&w);
	web_snapshot_put(s);
	api_json_answer(r);
	return 0;
}
