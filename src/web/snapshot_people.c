/*
 * snapshot_people.c: what the snapshot holds beside the pathway (model.h does not carry
 * these): households, the adults related to children, and the restrictions of records,
 * so that a child's page, a search and every need-to-know check read memory instead of
 * the store. Each is read with the snapshot (store_scan of its records.c table) and
 * sorted for a binary search.
 */
#include "web/snapshot.h"

#include <stdlib.h>
#include <string.h>

#include "base/mem.h"
#include "base/str.h"
#include "store/store.h"

struct loader {
	struct web_snapshot *s;
	const struct table *t;
	int cols[8];
};

static int64_t
num(const struct field *row, int col)
{
	return col >= 0 && row[col].present ? row[col].i : 0;
}

static const char *
text(struct web_snapshot *s, const struct field *row, int col)
{
	return col >= 0 && row[col].present ? area_strdup(&s->a, row[col].s) : NULL;
}

static int
add_household(void *ctx, const struct table *t, const struct field *row)
{
	struct loader *l = ctx;
	struct web_snapshot *s = l->s;
	struct web_household *h;

	(void)t;
	VEC_GROW(s->households, s->n_households, s->cap_households);
	h = &s->households[s->n_households++];
	h->id = row[0].i;
	h->address = text(s, row, l->cols[0]);
	h->postcode = text(s, row, l->cols[1]);
	return 0;
}

static int
add_adult(void *ctx, const struct table *t, const struct field *row)
{
	struct loader *l = ctx;
	struct web_snapshot *s = l->s;
	struct web_adult *x;

	(void)t;
	VEC_GROW(s->adults, s->n_adults, s->cap_adults);
	x = &s->adults[s->n_adults++];
	x->id = row[0].i;
	x->given_name = text(s, row, l->cols[0]);
	x->family_name = text(s, row, l->cols[1]);
	x->household_id = num(row, l->cols[2]);
	x->birth_date = text(s, row, l->cols[3]);
	return 0;
}

static int
add_link(void *ctx, const struct table *t, const struct field *row)
{
	struct loader *l = ctx;
	struct web_snapshot *s = l->s;
	struct web_link *x;

	(void)t;
	if (!num(row, l->cols[1]))
		return 0;	/* a relationship with another child: model.h has those */
	VEC_GROW(s->links, s->n_links, s->cap_links);
	x = &s->links[s->n_links++];
	x->child_id = num(row, l->cols[0]);
	x->adult_id = num(row, l->cols[1]);
	x->kind = text(s, row, l->cols[2]);
	x->parental_responsibility = l->cols[3] >= 0 && row[l->cols[3]].present ?
	    (int)row[l->cols[3]].i : -1;
	return 0;
}

static int
add_restriction(void *ctx, const struct table *t, const struct field *row)
{
	struct loader *l = ctx;
	struct web_snapshot *s = l->s;

	(void)t;
	VEC_GROW(s->restrictions, s->n_restrictions, s->cap_restrictions);
	s->restrictions[s->n_restrictions].child_id = num(row, l->cols[0]);
	s->restrictions[s->n_restrictions++].user_id = num(row, l->cols[1]);
	return 0;
}

static int
scan(struct store *st, struct web_snapshot *s, const char *table, const char *const *cols,
    store_row_fn fn)
{
	struct loader l = {s, records_table(table), {-1, -1, -1, -1, -1, -1, -1, -1}};

	for (int i = 0; cols[i] && i < 8; i++)
		l.cols[i] = records_col_index(l.t, cols[i]);
	return store_scan(st, l.t, 0, fn, &l) != 0 ? -1 : 0;
}

#define CMP(a, b) ((a) < (b) ? -1 : (a) > (b))

static int by_id_h(const void *p, const void *q)
{
	return CMP(((const struct web_household *)p)->id, ((const struct web_household *)q)->id);
}

static int by_id_a(const void *p, const void *q)
{
	return CMP(((const struct web_adult *)p)->id, ((const struct web_adult *)q)->id);
}

