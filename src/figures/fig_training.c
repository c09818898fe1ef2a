/*
 * fig_training.c: the partnership's training (docs/figures.md, "Training"; issue 11,
 * point 5): the sessions held and the places they offered, the places booked and what
 * became of them, the attendance rate (overall, by agency, by course), the people who did
 * not attend and the fees charged, the cancellations, the attendees by quarter, and the
 * evaluations returned.
 *
 * A booking counts in the window holding its session's date, but a cancellation in the
 * window holding the day it was cancelled. Bookings name professionals, never a child, so
 * no figure here has children behind it. The agency filter is the booking's agency; team,
 * chair, category and age band do not apply to training and are ignored.
 */
#include "figures/fig_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"

static int
cmp_id(const void *k, const void *e)
{
	int64_t a = *(const int64_t *)k, b = *(const int64_t *)e;

	return (a > b) - (a < b);
}

/* The session of a booking (the store keeps them by id), or NULL. */
static const struct m_training_session *
session_of(const struct area *a, int64_t id)
{
	return a->n_training_sessions ? bsearch(&id, a->training_sessions,
	    a->n_training_sessions, sizeof *a->training_sessions, cmp_id) : NULL;
}

static int
agency_ok(const struct fig_job *j, const struct m_training_booking *b)
{
	return !j->f->agency_id || b->agency_id == j->f->agency_id;
}

static int
is(const struct m_training_booking *b, const char *status)
{
	return strcmp(b->status, status) == 0;
}

/* Where attendance is recorded: attended or not (0 or 1 in *attended), else 0. */
static int
recorded(const struct m_training_booking *b, int *attended)
{
	*attended = is(b, "attended");
	return *attended || is(b, "did_not_attend");
}

void
fig_training_sessions(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	for (size_t i = 0; i < j->a->n_training_sessions; i++) {
		size_t w;
		FIG_EACH(w, fig_mask(j, j->a->training_sessions[i].date))
			fig_add(j, w, 0, 1, 0, 0);
	}
}

void
fig_training_places(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	for (size_t i = 0; i < j->a->n_training_sessions; i++) {
		const struct m_training_session *s = &j->a->training_sessions[i];
		size_t w;
		FIG_EACH(w, fig_mask(j, s->date))
			fig_add(j, w, 0, s->places, 0, 0);
	}
}

/* Each booking passing the filters, with its session's date. */
#define EACH_BOOKING(j, b, day)                                                          \
	for (size_t i_ = 0; i_ < (j)->a->n_training_bookings; i_++)                        \
		if (((b) = &(j)->a->training_bookings[i_]), agency_ok((j), (b)) &&          \
		    ((day) = session_day((j)->a, (b))) != CAL_NONE)

static cal_date
session_day(const struct area *a, const struct m_training_booking *b)
{
	const struct m_training_session *s = session_of(a, b->session_id);

	return s ? s->date : CAL_NONE;
}

void
fig_training_bookings(struct fig_job *j)
{
	static const char *const status[] = {"booked", "attended", "did_not_attend", "cancelled"};
	static const char *const words[] = {"booked, attendance not yet recorded", "attended",
	    "did not attend", "cancelled"};
	const struct m_training_booking *b;
	cal_date day;

	fig_rows(j, 4);
	for (size_t k = 0; k < 4; k++)
		fig_row(j, k, words[k], status[k]);
	EACH_BOOKING(j, b, day) {
		size_t w;
		for (size_t k = 0; k < 4; k++)
			if (is(b, status[k]))
				FIG_EACH(w, fig_mask(j, day))
					fig_add(j, w, k, 1, 0, 0);
	}
}

void
fig_training_attendance(struct fig_job *j)
{
	const struct m_training_booking *b;
	cal_date day;
	int att;

	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	EACH_BOOKING(j, b, day) {
		size_t w;
		if (recorded(b, &att))
			FIG_EACH(w, fig_mask(j, day))
				fig_add(j, w, 0, att, 1, 0);
	}
}

static int
by_id(const void *p, const void *q)
{
	int64_t a = *(const int64_t *)p, b = *(const int64_t *)q;

	return (a > b) - (a < b);
}

/* The distinct ids of v[0..n), sorted, in place: how many. */
static size_t
distinct(int64_t *v, size_t n)
{
	size_t u = 0;

	qsort(v, n, sizeof *v, by_id);
	for (size_t k = 0; k < n; k++)
		if (!u || v[u - 1] != v[k])
			v[u++] = v[k];
	return u;
}

static size_t
row_of(const int64_t *ids, size_t n, int64_t id)
{
	const int64_t *p = n ? bsearch(&id, ids, n, sizeof *ids, cmp_id) : NULL;

	return p ? (size_t)(p - ids) : n;
}

/* Did not attend, as a share of the attendance recorded, by the booking's agency: one row
 * an agency ever booked for (key its id), so that one period's rows match another's. */
