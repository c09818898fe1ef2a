/*
 * demo_encompass.c: the demo's Operation Encompass notifications (domain.md 6), and the
 * school terms their deadline counts by.
 *
 * The seeds give no count of notifications. They are made here in proportion to the
 * domestic abuse incidents involving children that the demo's own records show: each
 * assessment recording domestic abuse (factors 3A, 3B or 3C) of a child of school age
 * (4 to 17) follows a police-attended incident a few days before the referral, notified to
 * the child's school, and two in five such children have a second incident within a few
 * months. Real notifications are many more (most incidents never reach an assessment), so
 * the demo's count is a floor, not an estimate: docs/figures.md says so.
 *
 * Times follow the work: incidents mostly in the evening and at night; five in six
 * notifications sent before the school day starts, the rest during the morning; four in
 * five read by the school's lead before the day starts, most of the rest during it. On the
 * demo's last morning the notifications not yet due are still to send (the police's
 * worklist) and those due that morning are sent but not yet read (the school's).
 *
 * The terms are the English pattern: the holidays of each school year, from 1 August,
 * as the setting timescale.school_holidays. Records are written through the record layer
 * without audit entries of their own, as demo_lookup.c's are.
 */
#include "demo/demo.h"

#include <stdio.h>
#include <string.h>

#include "demo/demo_int.h"
#include "records/rec.h"
#include "store/store.h"
#include "timescales/ts.h"

struct enc {
	struct store *st;
	const struct rec_actor *who;
	const struct area *a;
	struct ts_config *cfg;
	cal_date end;
	int64_t police;
	struct rng r;
	struct rec_errors e;
	long made;
	int unsent;	/* the next notification is not sent yet */
};

static void
day(char out[11], cal_date d)
{
	cal_format(d, out);
}

/* The Monday of the week holding d. */
static cal_date
monday(cal_date d)
{
	return cal_add_days(d, 1 - cal_weekday(d));
}

/* The holidays of the school year that starts in September of year y. */
static void
holidays(int y, char *out, size_t size)
{
	cal_date half[3] = {monday(cal_from_ymd(y, 10, 27)), monday(cal_from_ymd(y + 1, 2, 16)),
	    monday(cal_from_ymd(y + 1, 5, 31))};
	cal_date easter = cal_easter_sunday(y + 1);
	char a[11], b[11], c[11], d[11], e[11], f[11], g[11], h[11];

	day(a, half[0]);
	day(b, cal_add_days(half[0], 4));
	day(c, half[1]);
	day(d, cal_add_days(half[1], 4));
	day(e, cal_add_days(easter, -6));
	day(f, cal_add_days(easter, 5));
	day(g, half[2]);
	day(h, cal_add_days(half[2], 4));
	snprintf(out, size, "%d-08-01..%d-09-02 %s..%s %d-12-20..%d-01-02 %s..%s %s..%s %s..%s "
	    "%d-07-22..%d-07-31", y, y, a, b, y, y + 1, c, d, e, f, g, h, y + 1, y + 1);
}

static int
terms(struct enc *x, cal_date from)
{
	const struct table *t = records_table("settings");
	struct field row[8];
	char value[200], on[11];

	for (int y = cal_year(from) - 1; cal_from_ymd(y, 8, 1) <= x->end; y++) {
		holidays(y, value, sizeof value);
		snprintf(on, sizeof on, "%d-08-01", y);
		memset(row, 0, sizeof row);
		row[records_col_index(t, "key")] = (struct field){1, 0, "timescale.school_holidays"};
		row[records_col_index(t, "value")] = (struct field){1, 0, value};
		row[records_col_index(t, "effective_from")] = (struct field){1, 0, on};
		rec_errors_clear(&x->e);
		if (rec_write_as(x->st, x->who, t, row, NULL, REC_NO_CREATE_ENTRY, &x->e) < 0)
			return -1;
	}
	return 0;
}

/* The child's school at age: a primary school before 11, else a secondary one, the same
 * for the child each time (the schools' names say which). */
static int64_t
school_of(const struct area *a, const struct m_child *c, int age)
{
	int64_t ids[64];
	int n = 0;

	for (size_t i = 0; i < a->n_agencies && n < 64; i++) {
		const struct m_agency *g = &a->agencies[i];
		int primary = g->name && strstr(g->name, "Primary") != NULL;
		if (strcmp(g->kind, "school") == 0 && primary == (age < 11))
			ids[n++] = g->id;
	}
	return n ? ids[(uint64_t)c->id * 2654435761u % (uint64_t)n] : 0;
}

