/*
 * work_parts.c: the pieces worklist pages are made of (work.h): a table of items, each
 * a link to its place in the child's record with what it asks, when, its state and who
 * must act; the conferences coming up; the reasons given for opening restricted records.
 */
#include "web/work.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/buf.h"
#include "base/mem.h"
#include "model/signoff.h"
#include "web/conf.h"
#include "web/html.h"
#include "web/snapshot.h"
#include "web/web_int.h"

void
web_clock_tag(struct web_req *r, const struct ts_clock *k, cal_date today)
{
	static const char *const colour[] = {"grey", "green", "orange", "blue", "red"};
	int late;

	if (k->state == TS_OVERDUE && k->kind != TS_K_PLAN_LENGTH) {
		late = cal_working_days_between(k->target, today);
		h(r, "<strong class=\"govuk-tag govuk-tag--red sg-nowrap\">Overdue</strong> "
		    "<span class=\"govuk-body-s\">%d working day%s late</span>", late,
		    late == 1 ? "" : "s");
		return;
	}
	h(r, "<strong class=\"govuk-tag govuk-tag--%s sg-nowrap\">%s</strong>",
	    colour[k->state < 5 ? k->state : 0], ts_state_words(k));
}

void
web_work_table_begin(struct web_req *r, int names, const char *heading)
{
	h(r, "<table class=\"govuk-table\" aria-labelledby=\"%s\"><thead class=\""
	    "govuk-table__head\"><tr class=\""
	    "govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">%s</th><th "
	    "scope=\"col\" class=\"govuk-table__header\">What</th><th scope=\"col\" class=\""
	    "govuk-table__header\">By</th><th scope=\"col\" class=\"govuk-table__header\">State"
	    "</th><th scope=\"col\" class=\"govuk-table__header\">Who acts</th></tr></thead>"
	    "<tbody class=\"govuk-table__body\">", heading, names ? "Child" : "Local child id");
}

void
web_work_row(struct web_req *r, const struct web_snapshot *s, const struct ts_item *it,
    int names)
{
	const struct m_child *c = &s->a.children[it->child];
	const struct ts_clock *k = &it->clock;
	char person[220];
	struct buf what;

	buf_init(&what, 4096);
	ts_describe(&s->a, k, &what);
	h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">");
	/* Operation Encompass: the police and the school act on their own page, not on a
	 * child's record they do not read. */
	if (names && (r->role & (R_PARTNER | R_SCHOOL)) && (k->kind == TS_K_ENCOMPASS_SENT ||
	    k->kind == TS_K_ENCOMPASS_READ))
		h(r, "<a class=\"govuk-link\" href=\"/encompass#encompass-%lld\">%s</a>",
		    (long long)k->record_id, web_child_name(r, c));
	else if (names)
		h(r, "<a class=\"govuk-link\" href=\"/children/%lld#%s-%lld\">%s</a>",
		    (long long)c->id, ts_kind_table(k->kind), (long long)k->record_id,
		    web_child_name(r, c));
	else
		h(r, "%s", c->la_child_id);
	h(r, "</td><td class=\"govuk-table__cell\">%s</td><td class=\"govuk-table__cell "
	    "sg-nowrap\">%s</td><td class=\"govuk-table__cell\">", buf_str(&what),
	    h_date(r, k->target));
	web_clock_tag(r, k, s->today);
	h(r, "</td><td class=\"govuk-table__cell\">%s</td></tr>", names ?
	    (ts_person(&s->a, k->actor_id, person, sizeof person) ? person : "") : "");
	buf_free(&what);
}

void
web_work_days_form(struct web_req *r, int days)
{
	static const char *const options[] = {"5", "5 working days", "10", "10 working days",
	    "15", "15 working days", "20", "20 working days", NULL};
	char now[8];

	snprintf(now, sizeof now, "%d", days);
	h(r, "<form method=\"get\" action=\"%s\" class=\"sg-noprint\">", r->path);
	h_select(r, "days", "Show what falls due in the next", NULL, options, now);
	h(r, "<button type=\"submit\" class=\"govuk-button govuk-button--secondary\">Show"
	    "</button></form>");
}

/* Whether the person sees conference k here: they chair it, or their agency is invited. */
static int
mine(const struct web_req *r, const struct area *a, const struct m_conference *k)
{
	const struct m_child *c;

	if (r->user.professional_id && k->chair_id == r->user.professional_id)
		return 1;
	if (!(r->role & R_PARTNER) || !(c = m_child_by_id(a, k->child_id)))
		return 0;
	for (uint32_t i = 0; i < c->invitees.count; i++) {
		const struct m_invitee *v = &a->invitees[c->invitees.first + i];
		if (v->conference_id == k->id && v->agency_id == r->user.agency_id)
			return 1;
	}
	return 0;
}

