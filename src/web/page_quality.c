/*
 * page_quality.c: the chairs' quality ratings of a period's conferences, for the
 * safeguarding unit's managers: how many conferences had their form, the ratings given,
 * and each conference held with its chair, its form's date and rating and how many of the
 * questions were answered yes. No child is named (the conference's page, as its child's
 * record allows, is one link away); the figures of the section "Quality assurance" count
 * the same forms. The period is the last three months unless the query gives another.
 */
#include "web/qa.h"

#include <stdlib.h>
#include <string.h>

#include "codes/codes.h"
#include "timescales/ts.h"
#include "web/html.h"
#include "web/snapshot.h"
#include "web/web_int.h"

struct held {
	const struct m_conference *k;
	const struct m_quality *q;
};

static int
by_day(const void *x, const void *y)
{
	const struct held *p = x, *q = y;

	if (p->k->held != q->k->held)
		return p->k->held < q->k->held ? -1 : 1;
	return p->k->id < q->k->id ? -1 : p->k->id > q->k->id;
}

/* The conferences held from..to, in date order, into the arena; how many. */
static size_t
collect(struct web_req *r, const struct area *a, cal_date from, cal_date to, struct held **out)
{
	size_t n = 0, k = 0;

	for (size_t i = 0; i < a->n_conferences; i++)
		n += a->conferences[i].held != CAL_NONE && a->conferences[i].held >= from &&
		    a->conferences[i].held <= to;
	*out = arena_alloc(&r->arena, (n ? n : 1) * sizeof **out);
	for (size_t ci = 0; *out && ci < a->n_children; ci++) {
		const struct m_child *c = &a->children[ci];
		for (uint32_t i = 0; i < c->conferences.count && k < n; i++) {
			const struct m_conference *f = &a->conferences[c->conferences.first + i];
			if (f->held != CAL_NONE && f->held >= from && f->held <= to)
				(*out)[k++] = (struct held){f, m_find_quality(a, c, f->id)};
		}
	}
	if (*out)
		qsort(*out, k, sizeof **out, by_day);
	return *out ? k : 0;
}

static void
ratings(struct web_req *r, const struct held *v, size_t n)
{
	const struct code_list *l = codes_list("qa_rating");
	size_t forms = 0;

	for (size_t i = 0; i < n; i++)
		forms += v[i].q != NULL;
	h(r, "<p class=\"govuk-body\" id=\"forms\">%zu conferences held; %zu with the chair's "
	    "quality form.</p>", n, forms);
	h(r, "<table class=\"govuk-table\" id=\"ratings\"><caption class=\"govuk-table__caption "
	    "govuk-table__caption--m\">Ratings</caption><thead class=\"govuk-table__head\"><tr "
	    "class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Rating</th>"
	    "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Forms"
	    "</th></tr></thead><tbody class=\"govuk-table__body\">");
	for (int k = 0; k < l->n; k++) {
		size_t m = 0;
		for (size_t i = 0; i < n; i++)
			m += v[i].q && strcmp(v[i].q->rating, l->codes[k].code) == 0;
		h(r, "<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">"
		    "%s</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">%zu</td></tr>",
		    qa_rating_label(r, l->codes[k].code), m);
	}
	h(r, "</tbody></table>");
}

