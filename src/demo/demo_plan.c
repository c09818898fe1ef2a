/*
 * demo_plan.c: a child protection plan from its start to its end, and what follows it.
 *
 * A plan starts on the day of its initial (or transfer-in) conference. Its first review is
 * due three calendar months later and each next one at most six months after the last
 * (domain.md 3.1); most are held on or a little before the day, a few late. Only a
 * conference ends a plan, except when the family moves away, the child dies or turns 18.
 * How long plans last follows the 2025 bands of plans that ended (domain.md 2.2): 15.9%
 * within three months (ended at the first review), 11.0% three to six, 43.5% six to twelve,
 * 25.2% one to two years and 4.4% two years or more. The category at the start follows the
 * national pattern, neglect first and emotional abuse second; a few change at a review.
 *
 * After a plan: a step down to a child in need plan that starts on the plan's end date
 * (so the two never overlap: 4001, 4016, 4017), closure with early help or universal
 * services, care (a period in care from that day), special guardianship, or a move to
 * another authority (closed RC5 on the day the plan ends there).
 */
#include "demo/demo_int.h"

const char *const d_categories[5] = {"NEG", "PHY", "SAB", "EMO", "MUL"};

static const struct d_weight categories[] = {
	{"NEG", 50}, {"PHY", 7}, {"SAB", 4}, {"EMO", 36}, {"MUL", 3},
};
static const struct d_weight categories_adolescent[] = {
	{"NEG", 40}, {"PHY", 12}, {"SAB", 15}, {"EMO", 30}, {"MUL", 3},
};

/* How long plans that ended had lasted, England 2025 (per thousand). */
enum { LEN_3M, LEN_6M, LEN_12M, LEN_24M, LEN_MORE };
static const struct d_weight lengths[] = {
	{"<=3m", 159}, {"3-6m", 110}, {"6-12m", 435}, {"1-2y", 252}, {"2y+", 44},
};

static const struct d_weight care_closures[] = {
	{"RC7", 75}, {"RC4", 15}, {"RC3", 10},
};

static const struct d_weight legal[] = {
	{"C1", 60}, {"C2", 15}, {"V2", 20}, {"E1", 5},
};

/* A review due on `due`: mostly held on the day or up to two weeks before, a few late. */
static cal_date
review_on(struct rng *g, cal_date prev, cal_date due)
{
	cal_date d;

	if (rng_chance(g, 0.06))
		return cal_add_working_days(due, rng_range(g, 1, 12));
	d = d_workday_on_or_before(cal_add_days(due, -rng_range(g, 0, 14)));
	return d > cal_add_days(prev, 28) ? d : d_workday_on_or_before(due);
}

/* A review brought forward: held on a working day in (from, to]. */
static cal_date
review_between(struct rng *g, cal_date from, cal_date to)
{
	int span = to - from;
	cal_date d = d_workday_on_or_before(cal_add_days(from, rng_range(g, 1, span > 1 ? span : 1)));

	return d > from ? d : cal_add_working_days(from, 1);
}

static void
schedule_reviews(struct d_case *c, struct rng *g, int len)
{
	cal_date h = c->plan_start, prev = h, due = cal_add_months(h, 3);
	int final = len == LEN_3M ? 1 : len == LEN_6M ? 2 : len == LEN_12M ? 2 :
	    len == LEN_24M ? rng_range(g, 3, 4) : (rng_chance(g, 0.8) ? 5 : 6);
	int forward = len == LEN_6M || (len == LEN_12M && rng_chance(g, 0.25));

	if (len == LEN_12M && forward)
		final = 3;
	for (int i = 0; i < final; i++) {
		cal_date held = review_on(g, prev, due);
		if (i == final - 1 && forward && len == LEN_6M)
			held = review_between(g, cal_add_months(h, 4), cal_add_months(h, 6));
		else if (i == final - 1 && forward)
			held = review_between(g, cal_add_days(prev, 35),
			    cal_add_days(cal_add_months(h, 12), -1));
		if (held <= prev)
			held = cal_add_working_days(prev, 20);
		c->review[c->nreviews++] = held;
		prev = held;
		due = cal_add_months(held, 6);
	}
	c->plan_end = c->review[c->nreviews - 1];
	c->end_at_review = 1;
}

/* The family moves away: the plan ends on the day the new area's conference takes it on. */
static void
move_away(struct d_case *c, struct rng *g)
{
	int len = c->plan_end - c->plan_start;
	cal_date te = cal_add_days(c->plan_start, rng_range(g, 30, len > 31 ? len - 1 : 30));

	while (c->nreviews > 0 && c->review[c->nreviews - 1] >= te)
		c->nreviews--;
	c->plan_end = te;
	c->end_at_review = 0;
	c->end_kind = PE_TRANSFER_OUT;
	c->end_reason = "transferred";
}

