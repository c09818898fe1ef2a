/*
 * child_actions.c: on a child's record, for the roles that write case records: the links
 * to add each kind of record and to change each one, and after a save the banner of what
 * was saved, what is now due for the child (the timescale engine's clocks), and what the
 * census return would say of them (the rules at entry).
 */
#include "web/child.h"

#include <string.h>

#include "base/buf.h"
#include "census/rules.h"
#include "store/store.h"
#include "web/html.h"
#include "web/rform.h"
#include "web/web_int.h"

void
child_edit_link(struct child_view *v, const char *table, const char *verb, int64_t id,
    const char *what)
{
	if (!v->writer)
		return;
	h(v->r, "<p class=\"govuk-body sg-noprint\"><a class=\"govuk-link\" href=\"/%s/%lld/%s\">"
	    "%s</a></p>", table, (long long)id, verb, what);
}

/* The list of the child's contacts or relationships, each with the link to its form:
 * from the records held in memory, as the rest of the page is (no query a view). */
static void
list_open(struct web_req *r, const char *table, int n)
{
	if (n == 0)
		h(r, "<ul class=\"govuk-list sg-noprint\" id=\"%s-list\">", table);
}

static void
list_close(struct web_req *r, int n)
{
	if (n)
		h(r, "</ul>");
	else
		h(r, "<p class=\"govuk-body sg-noprint\">None recorded.</p>");
}

static void
contacts_listed(struct child_view *v)
{
	struct web_req *r = v->r;
	uint32_t n = v->c->contacts.count;

	h(r, "<h3 class=\"govuk-heading-s sg-noprint\">Contacts</h3>");
	for (uint32_t i = 0; i < n && i < 200; i++) {
		const struct m_contact *k = &v->a->contacts[v->c->contacts.first + i];

		list_open(r, "contacts", (int)i);
		h(r, "<li>Contact received %s: <a class=\"govuk-link\" href=\"/contacts/%lld/edit\">"
		    "Change<span class=\"govuk-visually-hidden\"> the contact</span></a></li>",
		    h_date(r, k->received), (long long)k->id);
	}
	list_close(r, (int)n);
}

static void
relationships_listed(struct child_view *v)
{
	struct web_req *r = v->r;
	const struct area *a = v->a;
	size_t lo = 0, hi = a->n_relationships;
	int n = 0;

	h(r, "<h3 class=\"govuk-heading-s sg-noprint\">Relationships</h3>");
	while (lo < hi) {	/* the first of the child's: they are sorted by child */
		size_t mid = lo + (hi - lo) / 2;

		if (a->relationships[mid].child_id < v->c->id)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < a->n_relationships && a->relationships[i].child_id == v->c->id &&
	    n < 200; i++, n++) {
		list_open(r, "relationships", n);
		h(r, "<li>Relationship: %s: <a class=\"govuk-link\" href=\"/relationships/%lld/"
		    "edit\">Change<span class=\"govuk-visually-hidden\"> the relationship</span></a>"
		    "</li>", child_label("relationship_kind", a->relationships[i].kind),
		    (long long)a->relationships[i].id);
	}
	list_close(r, n);
}

void
child_add_links(struct child_view *v)
{
	struct web_req *r = v->r;
	int n;
	const struct rf_spec *sp = rf_specs(&n);

	if (!v->writer)
		return;
	h(r, "<h2 class=\"govuk-heading-m sg-noprint\" id=\"add\">Add to the record</h2><ul "
	    "class=\"govuk-list sg-noprint\"><li><a class=\"govuk-link\" href=\"/children/%lld/edit"
	    "\">Change the child's details</a></li><li><a class=\"govuk-link\" href=\"/children/"
	    "%lld/household\">%s</a></li>", (long long)v->c->id, (long long)v->c->id,
	    v->c->household_id ? "Change the household's address" : "Add a household");
	for (int i = 0; i < n; i++)
		/* the LADO's and the child death review's forms are no child's (issue 11) */
		if (sp[i].title_new && strcmp(sp[i].table, "children") != 0 &&
		    strcmp(sp[i].table, "households") != 0 && strncmp(sp[i].table, "lado_", 5) != 0 &&
		    strcmp(sp[i].table, "child_deaths") != 0)
			h(r, "<li><a class=\"govuk-link\" href=\"/children/%lld/new/%s\">%s</a></li>",
			    (long long)v->c->id, sp[i].table, sp[i].title_new);
	h(r, "</ul>");
	contacts_listed(v);
	relationships_listed(v);
}

