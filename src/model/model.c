/*
 * model.c: building and searching the in-memory area (model.h).
 *
 * The store hands over records in whatever order it keeps them; area_index sorts each
 * array by child and date and gives every child the run of each kind that is theirs, by
 * walking the sorted arrays side by side with the children (one pass, no search). Strings
 * live in a pool of large blocks that is freed in one go with the area.
 */
#include "model/model.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"

struct m_strpool {
	struct m_strpool *next;
	size_t used, size;
	char data[];
};

void
area_init(struct area *a)
{
	memset(a, 0, sizeof *a);
}

void
area_free(struct area *a)
{
	struct m_strpool *p = a->strings;

	while (p) {
		struct m_strpool *next = p->next;
		xfree(p);
		p = next;
	}
	xfree(a->children);
	xfree(a->referrals);
	xfree(a->assessments);
	xfree(a->strategies);
	xfree(a->s47s);
	xfree(a->conferences);
	xfree(a->invitees);
	xfree(a->plans);
	xfree(a->core_members);
	xfree(a->core_groups);
	xfree(a->attendance);
	xfree(a->visits);
	xfree(a->cin_plans);
	xfree(a->care_periods);
	xfree(a->agencies);
	xfree(a->teams);
	xfree(a->professionals);
	xfree(a->relationships);
	xfree(a->settings);
	xfree(a->health_lookups);
	xfree(a->lado_cases);
	xfree(a->contacts);
	xfree(a->escalations);
	xfree(a->escalation_stages);
	xfree(a->quality);
	xfree(a->feedback);
	xfree(a->encompass);
	xfree(a->missing);
	xfree(a->placements);
	xfree(a->deaths);
	xfree(a->training_courses);	/* training (issue 11, point 5) */
	xfree(a->training_sessions);
	xfree(a->training_bookings);
	xfree(a->audit_cases);	/* migration_audits */
	xfree(a->audit_returns);
	xfree(a->actions);
	xfree(a->reviews);
	xfree(a->self_assessments);	/* migration_self_assessments */
	area_init(a);
}

const char *
area_strdup(struct area *a, const char *s)
{
	size_t n;
	char *out;

	if (!s)
		return NULL;
	n = strlen(s) + 1;
	if (!a->strings || a->strings->size - a->strings->used < n) {
		size_t size = n > 65536 ? n : 65536;
		struct m_strpool *p = xmalloc(sizeof *p + size);
		p->next = a->strings;
		p->used = 0;
		p->size = size;
		a->strings = p;
	}
	out = a->strings->data + a->strings->used;
	memcpy(out, s, n);
	a->strings->used += n;
	return out;
}

/* Orders by child, then a date, then id. Every pathway struct starts with id, child_id. */
#define CMP(a, b) ((a) < (b) ? -1 : (a) > (b))
#define BY_CHILD_DATE(fn, type, datefield)                                          \
	static int fn(const void *x, const void *y)                                 \
	{                                                                           \
		const type *p = x, *q = y;                                          \
		int c = CMP(p->child_id, q->child_id);                              \
		if (!c)                                                             \
			c = CMP(p->datefield, q->datefield);                        \
		return c ? c : CMP(p->id, q->id);                                   \
	}

