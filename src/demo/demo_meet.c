/*
 * demo_meet.c: conferences, who was invited and who came, core groups and visits.
 *
 * What the seeds observe is what the demo shows (Halton 2013-14, Haringey 2012-13,
 * Warrington 2011-12): no GP attends and GPs send reports for 3-11% of conferences
 * (Warrington: "varying from 3% to 11% in different three month periods"); the police
 * commit to initial conferences and come to few reviews; schools, school nurses and health
 * visitors attend well and report; the domestic abuse service rarely attends and rarely
 * sends apologies or reports; the social worker's report reaches the chair late now and
 * then; most parents meet the chair beforehand (91% in Haringey); few children have an
 * advocate; plans are circulated within a working day for most initial conferences and
 * fewer reviews (the 95% / 70% targets), minutes within 15 working days mostly; core
 * groups slip now and then and a few are not held; a visit is missed here and there.
 *
 * Siblings' conferences are held together, so everything shared (the date, the chair,
 * whether the police officer came) is drawn from a stream keyed by the episode and the
 * conference, and by the professional for their own attendance: each sibling's record
 * says the same. What is the child's own (taking part, an advocate, their school) comes
 * from the child's stream.
 */
#include "demo/demo_int.h"

#include <string.h>

#define MAX_INVITEES 14

static struct rng
shared(const struct d_world *w, const struct d_family *f, int ci, int key, uint64_t who)
{
	return rng_stream(w->o->seed ^ who * 0x9e3779b97f4a7c15ULL,
	    0x4d454554ULL + (uint64_t)f->number, (uint64_t)ci * 65536 + (uint64_t)key);
}

struct guest {
	int64_t agency, professional;
	double attend, report, apologies;
};

static int
has_factor_prefix(const char *factors, char lead)
{
	for (const char *p = factors; *p; p++)
		if ((p == factors || p[-1] == ' ') && p[0] == lead && p[1] >= 'A' && p[1] <= 'C')
			return 1;
	return 0;
}

