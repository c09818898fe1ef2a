/*
 * page_search.c: finding a child, by name (any part of the given or family name from its
 * first letters, whatever the case or accents), local child id, NHS number or date of
 * birth (store_search.c says how each is told apart). A partner practitioner finds only
 * the children their agency works with. A restricted record is listed without name or
 * date of birth to anyone it is not open to: they can still reach it, and give their
 * reason there. Every search is written to the audit trail with the words searched.
 */
#include "web/pages.h"

#include <string.h>

#include "web/html.h"
#include "web/search.h"
#include "web/web_int.h"

int
web_search(struct web_req *r, const char *q, struct web_hit *hits, int max, int *more)
{
	struct store_hit found[WEB_SEARCH_MAX];
	int n;

	if (max > WEB_SEARCH_MAX)
		max = WEB_SEARCH_MAX;
	n = store_search_children(r->st, q, (r->role & R_PARTNER) ? r->user.agency_id : 0,
	    found, max, more);
	if (n < 0 || web_audit(r, "search", "children", 0, 0, q, NULL) < 0)
		return -1;
	for (int i = 0; i < n; i++) {
		int named = 0, restricted = store_child_restricted(r->st, found[i].id, r->user.id,
		    &named);
		hits[i].h = found[i];
		hits[i].hidden = restricted != 0 && !named;
		if (hits[i].hidden) {
			hits[i].h.given_name[0] = hits[i].h.family_name[0] = '\0';
			hits[i].h.birth_date[0] = hits[i].h.expected_birth_date[0] = '\0';
			hits[i].h.nhs_number[0] = hits[i].h.postcode[0] = '\0';
		}
	}
	return n;
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
		const struct store_hit *x = &hits[i].h;
		const char *name = hits[i].hidden ? "Restricted record" : x->given_name[0] ||
		    x->family_name[0] ? arena_printf(&r->arena, "%s %s", x->given_name,
		    x->family_name) : "Unborn child";
		h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"><a class=\""
		    "govuk-link\" href=\"/children/%lld\">%s</a></td><td class=\"govuk-table__cell\">%s"
		    "</td><td class=\"govuk-table__cell\">%s%s</td><td class=\"govuk-table__cell\">%s"
		    "</td><td class=\"govuk-table__cell\">%s</td></tr>", (long long)x->id, name,
		    x->la_child_id, x->birth_date[0] ? x->birth_date : x->expected_birth_date,
		    !x->birth_date[0] && x->expected_birth_date[0] ? " (expected)" : "",
		    x->nhs_number, x->postcode);
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
