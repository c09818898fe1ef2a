/*
 * page_records.c: the pages that add and change a child's records, one pair of handlers
 * for every form of rform_specs.c. A record is saved through the record layer as the
 * person logged in, so its checks and messages are those of every importer; on error the
 * form comes back (422) with what was typed and an error summary linked to each field.
 *
 * Two people may open one record at once. The form carries the record's version (its
 * digest, rec_digest) and the last entry of the audit trail when it was opened; a save is
 * made only while the stored record still has that version, checked in the transaction
 * that writes it. Otherwise the form comes back (409) with who changed which fields since,
 * from the audit trail, and the new version: sending it again saves over their change.
 */
#include "web/pages.h"

#include <string.h>

#include "base/buf.h"
#include "base/str.h"
#include "web/records_page.h"
#include "web/snapshot.h"
#include "web/work.h"
#include "web/web_int.h"

/* The last segment of the route's pattern: "edit", "close", "end". */
static const char *
verb_of(const struct web_req *r)
{
	const char *slash = strrchr(r->route->pattern, '/');

	return slash ? slash + 1 : "";
}

static const struct rf_spec *
spec_of(const struct web_req *r, int editing)
{
	return rf_spec_find(r->route->table, editing ? verb_of(r) : "edit");
}

const char *
rp_child_caption(struct web_req *r, int64_t child_id)
{
	struct web_snapshot *s = child_id ? web_snapshot_get(r) : NULL;
	const struct m_child *c = s ? m_child_by_id(&s->a, child_id) : NULL;
	const char *name = c ? arena_strdup(&r->arena, web_child_name(r, c)) : NULL;

	web_snapshot_put(s);
	return name ? name : "New child";
}

static const struct rf_field *
field_of(const struct rf_spec *sp, const char *col)
{
	for (int i = 0; i < sp->nfields; i++)
		if (strcmp(sp->fields[i].col, col) == 0)
			return &sp->fields[i];
	return NULL;
}

int
rp_summary(struct web_req *r, const struct rf_spec *sp, const struct web_form *f,
    struct h_field_error *out, int max)
{
	int n = 0;

	for (int i = 0; i < f->e.n && i < REC_MAX_ERRORS && n < max; i++) {
		int col = f->e.v[i].col;
		const struct rf_field *fd = col >= 0 ? field_of(sp, f->t->cols[col].name) : NULL;
		const char *label = fd ? fd->label : col >= 0 ? f->t->cols[col].name : NULL;
		out[n].field = fd ? rf_field_id(r, fd, f->t) : "main-content";
		out[n].message = label ? arena_printf(&r->arena, "%s: %s", label,
		    f->e.v[i].message) : arena_strdup(&r->arena, f->e.v[i].message);
		if (out[n].message)
			n++;
	}
	return n;
}

void
rp_page(struct web_req *r, const struct rp_form *p)
{
	struct h_field_error e[REC_MAX_ERRORS];
	int n = rp_summary(r, p->spec, p->f, e, REC_MAX_ERRORS);
	const char *title = p->record_id ? p->spec->title_edit : p->spec->title_new;

	if (n || p->conflict)
		r->status = p->conflict ? 409 : 422;
	h_page_begin(r, n || p->conflict ? arena_printf(&r->arena, "Error: %s", title) : title,
	    NAV_SEARCH);
	if (p->child_id)
		h(r, "<a class=\"govuk-back-link\" href=\"/children/%lld\">Back to the record</a>",
		    (long long)p->child_id);
	h_error_summary(r, e, n);
	if (p->conflict)
		rp_conflict_panel(r, p);
	if (p->extra)
		p->extra(r, p, 0);
	h_heading(r, rp_child_caption(r, p->child_id), title);
	h(r, "<form method=\"post\" action=\"%s\" novalidate>", p->action);
	h_csrf(r);
	if (p->record_id)
		h(r, "<input type=\"hidden\" name=\"version\" value=\"%s\"><input type=\"hidden\" "
		    "name=\"since\" value=\"%lld\">", p->version, (long long)p->since);
	rf_draw(r, p->spec, p->f, p->posted, p->child_id);
	if (p->extra)
		p->extra(r, p, 1);
	h(r, "<div class=\"govuk-button-group\"><button type=\"submit\" class=\"govuk-button\" "
	    "data-module=\"govuk-button\">Save</button>");
	if (p->child_id)
		h(r, "<a class=\"govuk-link\" href=\"/children/%lld\">Cancel</a>",
		    (long long)p->child_id);
	h(r, "</div></form>");
	h_page_end(r);
}

/* Saves f: over the stored record only while it still has version (NULL: a new record).
 * 1 saved, 0 nothing changed, -1 refused (errors in f->e), -2 the record changed since. */
