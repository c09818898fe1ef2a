/*
 * page_records_adult.c: a parent or carer not yet recorded, added from the child's
 * record together with how they are related to the child. An adult belongs to no one
 * child (they may be related to several), so the form is reached through the child, and
 * the adult and their relationship to the child are saved as one change: a person
 * recorded around a child is always recorded as related to them. The adult may be
 * recorded as living in the child's household, and in no other one: a household of
 * another family is not this form's to name.
 */
#include "web/pages.h"

#include <stdio.h>
#include <string.h>

#include "base/str.h"
#include "web/records_page.h"
#include "web/snapshot.h"
#include "web/web_int.h"

struct adult_form {
	const struct rf_spec *sa, *sr;	/* the adult's fields; the relationship's */
	struct web_form fa, fr;
};

static void
start(struct adult_form *x)
{
	x->sa = rf_spec_find("adults", "edit");
	x->sr = rf_spec_find("relationships", "adult");
	web_form_init(&x->fa, "adults");
	web_form_init(&x->fr, "relationships");
}

static void
page(struct web_req *r, struct adult_form *x, int posted)
{
	struct rp_pair p = {x->sa, x->sr, &x->fa, &x->fr, x->sa->title_new, "Record a parent, "
	    "carer or relative who is not yet on the system. They are added with their "
	    "relationship to this child.", arena_printf(&r->arena, "/children/%lld/adults",
	    (long long)r->child_id), x->sr->title_edit, "Save", 422, posted};

	rp_pair_page(r, &p);
}

/* GET /children/{id}/new/adults */
int
page_adult_new(struct web_req *r)
{
	struct adult_form x;

	start(&x);
	page(r, &x, 0);
	return 0;
}

/* The household the adult is said to live in must be the child's: 0, or -1 (in errors). */
static int
home_ok(struct web_req *r, struct web_form *f)
{
	int c = records_col_index(f->t, "household_id");
	int64_t home;

	if (c < 0 || !f->row[c].present)
		return 0;
	if ((home = rf_child_household(r, r->child_id)) < 0)
		return -1;
	if (home > 0 && f->row[c].i == home)
		return 0;
	if (f->e.n < REC_MAX_ERRORS) {
		f->e.v[f->e.n].col = c;
		snprintf(f->e.v[f->e.n].message, sizeof f->e.v[f->e.n].message, "choose Yes for "
		    "the child's household, or No when the adult lives elsewhere");
	}
	f->e.n++;
	return -1;
}

/* The adult, then their relationship to the child naming them, as one change: 1 saved,
 * -1 refused (errors in the forms; none: the store failed). */
static int
save(struct web_req *r, struct adult_form *x)
{
	struct rec_actor who = web_actor(r);
	int rc;

	if (store_begin(r->st) < 0)
		return -1;
	rc = rec_write(r->st, &who, x->fa.t, x->fa.row, &x->fa.e);
	if (rc > 0) {
		web_form_set_int(&x->fr, "adult_id", x->fa.row[0].i);
		rc = rec_write(r->st, &who, x->fr.t, x->fr.row, &x->fr.e);
	}
	if (rc > 0 && store_commit(r->st) < 0)
		rc = -1;
	if (rc <= 0) {
		store_rollback(r->st);
		return -1;
	}
	web_snapshot_fresh(r);
	return 1;
}

/* The checks of each record alone (a field required and left empty ...), so that both
 * forms' errors show at once: the relationship's as it will be, naming the adult it is
 * saved with. Only of a form whose fields could all be read: one that could not already
 * says so of its fields. */
static void
check_alone(struct adult_form *x)
{
	int adult = records_col_index(x->fr.t, "adult_id");

	if (!x->fa.e.n)
		rec_check(x->fa.t, x->fa.row, &x->fa.e);
	if (x->fr.e.n || adult < 0)
		return;
	x->fr.row[adult] = (struct field){.present = 1, .i = RECORDS_MAX_ID};
	rec_check(x->fr.t, x->fr.row, &x->fr.e);
	x->fr.row[adult].present = 0;
}

/* POST /children/{id}/adults */
int
page_adult_create(struct web_req *r)
{
	struct adult_form x;

	start(&x);
	web_form_set_int(&x.fr, "child_id", r->child_id);
	rf_read(r, x.sa, &x.fa);
	rf_read(r, x.sr, &x.fr);
	home_ok(r, &x.fa);
	check_alone(&x);
	if (!x.fa.e.n && !x.fr.e.n) {
		if (save(r, &x) > 0)
			return rp_saved(r, x.sa, r->child_id);
		if (!x.fa.e.n && !x.fr.e.n)
			return -1;
	}
	page(r, &x, 1);
	return 0;
}
