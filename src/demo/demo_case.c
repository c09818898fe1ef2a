/*
 * demo_case.c: the episodes of need of one family, from referral to closure, as dates.
 *
 * An episode (a referral, the census CINdetails) takes one of the paths of domain.md 2.2,
 * with England's 2025 proportions of referrals: no further action (6.5%); assessed and
 * found not in need (30.8%, closed RC8 or RC9 on the day the assessment is authorised);
 * a section 47 enquiry (about 36%: 230,590 enquiries for 632,830 referrals), of which
 * about 31% lead to an initial conference (72,100) and 86% of those to a plan (61,840);
 * and the rest in need without an enquiry, often with a child in need plan. Durations are
 * drawn from the published bands: assessments from the 2025 distribution of working days,
 * initial conferences from the 0-10 / 11-15 / 16-20 / 21+ bands (81% within 15). Siblings
 * go through an episode together: one referral date, one enquiry, conferences on one day.
 *
 * Every choice here is also a census choice (domain-cin.md), made so the return of every
 * census year has no errors and no queries:
 *   - an assessment still open at a 31 March is at most 43 working days old there, and a
 *     section 47 enquiry still unresolved at most 13 (8670Q, 8675Q, with a margin for the
 *     counting convention); one that would run longer is concluded by that 31 March;
 *   - an assessment always starts no later than the enquiry and is not authorised before a
 *     1 April the enquiry runs across, so a return with a section 47 also has its
 *     assessment (2991Q); an episode that escalates to an enquiry is assessed again;
 *     not-in-need episodes have an assessment and nothing
 *     else, close on its authorisation day (8825Q, 2990), and alone carry factor 21 (8873Q);
 *   - NFA episodes close the day they are decided, at most one working day after the
 *     referral (8569Q), with no assessment (8831);
 *   - a child in need plan ends the day before a plan's initial conference and one that
 *     follows a plan starts on its end date (4001, 4016, 4017); episodes of a family follow
 *     each other without overlap (8820) and only the last can be open (8815, 8816).
 */
#include "demo/demo_int.h"

#include <stdio.h>
#include <string.h>

static const struct d_weight sources[] = {
	{"6", 285}, {"2A", 205}, {"2B", 10}, {"3A", 30}, {"3B", 20}, {"3C", 5}, {"3D", 15},
	{"3E", 35}, {"3F", 45}, {"4", 15}, {"5A", 55}, {"5B", 20}, {"5C", 25}, {"5D", 35},
	{"1A", 45}, {"1B", 10}, {"1C", 10}, {"1D", 10}, {"7", 35}, {"8", 50}, {"9", 20},
	{"10", 20},
};

static const struct d_weight needs[] = {
	{"N1", 45}, {"N2", 12}, {"N3", 5}, {"N4", 12}, {"N5", 16}, {"N6", 4}, {"N7", 1},
	{"N8", 3}, {"N0", 2},
};

static const struct d_weight not_in_need_needs[] = {
	{"N9", 50}, {"N4", 15}, {"N5", 15}, {"N1", 10}, {"N0", 10},
};

static const struct d_weight factors_family[] = {
	{"3B", 22}, {"4B", 20}, {"16A", 12}, {"17A", 10}, {"2B", 9}, {"1B", 6}, {"3A", 6},
	{"5B", 3}, {"6B", 3}, {"18C", 4}, {"19C", 2}, {"4A", 3}, {"20", 5}, {"3C", 2}, {"2C", 1},
	{"1C", 1}, {"7A", 1}, {"23A", 1}, {"22A", 1}, {"8F", 1}, {"9A", 1}, {"12A", 1},
};

static const struct d_weight factors_adolescent[] = {
	{"10A", 15}, {"11A", 12}, {"24A", 12}, {"13A", 6}, {"14A", 10}, {"4A", 15}, {"15A", 10},
	{"2A", 8}, {"1A", 4}, {"18B", 4}, {"19B", 4}, {"3B", 6},
};

static const struct d_weight mild_factors[] = {
	{"20", 30}, {"4B", 20}, {"3B", 20}, {"14A", 15}, {"6B", 15},
};

static const struct d_weight closure_reasons[] = {
	{"RC7", 84}, {"RC5", 6}, {"RC3", 5}, {"RC4", 5},
};

/* Working days from start to authorisation, England 2025 (domain.md 2.2). */
static const struct d_band assessment_days[] = {
	{117, 0, 0}, {756, 1, 10}, {1122, 11, 20}, {1023, 21, 30}, {1314, 31, 40},
	{1227, 41, 45}, {376, 46, 50}, {279, 51, 60}, {275, 61, 90},
};

