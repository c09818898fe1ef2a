/*
 * training_session.c: one training session (issue 11, point 5): its course, date, venue
 * and places left; the form that books a place on it for a person of one's own agency;
 * the bookings the person may see (a partner their own agency's, access.c); and, for the
 * training administrator, the register: one form marking each booking attended or did not
 * attend, saved as one change. A place not attended is charged
 * training.non_attendance_fee_pounds, the value in force on the session's day.
 */
#include "web/training.h"

#include <stdio.h>
#include <string.h>

#include "base/str.h"
#include "store/store.h"
#include "web/rform.h"
#include "web/snapshot.h"

#define TABLE "training_bookings"

static const struct rf_field book_fields[] = {
	{"given_name", "First name", NULL, RF_TEXT, NULL},
	{"family_name", "Last name", NULL, RF_TEXT, NULL},
	{"email", "Email address", "The joining instructions are sent here", RF_TEXT, NULL},
};
static const struct rf_spec book_spec = {TABLE, "new", "Book a place", NULL, NULL,
	book_fields, (int)(sizeof book_fields / sizeof book_fields[0])};

/* The agencies as a select's options (the administrator books for any). */
static const char **
agency_options(struct web_req *r, const struct area *a)
{
	const char **o = arena_alloc(&r->arena, (2 * a->n_agencies + 3) * sizeof *o);
	size_t n = 0;

	if (!o)
		return NULL;
	o[n++] = "";
	o[n++] = "Choose the agency";
	for (size_t i = 0; i < a->n_agencies; i++) {
		o[n++] = arena_printf(&r->arena, "%lld", (long long)a->agencies[i].id);
		o[n++] = a->agencies[i].name ? a->agencies[i].name : "";
	}
	o[n] = NULL;
	return o;
}

static void
book_form(struct web_req *r, const struct web_snapshot *s, const struct m_training_session *t,
    const struct web_form *f)
{
	struct web_form *empty = arena_alloc(&r->arena, sizeof *empty);
	const char **opts = (r->role & R_SENIOR) ? agency_options(r, &s->a) : NULL;

	if (!empty)
		return;
	web_form_init(empty, TABLE);
	h(r, "<h2 class=\"govuk-heading-m\" id=\"book\">Book a place</h2><form method=\"post\" "
	    "action=\"/training/sessions/%lld/book\" novalidate>", (long long)t->id);
	h_csrf(r);
	if (opts)
		h_select(r, "agency_id", "Agency", f ? web_form_error(f, "agency_id") : NULL, opts,
		    f ? web_kv_get(&r->form, "agency_id") : NULL);
	rf_draw(r, &book_spec, f ? f : empty, f != NULL, 0);
	h(r, "<button type=\"submit\" class=\"govuk-button\">Book the place</button></form>");
}

static void
radio(struct web_req *r, const struct m_training_booking *b, const char *code,
    const char *words)
{
	h(r, "<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\""
	    "att-%lld-%s\" name=\"att-%lld\" type=\"radio\" value=\"%s\"%s><label class=\""
	    "govuk-label govuk-radios__label\" for=\"att-%lld-%s\">%s</label></div>",
	    (long long)b->id, code, (long long)b->id, code, strcmp(b->status, code) == 0 ?
	    " checked" : "", (long long)b->id, code, words);
}

/* A booking still to come that the person may cancel (a partner their own agency's): the
 * button that cancels it. */
static void
cancel_button(struct web_req *r, const struct m_training_session *t,
    const struct m_training_booking *b, cal_date today)
{
	if (strcmp(b->status, "booked") != 0 || t->date < today || ((r->role & R_PARTNER) &&
	    b->agency_id != r->user.agency_id))
		return;
	h(r, "<form method=\"post\" action=\"/training/sessions/%lld/cancel\">", (long long)t->id);
	h_csrf(r);
	h(r, "<input type=\"hidden\" name=\"booking_id\" value=\"%lld\"><button type=\"submit\" "
	    "class=\"govuk-button govuk-button--warning govuk-!-margin-bottom-0\">Cancel<span "
	    "class=\"govuk-visually-hidden\"> the place of %s %s</span></button></form>",
	    (long long)b->id, b->given_name ? b->given_name : "", b->family_name ?
	    b->family_name : "");
}

