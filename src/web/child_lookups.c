/*
 * child_lookups.c: the health lookups that found the child, on the child's page: when,
 * who asked and what they were told, and whether the child's worker has acknowledged
 * it. Acknowledging is a form of one button (POST, with the session's CSRF token like
 * every form) that saves the lookup with the day and the worker through the record
 * layer, so the change is audited and the clock health_lookup is met.
 */
#include "web/child.h"

#include <string.h>

#include "web/form.h"
#include "web/html.h"
#include "web/pages.h"
#include "web/snapshot.h"
#include "web/web_int.h"

static const char *
asker(struct child_view *v, int64_t user_id)
{
	struct store_user u;
	struct web_req *r = v->r;

	if (store_user_get(r->st, user_id, &u) != 1)
		return "Not recorded";
	if (u.agency_id && m_agency(v->a, u.agency_id))
		return arena_printf(&r->arena, "%s, %s", u.username,
		    m_agency(v->a, u.agency_id)->name ? m_agency(v->a, u.agency_id)->name : "");
	return arena_strdup(&r->arena, u.username);
}

static void
lookup_row(struct child_view *v, const struct m_health_lookup *l)
{
	struct web_req *r = v->r;

	h(r, "<tr class=\"govuk-table__row\" id=\"health_lookups-%lld\"><td class=\""
	    "govuk-table__cell sg-nowrap\">%s</td><td class=\"govuk-table__cell\">%s</td><td "
	    "class=\"govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">", (long long)l->id,
	    h_date(r, l->date), asker(v, l->user_id), child_label("lookup_answer", l->answer));
	if (l->acknowledged != CAL_NONE) {
		h(r, "Acknowledged %s", h_date(r, l->acknowledged));
		if (l->acknowledged_by_id)
			h(r, " by %s", child_person(v, l->acknowledged_by_id));
	} else {
		h(r, "<form method=\"post\" action=\"/children/%lld/lookups/%lld\">",
		    (long long)v->c->id, (long long)l->id);
		h_csrf(r);
		h(r, "<button type=\"submit\" class=\"govuk-button govuk-button--secondary "
		    "govuk-!-margin-bottom-0\">Acknowledge<span class=\"govuk-visually-hidden\"> the "
		    "lookup of %s</span></button></form>", h_date(r, l->date));
	}
	h(r, "</td></tr>");
}

void
child_lookups(struct child_view *v)
{
	struct web_req *r = v->r;
	const struct m_child *c = v->c;

	if (!c->health_lookups.count)
		return;
	h(r, "<h2 class=\"govuk-heading-l\" id=\"lookups\">Health lookups</h2><p class=\""
	    "govuk-body\">A health professional looked this child up and was told the answer "
	    "below. Acknowledge each lookup once you have followed it up.</p>");
	h(r, "<table class=\"govuk-table\"><caption class=\"govuk-visually-hidden\">Health "
	    "lookups</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">"
	    "<th scope=\"col\" class=\"govuk-table__header\">Date</th><th scope=\"col\" class=\""
	    "govuk-table__header\">Asked by</th><th scope=\"col\" class=\"govuk-table__header\">"
	    "Told</th><th scope=\"col\" class=\"govuk-table__header\">Acknowledged</th></tr>"
	    "</thead><tbody class=\"govuk-table__body\">");
	for (uint32_t i = c->health_lookups.count; i-- > 0;)
		lookup_row(v, &v->a->health_lookups[c->health_lookups.first + i]);
	h(r, "</tbody></table>");
	for (uint32_t i = c->health_lookups.count; i-- > 0;)
		child_clocks(v, "health_lookups", v->a->health_lookups[c->health_lookups.first + i].id);
}

static const struct m_health_lookup *
find_lookup(const struct area *a, const struct m_child *c, int64_t id)
{
	for (uint32_t i = 0; c && i < c->health_lookups.count; i++)
		if (a->health_lookups[c->health_lookups.first + i].id == id)
			return &a->health_lookups[c->health_lookups.first + i];
	return NULL;
}

/* The stored lookup as a form, acknowledged today by the person (by their professional
 * record, when they have one). */
static void
acknowledged(struct web_req *r, struct web_form *f, const struct m_health_lookup *l)
{
	char d[11];

	web_form_init(f, "health_lookups");
	web_form_set_int(f, "id", l->id);
	web_form_set_int(f, "child_id", l->child_id);
	cal_format(l->date, d);
	web_form_set_text(f, "lookup_date", d);
	web_form_set_int(f, "user_id", l->user_id);
	web_form_set_text(f, "answer", l->answer);
	cal_format(web_today(r->srv), d);
	web_form_set_text(f, "acknowledged_date", d);
	if (r->user.professional_id)
		web_form_set_int(f, "acknowledged_by_id", r->user.professional_id);
}

int
page_child_lookup_ack(struct web_req *r)
{
	struct web_snapshot *s = web_snapshot_get(r);
	const struct m_health_lookup *l;
	struct web_form f;
	int done;

	if (!s)
		return -1;
	l = find_lookup(&s->a, m_child_by_id(&s->a, r->child_id), r->ids[1]);
	if (!l) {
		web_snapshot_put(s);
		return web_not_found(r);
	}
	done = l->acknowledged != CAL_NONE;
	if (!done)
		acknowledged(r, &f, l);
	web_snapshot_put(s);
	if (!done && web_form_save(r, &f) < 0) {
		web_error(r, 400, "The lookup could not be acknowledged", f.e.n ? f.e.v[0].message :
		    "Try again.");
		return 0;
	}
	return web_redirect(r, arena_printf(&r->arena, "/children/%lld#lookups",
	    (long long)r->child_id));
}