static int
census_year(cal_date today)
{
	int y, m, d;

	cal_to_ymd(today, &y, &m, &d);
	return m >= 4 ? y + 1 : y;
}

/* What is due or overdue for the child now. */
static void
now_due(struct child_view *v)
{
	struct web_req *r = v->r;
	int n = 0;

	for (size_t i = 0; i < v->clocks.n; i++) {
		const struct ts_clock *k = &v->clocks.v[i];
		struct buf what;
		if (k->state != TS_DUE && k->state != TS_OVERDUE)
			continue;
		if (n++ == 0)
			h(r, "<p class=\"govuk-body\">Now due for the child:</p><ul class=\"govuk-list "
			    "govuk-list--bullet\" id=\"now-due\">");
		buf_init(&what, 4096);
		ts_describe(v->a, k, &what);
		h(r, "<li>%s: %s by %s</li>", buf_str(&what), k->state == TS_OVERDUE ? "overdue, "
		    "due" : "due", h_date(r, k->target));
		buf_free(&what);
	}
	if (n)
		h(r, "</ul>");
	else
		h(r, "<p class=\"govuk-body\" id=\"now-due\">Nothing is now due for the child.</p>");
}

/* The rules at entry, in brief: "rule 8606: ...". */
static void
census_panel(struct child_view *v)
{
	struct web_req *r = v->r;
	struct cin_entries e = {0};
	int n = cin_rules_at_entry(v->a, v->c->id, census_year(v->today), v->today, &e);

	h(r, "<div class=\"govuk-inset-text\" id=\"census-now\"><p class=\"govuk-body\">What the "
	    "census return would now say of the child:</p>");
	if (n <= 0 || !e.in_return)
		h(r, "<p class=\"govuk-body\">%s</p>", n < 0 || !e.in_return ? "The child is not in "
		    "this year's return." : "No errors or queries.");
	else
		h(r, "<ul class=\"govuk-list govuk-list--bullet\">");
	for (size_t i = 0; n > 0 && e.in_return && i < e.n; i++)
		h(r, "<li>rule %s (%s): %s</li>", e.v[i].rule->code, e.v[i].rule->kind == CIN_ERROR ?
		    "error" : "query", e.v[i].message);
	if (n > 0 && e.in_return)
		h(r, "</ul>");
	h(r, "</div>");
	cin_entries_free(&e);
}

void
child_saved_banner(struct child_view *v)
{
	struct web_req *r = v->r;
	const char *table = web_kv_get(&r->query, "saved"), *verb = web_kv_get(&r->query, "as");
	const struct rf_spec *sp = rf_spec_find(table, verb ? verb : "edit");

	if (!sp || !v->writer)
		return;
	h(r, "<div class=\"govuk-notification-banner govuk-notification-banner--success\" role=\""
	    "alert\" aria-labelledby=\"saved-title\" data-module=\"govuk-notification-banner\">"
	    "<div class=\"govuk-notification-banner__header\"><h2 class=\""
	    "govuk-notification-banner__title\" id=\"saved-title\">Success</h2></div><div class=\""
	    "govuk-notification-banner__content\"><p class=\"govuk-notification-banner__heading\">"
	    "%s</p>", sp->saved);
	now_due(v);
	census_panel(v);
	h(r, "</div></div>");
}
