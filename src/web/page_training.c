/*
 * page_training.c: the partnership's training (issue 11, point 5). The business unit's
 * training administrator (a senior manager) adds courses and their sessions; the area's
 * staff and the partners see the courses and the sessions to come with the places left,
 * book places for the people of their own agency (training_session.c), and see their
 * agency's bookings here. Which bookings a person sees is access.c's rule
 * (web_row_visible): a partner never sees another agency's people.
 */
#include "web/training.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/str.h"
#include "codes/codes.h"
#include "web/rform.h"
#include "web/snapshot.h"

#define LIST_MAX 500	/* the latest bookings an agency's page lists */

static const struct rf_field course_fields[] = {
	{"title", "Course title", "For example, Working Together to Safeguard Children",
	 RF_TEXT, NULL},
	{"level", "Level", NULL, RF_RADIOS, NULL},
	{"audience", "Who it is for", "For example, all practitioners working with children",
	 RF_TEXT, NULL},
	{"description", "Description", NULL, RF_TEXT, NULL},
};
static const struct rf_spec course_spec = {"training_courses", "new", "Add a course", NULL,
	NULL, course_fields, (int)(sizeof course_fields / sizeof course_fields[0])};

static const struct rf_field session_fields[] = {
	{"session_date", "Date", "For example, 27 3 2026", RF_DATE, NULL},
	{"start_time", "Start time", "On the 24-hour clock, for example 09:30", RF_TEXT, NULL},
	{"venue", "Venue", "Leave it out for a session online", RF_TEXT, NULL},
	{"online", "Is the session online?", NULL, RF_YESNO, NULL},
	{"places", "Places", "The seeds' courses take at most 20", RF_NUMBER, NULL},
};
static const struct rf_spec session_spec = {"training_sessions", "new", "Add a session", NULL,
	NULL, session_fields, (int)(sizeof session_fields / sizeof session_fields[0])};

static int
cmp_id(const void *k, const void *e)
{
	int64_t a = *(const int64_t *)k, b = *(const int64_t *)e;

	return (a > b) - (a < b);
}

const struct m_training_session *
training_session_of(const struct area *a, int64_t id)
{
	return a->n_training_sessions ? bsearch(&id, a->training_sessions,
	    a->n_training_sessions, sizeof *a->training_sessions, cmp_id) : NULL;
}

const struct m_training_course *
training_course_of(const struct area *a, int64_t id)
{
	return a->n_training_courses ? bsearch(&id, a->training_courses,
	    a->n_training_courses, sizeof *a->training_courses, cmp_id) : NULL;
}

int
training_places_left(const struct area *a, const struct m_training_session *s)
{
	int taken = 0;

	for (size_t i = 0; i < a->n_training_bookings; i++)
		taken += a->training_bookings[i].session_id == s->id &&
		    strcmp(a->training_bookings[i].status, "cancelled") != 0;
	return s->places - taken;
}

const char *
training_status_words(const char *code)
{
	const char *w = codes_label(codes_list("training_status"), code);

	return w ? w : code;
}

static void
th(struct web_req *r, const char *const *heads)
{
	h(r, "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
	for (; *heads; heads++)
		h(r, "<th scope=\"col\" class=\"govuk-table__header\">%s</th>", *heads);
	h(r, "</tr></thead><tbody class=\"govuk-table__body\">");
}

/* The sessions of a course from today on, each linked with its places left. */
static void
course_sessions(struct web_req *r, const struct area *a, const struct m_training_course *c,
    cal_date today)
{
	static const char *const heads[] = {"Date", "Start", "Where", "Places left", NULL};
	int any = 0;

	for (size_t i = 0; i < a->n_training_sessions; i++) {
		const struct m_training_session *s = &a->training_sessions[i];
		if (s->course_id != c->id || s->date < today)
			continue;
		if (!any++) {
			h(r, "<table class=\"govuk-table\"><caption class=\"govuk-table__caption "
			    "govuk-table__caption--s\">Sessions to come</caption>");
			th(r, heads);
		}
		h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"><a class=\""
		    "govuk-link\" href=\"/training/sessions/%lld\">%s</a></td><td class=\""
		    "govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s</td><td class=\""
		    "govuk-table__cell\">%d of %d</td></tr>", (long long)s->id, h_date(r, s->date),
		    s->start_time, s->online ? "Online" : s->venue ? s->venue : "", training_places_left(a,
		    s), s->places);
	}
	if (any)
		h(r, "</tbody></table>");
	else
		h(r, "<p class=\"govuk-body\">No session to come.</p>");
}

