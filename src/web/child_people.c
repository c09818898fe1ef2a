/*
 * child_people.c: who is around the child, on their page: where they live and with
 * whom, their relatives (siblings linked to their own records), and the professionals
 * working with them now; and what the census return would say of them.
 */
#include "web/child.h"

#include <string.h>

#include "census/rules.h"
#include "web/html.h"
#include "web/snapshot.h"
#include "web/work.h"
#include "web/web_int.h"

static void
adults(struct child_view *v)
{
	size_t n;
	const struct web_link *l = web_snapshot_links(v->s, v->c->id, &n);
	int shown = 0;

	for (size_t i = 0; i < n; i++) {
		const struct web_adult *a = web_snapshot_adult(v->s, l[i].adult_id);
		if (!a)
			continue;
		shown++;
		h(v->r, "<li>%s %s, %s%s%s</li>", a->given_name ? a->given_name : "",
		    a->family_name ? a->family_name : "", child_label("relationship_kind", l[i].kind),
		    l[i].parental_responsibility == 1 ? ", with parental responsibility" : "",
		    a->household_id && a->household_id == v->c->household_id ?
		    ", lives with the child" : "");
	}
	if (!shown)
		h(v->r, "<li>None recorded.</li>");
}

static int
sibling(struct child_view *v, const struct m_child *o, const char *how)
{
	h(v->r, "<li><a class=\"govuk-link\" href=\"/children/%lld\">%s</a>, %s</li>",
	    (long long)o->id, web_child_name(v->r, o), how);
	return 1;
}

/* The child's sibling group (one household, or linked as siblings: ts_sibling_groups),
 * each with how they are related: how many. */
static int
siblings(struct child_view *v)
{
	/* The snapshot's: a page built from a fresh load of the child holds no other child. */
	const struct area *a = &v->s->a;
	const struct m_child *c = m_child_by_id(a, v->c->id);
	size_t n = 0;
	const uint32_t *g = c ? web_snapshot_group(v->s, (uint32_t)(c - a->children), &n) : NULL;
	int shown = 0;

	for (size_t i = 0; i < n; i++) {
		const struct m_child *o = &a->children[g[i]];
		const char *how = "linked as a sibling";
		if (o->id == c->id)
			continue;
		if (c->household_id && o->household_id == c->household_id)
			how = "same household";
		for (size_t k = 0; k < a->n_relationships && strcmp(how, "same household"); k++)
			if (a->relationships[k].child_id == c->id &&
			    a->relationships[k].relative_child_id == o->id)
				how = child_label("relationship_kind", a->relationships[k].kind);
		shown += sibling(v, o, how);
	}
	return shown;
}

static void
professionals(struct child_view *v)
{
	struct web_req *r = v->r;
	const struct m_child *c = v->c;

	h(r, "<h3 class=\"govuk-heading-m\">Professionals working with the child</h3>");
	h_summary_begin(r);
	for (uint32_t i = 0; i < c->referrals.count; i++) {
		const struct m_referral *x = &v->a->referrals[c->referrals.first + i];
		if ((x->closure == CAL_NONE || x->closure > v->today) && x->social_worker_id)
			h(r, "<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">"
			    "Social worker</dt><dd class=\"govuk-summary-list__value\"><a class=\""
			    "govuk-link\" href=\"/professionals/%lld\">%s</a></dd></div>",
			    (long long)x->social_worker_id, child_person(v, x->social_worker_id));
	}
	for (uint32_t i = 0; i < c->plans.count; i++) {
		const struct m_plan *p = &v->a->plans[c->plans.first + i];
		if ((p->end == CAL_NONE || p->end > v->today) && p->key_worker_id)
			h(r, "<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">"
			    "Key worker</dt><dd class=\"govuk-summary-list__value\"><a class=\"govuk-link\" "
			    "href=\"/professionals/%lld\">%s</a></dd></div>", (long long)p->key_worker_id,
			    child_person(v, p->key_worker_id));
	}
	for (uint32_t i = 0; i < c->core_members.count; i++) {
		const struct m_core_member *m = &v->a->core_members[c->core_members.first + i];
		const struct m_professional *p = m_professional(v->a, m->professional_id);
		const struct m_agency *g = p ? m_agency(v->a, p->agency_id) : NULL;
		h(r, "<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">"
		    "Core group</dt><dd class=\"govuk-summary-list__value\">%s%s%s</dd></div>",
		    child_person(v, m->professional_id), g && g->name ? ", " : "",
		    g && g->name ? g->name : "");
	}
	h_summary_end(r);
}

void
child_people(struct child_view *v)
{
	struct web_req *r = v->r;
	const struct web_household *hh = web_snapshot_household(v->s, v->c->household_id);

	h(r, "<h2 class=\"govuk-heading-l\" id=\"people\">Household and relationships</h2>");
	h_summary_begin(r);
	h_summary_row(r, "Address", hh ? arena_printf(&r->arena, "%s%s%s", hh->address ?
	    hh->address : "", hh->postcode ? ", " : "", hh->postcode ? hh->postcode : "") : "");
	h_summary_end(r);
	h(r, "<h3 class=\"govuk-heading-m\">Adults</h3><ul class=\"govuk-list\">");
	adults(v);
	h(r, "</ul><h3 class=\"govuk-heading-m\">Brothers and sisters</h3><ul class=\"govuk-list\">");
	if (!siblings(v))
		h(r, "<li>None recorded.</li>");
	h(r, "</ul>");
	professionals(v);
}

/* The census year running today: the one ending on the next 31 March. */
static int
census_year(cal_date today)
{
	int y, m, d;

	cal_to_ymd(today, &y, &m, &d);
	return m >= 4 ? y + 1 : y;
}

void
child_census(struct child_view *v)
{
	struct web_req *r = v->r;
	struct cin_entries e = {0};
	int year = census_year(v->today);
	int n = cin_rules_at_entry(v->a, v->c->id, year, v->today, &e);

	h(r, "<h2 class=\"govuk-heading-l\" id=\"census\">The census return</h2>");
	if (n < 0 || !e.in_return)
		h(r, "<p class=\"govuk-body\">The child is not in the Children in Need census return "
		    "for %d-%02d.</p>", year - 1, year % 100);
	else if (n == 0)
		h(r, "<p class=\"govuk-body\">The %d-%02d return would show this child with no errors "
		    "or queries.</p>", year - 1, year % 100);
	else
		h(r, "<p class=\"govuk-body\">As the %d-%02d return would show this child, the "
		    "department's rules find:</p><ul class=\"govuk-list govuk-list--bullet\">",
		    year - 1, year % 100);
	for (size_t i = 0; n > 0 && i < e.n; i++)
		h(r, "<li><strong>%s %s</strong>: %s%s%s%s</li>", e.v[i].rule->kind == CIN_ERROR ?
		    "Error" : "Query", e.v[i].rule->code, e.v[i].message, e.v[i].table ?
		    " (" : "", e.v[i].table ? e.v[i].table : "", e.v[i].table ? ")" : "");
	if (n > 0)
		h(r, "</ul>");
	cin_entries_free(&e);
}
