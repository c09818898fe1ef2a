/*
 * annual.c: the partnership's annual report, in the shape the seeds' reports take (a
 * cover, contents, the area's context, what changed, then child protection activity, the
 * children's profile, timeliness and each agency's part), written from the figures.
 *
 * Every number comes from fig_compute over the year (1 April to 31 March) and over
 * fig_previous of it; none is counted here. The chapters after the context follow the
 * catalogue's sections (fig_def.section) in its order, so a figure added to the catalogue
 * appears in the report, in its section, with its chart, table and sentence, by itself.
 */
#include "report/annual_int.h"

#include <math.h>
#include <string.h>

#include "base/mem.h"
#include "base/str.h"

int
annual_year_parse(const char *text, int *start)
{
	int y, next;
	if (!text || strlen(text) != 7 || text[4] != '-')
		return 0;
	for (int i = 0; i < 7; i++)
		if (i != 4 && (text[i] < '0' || text[i] > '9'))
			return 0;
	y = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + text[3] - '0';
	next = (text[5] - '0') * 10 + text[6] - '0';
	if (y < 1990 || y > 2200 || next != (y + 1) % 100)
		return 0;
	*start = y;
	return 1;
}

int
annual_single(const struct fig_result *r)
{
	return r->n_rows == 1 && r->rows[0].key[0] == '\0';
}

const struct fig_row *
annual_row(const struct fig_result *r, const char *key)
{
	for (size_t i = 0; i < r->n_rows; i++)
		if (strcmp(r->rows[i].key, key) == 0)
			return &r->rows[i];
	return NULL;
}

double
annual_value(const struct fig_result *r)
{
	return r->n_rows ? fig_value(r->def, &r->rows[0]) : NAN;
}

/* The text of a setting in force on `on` (the area's settings are sorted by key, then
 * date); NULL when it was never set. */
static const char *
setting_text(const struct area *a, const char *key, cal_date on)
{
	const char *v = NULL;
	for (size_t i = 0; i < a->n_settings; i++)
		if (strcmp(a->settings[i].key, key) == 0 && a->settings[i].effective_from <= on)
			v = a->settings[i].value;
	return v && *v ? v : NULL;
}

static void
long_date(cal_date d, char *out, size_t size)
{
	static const char *const months[] = { "January", "February", "March", "April", "May",
		"June", "July", "August", "September", "October", "November", "December" };
	int y, m, day;
	cal_to_ymd(d, &y, &m, &day);
	snprintf(out, size, "%d %s %d", day, months[(m - 1) % 12], y);
}

static const struct fig_result *
result(const struct annual *an, const char *name, int cur)
{
	for (size_t i = 0; i < an->n_figs; i++)
		if (strcmp(an->cur_res[i].def->name, name) == 0)
			return cur ? &an->cur_res[i] : &an->prev_res[i];
	return NULL;
}

static void
cover(struct annual *an, cal_date made)
{
	char from[24], to[24], day[24];
	const char *name = setting_text(an->a, "area.name", an->cur.to);
	long_date(an->cur.from, from, sizeof from);
	long_date(an->cur.to, to, sizeof to);
	long_date(made, day, sizeof day);
	an->d->title = arena_printf(&an->d->mem, "%s: child protection annual report %s",
	    name ? name : "The area", an->cur_label);
	an->d->subtitle = arena_printf(&an->d->mem, "The safeguarding children partnership's "
	    "report on child protection, %s to %s", from, to);
	an->d->note = arena_printf(&an->d->mem, "Written by safeguard from the records on %s. "
	    "Every figure is defined in the figures' definitions (docs/figures.md), counted "
	    "the same way as on the dashboard.", day);
}

