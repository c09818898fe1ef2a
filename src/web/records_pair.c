/*
 * records_pair.c: the page of two records a person saves in one step (records_page.h),
 * so both forms' errors are read together and neither form is drawn its own way.
 */
#include "web/records_page.h"

#include "web/web_int.h"

void
rp_pair_page(struct web_req *r, const struct rp_pair *p)
{
	struct h_field_error e[2 * REC_MAX_ERRORS];
	int n = rp_summary(r, p->first, p->f1, e, REC_MAX_ERRORS);

	n += rp_summary(r, p->second, p->f2, e + n, REC_MAX_ERRORS);
	if (n && p->status_on_error)
		r->status = p->status_on_error;
	h_page_begin(r, n ? arena_printf(&r->arena, "Error: %s", p->title) : p->title,
	    NAV_SEARCH);
	h(r, "<a class=\"govuk-back-link\" href=\"/children/%lld\">Back to the record</a>",
	    (long long)r->child_id);
	h_error_summary(r, e, n);
	h_heading(r, rp_child_caption(r, r->child_id), p->title);
	if (p->intro)
		h(r, "<p class=\"govuk-body\">%s</p>", p->intro);
	h(r, "<form method=\"post\" action=\"%s\" novalidate>", p->action);
	h_csrf(r);
	rf_draw(r, p->first, p->f1, p->posted, r->child_id);
	h(r, "<h2 class=\"govuk-heading-m\">%s</h2>", p->second_heading);
	rf_draw(r, p->second, p->f2, p->posted, r->child_id);
	h(r, "<div class=\"govuk-button-group\"><button type=\"submit\" class=\"govuk-button\" "
	    "data-module=\"govuk-button\">%s</button><a class=\"govuk-link\" href=\"/children/"
	    "%lld\">Cancel</a></div></form>", p->button, (long long)r->child_id);
	h_page_end(r);
}
