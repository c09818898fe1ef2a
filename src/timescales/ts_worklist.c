/*
 * ts_worklist.c: a person's (or a team's, or the area's) list of what is overdue and what
 * falls due soon, most urgent first, grouped as a family is worked with.
 *
 * The list is the clocks that are overdue as of the date asked, and those due by the N-th
 * working day after it, whose actor, team or chair matches the filter. A professional's
 * list holds what they must do and what they oversee as chair, which is the chair's view
 * the seeds ask for: core groups not held, visits missed, reports not in by the day before,
 * plans reaching 12, 18 and 24 months, reviews due (seeds 000, 001). Of an open plan's
 * length flags only the longest reached is listed: a plan of 25 months is "past 24 months",
 * not also past 12 and 18.
 *
 * Siblings are worked together (one household, one conference for several children), so
 * the list is grouped by sibling group: children of one household, or linked by a sibling
 * relationship. Groups come in order of their most urgent item, children within a group
 * likewise, and a child's items by target date: overdue first, oldest first.
 */
#include "timescales/ts.h"

#include <stdlib.h>
#include <string.h>

#include "base/mem.h"
#include "base/str.h"

static uint32_t
find(uint32_t *parent, uint32_t i)
{
	while (parent[i] != i) {
		parent[i] = parent[parent[i]];
		i = parent[i];
	}
	return i;
}

/* Joins two groups; the root is always the lower index, so it is the group's first child. */
static void
join(uint32_t *parent, uint32_t i, uint32_t j)
{
	i = find(parent, i);
	j = find(parent, j);
	if (i < j)
		parent[j] = i;
	else if (j < i)
		parent[i] = j;
}

struct by_household {
	int64_t household;
	uint32_t child;
};

static int
cmp_household(const void *p, const void *q)
{
	const struct by_household *a = p, *b = q;

	if (a->household != b->household)
		return a->household < b->household ? -1 : 1;
	return a->child < b->child ? -1 : a->child > b->child;
}

static int
is_sibling(const char *kind)
{
	return strcmp(kind, "sibling") == 0 || strcmp(kind, "half_sibling") == 0;
}

void
ts_sibling_groups(const struct area *a, uint32_t *out)
{
	struct by_household *h = xcalloc(a->n_children + 1, sizeof *h);
	size_t n = 0;

	for (size_t i = 0; i < a->n_children; i++) {
		out[i] = (uint32_t)i;
		if (a->children[i].household_id)
			h[n++] = (struct by_household){a->children[i].household_id, (uint32_t)i};
	}
	qsort(h, n, sizeof *h, cmp_household);
	for (size_t i = 1; i < n; i++)
		if (h[i].household == h[i - 1].household)
			join(out, h[i - 1].child, h[i].child);
	for (size_t i = 0; i < a->n_relationships; i++) {
		const struct m_relationship *r = &a->relationships[i];
		const struct m_child *p, *q;
		if (!r->relative_child_id || !is_sibling(r->kind))
			continue;	/* a parent or carer: most relationships */
		p = m_child_by_id(a, r->child_id);
		q = m_child_by_id(a, r->relative_child_id);
		if (p && q)
			join(out, (uint32_t)(p - a->children), (uint32_t)(q - a->children));
	}
	for (size_t i = 0; i < a->n_children; i++)
		out[i] = find(out, (uint32_t)i);
	xfree(h);
}

struct collect {
	const struct area *a;
	const struct ts_filter *f;
	struct ts_worklist *w;
	const uint32_t *groups;
};

/* Operation Encompass: the police force owes the sending, the school the reading. */
static int
encompass_owes(const struct area *a, int64_t agency_id, const struct ts_clock *k)
{
	const struct m_child *c = m_child_by_id(a, k->child_id);

	for (uint32_t i = 0; c && i < c->encompass.count; i++) {
		const struct m_encompass *e = &a->encompass[c->encompass.first + i];
		if (e->id == k->record_id)
			return (k->kind == TS_K_ENCOMPASS_SENT ? e->police_agency_id :
			    e->school_id) == agency_id;
	}
	return 0;
}

/* An escalation's stage is the agency's to answer when the escalation is about it. */
static int
escalation_about(const struct area *a, const struct m_child *c, int64_t agency_id,
    const struct ts_clock *k)
{
	int64_t esc = 0;

	for (uint32_t i = 0; i < c->escalation_stages.count && !esc; i++)
		if (a->escalation_stages[c->escalation_stages.first + i].id == k->record_id)
			esc = a->escalation_stages[c->escalation_stages.first + i].escalation_id;
	for (uint32_t i = 0; esc && i < c->escalations.count; i++)
		if (a->escalations[c->escalations.first + i].id == esc)
			return a->escalations[c->escalations.first + i].about_agency_id == agency_id;
	return 0;
}

/* Whether the invitee an agency report is owed by is of the agency (or the escalation
 * whose stage it is is about the agency). */
static int
agency_owes(const struct area *a, int64_t agency_id, const struct ts_clock *k)
{
	const struct m_child *c;

	if (k->kind == TS_K_ENCOMPASS_SENT || k->kind == TS_K_ENCOMPASS_READ)
		return encompass_owes(a, agency_id, k);
	if (!(c = m_child_by_id(a, k->child_id)))
		return 0;
	if (k->kind == TS_K_ESCALATION_STAGE)
		return escalation_about(a, c, agency_id, k);
	if (k->kind != TS_K_AGENCY_REPORT)
		return 0;
	for (uint32_t i = 0; i < c->invitees.count; i++) {
		const struct m_invitee *v = &a->invitees[c->invitees.first + i];
		if (v->id == k->record_id)
			return v->agency_id == agency_id;
	}
	return 0;
}