/* Working days from the enquiry's start to the initial conference, England 2025. */
static const struct d_band icpc_days[] = {
	{624, 5, 10}, {5243, 11, 15}, {643, 16, 20}, {699, 21, 35},
};

/* Days an episode of need runs after its assessment: most close within a year, some run
 * for years (children with disabilities, families with long-standing needs). */
static const struct d_band cin_days[] = {
	{40, 20, 120}, {35, 121, 365}, {19, 366, 900}, {6, 901, 2500},
};

cal_date
d_workday_on_or_after(cal_date d)
{
	return cal_is_working_day(d) ? d : cal_add_working_days(d, 1);
}

cal_date
d_workday_on_or_before(cal_date d)
{
	return cal_is_working_day(d) ? d : cal_add_working_days(d, -1);
}

cal_date
d_year_end_clip(cal_date start, cal_date end, int max_wd)
{
	for (int y = cal_year(start);; y++) {
		cal_date march31 = cal_from_ymd(y, 3, 31);
		if (march31 >= end)
			return end;
		if (march31 >= start && cal_working_days_between(start, march31) > max_wd)
			return d_workday_on_or_before(march31);
	}
}

static void
strcat_code(char *dst, size_t size, const char *code)
{
	size_t n = strlen(dst);

	snprintf(dst + n, size - n, "%s", code);
}

static cal_date
latest(cal_date a, cal_date b)
{
	if (a == CAL_NONE)
		return b;
	return b == CAL_NONE || a > b ? a : b;
}

/* Factors identified at an assessment: one to four, never twice, never 18A or 19A. */
static void
pick_factors(struct rng *g, struct d_case *c, const struct d_weight *w, int n, int most)
{
	int want = rng_range(g, 1, most), have = 0;
	const char *chosen[4];

	c->factors[0] = '\0';
	for (int tries = 0; have < want && tries < 12; tries++) {
		const char *code = rng_code(g, w, n);
		int dup = 0;
		for (int i = 0; i < have; i++)
			dup |= strcmp(chosen[i], code) == 0;
		if (dup)
			continue;
		chosen[have++] = code;
		if (have > 1)
			strcat_code(c->factors, sizeof c->factors, " ");
		strcat_code(c->factors, sizeof c->factors, code);
	}
}

static cal_date
assessed(struct d_family *f, cal_date start)
{
	cal_date done = cal_add_working_days(start, rng_band(&f->rng, assessment_days,
	    D_N(assessment_days)));

	return d_year_end_clip(start, done, 43);
}

static void
assess(struct d_family *f, struct d_case *c, cal_date start)
{
	c->a_start = start;
	c->a_auth = assessed(f, start);
}

/* An enquiry is in the return of every census year it is open in; its episode's assessment
 * must be too (2991Q), so it is not authorised before the 1 April of the year the enquiry
 * ends in: it is then completed with the enquiry. */
static cal_date
with_enquiry(cal_date authorised, const struct d_s47 *s)
{
	cal_date april = cal_from_ymd(cal_year(s->concluded), 4, 1);

	if (april > s->concluded)
		april = cal_from_ymd(cal_year(s->concluded) - 1, 4, 1);
	return authorised < april ? s->concluded : authorised;
}

static void
close_case(struct d_case *c, cal_date when, const char *reason)
{
	c->closure = when;
	c->reason = reason;
}

/* In need, after the assessment (and any enquiry): a plan for some, then closure. */
static void cin_phase(struct d_world *w, struct d_family *f, struct d_case *c, cal_date t0);

static void
conclude_s47(struct d_family *f, struct d_s47 *s, cal_date start, double p_icpc)
{
	struct rng *g = &f->rng;

	s->strategy = s->start = start;
	s->target = cal_add_working_days(start, 15);
	s->icpc = (unsigned char)rng_chance(g, p_icpc);
	if (s->icpc) {
		s->concluded = cal_add_working_days(start, rng_band(g, icpc_days, D_N(icpc_days)));
		s->plan = (unsigned char)rng_chance(g, 0.86);
	} else {
		s->concluded = cal_add_working_days(start, rng_range(g, 5, 25));
	}
	s->concluded = d_year_end_clip(start, s->concluded, 13);
}

static int
escalation_allowed(const struct d_family *f, const struct d_case *c, cal_date at)
{
	for (int i = 0; i < f->nkids; i++)
		if ((c->kids >> i & 1) && f->kid[i].birth <= at &&
		    d_kid_adult(&f->kid[i]) <= cal_add_days(at, 90))
			return 0;
	return 1;
}