static int
has_factor(const char *factors, const char *code)
{
	size_t n = strlen(code);

	for (const char *p = factors; (p = strstr(p, code)) != NULL; p += n)
		if ((p == factors || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return 1;
	return 0;
}

static int64_t
school_of(const struct d_world *w, const struct d_family *f, const struct d_kid *k, int age)
{
	long idx = f->number * 2 + (age >= 11) + (k->school == 3 ? 7 : 0) + f->school_shift;

	return d_pool_at(&w->school_agencies, idx);
}

static int64_t
dsl_of(const struct d_world *w, int64_t school)
{
	return w->dsls.first + (school - w->school_agencies.first);
}

/* The agencies asked to a conference for this child, with how likely each is to come. */
static int
guests(const struct d_world *w, const struct d_family *f, const struct d_case *c,
    const struct d_kid *k, int kind, cal_date on, struct guest *g)
{
	int n = 0, age = d_age(k, on), initial = kind != D_REVIEW;
	long key = f->number + (long)(c - f->cases);

	g[n++] = (struct guest){w->ag_police, d_pool_at(&w->police, key + f->police_shift),
	    initial ? 0.85 : 0.25,
	    initial ? 0.6 : 0.3, 0.5};
	g[n++] = (struct guest){w->gp_agencies.first + f->gp, w->gps.first + f->gp, 0.005, 0.07,
	    0.05};
	if (age < 5)
		g[n++] = (struct guest){w->ag_hv, w->hvs.first + f->hv, 0.9, 0.95, 0.9};
	if (age < 0)
		g[n++] = (struct guest){w->ag_midwifery, d_pool_at(&w->midwives, key), 0.85, 0.8,
		    0.8};
	if (age >= 4) {
		int64_t school = school_of(w, f, k, age);
		g[n++] = (struct guest){school, dsl_of(w, school), initial ? 0.9 : 0.85, 0.85, 0.8};
	}
	if (age >= 5)
		g[n++] = (struct guest){w->ag_sn, w->school_nurses.first + f->school_nurse, 0.6,
		    0.7, 0.7};
	if (has_factor_prefix(c->factors, '3'))
		g[n++] = (struct guest){w->ag_da, d_pool_at(&w->da_workers, key), 0.25, 0.1, 0.1};
	if (f->probation)
		g[n++] = (struct guest){w->ag_probation, d_pool_at(&w->probation, key), 0.5, 0.6,
		    0.6};
	if (f->housing)
		g[n++] = (struct guest){w->ag_housing, d_pool_at(&w->housing, key), 0.4, 0.4, 0.5};
	/* A paediatrician for babies and for physical abuse. */
	if ((age >= 0 && age < 2) || c->initial_cat == 1 || has_factor(c->factors, "18C"))
		g[n++] = (struct guest){w->ag_hospital, d_pool_at(&w->paediatricians, key),
		    initial ? 0.35 : 0.15, 0.75, 0.6};
	if (age >= 11 && (has_factor(c->factors, "4A") || has_factor(c->factors, "15A")))
		g[n++] = (struct guest){w->ag_camhs, d_pool_at(&w->camhs, key), 0.5, 0.6, 0.7};
	return n;
}

static void
invite(struct d_world *w, const struct d_family *f, const struct d_kid *k, const struct d_meet *m,
    int64_t conf, const struct guest *g)
{
	struct d_rows *rw = &w->rows;
	struct rng r = shared(w, f, m->ci, m->key, (uint64_t)g->professional);
	struct field *row = d_row(rw, T_INVITEES, NULL);
	int due = m->kind == D_REVIEW ? 5 : 1;
	cal_date invited = cal_add_working_days(m->held, -rng_range(&r, m->kind == D_REVIEW ?
	    10 : 4, m->kind == D_REVIEW ? 20 : 8));
	int attended = rng_chance(&r, g->attend);
	int reported = g->report > 0 && rng_chance(&r, g->report);
	cal_date report = CAL_NONE;

	if (invited < m->earliest)
		invited = m->earliest;
	/* Booked after the end: the invitations went out in the last few days. */
	if (m->upcoming && invited > w->end)
		invited = cal_add_working_days(d_workday_on_or_before(w->end), -rng_range(&r, 0, 2));
	if (invited < m->earliest)
		invited = m->earliest;
	attended &= !m->upcoming;
	if (reported)
		report = cal_add_working_days(m->held, rng_chance(&r, 0.8) ?
		    -rng_range(&r, due, due + 4) : -rng_range(&r, 0, due - 1));
	if (report != CAL_NONE && report < invited)
		report = invited;
	d_ref(rw, row, IN_CHILD, k->id);
	d_ref(rw, row, IN_CONFERENCE, conf);
	d_ref(rw, row, IN_AGENCY, g->agency);
	d_ref(rw, row, IN_PROFESSIONAL, g->professional);
	d_date(rw, row, IN_INVITED, invited);
	d_bool(rw, row, IN_REQUESTED, g->report > 0);
	d_date(rw, row, IN_REPORT, d_cut(w, report));
	d_bool(rw, row, IN_ATTENDED, attended);
	d_bool(rw, row, IN_APOLOGIES, !attended && rng_chance(&r, g->apologies) && !m->upcoming);
}

/* The core group as it stands on `on`: the key worker and the partners who work with the
 * child at that age; the police, the GP, the paediatrician and the advocate are invited to
 * conferences but do not sit on core groups. */
static int
members(const struct d_world *w, const struct d_family *f, const struct d_case *c,
    const struct d_kid *k, cal_date on, int64_t *out)
{
	struct guest g[MAX_INVITEES];
	int n = guests(w, f, c, k, D_ICPC, on, g), m = 0;

	out[m++] = c->cp_sw;
	for (int i = 0; i < n; i++)
		if (g[i].agency != w->ag_advocacy && g[i].agency != w->ag_police &&
		    g[i].agency != w->ag_hospital && g[i].professional != w->gps.first + f->gp)
			out[m++] = g[i].professional;
	return m;
}

static const char *
participation(struct rng *r, int age)
{
	static const struct d_weight young[] = {
		{"views_by_social_worker", 60}, {"views_in_writing", 30}, {"did_not_take_part", 10},
	};
	static const struct d_weight middle[] = {
		{"views_in_writing", 35}, {"views_by_social_worker", 30}, {"attended_part", 10},
		{"views_by_advocate", 10}, {"did_not_take_part", 15},
	};
	static const struct d_weight older[] = {
		{"attended", 20}, {"attended_part", 15}, {"views_by_advocate", 12},
		{"views_in_writing", 20}, {"views_by_social_worker", 18}, {"did_not_take_part", 15},
	};

	if (age < 5)
		return "too_young";
	if (age < 10)
		return rng_code(r, young, D_N(young));
	return age < 14 ? rng_code(r, middle, D_N(middle)) : rng_code(r, older, D_N(older));
}

/* Report dates: `due` working days before on time, otherwise later, now and then missing. */
static cal_date
report_day(struct rng *r, cal_date held, int due, double on_time)
{
	double u = rng_unit(r);

	if (u < on_time)
		return cal_add_working_days(held, -rng_range(r, due, due + 3));
	if (u < 0.98)
		return cal_add_working_days(held, -rng_range(r, 0, due > 1 ? due - 1 : 0));
	return CAL_NONE;
}

static const char *
decision(const struct d_meet *m)
{
	if (m->kind == D_REVIEW)
		return m->decision ? "end_plan" : "continue_plan";
	return m->decision ? "plan" : "no_plan";
}

static void
conference_dates(struct d_world *w, struct d_rows *rw, struct field *row, const struct d_meet *m,
    struct rng *s)
{
	int review = m->kind == D_REVIEW;

	d_date(rw, row, CF_SCHEDULED, m->held);
	if (rng_chance(s, 0.06))	/* put back from an earlier date */
		d_date(rw, row, CF_RESCHEDULED, cal_add_working_days(m->held, -rng_range(s, 3, 10)));
	d_date(rw, row, CF_HELD, m->held);
	d_date(rw, row, CF_TO_CHAIR, report_day(s, m->held, review ? 5 : 1, review ? 0.75 : 0.85));
	d_date(rw, row, CF_TO_PARENTS, report_day(s, m->held, review ? 5 : 2,
	    review ? 0.70 : 0.80));
	if (m->decision || review)
		d_date(rw, row, CF_PLAN_CIRCULATED, d_cut(w, cal_add_working_days(m->held,
		    rng_chance(s, review ? 0.72 : 0.93) ? rng_range(s, 0, 1) : rng_range(s, 2, 5))));
	d_date(rw, row, CF_MINUTES, d_cut(w, cal_add_working_days(m->held, rng_chance(s, 0.85) ?
	    rng_range(s, 5, 15) : rng_range(s, 16, 25))));
}

/* A conference booked for a day after the end: its date, its chair and the reports
 * already in; nothing that is known only once it sits (who came, the decision, the plan,
 * the minutes). */
static void
booked(struct d_world *w, struct field *row, const struct d_case *c, const struct d_meet *m,
    struct rng *s)
{
	struct d_rows *rw = &w->rows;
	int review = m->kind == D_REVIEW;

	d_date(rw, row, CF_SCHEDULED, m->held);
	if (rng_chance(s, 0.06))
		d_date(rw, row, CF_RESCHEDULED, d_cut(w, cal_add_working_days(m->held,
		    -rng_range(s, 3, 10))));
	d_date(rw, row, CF_TO_CHAIR, d_cut(w, report_day(s, m->held, review ? 5 : 1,
	    review ? 0.75 : 0.85)));
	d_date(rw, row, CF_TO_PARENTS, d_cut(w, report_day(s, m->held, review ? 5 : 2,
	    review ? 0.70 : 0.80)));
	d_ref(rw, row, CF_CHAIR, c->chair ? c->chair : d_pick(s, &w->chairs));
	if (review)
		d_ref(rw, row, CF_KEY_WORKER, c->cp_sw);
}

/* A conference held by the end, whole; what its quality form needs goes into out. */
static void
held(struct d_world *w, struct d_family *f, struct field *row, const struct d_case *c,
    int kid, const struct d_meet *m, struct rng *s, struct d_held *out)
{
	struct d_rows *rw = &w->rows;
	const struct d_kid *k = &f->kid[kid];
	struct rng own = rng_stream(w->o->seed, 0x4f574e00ULL + (uint64_t)f->number,
	    (uint64_t)m->ci * 4096 + (uint64_t)m->key * 8 + (uint64_t)kid);
	int age = d_age(k, m->held);
	const char *part = participation(&own, age);
	int advocate = age >= 10 && (strcmp(part, "views_by_advocate") == 0 ||
	    rng_chance(&own, 0.05));

	conference_dates(w, rw, row, m, s);
	out->chair = c->chair ? c->chair : d_pick(s, &w->chairs);
	out->met_chair = rng_chance(s, 0.9);
	d_ref(rw, row, CF_CHAIR, out->chair);
	d_bool(rw, row, CF_MET_CHAIR, out->met_chair);
	d_bool(rw, row, CF_UNDERSTOOD, rng_chance(s, 0.93));
	d_text(rw, row, CF_PARTICIPATION, part);
	d_bool(rw, row, CF_ADVOCATE, advocate);
	d_text(rw, row, CF_DECISION, decision(m));
	if (m->category >= 0)
		d_text(rw, row, CF_CATEGORIES, d_categories[m->category]);
	d_ref(rw, row, CF_KEY_WORKER, m->plan_id ? c->cp_sw : c->cin_sw ? c->cin_sw : c->sw);
	d_bool(rw, row, CF_DISSENT, rng_chance(s, 0.03));
	out->child = k->id;
	out->held = m->held;
	out->age = age;
	out->advocate = advocate;
	out->participation = part;
}

int64_t
d_emit_conference(struct d_world *w, struct d_family *f, const struct d_case *c, int kid,
    const struct d_meet *m)
{
	static const char *const kinds[] = {"initial", "review", "transfer_in"};
	struct d_rows *rw = &w->rows;
	const struct d_kid *k = &f->kid[kid];
	struct rng s = shared(w, f, m->ci, m->key, 0);
	int64_t id;
	struct field *row = d_row(rw, T_CONFERENCES, &id);
	struct guest g[MAX_INVITEES];
	int n, advocate = 0;
	struct d_held hd = {0};

	d_ref(rw, row, CF_CHILD, k->id);
	d_ref(rw, row, CF_REFERRAL, m->referral_id);
	d_text(rw, row, CF_KIND, kinds[m->kind]);
	d_ref(rw, row, CF_S47, m->s47_id);
	d_ref(rw, row, CF_PLAN, m->plan_id);
	if (m->kind == D_TRANSFER)
		d_text(rw, row, CF_TRANSFER_FROM, "another local authority");
	if (m->upcoming)
		booked(w, row, c, m, &s);
	else {
		held(w, f, row, c, kid, m, &s, &hd);
		advocate = hd.advocate;
	}
	n = m->upcoming && !d_invitations_out(w, m->kind, m->held) ? 0 :
	    guests(w, f, c, k, m->kind, m->held, g);
	/* The advocacy service is asked when a child takes up an advocate; few do (Halton
	 * 2013-14: "the number of children taking up the opportunity ... is low"). */
	if (advocate)
		g[n++] = (struct guest){w->ag_advocacy, d_pool_at(&w->advocates, f->number), 1.0,
		    0.0, 0.0};
	for (int i = 0; i < n; i++)
		invite(w, f, k, m, id, &g[i]);
	/* A plan's first conference names its core group (demo_meet.c members()). */
	if (m->plan_id && m->kind != D_REVIEW) {
		int64_t who[MAX_INVITEES + 1];
		int nm = members(w, f, c, k, m->held, who);
		for (int i = 0; i < nm; i++) {
			row = d_row(rw, T_CORE_MEMBERS, NULL);
			d_ref(rw, row, CM_CHILD, k->id);
			d_ref(rw, row, CM_CONFERENCE, id);
			d_ref(rw, row, CM_PROFESSIONAL, who[i]);
		}
	}
	/* The quality form and the feedback come from a stream of their own, so that adding
	 * them left every other record of the demo as it was. */
	if (!m->upcoming) {
		struct rng q = rng_stream(w->o->seed, 0x51414600ULL + (uint64_t)f->number,
		    (uint64_t)m->ci * 4096 + (uint64_t)m->key * 8 + (uint64_t)kid);
		hd.conference = id;
		d_emit_quality(w, &hd, &q);
	}
	w->conferences++;
	return id;
}

/* ---- core groups and visits ---- */

static void
core_group(struct d_world *w, struct d_family *f, const struct d_case *c, int ci, int kid,
    int64_t plan_id, cal_date scheduled, cal_date held, int number)
{
	struct d_rows *rw = &w->rows;
	const struct d_kid *k = &f->kid[kid];
	int64_t id, who[MAX_INVITEES + 1];
	struct field *row = d_row(rw, T_CORE_GROUPS, &id);
	int n;

	d_ref(rw, row, CG_CHILD, k->id);
	d_ref(rw, row, CG_PLAN, plan_id);
	d_date(rw, row, CG_SCHEDULED, scheduled);
	d_date(rw, row, CG_HELD, held);
	if (held == CAL_NONE)
		return;
	/* Attendance is recorded for the partners; the key worker holds the meeting. */
	n = members(w, f, c, k, held, who);
	for (int i = 1; i < n; i++) {
		struct rng r = shared(w, f, ci, 1000 + number, (uint64_t)who[i]);
		int attended = rng_chance(&r, 0.85);
		row = d_row(rw, T_ATTENDANCE, NULL);
		d_ref(rw, row, CA_CHILD, k->id);
		d_ref(rw, row, CA_GROUP, id);
		d_ref(rw, row, CA_PROFESSIONAL, who[i]);
		d_bool(rw, row, CA_ATTENDED, attended);
		d_bool(rw, row, CA_APOLOGIES, !attended && rng_chance(&r, 0.6));
	}
}

/*
 * First core group within 10 working days of the initial conference, then one every
 * interval (the plan's own, else six weeks) from the last; most are held on or just
 * before the day, some slip by one to three weeks, a few are not held at all. A plan
 * still open at the end (until after it) has its next meeting booked: for the day it
 * slipped to, or the next one due, unless the young person turns 18 first.
 */
void
d_emit_core_groups(struct d_world *w, struct d_family *f, const struct d_case *c, int ci,
    int kid, int64_t plan_id, cal_date until)
{
	struct rng s = shared(w, f, ci, 20, 0);
	int interval = c->cg_interval ? c->cg_interval : 42, open = until > w->end, number;
	cal_date sched = cal_add_working_days(c->plan_start, 10), gone = d_kid_exit(f, c, kid);
	double u = rng_unit(&s);
	cal_date held = u < 0.85 ? cal_add_working_days(c->plan_start, rng_range(&s, 5, 10)) :
	    u < 0.97 ? cal_add_working_days(c->plan_start, rng_range(&s, 11, 20)) : CAL_NONE;

	for (number = 0; (sched < until && sched <= w->end) ||
	    (open && held != CAL_NONE && held <= w->end); number++) {
		cal_date last = held != CAL_NONE ? held : sched;
		if (open && held != CAL_NONE && held > w->end) {
			sched = held;
			break;
		}
		if (sched > w->end)	/* brought forward: it met by the end */
			sched = held;
		if (held != CAL_NONE && (held >= until || held > w->end))
			held = CAL_NONE;
		core_group(w, f, c, ci, kid, plan_id, sched, held, number);
		sched = d_workday_on_or_before(cal_add_days(last, interval));
		u = rng_unit(&s);
		held = u < 0.88 ? cal_add_working_days(sched, -rng_range(&s, 0, 2)) :
		    u < 0.96 ? cal_add_working_days(sched, rng_range(&s, 5, 15)) : CAL_NONE;
	}
	if (open && sched > w->end && (gone == CAL_NONE || sched < gone))
		core_group(w, f, c, ci, kid, plan_id, sched, CAL_NONE, number);
}

/* A visit about every ten working days (the local default, domain.md 3.1); one in twelve
 * gaps is longer, a visit missed. An unborn child cannot be seen. */
void
d_emit_visits(struct d_world *w, struct d_family *f, const struct d_case *c, int ci, int kid,
    int64_t plan_id, cal_date until)
{
	struct d_rows *rw = &w->rows;
	const struct d_kid *k = &f->kid[kid];
	struct rng s = shared(w, f, ci, 21, 0);
	struct rng own = rng_stream(w->o->seed, 0x56495300ULL + (uint64_t)f->number,
	    (uint64_t)ci * 8 + (uint64_t)kid);
	cal_date d = cal_add_working_days(c->plan_start, rng_range(&s, 0, 5));

	for (; d < until && d <= w->end; d = cal_add_working_days(d, rng_chance(&s, 0.92) ?
	    rng_range(&s, 7, 10) : rng_range(&s, 11, 20))) {
		struct field *row = d_row(rw, T_VISITS, NULL);
		int age = d_age(k, d);
		int seen = age >= 0 && rng_chance(&own, 0.95);
		d_ref(rw, row, VI_CHILD, k->id);
		d_ref(rw, row, VI_PLAN, plan_id);
		d_date(rw, row, VI_DATE, d);
		d_ref(rw, row, VI_PROFESSIONAL, c->cp_sw);
		d_bool(rw, row, VI_SEEN, seen);
		d_bool(rw, row, VI_ALONE, seen && age >= 4 && rng_chance(&own, 0.7));
	}
}
