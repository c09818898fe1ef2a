/*
 * figures_query.c: the filters of the dashboard, its lists and the figures' API, read from
 * the query (figures_web.h). One reader for all three, so a filter means the same on the
 * page, in its links, in the CSV and through the API. A value that is not one the area
 * has is an error naming the field, and nothing is computed for it: a figure filtered by
 * a team nobody recognises would be a wrong number, not an empty one.
 */
#include "web/figures_web.h"

#include <stdio.h>
#include <string.h>

#include "base/str.h"
#include "web/parse.h"
#include "web/snapshot.h"
#include "web/web_int.h"

/* The bands' words; their codes are the command line's (fig_age_band_name). */
static const char *const age_words[FIG_AGE_BANDS] = {"Unborn", "Under 1", "1 to 4", "5 to 9",
	"10 to 15", "16 and over"};

static const char *const category_words[] = {"Neglect", "Physical abuse", "Sexual abuse",
	"Emotional abuse", "Multiple categories"};

const char *
fw_age_code(int band)
{
	return band >= 0 && band < FIG_AGE_BANDS ? fig_age_band_name(band) : "";
}

const char *
fw_age_words(int band)
{
	return band >= 0 && band < FIG_AGE_BANDS ? age_words[band] : "All ages";
}

static void
error(struct fw_query *q, const char *field, const char *message)
{
	if (q->n_err < FW_ERRORS)
		q->err[q->n_err++] = (struct h_field_error){field, message};
}

/* A query value, "" when absent; NULL-free. */
static const char *
value(struct web_req *r, const char *name)
{
	const char *v = web_kv_get(&r->query, name);

	return v ? v : "";
}

/* "2025-04-01" or "01/04/2025". */
static int
date_of(const char *s, cal_date *d)
{
	char iso[11];

	if (cal_parse(s, d))
		return 1;
	if (strlen(s) != 10 || s[2] != '/' || s[5] != '/')
		return 0;
	snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", s + 6, s + 3, s);
	return cal_parse(iso, d);
}

/* "2024-25": 1 April 2024 to 31 March 2025, the census year. */
static int
year_of(const char *s, cal_date *from, cal_date *to)
{
	int y, yy;

	if (strlen(s) != 7 || s[4] != '-' || sscanf(s, "%4d-%2d", &y, &yy) != 2 ||
	    y < 1990 || y > 2100 || yy != (y + 1) % 100)
		return 0;
	*from = cal_from_ymd(y, 4, 1);
	*to = cal_from_ymd(y + 1, 3, 31);
	return 1;
}

/* The last 12 whole months before today's month. */
static void
default_period(cal_date today, cal_date *from, cal_date *to)
{
	int y, m, d;

	cal_to_ymd(today, &y, &m, &d);
	*to = cal_add_days(cal_from_ymd(y, m, 1), -1);
	cal_to_ymd(*to, &y, &m, &d);
	*from = cal_add_months(cal_from_ymd(y, m, 1), -11);
}

static void
read_period(struct fw_query *q, cal_date today)
{
	struct fig_filter months[FW_MONTHS_MAX];
	cal_date from, to;
	int bad = 0;

	default_period(today, &q->f.from, &q->f.to);
	if (*q->year) {
		if (!year_of(q->year, &from, &to))
			return error(q, "year", "Choose a year from the list, or leave it blank to "
			    "use the dates");
		q->f.from = from, q->f.to = to;
	} else {
		if (*q->from && !date_of(q->from, &q->f.from))
			bad = 1, error(q, "from", "Enter the start of the period as a date, for "
			    "example 2025-04-01");
		if (*q->to && !date_of(q->to, &q->f.to))
			bad = 1, error(q, "to", "Enter the end of the period as a date, for example "
			    "2026-03-31");
		if (bad)
			return;
	}
	if (q->f.to < q->f.from)
		error(q, *q->year ? "year" : "to", "The end of the period must be the same as or "
		    "after its start");
	else if (q->f.to > today)
		error(q, *q->year ? "year" : "to", "The end of the period must be today or "
		    "earlier: figures count what has happened");
	else if (fig_months(&q->f, months, FW_MONTHS_MAX) > FW_MONTHS_MAX)
		error(q, *q->year ? "year" : "from", "The period must be 3 years or shorter");
}

/* An id the area has (found by lookup), or an error on field. */
static int64_t
id_of(struct fw_query *q, const char *field, const char *s, int found, int64_t id,
    const char *message)
{
	if (!*s)
		return 0;
	if (!found || id <= 0) {
		error(q, field, message);
		return 0;
	}
	return id;
}