/* The sessions held whose register is still to mark: the administrator's to do. */
static void
registers_due(struct web_req *r, const struct web_snapshot *s)
{
	int n = 0;

	for (size_t i = 0; i < s->a.n_training_sessions; i++) {
		const struct m_training_session *t = &s->a.training_sessions[i];
		cal_date due = training_register_due(s, t);
		if (due == CAL_NONE)
			continue;
		if (!n++)
			h(r, "<h2 class=\"govuk-heading-m\" id=\"registers\">Registers to mark</h2>"
			    "<ul class=\"govuk-list govuk-list--bullet\">");
		h(r, "<li><a class=\"govuk-link\" href=\"/training/sessions/%lld#register\">%s, %s"
		    "</a>: %s %s</li>", (long long)t->id, h_date(r, t->date),
		    training_course_title(&s->a, t), due < s->today ? "overdue since" : "due by",
		    h_date(r, due));
	}
	if (n)
		h(r, "</ul>");
}

const char *
training_course_title(const struct area *a, const struct m_training_session *s)
{
	const struct m_training_course *c = training_course_of(a, s->course_id);

	return c && c->title ? c->title : "";
}

cal_date
training_register_due(const struct web_snapshot *s, const struct m_training_session *t)
{
	struct ts_clock k;

	if (!ts_training_register(s->cfg, &s->a, t, s->today, &k) ||
	    (k.state != TS_DUE && k.state != TS_OVERDUE))
		return CAL_NONE;
	return k.target;
}

/* The training administrator's worklist (page_work.c): the registers overdue, and those
 * due by the worklist's horizon. */
void
web_training_work(struct web_req *r, const struct web_snapshot *s, cal_date horizon)
{
	int n = 0;

	for (size_t i = 0; i < s->a.n_training_sessions; i++) {
		const struct m_training_session *t = &s->a.training_sessions[i];
		cal_date due = training_register_due(s, t);
		if (due == CAL_NONE || due > horizon)
			continue;
		if (!n++)
			h(r, "<h2 class=\"govuk-heading-m\" id=\"training-registers\">Training "
			    "registers to mark</h2><ul class=\"govuk-list govuk-list--bullet\">");
		h(r, "<li><a class=\"govuk-link\" href=\"/training/sessions/%lld#register\">%s, %s"
		    "</a>: %s %s</li>", (long long)t->id, h_date(r, t->date),
		    training_course_title(&s->a, t), due < s->today ? "overdue since" : "due by",
		    h_date(r, due));
	}
	if (n)
		h(r, "</ul>");
}

/* The courses as a select's options: id, title pairs, NULL-ended. */
static const char **
course_options(struct web_req *r, const struct area *a)
{
	const char **o = arena_alloc(&r->arena, (2 * a->n_training_courses + 3) * sizeof *o);
	size_t n = 0;

	if (!o)
		return NULL;
	o[n++] = "";
	o[n++] = "Choose the course";
	for (size_t i = 0; i < a->n_training_courses; i++) {
		o[n++] = arena_printf(&r->arena, "%lld", (long long)a->training_courses[i].id);
		o[n++] = a->training_courses[i].title ? a->training_courses[i].title : "";
	}
	o[n] = NULL;
	return o;
}

