/*
 * page_lookup.c: the health lookup. A professional in a hospital or a GP practice
 * (the health_lookup role) gives a child's NHS number and date of birth and is told one
 * of three things: the child is on a child protection plan, is looked after (a period
 * in care open today), or is not known; and whom to call (the setting lookup.contact).
 * Nothing else about the child is shown: no name, no address, and a number found with
 * another date of birth is "not known", so that the page cannot be used to learn who a
 * number belongs to. Every lookup is audited (action "health lookup", with the number
 * masked and the answer), and a person may make LOOKUP_LIMIT of them in an hour: the
 * audit trail is the count, so the limit holds across restarts and servers.
 *
 * A lookup that finds a child on a plan or looked after is recorded (health_lookups),
 * and the child's worker must acknowledge it (the clock health_lookup, child_lookups.c).
 */
#include "web/pages.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "base/nhs.h"
#include "base/str.h"
#include "web/form.h"
#include "web/html.h"
#include "web/snapshot.h"
#include "web/web_int.h"

#define LOOKUP_LIMIT 30		/* lookups a person may make in an hour */
#define LOOKUP_ACTION "health lookup"

struct lookup_in {
	const char *nhs, *day, *month, *year;	/* as typed */
	char digits[11];
	cal_date birth;
	const char *nhs_error, *birth_error;
	const char *birth_field;		/* the box the date's error links to */
};

/* A field as typed, without the spaces around it (a box holding a space is empty). */
static const char *
typed(struct web_req *r, const char *name)
{
	const char *v = web_kv_get(&r->form, name);
	size_t n;

	if (!v)
		return "";
	while (*v == ' ' || *v == '\t')
		v++;
	for (n = strlen(v); n > 0 && (v[n - 1] == ' ' || v[n - 1] == '\t'); n--)
		;
	v = arena_printf(&r->arena, "%.*s", (int)n, v);
	return v ? v : "";
}

static void
date_box(struct web_req *r, const char *name, const char *label, const char *value,
    int width, int error)
{
	h(r, "<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\"><label "
	    "class=\"govuk-label govuk-date-input__label\" for=\"birth-%s\">%s</label><input "
	    "class=\"govuk-input govuk-date-input__input govuk-input--width-%d", name, label, width);
	if (error)	/* each box in error is described by the date's one message */
		h(r, " govuk-input--error\" aria-describedby=\"birth-error");
	h(r, "\" id=\"birth-%s\" name=\"birth-%s\" type=\"text\" inputmode=\"numeric\" "
	    "value=\"%s\"></div></div>", name, name, value);
}

static void
birth_input(struct web_req *r, const struct lookup_in *in)
{
	int e = in->birth_error != NULL;

	h(r, "<div class=\"govuk-form-group%s\"><fieldset class=\"govuk-fieldset\" role=\"group\" "
	    "aria-describedby=\"birth-hint%s\"><legend class=\"govuk-fieldset__legend "
	    "govuk-fieldset__legend--s\">Date of birth</legend><div id=\"birth-hint\" class=\""
	    "govuk-hint\">For example, 27 3 2019</div>", e ? " govuk-form-group--error" : "",
	    e ? " birth-error" : "");
	if (e)
		h(r, "<p id=\"birth-error\" class=\"govuk-error-message\"><span class=\""
		    "govuk-visually-hidden\">Error:</span> %s</p>", in->birth_error);
	h(r, "<div class=\"govuk-date-input\" id=\"birth\">");
	date_box(r, "day", "Day", in->day, 2, e);
	date_box(r, "month", "Month", in->month, 2, e);
	date_box(r, "year", "Year", in->year, 4, e);
	h(r, "</div></fieldset></div>");
}

