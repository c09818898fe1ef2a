/*
 * demo_restrict.c: two restricted records in the demo area, as an area has them when a
 * member of staff's own family is known to children's services.
 *
 * The first two children (by id) with an episode open at the end are restricted, each
 * to a few named users: the first is open to the demo's first team manager and senior
 * manager only, so that the demo's social worker meets the page that asks why they open
 * it; the second also to that social worker, who opens it as any other. The restrictions
 * are records (records.c restrictions), checked and written through the record layer
 * after the area and, like the rest of the demo, without an audit entry of their own;
 * the area itself, and the figures drawn from it, are as they were.
 */
#include "demo/demo.h"

#include <stdio.h>
#include <string.h>

#include "records/rec.h"
#include "store/store.h"
#include "store/store_users.h"

struct first_user {
	int64_t id;
};

static int
lowest(void *ctx, const struct store_user *u)
{
	struct first_user *f = ctx;

	if (u->active && (!f->id || u->id < f->id))
		f->id = u->id;
	return 0;
}

static int64_t
first_of(struct store *st, const char *role)
{
	struct first_user f = {0};

	return store_user_each(st, role, lowest, &f) < 0 ? -1 : f.id;
}

/* The first n children with an episode open at end, by id. */
static int
open_children(struct store *st, cal_date end, int64_t *out, int n)
{
	static const char *const tables[] = {"referrals", NULL};
	struct area a;
	int k = 0;

	if (store_load_tables(st, 0, tables, &a) < 0)
		return -1;
	for (size_t i = 0; i < a.n_referrals && k < n; i++) {
		const struct m_referral *x = &a.referrals[i];
		int dup = 0;
		for (int j = 0; j < k; j++)
			dup |= out[j] == x->child_id;
		if (!dup && x->received <= end && (x->closure == CAL_NONE || x->closure > end))
			out[k++] = x->child_id;
	}
	area_free(&a);
	return k;
}

static int
name(struct store *st, const struct rec_actor *who, int64_t child, int64_t user,
    const char *reason, char *err, size_t errsize)
{
	const struct table *t = records_table("restrictions");
	struct field row[8];
	struct rec_errors e;

	if (!user)
		return 0;
	memset(row, 0, sizeof row);
	row[records_col_index(t, "child_id")] = (struct field){1, child, NULL};
	row[records_col_index(t, "user_id")] = (struct field){1, user, NULL};
	row[records_col_index(t, "reason")] = (struct field){1, 0, reason};
	rec_errors_clear(&e);
	if (rec_write_as(st, who, t, row, NULL, REC_NO_CREATE_ENTRY, &e) < 0) {
		snprintf(err, errsize, "cannot restrict the demo's records: %s",
		    e.n ? e.v[0].message : store_error(st));
		return -1;
	}
	return 0;
}

int
demo_restrict(struct store *st, cal_date end, const struct rec_actor *who, char *err,
    size_t errsize)
{
	static const char why[] = "a member of staff's own family";
	int64_t child[2], manager = first_of(st, "manager"), senior = first_of(st,
	    "senior_manager"), worker = first_of(st, "social_worker");
	int n = open_children(st, end, child, 2);

	if (n < 0 || manager < 0 || senior < 0 || worker < 0) {
		snprintf(err, errsize, "cannot restrict the demo's records: %s", store_error(st));
		return -1;
	}
	if (store_begin(st) < 0) {
		snprintf(err, errsize, "cannot restrict the demo's records: %s", store_error(st));
		return -1;
	}
	for (int i = 0; i < n; i++)
		if (name(st, who, child[i], manager, why, err, errsize) < 0 ||
		    name(st, who, child[i], senior, why, err, errsize) < 0 ||
		    (i == 1 && name(st, who, child[i], worker, why, err, errsize) < 0)) {
			store_rollback(st);
			return -1;
		}
	return store_commit(st);
}