static void
context(struct annual *an)
{
	const struct fig_result *rate = result(an, "plans_rate", 1);
	const char *dep = setting_text(an->a, "context.deprivation", an->cur.to);
	char n[32], v[32], end[24];
	long_date(an->cur.to, end, sizeof end);
	rep_heading(an->d, 1, "Context");
	if (rate && rate->n_rows && rate->rows[0].den > 0) {
		chart_number(rate->rows[0].den, n, sizeof n);
		rep_para(an->d, "%s children aged 0 to 17 live in the area (the setting "
		    "area.child_population, from the ONS mid-year estimate). Rates per 10,000 "
		    "children in this report are of that population.", n);
		rep_value(FIG_PER_10K, annual_value(rate), v, sizeof v);
		chart_number(rate->rows[0].num, n, sizeof n);
		rep_para(an->d, "On %s, %s children were subject to a child protection plan: "
		    "%s per 10,000 children.", end, n, v);
		if (isfinite(rate->def->england))
			rep_para(an->d, "England's rate was %.1f per 10,000 (year ending 31 March "
			    "%s).", rate->def->england, rate->def->england_year ?
			    rate->def->england_year : "");
	} else {
		rep_para(an->d, "The child population of the area is not recorded: an "
		    "administrator sets it as area.child_population, and the rates per 10,000 "
		    "follow.");
	}
	if (dep)
		rep_para(an->d, "Deprivation: %s", dep);
	else
		rep_para(an->d, "The deprivation of the area is not recorded: an administrator "
		    "sets it as context.deprivation (for example the area's rank in the English "
		    "Indices of Deprivation).");
}

/* The breakdown rows worth a sentence: a large move, not every wobble of a small row. */
static int
notable(const struct fig_def *d, double prev, double cur)
{
	if (!isfinite(prev) || !isfinite(cur))
		return 0;
	if (d->unit == FIG_PERCENT)
		return fabs(cur - prev) >= 5;
	return fabs(cur - prev) >= 10 && fabs(cur - prev) >= 0.2 * fmax(prev, cur);
}

static void
say(struct annual *an, const struct fig_def *d, const char *subject, const struct fig_row *p,
    const struct fig_row *c)
{
	struct rep_change ch = { subject, d->unit, p ? fig_value(d, p) : NAN,
		c ? fig_value(d, c) : NAN, p ? p->num : NAN, c ? c->num : NAN };
	struct buf b;
	buf_init(&b, 4096);
	if (rep_change_sentence(&b, &ch))
		rep_bullet(an->d, buf_str(&b));
	buf_free(&b);
}

/* A breakdown row that moved: how much, to rank the moves. */
struct move {
	size_t fig, row;
	double size;
};

static int
by_size(const void *x, const void *y)
{
	const struct move *a = x, *b = y;

	return (a->size < b->size) - (a->size > b->size);
}

/* A percentage's move in points, scaled so that 10 points weigh as a count that doubled. */
static double
move_size(const struct fig_def *d, double prev, double cur)
{
	if (d->unit == FIG_PERCENT)
		return fabs(cur - prev) / 10;
	return fabs(cur - prev) / fmax(fmax(prev, cur), 1);
}

#define MAX_MOVES 10

/* A move told already in other words: an agency alone of its kind moves as its kind does,
 * and the board needs it once. */
static int
same_move(const struct annual *an, const struct move *m, size_t k)
{
	const struct fig_row *a = &an->cur_res[m[k].fig].rows[m[k].row];

	for (size_t i = 0; i < k; i++) {
		const struct fig_row *b = &an->cur_res[m[i].fig].rows[m[i].row];
		if (m[i].size == m[k].size && a->num == b->num && a->den == b->den)
			return 1;
	}
	return 0;
}

/* The board reads the headline figures, then only the largest moves within breakdowns: an
 * agency's invitations wobble every year, and thirty such lines bury the ones that matter. */
static void
breakdown_moves(struct annual *an)
{
	struct move *m = xcalloc(1024, sizeof *m);
	size_t n = 0, told;

	for (size_t i = 0; i < an->n_figs; i++) {
		const struct fig_result *c = &an->cur_res[i], *p = &an->prev_res[i];
		const struct fig_def *d = c->def;
		if (annual_single(c) || (p->n_rows == 1 && !p->rows[0].key[0] && !c->n_rows))
			continue;
		/* Each agency's own rows stay in their chapter: the summary speaks of kinds of
		 * agency (the GPs, the schools), as the partnership's board reads them. */
		if (strncmp(d->name, "agency_", 7) == 0 || (strlen(d->name) > 10 &&
		    strcmp(d->name + strlen(d->name) - 10, "_by_agency") == 0))
			continue;
		for (size_t r = 0; r < c->n_rows && n < 1024; r++) {
			const struct fig_row *pr = annual_row(p, c->rows[r].key);
			double was = pr ? fig_value(d, pr) : NAN, now = fig_value(d, &c->rows[r]);
			/* A share of two invitations swings from 0% to 100%: only rows with ten
			 * or more in both years are moves worth a board's reading. */
			if (d->unit == FIG_PERCENT && pr && (pr->den < 10 || c->rows[r].den < 10))
				continue;
			if (pr && notable(d, was, now))
				m[n++] = (struct move){i, r, move_size(d, was, now)};
		}
	}
	mem_sort(m, n, sizeof *m, by_size);
	if (n)
		rep_heading(an->d, 2, "The largest moves within breakdowns");
	told = 0;
	for (size_t k = 0; k < n && told < MAX_MOVES; k++) {
		const struct fig_result *c = &an->cur_res[m[k].fig], *p = &an->prev_res[m[k].fig];
		const struct fig_row *row = &c->rows[m[k].row];
		if (same_move(an, m, k))
			continue;
		told++;
		char *subject = arena_printf(&an->d->mem, "%s (%s)", c->def->title,
		    row->label ? row->label : row->key);
		say(an, c->def, subject ? subject : c->def->title, annual_row(p, row->key), row);
	}
	if (n > told)
		rep_para(an->d, "%zu other rows of the breakdowns moved by 5 percentage points or a "
		    "fifth (shares of ten or more); each chapter below has them in its tables.", n - told);
	xfree(m);
}