/* One booking: the person, their agency, its status; on the register, the two radios. */
static void
booking_row(struct web_req *r, const struct web_snapshot *s, const struct m_training_session *t,
    const struct m_training_booking *b, int reg)
{
	const struct m_agency *g = m_agency(&s->a, b->agency_id);

	h(r, "<tr class=\"govuk-table__row\" id=\"booking-%lld\"><td class=\"govuk-table__cell\">"
	    "%s %s</td><td class=\"govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s"
	    "%s</td>", (long long)b->id, b->given_name ? b->given_name : "", b->family_name ?
	    b->family_name : "", g && g->name ? g->name : "", training_status_words(b->status),
	    b->fee_applies == M_YES ? arena_printf(&r->arena, " (fee £%d)", b->fee_pounds) : "");
	if (reg) {
		h(r, "<td class=\"govuk-table__cell\">");
		if (strcmp(b->status, "cancelled") != 0) {
			h(r, "<fieldset class=\"govuk-fieldset\"><legend class=\"govuk-fieldset__legend "
			    "govuk-visually-hidden\">Attendance of %s %s</legend><div class=\""
			    "govuk-radios govuk-radios--small govuk-radios--inline\">", b->given_name ?
			    b->given_name : "", b->family_name ? b->family_name : "");
			radio(r, b, "attended", "Attended");
			radio(r, b, "did_not_attend", "Did not attend");
			h(r, "</div></fieldset>");
		}
		h(r, "</td>");
	} else {	/* no register form around it: a form of its own may sit here */
		h(r, "<td class=\"govuk-table__cell\">");
		cancel_button(r, t, b, s->today);
		h(r, "</td>");
	}
	h(r, "</tr>");
}

/* The bookings' table, to its body: the register's, or the list with a cancel button. */
static void
table_head(struct web_req *r, int reg)
{
	h(r, "<table class=\"govuk-table\" id=\"register\"><caption class=\"govuk-table__caption "
	    "govuk-table__caption--m\">%s</caption><thead class=\"govuk-table__head\"><tr class=\""
	    "govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Person</th><th "
	    "scope=\"col\" class=\"govuk-table__header\">Agency</th><th scope=\"col\" class=\""
	    "govuk-table__header\">Status</th>", reg ? "Register" : "Bookings");
	if (reg)
		h(r, "<th scope=\"col\" class=\"govuk-table__header\">Attendance</th>");
	else
		h(r, "<th scope=\"col\" class=\"govuk-table__header\"><span class=\""
		    "govuk-visually-hidden\">Cancel</span></th>");
	h(r, "</tr></thead><tbody class=\"govuk-table__body\">");
}

static void
bookings(struct web_req *r, const struct web_snapshot *s, const struct m_training_session *t)
{
	int reg = (r->role & R_SENIOR) != 0, n = 0;

	for (size_t i = 0; i < s->a.n_training_bookings; i++) {
		const struct m_training_booking *b = &s->a.training_bookings[i];
		if (b->session_id != t->id || !web_training_visible(r, b->agency_id))
			continue;
		if (!n++) {
			if (reg) {
				h(r, "<form method=\"post\" action=\"/training/sessions/%lld/register\" "
				    "novalidate>", (long long)t->id);
				h_csrf(r);
			}
			table_head(r, reg);
		}
		booking_row(r, s, t, b, reg);
	}
	if (!n) {
		h(r, "<p class=\"govuk-body\">No bookings%s.</p>", (r->role & R_PARTNER) ?
		    " from your agency" : "");
		return;
	}
	h(r, "</tbody></table>");
	if (reg)
		h(r, "<button type=\"submit\" class=\"govuk-button\">Save the register</button>"
		    "</form>");
}

static int
session_page(struct web_req *r, const struct web_form *f, const char *problem)
{
	struct web_snapshot *s = web_snapshot_get(r);
	const struct m_training_session *t;
	struct h_field_error e[REC_MAX_ERRORS + 1];
	int n = 0;

	if (!s)
		return -1;
	if (!(t = training_session_of(&s->a, r->ids[0]))) {
		web_snapshot_put(s);
		return web_not_found(r);
	}
	if (problem)
		e[n++] = (struct h_field_error){"register", problem};
	if (f)
		n += web_form_errors(r, f, e + n, REC_MAX_ERRORS);
	h_page_begin(r, n ? "Error: Training session" : "Training session", NAV_TRAINING);
	h_error_summary(r, e, n);
	h_heading(r, "Training session", training_course_title(&s->a, t));
	h_summary_begin(r);
	h_summary_row(r, "Date", h_date(r, t->date));
	h_summary_row(r, "Start time", t->start_time);
	h_summary_row(r, "Where", t->online ? "Online" : t->venue ? t->venue : "");
	h_summary_row(r, "Places", arena_printf(&r->arena, "%d", t->places));
	h_summary_row(r, "Places left", arena_printf(&r->arena, "%d",
	    training_places_left(&s->a, t)));
	h_summary_end(r);
	if (t->date >= s->today)
		book_form(r, s, t, f);
	bookings(r, s, t);
	h_page_end(r);
	web_snapshot_put(s);
	return 0;
}