/* A child in need episode that turns into a section 47 enquiry; 1 if it reached a plan. */
static int
escalate(struct d_world *w, struct d_family *f, struct d_case *c, cal_date t0, int days)
{
	struct rng *g = &f->rng;
	cal_date from = cal_add_days(latest(c->ncin ? c->cin_start[0] : t0, c->a_auth), 21);
	cal_date at = d_workday_on_or_after(cal_add_days(from, rng_range(g, 0, days - 40)));
	struct d_s47 *s = &c->s47[c->ns47];

	if (days < 90 || c->ns47 >= 2 || !escalation_allowed(f, c, at) || !rng_chance(g, 0.06))
		return 0;
	c->ns47++;
	c->escalated = 1;
	conclude_s47(f, s, at, 0.5);
	c->a2_start = at;
	c->a2_auth = with_enquiry(assessed(f, at), s);
	if (!(s->icpc && s->plan))
		return 0;
	if (c->ncin)
		c->cin_end[0] = cal_add_days(s->concluded, -1);
	c->plan_start = s->concluded;
	d_plan_run(w, f, c, g);
	return 1;
}

/* A child in need because of a disability dies, now and then, while services continue
 * (RC2 with the death date, 8585Q); after the assessment and the start of any plan, so
 * that the death only cuts the episode short. */
static void
life_limited(struct d_world *w, struct d_family *f, struct d_case *c, cal_date t0, int days)
{
	struct rng *g = &f->rng;
	cal_date lo = latest(cal_add_days(t0, 30), cal_add_days(c->a_auth, 1)), d;

	if (strcmp(c->need, "N2") != 0 || !rng_chance(g, 0.012))
		return;
	if (c->ncin)
		lo = latest(lo, cal_add_days(c->cin_start[0], 1));
	d = cal_add_days(lo, rng_range(g, 0, days - 30));
	if (d > w->end || d >= cal_add_days(t0, days))
		return;
	for (int i = 0; i < f->nkids; i++)
		if ((c->kids >> i & 1) && f->kid[i].birth < t0 &&
		    strcmp(f->kid[i].disabilities, "NONE") != 0) {
			f->kid[i].death = d;
			c->dying_kid = i;
			return;
		}
}

static void
cin_phase(struct d_world *w, struct d_family *f, struct d_case *c, cal_date t0)
{
	struct rng *g = &f->rng;
	int days = rng_band(g, cin_days, D_N(cin_days));
	cal_date close;

	if (c->need && strcmp(c->need, "N2") == 0)
		days += rng_range(g, 0, 900);
	if (!c->cin_sw)
		c->cin_sw = d_pick_sw(w, g, SW_CHILD_IN_NEED);
	if (rng_chance(g, 0.75)) {
		c->ncin = 1;
		c->cin_start[0] = cal_add_working_days(t0, rng_range(g, 1, 10));
	}
	if (escalate(w, f, c, t0, days))
		return;
	if (!c->escalated)
		life_limited(w, f, c, t0, days);
	close = cal_add_days(t0, days);
	close = latest(latest(close, c->a_auth), c->a2_auth);
	for (int i = 0; i < c->ns47; i++)
		close = latest(close, cal_add_working_days(c->s47[i].concluded, 5));
	if (c->ncin) {
		close = latest(close, cal_add_days(c->cin_start[0], 14));
		c->cin_end[0] = close;
	}
	close_case(c, close, rng_code(g, closure_reasons, D_N(closure_reasons)));
}

static cal_date
referral_day(struct rng *g, cal_date d)
{
	/* Most referrals arrive on working days; the police refer at weekends too. */
	if (!cal_is_working_day(d) && rng_chance(g, 0.85))
		return d_workday_on_or_after(d);
	return d;
}

static void
mark_unborn(struct d_family *f, struct d_case *c)
{
	for (int i = 0; i < f->nkids; i++)
		if ((c->kids >> i & 1) && f->kid[i].birth > c->referral &&
		    f->kid[i].expected == CAL_NONE)
			f->kid[i].expected = f->kid[i].edd;
}

static void
clear_case(struct d_case *c)
{
	memset(c, 0, sizeof *c);
	c->decision = c->closure = c->a_start = c->a_auth = c->tconf = CAL_NONE;
	c->a2_start = c->a2_auth = CAL_NONE;
	c->plan_start = c->plan_end = c->care_start = c->care_end = CAL_NONE;
	c->dying_kid = -1;
}

static void
no_further_action(struct d_case *c)
{
	c->nfa = 1;
	close_case(c, c->decision, "RC7");
}

static void
not_in_need(struct d_family *f, struct d_case *c, cal_date start)
{
	struct rng *g = &f->rng;

	c->need = rng_code(g, not_in_need_needs, D_N(not_in_need_needs));
	assess(f, c, start);
	if (rng_chance(g, 0.6))
		strcat_code(c->factors, sizeof c->factors, "21");
	else
		pick_factors(g, c, mild_factors, D_N(mild_factors), 1);
	close_case(c, c->a_auth, rng_chance(g, 0.75) ? "RC8" : "RC9");
}