static void
read_others(struct fw_query *q, const struct area *a)
{
	int64_t id;
	int ok;

	ok = str_to_i64(q->team, &id) && m_team(a, id);
	q->f.team_id = id_of(q, "team", q->team, ok, id, "Choose a team from the list");
	ok = str_to_i64(q->chair, &id) && m_professional(a, id);
	q->f.chair_id = id_of(q, "chair", q->chair, ok, id, "Choose a conference chair from the "
	    "list");
	ok = str_to_i64(q->agency, &id) && m_agency(a, id);
	q->f.agency_id = id_of(q, "agency", q->agency, ok, id, "Choose an agency from the list");
	q->f.categories = 0;
	if (*q->category) {
		unsigned bit = m_categories(q->category);
		if (!bit || strchr(q->category, ' ') || !m_category_code(bit))
			error(q, "category", "Choose a category of abuse from the list");
		q->f.categories = bit;
	}
	q->f.age_band = *q->age ? fig_age_band(q->age) : FIG_AGE_ALL;
	if (*q->age && q->f.age_band == FIG_AGE_ALL)
		error(q, "age", "Choose an age band from the list");
}

static void
canonical(struct fw_query *q)
{
	char from[11], to[11];
	size_t n;

	cal_format(q->f.from, from);
	cal_format(q->f.to, to);
	n = (size_t)snprintf(q->key, sizeof q->key, "from=%s&to=%s", from, to);
	if (q->f.team_id && n < sizeof q->key)
		n += (size_t)snprintf(q->key + n, sizeof q->key - n, "&team=%lld",
		    (long long)q->f.team_id);
	if (q->f.chair_id && n < sizeof q->key)
		n += (size_t)snprintf(q->key + n, sizeof q->key - n, "&chair=%lld",
		    (long long)q->f.chair_id);
	if (q->f.agency_id && n < sizeof q->key)
		n += (size_t)snprintf(q->key + n, sizeof q->key - n, "&agency=%lld",
		    (long long)q->f.agency_id);
	if (q->f.categories && n < sizeof q->key)
		n += (size_t)snprintf(q->key + n, sizeof q->key - n, "&category=%s",
		    m_category_code(q->f.categories));
	if (q->f.age_band != FIG_AGE_ALL && n < sizeof q->key)
		/* "16+": a + in a query is a space, so it goes as %2B. */
		snprintf(q->key + n, sizeof q->key - n, "&age=%.*s%s",
		    (int)strcspn(fw_age_code(q->f.age_band), "+"), fw_age_code(q->f.age_band),
		    strchr(fw_age_code(q->f.age_band), '+') ? "%2B" : "");
}

int
fw_query_read(struct web_req *r, const struct web_snapshot *s, struct fw_query *q)
{
	memset(q, 0, sizeof *q);
	q->f = fig_filter_all(CAL_NONE, CAL_NONE);
	q->from = value(r, "from");
	q->to = value(r, "to");
	q->year = value(r, "year");
	q->team = value(r, "team");
	q->chair = value(r, "chair");
	q->agency = value(r, "agency");
	q->category = value(r, "category");
	q->age = value(r, "age");
	read_period(q, s->today);
	read_others(q, &s->a);
	if (!q->n_err)
		canonical(q);
	return q->n_err;
}

/* The error of one field, or NULL. */
static const char *
error_at(const struct fw_query *q, const char *field)
{
	for (int i = 0; i < q->n_err; i++)
		if (strcmp(q->err[i].field, field) == 0)
			return q->err[i].message;
	return NULL;
}

/* The options of a select of the area's teams, chairs or agencies: "" first. */
static const char **
options(struct web_req *r, size_t n, const char *all)
{
	const char **o = arena_alloc(&r->arena, (2 * n + 3) * sizeof *o);

	if (o) {
		o[0] = "";
		o[1] = all;
		o[2] = NULL;
	}
	return o;
}

static void
option(struct web_req *r, const char **o, size_t *k, int64_t id, const char *words)
{
	o[*k] = arena_printf(&r->arena, "%lld", (long long)id);
	o[*k + 1] = words ? words : "";
	*k += 2;
	o[*k] = NULL;
}

static void
select_teams(struct web_req *r, const struct area *a, const struct fw_query *q)
{
	const char **o = options(r, a->n_teams, "Every team");
	size_t k = 2;

	if (!o)
		return;
	for (size_t i = 0; i < a->n_teams; i++)
		option(r, o, &k, a->teams[i].id, a->teams[i].name);
	h_select(r, "team", "Team", error_at(q, "team"), o, q->team);
}

static void
select_chairs(struct web_req *r, const struct area *a, const struct fw_query *q)
{
	const char **o = options(r, a->n_professionals, "Every chair");
	unsigned char *chairs = arena_alloc(&r->arena, a->n_professionals + 1);
	size_t k = 2;

	if (!o || !chairs)
		return;
	memset(chairs, 0, a->n_professionals + 1);
	for (size_t i = 0; i < a->n_conferences; i++) {
		const struct m_professional *p = m_professional(a, a->conferences[i].chair_id);
		if (p)
			chairs[p - a->professionals] = 1;
	}
	for (size_t i = 0; i < a->n_professionals; i++)
		if (chairs[i])
			option(r, o, &k, a->professionals[i].id, arena_printf(&r->arena, "%s %s",
			    a->professionals[i].given_name ? a->professionals[i].given_name : "",
			    a->professionals[i].family_name ? a->professionals[i].family_name : ""));
	h_select(r, "chair", "Conference chair", error_at(q, "chair"), o, q->chair);
}