int
page_training_session(struct web_req *r)
{
	return session_page(r, NULL, NULL);
}

/* A session with no place left takes no booking: 1 full (the error set), else 0. */
static int
training_full(struct web_req *r, struct web_form *f)
{
	struct web_snapshot *s = web_snapshot_get(r);
	const struct m_training_session *t = s ? training_session_of(&s->a, r->ids[0]) : NULL;
	int full = t && training_places_left(&s->a, t) <= 0;

	if (full && f->e.n < REC_MAX_ERRORS) {
		snprintf(f->e.v[f->e.n].message, sizeof f->e.v[0].message, "the session is full: "
		    "choose another session of the course");
		f->e.v[f->e.n++].col = records_col_index(f->t, "session_id");
	}
	web_snapshot_put(s);
	return full;
}

/* A place booked: the session's, of the person's own agency (the administrator's choice
 * of any), booked today; the record layer judges the rest. */
int
page_training_book(struct web_req *r)
{
	struct web_form *f = arena_alloc(&r->arena, sizeof *f);
	char today[11];

	if (!f)
		return -1;
	web_form_init(f, TABLE);
	web_form_set_int(f, "session_id", r->ids[0]);
	if (r->role & R_SENIOR)
		web_form_read(r, f, (const char *const[]){"agency_id", NULL});
	else
		web_form_set_int(f, "agency_id", r->user.agency_id);
	cal_format(web_today(r->srv), today);
	web_form_set_text(f, "booked_date", today);
	web_form_set_text(f, "status", "booked");
	rf_read(r, &book_spec, f);
	if (!f->e.n && !web_write_linked(r, f->t, f->row, NULL))
		return 0;
	if (training_full(r, f) || web_form_save(r, f) < 0)
		return session_page(r, f, NULL);
	return web_redirect(r, arena_printf(&r->arena, "/training/sessions/%lld#booking-%lld",
	    (long long)r->ids[0], (long long)f->row[0].i));
}

/* One booking marked on the register, written inside the caller's transaction: its status,
 * and the fee where it was not attended. 1 written, 0 unchanged, -1 refused (errors in f). */
static int
mark(struct web_req *r, struct web_form *f, const struct m_training_booking *b,
    const char *status, int fee)
{
	struct rec_actor who = web_actor(r);
	int fa, fp;

	web_form_init(f, TABLE);
	if (rf_load(r, f, b->id) != 1)
		return -1;
	fa = records_col_index(f->t, "fee_applies");
	fp = records_col_index(f->t, "fee_pounds");
	web_form_set_text(f, "status", status);
	if (strcmp(status, "did_not_attend") == 0) {
		web_form_set_int(f, "fee_applies", fee > 0);
		if (fee > 0)
			web_form_set_int(f, "fee_pounds", fee);
		else
			f->row[fp].present = 0;
	} else {
		f->row[fa].present = 0;
		f->row[fp].present = 0;
	}
	return rec_write(r->st, &who, f->t, f->row, &f->e);
}

/* The register is complete once no place standing is only booked: the session's
 * register_date is then today, which meets the clock training_register. */
static int
completed(struct web_req *r, const struct m_training_session *t, struct web_form *f)
{
	struct rec_actor who = web_actor(r);
	char today[11];

	if (t->register_date != CAL_NONE)
		return 0;
	web_form_init(f, "training_sessions");
	if (rf_load(r, f, t->id) != 1)
		return -1;
	cal_format(web_today(r->srv), today);
	web_form_set_text(f, "register_date", today);
	return rec_write(r->st, &who, f->t, f->row, &f->e);
}

/* The mark sent for a booking of the session: attended, did_not_attend, NULL for none,
 * or "" for a mark that is neither. */
static const char *
mark_of(struct web_req *r, const struct m_training_booking *b)
{
	const char *v = web_kv_get(&r->form, arena_printf(&r->arena, "att-%lld",
	    (long long)b->id));

	if (!v || strcmp(v, "attended") == 0 || strcmp(v, "did_not_attend") == 0)
		return v;
	return "";
}