static void
enquiry(struct d_world *w, struct d_family *f, struct d_case *c, cal_date start)
{
	struct rng *g = &f->rng;
	cal_date strategy = cal_add_working_days(start, rng_range(g, 0, 3));
	struct d_s47 *s = &c->s47[c->ns47++];

	c->need = rng_chance(g, 0.9) ? "N1" : rng_code(g, needs, D_N(needs));
	/* The assessment starts no later than the enquiry (2991Q at any 31 March). */
	assess(f, c, strategy < start ? strategy : start);
	conclude_s47(f, s, strategy, f->had_plan ? 0.31 : 0.25);
	c->a_auth = with_enquiry(c->a_auth, s);
	if (s->icpc && s->plan) {
		c->plan_start = s->concluded;
		d_plan_run(w, f, c, g);
	} else if (s->icpc || rng_chance(g, 0.45)) {
		cin_phase(w, f, c, latest(s->concluded, s->icpc ? CAL_NONE : c->a_auth));
	} else {
		close_case(c, cal_add_working_days(latest(c->a_auth, s->concluded),
		    rng_range(g, 0, 10)), "RC7");
	}
}

static void
transfer_in(struct d_world *w, struct d_family *f, struct d_case *c, cal_date start)
{
	struct rng *g = &f->rng;

	c->transfer_in = 1;
	c->source = "5C";
	c->need = "N1";
	assess(f, c, start);
	/* The receiving authority holds its conference within 15 working days (domain.md 3.1). */
	c->tconf = cal_add_working_days(start, rng_range(g, 8, 15));
	c->plan_start = c->tconf;
	d_plan_run(w, f, c, g);
}

static int
one_case(struct d_world *w, struct d_family *f, struct d_case *c, cal_date r)
{
	struct rng *g = &f->rng;
	int adolescent = rng_chance(g, 0.25);
	cal_date start;
	double u;

	clear_case(c);
	c->kids = d_family_kids_at(w, f, r, adolescent);
	if (!c->kids)
		c->kids = d_family_kids_at(w, f, r, adolescent = 0);
	if (!c->kids)
		return 0;
	c->adolescent = (unsigned char)adolescent;
	c->referral = r;
	c->decision = cal_is_working_day(r) && rng_chance(g, 0.7) ? r : cal_add_working_days(r, 1);
	c->source = rng_code(g, sources, D_N(sources));
	c->sw = d_pick_sw(w, g, SW_ASSESSMENT);
	mark_unborn(f, c);
	start = cal_add_working_days(d_workday_on_or_after(r), rng_range(g, 0, 2));
	u = rng_unit(g);
	if (rng_chance(g, 0.012)) {
		transfer_in(w, f, c, start);
	} else if (u < 0.065) {
		no_further_action(c);
	} else if (u < 0.373) {
		not_in_need(f, c, start);
	} else if (u < 0.373 + (f->had_plan ? 0.42 : 0.34)) {
		enquiry(w, f, c, start);
	} else {
		c->need = rng_code(g, needs, D_N(needs));
		assess(f, c, start);
		cin_phase(w, f, c, c->a_auth);
	}
	if (!c->nfa && !c->factors[0])
		pick_factors(g, c, adolescent ? factors_adolescent : factors_family,
		    adolescent ? D_N(factors_adolescent) : D_N(factors_family), 4);
	return 1;
}

void
d_case_all(struct d_world *w, struct d_family *f)
{
	struct rng *g = &f->rng;
	cal_date r = referral_day(g, f->arrival);

	f->ncases = 0;
	while (f->ncases < D_MAX_CASES && r <= w->end) {
		struct d_case *c = &f->cases[f->ncases];
		if (!one_case(w, f, c, r))
			break;
		f->ncases++;
		int quick = c->nfa || (c->reason && c->reason[2] >= '8');
		if (c->plan_start != CAL_NONE)
			f->had_plan = 1;
		if (c->closure == CAL_NONE || c->closure >= w->end)
			break;
		/* Re-referral: about a fifth of referrals come within a year of the last
		 * (domain.md 2.2: 22.6%), most often after a short episode. */
		if (!rng_chance(g, quick ? 0.6 : f->had_plan ? 0.42 : 0.35))
			break;
		r = cal_add_days(c->closure, rng_chance(g, quick ? 0.85 : 0.4) ?
		    rng_range(g, 7, 250) : rng_range(g, 250, 1500));
		r = referral_day(g, r);
	}
}