static int
wanted(const struct area *a, const struct ts_filter *f, const struct ts_clock *k)
{
	if (f->agency_id && !agency_owes(a, f->agency_id, k) &&
	    !(f->professional_id && (k->actor_id == f->professional_id ||
	    (k->kind == TS_K_ESCALATION_STAGE && k->chair_id == f->professional_id))))
		return 0;	/* a partner who raised an escalation watches its stages */
	if (f->agency_id)
		return 1;
	if (f->professional_id && k->actor_id != f->professional_id &&
	    k->chair_id != f->professional_id)
		return 0;
	if (f->team_id && k->team_id != f->team_id)
		return 0;
	return !f->chair_id || k->chair_id == f->chair_id;
}

static int
on_list(const struct ts_worklist *w, const struct ts_clock *v, size_t n, size_t i)
{
	const struct ts_clock *k = &v[i];

	if (k->state == TS_DUE)
		return k->target <= w->horizon;
	if (k->state != TS_OVERDUE)
		return 0;
	/* A plan's flags come together, shortest first: list only the longest reached. */
	return !(k->kind == TS_K_PLAN_LENGTH && i + 1 < n && v[i + 1].kind == TS_K_PLAN_LENGTH &&
	    v[i + 1].record_id == k->record_id && v[i + 1].state == TS_OVERDUE);
}

static int
collect_child(void *ctx, const struct m_child *c, const struct ts_clock *v, size_t n)
{
	struct collect *cc = ctx;
	struct ts_worklist *w = cc->w;
	uint32_t ci = (uint32_t)(c - cc->a->children);

	for (size_t i = 0; i < n; i++) {
		struct ts_item *it;
		if (!on_list(w, v, n, i) || !wanted(cc->a, cc->f, &v[i]))
			continue;
		VEC_GROW(w->v, w->n, w->cap);
		it = &w->v[w->n++];
		it->clock = v[i];
		it->child = ci;
		it->group = cc->groups[ci];
		if (v[i].state == TS_OVERDUE)
			w->overdue++;
		else
			w->due++;
	}
	return 0;
}

#define CMP(p, q) ((p) < (q) ? -1 : (p) > (q))

static int
cmp_item(const void *p, const void *q)
{
	const struct ts_item *a = p, *b = q;
	int c = CMP(a->group_first, b->group_first);

	if (!c)
		c = CMP(a->group, b->group);
	if (!c)
		c = CMP(a->child_first, b->child_first);
	if (!c)
		c = CMP(a->child, b->child);
	if (!c)
		c = CMP(a->clock.target, b->clock.target);
	if (!c)
		c = CMP(a->clock.kind, b->clock.kind);
	return c ? c : CMP(a->clock.record_id, b->clock.record_id);
}

/* Gives every item the earliest target of its child and of its group, then sorts. */
static void
order(const struct area *a, struct ts_worklist *w)
{
	cal_date *child = xmalloc((a->n_children + 1) * sizeof *child);
	cal_date *group = xmalloc((a->n_children + 1) * sizeof *group);

	for (size_t i = 0; i < a->n_children; i++)
		child[i] = group[i] = INT32_MAX;
	for (size_t i = 0; i < w->n; i++) {
		const struct ts_item *it = &w->v[i];
		if (it->clock.target < child[it->child])
			child[it->child] = it->clock.target;
		if (it->clock.target < group[it->group])
			group[it->group] = it->clock.target;
	}
	for (size_t i = 0; i < w->n; i++) {
		w->v[i].child_first = child[w->v[i].child];
		w->v[i].group_first = group[w->v[i].group];
	}
	if (w->n)
		qsort(w->v, w->n, sizeof *w->v, cmp_item);
	xfree(child);
	xfree(group);
}

void
ts_worklist_build(const struct area *a, const struct ts_config *cfg, cal_date as_of, int days,
    const struct ts_filter *f, struct ts_worklist *w)
{
	uint32_t *groups = xmalloc((a->n_children + 1) * sizeof *groups);
	struct collect cc = {a, f, w, groups};

	memset(w, 0, sizeof *w);
	w->as_of = as_of;
	w->horizon = cal_add_working_days(as_of, days);
	ts_sibling_groups(a, groups);
	ts_area(a, cfg, as_of, collect_child, &cc);
	order(a, w);
	xfree(groups);
}

void
ts_worklist_select(const struct area *a, const struct ts_worklist *all,
    const struct ts_filter *f, cal_date horizon, struct ts_worklist *w)
{
	memset(w, 0, sizeof *w);
	w->as_of = all->as_of;
	w->horizon = horizon < all->horizon ? horizon : all->horizon;
	for (size_t i = 0; i < all->n; i++) {
		const struct ts_item *it = &all->v[i];
		if (!wanted(a, f, &it->clock) ||
		    (it->clock.state == TS_DUE && it->clock.target > w->horizon))
			continue;
		VEC_GROW(w->v, w->n, w->cap);
		w->v[w->n++] = *it;
		if (it->clock.state == TS_OVERDUE)
			w->overdue++;
		else
			w->due++;
	}
	order(a, w);
}

void
ts_worklist_free(struct ts_worklist *w)
{
	xfree(w->v);
	memset(w, 0, sizeof *w);
}
