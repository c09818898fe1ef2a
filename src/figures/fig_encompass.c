/*
 * fig_encompass.c: Operation Encompass (docs/figures.md, "Operation Encompass"): the
 * police's notifications to schools of the domestic abuse incidents of the period, the
 * share sent, and the share read, before the start of the next school day after the
 * incident (timescales/ts_school.c, the school days of the settings in force), and the
 * share read in time by school. A notification belongs to the period of its incident; the
 * agency filter takes one school's.
 */
#include "figures/fig_int.h"

#include <stdio.h>
#include <stdlib.h>

#include "base/mem.h"

typedef int (*enc_fn)(const struct ts_config *cfg, const struct m_encompass *e);

static int
counted(const struct ts_config *cfg, const struct m_encompass *e)
{
	(void)cfg;
	(void)e;
	return 1;
}

static int
by_id(const void *p, const void *q)
{
	int64_t x = *(const int64_t *)p, y = *(const int64_t *)q;

	return x < y ? -1 : x > y;
}

/* Each notification of the period that passes the filters, in its row (the school's
 * among ids, or the one row when ids is NULL); fn says whether it counts in the
 * numerator, and every one counts in the denominator of a share. */
static void
each(struct fig_job *j, enc_fn fn, const int64_t *ids, size_t n_ids, int share)
{
	const struct m_child *c;

	FIG_OWNERS(c, j->a, encompass, encompass) {
		for (uint32_t i = 0; i < c->encompass.count; i++) {
			const struct m_encompass *e = &j->a->encompass[c->encompass.first + i];
			uint64_t mask = fig_mask(j, e->incident);
			const int64_t *hit = ids ? bsearch(&e->school_id, ids, n_ids, sizeof *ids,
			    by_id) : NULL;
			int yes;
			size_t w;
			if (!mask || (ids && !hit) ||
			    (j->f->agency_id && e->school_id != j->f->agency_id))
				continue;
			yes = fn(j->cache->cfg, e);
			FIG_EACH(w, mask)
				if (fig_age_ok(j, w, c))
					fig_add(j, w, hit ? (size_t)(hit - ids) : 0, yes, share,
					    yes || !share ? c->id : 0);
		}
	}
}

void
fig_encompass_count(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, "Operation Encompass notifications", "");
	each(j, counted, NULL, 0, 0);
}

void
fig_encompass_sent(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, "Sent before the next school day", "");
	each(j, ts_encompass_sent_on_time, NULL, 0, 1);
}

void
fig_encompass_read(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, "Read before the next school day", "");
	each(j, ts_encompass_read_on_time, NULL, 0, 1);
}

/* A row per school ever notified (the same rows in every period), or the one filtered. */
void
fig_encompass_by_school(struct fig_job *j)
{
	const struct area *a = j->a;
	int64_t *ids = xcalloc(a->n_encompass + 1, sizeof *ids);
	size_t n = 0, u = 0;

	for (size_t k = 0; k < a->n_encompass; k++)
		if (!j->f->agency_id || a->encompass[k].school_id == j->f->agency_id)
			ids[n++] = a->encompass[k].school_id;
	qsort(ids, n, sizeof *ids, by_id);
	for (size_t k = 0; k < n; k++)
		if (!u || ids[u - 1] != ids[k])
			ids[u++] = ids[k];
	fig_rows(j, u);
	for (size_t i = 0; i < u; i++) {
		char key[24];
		const struct m_agency *g = m_agency(a, ids[i]);
		snprintf(key, sizeof key, "%lld", (long long)ids[i]);
		fig_row(j, i, g && g->name ? g->name : "(no name recorded)", key);
	}
	each(j, ts_encompass_read_on_time, ids, u, 1);
	xfree(ids);
}
