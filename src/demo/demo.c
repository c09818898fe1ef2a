/*
 * demo.c: safeguard's synthetic demo area, start to finish.
 *
 * The area is made one family at a time. A family arrives on a day of the simulated span
 * with its first referral; its episodes follow (demo_case.c, demo_plan.c), as dates only;
 * then each of its children who were referred and whose records touch the kept window is
 * written, with everything that happened to them, and the rest of the family's story is
 * dropped. Families are independent (each draws from its own random stream), so the area
 * is the same for the same seed and end date, however it is cut into batches. The end is
 * a working morning, not a full stop: what is in flight then is booked after it, and the
 * first families with such work are given the demo users' professionals (demo_morning.c).
 *
 * Two shapes of area (issue 2, point 5):
 *   - the default, one local authority of N children (30,000): a lead-in of three years,
 *     so that the history opens with the caseload a real area would carry, then the kept
 *     window: from the 1 April before (end - years) to the end;
 *   - --scale england: England's 12.2 million children, and one census year kept (the
 *     latest complete one before the end), after a lead-in of four years so that the
 *     episodes and plans open on its 1 April exist.
 * The rate at which families arrive is tuned so that referrals come at England's rate of
 * about 0.052 a child a year (domain.md 2.3); everything else follows from the paths.
 *
 * The rows go into the store through its bulk path in batches, in one transaction. The
 * workload is all inserts: about 10 million rows for the national year.
 */
#include "demo/demo_int.h"

#include <stdio.h>
#include <string.h>

#include "store/store.h"

#define LEAD_IN_YEARS 6
/* Families arriving a year, per child of the population (calibrated: see README). */
#define FAMILY_RATE 0.0183

void
demo_defaults(struct demo_opts *o, cal_date today)
{
	memset(o, 0, sizeof *o);
	o->population = DEMO_POPULATION;
	o->years = DEMO_YEARS;
	o->seed = 1;
	o->end = today;
}

int
demo_census_end_year(cal_date end)
{
	int y = cal_year(end);

	return end >= cal_from_ymd(y, 3, 31) ? y : y - 1;
}

/* The 1 April on or before d: the start of its census year. */
static cal_date
census_year_start(cal_date d)
{
	int y = cal_year(d);
	cal_date april = cal_from_ymd(y, 4, 1);

	return d >= april ? april : cal_from_ymd(y - 1, 4, 1);
}

static void
windows(struct d_world *w, const struct demo_opts *o)
{
	w->end = o->end;
	if (o->england) {
		int y = demo_census_end_year(o->end);
		w->keep_start = cal_from_ymd(y - 1, 4, 1);
		w->keep_end = w->end = cal_from_ymd(y, 3, 31);
		w->sim_start = cal_add_months(w->keep_start, -12 * LEAD_IN_YEARS);
	} else {
		w->keep_start = census_year_start(cal_add_months(o->end, -12 * o->years));
		w->keep_end = o->end;
		w->sim_start = cal_add_months(w->keep_start, -12 * LEAD_IN_YEARS);
	}
}

/* Marks and numbers the children to write; returns how many. */
static int
keep_kids(struct d_world *w, struct d_family *f)
{
	int kept = 0;

	for (int k = 0; k < f->nkids; k++) {
		int keep = 0;
		for (int ci = 0; ci < f->ncases && !keep; ci++)
			keep = (f->cases[ci].kids >> k & 1) &&
			    d_kid_touches(f, &f->cases[ci], k, w->keep_start, w->keep_end);
		f->kid[k].id = keep ? d_reserve(&w->rows, T_CHILDREN) : 0;
		kept += keep;
	}
	return kept;
}

/*
 * Whether a kept child's episode ci is written: when it touches the kept window, or when it
 * came within the 12 months before one that does (so that a re-referral in the window
 * has its previous referral on record, domain.md 2.1). An earlier episode is not written,
 * but its plan still counts among the child's previous plans.
 */
