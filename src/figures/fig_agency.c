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

static int
by_id(const void *p, const void *q)
{
	int64_t x = *(const int64_t *)p, y = *(const int64_t *)q;

	return x < y ? -1 : x > y;
}

/* Once per cache: each invitee's conference, and the agencies ever invited. */
static void
invitations(struct fig_cache *c)
{
	const struct area *a = c->a;
	char *seen = xcalloc(a->n_agencies + 1, 1);

	c->invitee_conf = xcalloc(a->n_invitees + 1, sizeof *c->invitee_conf);
	c->invited_ids = xcalloc(a->n_agencies + 1, sizeof *c->invited_ids);
	for (size_t ci = 0; ci < a->n_children; ci++) {
		const struct m_child *ch = &a->children[ci];
		for (uint32_t i = 0; i < ch->invitees.count; i++) {
			const struct m_invitee *v = &a->invitees[ch->invitees.first + i];
			const struct m_conference *f = m_find_conference(a, ch, v->conference_id);
			c->invitee_conf[ch->invitees.first + i] =
			    f ? (uint32_t)(f - a->conferences) : UINT32_MAX;
		}
	}
	for (size_t i = 0; i < a->n_invitees; i++) {
		const struct m_agency *g = a->invitees[i].agency_id ?
		    m_agency(a, a->invitees[i].agency_id) : NULL;
		if (g && !seen[g - a->agencies]) {
			seen[g - a->agencies] = 1;
			c->invited_ids[c->n_invited++] = g->id;
		}
	}
	xfree(seen);
	qsort(c->invited_ids, c->n_invited, sizeof *c->invited_ids, by_id);
}

/* The rows: every agency ever invited, or the one filtered for; *ids[row] is its id. */
static size_t
agency_rows(struct fig_job *j, const int64_t **ids)
{
	struct fig_cache *c = j->cache;
	size_t first = 0, n;

	if (!c->invitee_conf)
		invitations(c);
	n = c->n_invited;
	if (j->f->agency_id) {
		const int64_t *hit = bsearch(&j->f->agency_id, c->invited_ids, c->n_invited,
		    sizeof *c->invited_ids, by_id);
		first = hit ? (size_t)(hit - c->invited_ids) : 0;
		n = hit ? 1 : 0;
	}
	*ids = c->invited_ids + first;
	fig_rows(j, n);
	for (size_t i = 0; i < n; i++) {
		char key[24];
		const char *name = m_agency(j->a, (*ids)[i])->name;
		snprintf(key, sizeof key, "%lld", (long long)(*ids)[i]);
		fig_row(j, i, name ? name : "(no name recorded)", key);
	}
	return n;
}

/* What an invitation adds: *num and *den, or 0 when it is not counted. */
typedef int (*invite_fn)(const struct fig_cache *cache, const struct m_invitee *v,
    const struct m_conference *f, double *num);

static void
each_invitation(struct fig_job *j, invite_fn fn, int share)
{
	const int64_t *ids;
	size_t n_rows = agency_rows(j, &ids);

	for (size_t ci = 0; n_rows && ci < j->a->n_children; ci++) {
		const struct m_child *c = &j->a->children[ci];
		for (uint32_t i = 0; i < c->invitees.count; i++) {
			uint32_t k = j->cache->invitee_conf[c->invitees.first + i];
			const struct m_invitee *v = &j->a->invitees[c->invitees.first + i];
			const struct m_conference *f = k == UINT32_MAX ? NULL : &j->a->conferences[k];
			const int64_t *row;
			uint64_t mask;
			double num = 1;
			size_t w;
			if (!f || !(mask = fig_mask(j, f->held)) || !fig_conf_ok(j, c, f) ||
			    !(row = bsearch(&v->agency_id, ids, n_rows, sizeof *ids, by_id)) ||
			    !fn(j->cache, v, f, &num))
				continue;
			FIG_EACH(w, mask)
				if (fig_age_ok(j, w, c))
					fig_add(j, w, (size_t)(row - ids), share ? num : 1, share,
					    c->id);
		}
	}
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