BY_CHILD_DATE(cmp_referral, struct m_referral, received)
BY_CHILD_DATE(cmp_assessment, struct m_assessment, start)
BY_CHILD_DATE(cmp_strategy, struct m_strategy, held)
BY_CHILD_DATE(cmp_s47, struct m_s47, start)
BY_CHILD_DATE(cmp_conference, struct m_conference, scheduled)
BY_CHILD_DATE(cmp_invitee, struct m_invitee, conference_id)
BY_CHILD_DATE(cmp_plan, struct m_plan, start)
BY_CHILD_DATE(cmp_core_member, struct m_core_member, conference_id)
BY_CHILD_DATE(cmp_core_group, struct m_core_group, scheduled)
BY_CHILD_DATE(cmp_attendance, struct m_attendance, core_group_id)
BY_CHILD_DATE(cmp_visit, struct m_visit, date)
BY_CHILD_DATE(cmp_cin_plan, struct m_cin_plan, start)
BY_CHILD_DATE(cmp_care, struct m_care_period, start)
BY_CHILD_DATE(cmp_lookup, struct m_health_lookup, date)
BY_CHILD_DATE(cmp_contact, struct m_contact, received)
BY_CHILD_DATE(cmp_escalation, struct m_escalation, raised)
BY_CHILD_DATE(cmp_esc_stage, struct m_escalation_stage, opened)
BY_CHILD_DATE(cmp_encompass, struct m_encompass, incident)
BY_CHILD_DATE(cmp_missing, struct m_missing, start)
BY_CHILD_DATE(cmp_placement, struct m_placement, start)
BY_CHILD_DATE(cmp_relationship, struct m_relationship, id)
BY_CHILD_DATE(cmp_quality, struct m_quality, completed)
BY_CHILD_DATE(cmp_feedback, struct m_feedback, received)

static int
cmp_id(const void *x, const void *y)
{
	const int64_t *p = x, *q = y;	/* every reference struct starts with its id */
	return CMP(*p, *q);
}

static int
cmp_setting(const void *x, const void *y)
{
	const struct m_setting *p = x, *q = y;
	int c = strcmp(p->key, q->key);
	return c ? c : CMP(p->effective_from, q->effective_from);
}

/*
 * Gives each child its run of one array: `base` holds n records of `size` bytes, sorted by
 * child, each with its child id at `child_off`; the run goes to the m_range at `range_off`.
 */
static void
set_ranges(struct area *a, const void *base, size_t n, size_t size, size_t child_off,
    size_t range_off)
{
	const char *rec = base;
	size_t i = 0;

	for (size_t c = 0; c < a->n_children; c++) {
		struct m_range *r = (struct m_range *)((char *)&a->children[c] + range_off);
		int64_t want = a->children[c].id, got = 0;
		while (i < n && (memcpy(&got, rec + i * size + child_off, sizeof got), got < want))
			i++;
		r->first = (uint32_t)i;
		while (i < n && (memcpy(&got, rec + i * size + child_off, sizeof got), got == want))
			i++;
		r->count = (uint32_t)(i - r->first);
	}
}

/*
 * Sorts unless already in order: records are usually stored child by child in date order
 * (the demo and both importers write them so), and checking costs a tenth of sorting.
 */
static void
sort_unless_sorted(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	const char *p = base;

	for (size_t i = 1; i < n; i++)
		if (cmp(p + (i - 1) * size, p + i * size) > 0) {
			qsort(base, n, size, cmp);
			return;
		}
}

