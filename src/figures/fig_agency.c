/*
 * fig_agency.c: each agency's part in conferences (docs/figures.md, "Multi-agency
 * participation"): invitations, attendance, reports submitted and reports on time. A row
 * per agency that was ever invited (or the one agency filtered for), so that the rows of
 * one period match another's.
 */
#include "figures/fig_int.h"

#include <stdio.h>
#include <stdlib.h>

#include "base/mem.h"

struct agency_rows {
	int64_t *ids;	/* sorted: row i is ids[i] */
	size_t n;
};

static int
by_id(const void *p, const void *q)
{
	int64_t x = *(const int64_t *)p, y = *(const int64_t *)q;

	return x < y ? -1 : x > y;
}

static void
agency_rows(struct fig_job *j, struct agency_rows *ar)
{
	char *seen = NULL;

	ar->ids = xcalloc(j->a->n_agencies + 1, sizeof *ar->ids);
	ar->n = 0;
	seen = xcalloc(j->a->n_agencies + 1, 1);
	for (size_t i = 0; i < j->a->n_invitees; i++) {
		int64_t id = j->a->invitees[i].agency_id;
		const struct m_agency *g;
		if (!id || (j->f->agency_id && id != j->f->agency_id) || !(g = m_agency(j->a, id)))
			continue;
		if (!seen[g - j->a->agencies]) {
			seen[g - j->a->agencies] = 1;
			ar->ids[ar->n++] = id;
		}
	}
	xfree(seen);
	qsort(ar->ids, ar->n, sizeof *ar->ids, by_id);
	fig_rows(j, ar->n);
	for (size_t i = 0; i < ar->n; i++) {
		char key[24];
		snprintf(key, sizeof key, "%lld", (long long)ar->ids[i]);
		const char *name = m_agency(j->a, ar->ids[i])->name;
		fig_row(j, i, name ? name : "(no name recorded)", key);
	}
}

/* What an invitation adds: *num and *den, or 0 when it is not counted. */
typedef int (*invite_fn)(const struct fig_cache *cache, const struct m_invitee *v,
    const struct m_conference *f, double *num);

static void
each_invitation(struct fig_job *j, invite_fn fn, int share)
{
	struct agency_rows ar;

	agency_rows(j, &ar);
	for (size_t ci = 0; ci < j->a->n_children; ci++) {
		const struct m_child *c = &j->a->children[ci];
		for (uint32_t i = 0; i < c->invitees.count; i++) {
			const struct m_invitee *v = &j->a->invitees[c->invitees.first + i];
			const struct m_conference *f = m_find_conference(j->a, c, v->conference_id);
			int64_t *row;
			double num = 1;
			if (!f || !fig_in_any(j, f->held) || !fig_conf_ok(j, c, f) ||
			    !(row = bsearch(&v->agency_id, ar.ids, ar.n, sizeof *ar.ids, by_id)) ||
			    !fn(j->cache, v, f, &num))
				continue;
			for (size_t w = 0; w < j->n; w++)
				if (fig_in(&j->w[w], f->held) && fig_age_ok(j, w, c))
					fig_add(j, w, (size_t)(row - ar.ids), share ? num : 1, share,
					    c->id);
		}
	}
	xfree(ar.ids);
}

static int
invited(const struct fig_cache *cache, const struct m_invitee *v, const struct m_conference *f,
    double *num)
{
	(void)cache;
	(void)f;
	*num = v->attended != 0;
	return 1;
}

static int
report_in(const struct fig_cache *cache, const struct m_invitee *v,
    const struct m_conference *f, double *num)
{
	(void)cache;
	(void)f;
	*num = v->report != CAL_NONE;
	return v->report_requested;
}

static int
report_on_time(const struct fig_cache *cache, const struct m_invitee *v,
    const struct m_conference *f, double *num)
{
	/* Due as the engine's agency report clock: the conference's date less the working
	 * days of the setting for its kind (ts_pathway.c). */
	cal_date due = fig_report_due(cache, f, TS_AGENCY_REPORT_INITIAL, TS_AGENCY_REPORT_REVIEW);

	*num = v->report != CAL_NONE && v->report <= due;
	return v->report_requested;
}

void
fig_agency_invitations(struct fig_job *j)
{
	each_invitation(j, invited, 0);
}

void
fig_agency_attendance(struct fig_job *j)
{
	each_invitation(j, invited, 1);
}

void
fig_agency_reports(struct fig_job *j)
{
	each_invitation(j, report_in, 1);
}

void
fig_agency_on_time(struct fig_job *j)
{
	each_invitation(j, report_on_time, 1);
}
