/*
 * fig_profile.c: who the children on a plan at the period's end are (docs/figures.md,
 * "Profile"): their age, sex and ethnicity, and their families.
 */
#include "figures/fig_int.h"

#include <string.h>

#include "base/mem.h"
#include "codes/codes.h"

static const char *const age_labels[FIG_AGE_BANDS] = {"Unborn", "Under 1", "1 to 4",
    "5 to 9", "10 to 15", "16 and over"};

/* Calls fn for each child on a plan at the end of each window. */
typedef size_t (*child_row_fn)(const struct fig_job *j, size_t w, const struct m_child *c);

static void
by_child(struct fig_job *j, child_row_fn fn)
{
	double *total = xcalloc(j->n, sizeof *total);

	for (size_t w = 0; w < j->n; w++) {
		size_t n;
		const struct fig_open *o = fig_open_list(j, w, &n);
		for (size_t i = 0; i < n; i++) {
			const struct m_child *c = &j->a->children[o[i].child];
			size_t row = fn(j, w, c);
			total[w]++;
			if (row < j->out[w].n_rows)
				fig_add(j, w, row, 1, 0, c->id);
		}
	}
	fig_share_of(j, total);
	xfree(total);
}

static size_t
age_row(const struct fig_job *j, size_t w, const struct m_child *c)
{
	return (size_t)fig_child_age(c, j->w[w].to);
}

void
fig_profile_age(struct fig_job *j)
{
	fig_rows(j, FIG_AGE_BANDS);
	for (int i = 0; i < FIG_AGE_BANDS; i++)
		fig_row(j, (size_t)i, age_labels[i], fig_age_band_name(i));
	by_child(j, age_row);
}

static size_t
sex_row(const struct fig_job *j, size_t w, const struct m_child *c)
{
	(void)j;
	(void)w;
	return c->sex == 'M' ? 0 : c->sex == 'F' ? 1 : 2;
}

void
fig_profile_sex(struct fig_job *j)
{
	fig_rows(j, 3);
	fig_row(j, 0, "Male", "M");
	fig_row(j, 1, "Female", "F");
	fig_row(j, 2, "Not known", "U");
	by_child(j, sex_row);
}

static size_t
ethnicity_row(const struct fig_job *j, size_t w, const struct m_child *c)
{
	const struct code_list *l = codes_list("ethnicity");
	int i = codes_index(l, c->ethnicity);

	(void)w;
	return i >= 0 ? (size_t)i : j->out[0].n_rows - 1;
}

void
fig_profile_ethnicity(struct fig_job *j)
{
	const struct code_list *l = codes_list("ethnicity");

	fig_rows(j, (size_t)l->n + 1);
	for (int i = 0; i < l->n; i++)
		fig_row(j, (size_t)i, l->codes[i].label, l->codes[i].code);
	fig_row(j, (size_t)l->n, "Not recorded", "none");
	by_child(j, ethnicity_row);
}

/* The largest household id of the area's children, for a table of counts by household. */
static int64_t
max_household(const struct area *a)
{
	int64_t max = 0;

	for (size_t i = 0; i < a->n_children; i++)
		if (a->children[i].household_id > max)
			max = a->children[i].household_id;
	return max;
}

/* Each family's size into the rows 1, 2, 3, 4+ (sizes), or counted once (sizes 0). A
 * child with no household recorded (or an id too large for the table) is a family of
 * their own. Children are counted by household in a table, then each household's count
 * read once, by its first child on the list, and cleared. */
static void
families(struct fig_job *j, int sizes)
{
	int64_t max = max_household(j->a);
	uint32_t *count;

	if (max > 4 * (int64_t)j->a->n_children + 1024)
		max = 0;
	count = xcalloc((size_t)max + 1, sizeof *count);
	for (size_t w = 0; w < j->n; w++) {
		size_t n, groups = 0;
		const struct fig_open *o = fig_open_list(j, w, &n);
		for (size_t i = 0; i < n; i++) {
			int64_t h = j->a->children[o[i].child].household_id;
			if (h > 0 && h <= max)
				count[h]++;
		}
		for (size_t i = 0; i < n; i++) {
			int64_t h = j->a->children[o[i].child].household_id;
			uint32_t k = h > 0 && h <= max ? count[h] : 1;
			if (k == 0)
				continue;	/* the household was counted by its first child */
			if (h > 0 && h <= max)
				count[h] = 0;
			fig_add(j, w, sizes ? (k >= 4 ? 3 : k - 1) : 0, 1, 0, 0);
			groups++;
		}
		for (size_t r = 0; sizes && r < j->out[w].n_rows; r++)
			j->out[w].rows[r].den = (double)groups;
	}
	xfree(count);
}

void
fig_sibling_groups(struct fig_job *j)
{
	fig_rows(j, 4);
	fig_row(j, 0, "1 child", "1");
	fig_row(j, 1, "2 children", "2");
	fig_row(j, 2, "3 children", "3");
	fig_row(j, 3, "4 or more children", "4+");
	families(j, 1);
}

void
fig_families(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	families(j, 0);
}
