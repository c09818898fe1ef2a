/*
 * fig_conf.c: the figures of the conferences themselves (docs/figures.md, "Conferences"):
 * reports before them, the plan and minutes after them, and the voices of the family.
 * Every conference held counts (initial, review and transfer-in), called-off ones do not.
 * The deadlines are the engine's, from the same settings (ts_pathway.c).
 */
#include "figures/fig_int.h"

#include <string.h>

/* What a conference adds to the numerator (0 or 1), or -1 when it is not counted. */
typedef int (*conf_fn)(const struct fig_cache *cache, const struct m_conference *f);

static void
each_conference(struct fig_job *j, conf_fn fn)
{
	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	for (size_t ci = 0; ci < j->a->n_children; ci++) {
		const struct m_child *c = &j->a->children[ci];
		for (uint32_t i = 0; i < c->conferences.count; i++) {
			const struct m_conference *f = &j->a->conferences[c->conferences.first + i];
			int num;
			size_t w;
			if (!fig_in_any(j, f->held) || !fig_conf_ok(j, c, f) ||
			    (num = fn(j->cache, f)) < 0)
				continue;
			FIG_EACH(w, fig_mask(j, f->held))
				if (fig_age_ok(j, w, c))
					fig_add(j, w, 0, num, 1, c->id);
		}
	}
}

static int
by(cal_date done, cal_date due)
{
	return done != CAL_NONE && done <= due;
}

static int
chair_report(const struct fig_cache *cache, const struct m_conference *f)
{
	return by(f->report_to_chair, fig_report_due(cache, f, TS_CHAIR_REPORT_INITIAL,
	    TS_CHAIR_REPORT_REVIEW));
}

static int
parent_report(const struct fig_cache *cache, const struct m_conference *f)
{
	return by(f->report_to_parents, fig_report_due(cache, f, TS_PARENT_REPORT_INITIAL,
	    TS_PARENT_REPORT_REVIEW));
}

static int
makes_plan(const struct m_conference *f)
{
	return strcmp(f->decision, "plan") == 0 || strcmp(f->decision, "continue_plan") == 0;
}

static int
plan_1wd(const struct fig_cache *cache, const struct m_conference *f)
{
	int n = ts_setting_int(cache->cfg, TS_PLAN_CIRCULATED, f->held);

	return makes_plan(f) ? by(f->plan_circulated, fig_after(cache, f->held, n)) : -1;
}

static int
plan_7d(const struct fig_cache *cache, const struct m_conference *f)
{
	int n = ts_setting_int(cache->cfg, TS_PLAN_CIRCULATED_LIMIT, f->held);

	return makes_plan(f) ? by(f->plan_circulated, cal_add_days(f->held, n)) : -1;
}

static int
minutes(const struct fig_cache *cache, const struct m_conference *f)
{
	int n = ts_setting_int(cache->cfg, TS_MINUTES, f->held);

	return by(f->minutes_circulated, fig_after(cache, f->held, n));
}

static int
tristate(signed char v)
{
	return v == M_UNKNOWN ? -1 : v == M_YES;
}

static int
met_chair(const struct fig_cache *cache, const struct m_conference *f)
{
	(void)cache;
	return tristate(f->parents_met_chair);
}

static int
understood(const struct fig_cache *cache, const struct m_conference *f)
{
	(void)cache;
	return tristate(f->parents_understood);
}

static int
advocate(const struct fig_cache *cache, const struct m_conference *f)
{
	(void)cache;
	return tristate(f->advocate);
}

static int
participated(const struct fig_cache *cache, const struct m_conference *f)
{
	(void)cache;
	if (!f->participation[0] || strcmp(f->participation, "too_young") == 0)
		return -1;
	return strcmp(f->participation, "did_not_take_part") != 0;
}

void
fig_chair_reports(struct fig_job *j)
{
	each_conference(j, chair_report);
}

void
fig_parent_reports(struct fig_job *j)
{
	each_conference(j, parent_report);
}

void
fig_plans_1wd(struct fig_job *j)
{
	each_conference(j, plan_1wd);
}

void
fig_plans_7d(struct fig_job *j)
{
	each_conference(j, plan_7d);
}

void
fig_minutes(struct fig_job *j)
{
	each_conference(j, minutes);
}

void
fig_met_chair(struct fig_job *j)
{
	each_conference(j, met_chair);
}

void
fig_understood(struct fig_job *j)
{
	each_conference(j, understood);
}

void
fig_participated(struct fig_job *j)
{
	each_conference(j, participated);
}

void
fig_advocacy(struct fig_job *j)
{
	each_conference(j, advocate);
}