int
rp_save(struct web_req *r, struct web_form *f, const char *version)
{
	struct rec_actor who = web_actor(r);
	int rc;

	if (f->e.n)
		return -1;
	if (store_begin(r->st) < 0)
		return -1;
	if (version && f->row[0].present) {
		struct field now[FORM_MAX_COLS];
		char digest[REC_DIGEST_HEX + 1];
		struct buf text;
		buf_init(&text, FORM_TEXT);
		rc = store_get(r->st, f->t, f->row[0].i, now, &text);
		if (rc == 1)
			rec_digest(f->t, now, digest);
		buf_free(&text);
		if (rc != 1 || strcmp(digest, version) != 0) {
			store_rollback(r->st);
			return rc < 0 ? -1 : -2;
		}
	}
	rc = rec_write(r->st, &who, f->t, f->row, &f->e);
	if (rc > 0 && store_commit(r->st) < 0)
		rc = -1;
	if (rc <= 0)
		store_rollback(r->st);
	if (rc > 0) {
		int c = records_child_col(f->t);
		web_snapshot_saved(r, f->t, c >= 0 && f->row[c].present ? f->row[c].i : 0);
	}
	return rc;
}

/* Where a save goes: the child's record, with the banner of what was saved. */
int
rp_saved(struct web_req *r, const struct rf_spec *sp, int64_t child_id)
{
	return web_redirect(r, arena_printf(&r->arena, "/children/%lld?saved=%s&as=%s",
	    (long long)child_id, sp->table, sp->verb));
}

static int64_t
audit_head(struct web_req *r)
{
	int64_t id = 0;
	char hex[2 * STORE_AUDIT_HASH + 1];

	return store_audit_head(r->st, &id, hex) < 0 ? 0 : id;
}

/* GET /children/{id}/new/TABLE */
int
page_record_new(struct web_req *r)
{
	const struct rf_spec *sp = spec_of(r, 0);
	struct web_form f;
	struct rp_form p = {sp, &f, r->child_id, 0, 0, 0, "", 0, NULL, NULL, NULL};

	if (!sp)
		return web_not_found(r);
	web_form_init(&f, sp->table);
	p.action = arena_printf(&r->arena, "/children/%lld/%s", (long long)r->child_id,
	    sp->table);
	rp_page(r, &p);
	return 0;
}

/* POST /children/{id}/TABLE */
int
page_record_create(struct web_req *r)
{
	const struct rf_spec *sp = spec_of(r, 0);
	struct web_form f;
	struct rp_form p = {sp, &f, r->child_id, 0, 1, 0, "", 0, NULL, NULL, NULL};

	if (!sp)
		return web_not_found(r);
	web_form_init(&f, sp->table);
	web_form_set_int(&f, "child_id", r->child_id);
	rf_read(r, sp, &f);
	if (!f.e.n && !web_write_linked(r, f.t, f.row, NULL))
		return 0;
	if (rp_save(r, &f, NULL) > 0)
		return rp_saved(r, sp, r->child_id);
	if (!f.e.n)
		return -1;
	p.action = arena_printf(&r->arena, "/children/%lld/%s", (long long)r->child_id,
	    sp->table);
	rp_page(r, &p);
	return 0;
}

/* The stored record the route names, in f, with its version: 1, or 0 answered. */
static int
load_record(struct web_req *r, const struct rf_spec *sp, struct web_form *f,
    struct rp_form *p)
{
	int rc;

	web_form_init(f, sp->table);
	if ((rc = rf_load(r, f, r->ids[0])) <= 0)
		return rc < 0 ? -1 : (web_not_found(r), 0);
	rec_digest(f->t, f->row, p->version);
	p->record_id = r->ids[0];
	p->child_id = r->child_id;
	p->action = r->path;
	return 1;
}

/* GET /TABLE/{id}/edit (and /close, /end) */
int
page_record_edit(struct web_req *r)
{
	const struct rf_spec *sp = spec_of(r, 1);
	struct web_form f;
	struct rp_form p = {sp, &f, 0, 0, 0, 0, "", 0, NULL, NULL, NULL};
	int rc;

	if (!sp)
		return web_not_found(r);
	if ((rc = load_record(r, sp, &f, &p)) <= 0)
		return rc;
	p.since = audit_head(r);
	rp_page(r, &p);
	return 0;
}

/* POST /TABLE/{id}/edit (and /close, /end) */
int
page_record_save(struct web_req *r)
{
	const struct rf_spec *sp = spec_of(r, 1);
	const char *version = web_kv_get(&r->form, "version");
	const char *since = web_kv_get(&r->form, "since");
	struct web_form f;
	struct rp_form p = {sp, &f, 0, 0, 1, 0, "", 0, NULL, NULL, NULL};
	struct field old[FORM_MAX_COLS];
	int rc;

	if (!sp)
		return web_not_found(r);
	if ((rc = load_record(r, sp, &f, &p)) <= 0)
		return rc;
	if (!since || !str_to_i64(since, &p.since))
		p.since = 0;
	memcpy(old, f.row, sizeof old);
	rf_read(r, sp, &f);
	if (!f.e.n && !web_write_linked(r, f.t, f.row, old))
		return 0;
	rc = rp_save(r, &f, version ? version : "");
	if (rc >= 0)
		return rp_saved(r, sp, p.child_id ? p.child_id : r->ids[0]);
	if (rc == -1 && !f.e.n)
		return -1;
	if (rc == -2) {
		p.conflict = 1;
		/* the version now stored: sending the form again saves over the change shown */
		web_form_init(&f, sp->table);
		if (rf_load(r, &f, r->ids[0]) == 1)
			rec_digest(f.t, f.row, p.version);
	}
	rp_page(r, &p);
	return 0;
}