/* A child dies, rarely, while on the plan: after the assessments are done, so that the
 * death only cuts the plan short (demo_emit.c), and never after the end. */
static void
maybe_death(struct d_world *w, struct d_family *f, struct d_case *c, struct rng *g)
{
	cal_date lo = cal_add_days(c->plan_start, 20), hi = cal_add_days(c->plan_end, -1), d;

	if (c->a_auth != CAL_NONE && c->a_auth >= lo)
		lo = cal_add_days(c->a_auth, 1);
	if (c->a2_auth != CAL_NONE && c->a2_auth >= lo)
		lo = cal_add_days(c->a2_auth, 1);
	if (hi - lo < 20 || !rng_chance(g, 0.003))
		return;
	d = cal_add_days(lo, rng_range(g, 0, hi - lo));
	for (int i = 0; i < f->nkids; i++)
		if ((c->kids >> i & 1) && f->kid[i].birth < c->plan_start && d <= w->end) {
			f->kid[i].death = d;
			c->dying_kid = i;
			return;
		}
}

/* Adoption ends the care of young children only. */
static int
all_young(const struct d_family *f, const struct d_case *c, cal_date on)
{
	for (int i = 0; i < f->nkids; i++)
		if ((c->kids >> i & 1) && d_age(&f->kid[i], on) >= 5)
			return 0;
	return 1;
}

/* What follows the plan, to the episode's closure. */
static void
after_plan(const struct d_family *f, struct d_case *c, struct rng *g)
{
	cal_date end = c->plan_end;

	switch (c->end_kind) {
	case PE_CIN:
		c->cin_start[c->ncin] = end;
		c->cin_end[c->ncin] = cal_add_days(end, rng_range(g, 60, 365));
		c->closure = c->cin_end[c->ncin++];
		c->reason = "RC7";
		break;
	case PE_CARE:
		c->care_start = end;
		c->care_end = cal_add_days(end, rng_range(g, 90, 1500));
		c->legal = rng_code(g, legal, D_N(legal));
		c->closure = cal_add_days(c->care_end, rng_range(g, 5, 30));
		c->reason = all_young(f, c, end) && rng_chance(g, 0.3) ? "RC1" :
		    rng_code(g, care_closures, D_N(care_closures));
		break;
	case PE_SGO:
		c->closure = end;
		c->reason = "RC4";
		break;
	case PE_TRANSFER_OUT:
		c->closure = end;
		c->reason = "RC5";
		break;
	default:
		c->closure = cal_add_working_days(end, rng_range(g, 0, 15));
		c->reason = "RC7";
	}
	/* An assessment can outlast a short plan; the episode closes after it (8565). */
	cal_date assessed = c->a2_auth != CAL_NONE ? c->a2_auth : c->a_auth;
	if (assessed != CAL_NONE && c->closure < assessed) {
		c->closure = assessed;
		if (c->end_kind == PE_CIN)
			c->cin_end[c->ncin - 1] = c->closure;
	}
}

static void
choose_end(struct d_case *c, struct rng *g)
{
	double u = rng_unit(g);

	if (u < 0.52) {
		c->end_kind = PE_CIN, c->end_reason = "child_in_need";
	} else if (u < 0.85) {
		c->end_kind = PE_CLOSE;
		c->end_reason = rng_chance(g, 0.55) ? "early_help" : "universal";
	} else if (u < 0.95) {
		c->end_kind = PE_CARE, c->end_reason = "looked_after";
	} else if (u < 0.97) {
		c->end_kind = PE_SGO, c->end_reason = "adoption_or_sgo";
	} else {
		move_away(c, g);
	}
}

void
d_plan_run(struct d_world *w, struct d_family *f, struct d_case *c, struct rng *g)
{
	const struct d_weight *cats = c->adolescent ? categories_adolescent : categories;
	static const unsigned char intervals[] = {0, 28, 42};

	/* The case moves to a child protection team at the conference (Haringey 2012-13 found
	 * delay in this transfer lengthening plans). */
	c->cp_sw = d_pick_sw(w, g, SW_PROTECTION);
	c->chair = d_pick(g, &w->chairs);
	c->initial_cat = c->latest_cat = (unsigned char)rng_index(g, cats, 5);
	c->cg_interval = intervals[rng_below(g, 3)];
	schedule_reviews(c, g, rng_index(g, lengths, D_N(lengths)));
	choose_end(c, g);
	if (c->nreviews > 1 && rng_chance(g, 0.06)) {
		c->cat_change = (unsigned char)rng_range(g, 1, c->nreviews - 1);
		c->latest_cat = (unsigned char)((c->initial_cat + rng_range(g, 1, 3)) % 4);
	}
	maybe_death(w, f, c, g);
	after_plan(f, c, g);
}