static int
written(const struct d_world *w, const struct d_family *f, int ci, int k)
{
	const struct d_case *c = &f->cases[ci];

	if (d_kid_touches(f, c, k, w->keep_start, w->keep_end))
		return 1;
	for (int cj = ci + 1; cj < f->ncases; cj++) {
		const struct d_case *n = &f->cases[cj];
		if (!(n->kids >> k & 1))
			continue;
		return n->referral <= cal_add_months(c->referral, 12) &&
		    d_kid_touches(f, n, k, w->keep_start, w->keep_end);
	}
	return 0;
}

static void
family(struct d_world *w, struct d_family *f, long number)
{
	d_family_make(w, f, number);
	d_case_all(w, f);
	if (!keep_kids(w, f))
		return;
	d_first_morning(w, f);
	d_family_write(w, f);
	for (int ci = 0; ci < f->ncases; ci++)
		for (int k = 0; k < f->nkids; k++) {
			if (!f->kid[k].id || !(f->cases[ci].kids >> k & 1))
				continue;
			if (written(w, f, ci, k))
				d_emit_case(w, f, ci, k);
			else
				d_count_case(w, f, ci, k);
		}
}

/* Makes the area and hands it to the writer; 0, or -1 with the writer's message. */
static int
fill(struct d_world *w, struct store *st, struct store_bulk *b, char *err, size_t errsize)
{
	double days = (double)(w->keep_end - w->sim_start + 1);
	long n = (long)((double)w->o->population * FAMILY_RATE * days / 365.25 + 0.5);
	struct d_family f;
	long long written;
	int rc = 0;

	d_rows_start(&w->rows, st, b);
	d_reference(w);
	for (long i = 0; i < n && rc == 0; i++) {
		family(w, &f, i);
		rc = d_rows_send(&w->rows);
	}
	/* Always finish: the writer must be joined even after a failure. */
	if (d_rows_finish(&w->rows, &written, err, errsize) < 0)
		rc = -1;
	w->written = written;
	return rc;
}

static int
check_opts(const struct demo_opts *o, char *err, size_t errsize)
{
	if (o->population < 1000 || o->population > 20000000) {
		snprintf(err, errsize, "the child population must be from 1000 to 20000000");
		return -1;
	}
	if (o->years < 1 || o->years > 30) {
		snprintf(err, errsize, "the history must be from 1 to 30 years");
		return -1;
	}
	if (o->end < cal_from_ymd(2000, 1, 1) || o->end > cal_from_ymd(2090, 12, 31)) {
		snprintf(err, errsize, "the end date must be from 2000-01-01 to 2090-12-31");
		return -1;
	}
	return 0;
}

int
demo_generate(struct store *st, const struct demo_opts *o, int bulk, struct demo_result *res,
    char *err, size_t errsize)
{
	struct d_world w;
	struct store_bulk *b;
	int rc;

	if (check_opts(o, err, errsize) < 0)
		return -1;
	memset(&w, 0, sizeof w);
	w.o = o;
	w.la_code = "876";
	windows(&w, o);
	/* From the adults' births to an unborn child's expected date, the only future date. */
	if (d_rows_init(&w.rows, cal_add_months(w.sim_start, -12 * 80), cal_add_days(w.end, 400),
	    err, errsize) < 0)
		return -1;
	if ((bulk && store_bulk_begin(st) < 0) || !(b = store_bulk_open(st))) {
		snprintf(err, errsize, "%s", store_error(st));
		d_rows_free(&w.rows);
		return -1;
	}
	rc = fill(&w, st, b, err, errsize);
	if (store_bulk_close(b, rc == 0) < 0 && rc == 0) {
		snprintf(err, errsize, "%s", store_error(st));
		rc = -1;
	}
	if (rc == 0 && bulk && store_bulk_end(st) < 0) {
		snprintf(err, errsize, "%s", store_error(st));
		rc = -1;
	}
	memset(res, 0, sizeof *res);
	res->children = w.children;
	res->referrals = w.referrals;
	res->plans = w.plans;
	res->conferences = w.conferences;
	res->rows = w.written;
	res->window_start = w.keep_start;
	res->window_end = w.keep_end;
	d_rows_free(&w.rows);
	return rc;
}