static int
lookup_form(struct web_req *r, const struct lookup_in *in)
{
	struct h_field_error e[2];
	int n = 0;

	if (in && in->nhs_error)
		e[n++] = (struct h_field_error){"nhs_number", in->nhs_error};
	if (in && in->birth_error)
		e[n++] = (struct h_field_error){in->birth_field, in->birth_error};
	h_page_begin(r, n ? "Error: Look up a child" : "Look up a child", NAV_LOOKUP);
	h_error_summary(r, e, n);
	h_heading(r, "Health lookup", "Look up a child");
	h(r, "<p class=\"govuk-body\">Find out whether a child is on a child protection plan or "
	    "looked after by the local authority. You will be told only that, and whom to call. "
	    "Every lookup is recorded with your name.</p>"
	    "<form method=\"post\" action=\"/lookup\" novalidate>");
	h_csrf(r);
	h_input(r, &(struct h_input){"nhs_number", "NHS number", "10 digits, for example 943 476 "
	    "5919", in ? in->nhs : "", in ? in->nhs_error : NULL, "text", "off",
	    "govuk-input--width-10"});
	birth_input(r, in ? in : &(struct lookup_in){.nhs = "", .day = "", .month = "",
	    .year = ""});
	h(r, "<button type=\"submit\" class=\"govuk-button\">Look up</button></form>");
	h_page_end(r);
	return 0;
}

static const char *
nhs_error(enum nhs_result v)
{
	switch (v) {
	case NHS_EMPTY: return "Enter the child's NHS number";
	case NHS_NOT_TEN_DIGITS: return "NHS number must be 10 digits, like 943 476 5919";
	case NHS_BAD_CHECK:
		return "NHS number is not a valid NHS number: check each digit against the "
		    "child's notes and enter it again";
	default: return NULL;
	}
}

/* Which part of the date is wrong, GOV.UK style: the error links to that box. */
static void
read_birth(struct web_req *r, struct lookup_in *in)
{
	int d, m, y;
	int hd = *in->day != '\0', hm = *in->month != '\0', hy = *in->year != '\0';

	in->birth_field = !hd ? "birth-day" : !hm ? "birth-month" : "birth-year";
	if (!hd && !hm && !hy)
		in->birth_error = "Enter the child's date of birth";
	else if (!hd || !hm || !hy)
		in->birth_error = !hd ? "Date of birth must include a day" : !hm ?
		    "Date of birth must include a month" : "Date of birth must include a year";
	else if (strlen(in->year) != 4 || !str_to_int(in->year, CAL_FIRST_YEAR, CAL_LAST_YEAR,
	    &y))
		in->birth_error = "Year must include 4 numbers, for example 2019";
	else if (!str_to_int(in->day, 1, 31, &d) || !str_to_int(in->month, 1, 12, &m) ||
	    !cal_valid_ymd(y, m, d))
		in->birth_error = "Date of birth must be a real date, for example 27 3 2019";
	else if ((in->birth = cal_from_ymd(y, m, d)) > web_today(r->srv))
		in->birth_error = "Date of birth must be today or in the past";
	if (in->birth_error && hd && hm && hy)
		in->birth_field = "birth-day";
}

/* The child the number and date of birth both name, or NULL. */
static const struct m_child *
find_child(const struct web_snapshot *s, const struct lookup_in *in)
{
	size_t n;
	const uint32_t *hits = web_snapshot_find_nhs(s, in->digits, &n);

	for (size_t i = 0; hits && i < n; i++)
		if (s->a.children[hits[i]].birth == in->birth)
			return &s->a.children[hits[i]];
	return NULL;
}

/* The setting lookup.contact in force today (a text setting: the config keeps none). */
static const char *
contact(const struct web_snapshot *s)
{
	const char *v = NULL;

	for (size_t i = 0; i < s->a.n_settings; i++)
		if (strcmp(s->a.settings[i].key, "lookup.contact") == 0 &&
		    s->a.settings[i].effective_from <= s->today)
			v = s->a.settings[i].value;
	return v ? v : ts_keys(&(int){0})[TS_LOOKUP_CONTACT].dflt;
}

/* The lookups this person made in the last hour, from the audit trail. */
static int
lookups_this_hour(struct web_req *r, long *n)
{
	time_t t = (time_t)(web_now() - 3600);
	struct tm tm;
	char since[32];

	if (!gmtime_r(&t, &tm))
		return -1;
	strftime(since, sizeof since, "%Y-%m-%dT%H:%M:%S", &tm);
	return store_audit_count_since(r->st, r->user.username, LOOKUP_ACTION, since, n);
}

