/*
 * page_admin.c: administration: its start page, and the agencies and teams of the area.
 * An administrator keeps who is who (users, agencies, teams, settings) and reads no
 * child's record. Agencies and teams are records like any other (records.c), written
 * through the record layer, each change with its audit entry. One page lists them, with
 * a form below that adds one or, from its "Change" link, changes one.
 */
#include "web/pages.h"

#include <string.h>

#include "base/str.h"
#include "codes/codes.h"
#include "web/admin.h"
#include "web/form.h"
#include "web/snapshot.h"
#include "web/web_int.h"

void
admin_back(struct web_req *r)
{
	h(r, "<a class=\"govuk-back-link\" href=\"/admin\">Administration</a>");
}

void
admin_saved_banner(struct web_req *r)
{
	h(r, "<div class=\"govuk-notification-banner govuk-notification-banner--success\" "
	    "role=\"alert\" aria-labelledby=\"saved-title\" data-module=\""
	    "govuk-notification-banner\"><div class=\"govuk-notification-banner__header\"><h2 "
	    "class=\"govuk-notification-banner__title\" id=\"saved-title\">Success</h2></div><div "
	    "class=\"govuk-notification-banner__content\"><p class=\""
	    "govuk-notification-banner__heading\">Saved.</p></div></div>");
}

int
page_admin(struct web_req *r)
{
	struct web_snapshot *s = web_snapshot_get(r);

	if (!s)
		return -1;
	h_page_begin(r, "Administration", NAV_ADMIN);
	h_heading(r, r->area_name[0] ? r->area_name : NULL, "Administration");
	h(r, "<ul class=\"govuk-list govuk-list--spaced\"><li><a class=\"govuk-link\" href=\""
	    "/admin/users\">Users</a>: who logs in, with what role</li><li><a class=\"govuk-link\" "
	    "href=\"/admin/agencies\">Agencies</a> (%zu)</li><li><a class=\"govuk-link\" href=\""
	    "/admin/teams\">Teams</a> (%zu)</li><li><a class=\"govuk-link\" href=\"/admin/settings\">"
	    "Settings</a>: the local timescales and the area, with the date each value applies "
	    "from</li></ul>", s->a.n_agencies, s->a.n_teams);
	h_page_end(r);
	web_snapshot_put(s);
	return 0;
}

/* A select of a code list's codes and words. */
static const char **
code_options(struct web_req *r, const char *list)
{
	const struct code_list *l = codes_list(list);
	const char **o = arena_alloc(&r->arena, sizeof *o * (2 * (size_t)l->n + 1));

	for (int i = 0; o && i < l->n; i++) {
		o[2 * i] = l->codes[i].code;
		o[2 * i + 1] = l->codes[i].label;
	}
	if (o)
		o[2 * l->n] = NULL;
	return o;
}

static const char **
agency_options(struct web_req *r, const struct area *a)
{
	const char **o = arena_alloc(&r->arena, sizeof *o * (2 * a->n_agencies + 1));

	for (size_t i = 0; o && i < a->n_agencies; i++) {
		o[2 * i] = arena_printf(&r->arena, "%lld", (long long)a->agencies[i].id);
		o[2 * i + 1] = a->agencies[i].name ? a->agencies[i].name : "";
	}
	if (o)
		o[2 * a->n_agencies] = NULL;
	return o;
}

static void
ref_form(struct web_req *r, const struct area *a, const struct web_form *f, int teams)
{
	struct h_field_error e[REC_MAX_ERRORS];
	int n = web_form_errors(r, f, e, REC_MAX_ERRORS);
	const char *id = web_form_value(r, f, "id");
	const char **kinds = code_options(r, teams ? "team_kind" : "agency_kind");

	h(r, "<h2 class=\"govuk-heading-m\" id=\"form\">%s</h2>", id ? (teams ? "Change the team" :
	    "Change the agency") : (teams ? "Add a team" : "Add an agency"));
	h_error_summary(r, e, n);
	h(r, "<form method=\"post\" action=\"/admin/%s\" novalidate>", teams ? "teams" : "agencies");
	h_csrf(r);
	if (id)
		h(r, "<input type=\"hidden\" name=\"id\" value=\"%s\">", id);
	h_input(r, &(struct h_input){"name", "Name", NULL, web_form_value(r, f, "name"),
	    web_form_error(f, "name"), "text", "off", "govuk-!-width-two-thirds"});
	if (kinds)
		h_select(r, "kind", "Kind", web_form_error(f, "kind"), kinds,
		    web_form_value(r, f, "kind"));
	if (teams) {
		const char **ag = agency_options(r, a);
		if (ag)
			h_select(r, "agency_id", "Agency", web_form_error(f, "agency_id"), ag,
			    web_form_value(r, f, "agency_id"));
	} else {
		h_input(r, &(struct h_input){"la_code", "DfE local authority number (a local "
		    "authority only)", "Three digits, for example 876", web_form_value(r, f,
		    "la_code"), web_form_error(f, "la_code"), "text", "off", "govuk-input--width-3"});
	}
	h(r, "<button type=\"submit\" class=\"govuk-button\">Save</button></form>");
}

