/*
 * audit_edit.c: the forms that change one record of the multi-agency case audits (issue
 * 11, point 4): the audit, a case's multi-agency grade, an agency's return on a case, an
 * action (all of it, by the subgroup; its progress, by its owner). One pair of handlers
 * serves them all, the table the route's and the form its last segment's (rform_specs.c).
 * As with a child's records, a change is saved only over the version the form was opened
 * on (records_page.h); a partner changes only their own agency's part (access.c), and
 * cannot give it to another agency.
 */
#include "web/pages.h"

#include <string.h>

#include "base/buf.h"
#include "base/str.h"
#include "store/store.h"
#include "web/audits.h"
#include "web/records_page.h"

/* A self-assessment's return is the form of its kind: Section 11 or Section 175. */
static const struct rf_spec *
sa_spec_of(struct web_req *r)
{
	const struct table *t = records_table("self_assessments");
	struct field row[FORM_MAX_COLS];
	const struct rf_spec *sp = NULL;
	struct buf text;

	buf_init(&text, 1u << 14);
	if (store_get(r->st, t, r->ids[0], row, &text) == 1)
		sp = rf_spec_find(t->name, row[records_col_index(t, "kind")].s);
	buf_free(&text);
	return sp;
}

static const struct rf_spec *
spec_of(struct web_req *r)
{
	const char *slash = strrchr(r->route->pattern, '/');

	if (strcmp(r->route->table, "self_assessments") == 0)
		return sa_spec_of(r);
	return rf_spec_find(r->route->table, slash ? slash + 1 : "");
}

/* Where the form goes back to: the audit the record belongs to, or the partner's page. */
static const char *
back_of(struct web_req *r, const struct web_form *f)
{
	int c = records_col_index(f->t, "audit_id");

	if (strcmp(f->t->name, "self_assessments") == 0)	/* migration_self_assessments */
		return arena_printf(&r->arena, "/self_assessments/%lld", (long long)f->row[0].i);
	if ((r->role & R_PARTNER) && (c = records_col_index(f->t, "self_assessment_id")) >= 0 &&
	    f->row[c].present)
		return arena_printf(&r->arena, "/self_assessments/%lld", (long long)f->row[c].i);
	if (r->role & R_PARTNER)
		return "/audits";
	if (strcmp(f->t->name, "case_audits") == 0)
		return arena_printf(&r->arena, "/case_audits/%lld", (long long)f->row[0].i);
	if (strcmp(f->t->name, "practice_reviews") == 0)
		return arena_printf(&r->arena, "/practice_reviews/%lld", (long long)f->row[0].i);
	if ((c = records_col_index(f->t, "self_assessment_id")) >= 0 && f->row[c].present)
		return arena_printf(&r->arena, "/self_assessments/%lld", (long long)f->row[c].i);
	if ((c = records_col_index(f->t, "review_id")) >= 0 && f->row[c].present)
		return arena_printf(&r->arena, "/practice_reviews/%lld", (long long)f->row[c].i);
	c = records_col_index(f->t, "audit_id");
	if (c >= 0 && f->row[c].present)
		return arena_printf(&r->arena, "/case_audits/%lld", (long long)f->row[c].i);
	return "/audits";
}

static int
load(struct web_req *r, const struct rf_spec *sp, struct web_form *f, struct rp_form *p)
{
	int rc;

	web_form_init(f, sp->table);
	if ((rc = rf_load(r, f, r->ids[0])) <= 0)
		return rc < 0 ? -1 : (web_not_found(r), 0);
	rec_digest(f->t, f->row, p->version);
	p->record_id = r->ids[0];
	p->action = r->path;
	return 1;
}

/* GET /case_audits/{id}/edit, /audit_cases/{id}/edit, /audit_contributions/{id}/return,
 * /actions/{id}/edit, /actions/{id}/update */
int
page_audit_edit(struct web_req *r)
{
	const struct rf_spec *sp = spec_of(r);
	struct web_form f;
	struct rp_form p = {sp, &f, 0, 0, 0, 0, "", 0, NULL, NULL, NULL};
	int64_t head = 0;
	char hex[2 * STORE_AUDIT_HASH + 1];
	int rc;

	if (!sp)
		return web_not_found(r);
	if ((rc = load(r, sp, &f, &p)) <= 0)
		return rc;
	p.since = store_audit_head(r->st, &head, hex) < 0 ? 0 : head;
	audit_form_page(r, &p, back_of(r, &f));
	return 0;
}

/* POST: the same routes */
int
page_audit_save(struct web_req *r)
{
	const struct rf_spec *sp = spec_of(r);
	struct field old[FORM_MAX_COLS];
	struct web_form f;
	struct rp_form p = {sp, &f, 0, 0, 1, 0, "", 0, NULL, NULL, NULL};
	const char *back;
	int rc;

	if (!sp)
		return web_not_found(r);
	if ((rc = load(r, sp, &f, &p)) <= 0)
		return rc;
	back = back_of(r, &f);
	memcpy(old, f.row, sizeof old);
	rf_read(r, sp, &f);
	if (!f.e.n && !web_write_linked(r, f.t, f.row, old))
		return 0;
	return rp_alone_saved(r, &p, back, NAV_AUDITS, "Multi-agency case audits");
}