static int
refuse_throttled(struct web_req *r, const char *call)
{
	if (web_audit(r, "refused", NULL, 0, 0, "/lookup", "{\"why\": \"more than "
	    "30 lookups in an hour\"}") < 0)
		return -1;
	r->status = 429;
	h_page_begin(r, "You have made too many lookups", NAV_LOOKUP);
	h_heading(r, "Health lookup", "You have made too many lookups");
	h(r, "<p class=\"govuk-body\">You can make up to %d lookups in an hour. Try again later."
	    "</p><p class=\"govuk-body\">If a child may be at risk now, call %s.</p>",
	    LOOKUP_LIMIT, call);
	h_page_end(r);
	return 0;
}

/* Records a lookup that found the child, for their worker to acknowledge: its id, or -1. */
static int64_t
record_lookup(struct web_req *r, const struct m_child *c, const char *answer)
{
	struct web_form f;
	char today[11];

	cal_format(web_today(r->srv), today);
	web_form_init(&f, "health_lookups");
	web_form_set_int(&f, "child_id", c->id);
	web_form_set_text(&f, "lookup_date", today);
	web_form_set_int(&f, "user_id", r->user.id);
	web_form_set_text(&f, "answer", answer);
	return web_form_save(r, &f) > 0 ? f.row[0].i : -1;
}

static void
answer_page(struct web_req *r, const struct lookup_in *in, const char *answer,
    const char *call)
{
	const char *words = !answer ? "Not known" : strcmp(answer, "cp_plan") == 0 ?
	    "On a child protection plan" : "Looked after";

	h_page_begin(r, "Lookup result", NAV_LOOKUP);
	h_heading(r, "Health lookup", "Lookup result");
	h(r, "<div class=\"govuk-panel govuk-panel--confirmation\" id=\"answer\"><h2 class=\""
	    "govuk-panel__title\">%s</h2><div class=\"govuk-panel__body\">NHS number ending %s, "
	    "born %s</div></div>", words, in->digits + 6, h_date(r, in->birth));
	if (answer)
		h(r, "<p class=\"govuk-body\">Call %s and tell them you have seen this child. "
		    "The child's social worker has been told of your lookup.</p>", call);
	else
		h(r, "<p class=\"govuk-body\">The local authority has no child on a child "
		    "protection plan or looked after with this NHS number and date of birth. If you "
		    "are worried about a child, call %s.</p>", call);
	h(r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/lookup\">Look up another "
	    "child</a></p>");
	h_page_end(r);
}

int
page_lookup(struct web_req *r)
{
	return lookup_form(r, NULL);
}

int
page_lookup_post(struct web_req *r)
{
	struct lookup_in in = {typed(r, "nhs_number"), typed(r, "birth-day"),
	    typed(r, "birth-month"), typed(r, "birth-year"), "", CAL_NONE, NULL, NULL, NULL};
	struct web_snapshot *s;
	const struct m_child *c = NULL;
	const char *answer = NULL, *call;
	int64_t id = 0;
	long made = 0;
	int rc = 0;

	in.nhs_error = nhs_error(nhs_number_read(in.nhs, in.digits));
	read_birth(r, &in);
	if (in.nhs_error || in.birth_error)
		return lookup_form(r, &in);
	if (!(s = web_snapshot_get(r)))
		return -1;
	call = arena_strdup(&r->arena, contact(s));
	if (lookups_this_hour(r, &made) < 0)
		rc = -1;
	else if (made >= LOOKUP_LIMIT)
		rc = refuse_throttled(r, call);
	else if ((c = find_child(s, &in)) && (answer = ts_lookup_answer(&s->a, c, s->today)))
		id = record_lookup(r, c, answer);
	web_snapshot_put(s);
	if (rc < 0 || made >= LOOKUP_LIMIT || id < 0)
		return id < 0 ? -1 : rc;
	if (web_audit(r, LOOKUP_ACTION, answer ? "health_lookups" : NULL, id,
	    answer ? c->id : 0, "/lookup", arena_printf(&r->arena, "{\"nhs_number\": "
	    "\"******%s\", \"answer\": \"%s\"}", in.digits + 6, answer ? answer : "not_known")) < 0)
		return -1;
	answer_page(r, &in, answer, call ? call : "");
	return 0;
}
