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
#include "codes/codes.h"

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
	c->invitee_agency = xcalloc(a->n_invitees + 1, sizeof *c->invitee_agency);
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
		c->invitee_agency[i] = g ? (uint32_t)(g - a->agencies) : UINT32_MAX;
		if (g && !seen[g - a->agencies]) {
			seen[g - a->agencies] = 1;
			c->invited_ids[c->n_invited++] = g->id;
		}
	}
	xfree(seen);
	qsort(c->invited_ids, c->n_invited, sizeof *c->invited_ids, by_id);
}

/* The agencies counted: every agency ever invited, or the one filtered for. */
static size_t
invited_agencies(struct fig_job *j, const int64_t **ids)
{
	struct fig_cache *c = j->cache;
	const int64_t *hit;

	if (!c->invitee_conf)
		invitations(c);
	*ids = c->invited_ids;
	if (!j->f->agency_id)
		return c->n_invited;
	hit = bsearch(&j->f->agency_id, c->invited_ids, c->n_invited, sizeof *c->invited_ids,
	    by_id);
	*ids = hit ? hit : c->invited_ids;
	return hit ? 1 : 0;
}

/* The rows: one per agency counted; *ids[row] is its id. */
static size_t
agency_rows(struct fig_job *j, const int64_t **ids)
{
	size_t n = invited_agencies(j, ids);

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

/* The rows of an invitation: by agency (ids, sorted) or by the agency's kind. */
struct row_map {
	const int64_t *ids;	/* by agency: the rows' agency ids */
	size_t n;
	const int *kind_row;	/* by kind: the row of each code of agency_kind, or -1 */
	const struct code_list *kinds;
	long *rows;		/* the row of each agency (index into area.agencies), or -1 */
};

/* The row of each agency, found once a job rather than once an invitation. */
static void
rows_of_agencies(const struct fig_job *j, struct row_map *m)
{
	m->rows = xcalloc(j->a->n_agencies + 1, sizeof *m->rows);
	for (size_t i = 0; i < j->a->n_agencies; i++) {
		const struct m_agency *g = &j->a->agencies[i];
		const int64_t *hit;
		int k;
		m->rows[i] = -1;
		if (!m->kind_row) {
			hit = bsearch(&g->id, m->ids, m->n, sizeof *m->ids, by_id);
			m->rows[i] = hit ? (long)(hit - m->ids) : -1;
		} else if (g->id && (k = codes_index(m->kinds, g->kind)) >= 0) {
			m->rows[i] = m->kind_row[k];
		}
	}
}

static void
each_invitation_in(struct fig_job *j, struct row_map *m, invite_fn fn, int share)
{
	rows_of_agencies(j, m);
	for (size_t ci = 0; m->n && ci < j->a->n_children; ci++) {
		const struct m_child *c = &j->a->children[ci];
		for (uint32_t i = 0; i < c->invitees.count; i++) {
			uint32_t k = j->cache->invitee_conf[c->invitees.first + i];
			uint32_t g = j->cache->invitee_agency[c->invitees.first + i];
			const struct m_invitee *v = &j->a->invitees[c->invitees.first + i];
			const struct m_conference *f = k == UINT32_MAX ? NULL : &j->a->conferences[k];
			long row;
			uint64_t mask;
			double num = 1;
			size_t w;
			if (!f || !(mask = fig_mask(j, f->held)) || !fig_conf_ok(j, c, f) ||
			    g == UINT32_MAX || (row = m->rows[g]) < 0 || !fn(j->cache, v, f, &num))
				continue;
			FIG_EACH(w, mask)
				if (fig_age_ok(j, w, c))
					fig_add(j, w, (size_t)row, share ? num : 1, share, c->id);
		}
	}
	xfree(m->rows);
}

static void
each_invitation(struct fig_job *j, invite_fn fn, int share)
{
	struct row_map m = {NULL, 0, NULL, NULL, NULL};

	m.n = agency_rows(j, &m.ids);
	each_invitation_in(j, &m, fn, share);
}

/* By kind of agency: every GP practice together, as the seeds give the GPs' row. The rows
 * are the kinds of the agencies ever invited (or of the one agency filtered for), in the
 * code list's order. */
static void
each_invitation_by_kind(struct fig_job *j, invite_fn fn, int share)
{
	const struct code_list *l = codes_list("agency_kind");
	int *kind_row = xcalloc((size_t)l->n + 1, sizeof *kind_row);
	struct row_map m = {NULL, 0, kind_row, l, NULL};
	const int64_t *ids;
	size_t n = invited_agencies(j, &ids);

	for (size_t i = 0; i < n; i++) {
		int k = codes_index(l, m_agency(j->a, ids[i])->kind);
		if (k >= 0)
			kind_row[k] = 1;	/* invited: numbered below */
	}
	for (int k = 0; k < l->n; k++)
		kind_row[k] = kind_row[k] ? (int)m.n++ : -1;
	fig_rows(j, m.n);
	for (int k = 0; k < l->n; k++)
		if (kind_row[k] >= 0)
			fig_row(j, (size_t)kind_row[k], l->codes[k].label, l->codes[k].code);
	each_invitation_in(j, &m, fn, share);
	xfree(kind_row);
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

void
fig_kind_attendance(struct fig_job *j)
{
	each_invitation_by_kind(j, invited, 1);
}

void
fig_kind_reports(struct fig_job *j)
{
	each_invitation_by_kind(j, report_in, 1);
}

void
fig_kind_on_time(struct fig_job *j)
{
	each_invitation_by_kind(j, report_on_time, 1);
}