static void
ref_table(struct web_req *r, const struct area *a, int teams)
{
	h(r, "<table class=\"govuk-table\"><caption class=\"govuk-visually-hidden\">%s</caption>"
	    "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" "
	    "class=\"govuk-table__header\">Name</th><th "
	    "scope=\"col\" class=\"govuk-table__header\">Kind</th><th scope=\"col\" class=\""
	    "govuk-table__header\"><span class=\"govuk-visually-hidden\">Change</span></th></tr>"
	    "</thead><tbody class=\"govuk-table__body\">", teams ? "Teams" : "Agencies");
	for (size_t i = 0; i < (teams ? a->n_teams : a->n_agencies); i++) {
		int64_t id = teams ? a->teams[i].id : a->agencies[i].id;
		const char *name = teams ? a->teams[i].name : a->agencies[i].name;
		const char *kind = codes_label(codes_list(teams ? "team_kind" : "agency_kind"),
		    teams ? a->teams[i].kind : a->agencies[i].kind);
		h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"><a class=\""
		    "govuk-link\" href=\"/%s/%lld\">%s</a></td><td class=\"govuk-table__cell\">%s</td>"
		    "<td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"/admin/%s?edit="
		    "%lld#form\">Change<span class=\"govuk-visually-hidden\"> %s</span></a></td></tr>",
		    teams ? "teams" : "agencies", (long long)id, name ? name : "", kind ? kind : "",
		    teams ? "teams" : "agencies", (long long)id, name ? name : "");
	}
	h(r, "</tbody></table>");
}

/* The form to start from: empty, or the record ?edit=ID names. */
static void
start_form(struct web_req *r, const struct area *a, struct web_form *f, int teams)
{
	const char *edit = web_kv_get(&r->query, "edit");
	int64_t id = 0;

	web_form_init(f, teams ? "teams" : "agencies");
	if (!edit || !str_to_i64(edit, &id))
		return;
	if (teams && m_team(a, id)) {
		const struct m_team *t = m_team(a, id);
		web_form_set_int(f, "id", id);
		web_form_set_text(f, "name", t->name);
		web_form_set_text(f, "kind", t->kind);
		web_form_set_int(f, "agency_id", t->agency_id);
	} else if (!teams && m_agency(a, id)) {
		const struct m_agency *g = m_agency(a, id);
		web_form_set_int(f, "id", id);
		web_form_set_text(f, "name", g->name);
		web_form_set_text(f, "kind", g->kind);
		if (g->la_code[0])
			web_form_set_text(f, "la_code", g->la_code);
	}
}

static int
ref_page(struct web_req *r, struct web_form *f, int teams)
{
	struct web_snapshot *s = web_snapshot_get(r);
	struct web_form fresh;

	if (!s)
		return -1;
	if (!f) {
		start_form(r, &s->a, &fresh, teams);
		f = &fresh;
	}
	h_page_begin(r, f->e.n ? (teams ? "Error: Teams" : "Error: Agencies") : teams ? "Teams" :
	    "Agencies", NAV_ADMIN);
	admin_back(r);
	if (web_kv_get(&r->query, "saved"))
		admin_saved_banner(r);
	h_heading(r, "Administration", teams ? "Teams" : "Agencies");
	ref_table(r, &s->a, teams);
	ref_form(r, &s->a, f, teams);
	h_page_end(r);
	web_snapshot_put(s);
	return 0;
}

static int
ref_save(struct web_req *r, int teams)
{
	static const char *const team_cols[] = {"id", "name", "kind", "agency_id", NULL};
	static const char *const agency_cols[] = {"id", "name", "kind", "la_code", NULL};
	struct web_form f;

	web_form_init(&f, teams ? "teams" : "agencies");
	web_form_read(r, &f, teams ? team_cols : agency_cols);
	if (f.e.n || web_form_save(r, &f) < 0)
		return ref_page(r, &f, teams);
	return web_redirect(r, teams ? "/admin/teams?saved=1" : "/admin/agencies?saved=1");
}

int page_admin_teams(struct web_req *r) { return ref_page(r, NULL, 1); }
int page_admin_agencies(struct web_req *r) { return ref_page(r, NULL, 0); }
int page_admin_team_save(struct web_req *r) { return ref_save(r, 1); }
int page_admin_agency_save(struct web_req *r) { return ref_save(r, 0); }