/* The administrator's two forms: a course, and a session of one. */
static void
admin_forms(struct web_req *r, const struct web_snapshot *s, const struct web_form *course,
    const struct web_form *session)
{
	struct web_form *empty = arena_alloc(&r->arena, sizeof *empty);
	const char **opts = course_options(r, &s->a);

	if (!empty)
		return;
	h(r, "<h2 class=\"govuk-heading-m\" id=\"add-session\">Add a session</h2><form method=\""
	    "post\" action=\"/training/sessions\" novalidate>");
	h_csrf(r);
	web_form_init(empty, "training_sessions");
	if (opts)
		h_select(r, "course_id", "Course", session ? web_form_error(session, "course_id") :
		    NULL, opts, session ? web_kv_get(&r->form, "course_id") : NULL);
	rf_draw(r, &session_spec, session ? session : empty, session != NULL, 0);
	h(r, "<button type=\"submit\" class=\"govuk-button\">Add the session</button></form>");
	h(r, "<h2 class=\"govuk-heading-m\" id=\"add-course\">Add a course</h2><form method=\""
	    "post\" action=\"/training/courses\" novalidate>");
	h_csrf(r);
	web_form_init(empty, "training_courses");
	rf_draw(r, &course_spec, course ? course : empty, course != NULL, 0);
	h(r, "<button type=\"submit\" class=\"govuk-button\">Add the course</button></form>");
}

static int
list_page(struct web_req *r, const struct web_form *course, const struct web_form *session)
{
	struct web_snapshot *s = web_snapshot_get(r);
	struct h_field_error e[2 * REC_MAX_ERRORS];
	int n = 0;

	if (!s)
		return -1;
	if (course)
		n += web_form_errors(r, course, e + n, REC_MAX_ERRORS);
	if (session)
		n += web_form_errors(r, session, e + n, REC_MAX_ERRORS);
	h_page_begin(r, n ? "Error: Training" : "Training", NAV_TRAINING);
	h_error_summary(r, e, n);
	h_heading(r, NULL, "Training");
	h(r, "<p class=\"govuk-body\">The partnership's multi-agency training: book a place on a "
	    "session for someone in your agency. A place not attended, or cancelled with less "
	    "than %d working days' notice, is charged &pound;%d.</p><p class=\"govuk-body\"><a "
	    "class=\"govuk-link\" href=\"/training/bookings\">Your agency's bookings</a></p>",
	    ts_setting_int(s->cfg, TS_TRAINING_NOTICE, s->today), ts_setting_int(s->cfg,
	    TS_TRAINING_FEE, s->today));
	if (r->role & R_SENIOR)
		registers_due(r, s);
	for (size_t i = 0; i < s->a.n_training_courses; i++) {
		const struct m_training_course *c = &s->a.training_courses[i];
		if (!c->active)
			continue;
		h(r, "<h2 class=\"govuk-heading-m\" id=\"course-%lld\">%s</h2>", (long long)c->id,
		    c->title ? c->title : "");
		h(r, "<p class=\"govuk-body-s\">%s</p>", codes_label(codes_list("training_level"),
		    c->level) ? codes_label(codes_list("training_level"), c->level) : c->level);
		course_sessions(r, &s->a, c, s->today);
	}
	if (r->role & R_SENIOR)
		admin_forms(r, s, course, session);
	h_page_end(r);
	web_snapshot_put(s);
	return 0;
}

int
page_training(struct web_req *r)
{
	return list_page(r, NULL, NULL);
}

int
page_training_course(struct web_req *r)
{
	struct web_form *f = arena_alloc(&r->arena, sizeof *f);

	if (!f)
		return -1;
	web_form_init(f, "training_courses");
	web_form_set_int(f, "active", 1);
	rf_read(r, &course_spec, f);
	if (web_form_save(r, f) < 0)
		return list_page(r, f, NULL);
	return web_redirect(r, arena_printf(&r->arena, "/training#course-%lld",
	    (long long)f->row[0].i));
}

int
page_training_session_add(struct web_req *r)
{
	struct web_form *f = arena_alloc(&r->arena, sizeof *f);

	if (!f)
		return -1;
	web_form_init(f, "training_sessions");
	web_form_read(r, f, (const char *const[]){"course_id", NULL});
	rf_read(r, &session_spec, f);
	if (web_form_save(r, f) < 0)
		return list_page(r, NULL, f);
	return web_redirect(r, arena_printf(&r->arena, "/training/sessions/%lld",
	    (long long)f->row[0].i));
}

