/*
 * page_reviews.c: rapid reviews and child safeguarding practice reviews (issue 11, point
 * 8; Working Together 2023, chapter 5), the quality-assurance subgroup's (team and senior
 * managers'): the serious incidents the partnership learned of, each with its two clocks
 * (the national panel told within 5 working days, the rapid review within 15), the
 * decision on a practice review, its dates and findings, and its action plan in the one
 * table of actions the audits use (owned by agencies, whose partners update their own).
 */
#include "web/pages.h"

#include <string.h>

#include "base/str.h"
#include "web/audits.h"
#include "web/html.h"
#include "web/records_page.h"
#include "web/snapshot.h"

/* The review's clocks as at today: TS_REVIEW_CLOCKS, or 0 before it was learned of. */
static int
clocks_of(struct web_req *r, const struct audit_rows *x, const struct audit_row *w,
    struct ts_clock *out)
{
	struct web_snapshot *s = web_snapshot_get(r);
	struct m_review m;
	const char *d = audit_s(x, w, "decision");
	int n;

	if (!s)
		return 0;
	memset(&m, 0, sizeof m);
	m.id = w->f[0].i;
	m.aware = audit_d(x, w, "aware_date");
	m.notified = audit_d(x, w, "notified_date");
	m.rapid = audit_d(x, w, "rapid_review_date");
	str_copy(m.decision, sizeof m.decision, d ? d : "");
	n = ts_review(s->cfg, &m, s->today, out);
	web_snapshot_put(s);
	return n;
}

static void
clock_items(struct web_req *r, const struct ts_clock *k, int n)
{
	for (int i = 0; i < n; i++) {
		struct buf what;
		buf_init(&what, 256);
		ts_describe(NULL, &k[i], &what);
		h(r, "<li>%s, by %s: ", buf_str(&what), h_date(r, k[i].target));
		audit_state_tag(r, &k[i]);
		h(r, "</li>");
		buf_free(&what);
	}
}

static void
review_row(struct web_req *r, const struct audit_rows *x, const struct audit_row *w)
{
	struct ts_clock k[TS_REVIEW_CLOCKS];
	int n = clocks_of(r, x, w, k);

	h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell sg-nowrap\">%s</td>"
	    "<td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"/practice_reviews/%lld"
	    "\">%s</a></td><td class=\"govuk-table__cell\">%s</td><td class=\"govuk-table__cell"
	    "\"><ul class=\"govuk-list\">", h_date(r, audit_d(x, w, "aware_date")),
	    (long long)w->f[0].i, audit_s(x, w, "summary"), audit_label(r, x, w, "decision"));
	clock_items(r, k, n);
	h(r, "</ul></td></tr>");
}

/* GET /reviews */
int
page_reviews(struct web_req *r)
{
	struct audit_rows x;

	if (audit_read(r, "practice_reviews", NULL, 0, &x) < 0)
		return -1;
	h_page_begin(r, "Practice reviews", NAV_AUDITS);
	h_heading(r, NULL, "Rapid reviews and practice reviews");
	h(r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/reviews/new\">Record a "
	    "serious incident</a></p><table class=\"govuk-table\"><caption class=\""
	    "govuk-table__caption govuk-table__caption--m\">Serious incidents (%zu)</caption>"
	    "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" "
	    "class=\"govuk-table__header\">Learned of</th><th scope=\"col\" class=\""
	    "govuk-table__header\">Incident</th><th scope=\"col\" class=\"govuk-table__header\">"
	    "Decision</th><th scope=\"col\" class=\"govuk-table__header\">Timescales</th></tr>"
	    "</thead><tbody class=\"govuk-table__body\">", x.n);
	for (const struct audit_row *w = x.first; w; w = w->next)
		review_row(r, &x, w);
	h(r, "</tbody></table>");
	h_page_end(r);
	return 0;
}

/* GET /reviews/new */
int
page_review_new(struct web_req *r)
{
	const struct rf_spec *sp = rf_spec_find("practice_reviews", "edit");
	struct web_form f;
	struct rp_form p = {sp, &f, 0, 0, 0, 0, "", 0, "/reviews", NULL, NULL};

	web_form_init(&f, sp->table);
	audit_form_page(r, &p, "/reviews");
	return 0;
}

/* POST /reviews */
int
page_review_create(struct web_req *r)
{
	const struct rf_spec *sp = rf_spec_find("practice_reviews", "edit");
	struct web_form f;
	struct rp_form p = {sp, &f, 0, 0, 1, 0, "", 0, "/reviews", NULL, NULL};

	web_form_init(&f, sp->table);
	rf_read(r, sp, &f);
	if (!f.e.n && !web_write_linked(r, f.t, f.row, NULL))
		return 0;
	if (rp_save(r, &f, NULL) > 0)
		return web_redirect(r, arena_printf(&r->arena, "/practice_reviews/%lld?saved=1",
		    (long long)f.row[0].i));
	if (!f.e.n)
		return -1;
	audit_form_page(r, &p, "/reviews");
	return 0;
}