void
fig_training_dna_by_agency(struct fig_job *j)
{
	const struct area *a = j->a;
	int64_t *ids = xcalloc(a->n_training_bookings + 1, sizeof *ids);
	const struct m_training_booking *b;
	size_t n = 0;
	cal_date day;
	int att;

	for (size_t k = 0; k < a->n_training_bookings; k++)
		if (agency_ok(j, &a->training_bookings[k]))
			ids[n++] = a->training_bookings[k].agency_id;
	n = distinct(ids, n);
	fig_rows(j, n);
	for (size_t i = 0; i < n; i++) {
		char key[24];
		const struct m_agency *g = m_agency(a, ids[i]);
		snprintf(key, sizeof key, "%lld", (long long)ids[i]);
		fig_row(j, i, g && g->name ? g->name : "(no name recorded)", key);
	}
	EACH_BOOKING(j, b, day) {
		size_t w, row = row_of(ids, n, b->agency_id);
		if (row < n && recorded(b, &att))
			FIG_EACH(w, fig_mask(j, day))
				fig_add(j, w, row, !att, 1, 0);
	}
	xfree(ids);
}

/* The attendance rate by course: one row a course (key its id), in the courses' order. */
void
fig_training_by_course(struct fig_job *j)
{
	const struct area *a = j->a;
	const struct m_training_booking *b;
	size_t n = a->n_training_courses;
	cal_date day;
	int att;

	fig_rows(j, n);
	for (size_t i = 0; i < n; i++) {
		char key[24];
		snprintf(key, sizeof key, "%lld", (long long)a->training_courses[i].id);
		fig_row(j, i, a->training_courses[i].title ? a->training_courses[i].title : "", key);
	}
	EACH_BOOKING(j, b, day) {
		const struct m_training_session *s = session_of(a, b->session_id);
		const struct m_training_course *c = s && n ? bsearch(&s->course_id,
		    a->training_courses, n, sizeof *a->training_courses, cmp_id) : NULL;
		size_t w;
		if (c && recorded(b, &att))
			FIG_EACH(w, fig_mask(j, day))
				fig_add(j, w, (size_t)(c - a->training_courses), att, 1, 0);
	}
}

void
fig_training_fees(struct fig_job *j)
{
	const struct m_training_booking *b;
	cal_date day;

	fig_rows(j, 2);
	fig_row(j, 0, "fees charged", "charges");
	fig_row(j, 1, "pounds charged", "pounds");
	EACH_BOOKING(j, b, day) {
		size_t w;
		if (b->fee_applies == M_YES)
			FIG_EACH(w, fig_mask(j, is(b, "cancelled") ? b->cancelled : day)) {
				fig_add(j, w, 0, 1, 0, 0);
				fig_add(j, w, 1, b->fee_pounds, 0, 0);
			}
	}
}

void
fig_training_cancellations(struct fig_job *j)
{
	const struct m_training_booking *b;
	cal_date day;

	fig_rows(j, 2);
	fig_row(j, 0, "with notice, free", "free");
	fig_row(j, 1, "late, the fee applies", "late");
	EACH_BOOKING(j, b, day) {
		size_t w;
		if (is(b, "cancelled"))
			FIG_EACH(w, fig_mask(j, b->cancelled))
				fig_add(j, w, b->fee_applies == M_YES ? 1 : 0, 1, 0, 0);
	}
}

/* The quarter of the financial year (April to March) a day falls in: 0 to 3. */
static size_t
quarter(cal_date d)
{
	int y, m, dd;

	cal_to_ymd(d, &y, &m, &dd);
	return (size_t)(((m + 8) % 12) / 3);
}

void
fig_training_by_quarter(struct fig_job *j)
{
	static const char *const words[] = {"April to June", "July to September",
	    "October to December", "January to March"};
	static const char *const keys[] = {"Q1", "Q2", "Q3", "Q4"};
	const struct m_training_booking *b;
	cal_date day;

	fig_rows(j, 4);
	for (size_t k = 0; k < 4; k++)
		fig_row(j, k, words[k], keys[k]);
	EACH_BOOKING(j, b, day) {
		size_t w;
		if (is(b, "attended"))
			FIG_EACH(w, fig_mask(j, day))
				fig_add(j, w, quarter(day), 1, 0, 0);
	}
}

/* The evaluations returned on the period's sessions: confidence risen (both scores
 * given), and the session rated good (4 or 5 of 5). */
static void
evaluations(struct fig_job *j, int rating)
{
	const struct m_training_booking *b;
	cal_date day;

	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	EACH_BOOKING(j, b, day) {
		size_t w;
		if (rating ? !b->rating : !b->confidence_before || !b->confidence_after)
			continue;
		FIG_EACH(w, fig_mask(j, day))
			fig_add(j, w, 0, rating ? b->rating >= 4 :
			    b->confidence_after > b->confidence_before, 1, 0);
	}
}

void
fig_training_confidence(struct fig_job *j)
{
	evaluations(j, 0);
}

void
fig_training_rating(struct fig_job *j)
{
	evaluations(j, 1);
}

/* The registers of the period's sessions marked within timescale.training_register_
 * working_days, from the engine's clock training_register as of the latest window's end;
 * a register still due (its target not passed) is not counted yet. */
void
fig_training_registers(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	for (size_t i = 0; i < j->a->n_training_sessions; i++) {
		const struct m_training_session *s = &j->a->training_sessions[i];
		struct ts_clock k;
		size_t w;
		if (!ts_training_register(j->cache->cfg, j->a, s, j->hi, &k) || k.state == TS_DUE ||
		    k.state == TS_NA)
			continue;
		FIG_EACH(w, fig_mask(j, s->date))
			fig_add(j, w, 0, k.state == TS_MET, 1, 0);
	}
}
