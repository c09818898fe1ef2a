/*
 * page_encompass.c: Operation Encompass (domain.md 6). After a domestic abuse incident the
 * police attended where a child was involved, the police tell the child's school before
 * the start of the next school day, so that its designated safeguarding lead can support
 * the child that morning.
 *
 *   - A police officer (a partner of a police force) records a notification: the child
 *     (by the local child id children's services gave), the school, the police reference,
 *     when the incident was and whether the child was present; and sends it to the school
 *     at once, or later from the list of their force's notifications not yet sent (the
 *     clock encompass_sent is on their worklist until then).
 *   - A school's safeguarding lead sees their own school's notifications, and only those,
 *     and marks each read; the time it was read is kept (the clock encompass_read).
 *
 * Which notifications are the person's is access.c's rule (web_encompass_mine): a
 * notification of another force or another school is refused and audited like any record.
 * Every save goes through the record layer, as the person logged in.
 */
#include "web/pages.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/str.h"
#include "web/form.h"
#include "web/html.h"
#include "web/rform.h"
#include "web/snapshot.h"
#include "web/web_int.h"
#include "web/work.h"

#define TABLE "encompass_notifications"
#define LIST_MAX 200	/* the latest notifications a page lists */

/* The fields the record layer reads from the police's form, in the form's words. */
static const struct rf_field fields[] = {
	{"police_reference", "Police reference", "The incident or occurrence number", RF_TEXT,
	 NULL},
	{"incident_date", "Date of the incident", "For example, 27 3 2026", RF_DATE, NULL},
	{"incident_time", "Time of the incident", "On the 24-hour clock, for example 21:30",
	 RF_TEXT, NULL},
	{"child_present", "Was the child present during the incident?", NULL, RF_YESNO, NULL},
};
static const struct rf_spec spec = {TABLE, "new", "Notify a school", NULL, NULL, fields,
	(int)(sizeof fields / sizeof fields[0])};

/* The hour and minute now, HH:MM, as the clock on the wall reads. */
static void
time_now(char out[6])
{
	time_t t = (time_t)web_now();
	struct tm tm;

	if (!localtime_r(&t, &tm)) {
		str_copy(out, 6, "00:00");
		return;
	}
	snprintf(out, 6, "%02u:%02u", (unsigned)tm.tm_hour % 24u, (unsigned)tm.tm_min % 60u);
}

static int
by_latest(const void *p, const void *q)
{
	const struct m_encompass *a = *(const struct m_encompass *const *)p;
	const struct m_encompass *b = *(const struct m_encompass *const *)q;

	if (a->incident != b->incident)
		return a->incident > b->incident ? -1 : 1;
	return a->id > b->id ? -1 : a->id < b->id;
}

/* The notifications of the person's force or school, latest first: how many in *out. */
static size_t
mine(struct web_req *r, const struct area *a, const struct m_encompass ***out)
{
	const struct m_encompass **v = arena_alloc(&r->arena, (a->n_encompass + 1) * sizeof *v);
	size_t n = 0;

	for (size_t i = 0; v && i < a->n_encompass; i++)
		if (web_encompass_is_mine(r, &a->encompass[i]))
			v[n++] = &a->encompass[i];
	if (n > 1)
		qsort(v, n, sizeof *v, by_latest);
	*out = v;
	return n;
}

static const char *
agency_name(const struct area *a, int64_t id)
{
	const struct m_agency *g = m_agency(a, id);

	return g && g->name ? g->name : "Not recorded";
}

static const char *
when(struct web_req *r, cal_date d, const char *t)
{
	if (d == CAL_NONE)
		return "";
	return arena_printf(&r->arena, "%s%s%s", h_date(r, d), *t ? " at " : "", t);
}

static void
table_begin(struct web_req *r, const char *id, const char *caption, const char *who)
{
	h(r, "<table class=\"govuk-table\" id=\"%s\"><caption class=\"govuk-table__caption "
	    "govuk-table__caption--m\">%s</caption><thead class=\"govuk-table__head\"><tr class=\""
	    "govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Child</th><th "
	    "scope=\"col\" class=\"govuk-table__header\">Incident</th><th scope=\"col\" class=\""
	    "govuk-table__header\">%s</th><th scope=\"col\" class=\"govuk-table__header\">Child "
	    "present</th><th scope=\"col\" class=\"govuk-table__header\">Sent</th><th scope=\"col\""
	    " class=\"govuk-table__header\">Read</th></tr></thead><tbody class=\"govuk-table__body\">",
	    id, caption, who);
}