static void
details(struct web_req *r, const struct audit_rows *x, const struct audit_row *w)
{
	static const char *const cols[] = {"incident_date", "aware_date", "notified_date",
	    "rapid_review_date", "decision", "decision_date", "cspr_started_date",
	    "cspr_published_date", "findings"};
	static const char *const keys[] = {"Date of the incident", "Date the partnership learned "
	    "of it", "Date the national panel was told", "Date the rapid review was completed",
	    "Decision", "Date of the decision", "Practice review started",
	    "Practice review published", "Findings"};

	h_summary_begin(r);
	for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
		h_summary_row(r, keys[i], audit_label(r, x, w, cols[i]));
	h_summary_end(r);
}

static int
review_page(struct web_req *r, struct web_form *action)
{
	const struct rf_spec *sp = rf_spec_find("actions", "edit");
	struct h_field_error e[REC_MAX_ERRORS];
	struct ts_clock k[TS_REVIEW_CLOCKS];
	struct audit_rows x, ac;
	struct web_snapshot *s = web_snapshot_get(r);
	cal_date today = s ? s->today : CAL_NONE;
	int n = rp_summary(r, sp, action, e, REC_MAX_ERRORS);

	web_snapshot_put(s);
	if (!s || audit_read(r, "practice_reviews", "id", r->ids[0], &x) < 0 ||
	    audit_read(r, "actions", "review_id", r->ids[0], &ac) < 0)
		return -1;
	if (!x.first)
		return web_not_found(r);
	if (n)
		r->status = 422;
	h_page_begin(r, n ? "Error: practice review" : "Practice review", NAV_AUDITS);
	h(r, "<a class=\"govuk-back-link\" href=\"/reviews\">Back to the reviews</a>");
	h_error_summary(r, e, n);
	h_heading(r, "Serious incident", audit_s(&x, x.first, "summary"));
	h(r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/practice_reviews/%lld/edit"
	    "\">Change the review</a></p>", (long long)r->ids[0]);
	details(r, &x, x.first);
	h(r, "<h2 class=\"govuk-heading-m\">Timescales</h2><ul class=\"govuk-list\">");
	clock_items(r, k, clocks_of(r, &x, x.first, k));
	h(r, "</ul>");
	audit_actions_table(r, &ac, today, "Action plan", NULL);
	h(r, "<h2 class=\"govuk-heading-m\">Add an action</h2><form method=\"post\" action=\""
	    "/practice_reviews/%lld/actions\" novalidate>", (long long)r->ids[0]);
	h_csrf(r);
	rf_draw(r, sp, action, action->e.n > 0, 0);
	h(r, "<button type=\"submit\" class=\"govuk-button govuk-button--secondary\" "
	    "data-module=\"govuk-button\">Add the action</button></form>");
	h_page_end(r);
	return 0;
}

/* GET /practice_reviews/{id} */
int
page_practice_review(struct web_req *r)
{
	struct web_form f;

	web_form_init(&f, "actions");
	return review_page(r, &f);
}

/* POST /practice_reviews/{id}/actions */
int
page_review_action_add(struct web_req *r)
{
	struct web_form f;

	web_form_init(&f, "actions");
	web_form_set_int(&f, "review_id", r->ids[0]);
	rf_read(r, rf_spec_find("actions", "edit"), &f);
	if (!f.e.n && !web_write_linked(r, f.t, f.row, NULL))
		return 0;
	if (rp_save(r, &f, NULL) > 0)
		return web_redirect(r, arena_printf(&r->arena, "/practice_reviews/%lld?saved=1",
		    (long long)r->ids[0]));
	if (!f.e.n)
		return -1;
	return review_page(r, &f);
}

/* The reviews whose notification or rapid review is overdue, or due in 20 working days. */
void
web_reviews_work(struct web_req *r)
{
	struct web_snapshot *s = web_snapshot_get(r);
	cal_date horizon = s ? cal_add_working_days(s->today, 20) : CAL_NONE;
	struct ts_clock k[TS_REVIEW_CLOCKS];
	struct audit_rows x;
	int n = 0;

	web_snapshot_put(s);
	if (!s || audit_read(r, "practice_reviews", NULL, 0, &x) < 0)
		return;
	for (const struct audit_row *w = x.first; w; w = w->next) {
		int m = clocks_of(r, &x, w, k);
		for (int i = 0; i < m; i++) {
			if (k[i].state != TS_OVERDUE && (k[i].state != TS_DUE ||
			    k[i].target > horizon))
				continue;
			if (!n++)
				h(r, "<h2 class=\"govuk-heading-m\">Serious incidents: overdue and due"
				    "</h2><ul class=\"govuk-list\">");
			h(r, "<li><a class=\"govuk-link\" href=\"/practice_reviews/%lld\">%s</a>"
			    "<ul class=\"govuk-list\">", (long long)w->f[0].i,
			    audit_s(&x, w, "summary"));
			clock_items(r, &k[i], 1);
			h(r, "</ul></li>");
		}
	}
	if (n)
		h(r, "</ul>");
}
