/*
 * page_records_household.c: the child's household (its address) from the child's
 * record. A household is shared by the children and adults living there, so it has no
 * child of its own: the form is reached through the child. A child with a household
 * changes it (version-checked, as every record's form is); a child without one gets a new
 * household, and the child's record points to it, the two saved in one transaction.
 */
#include "web/pages.h"

#include <string.h>

#include "base/str.h"
#include "web/records_page.h"
#include "web/snapshot.h"
#include "web/web_int.h"

/* The child's household id: 0 none; -1 the store failed. */
static int64_t
household_of(struct web_req *r)
{
	struct web_form c;
	int col, rc;

	web_form_init(&c, "children");
	if ((rc = rf_load(r, &c, r->child_id)) <= 0)
		return rc < 0 ? -1 : 0;
	col = records_col_index(c.t, "household_id");
	return c.row[col].present ? c.row[col].i : 0;
}

static void
start(struct web_req *r, struct rp_form *p, struct web_form *f, int64_t hid)
{
	int64_t head = 0;
	char hex[2 * STORE_AUDIT_HASH + 1];

	web_form_init(f, "households");
	p->spec = rf_spec_find("households", "edit");
	p->f = f;
	p->child_id = r->child_id;
	p->action = r->path;
	if (hid > 0 && rf_load(r, f, hid) == 1) {
		p->record_id = hid;
		rec_digest(f->t, f->row, p->version);
	}
	p->since = store_audit_head(r->st, &head, hex) < 0 ? 0 : head;
}

int
page_household(struct web_req *r)
{
	struct web_form f;
	struct rp_form p = {NULL, NULL, 0, 0, 0, 0, "", 0, NULL, NULL, NULL};
	int64_t hid = household_of(r);

	if (hid < 0)
		return -1;
	start(r, &p, &f, hid);
	rp_page(r, &p);
	return 0;
}

/* A new household, and the child's record pointing to it, as one change. */
static int
save_new(struct web_req *r, struct web_form *f)
{
	struct rec_actor who = web_actor(r);
	struct web_form c;
	int rc;

	if (f->e.n)
		return -1;
	web_form_init(&c, "children");
	if (store_begin(r->st) < 0)
		return -1;
	rc = rec_write(r->st, &who, f->t, f->row, &f->e);
	if (rc > 0 && rf_load(r, &c, r->child_id) == 1) {
		web_form_set_int(&c, "household_id", f->row[0].i);
		rc = rec_write(r->st, &who, c.t, c.row, &f->e);
	} else if (rc > 0) {
		rc = -1;
	}
	if (rc > 0 && store_commit(r->st) < 0)
		rc = -1;
	if (rc <= 0)
		store_rollback(r->st);
	if (rc > 0)
		web_snapshot_fresh(r);
	return rc;
}

int
page_household_save(struct web_req *r)
{
	struct web_form f;
	struct rp_form p = {NULL, NULL, 0, 0, 1, 0, "", 0, NULL, NULL, NULL};
	const char *version = web_kv_get(&r->form, "version");
	const char *since = web_kv_get(&r->form, "since");
	int64_t hid = household_of(r);
	int rc;

	if (hid < 0)
		return -1;
	start(r, &p, &f, hid);
	if (!since || !str_to_i64(since, &p.since))
		p.since = 0;
	rf_read(r, p.spec, &f);
	rc = hid ? rp_save(r, &f, version ? version : "") : save_new(r, &f);
	if (rc >= 0)
		return rp_saved(r, p.spec, r->child_id);
	if (rc == -1 && !f.e.n)
		return -1;
	if (rc == -2) {
		p.conflict = 1;
		web_form_init(&f, "households");
		if (rf_load(r, &f, hid) == 1)
			rec_digest(f.t, f.row, p.version);
	}
	rp_page(r, &p);
	return 0;
}
