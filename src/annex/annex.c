/*
 * annex.c: the Annex A lists as a whole: which are written, under which file names, and
 * building them all from one area as at one date.
 */
#include "annex/annex_int.h"

#include <string.h>

#include "base/mem.h"

static const struct annex_list lists[ANNEX_NLISTS] = {
	{1, "Contacts", "list1_contacts.csv"},
	{3, "Referrals", "list3_referrals.csv"},
	{4, "Assessments", "list4_assessments.csv"},
	{5, "Section 47 enquiries and initial child protection conferences",
	 "list5_section47.csv"},
	{6, "Children in need", "list6_children_in_need.csv"},
	{7, "Child protection", "list7_child_protection.csv"},
	{8, "Children in care", "list8_children_in_care.csv"},
};

static long (*const builders[ANNEX_NLISTS])(struct annex_ctx *, struct buf *) = {
	annex_list1, annex_list3, annex_list4, annex_list5, annex_list6, annex_list7,
	annex_list8,
};

const struct annex_list *
annex_lists(void)
{
	return lists;
}

int
annex_list_index(int number)
{
	for (int i = 0; i < ANNEX_NLISTS; i++)
		if (lists[i].number == number)
			return i;
	return -1;
}

int
annex_build(const struct area *a, cal_date as_of, annex_keep_fn keep, void *ctx,
    size_t max, struct annex_out *o)
{
	struct annex_ctx x = {a, as_of, cal_add_months(as_of, -6), cal_add_months(as_of, -12),
	    keep, ctx, NULL};
	int rc = 0;

	memset(o, 0, sizeof *o);
	x.left = xcalloc(a->n_children ? a->n_children : 1, 1);
	for (int i = 0; i < ANNEX_NLISTS; i++) {
		buf_init(&o->csv[i], max);
		o->rows[i] = builders[i](&x, &o->csv[i]);
		buf_str(&o->csv[i]);
		if (o->csv[i].toobig)
			rc = -1;
	}
	for (size_t i = 0; i < a->n_children; i++)
		o->left_out += x.left[i];
	xfree(x.left);
	if (rc < 0)
		annex_out_free(o);
	return rc;
}

void
annex_out_free(struct annex_out *o)
{
	for (int i = 0; i < ANNEX_NLISTS; i++)
		buf_free(&o->csv[i]);
	memset(o, 0, sizeof *o);
}