static void
hhmm(char out[6], int minutes)
{
	minutes = minutes < 0 ? 0 : minutes > 1439 ? 1439 : minutes;
	snprintf(out, 6, "%02u:%02u", (unsigned)minutes / 60u % 24u, (unsigned)minutes % 60u);
}

/* Evening and night mostly: the hours police attend domestic abuse incidents. */
static int
incident_minutes(struct rng *r)
{
	int p = rng_range(r, 0, 99);

	if (p < 70)
		return rng_range(r, 17 * 60, 23 * 60 + 59);
	if (p < 90)
		return rng_range(r, 0, 6 * 60 + 59);
	return rng_range(r, 7 * 60, 16 * 60 + 59);
}

struct when {
	cal_date d;
	int m;		/* minutes; -1 none */
};

/* When it was sent and read, given the incident and the deadline (due, start). */
static void
sending(struct enc *x, struct when inc, cal_date due, int start, struct when *sent,
    struct when *read)
{
	int late = rng_chance(&x->r, 1.0 / 6);
	int lo = inc.d == due ? inc.m + 20 : 6 * 60;

	*sent = (struct when){due, late || lo >= start - 10 ? rng_range(&x->r, start + 10,
	    start + 240) : rng_range(&x->r, lo, start - 10)};
	if (due > x->end || x->unsent) {
		*sent = *read = (struct when){CAL_NONE, -1};
		return;
	}
	if (due == x->end || rng_chance(&x->r, 0.03)) {
		*read = (struct when){CAL_NONE, -1};
		return;
	}
	if (sent->m < start && rng_chance(&x->r, 0.8))
		*read = (struct when){due, rng_range(&x->r, sent->m + 1 > start - 60 ? sent->m + 1 :
		    start - 60, start - 1)};
	else
		*read = (struct when){due, rng_range(&x->r, (sent->m > start ? sent->m : start) + 5,
		    (sent->m > start ? sent->m : start) + 300)};
}

static int
note(struct enc *x, const struct m_child *c, cal_date on, int64_t reader)
{
	const struct table *t = records_table("encompass_notifications");
	struct when inc = {on, incident_minutes(&x->r)}, sent, read;
	char d[3][11], m[3][6], ref[40];
	struct field row[16];
	cal_date due;
	int64_t school = school_of(x->a, c, cal_years_between(c->birth, on));
	int start = ts_next_school_start(x->cfg, inc.d, inc.m, &due);

	if (!school || inc.d > x->end || (inc.d == x->end && inc.m > 7 * 60))
		return 0;
	sending(x, inc, due, start, &sent, &read);
	memset(row, 0, sizeof row);
#define COL(name) row[records_col_index(t, name)]
	COL("child_id") = (struct field){1, c->id, NULL};
	COL("school_id") = (struct field){1, school, NULL};
	COL("police_agency_id") = (struct field){1, x->police, NULL};
	snprintf(ref, sizeof ref, "DA/%d/%06ld", cal_year(on), 100000 + x->made * 37 % 900000);
	COL("police_reference") = (struct field){1, 0, ref};
	day(d[0], inc.d);
	hhmm(m[0], inc.m);
	COL("incident_date") = (struct field){1, 0, d[0]};
	COL("incident_time") = (struct field){1, 0, m[0]};
	COL("child_present") = (struct field){1, rng_chance(&x->r, 0.6), NULL};
	if (sent.d != CAL_NONE) {
		day(d[1], sent.d);
		hhmm(m[1], sent.m);
		COL("sent_date") = (struct field){1, 0, d[1]};
		COL("sent_time") = (struct field){1, 0, m[1]};
	}
	if (read.d != CAL_NONE) {
		day(d[2], read.d);
		hhmm(m[2], read.m);
		COL("read_date") = (struct field){1, 0, d[2]};
		COL("read_time") = (struct field){1, 0, m[2]};
		if (reader)
			COL("read_by_id") = (struct field){1, reader, NULL};
	}
#undef COL
	rec_errors_clear(&x->e);
	x->made++;
	return rec_write_as(x->st, x->who, t, row, NULL, REC_NO_CREATE_ENTRY, &x->e) < 0 ? -1 : 0;
}

/* The designated safeguarding lead of a school, who reads its notifications. */
static int64_t
lead_of(const struct area *a, int64_t school)
{
	for (size_t i = 0; i < a->n_professionals; i++)
		if (a->professionals[i].agency_id == school &&
		    strcmp(a->professionals[i].role, "designated_safeguarding_lead") == 0)
			return a->professionals[i].id;
	return 0;
}

