/*
 * rules_return.c: the rules about the header and about the return as a whole.
 *
 *   100    the header's ReferenceDate is 31 March of the header's Year
 *   8510   no two children share a LAchildID        1520   nor a UPN
 *   2883   no more plans start in the year than initial conferences are held
 *   2886Q  at most 2% of (born) children without a recorded sex
 *   2887Q  at least 8 distinct disability codes used   2888Q  some child with two or more
 *
 * A return streams past one child at a time, so what these rules need is kept as
 * counters, a bit set of the disability codes used, and fingerprints of the LAchildIDs and
 * UPNs seen: a 64-bit hash and where the first holder was, 16 bytes a child whatever the
 * length of the value. Two different values share a fingerprint with a chance of about
 * n^2 / 2^65, one in forty million for the national 700,000 children: accepted.
 */
#include "census/rules_int.h"

#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "base/str.h"

static uint64_t
fingerprint(const char *s)
{
	uint64_t h = 1469598103934665603u;	/* FNV-1a, then a finaliser to spread the bits */

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdu;
	h ^= h >> 33;
	return h ? h : 1;	/* 0 marks an empty slot */
}

static void
seen_grow(struct cin_seen *t)
{
	size_t cap = t->cap ? t->cap * 2 : 1024;
	uint64_t *hash = xcalloc(cap, sizeof *hash);
	int64_t *first = xcalloc(cap, sizeof *first);

	for (size_t i = 0; i < t->cap; i++) {
		size_t j = t->hash[i] & (cap - 1);

		if (!t->hash[i])
			continue;
		while (hash[j])
			j = (j + 1) & (cap - 1);
		hash[j] = t->hash[i];
		first[j] = t->first[i];
	}
	xfree(t->hash);
	xfree(t->first);
	t->hash = hash;
	t->first = first;
	t->cap = cap;
}

/* Records value as seen at where; returns 1 with the first holder in *first when it had
 * been seen before. */
static int
seen_add(struct cin_seen *t, const char *value, int64_t where, int64_t *first)
{
	uint64_t h = fingerprint(value);
	size_t j;

	if ((t->n + 1) * 3 > t->cap * 2)	/* keep the table at most two thirds full */
		seen_grow(t);
	for (j = h & (t->cap - 1); t->hash[j]; j = (j + 1) & (t->cap - 1))
		if (t->hash[j] == h) {
			*first = t->first[j];
			return 1;
		}
	t->hash[j] = h;
	t->first[j] = where;
	t->n++;
	return 0;
}

void
cin_rules_return_free(struct cin_check *c)
{
	xfree(c->ids.hash);
	xfree(c->ids.first);
	xfree(c->upns.hash);
	xfree(c->upns.first);
}

static void
header_year(struct cin_check *c, const struct cin_header *h)
{
	int year;

	if (!h->year.s)
		return;		/* Year is optional (XSD 0..1): the ReferenceDate decides */
	if (!str_to_int(h->year.s, 1, 9999, &year))
		cin_fire(c, R100, CIN_AT_HEADER, NULL, NULL, h->year.line,
		    "The header Year \"%s\" is not a year; write the year in which the census "
		    "ends (2026 for 2025-26).", h->year.s);
	else if (c->have_year && year != c->end_year)
		cin_fire(c, R100, CIN_AT_HEADER, NULL, NULL, h->year.line,
		    "The header Year %d does not match the ReferenceDate %s: Year is the year in "
		    "which the census ends (%d). The ReferenceDate was used.", year,
		    h->reference_date.s, c->end_year);
}

/* Rule 100 (domain.md 1.4, Header): ReferenceDate is 31 March of the collection year. */
void
cin_rules_header(struct cin_check *c, const struct cin_header *h)
{
	static const struct cin_header none;
	const char *skip = " Rules that depend on the census year were not checked.";

	if (!h)
		h = &none;
	if (!h->reference_date.s)
		cin_fire(c, R100, CIN_AT_HEADER, NULL, NULL, h->line,
		    "The header has no ReferenceDate (CollectionDetails/ReferenceDate); it must be "
		    "31 March of the census year, e.g. 2026-03-31 for 2025-26.%s", skip);
	else if (h->reference_date.d == CAL_NONE)
		cin_fire(c, R100, CIN_AT_HEADER, NULL, NULL, h->reference_date.line,
		    "The header ReferenceDate \"%s\" is not a date (YYYY-MM-DD); it must be 31 "
		    "March of the census year, e.g. 2026-03-31.%s", h->reference_date.s, skip);
	else if (!c->have_year)
		cin_fire(c, R100, CIN_AT_HEADER, NULL, NULL, h->reference_date.line,
		    "The header ReferenceDate %s is not a 31 March; it must be the last day of "
		    "the census year, e.g. 2026-03-31 for 2025-26.%s", h->reference_date.s, skip);
	header_year(c, h);
}

