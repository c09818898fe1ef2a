/*
 * fig_self_assessments.c: the figures of the agencies' Section 11 and the schools' Section
 * 175 self-assessments (docs/figures.md, "Agency self-assessments"; issue 11, point 8):
 * the returns received of each kind, their overall grades, and the standards graded not
 * met. A self-assessment is an agency's record, not a child's: no list of children is
 * behind any figure. The agency filter is the agency or school assessed; a team, chair,
 * category or age filter is one these records cannot meet, so it counts nothing.
 */
#include "figures/fig_int.h"

#include <string.h>

#include "base/mem.h"
#include "codes/codes.h"

static int
agency_ok(const struct fig_job *j, int64_t agency)
{
	const struct fig_filter *f = j->f;

	return !f->team_id && !f->chair_id && !f->categories && f->age_band == FIG_AGE_ALL &&
	    (!f->agency_id || f->agency_id == agency);
}

/* One row: the returns of a kind received in a window. */
static void
returns(struct fig_job *j, const char *kind)
{
	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	for (size_t i = 0; i < j->a->n_self_assessments; i++) {
		const struct m_self_assessment *x = &j->a->self_assessments[i];
		size_t w;
		if (strcmp(x->kind, kind) == 0 && agency_ok(j, x->agency_id))
			FIG_EACH(w, fig_mask(j, x->returned))
				fig_add(j, w, 0, 1, 0, 0);
	}
}

void
fig_sa_section_11(struct fig_job *j)
{
	returns(j, "section_11");
}

void
fig_sa_section_175(struct fig_job *j)
{
	returns(j, "section_175");
}

/* A row for each grade, each a share of the returns received in a window with an
 * overall grade. */
void
fig_sa_overall(struct fig_job *j)
{
	const struct code_list *l = codes_list("sa_grade");
	double *total = xcalloc(j->n, sizeof *total);

	fig_rows(j, (size_t)l->n);
	for (int k = 0; k < l->n; k++)
		fig_row(j, (size_t)k, l->codes[k].label, l->codes[k].code);
	for (size_t i = 0; i < j->a->n_self_assessments; i++) {
		const struct m_self_assessment *x = &j->a->self_assessments[i];
		int k = x->overall[0] ? codes_index(l, x->overall) : -1;
		size_t w;
		if (k < 0 || !agency_ok(j, x->agency_id))
			continue;
		FIG_EACH(w, fig_mask(j, x->returned)) {
			total[w]++;
			fig_add(j, w, (size_t)k, 1, 0, 0);
		}
	}
	fig_share_of(j, total);
	xfree(total);
}

/* A row for each kind: the standards graded not met in the returns received. */
void
fig_sa_not_met(struct fig_job *j)
{
	const struct code_list *l = codes_list("sa_kind");

	fig_rows(j, (size_t)l->n);
	for (int k = 0; k < l->n; k++)
		fig_row(j, (size_t)k, l->codes[k].label, l->codes[k].code);
	for (size_t i = 0; i < j->a->n_self_assessments; i++) {
		const struct m_self_assessment *x = &j->a->self_assessments[i];
		int k = codes_index(l, x->kind), n = 0;
		size_t w;
		for (int s = 0; s < M_SA_STANDARDS; s++)
			n += strcmp(x->standard[s], "not_met") == 0;
		if (k < 0 || !n || !agency_ok(j, x->agency_id))
			continue;
		FIG_EACH(w, fig_mask(j, x->returned))
			fig_add(j, w, (size_t)k, n, 0, 0);
	}
}
