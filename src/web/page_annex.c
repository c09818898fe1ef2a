/*
 * page_annex.c: Ofsted's Annex A lists in the browser, for those whose work is returns
 * and inspection: team managers, senior managers and performance analysts (routes.c).
 *
 *   GET  /annex-a            the person's exports, each being prepared or ready, and the
 *                            form that asks for another as of a date
 *   POST /annex-a            ask for the lists as of a date: built away from the request
 *                            (annex_jobs.c), then the page again
 *   GET  /annex-a/{id}/{n}   list n of export id, as the CSV file the command line's
 *                            export annex-a writes; every download is audited
 *
 * The page itself names no child: the lists do, so only their downloads are audited, as
 * the command line's export is.
 */
#include "web/pages.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "annex/annex.h"
#include "web/annex_jobs.h"
#include "web/html.h"
#include "web/snapshot.h"
#include "web/web_int.h"

static void
links(struct web_req *r, const struct annex_job_view *v)
{
	const struct annex_list *l = annex_lists();

	h(r, "<ul class=\"govuk-list\">");
	for (int i = 0; i < ANNEX_NLISTS; i++)
		h(r, "<li><a class=\"govuk-link\" href=\"/annex-a/%lld/%d\" download>List %d: %s"
		    "</a> (%ld %s)</li>", (long long)v->id, l[i].number, l[i].number, l[i].title,
		    v->rows[i], v->rows[i] == 1 ? "row" : "rows");
	h(r, "</ul>");
	if (v->left_out)
		h(r, "<p class=\"govuk-body\">%ld restricted %s left out: their records are open "
		    "only to the people named on them.</p>", v->left_out, v->left_out == 1 ?
		    "child is" : "children are");
}

static void
one(struct web_req *r, const struct annex_job_view *v)
{
	char asked[32];
	time_t t = (time_t)v->asked_at;
	struct tm tm;

	if (!gmtime_r(&t, &tm))
		memset(&tm, 0, sizeof tm);
	strftime(asked, sizeof asked, "%H:%M UTC", &tm);
	h(r, "<div class=\"govuk-summary-card\"><div class=\"govuk-summary-card__title-wrapper\">"
	    "<h3 class=\"govuk-summary-card__title\">As of %s</h3></div>"
	    "<div class=\"govuk-summary-card__content\"><p class=\"govuk-body\">Asked for at %s. ",
	    h_date(r, v->as_of), asked);
	if (v->state == AJ_READY) {
		h(r, "Ready.</p>");
		links(r, v);
	} else if (v->state == AJ_FAILED) {
		h(r, "</p><p class=\"govuk-body\">These lists could not be prepared here: they are "
		    "larger than the web offers. Ask for them with the command line's export "
		    "annex-a.</p>");
	} else {
		h(r, "</p>");
		h_tag(r, "blue", "Being prepared");
		h(r, "<p class=\"govuk-body\">Refresh the page in a moment to download them.</p>");
	}
	h(r, "</div></div>");
}

static void
form(struct web_req *r, const char *value, const char *error)
{
	struct h_field_error e = {"as_of", error};

	h_error_summary(r, &e, error ? 1 : 0);
	h(r, "<form method=\"post\" action=\"/annex-a\" novalidate>");
	h_csrf(r);
	h_input(r, &(struct h_input){"as_of", "The date of the inspection", "The lists as the "
	    "records stood at the end of this day, YYYY-MM-DD, for example 2027-01-11", value,
	    error, "text", "off", "govuk-input--width-10"});
	h(r, "<button type=\"submit\" class=\"govuk-button\">Prepare the lists</button></form>");
}

static int
annex_page(struct web_req *r, const char *value, const char *error)
{
	struct annex_job_view v[WEB_ANNEX_JOBS];
	int n = web_annex_list(r->user.id, v, WEB_ANNEX_JOBS);
	char today[11];

	cal_format(web_today(r->srv), today);
	h_page_begin(r, error ? "Error: Annex A lists" : "Annex A lists", NAV_OVERVIEW);
	h_heading(r, "Inspection", "Annex A lists");
	h(r, "<p class=\"govuk-body\">The child-level lists Ofsted asks for at an inspection of "
	    "children's services, as CSV files: 1 contacts, 3 referrals, 4 assessments, 5 section "
	    "47 enquiries and initial conferences, 6 children in need, 7 child protection and 8 "
	    "children in care. Lists 1 to 5 hold the six months before the date; 6 to 8 what was "
	    "open on it or ended in those six months. A column the records cannot fill is there "
	    "and empty.</p><p class=\"govuk-body\">The lists name children: keep them as you "
	    "keep their records. Every download is recorded in the audit trail.</p>");
	form(r, value ? value : today, error);
	h(r, "<h2 class=\"govuk-heading-m\">Your lists</h2>");
	if (n == 0)
		h(r, "<p class=\"govuk-body\">You have not asked for any yet.</p>");
	for (int i = 0; i < n; i++)
		one(r, &v[i]);
	h_page_end(r);
	return 0;
}

int
page_annex(struct web_req *r)
{
	return annex_page(r, NULL, NULL);
}

int
page_annex_post(struct web_req *r)
{
	const char *v = web_kv_get(&r->form, "as_of");
	struct web_snapshot *s;
	cal_date d;

	if (!v || !*v)
		return annex_page(r, "", "Enter the date of the inspection, for example 2027-01-11");
	if (!cal_parse(v, &d) || cal_year(d) < CAL_FIRST_YEAR || cal_year(d) > CAL_LAST_YEAR)
		return annex_page(r, v, "The date of the inspection must be a real date written "
		    "YYYY-MM-DD, for example 2027-01-11");
	if (d > web_today(r->srv))
		return annex_page(r, v, "The date of the inspection must be today or in the past");
	if (!(s = web_snapshot_get(r)))
		return -1;
	if (!web_annex_submit(s, r->user.id, d, web_now()))
		return annex_page(r, v, "Several lists are being prepared already; wait until one "
		    "is ready, then ask again");
	return web_redirect(r, "/annex-a");
}

int
page_annex_download(struct web_req *r)
{
	int list = r->ids[1] <= 99 ? annex_list_index((int)r->ids[1]) : -1;
	const struct annex_list *l = annex_lists();
	char d[11];
	cal_date as_of;
	const char *what;

	buf_reset(&r->out);
	if (list < 0 || !web_annex_copy(r->user.id, r->ids[0], list, &r->out, &as_of)) {
		buf_reset(&r->out);
		return web_not_found(r);
	}
	cal_format(as_of, d);
	what = arena_printf(&r->arena, "annex-a list %d as of %s", l[list].number, d);
	if (!what || web_audit(r, "export", NULL, 0, 0, what, NULL) < 0) {
		buf_reset(&r->out);
		return -1;
	}
	r->content_type = "text/csv; charset=utf-8";
	r->disposition = arena_printf(&r->arena, "attachment; filename=\"annex-a-%s-%s\"", d,
	    l[list].file);
	return 0;
}
