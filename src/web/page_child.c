/*
 * page_child.c: a child's record. Identity first (who the child is, where and with whom
 * they live), then the pathway with every statutory timescale, the conferences, the
 * plans, and what the census return would say; a partner practitioner sees their
 * agency's part only (access.c says which). The page is built from the area in memory
 * (snapshot.c), which is as fresh as the store, and the view is written to the audit
 * trail before the page is sent (dispatch.c). Also here: the form that gives the reason
 * for opening a restricted record, and the page of who has viewed the record.
 */
#include "web/pages.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "web/child.h"
#include "web/html.h"
#include "web/snapshot.h"
#include "web/work.h"
#include "web/web_int.h"

/* "mobility, hearing" for "MOB HEAR": the census codes in words. */
static const char *
disabilities(struct web_req *r, const char *codes)
{
	const char *out = "", *p = codes;

	while (p && *p) {
		size_t n = strcspn(p, " ");
		const char *code = arena_strndup(&r->arena, p, n);
		if (code && n)
			out = arena_printf(&r->arena, "%s%s%s", out, *out ? ", " : "",
			    child_label("disability", code));
		p += n + (p[n] == ' ');
	}
	return *out ? out : "None recorded";
}

static void
identity(struct child_view *v)
{
	struct web_req *r = v->r;
	const struct m_child *c = v->c;
	const char *born = "";

	if (c->birth != CAL_NONE)
		born = arena_printf(&r->arena, "%s (%d years old)", h_date(r, c->birth),
		    cal_years_between(c->birth, v->today));
	else if (c->expected_birth != CAL_NONE)
		born = arena_printf(&r->arena, "Not yet born: expected %s",
		    h_date(r, c->expected_birth));
	h_summary_begin(r);
	h_summary_row(r, "Local child id", c->la_child_id);
	h_summary_row(r, "Date of birth", born);
	h_summary_row(r, "Sex", child_label("sex", (char[2]){c->sex, 0}));
	if (!v->partner) {
		h_summary_row(r, "Ethnicity", child_label("ethnicity", c->ethnicity));
		h_summary_row(r, "Disabilities", disabilities(r, c->disabilities));
	}
	h_summary_row(r, "Unique pupil number", c->upn);
	if (c->death != CAL_NONE)
		h_summary_row(r, "Died", h_date(r, c->death));
	h_summary_end(r);
}

static const char *
status_tags(struct child_view *v)
{
	const struct m_child *c = v->c;

	for (uint32_t i = 0; i < c->plans.count; i++) {
		const struct m_plan *p = &v->a->plans[c->plans.first + i];
		if (p->start <= v->today && (p->end == CAL_NONE || p->end > v->today))
			return "On a child protection plan";
	}
	for (uint32_t i = 0; i < c->referrals.count; i++) {
		const struct m_referral *x = &v->a->referrals[c->referrals.first + i];
		if (x->closure == CAL_NONE || x->closure > v->today)
			return "Open to children's social care";
	}
	return NULL;
}

static void
contents(struct web_req *r, int partner, int lookups)
{
	h(r, "<nav class=\"sg-noprint\" aria-label=\"On this page\"><ul class=\"govuk-list\">");
	if (lookups && !partner)
		h(r, "<li><a class=\"govuk-link\" href=\"#lookups\">Health lookups</a></li>");
	if (!partner)
		h(r, "<li><a class=\"govuk-link\" href=\"#people\">Household and relationships</a>"
		    "</li><li><a class=\"govuk-link\" href=\"#timeline\">The pathway</a></li>");
	h(r, "<li><a class=\"govuk-link\" href=\"#conferences\">Conferences</a></li><li><a "
	    "class=\"govuk-link\" href=\"#escalations\">Escalations</a></li><li><a "
	    "class=\"govuk-link\" href=\"#plans\">Child protection plans</a></li>");
	if (!partner)
		h(r, "<li><a class=\"govuk-link\" href=\"#census\">The census return</a></li><li><a "
		    "class=\"govuk-link\" href=\"/children/%lld/views\">Who has viewed this record</a>"
		    "</li>", (long long)r->child_id);
	h(r, "</ul></nav>");
}

/* Whether the person's role writes the child's records: the route table says. */
static int
writer(const struct web_req *r)
{
	int64_t ids[2];
	int status;
	char allow[64];
	const struct web_route *rt = web_route_match("POST", "/children/1/referrals", ids,
	    &status, allow, sizeof allow);

	return rt && (rt->roles & r->role) != 0;
}