static void
changes(struct annual *an)
{
	rep_heading(an->d, 1, "What changed since last year");
	rep_para(an->d, "Each figure of %s beside the same figure for %s, then the %d largest "
	    "moves within the breakdowns (by category, band, agency and the rest) of those that "
	    "moved by 5 percentage points or a fifth.", an->cur_label, an->prev_label, MAX_MOVES);
	rep_heading(an->d, 2, "The headline figures");
	for (size_t i = 0; i < an->n_figs; i++) {
		const struct fig_result *c = &an->cur_res[i], *p = &an->prev_res[i];
		const struct fig_def *d = c->def;
		if (annual_single(c) || (p->n_rows == 1 && !p->rows[0].key[0] && !c->n_rows))
			say(an, d, d->title, p->n_rows ? &p->rows[0] : NULL, c->n_rows ?
			    &c->rows[0] : NULL);
	}
	breakdown_moves(an);
}

static void
definitions(struct annual *an)
{
	rep_heading(an->d, 1, "Definitions");
	rep_para(an->d, "The first line of each figure's definition; the whole definition, "
	    "with what counts and what does not, is in docs/figures.md.");
	for (size_t i = 0; i < an->n_figs; i++) {
		const struct fig_def *d = an->cur_res[i].def;
		char *t = arena_printf(&an->d->mem, "%s: %s", d->title, d->summary ? d->summary : "");
		rep_bullet(an->d, t ? t : d->title);
	}
}

static void
compute_all(struct annual *an)
{
	an->n_figs = fig_count();
	an->cur_res = xcalloc(an->n_figs + 1, sizeof *an->cur_res);
	an->prev_res = xcalloc(an->n_figs + 1, sizeof *an->prev_res);
	for (size_t i = 0; i < an->n_figs; i++) {
		const struct fig_def *d = fig_at(i);
		if (fig_compute(an->a, d, &an->cur, 0, &an->cur_res[i]) < 0 ||
		    fig_compute(an->a, d, &an->prev, 0, &an->prev_res[i]) < 0)
			an->failed = 1;
		an->cur_res[i].def = an->prev_res[i].def = d;
	}
}

int
annual_report(const struct area *a, int start, cal_date made, struct rep_doc *doc)
{
	struct annual an = { .a = a, .d = doc };
	rep_doc_init(doc);
	an.cur = fig_filter_all(cal_from_ymd(start, 4, 1), cal_from_ymd(start + 1, 3, 31));
	an.prev = fig_previous(&an.cur);
	snprintf(an.cur_label, sizeof an.cur_label, "%04d-%02d", start % 10000, (start + 1) % 100);
	snprintf(an.prev_label, sizeof an.prev_label, "%04d-%02d", (start - 1) % 10000,
	    start % 100);
	compute_all(&an);
	cover(&an, made);
	context(&an);
	changes(&an);
	annual_sections(&an);
	definitions(&an);
	for (size_t i = 0; i < an.n_figs; i++) {
		fig_result_free(&an.cur_res[i]);
		fig_result_free(&an.prev_res[i]);
	}
	xfree(an.cur_res);
	xfree(an.prev_res);
	return an.failed || doc->mem.toobig ? -1 : 0;
}
