/*
 * fig_audits.c: the figures of the multi-agency case audits (docs/figures.md, "Multi-agency
 * case audits"; issue 11, point 4): the agencies' own grades of the cases audited and the
 * audits' multi-agency grades (the seeds' partnership found single-agency grades
 * consistently higher than the multi-agency ones, which the two side by side show), the
 * returns received, and the actions: completed, completed by their due date, overdue.
 * The actions' clocks are the engine's (ts_action).
 *
 * An audit is the partnership's record, not a child's: every figure here is a count with
 * no list of children behind it. A team, chair, category of abuse or age filter is one
 * they cannot meet, so a figure so filtered counts nothing; the agency filter is the agency
 * of a return, or the agency that owns an action (a case's multi-agency grade is no one
 * agency's, so it counts nothing for one).
 */
#include "figures/fig_int.h"

#include <string.h>

#include "base/mem.h"
#include "codes/codes.h"

static int
unmeetable(const struct fig_job *j)
{
	const struct fig_filter *f = j->f;

	return f->team_id || f->chair_id || f->categories || f->age_band != FIG_AGE_ALL;
}

static int
agency_ok(const struct fig_job *j, int64_t agency)
{
	return !unmeetable(j) && (!j->f->agency_id || j->f->agency_id == agency);
}

/* One row for each grade, each a share of the grades given in a window. */
static const struct code_list *
grade_rows(struct fig_job *j)
{
	const struct code_list *l = codes_list("audit_grade");

	fig_rows(j, (size_t)l->n);
	for (int k = 0; k < l->n; k++)
		fig_row(j, (size_t)k, l->codes[k].label, l->codes[k].code);
	return l;
}

static void
grade(struct fig_job *j, const struct code_list *l, double *total, const char *code,
    cal_date d)
{
	int k = code[0] ? codes_index(l, code) : -1;
	size_t w;

	if (k < 0)
		return;
	FIG_EACH(w, fig_mask(j, d)) {
		total[w]++;
		fig_add(j, w, (size_t)k, 1, 0, 0);
	}
}

void
fig_audit_agency_grades(struct fig_job *j)
{
	const struct code_list *l = grade_rows(j);
	double *total = xcalloc(j->n, sizeof *total);

	for (size_t i = 0; i < j->a->n_audit_returns; i++) {
		const struct m_audit_return *x = &j->a->audit_returns[i];
		if (agency_ok(j, x->agency_id))
			grade(j, l, total, x->grade, x->received);
	}
	fig_share_of(j, total);
	xfree(total);
}

void
fig_audit_multi_grades(struct fig_job *j)
{
	const struct code_list *l = grade_rows(j);
	double *total = xcalloc(j->n, sizeof *total);

	for (size_t i = 0; i < j->a->n_audit_cases; i++) {
		const struct m_audit_case *x = &j->a->audit_cases[i];
		if (agency_ok(j, 0))
			grade(j, l, total, x->grade, x->graded);
	}
	fig_share_of(j, total);
	xfree(total);
}

void
fig_audit_returns(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	for (size_t i = 0; i < j->a->n_audit_returns; i++) {
		const struct m_audit_return *x = &j->a->audit_returns[i];
		size_t w;
		if (agency_ok(j, x->agency_id))
			FIG_EACH(w, fig_mask(j, x->received))
				fig_add(j, w, 0, 1, 0, 0);
	}
}

/* Each action's clock as at the latest window's end, passing the agency filter. */
static int
clock_of(const struct fig_job *j, const struct m_action *m, struct ts_clock *k)
{
	return agency_ok(j, m->owner_agency_id) && ts_action(m, j->hi, k);
}

void
fig_actions_completed(struct fig_job *j)
{
	struct ts_clock k;

	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	for (size_t i = 0; i < j->a->n_actions; i++) {
		size_t w;
		if (clock_of(j, &j->a->actions[i], &k) && k.actual != CAL_NONE)
			FIG_EACH(w, fig_mask(j, k.actual))
				fig_add(j, w, 0, 1, 0, 0);
	}
}

/* An action counts in the window holding the day it was decided: the day it was done
 * when done by its due date, else its due date; one still due is not decided yet, and a
 * withdrawn one owes nothing. */
void
fig_actions_on_time(struct fig_job *j)
{
	struct ts_clock k;

	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	for (size_t i = 0; i < j->a->n_actions; i++) {
		cal_date d;
		size_t w;
		if (!clock_of(j, &j->a->actions[i], &k) || (k.state != TS_MET &&
		    k.state != TS_MISSED && k.state != TS_OVERDUE))
			continue;
		d = k.state == TS_MET ? k.actual : k.target;
		FIG_EACH(w, fig_mask(j, d))
			fig_add(j, w, 0, k.state == TS_MET, 1, 0);
	}
}

/* Open at the end of each window's last day and past their due date then. */
void
fig_actions_overdue(struct fig_job *j)
{
	struct ts_clock k;

	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	for (size_t i = 0; i < j->a->n_actions; i++)
		for (size_t w = 0; w < j->n; w++)
			if (clock_of(j, &j->a->actions[i], &k) &&
			    ts_action(&j->a->actions[i], j->w[w].to, &k) && k.state == TS_OVERDUE)
				fig_add(j, w, 0, 1, 0, 0);
}