/* The register sent: each booking of the session given a mark, saved as one change. */
static int
register_all(struct web_req *r, const struct web_snapshot *s, const struct m_training_session *t,
    struct web_form *f)
{
	int fee = ts_setting_int(s->cfg, TS_TRAINING_FEE, t->date), rc = 0, open = 0;

	if (store_begin(r->st) < 0)
		return -1;
	for (size_t i = 0; i < s->a.n_training_bookings && rc >= 0; i++) {
		const struct m_training_booking *b = &s->a.training_bookings[i];
		const char *v = b->session_id == t->id ? mark_of(r, b) : NULL;
		if (b->session_id != t->id || strcmp(b->status, "cancelled") == 0)
			continue;
		if (v && !*v)
			return store_rollback(r->st), 0;
		open += !v && strcmp(b->status, "booked") == 0;
		if (v && strcmp(b->status, v) != 0)
			rc = mark(r, f, b, v, fee);
	}
	if (rc >= 0 && !open)
		rc = completed(r, t, f);
	if (rc < 0)
		return store_rollback(r->st), 0;
	if (store_commit(r->st) < 0)
		return store_rollback(r->st), -1;
	web_snapshot_fresh(r);
	return 1;
}

int
page_training_register(struct web_req *r)
{
	struct web_snapshot *s = web_snapshot_get(r);
	const struct m_training_session *t = s ? training_session_of(&s->a, r->ids[0]) : NULL;
	struct web_form *f = arena_alloc(&r->arena, sizeof *f);
	int rc;

	if (!s || !f) {
		web_snapshot_put(s);
		return -1;
	}
	if (!t) {
		web_snapshot_put(s);
		return web_not_found(r);
	}
	if (t->date > s->today) {
		web_snapshot_put(s);
		return session_page(r, NULL, "Register: the session has not been held yet; mark "
		    "the register on the day or after it");
	}
	rc = register_all(r, s, t, f);
	web_snapshot_put(s);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return session_page(r, NULL, f->e.n ? arena_printf(&r->arena, "Register: %s",
		    f->e.v[0].message) : "Register: mark each person attended or did not attend");
	return web_redirect(r, arena_printf(&r->arena, "/training/sessions/%lld#register",
	    (long long)t->id));
}

/*
 * A booking cancelled from the session's page by whoever may write it (access.c): the
 * cancellation is dated today, and the fee applies when fewer than
 * timescale.training_free_cancellation_working_days working days are left before the
 * session (the values in force on the session's day).
 */
int
page_training_cancel(struct web_req *r)
{
	struct web_snapshot *s = web_snapshot_get(r);
	const struct m_training_session *t = NULL;
	struct web_form *f = arena_alloc(&r->arena, sizeof *f);
	const char *v = web_kv_get(&r->form, "booking_id");
	int64_t id = 0;
	char today[11];
	int fee = 0, rc;

	if (!s || !f)
		return web_snapshot_put(s), -1;
	for (size_t i = 0; v && str_to_i64(v, &id) && i < s->a.n_training_bookings && !t; i++)
		if (s->a.training_bookings[i].id == id &&
		    s->a.training_bookings[i].session_id == r->ids[0] &&
		    strcmp(s->a.training_bookings[i].status, "booked") == 0)
			t = training_session_of(&s->a, r->ids[0]);
	if (t && cal_working_days_between(web_today(r->srv), t->date) <
	    ts_setting_int(s->cfg, TS_TRAINING_NOTICE, t->date))
		fee = ts_setting_int(s->cfg, TS_TRAINING_FEE, t->date);
	web_snapshot_put(s);
	if (!t)
		return session_page(r, NULL, "Cancel: no booking of this session still booked has "
		    "this id; choose the booking again from the list");
	web_form_init(f, TABLE);
	if ((rc = rf_load(r, f, id)) != 1)
		return rc < 0 ? -1 : web_not_found(r);
	cal_format(web_today(r->srv), today);
	web_form_set_text(f, "status", "cancelled");
	web_form_set_text(f, "cancelled_date", today);
	if (!web_training_write(r, f->t, f->row, NULL))
		return 0;
	web_form_set_int(f, "fee_applies", fee > 0);
	if (fee > 0)
		web_form_set_int(f, "fee_pounds", fee);
	if (web_form_save(r, f) < 0)
		return session_page(r, f, NULL);
	return web_redirect(r, arena_printf(&r->arena, "/training/sessions/%lld#booking-%lld",
	    (long long)r->ids[0], (long long)id));
}