static void
list(struct web_req *r, const struct area *a, const struct held *v, size_t n)
{
	char who[220];

	h(r, "<table class=\"govuk-table\" id=\"conferences\"><caption class=\"govuk-table__caption "
	    "govuk-table__caption--m\">Conferences</caption><thead class=\"govuk-table__head\"><tr "
	    "class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Held</th>"
	    "<th scope=\"col\" class=\"govuk-table__header\">Chair</th><th scope=\"col\" class=\""
	    "govuk-table__header\">Form completed</th><th scope=\"col\" class=\"govuk-table__header"
	    "\">Rating</th><th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric"
	    "\">Answered yes</th></tr></thead><tbody class=\"govuk-table__body\">");
	for (size_t i = 0; i < n; i++) {
		const struct m_quality *q = v[i].q;
		int yes = 0;
		for (int k = 0; q && k < M_QA_QUESTIONS; k++)
			yes += q->answers[k];
		h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell sg-nowrap\"><a "
		    "class=\"govuk-link\" href=\"/conferences/%lld\">%s</a></td><td class=\""
		    "govuk-table__cell\">%s</td><td class=\"govuk-table__cell sg-nowrap\">%s</td>"
		    "<td class=\"govuk-table__cell\">%s</td><td class=\"govuk-table__cell "
		    "govuk-table__cell--numeric\">%s</td></tr>", (long long)v[i].k->id,
		    h_date(r, v[i].k->held), ts_person(a, v[i].k->chair_id, who, sizeof who) ?
		    who : "No chair recorded", q ? h_date(r, q->completed) : "Not yet",
		    q ? qa_rating_label(r, q->rating) : "",
		    q ? arena_printf(&r->arena, "%d of %d", yes, M_QA_QUESTIONS) : "");
	}
	if (!n)
		h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\" colspan=\"5\">"
		    "No conference was held in the period.</td></tr>");
	h(r, "</tbody></table>");
}

/* The period from the query: 0, or the number of errors written into e. */
static int
period(struct web_req *r, cal_date today, cal_date *from, cal_date *to,
    struct h_field_error *e)
{
	const char *f = web_kv_get(&r->query, "from"), *t = web_kv_get(&r->query, "to");
	int n = 0;

	*to = today;
	*from = cal_add_months(today, -3) + 1;
	if (f && *f && !cal_parse(f, from))
		e[n++] = (struct h_field_error){"from", "From: not a date (write it YYYY-MM-DD, "
		    "for example 2026-01-01)"};
	if (t && *t && !cal_parse(t, to))
		e[n++] = (struct h_field_error){"to", "To: not a date (write it YYYY-MM-DD, for "
		    "example 2026-03-31)"};
	if (!n && *to < *from)
		e[n++] = (struct h_field_error){"to", "To: the period ends before it begins (give "
		    "a date on or after From)"};
	return n;
}

int
page_quality(struct web_req *r)
{
	struct web_snapshot *s = web_snapshot_get(r);
	struct h_field_error e[2];
	struct held *v = NULL;
	cal_date from, to;
	size_t n = 0;
	int bad;

	if (!s)
		return -1;
	bad = period(r, s->today, &from, &to, e);
	h_page_begin(r, bad ? "Error: Quality of conferences" : "Quality of conferences",
	    NAV_OVERVIEW);
	h_heading(r, r->area_name[0] ? r->area_name : NULL, "Quality of conferences");
	if (bad)
		h_error_summary(r, e, bad);
	h(r, "<form method=\"get\" action=\"/quality\" class=\"sg-noprint\">");
	h_input(r, &(struct h_input){"from", "From", "YYYY-MM-DD", web_kv_get(&r->query, "from"),
	    bad && strcmp(e[0].field, "from") == 0 ? e[0].message : NULL, NULL, NULL,
	    "govuk-input--width-10"});
	h_input(r, &(struct h_input){"to", "To", "YYYY-MM-DD", web_kv_get(&r->query, "to"),
	    bad && strcmp(e[bad - 1].field, "to") == 0 ? e[bad - 1].message : NULL, NULL, NULL,
	    "govuk-input--width-10"});
	h(r, "<button type=\"submit\" class=\"govuk-button govuk-button--secondary\">Show"
	    "</button></form>");
	if (!bad) {
		h(r, "<p class=\"govuk-body\">Conferences held from %s to %s.</p>", h_date(r, from),
		    h_date(r, to));
		n = collect(r, &s->a, from, to, &v);
		ratings(r, v, n);
		list(r, &s->a, v, n);
	}
	h_page_end(r);
	web_snapshot_put(s);
	return 0;
}
