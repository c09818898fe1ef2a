/*
 * annex_common.c: the CSV rows of the Annex A lists and the columns they share.
 *
 * The guidance spells its codes with a letter before them ("a) Male", "a) WBRI",
 * "a) 1A: Individual"), so that a spreadsheet sorts them in the guidance's order; the
 * letters here are the guidance's. A code the list does not know is written as an empty
 * cell rather than guessed. Dates are DD/MM/YYYY, as the guidance's templates write them.
 */
#include "annex/annex_int.h"

#include <stdio.h>
#include <string.h>

#include "base/esc.h"

void
annex_row_begin(struct annex_row *w, struct buf *b)
{
	w->b = b;
	w->cells = 0;
}

void
annex_cell(struct annex_row *w, const char *s)
{
	if (w->cells++)
		buf_addc(w->b, ',');
	if (s)
		esc_csv(w->b, s);
}

void
annex_cell_date(struct annex_row *w, cal_date d)
{
	char t[16];
	int y, m, day;

	if (d == CAL_NONE) {
		annex_cell(w, NULL);
		return;
	}
	cal_to_ymd(d, &y, &m, &day);
	snprintf(t, sizeof t, "%02d/%02d/%04d", day, m, y);
	annex_cell(w, t);
}

void
annex_cell_int(struct annex_row *w, long n)
{
	char t[24];

	snprintf(t, sizeof t, "%ld", n);
	annex_cell(w, t);
}

void
annex_cell_yes_no(struct annex_row *w, int tristate)
{
	annex_cell(w, tristate == M_YES ? "a) Yes" : tristate == M_NO ? "b) No" : NULL);
}

void
annex_cell_empty(struct annex_row *w, int n)
{
	for (int i = 0; i < n; i++)
		annex_cell(w, NULL);
}

void
annex_row_end(struct annex_row *w)
{
	buf_adds(w->b, "\r\n");
}

void
annex_header(struct buf *b, const char *const *names)
{
	struct annex_row w;

	annex_row_begin(&w, b);
	for (int i = 0; names[i]; i++)
		annex_cell(&w, names[i]);
	annex_row_end(&w);
}

int
annex_by(const struct annex_ctx *x, cal_date d)
{
	return d != CAL_NONE && d <= x->as_of;
}

int
annex_within(const struct annex_ctx *x, cal_date from, cal_date d)
{
	return annex_by(x, d) && d >= from;
}

int
annex_open_at(const struct annex_ctx *x, cal_date end)
{
	return end == CAL_NONE || end > x->as_of;
}

int
annex_keep(struct annex_ctx *x, const struct m_child *c)
{
	if (!x->keep || x->keep(x->keep_ctx, c))
		return 1;
	x->left[c - x->a->children] = 1;
	return 0;
}

int
annex_open_in_six_months(struct annex_ctx *x, const struct m_child *c, cal_date start,
    cal_date end)
{
	return annex_by(x, start) && !(annex_by(x, end) && end < x->from6) && annex_keep(x, c);
}

/* Ethnicity in the guidance's order, lettered a) to t). */
static const char *const ethnicities[] = {
	"WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND",
	"APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT",
};

static void
ethnicity_cell(struct annex_row *w, const char *code)
{
	char t[16];

	for (size_t i = 0; i < sizeof ethnicities / sizeof ethnicities[0]; i++)
		if (strcmp(ethnicities[i], code) == 0) {
			snprintf(t, sizeof t, "%c) %s", (char)('a' + i), code);
			annex_cell(w, t);
			return;
		}
	annex_cell(w, NULL);
}

static const char *
gender_label(char sex)
{
	/* The store records sex as the census does (M, F, U); "d) Neither" has no code. */
	return sex == 'M' ? "a) Male" : sex == 'F' ? "b) Female" : "c) Not stated/recorded";
}

/* NONE is "no disability"; any other code is one; nothing recorded is not known. */
static const char *
disability_label(const char *codes)
{
	if (!codes || !*codes)
		return "c) Unknown";
	return strcmp(codes, "NONE") == 0 ? "b) No" : "a) Yes";
}

void
annex_child_cells(const struct annex_ctx *x, struct annex_row *w, const struct m_child *c,
    int disability)
{
	/* An unborn child (or one born after as_of) has no date of birth or age yet. */
	int born = c->birth != CAL_NONE && c->birth <= x->as_of;

	annex_cell(w, c->la_child_id);
	annex_cell(w, gender_label(c->sex));
	ethnicity_cell(w, c->ethnicity);
	annex_cell_date(w, born ? c->birth : CAL_NONE);
	if (born)
		annex_cell_int(w, cal_years_between(c->birth, x->as_of));
	else
		annex_cell(w, NULL);
	if (disability)
		annex_cell(w, disability_label(c->disabilities));
}

void
annex_allocated(const struct annex_ctx *x, struct annex_row *w, int64_t team_id,
    int64_t worker_id)
{
	const struct m_team *t = team_id ? m_team(x->a, team_id) : NULL;
	const struct m_professional *p = worker_id ? m_professional(x->a, worker_id) : NULL;
	char name[256];

	annex_cell(w, t ? t->name : NULL);
	if (p) {
		snprintf(name, sizeof name, "%s %s", p->given_name ? p->given_name : "",
		    p->family_name ? p->family_name : "");
		annex_cell(w, name);
	} else {
		annex_cell(w, NULL);
	}
}

/* Referral and contact sources, lettered as the guidance letters them; 5D, added to the
 * census later than the letters, takes the guidance's "p1)". */
static const struct {
	const char *code, *label;
} sources[] = {
	{"1A", "a) 1A: Individual"}, {"1B", "b) 1B: Individual"}, {"1C", "c) 1C: Individual"},
	{"1D", "d) 1D: Individual"}, {"2A", "e) 2A: Schools"},
	{"2B", "f) 2B: Education services"}, {"3A", "g) 3A: Health services"},
	{"3B", "h) 3B: Health services"}, {"3C", "i) 3C: Health services"},
	{"3D", "j) 3D: Health services"}, {"3E", "k) 3E: Health services"},
	{"3F", "l) 3F: Health services"}, {"4", "m) 4: Housing"},
	{"5A", "n) 5A: LA services"}, {"5B", "o) 5B: LA services"},
	{"5C", "p) 5C: LA services"}, {"5D", "p1) 5D: LA services"}, {"6", "q) 6: Police"},
	{"7", "r) 7: Other legal agency"}, {"8", "s) 8: Other"}, {"9", "t) 9: Anonymous"},
	{"10", "u) 10: Unknown"},
};

const char *
annex_source_label(const char *code)
{
	for (size_t i = 0; i < sizeof sources / sizeof sources[0]; i++)
		if (strcmp(sources[i].code, code) == 0)
			return sources[i].label;
	return "";
}

static const struct {
	const char *code, *label;
} categories[] = {
	{"NEG", "a) Neglect"}, {"PHY", "b) Physical abuse"}, {"SAB", "c) Sexual abuse"},
	{"EMO", "d) Emotional abuse"}, {"MUL", "e) Multiple/not recommended"},
};

const char *
annex_category_label(const char *code)
{
	for (size_t i = 0; i < sizeof categories / sizeof categories[0]; i++)
		if (strcmp(categories[i].code, code) == 0)
			return categories[i].label;
	return "";
}
