/*
 * fig_escalation.c: the figures of escalations (docs/figures.md, "Escalations"): how many
 * professional disagreements were raised, of which categories, how far up they went, how
 * they ended, how long they took and whether each stage was answered in time. Seed 001
 * asks for exactly these: escalations "systematically collated, outcomes recorded with
 * times taken to resolve".
 *
 * Filters: team and agency are those the escalation is about (an agency also matches the
 * agency of the person who raised it), chair is the person who raised it, and the age band
 * the child's; category of abuse does not apply.
 */
#include "figures/fig_int.h"

#include <string.h>

#include "base/mem.h"
#include "codes/codes.h"

static int
passes(const struct fig_job *j, const struct m_escalation *e)
{
	const struct fig_filter *f = j->f;

	return (!f->team_id || e->about_team_id == f->team_id) &&
	    (!f->chair_id || e->raised_by_id == f->chair_id) &&
	    (!f->agency_id || e->about_agency_id == f->agency_id ||
	    e->raised_by_agency_id == f->agency_id);
}

/* Calls fn for each escalation that passes the filters, with the child. */
typedef void (*esc_fn)(struct fig_job *j, const struct m_child *c, const struct m_escalation *e,
    double *total);

static void
each(struct fig_job *j, esc_fn fn, double *total)
{
	const struct m_child *c;

	FIG_OWNERS(c, j->a, escalations, escalations) {
		for (uint32_t i = 0; i < c->escalations.count; i++) {
			const struct m_escalation *e = &j->a->escalations[c->escalations.first + i];
			if (passes(j, e))
				fn(j, c, e, total);
		}
	}
}

static void
code_rows(struct fig_job *j, const char *list)
{
	const struct code_list *l = codes_list(list);

	fig_rows(j, (size_t)l->n);
	for (int i = 0; i < l->n; i++)
		fig_row(j, (size_t)i, l->codes[i].label, l->codes[i].code);
}

static void
raised(struct fig_job *j, const struct m_child *c, const struct m_escalation *e, double *total)
{
	size_t w;

	(void)total;
	FIG_EACH(w, fig_mask(j, e->raised))
		if (fig_age_ok(j, w, c))
			fig_add(j, w, 0, 1, 0, c->id);
}

void
fig_esc_raised(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	each(j, raised, NULL);
}

static void
by_category(struct fig_job *j, const struct m_child *c, const struct m_escalation *e,
    double *total)
{
	int row = codes_index(codes_list("escalation_category"), e->category);
	size_t w;

	FIG_EACH(w, fig_mask(j, e->raised))
		if (fig_age_ok(j, w, c)) {
			total[w]++;
			if (row >= 0)
				fig_add(j, w, (size_t)row, 1, 0, c->id);
		}
}

static void
shares(struct fig_job *j, esc_fn fn)
{
	double *total = xcalloc(j->n, sizeof *total);

	each(j, fn, total);
	fig_share_of(j, total);
	xfree(total);
}

void
fig_esc_category(struct fig_job *j)
{
	code_rows(j, "escalation_category");
	shares(j, by_category);
}

/* The highest stage of e opened by day d (1 when none is recorded: raising is stage 1). */
static int
stage_reached(const struct area *a, const struct m_child *c, const struct m_escalation *e,
    cal_date d)
{
	int top = 1;

	for (uint32_t i = 0; i < c->escalation_stages.count; i++) {
		const struct m_escalation_stage *s = &a->escalation_stages[c->escalation_stages.first + i];
		if (s->escalation_id == e->id && s->opened != CAL_NONE && s->opened <= d &&
		    s->stage > top)
			top = s->stage;
	}
	return top > 4 ? 4 : top;
}

static void
by_stage(struct fig_job *j, const struct m_child *c, const struct m_escalation *e,
    double *total)
{
	size_t w;

	FIG_EACH(w, fig_mask(j, e->raised))
		if (fig_age_ok(j, w, c)) {
			total[w]++;
			fig_add(j, w, (size_t)(stage_reached(j->a, c, e, j->w[w].to) - 1), 1, 0,
			    c->id);
		}
}

void
fig_esc_stage(struct fig_job *j)
{
	static const char *const labels[] = {"stage 1", "stage 2", "stage 3", "stage 4"};
	static const char *const keys[] = {"1", "2", "3", "4"};

	fig_rows(j, 4);
	for (size_t i = 0; i < 4; i++)
		fig_row(j, i, labels[i], keys[i]);
	shares(j, by_stage);
}

static void
by_outcome(struct fig_job *j, const struct m_child *c, const struct m_escalation *e,
    double *total)
{
	int row = codes_index(codes_list("escalation_outcome"), e->outcome);
	size_t w;

	FIG_EACH(w, fig_mask(j, e->resolved))
		if (fig_age_ok(j, w, c)) {
			total[w]++;
			if (row >= 0)
				fig_add(j, w, (size_t)row, 1, 0, c->id);
		}
}

void
fig_esc_outcome(struct fig_job *j)
{
	code_rows(j, "escalation_outcome");
	shares(j, by_outcome);
}

static void
to_resolve(struct fig_job *j, const struct m_child *c, const struct m_escalation *e,
    double *total)
{
	size_t w;

	(void)total;
	if (e->raised == CAL_NONE || e->resolved == CAL_NONE || e->resolved < e->raised)
		return;
	FIG_EACH(w, fig_mask(j, e->resolved))
		if (fig_age_ok(j, w, c))
			fig_add(j, w, 0, cal_working_days_between(e->raised, e->resolved), 1, c->id);
}

void
fig_esc_days(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	each(j, to_resolve, NULL);
}

/* When stage s's duty ended unanswered: the escalation resolved or a later stage opened. */
static cal_date
lapsed(const struct area *a, const struct m_child *c, const struct m_escalation *e,
    const struct m_escalation_stage *s)
{
	cal_date stop = e->resolved;

	for (uint32_t i = 0; i < c->escalation_stages.count; i++) {
		const struct m_escalation_stage *t = &a->escalation_stages[c->escalation_stages.first + i];
		if (t->escalation_id == e->id && t->stage > s->stage && t->opened != CAL_NONE &&
		    (stop == CAL_NONE || t->opened < stop))
			stop = t->opened;
	}
	return stop;
}

static void
stages_on_time(struct fig_job *j, const struct m_child *c, const struct m_escalation *e,
    double *total)
{
	(void)total;
	for (uint32_t i = 0; i < c->escalation_stages.count; i++) {
		const struct m_escalation_stage *s = &j->a->escalation_stages[c->escalation_stages.first + i];
		cal_date target, stop;
		size_t w;
		int met;
		if (s->escalation_id != e->id || s->opened == CAL_NONE)
			continue;
		target = fig_after(j->cache, s->opened,
		    ts_setting_int(j->cache->cfg, TS_ESCALATION_STAGE, s->opened));
		stop = lapsed(j->a, c, e, s);
		met = s->response != CAL_NONE && s->response <= target;
		if (!met && s->response == CAL_NONE && stop != CAL_NONE && stop <= target)
			continue;	/* resolved, or taken higher, before an answer was due */
		FIG_EACH(w, fig_mask(j, target))
			if (fig_age_ok(j, w, c))
				fig_add(j, w, 0, met, 1, c->id);
	}
}

void
fig_esc_on_time(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	each(j, stages_on_time, NULL);
}