static void
button(struct web_req *r, const char *action, const struct m_encompass *e, const char *words)
{
	h(r, "<form method=\"post\" action=\"%s\">", action);
	h_csrf(r);
	h(r, "<input type=\"hidden\" name=\"id\" value=\"%lld\"><button type=\"submit\" class=\""
	    "govuk-button govuk-button--secondary govuk-!-margin-bottom-0\">%s<span class=\""
	    "govuk-visually-hidden\"> reference %s</span></button></form>", (long long)e->id, words,
	    e->police_reference);
}

static void
row(struct web_req *r, const struct web_snapshot *s, const struct m_encompass *e)
{
	const struct m_child *c = m_child_by_id(&s->a, e->child_id);
	int school = (r->role & R_SCHOOL) != 0;

	h(r, "<tr class=\"govuk-table__row\" id=\"encompass-%lld\"><td class=\"govuk-table__cell\">"
	    "%s<br><span class=\"govuk-body-s\">%s%s</span></td><td class=\"govuk-table__cell\">"
	    "%s<br><span class=\"govuk-body-s\">Reference %s</span></td><td class=\""
	    "govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s</td><td class=\""
	    "govuk-table__cell\">", (long long)e->id, c ? web_child_name(r, c) : "",
	    c && c->birth != CAL_NONE ? "Born " : "", c ? h_date(r, c->birth) : "",
	    when(r, e->incident, e->incident_time), e->police_reference,
	    agency_name(&s->a, school ? e->police_agency_id : e->school_id),
	    e->child_present ? "Yes" : "No");
	if (e->sent != CAL_NONE)
		h(r, "%s", when(r, e->sent, e->sent_time));
	else if (!school)
		button(r, "/encompass/sent", e, "Send now");
	h(r, "</td><td class=\"govuk-table__cell\">");
	if (e->read != CAL_NONE)
		h(r, "%s", when(r, e->read, e->read_time));
	else if (school && e->sent != CAL_NONE)
		button(r, "/encompass/read", e, "Mark as read");
	else
		h(r, "Not yet");
	h(r, "</td></tr>");
}

/* The person's notifications: those still to act on first, then the rest. */
static void
lists(struct web_req *r, const struct web_snapshot *s)
{
	const struct m_encompass **v;
	size_t n = mine(r, &s->a, &v), open = 0, shown = 0;
	int school = (r->role & R_SCHOOL) != 0;
	const char *who = school ? "Police force" : "School";

	for (size_t i = 0; i < n; i++)
		open += (school ? v[i]->read : v[i]->sent) == CAL_NONE;
	table_begin(r, "to-act", school ? arena_printf(&r->arena, "Not yet read (%zu)", open) :
	    arena_printf(&r->arena, "Not yet sent (%zu)", open), who);
	for (size_t i = 0; i < n; i++)
		if ((school ? v[i]->read : v[i]->sent) == CAL_NONE)
			row(r, s, v[i]);
	h(r, "</tbody></table>");
	table_begin(r, "done", school ? "Read" : "Sent", who);
	for (size_t i = 0; i < n && shown < LIST_MAX; i++)
		if ((school ? v[i]->read : v[i]->sent) != CAL_NONE) {
			row(r, s, v[i]);
			shown++;
		}
	h(r, "</tbody></table>");
}

/* The schools of the area, as the select's options: id, name pairs, NULL-ended. */
static const char **
schools(struct web_req *r, const struct area *a)
{
	const char **o = arena_alloc(&r->arena, (2 * a->n_agencies + 3) * sizeof *o);
	size_t n = 0;

	if (!o)
		return NULL;
	o[n++] = "";
	o[n++] = "Choose the school";
	for (size_t i = 0; i < a->n_agencies; i++)
		if (strcmp(a->agencies[i].kind, "school") == 0) {
			o[n++] = arena_printf(&r->arena, "%lld", (long long)a->agencies[i].id);
			o[n++] = a->agencies[i].name ? a->agencies[i].name : "";
		}
	o[n] = NULL;
	return o;
}

