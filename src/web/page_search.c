/*
 * page_search.c: finding a child, by name (any part of the given or family name from its
 * first letters, whatever the case or accents), local child id, NHS number or date of
 * birth, all from the area in memory (snapshot.c, snapshot_names.c). A partner practitioner finds only
 * the children their agency works with. A restricted record is listed without name or
 * date of birth to anyone it is not open to: they can still reach it, and give their
 * reason there. Every search is written to the audit trail with the words searched.
 */
#include "web/pages.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "web/html.h"
#include "web/search.h"
#include "web/snapshot.h"
#include "web/work.h"
#include "web/web_int.h"

/* "943 476 5919" or "9434765919": the ten digits, else 0. */
static int
nhs_digits(const char *q, char out[11])
{
	int n = 0;

	for (; *q; q++) {
		if (*q == ' ')
			continue;
		if (*q < '0' || *q > '9' || n == 10)
			return 0;
		out[n++] = *q;
	}
	out[n] = '\0';
	return n == 10;
}

/* "2019-05-01" or "01/05/2019" as a date, else CAL_NONE. */
static cal_date
birth_date(const char *q)
{
	cal_date d;
	char iso[11];

	if (cal_parse(q, &d))
		return d;
	if (strlen(q) != 10 || q[2] != '/' || q[5] != '/')
		return CAL_NONE;
	snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", q + 6, q + 3, q);
	return cal_parse(iso, &d) ? d : CAL_NONE;
}

/* Which children q names, as indexes into the area: by local id or NHS number (a
 * binary search of the snapshot's indexes), date of birth (a walk of the area), or else
 * by name (the snapshot's index of name words). */
static int
candidates(const struct web_snapshot *s, const char *q, uint32_t *out, int max, int *more)
{
	const struct area *a = &s->a;
	char nhs[11];
	cal_date d = birth_date(q);
	const uint32_t *hit;
	size_t found;
	int n = 0;

	hit = web_snapshot_find_la(s, q, &found);
	if (!found && nhs_digits(q, nhs) && !(hit = web_snapshot_find_nhs(s, nhs, &found), found))
		return 0;
	if (found) {
		for (size_t i = 0; i < found && n < max; i++)
			out[n++] = hit[i];
		return n;
	}
	for (size_t i = 0; d != CAL_NONE && i < a->n_children && n < max; i++) {
		const struct m_child *c = &a->children[i];
		if (c->birth == d || (c->birth == CAL_NONE && c->expected_birth == d))
			out[n++] = (uint32_t)i;
	}
	if (d != CAL_NONE)
		return n;
	return web_snapshot_find_names(s, q, out, max, more);
}

static int
by_name(const void *p, const void *q)
{
	const struct m_child *a = *(const struct m_child *const *)p;
	const struct m_child *b = *(const struct m_child *const *)q;
	int c = strcasecmp(a->family_name ? a->family_name : "", b->family_name ?
	    b->family_name : "");

	if (!c)
		c = strcasecmp(a->given_name ? a->given_name : "", b->given_name ?
		    b->given_name : "");
	return c ? c : (a->id > b->id) - (a->id < b->id);
}

int
web_search(struct web_req *r, const char *q, struct web_hit *hits, int max, int *more)
{
	struct web_snapshot *s = web_snapshot_get(r);
	uint32_t found[500];
	const struct m_child *sorted[500];
	int n, kept = 0;

	*more = 0;
	if (!s)
		return -1;
	if ((n = candidates(s, q, found, 500, more)) < 0 ||
	    web_audit_later(r, "search", "children", 0, 0, q, NULL) < 0) {
		web_snapshot_put(s);
		return -1;
	}
	for (int i = 0; i < n; i++)
		sorted[i] = &s->a.children[found[i]];
	if (n > 1)
		qsort(sorted, (size_t)n, sizeof *sorted, by_name);
	for (int i = 0; i < n; i++) {
		const struct m_child *c = sorted[i];
		const struct web_household *hh = web_snapshot_household(s, c->household_id);
		int named = 0;
		if ((r->role & R_PARTNER) && !web_snapshot_agency_knows(s, r->user.agency_id, c))
			continue;
		if (kept == max) {
			*more = 1;
			break;
		}
		hits[kept].c = c;
		hits[kept].postcode = hh ? hh->postcode : NULL;
		hits[kept++].hidden = web_snapshot_restricted(s, c->id, r->user.id, &named) &&
		    !named;
	}
	web_snapshot_put(s);
	return kept;
}