static void
where_words(const struct cin_child *ch, int64_t first, char *out, size_t size)
{
	if (ch->line > 0)
		snprintf(out, size, "the child on line %lld", (long long)first);
	else
		snprintf(out, size, "child %lld in the store", (long long)first);
}

/* 8510 and 1520: LAchildID and UPN are unique within the return (domain.md 1.4). */
static void
duplicates(struct cin_check *c, const struct cin_child *ch)
{
	int64_t where = ch->line > 0 ? ch->line : ch->id, first;
	char other[64];

	if (cin_present(&ch->la_child_id) && seen_add(&c->ids, ch->la_child_id.s, where, &first)) {
		where_words(ch, first, other, sizeof other);
		cin_fire(c, R8510, CIN_AT_CHILD, NULL, NULL, ch->la_child_id.line,
		    "LAchildID %s is also used by %s; each child needs its own.",
		    ch->la_child_id.s, other);
	}
	if (cin_present(&ch->upn) && seen_add(&c->upns, ch->upn.s, where, &first)) {
		where_words(ch, first, other, sizeof other);
		cin_fire(c, R1520, CIN_AT_CHILD, NULL, NULL, ch->upn.line,
		    "UPN %s is also recorded for %s; a UPN belongs to one child only.",
		    ch->upn.s, other);
	}
}

/* What 2883 counts: plans starting, and initial conferences held, in the census year. */
static void
count_conferences(struct cin_check *c, const struct cin_child *ch)
{
	for (int i = 0; i < ch->nepisodes; i++) {
		const struct cin_episode *ep = &ch->episodes[i];

		c->icpcs += cin_has_date(&ep->icpc) && cin_in_year(c, ep->icpc.d);
		for (int k = 0; k < ep->ns47s; k++)
			c->icpcs += cin_has_date(&ep->s47s[k].icpc) &&
			    cin_in_year(c, ep->s47s[k].icpc.d);
		for (int k = 0; k < ep->ncpps; k++)
			c->cpp_starts += cin_has_date(&ep->cpps[k].start) &&
			    cin_in_year(c, ep->cpps[k].start.d);
	}
}

static void
count_disabilities(struct cin_check *c, const struct cin_child *ch)
{
	unsigned mine = 0;
	int kinds = 0;

	for (int i = 0; i < ch->ndisabilities; i++) {
		const char *s = ch->disabilities[i].s;
		int k = s ? codes_index(c->lists.disability, s) : -1;

		if (k <= 0 || k >= 32)	/* not a code, or NONE (index 0) */
			continue;
		kinds += !(mine & (1u << k));
		mine |= 1u << k;
	}
	c->disabilities_used |= mine;
	if (kinds > 1)
		c->multi_disability = 1;
}

void
cin_rules_return_child(struct cin_check *c, const struct cin_child *ch)
{
	duplicates(c, ch);
	if (c->have_year)
		count_conferences(c, ch);
	if (!cin_present(&ch->sex) || strcmp(ch->sex.s, "U") == 0)
		c->sex_unrecorded += !ch->expected_birth.s;
	count_disabilities(c, ch);
}

static int
bits(unsigned v)
{
	int n = 0;

	for (; v; v &= v - 1)
		n++;
	return n;
}

void
cin_rules_return_finish(struct cin_check *c)
{
	int used = bits(c->disabilities_used);

	if (c->have_year && c->cpp_starts > c->icpcs)
		cin_fire(c, R2883, CIN_AT_RETURN, NULL, NULL, 0,
		    "%ld child protection plans start in the census year (CPPstartDate) but only "
		    "%ld initial conferences are recorded in it (DateOfInitialCPC, on Section47 or "
		    "CINdetails): every plan starts at a conference.", c->cpp_starts, c->icpcs);
	if (c->sex_unrecorded * 50 > c->children)
		cin_fire(c, R2886Q, CIN_AT_RETURN, NULL, NULL, 0,
		    "%ld of %ld children (more than 2%%) have no sex recorded (Sex missing or U) "
		    "although they are born (no ExpectedPersonBirthDate).", c->sex_unrecorded,
		    c->children);
	if (!c->children)
		return;		/* an empty return says nothing about how disability is recorded */
	if (used < 8)
		cin_fire(c, R2887Q, CIN_AT_RETURN, NULL, NULL, 0,
		    "Only %d different disability code%s (NONE aside) %s used in the whole return; "
		    "fewer than 8 suggests disability is not being recorded.", used, used == 1 ? "" : "s",
		    used == 1 ? "is" : "are");
	if (!c->multi_disability)
		cin_fire(c, R2888Q, CIN_AT_RETURN, NULL, NULL, 0,
		    "No child has more than one disability code (NONE aside); record every "
		    "disability a child has.");
}