struct police_in {
	struct web_form f;
	const char *child, *child_error, *school_error;
};

static void
police_form(struct web_req *r, const struct web_snapshot *s, const struct police_in *in)
{
	const char **opts = schools(r, &s->a);
	const char *school = in ? web_kv_get(&r->form, "school_id") : NULL;
	struct web_form *empty = NULL;

	h(r, "<h2 class=\"govuk-heading-m\" id=\"notify\">Notify a school</h2><form method=\"post\""
	    " action=\"/encompass\" novalidate>");
	h_csrf(r);
	h_input(r, &(struct h_input){"child", "Child's local id", "The id children's services "
	    "gave the child, for example C000123", in ? in->child : "", in ? in->child_error : NULL,
	    "text", "off", "govuk-input--width-10"});
	if (opts)
		h_select(r, "school_id", "The child's school", in ? in->school_error : NULL, opts,
		    school);
	if (!in && (empty = arena_alloc(&r->arena, sizeof *empty)))
		web_form_init(empty, TABLE);
	if (in || empty)
		rf_draw(r, &spec, in ? &in->f : empty, in != NULL, 0);
	h(r, "<div class=\"govuk-button-group\"><button type=\"submit\" class=\"govuk-button\" "
	    "name=\"send\" value=\"now\">Record and send to the school</button><button type=\""
	    "submit\" class=\"govuk-button govuk-button--secondary\" name=\"send\" value=\"later\">"
	    "Record, send later</button></div></form>");
}

/* The page; in: the police's form sent back with its errors; problem: a button that named
 * no notification of the person's (a stale page), said in the error summary. */
static int
page(struct web_req *r, const struct police_in *in, const char *problem)
{
	struct web_snapshot *s = web_snapshot_get(r);
	struct h_field_error e[REC_MAX_ERRORS + 3];
	int n = 0, school = (r->role & R_SCHOOL) != 0;

	if (!s)
		return -1;
	if (problem)
		e[n++] = (struct h_field_error){"to-act", problem};
	if (in && in->child_error)
		e[n++] = (struct h_field_error){"child", in->child_error};
	if (in && in->school_error)
		e[n++] = (struct h_field_error){"school_id", in->school_error};
	if (in)
		n += web_form_errors(r, &in->f, e + n, REC_MAX_ERRORS);
	h_page_begin(r, n ? "Error: Operation Encompass" : "Operation Encompass", NAV_ENCOMPASS);
	h_error_summary(r, e, n);
	h_heading(r, r->user.agency_name[0] ? r->user.agency_name : NULL, "Operation Encompass");
	h(r, "<p class=\"govuk-body\">%s</p>", school ? "The police's notifications of domestic "
	    "abuse incidents your pupils were involved in. Read each before the school day starts, "
	    "and mark it read." : "Tell a child's school of a domestic abuse incident the child "
	    "was involved in, before the start of the next school day.");
	if (!school)
		police_form(r, s, in);
	lists(r, s);
	h_page_end(r);
	web_snapshot_put(s);
	return 0;
}

int
page_encompass(struct web_req *r)
{
	if (!(r->role & R_SCHOOL) && !web_encompass_police(r))
		return 0;
	return page(r, NULL, NULL);
}

/* The child the police typed the local id of: its id, or 0 with the error set. */
static int64_t
child_typed(struct web_req *r, struct police_in *in)
{
	struct web_snapshot *s = web_snapshot_get(r);
	size_t n = 0;
	const uint32_t *hit;
	int64_t id = 0;

	if (!s)
		return -1;
	hit = *in->child ? web_snapshot_find_la(s, in->child, &n) : NULL;
	if (hit && n == 1)
		id = s->a.children[hit[0]].id;
	web_snapshot_put(s);
	if (!*in->child)
		in->child_error = "Enter the child's local id";
	else if (!id)
		in->child_error = "Child's local id: no child has this id; check it with children's "
		    "services (it looks like C000123)";
	return id;
}