static void
results(struct web_req *r, const char *q, const struct web_hit *hits, int n, int more)
{
	if (n == 0) {
		h(r, "<h2 class=\"govuk-heading-m\">No child found</h2><p class=\"govuk-body\">No "
		    "child%s matches &ldquo;%s&rdquo;. Check the spelling, try fewer letters of the "
		    "name, or search by date of birth or NHS number.</p>", (r->role & R_PARTNER) ?
		    " your agency works with" : "", q);
		return;
	}
	h(r, "<table class=\"govuk-table\"><caption class=\"govuk-table__caption "
	    "govuk-table__caption--m\">%d child%s found%s</caption><thead class=\"govuk-table__head\">"
	    "<tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Name</th>"
	    "<th scope=\"col\" class=\"govuk-table__header\">Local id</th><th scope=\"col\" "
	    "class=\"govuk-table__header\">Date of birth</th><th scope=\"col\" class=\""
	    "govuk-table__header\">NHS number</th><th scope=\"col\" class=\"govuk-table__header\">"
	    "Postcode</th></tr></thead><tbody class=\"govuk-table__body\">", n, n == 1 ? "" : "ren",
	    more ? " (the first ones: add to the search to narrow it)" : "");
	for (int i = 0; i < n; i++) {
		const struct m_child *c = hits[i].c;
		cal_date d = c->birth != CAL_NONE ? c->birth : c->expected_birth;
		const char *name = hits[i].hidden ? "Restricted record" : web_child_name(r, c);
		h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"><a class=\""
		    "govuk-link\" href=\"/children/%lld\">%s</a></td><td class=\"govuk-table__cell\">%s"
		    "</td><td class=\"govuk-table__cell\">%s%s</td><td class=\"govuk-table__cell\">%s"
		    "</td><td class=\"govuk-table__cell\">%s</td></tr>", (long long)c->id, name,
		    c->la_child_id, hits[i].hidden ? "" : h_date(r, d), !hits[i].hidden &&
		    c->birth == CAL_NONE && d != CAL_NONE ? " (expected)" : "",
		    hits[i].hidden ? "" : c->nhs_number, hits[i].hidden || !hits[i].postcode ? "" :
		    hits[i].postcode);
	}
	h(r, "</tbody></table>");
}

int
page_search(struct web_req *r)
{
	const char *q = web_kv_get(&r->query, "q");
	struct web_hit hits[WEB_SEARCH_MAX];
	int n = 0, more = 0;

	if (q && strlen(q) > 200)
		q = arena_strndup(&r->arena, q, 200);
	if (q && *q && (n = web_search(r, q, hits, 50, &more)) < 0)
		return -1;
	h_page_begin(r, "Find a child", NAV_SEARCH);
	h_heading(r, NULL, "Find a child");
	h(r, "<form method=\"get\" action=\"/search\" novalidate>");
	h_input(r, &(struct h_input){"q", "Name, local child id, NHS number or date of birth",
	    "For example: Smith, Ava Smi, CHILD0042, 943 476 5919 or 01/05/2019", q, NULL,
	    "search", "off", "govuk-!-width-two-thirds"});
	h(r, "<button type=\"submit\" class=\"govuk-button\">Search</button></form>");
	if (q && *q)
		results(r, q, hits, n, more);
	h_page_end(r);
	return 0;
}