static void
select_agencies(struct web_req *r, const struct area *a, const struct fw_query *q)
{
	const char **o = options(r, a->n_agencies, "Every agency");
	size_t k = 2;

	if (!o)
		return;
	for (size_t i = 0; i < a->n_agencies; i++)
		option(r, o, &k, a->agencies[i].id, a->agencies[i].name);
	h_select(r, "agency", "Agency", error_at(q, "agency"), o, q->agency);
}

static void
select_codes(struct web_req *r, cal_date today, const struct fw_query *q)
{
	const char *cats[2 * 6 + 3] = {"", "Any category"}, *bands[2 * FIG_AGE_BANDS + 3] = {"",
	    "All ages"}, *years[2 * 6 + 3] = {"", "The dates above"};
	int y = cal_year(cal_add_months(today, -3)) - 1;	/* the last census year ended */

	for (unsigned i = 0; i < 5; i++)
		cats[2 + 2 * i] = m_category_code(1u << i), cats[3 + 2 * i] = category_words[i];
	for (int b = 0; b < FIG_AGE_BANDS; b++)
		bands[2 + 2 * b] = fw_age_code(b), bands[3 + 2 * b] = age_words[b];
	for (int i = 0; i < 5; i++) {
		years[2 + 2 * i] = arena_printf(&r->arena, "%d-%02d", y - i, (y - i + 1) % 100);
		years[3 + 2 * i] = arena_printf(&r->arena, "April %d to March %d", y - i, y - i + 1);
	}
	h_select(r, "year", "Or a census year", error_at(q, "year"), years, q->year);
	h_select(r, "category", "Category of abuse", error_at(q, "category"), cats, q->category);
	h_select(r, "age", "Age band", error_at(q, "age"), bands, q->age);
}

void
fw_filter_form(struct web_req *r, const struct web_snapshot *s, const struct fw_query *q,
    const char *action)
{
	char from[11] = "", to[11] = "";

	if (!q->n_err) {
		cal_format(q->f.from, from);
		cal_format(q->f.to, to);
	}
	h(r, "<form method=\"get\" action=\"%s\" novalidate class=\"sg-noprint\"><fieldset "
	    "class=\"govuk-fieldset\"><legend class=\"govuk-fieldset__legend "
	    "govuk-fieldset__legend--m\">Filters</legend><div class=\"sg-filters\">", action);
	/* Once read, the period shown is the one counted (a census year's dates, or the
	 * default's); with errors, what was typed. */
	h_input(r, &(struct h_input){"from", "From", "For example, 2025-04-01",
	    q->n_err ? q->from : from, error_at(q, "from"), NULL, "off",
	    "govuk-input--width-10"});
	h_input(r, &(struct h_input){"to", "To", "For example, 2026-03-31",
	    q->n_err ? q->to : to, error_at(q, "to"), NULL, "off", "govuk-input--width-10"});
	select_codes(r, s->today, q);
	select_teams(r, &s->a, q);
	select_chairs(r, &s->a, q);
	select_agencies(r, &s->a, q);
	h(r, "</div></fieldset><button type=\"submit\" class=\"govuk-button\">Show the figures"
	    "</button></form>");
}

const char *
fw_filter_words(struct web_req *r, const struct web_snapshot *s, const struct fw_query *q)
{
	const struct area *a = &s->a;
	const struct m_team *t = q->f.team_id ? m_team(a, q->f.team_id) : NULL;
	const struct m_professional *p = q->f.chair_id ? m_professional(a, q->f.chair_id) : NULL;
	const struct m_agency *g = q->f.agency_id ? m_agency(a, q->f.agency_id) : NULL;
	const char *w = "";

	if (t)
		w = arena_printf(&r->arena, "%s; team: %s", w, t->name ? t->name : "");
	if (p)
		w = arena_printf(&r->arena, "%s; chair: %s %s", w, p->given_name ? p->given_name :
		    "", p->family_name ? p->family_name : "");
	if (g)
		w = arena_printf(&r->arena, "%s; agency: %s", w, g->name ? g->name : "");
	for (unsigned i = 0; i < 5; i++)
		if (q->f.categories == 1u << i)
			w = arena_printf(&r->arena, "%s; category: %s", w, category_words[i]);
	if (q->f.age_band != FIG_AGE_ALL)
		w = arena_printf(&r->arena, "%s; age: %s", w, age_words[q->f.age_band]);
	return w && *w ? w + 2 : "";
}
