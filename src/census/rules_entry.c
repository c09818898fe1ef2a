/*
 * rules_entry.c: the census rules for one child as its records are saved, and the naming
 * of the store record a finding points at.
 *
 * The web interface calls cin_rules_at_entry() on every save of a child's record, so it
 * must answer in milliseconds: the child's records are already in memory (one child's
 * struct area), the child is built as the year's return would show it (cin_from_store.c),
 * and the same rules as `validate cin` run over it. Findings are copied out, each with the
 * table and id of the record to fix, so the page can link to it.
 */
#include "census/rules.h"

#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "census/cin_store.h"
#include "model/model.h"
#include "records/records.h"

const char *
cin_finding_table(const struct cin_finding *f, int64_t *id)
{
	const struct cin_episode *ep = f->episode;

	*id = 0;
	switch (f->at) {
	case CIN_AT_ASSESSMENT:
		*id = ((const struct cin_assessment *)f->item)->id;
		return *id ? "assessments" : NULL;
	case CIN_AT_PLAN:
		*id = ((const struct cin_plan *)f->item)->id;
		return *id ? "cin_plans" : NULL;
	case CIN_AT_S47:
		*id = ((const struct cin_s47 *)f->item)->id;
		return *id ? "s47_enquiries" : NULL;
	case CIN_AT_CPP:
	case CIN_AT_REVIEW:
		*id = ((const struct cin_cpp *)f->item)->id;
		return *id ? "cp_plans" : NULL;
	case CIN_AT_ICPC:	/* the conference, or when it has no record its episode */
	case CIN_AT_EPISODE:
		if (f->at == CIN_AT_ICPC && ep && ep->icpc_id)
			return *id = ep->icpc_id, "conferences";
		*id = ep ? ep->id : 0;
		return *id ? "referrals" : NULL;
	case CIN_AT_CHILD:
		*id = f->child ? f->child->id : 0;
		return *id ? "children" : NULL;
	default:
		return NULL;
	}
}

void
cin_finding_record(const struct cin_finding *f, char *out, size_t size)
{
	int64_t id;
	const char *table = cin_finding_table(f, &id);
	const struct table *t = table ? records_table(table) : NULL;
	const char *child = f->child && f->child->la_child_id.s ? f->child->la_child_id.s : "?";

	if (!f->child)
		snprintf(out, size, "the return");
	else if (!t || strcmp(table, "children") == 0)
		snprintf(out, size, "child %s", child);
	else
		snprintf(out, size, "%s %lld of child %s", t->noun, (long long)id, child);
}

static void
keep(void *ctx, const struct cin_finding *f)
{
	struct cin_entries *e = ctx;
	struct cin_entry *x;

	e->v = vec_reserve(e->v, e->n, &e->cap, sizeof *e->v);
	x = &e->v[e->n++];
	x->rule = f->rule;
	x->table = cin_finding_table(f, &x->id);
	x->message = xstrdup(f->message);
}

void
cin_entries_free(struct cin_entries *e)
{
	for (size_t i = 0; i < e->n; i++)
		xfree(e->v[i].message);
	xfree(e->v);
	memset(e, 0, sizeof *e);
}

int
cin_rules_at_entry(const struct area *a, int64_t child_id, int end_year, cal_date today,
    struct cin_entries *out)
{
	const struct m_child *mc = m_child_by_id(a, child_id);
	struct cin_year y = cin_year_of(end_year);
	struct cin_pool *pool;
	struct cin_child c;
	struct cin_check *check;

	cin_entries_free(out);
	if (!mc)
		return -1;
	pool = cin_pool_new();
	out->in_return = cin_child_from_store(a, mc, &y, pool, &c);
	if (out->in_return) {
		check = cin_check_new_year(end_year, keep, out);
		cin_check_as_of(check, today);
		cin_check_child(check, &c);
		cin_check_free(check);
	}
	cin_pool_free(pool);
	return (int)out->n;
}