static int
by_date(const void *p, const void *q)
{
	const struct m_conference *a = *(const struct m_conference *const *)p;
	const struct m_conference *b = *(const struct m_conference *const *)q;

	if (a->scheduled != b->scheduled)
		return a->scheduled < b->scheduled ? -1 : 1;
	return a->id < b->id ? -1 : a->id > b->id;
}

static void
reports(const struct area *a, const struct m_conference *k, int *in, int *asked)
{
	const struct m_child *c = m_child_by_id(a, k->child_id);

	*in = *asked = 0;
	for (uint32_t i = 0; c && i < c->invitees.count; i++) {
		const struct m_invitee *v = &a->invitees[c->invitees.first + i];
		if (v->conference_id != k->id || !v->report_requested)
			continue;
		(*asked)++;
		*in += v->report != CAL_NONE;
	}
}

static void
missing_row(struct web_req *r, const struct web_snapshot *s, const struct m_conference *k,
    const struct m_invitee *x)
{
	const struct m_agency *g = m_agency(&s->a, x->agency_id);
	const struct m_child *c = m_child_by_id(&s->a, k->child_id);
	char who[220];

	h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell sg-nowrap\">%s</td>"
	    "<td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"/conferences/%lld\">"
	    "%s</a></td><td class=\"govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s"
	    "</td><td class=\"govuk-table__cell sg-nowrap\">%s</td></tr>", h_date(r, k->scheduled),
	    (long long)k->id, c ? web_child_name(r, c) : "", g && g->name ? g->name : "",
	    ts_person(&s->a, x->professional_id, who, sizeof who) ? who : "No one named",
	    h_date(r, conf_report_due(s, k)));
}

/* On the working day before a conference (and on its day), every report asked for and
 * not in, so that the chair can chase each one while there is still time. */
static void
missing_reports(struct web_req *r, const struct web_snapshot *s,
    const struct m_conference *const *v, size_t n)
{
	const struct area *a = &s->a;
	int shown = 0;

	for (size_t i = 0; i < n && shown < 500; i++) {
		const struct m_child *c = m_child_by_id(a, v[i]->child_id);
		if (!c || (r->role & R_PARTNER) || cal_add_working_days(v[i]->scheduled, -1) > s->today)
			continue;
		for (uint32_t j = 0; j < c->invitees.count; j++) {
			const struct m_invitee *x = &a->invitees[c->invitees.first + j];
			if (x->conference_id != v[i]->id || !x->report_requested || x->report != CAL_NONE)
				continue;
			if (shown++ == 0)
				h(r, "<table class=\"govuk-table\" id=\"missing-reports\"><caption class=\""
				    "govuk-table__caption govuk-table__caption--m\">Reports still missing "
				    "for conferences about to sit</caption><thead class=\"govuk-table__head\">"
				    "<tr class=\"govuk-table__row\"><th scope=\"col\" class=\""
				    "govuk-table__header\">Conference</th><th scope=\"col\" class=\""
				    "govuk-table__header\">Child</th><th scope=\"col\" class=\""
				    "govuk-table__header\">Agency</th><th scope=\"col\" class=\""
				    "govuk-table__header\">Person</th><th scope=\"col\" class=\""
				    "govuk-table__header\">Was due</th></tr></thead><tbody class=\""
				    "govuk-table__body\">");
			missing_row(r, s, v[i], x);
		}
	}
	if (shown)
		h(r, "</tbody></table>");
}