/* The school chosen: an agency of the kind school, or the error is set. */
static void
school_chosen(struct web_req *r, struct police_in *in)
{
	struct web_snapshot *s = web_snapshot_get(r);
	const char *v = web_kv_get(&r->form, "school_id");
	const struct m_agency *g = NULL;
	int64_t id;

	if (s && v && str_to_i64(v, &id))
		g = m_agency(&s->a, id);
	if (!g || strcmp(g->kind, "school") != 0)
		in->school_error = "Choose the child's school from the list";
	else
		web_form_set_int(&in->f, "school_id", g->id);
	web_snapshot_put(s);
}

static void
sent_now(struct web_req *r, struct web_form *f)
{
	char d[11], t[6];

	cal_format(web_today(r->srv), d);
	time_now(t);
	web_form_set_text(f, "sent_date", d);
	web_form_set_text(f, "sent_time", t);
}

int
page_encompass_record(struct web_req *r)
{
	struct police_in in = {.child = web_kv_get(&r->form, "child")};
	const char *send = web_kv_get(&r->form, "send");
	int64_t child;

	if (!web_encompass_police(r))
		return 0;
	if (!in.child)
		in.child = "";
	web_form_init(&in.f, TABLE);
	if ((child = child_typed(r, &in)) < 0)
		return -1;
	if (child)
		web_form_set_int(&in.f, "child_id", child);
	school_chosen(r, &in);
	web_form_set_int(&in.f, "police_agency_id", r->user.agency_id);
	if (send && strcmp(send, "now") == 0)
		sent_now(r, &in.f);
	rf_read(r, &spec, &in.f);
	if (in.child_error || in.school_error || web_form_save(r, &in.f) < 0) {
		return page(r, &in, NULL);
	}
	return web_redirect(r, arena_printf(&r->arena, "/encompass#encompass-%lld",
	    (long long)in.f.row[0].i));
}

/* The notification the form names, as stored, once access.c says it is the person's. */
static int
load_mine(struct web_req *r, struct web_form *f, const struct m_encompass **e,
    struct web_snapshot **s)
{
	const char *v = web_kv_get(&r->form, "id");
	int64_t id = 0;

	*e = NULL;
	if (!(*s = web_snapshot_get(r)))
		return -1;
	if (v && str_to_i64(v, &id))
		for (size_t i = 0; i < (*s)->a.n_encompass && !*e; i++)
			if ((*s)->a.encompass[i].id == id)
				*e = &(*s)->a.encompass[i];
	if (!*e) {
		web_snapshot_put(*s);
		*s = NULL;
		page(r, NULL, "No notification has this id: choose the notification again from "
		    "the list below");
		return 0;
	}
	if (!web_encompass_mine(r, *e))
		return 0;
	web_form_init(f, TABLE);
	return rf_load(r, f, id);
}

static int
mark(struct web_req *r, int reading)
{
	struct web_snapshot *s = NULL;
	const struct m_encompass *e;
	struct web_form f;
	char d[11], t[6];
	int rc = load_mine(r, &f, &e, &s), done = 0;

	if (rc == 1) {
		done = reading ? e->read != CAL_NONE : e->sent != CAL_NONE;
		cal_format(web_today(r->srv), d);
		time_now(t);
		web_form_set_text(&f, reading ? "read_date" : "sent_date", d);
		web_form_set_text(&f, reading ? "read_time" : "sent_time", t);
		if (reading && r->user.professional_id)
			web_form_set_int(&f, "read_by_id", r->user.professional_id);
	}
	web_snapshot_put(s);
	if (rc <= 0)
		return rc;
	if (!done && web_form_save(r, &f) < 0)
		return web_error(r, 400, "The notification could not be saved", f.e.n ?
		    f.e.v[0].message : "Try again."), 0;
	return web_redirect(r, arena_printf(&r->arena, "/encompass#encompass-%lld",
	    (long long)f.row[0].i));
}

int
page_encompass_sent(struct web_req *r)
{
	if (!web_encompass_police(r))
		return 0;
	return mark(r, 0);
}

int
page_encompass_read(struct web_req *r)
{
	return mark(r, 1);
}