int
page_child(struct web_req *r)
{
	struct web_snapshot *s = web_snapshot_get(r);
	struct child_view v = {r, s, NULL, NULL, {0}, 0, (r->role & R_PARTNER) != 0, 0};
	struct area fresh;
	const char *tag;

	if (!s)
		return -1;
	v.a = web_snapshot_child_area(r, s, r->child_id, &fresh);
	v.today = s->today;
	if (!v.a || !(v.c = m_child_by_id(v.a, r->child_id))) {
		area_free(&fresh);
		web_snapshot_put(s);
		return v.a ? web_not_found(r) : -1;
	}
	ts_child(v.a, s->cfg, v.c, v.today, &v.clocks);
	v.writer = !v.partner && writer(r);
	h_page_begin(r, web_child_name(r, v.c), NAV_SEARCH);
	child_saved_banner(&v);
	if (r->reason)
		h(r, "<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" "
		    "aria-hidden=\"true\">!</span><strong class=\"govuk-warning-text__text\"><span "
		    "class=\"govuk-visually-hidden\">Warning</span>This record is restricted. You "
		    "opened it giving the reason: %s</strong></div>", r->reason);
	h_heading(r, "Child's record", web_child_name(r, v.c));
	if ((tag = status_tags(&v))) {
		h(r, "<p class=\"govuk-body\">");
		h_tag(r, "blue", tag);
		h(r, "</p>");
	}
	identity(&v);
	contents(r, v.partner, v.c->health_lookups.count > 0);
	child_add_links(&v);
	if (!v.partner) {
		child_lookups(&v);
		child_encompass(&v);
		child_missing(&v);
		child_placements(&v);
	}
	if (!v.partner) {
		child_people(&v);
		child_timeline(&v);
	}
	child_conferences(&v);
	child_escalations(&v);	/* issue 11 */
	child_plans(&v);
	if (!v.partner)
		child_census(&v);
	h_page_end(r);
	ts_clocks_free(&v.clocks);
	area_free(&fresh);
	web_snapshot_put(s);
	return 0;
}

int
page_child_reason(struct web_req *r)
{
	const char *reason = web_kv_get(&r->form, "reason");
	const char *back = arena_printf(&r->arena, "/children/%lld", (long long)r->child_id);
	size_t n = reason ? strlen(reason) : 0;
	struct web_snapshot *s = web_snapshot_get(r);
	int named = 0, restricted = s && web_snapshot_restricted(s, r->child_id, r->user.id,
	    &named);

	web_snapshot_put(s);
	if (!restricted || named)	/* open to them anyway: nothing to give a reason for */
		return web_redirect(r, back);
	if (n < 10 || n > 300) {
		web_error(r, 400, "Say why you need to open this record", "Write at least a few "
		    "words (10 to 300 characters) saying why your work needs this record, then "
		    "send the form again.");
		return 0;
	}
	if (store_reason_add(r->st, r->user.id, r->child_id, web_now(),
	    web_now() + WEB_REASON_SECONDS, reason) < 0)
		return -1;
	r->reason = reason;
	if (web_audit(r, "restricted view", "children", r->child_id, r->child_id,
	    "reason given", NULL) < 0)
		return -1;
	return web_redirect(r, back);
}

struct views_ctx {
	struct web_req *r;
	int n;
};

static int
view_row(void *p, const struct audit_entry *e)
{
	struct views_ctx *c = p;

	if (strcmp(e->action, "view") != 0 && strcmp(e->action, "restricted view") != 0)
		return 0;
	c->n++;
	h(c->r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell sg-nowrap\">%.*s"
	    "</td><td class=\"govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s</td>"
	    "<td class=\"govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s</td></tr>",
	    19, e->at, e->username ? e->username : "",
	    e->role ? web_role_name(web_role_bit(e->role)) : "", e->what ? e->what : "",
	    e->reason ? e->reason : "");
	return c->n >= 500;
}

int
page_child_views(struct web_req *r)
{
	struct audit_filter f = {r->child_id, NULL, NULL, NULL, NULL, 1, 5000};
	struct views_ctx c = {r, 0};

	h_page_begin(r, "Who has viewed this record", NAV_SEARCH);
	h(r, "<a class=\"govuk-back-link\" href=\"/children/%lld\">Back to the record</a>",
	    (long long)r->child_id);
	h_heading(r, "Child's record", "Who has viewed this record");
	h(r, "<p class=\"govuk-body\">Every opening of the record, newest first (times in UTC), "
	    "from the audit trail.</p><table class=\"govuk-table\"><caption class=\""
	    "govuk-visually-hidden\">Openings of the record</caption><thead class=\""
	    "govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\""
	    "govuk-table__header\">When</th><th scope=\"col\" class=\"govuk-table__header\">Who"
	    "</th><th scope=\"col\" class=\"govuk-table__header\">Role</th><th scope=\"col\" "
	    "class=\"govuk-table__header\">Page</th><th scope=\"col\" class=\"govuk-table__header\">"
	    "Reason given</th></tr></thead><tbody class=\"govuk-table__body\">");
	if (store_audit_scan(r->st, &f, view_row, &c) < 0)
		return -1;
	h(r, "</tbody></table>");
	if (!c.n)
		h(r, "<p class=\"govuk-body\">No one has viewed this record yet.</p>");
	h_page_end(r);
	return 0;
}
