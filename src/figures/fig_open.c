/*
 * fig_open.c: the children on a plan at the end of each period, found once for all the
 * stock figures (children on plans, their rate, latest categories, open plan lengths, the
 * profile and families) of the same periods and filters, and kept in the cache: over a
 * national year they are a tenth of a second each, and nine figures ask for them.
 */
#include "figures/fig_int.h"

#include <string.h>

#include "base/mem.h"
#include "base/str.h"

void
fig_open_free(struct fig_cache *c)
{
	xfree(c->ow);
	xfree(c->open);
	xfree(c->open_first);
	c->ow = NULL;
	c->open = NULL;
	c->open_first = NULL;
	c->n_ow = 0;
}

static int
same(const struct fig_cache *c, const struct fig_job *j)
{
	return c->ow && c->n_ow == j->n && memcmp(c->ow, j->w, j->n * sizeof *j->w) == 0;
}

/* Window by window, each child's open plan (the first that passes the filters). */
static void
build(struct fig_cache *c, struct fig_job *j)
{
	size_t n = 0, cap = 0;

	fig_open_free(c);
	c->open_first = xcalloc(j->n + 1, sizeof *c->open_first);
	for (size_t w = 0; w < j->n; w++) {
		c->open_first[w] = n;
		for (size_t ci = 0; ci < j->a->n_children; ci++) {
			const struct m_child *ch = &j->a->children[ci];
			const struct m_plan *p = ch->plans.count ? fig_open_plan(j, w, ch) : NULL;
			if (!p)
				continue;
			VEC_GROW(c->open, n, cap);
			c->open[n].child = (uint32_t)ci;
			c->open[n++].plan = (uint32_t)(p - j->a->plans);
		}
	}
	c->open_first[j->n] = n;
	c->ow = xcalloc(j->n, sizeof *c->ow);
	memcpy(c->ow, j->w, j->n * sizeof *j->w);
	c->n_ow = j->n;
}

const struct fig_open *
fig_open_list(struct fig_job *j, size_t w, size_t *n)
{
	struct fig_cache *c = j->cache;

	if (!same(c, j))
		build(c, j);
	*n = c->open_first[w + 1] - c->open_first[w];
	return c->open + c->open_first[w];
}