/* The bookings of one agency, latest session first. */
static int
by_latest(const void *p, const void *q)
{
	const struct m_training_booking *a = *(const struct m_training_booking *const *)p;
	const struct m_training_booking *b = *(const struct m_training_booking *const *)q;

	return a->id < b->id ? 1 : a->id > b->id ? -1 : 0;
}

static void
booking_rows(struct web_req *r, const struct web_snapshot *s, int64_t agency)
{
	static const char *const heads[] = {"Person", "Session", "Status", "Fee", NULL};
	const struct area *a = &s->a;
	const struct m_training_booking **v = arena_alloc(&r->arena,
	    (a->n_training_bookings + 1) * sizeof *v);
	size_t n = 0;

	for (size_t i = 0; v && i < a->n_training_bookings; i++)
		if (a->training_bookings[i].agency_id == agency)
			v[n++] = &a->training_bookings[i];
	if (!v || !n) {
		h(r, "<p class=\"govuk-body\">No bookings.</p>");
		return;
	}
	qsort(v, n, sizeof *v, by_latest);
	h(r, "<table class=\"govuk-table\" id=\"bookings\"><caption class=\"govuk-table__caption "
	    "govuk-table__caption--m\">Bookings (%zu)</caption>", n);
	th(r, heads);
	for (size_t i = 0; i < n && i < LIST_MAX; i++) {
		const struct m_training_session *t = training_session_of(a, v[i]->session_id);
		h(r, "<tr class=\"govuk-table__row\" id=\"booking-%lld\"><td class=\""
		    "govuk-table__cell\">%s %s</td><td class=\"govuk-table__cell\">", (long long)
		    v[i]->id, v[i]->given_name ? v[i]->given_name : "", v[i]->family_name ?
		    v[i]->family_name : "");
		if (t)
			h(r, "<a class=\"govuk-link\" href=\"/training/sessions/%lld\">%s, %s</a>",
			    (long long)t->id, h_date(r, t->date), training_course_title(a, t));
		h(r, "</td><td class=\"govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">"
		    "%s</td></tr>", training_status_words(v[i]->status), v[i]->fee_applies == M_YES ?
		    arena_printf(&r->arena, "£%d", v[i]->fee_pounds) : "");
	}
	h(r, "</tbody></table>");
}

/* Staff who read every agency's bookings choose the agency (a GET form: no script). */
static void
agency_chooser(struct web_req *r, const struct area *a, int64_t agency)
{
	const char **o = arena_alloc(&r->arena, (2 * a->n_agencies + 1) * sizeof *o);
	size_t n = 0;

	if (!o)
		return;
	for (size_t i = 0; i < a->n_agencies; i++) {
		o[n++] = arena_printf(&r->arena, "%lld", (long long)a->agencies[i].id);
		o[n++] = a->agencies[i].name ? a->agencies[i].name : "";
	}
	o[n] = NULL;
	h(r, "<form method=\"get\" action=\"/training/bookings\" novalidate>");
	h_select(r, "agency_id", "Agency", NULL, o, arena_printf(&r->arena, "%lld",
	    (long long)agency));
	h(r, "<button type=\"submit\" class=\"govuk-button govuk-button--secondary\">Show its "
	    "bookings</button></form>");
}

int
page_training_bookings(struct web_req *r)
{
	struct web_snapshot *s = web_snapshot_get(r);
	const char *v = web_kv_get(&r->query, "agency_id");
	int64_t agency = r->user.agency_id, asked;
	const struct m_agency *g;

	if (!s)
		return -1;
	/* Another agency's, asked for, as far as the person sees them (access.c). */
	if (v && str_to_i64(v, &asked) && web_training_visible(r, asked))
		agency = asked;
	g = m_agency(&s->a, agency);
	h_page_begin(r, "Training bookings", NAV_TRAINING);
	h_heading(r, g && g->name ? g->name : NULL, "Training bookings");
	if (!(r->role & R_PARTNER))
		agency_chooser(r, &s->a, agency);
	booking_rows(r, s, agency);
	h_page_end(r);
	web_snapshot_put(s);
	return 0;
}