#define SORT_AND_RANGE(arr, cmp, field)                                             \
	do {                                                                        \
		sort_unless_sorted(a->arr, a->n_##arr, sizeof *a->arr, cmp);        \
		set_ranges(a, a->arr, a->n_##arr, sizeof *a->arr,                   \
		    offsetof(__typeof__(*a->arr), child_id),                        \
		    offsetof(struct m_child, field));                               \
	} while (0)

#define SORT_BY_ID(arr) sort_unless_sorted(a->arr, a->n_##arr, sizeof *a->arr, cmp_id)

void
area_index(struct area *a)
{
	SORT_BY_ID(children);
	SORT_BY_ID(agencies);
	SORT_BY_ID(teams);
	SORT_BY_ID(professionals);
	sort_unless_sorted(a->settings, a->n_settings, sizeof *a->settings, cmp_setting);
	sort_unless_sorted(a->relationships, a->n_relationships, sizeof *a->relationships,
	    cmp_relationship);
	SORT_AND_RANGE(referrals, cmp_referral, referrals);
	SORT_AND_RANGE(assessments, cmp_assessment, assessments);
	SORT_AND_RANGE(strategies, cmp_strategy, strategies);
	SORT_AND_RANGE(s47s, cmp_s47, s47s);
	SORT_AND_RANGE(conferences, cmp_conference, conferences);
	SORT_AND_RANGE(invitees, cmp_invitee, invitees);
	SORT_AND_RANGE(plans, cmp_plan, plans);
	SORT_AND_RANGE(core_members, cmp_core_member, core_members);
	SORT_AND_RANGE(core_groups, cmp_core_group, core_groups);
	SORT_AND_RANGE(attendance, cmp_attendance, attendance);
	SORT_AND_RANGE(visits, cmp_visit, visits);
	SORT_AND_RANGE(cin_plans, cmp_cin_plan, cin_plans);
	SORT_AND_RANGE(care_periods, cmp_care, care_periods);
	SORT_AND_RANGE(health_lookups, cmp_lookup, health_lookups);
	SORT_AND_RANGE(contacts, cmp_contact, contacts);
	SORT_AND_RANGE(escalations, cmp_escalation, escalations);
	SORT_AND_RANGE(escalation_stages, cmp_esc_stage, escalation_stages);
	SORT_AND_RANGE(quality, cmp_quality, quality);
	SORT_AND_RANGE(feedback, cmp_feedback, feedback);
	SORT_AND_RANGE(encompass, cmp_encompass, encompass);
	SORT_AND_RANGE(missing, cmp_missing, missing);
	SORT_AND_RANGE(placements, cmp_placement, placements);
}

static const void *
by_id(const void *base, size_t n, size_t size, int64_t id)
{
	return n ? bsearch(&id, base, n, size, cmp_id) : NULL;
}

const struct m_child *
m_child_by_id(const struct area *a, int64_t id)
{
	return by_id(a->children, a->n_children, sizeof *a->children, id);
}

const struct m_professional *
m_professional(const struct area *a, int64_t id)
{
	return by_id(a->professionals, a->n_professionals, sizeof *a->professionals, id);
}

const struct m_team *
m_team(const struct area *a, int64_t id)
{
	return by_id(a->teams, a->n_teams, sizeof *a->teams, id);
}

const struct m_agency *
m_agency(const struct area *a, int64_t id)
{
	return by_id(a->agencies, a->n_agencies, sizeof *a->agencies, id);
}

#define FIND_IN_RANGE(fn, type, arr, range)                                         \
	const type *fn(const struct area *a, const struct m_child *c, int64_t id)    \
	{                                                                           \
		for (uint32_t i = 0; i < c->range.count; i++)                       \
			if (a->arr[c->range.first + i].id == id)                    \
				return &a->arr[c->range.first + i];                 \
		return NULL;                                                        \
	}

FIND_IN_RANGE(m_find_referral, struct m_referral, referrals, referrals)
FIND_IN_RANGE(m_find_s47, struct m_s47, s47s, s47s)
FIND_IN_RANGE(m_find_conference, struct m_conference, conferences, conferences)
FIND_IN_RANGE(m_find_plan, struct m_plan, plans, plans)

const struct m_quality *
m_find_quality(const struct area *a, const struct m_child *c, int64_t conference_id)
{
	for (uint32_t i = 0; i < c->quality.count; i++)
		if (a->quality[c->quality.first + i].conference_id == conference_id)
			return &a->quality[c->quality.first + i];
	return NULL;
}

int
m_has_code(const char *list, const char *code)
{
	size_t n = strlen(code);

	for (const char *p = list; p && *p;) {
		const char *end = strchr(p, ' ');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		if (len == n && memcmp(p, code, n) == 0)
			return 1;
		p = end ? end + 1 : NULL;
	}
	return 0;
}

static const char *const category_codes[] = {"NEG", "PHY", "SAB", "EMO", "MUL"};

unsigned
m_categories(const char *list)
{
	unsigned bits = 0;

	for (unsigned i = 0; i < 5; i++)
		if (m_has_code(list, category_codes[i]))
			bits |= 1u << i;
	return bits;
}

const char *
m_category_code(unsigned bit)
{
	for (unsigned i = 0; i < 5; i++)
		if (bit == 1u << i)
			return category_codes[i];
	return NULL;
}