/* An assessment's incidents: a few days before the referral, and perhaps a second. */
static int
incidents(struct enc *x, const struct m_child *c, const struct m_assessment *s)
{
	const struct m_referral *ref = m_find_referral(x->a, c, s->referral_id);
	cal_date on, again;
	int age;

	if (!ref || ref->received == CAL_NONE || c->birth == CAL_NONE)
		return 0;
	on = cal_add_days(ref->received, -rng_range(&x->r, 0, 3));
	age = cal_years_between(c->birth, on);
	if (age < 4 || age > 17 || (c->death != CAL_NONE && c->death <= on))
		return 0;
	if (note(x, c, on, lead_of(x->a, school_of(x->a, c, age))) < 0)
		return -1;
	again = cal_add_days(on, rng_range(&x->r, 14, 150));
	if (rng_chance(&x->r, 0.4) && again <= x->end)
		return note(x, c, again, lead_of(x->a, school_of(x->a, c, age)));
	return 0;
}

static int
domestic_abuse(const struct m_assessment *s)
{
	return m_has_code(s->factors, "3A") || m_has_code(s->factors, "3B") ||
	    m_has_code(s->factors, "3C");
}

/* For the first morning: last night's incident of a pupil of the first school (whose
 * lead is the demo's school_lead login), sent and not yet read; and one of another child
 * the police have still to send. */
static int
last_night(struct enc *x)
{
	int64_t first = 0;
	int made = 0;

	for (size_t i = 0; i < x->a->n_agencies; i++)
		if (strcmp(x->a->agencies[i].kind, "school") == 0 &&
		    (!first || x->a->agencies[i].id < first))
			first = x->a->agencies[i].id;
	for (size_t i = x->a->n_children; i-- > 0 && made < 2;) {
		const struct m_child *c = &x->a->children[i];
		int age = c->birth != CAL_NONE ? cal_years_between(c->birth, x->end) : 0;
		if (age < 5 || age > 15 || c->death != CAL_NONE ||
		    (made == 0 && (age >= 11 || school_of(x->a, c, age) != first)))
			continue;
		x->unsent = made == 1;
		if (note(x, c, cal_add_days(x->end, -1), 0) < 0)
			return -1;
		made++;
	}
	x->unsent = 0;
	return 0;
}

static int
make(struct enc *x, cal_date from)
{
	for (size_t i = 0; i < x->a->n_assessments; i++) {
		const struct m_assessment *s = &x->a->assessments[i];
		const struct m_child *c = m_child_by_id(x->a, s->child_id);
		if (!c || s->start == CAL_NONE || s->start < from || !domestic_abuse(s))
			continue;
		if (incidents(x, c, s) < 0)
			return -1;
	}
	return last_night(x);
}

int
demo_school_terms(struct store *st, cal_date end, const struct rec_actor *who, char *err,
    size_t errsize)
{
	struct enc x = {st, who, NULL, NULL, end, 0, rng_stream(end, 0xE7C0, 11), {0}, 0, 0};

	if (store_begin(st) < 0 || terms(&x, cal_add_months(end, -24)) < 0 ||
	    store_commit(st) < 0) {
		snprintf(err, errsize, "cannot write the demo's school terms: %s",
		    x.e.n ? x.e.v[0].message : store_error(st));
		store_rollback(st);
		return -1;
	}
	return 0;
}

int
demo_encompass(struct store *st, const struct area *a, cal_date end,
    const struct rec_actor *who, char *err, size_t errsize)
{
	struct enc x = {st, who, a, NULL, end, 0, rng_stream(end, 0xE7C0, 11), {0}, 0, 0};
	cal_date from = cal_add_months(end, -24);
	int rc;

	if (store_begin(st) < 0) {
		snprintf(err, errsize, "cannot make the demo's Operation Encompass notifications: %s",
		    store_error(st));
		return -1;
	}
	for (size_t i = 0; i < a->n_agencies && !x.police; i++)
		if (strcmp(a->agencies[i].kind, "police") == 0)
			x.police = a->agencies[i].id;
	x.cfg = ts_config_new(a);
	rc = x.police ? make(&x, from) : 0;
	if (rc < 0 || store_commit(st) < 0) {
		snprintf(err, errsize, "cannot make the demo's Operation Encompass notifications: %s",
		    x.e.n ? x.e.v[0].message : store_error(st));
		store_rollback(st);
		rc = -1;
	}
	ts_config_free(x.cfg);
	return rc;
}