void
web_work_conferences(struct web_req *r, const struct web_snapshot *s)
{
	static const char *const kinds[] = {"Initial", "Review", "Transfer-in"};
	const struct area *a = &s->a;
	const struct m_conference **v = NULL;
	size_t n = 0, cap = 0;
	char chair[220];

	for (size_t i = 0; i < a->n_conferences; i++) {
		const struct m_conference *k = &a->conferences[i];
		if (conf_open_for_replies(k) && k->scheduled >= s->today && mine(r, a, k)) {
			v = vec_reserve(v, n, &cap, sizeof *v);
			v[n++] = k;
		}
	}
	if (!n && !(r->role & (R_CHAIR | R_PARTNER))) {
		xfree(v);
		return;
	}
	if (n)		/* qsort may not be given a null array, even of nothing */
		qsort(v, n, sizeof *v, by_date);
	h(r, "<h2 class=\"govuk-heading-m\" id=\"conferences\">Conferences coming up (%zu)</h2>", n);
	if (!n)
		h(r, "<p class=\"govuk-body\">None scheduled.</p>");
	else
		h(r, "<table class=\"govuk-table\" aria-labelledby=\"conferences\"><thead class=\""
		    "govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\""
		    "govuk-table__header\">Date</th><th "
		    "scope=\"col\" class=\"govuk-table__header\">Child</th><th scope=\"col\" class=\""
		    "govuk-table__header\">Conference</th><th scope=\"col\" class=\"govuk-table__header\">"
		    "Chair</th><th scope=\"col\" class=\"govuk-table__header\">Reports in</th></tr>"
		    "</thead><tbody class=\"govuk-table__body\">");
	for (size_t i = 0; i < n; i++) {
		const struct m_child *c = m_child_by_id(a, v[i]->child_id);
		int in, asked;
		reports(a, v[i], &in, &asked);
		h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell sg-nowrap\">%s"
		    "</td><td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\""
		    "/conferences/%lld\">%s</a></td><td class=\"govuk-table__cell\">%s</td><td "
		    "class=\"govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%d of %d</td>"
		    "</tr>", h_date(r, v[i]->scheduled), (long long)v[i]->id,
		    c ? web_child_name(r, c) : "", kinds[v[i]->kind],
		    ts_person(a, v[i]->chair_id, chair, sizeof chair) ? chair : "Not yet named",
		    in, asked);
	}
	if (n)
		h(r, "</tbody></table>");
	missing_reports(r, s, v, n);
	xfree(v);
}

struct reasons_ctx {
	struct web_req *r;
	int n;
};

static int
reason_row(void *p, const struct store_reason *x)
{
	struct reasons_ctx *c = p;
	time_t t = (time_t)x->at;
	struct tm tm;
	char when[32];

	if (c->n++ >= 100)
		return 1;
	localtime_r(&t, &tm);
	strftime(when, sizeof when, "%d %b %Y %H:%M", &tm);
	h(c->r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell sg-nowrap\">%s</td>"
	    "<td class=\"govuk-table__cell\">%s</td><td class=\"govuk-table__cell\"><a class=\""
	    "govuk-link\" href=\"/children/%lld/views\">%s</a></td><td class=\"govuk-table__cell\">"
	    "%s</td></tr>", when, x->username, (long long)x->child_id, x->la_child_id, x->reason);
	return 0;
}

void
web_work_reasons(struct web_req *r)
{
	struct reasons_ctx c = {r, 0};

	h(r, "<h2 class=\"govuk-heading-m\" id=\"restricted\">Restricted records opened in the last "
	    "30 days</h2><table class=\"govuk-table\" aria-labelledby=\"restricted\"><thead "
	    "class=\"govuk-table__head\"><tr "
	    "class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">When</th>"
	    "<th scope=\"col\" class=\"govuk-table__header\">Who</th><th scope=\"col\" class=\""
	    "govuk-table__header\">Record</th><th scope=\"col\" class=\"govuk-table__header\">"
	    "Reason given</th></tr></thead><tbody class=\"govuk-table__body\">");
	store_reasons_since(r->st, web_now() - 30 * 86400, reason_row, &c);
	if (!c.n)
		h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\" colspan=\"4\">"
		    "None.</td></tr>");
	h(r, "</tbody></table>");
}

/* One kind's group of the decisions awaiting the manager: from v[*i], while of kind k. */
static void
authorise_group(struct web_req *r, const struct web_snapshot *s, const struct sign_info *v,
    size_t n, size_t *i)
{
	enum sign_kind k = v[*i].kind;
	size_t end = *i;

	while (end < n && v[end].kind == k)
		end++;
	h(r, "<h3 class=\"govuk-heading-s\">%s (%zu)</h3><ul class=\"govuk-list "
	    "govuk-list--bullet\">", sign_heading(k), end - *i);
	for (; *i < end; (*i)++) {
		const struct m_child *c = m_child_by_id(&s->a, v[*i].child_id);
		h(r, "<li><a class=\"govuk-link\" href=\"/authorise/%s/%lld\">%s</a>: decided %s"
		    "</li>", sign_table(k), (long long)v[*i].id, c ? web_child_name(r, c) : "",
		    v[*i].decided != CAL_NONE ? h_date(r, v[*i].decided) : "(no date)");
	}
	h(r, "</ul>");
}

void
web_work_authorise(struct web_req *r, const struct web_snapshot *s)
{
	struct sign_info *v;
	size_t n = sign_awaiting(&s->a, r->user.team_id, &v);

	h(r, "<h2 class=\"govuk-heading-m\" id=\"authorise\">Awaiting your authorisation (%zu)"
	    "</h2>", n);
	if (!n)
		h(r, "<p class=\"govuk-body\">None.</p>");
	for (size_t i = 0; i < n;)
		authorise_group(r, s, v, n, &i);
	xfree(v);
}