static int by_child_l(const void *p, const void *q)
{
	const struct web_link *a = p, *b = q;

	return a->child_id != b->child_id ? CMP(a->child_id, b->child_id) : CMP(a, b);
}

static int by_child_r(const void *p, const void *q)
{
	const struct web_restriction *a = p, *b = q;

	return a->child_id != b->child_id ? CMP(a->child_id, b->child_id) :
	    CMP(a->user_id, b->user_id);
}

int
web_snapshot_load_people(struct store *st, struct web_snapshot *s)
{
	static const char *const hh[] = {"address", "postcode", NULL};
	static const char *const ad[] = {"given_name", "family_name", "household_id",
	    "birth_date", NULL};
	static const char *const ln[] = {"child_id", "adult_id", "kind",
	    "parental_responsibility", NULL};
	static const char *const rs[] = {"child_id", "user_id", NULL};

	if (scan(st, s, "households", hh, add_household) < 0 ||
	    scan(st, s, "adults", ad, add_adult) < 0 ||
	    scan(st, s, "relationships", ln, add_link) < 0 ||
	    scan(st, s, "restrictions", rs, add_restriction) < 0)
		return -1;
	/* Ids come in order from store_scan; links and restrictions are put in child order. */
	mem_sort(s->households, s->n_households, sizeof *s->households, by_id_h);
	mem_sort(s->adults, s->n_adults, sizeof *s->adults, by_id_a);
	mem_sort(s->links, s->n_links, sizeof *s->links, by_child_l);
	mem_sort(s->restrictions, s->n_restrictions, sizeof *s->restrictions, by_child_r);
	return 0;
}

void
web_snapshot_free_people(struct web_snapshot *s)
{
	xfree(s->households);
	xfree(s->adults);
	xfree(s->links);
	xfree(s->restrictions);
}

const struct web_household *
web_snapshot_household(const struct web_snapshot *s, int64_t id)
{
	struct web_household key = {.id = id};

	return id ? bsearch(&key, s->households, s->n_households, sizeof key, by_id_h) : NULL;
}

const struct web_adult *
web_snapshot_adult(const struct web_snapshot *s, int64_t id)
{
	struct web_adult key = {.id = id};

	return bsearch(&key, s->adults, s->n_adults, sizeof key, by_id_a);
}

/* The first of the items of child_id in an array sorted by child (field at offset 0). */
static size_t
first_of(const void *v, size_t n, size_t size, int64_t child_id)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int64_t c;
		memcpy(&c, (const char *)v + mid * size, sizeof c);
		if (c < child_id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const struct web_link *
web_snapshot_links(const struct web_snapshot *s, int64_t child_id, size_t *n)
{
	size_t i = first_of(s->links, s->n_links, sizeof *s->links, child_id), k = i;

	while (k < s->n_links && s->links[k].child_id == child_id)
		k++;
	*n = k - i;
	return s->links + i;
}

int
web_snapshot_restricted(const struct web_snapshot *s, int64_t child_id, int64_t user_id,
    int *named)
{
	size_t i = first_of(s->restrictions, s->n_restrictions, sizeof *s->restrictions,
	    child_id);
	int any = 0;

	*named = 0;
	for (; i < s->n_restrictions && s->restrictions[i].child_id == child_id; i++) {
		any = 1;
		*named |= s->restrictions[i].user_id == user_id;
	}
	return any;
}

int
web_snapshot_agency_knows(const struct web_snapshot *s, int64_t agency_id,
    const struct m_child *c)
{
	const struct area *a = &s->a;

	if (!agency_id)
		return 0;
	for (uint32_t i = 0; i < c->invitees.count; i++)
		if (a->invitees[c->invitees.first + i].agency_id == agency_id)
			return 1;
	for (uint32_t i = 0; i < c->core_members.count; i++) {
		const struct m_professional *p = m_professional(a,
		    a->core_members[c->core_members.first + i].professional_id);
		if (p && p->agency_id == agency_id)
			return 1;
	}
	for (uint32_t i = 0; i < c->referrals.count; i++)
		if (a->referrals[c->referrals.first + i].referrer_agency_id == agency_id)
			return 1;
	return 0;
}
