/*
 * page_admin_settings.c: the local settings (timescales/ts_settings.c): each key with
 * what it means, where its default comes from, the value in force today and every value
 * stored with the date it applies from; and a form that gives a key a value from a date.
 * As at the command line ('safeguard settings set'), a date before today is refused
 * unless the administrator says they mean it, because it re-judges the clocks that
 * started since; a value for a key and date already stored replaces that value.
 */
#include "web/pages.h"

#include <string.h>

#include "web/admin.h"
#include "web/form.h"
#include "web/snapshot.h"
#include "web/web_int.h"

static void
history(struct web_req *r, const struct area *a, const char *key)
{
	int n = 0;

	for (size_t i = 0; i < a->n_settings; i++) {
		const struct m_setting *s = &a->settings[i];
		if (strcmp(s->key, key) != 0)
			continue;
		h(r, "%s%s from %s", n++ ? "; " : "", s->value, h_date(r, s->effective_from));
	}
	if (!n)
		h(r, "Never set: the default applies");
}

static void
settings_table(struct web_req *r, const struct web_snapshot *s)
{
	int n;
	const struct ts_keydef *k = ts_keys(&n);

	h(r, "<table class=\"govuk-table\"><caption class=\"govuk-visually-hidden\">The settings"
	    "</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th "
	    "scope=\"col\" class=\"govuk-table__header\">Setting</th><th "
	    "scope=\"col\" class=\"govuk-table__header\">In force today</th><th scope=\"col\" "
	    "class=\"govuk-table__header\">Default</th><th scope=\"col\" class=\""
	    "govuk-table__header\">Values stored</th></tr></thead><tbody class=\"govuk-table__body\">");
	for (int i = 0; i < n; i++) {
		const char *now = NULL;
		for (size_t j = 0; j < s->a.n_settings; j++)
			if (strcmp(s->a.settings[j].key, k[i].name) == 0 &&
			    s->a.settings[j].effective_from <= s->today)
				now = s->a.settings[j].value;
		h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"><strong>%s"
		    "</strong><br><span class=\"govuk-body-s\">%s. Source: %s</span></td><td class=\""
		    "govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s</td><td class=\""
		    "govuk-table__cell\">", k[i].name, k[i].meaning, k[i].source,
		    now ? now : k[i].dflt ? k[i].dflt : "Not set", k[i].dflt ? k[i].dflt : "None");
		history(r, &s->a, k[i].name);
		h(r, "</td></tr>");
	}
	h(r, "</tbody></table>");
}

static void
setting_form(struct web_req *r, const struct web_form *f, const char *past_error)
{
	int n;
	const struct ts_keydef *k = ts_keys(&n);
	const char **keys = arena_alloc(&r->arena, sizeof *keys * (2 * (size_t)n + 1));
	struct h_field_error e[REC_MAX_ERRORS + 1];
	int ne = web_form_errors(r, f, e, REC_MAX_ERRORS);

	if (past_error)
		e[ne++] = (struct h_field_error){"effective_from", past_error};
	for (int i = 0; keys && i < n; i++) {
		keys[2 * i] = k[i].name;
		keys[2 * i + 1] = k[i].name;
	}
	if (keys)
		keys[2 * n] = NULL;
	h(r, "<h2 class=\"govuk-heading-m\" id=\"form\">Give a setting a new value</h2>");
	h_error_summary(r, e, ne);
	h(r, "<form method=\"post\" action=\"/admin/settings\" novalidate>");
	h_csrf(r);
	if (keys)
		h_select(r, "key", "Setting", web_form_error(f, "key"), keys,
		    web_form_value(r, f, "key"));
	h_input(r, &(struct h_input){"value", "Value", "As the table above shows values: a whole "
	    "number of days or months, A or B, or text", web_form_value(r, f, "value"),
	    web_form_error(f, "value"), "text", "off", "govuk-input--width-20"});
	h_input(r, &(struct h_input){"effective_from", "Applies from", "A date, YYYY-MM-DD, for "
	    "example 2027-04-01", web_form_value(r, f, "effective_from"), past_error ? past_error :
	    web_form_error(f, "effective_from"), "text", "off", "govuk-input--width-10"});
	h(r, "<div class=\"govuk-checkboxes govuk-checkboxes--small govuk-form-group\" "
	    "data-module=\"govuk-checkboxes\"><div class=\"govuk-checkboxes__item\"><input class=\""
	    "govuk-checkboxes__input\" id=\"backdate\" name=\"backdate\" type=\"checkbox\" "
	    "value=\"1\"><label class=\"govuk-label govuk-checkboxes__label\" for=\"backdate\">The "
	    "date is in the past, and clocks started since then are to be judged by the new value"
	    "</label></div></div><button type=\"submit\" class=\"govuk-button\">Save the value"
	    "</button></form>");
}

static int
settings_page(struct web_req *r, const struct web_form *f, const char *past_error)
{
	struct web_snapshot *s = web_snapshot_get(r);
	struct web_form fresh;

	if (!s)
		return -1;
	if (!f) {
		web_form_init(&fresh, "settings");
		f = &fresh;
	}
	h_page_begin(r, past_error || f->e.n ? "Error: Settings" : "Settings", NAV_ADMIN);
	admin_back(r);
	if (web_kv_get(&r->query, "saved"))
		admin_saved_banner(r);
	h_heading(r, "Administration", "Settings");
	h(r, "<p class=\"govuk-body\">Every timescale is a local setting. A clock is judged by the "
	    "value in force on the day it started, so a new value does not change what was met "
	    "or missed before it applied.</p>");
	settings_table(r, s);
	setting_form(r, f, past_error);
	h_page_end(r);
	web_snapshot_put(s);
	return 0;
}

int
page_admin_settings(struct web_req *r)
{
	return settings_page(r, NULL, NULL);
}

int
page_admin_setting_save(struct web_req *r)
{
	static const char *const cols[] = {"key", "value", "effective_from", NULL};
	struct web_form f;
	int from = records_col_index(records_table("settings"), "effective_from");
	cal_date d;
	int64_t id;

	web_form_init(&f, "settings");
	web_form_read(r, &f, cols);
	if (!f.e.n && f.row[from].present && cal_parse(f.row[from].s, &d) &&
	    d < web_today(r->srv) && !web_kv_get(&r->form, "backdate"))
		return settings_page(r, &f, "Applies from: the date is in the past. Tick the box "
		    "below if clocks started since then are to be judged by the new value, or give "
		    "today's date or a later one");
	if (!f.e.n && store_find_unique(r->st, f.t, f.row, &id) == 1)
		web_form_set_int(&f, "id", id);
	if (f.e.n || web_form_save(r, &f) < 0)
		return settings_page(r, &f, NULL);
	return web_redirect(r, "/admin/settings?saved=1");
}
