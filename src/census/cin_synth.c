/*
 * cin_synth.c: synthetic children of a census return, for tests and benchmarks.
 *
 * The importer, the exporter and the readers need returns of every size, from a handful
 * of children to the national 700,000, long before a real area's data is at hand; these
 * are made up, seeded and repeatable. Each child is shaped to pass the department's rules
 * for its year (domain-cin.md), so that a generated return is also a clean one:
 *   - referrals fall between the start of the year and ten weeks before its end, so every
 *     assessment (authorised within 20 working days: 8670Q, 8696) and conference (within
 *     15 working days of the enquiry: 8675Q, 8715) lands in the year;
 *   - a conference is on a working day (8875), its plan starts that day (2885), and plans
 *     and child in need plans never share an episode (4001, 4016, 4017);
 *   - a closed episode closes after everything in it (8565), for a reason other than died;
 *   - a school-age child has a UPN with its check letter (1510) or the reason UN4; a
 *     younger child UN1 (8770Q), one with only NFA referrals UN7 (8772); an unborn child
 *     has sex U (8750) and an expected date in range (8530Q, 8606);
 *   - everyone born has a disability entry (8540) from all 13 codes (2887Q, 2888Q).
 * The values are written exactly as the export would write them back after an import
 * (InitialCPCtarget and UPNunknown always given), so import then export is an identity.
 */
#include "census/cin_synth.h"

#include <stdio.h>
#include <string.h>

#include "codes/codes.h"

static uint64_t
next(struct cin_synth *g)
{
	uint64_t z = (g->state += 0x9E3779B97F4A7C15ull);	/* splitmix64 */

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

static int
pick(struct cin_synth *g, int n)
{
	return (int)(next(g) % (uint64_t)n);
}

static int
chance(struct cin_synth *g, int percent)
{
	return pick(g, 100) < percent;
}

void
cin_synth_init(struct cin_synth *g, const struct cin_year *y, uint64_t seed)
{
	g->year = *y;
	g->state = seed;
}

static struct cin_date
mkdate(struct cin_pool *p, cal_date d)
{
	struct cin_date out = {NULL, 0, d};
	char text[11];

	cal_format(d, text);
	out.s = cin_pool_strndup(p, text, 10);
	return out;
}

static struct cin_text
mktext(const char *s)
{
	struct cin_text out = {s, 0};
	return out;
}

/* A random code of a list, other than those in `not` (space-separated). */
static const char *
random_code(struct cin_synth *g, const char *list, const char *not)
{
	const struct code_list *l = codes_list(list);

	for (;;) {
		const char *c = l->codes[pick(g, l->n)].code;
		char word[8];
		snprintf(word, sizeof word, " %s ", c);
		if (!not || !strstr(not, word))
			return c;
	}
}

static struct cin_text *
random_codes(struct cin_synth *g, struct cin_pool *p, const char *list, const char *not,
    int n)
{
	struct cin_text *out = cin_pool_alloc(p, (size_t)n * sizeof *out);

	for (int i = 0; i < n; i++) {
		const char *c;
		int dup;
		do {
			c = random_code(g, list, not);
			dup = 0;
			for (int k = 0; k < i; k++)
				dup |= strcmp(out[k].s, c) == 0;
		} while (dup);
		out[i] = mktext(c);
	}
	return out;
}

/* Rule 1510: the check letter of characters 2-13, weighted by position, mod 23. */
static const char *
make_upn(struct cin_pool *p, long index)
{
	static const char alphabet[] = "ABCDEFGHJKLMNPQRTUVWXYZ";
	char upn[16];
	int sum = 0;

	unsigned long digits = (unsigned long)index % 100000000ul;

	snprintf(upn, sizeof upn, "X201%08lu%u", digits, (unsigned)(digits % 7u));
	for (int i = 1; i < 13; i++)
		sum += (upn[i] - '0') * (i + 1);
	upn[0] = alphabet[sum % 23];
	return cin_pool_strndup(p, upn, 13);
}

static void
synth_identity(struct cin_synth *g, long index, struct cin_pool *p, struct cin_child *c,
    int *unborn)
{
	const struct cin_year *y = &g->year;
	char id[16];

	snprintf(id, sizeof id, "C%07ld", index);
	c->la_child_id.s = cin_pool_strndup(p, id, strlen(id));
	*unborn = chance(g, 2);
	if (*unborn) {
		c->expected_birth = mkdate(p, y->reference + 30 + pick(g, 170));
		c->sex = mktext("U");
		c->ethnicity = mktext("NOBT");
		return;
	}
	c->birth = mkdate(p, y->reference - 200 - pick(g, 17 * 365));
	c->sex = mktext(chance(g, 50) ? "F" : "M");
	c->ethnicity = mktext(random_code(g, "ethnicity", " NOBT REFU "));
	c->has_disabilities = 1;
	if (chance(g, 80)) {
		c->ndisabilities = 1;
		c->disabilities = cin_pool_alloc(p, sizeof *c->disabilities);
		c->disabilities[0] = mktext("NONE");
	} else {
		c->ndisabilities = 1 + pick(g, 3);
		c->disabilities = random_codes(g, p, "disability", " NONE ", c->ndisabilities);
	}
}

/* Rule 8770Q: school age is born on or before 31 August six years before R's year. */
static void
synth_upn(struct cin_synth *g, long index, struct cin_pool *p, struct cin_child *c,
    int all_nfa)
{
	if (!cin_school_age(c->birth.d, &g->year))
		c->upn_unknown = mktext("UN1");
	else if (chance(g, 85))
		c->upn.s = make_upn(p, index);
	else
		c->upn_unknown = mktext(all_nfa ? "UN7" : "UN4");
}

static cal_date
synth_assessment(struct cin_synth *g, struct cin_pool *p, struct cin_episode *e)
{
	struct cin_assessment *a = cin_assessment_init(cin_pool_alloc(p, sizeof *a));
	cal_date start = cal_add_working_days(e->referral.d, 1 + pick(g, 3));
	cal_date done = cal_add_working_days(start, 5 + pick(g, 15));

	a->start = mkdate(p, start);
	a->authorised = mkdate(p, done);
	a->has_factors = 1;
	a->nfactors = 1 + pick(g, 3);
	a->factors = random_codes(g, p, "assessment_factor", " 18A 19A 21 ", a->nfactors);
	e->assessments = a;
	e->nassessments = 1;
	return done;
}

/* A plan from the conference, with reviews at 3 months and every 6 after (domain.md 3). */
static cal_date
synth_cpp(struct cin_synth *g, struct cin_pool *p, struct cin_episode *e, cal_date icpc)
{
	struct cin_cpp *c = cin_cpp_init(cin_pool_alloc(p, sizeof *c));
	cal_date end = chance(g, 35) ? icpc + 90 + pick(g, 200) : CAL_NONE, last = icpc;
	cal_date review = cal_add_months(icpc, 3);
	int n = 0;

	if (end != CAL_NONE && end > g->year.reference)
		end = CAL_NONE;
	c->start = mkdate(p, icpc);
	if (end != CAL_NONE)
		c->end = mkdate(p, end);
	c->initial_category = mktext(random_code(g, "abuse_category", NULL));
	c->latest_category = chance(g, 80) ? c->initial_category :
	    mktext(random_code(g, "abuse_category", NULL));
	c->previous = mktext(chance(g, 80) ? "0" : "1");
	c->reviews = cin_pool_alloc(p, 4 * sizeof *c->reviews);
	while (n < 4 && review <= g->year.reference && (end == CAL_NONE || review < end)) {
		c->reviews[n++] = mkdate(p, review);
		last = review;
		review = cal_add_months(review, 6);
	}
	c->nreviews = n;
	c->has_reviews = n > 0;
	e->cpps = c;
	e->ncpps = 1;
	return end != CAL_NONE ? end : last;
}

/* A section 47 enquiry: a conference (and most often a plan), or none needed. */
static cal_date
synth_s47(struct cin_synth *g, struct cin_pool *p, struct cin_episode *e, int *plan)
{
	struct cin_s47 *s = cin_s47_init(cin_pool_alloc(p, sizeof *s));
	cal_date start = cal_add_working_days(e->referral.d, 1 + pick(g, 2));
	cal_date icpc = cal_add_working_days(start, 5 + pick(g, 11));

	s->start = mkdate(p, start);
	s->icpc_target = mkdate(p, cal_add_working_days(start, 15));
	e->s47s = s;
	e->ns47s = 1;
	*plan = 0;
	if (chance(g, 40)) {
		s->icpc_not_required = mktext("1");
		return start;
	}
	s->icpc = mkdate(p, icpc);
	s->icpc_not_required = mktext("0");
	*plan = chance(g, 80);
	return *plan ? synth_cpp(g, p, e, icpc) : icpc;
}

static cal_date
synth_cin_plan(struct cin_synth *g, struct cin_pool *p, struct cin_episode *e, cal_date from)
{
	struct cin_plan *c = cin_plan_init(cin_pool_alloc(p, sizeof *c));
	cal_date start = cal_add_working_days(from, 1), end = start + 60 + pick(g, 200);

	c->start = mkdate(p, start);
	if (chance(g, 40) && end <= g->year.reference)
		c->end = mkdate(p, end);
	e->plans = c;
	e->nplans = 1;
	return c->end.s ? end : start;
}

static void
close_episode(struct cin_synth *g, struct cin_pool *p, struct cin_episode *e, cal_date last,
    const char *reason)
{
	cal_date when = last + 1 + pick(g, 20);

	if (when > g->year.reference)
		return;
	e->closure = mkdate(p, when);
	e->closure_reason = mktext(reason);
}

/* An episode that goes on to an assessment and perhaps an enquiry, a plan or a CIN plan. */
static void
synth_episode(struct cin_synth *g, struct cin_pool *p, struct cin_episode *e, cal_date ref)
{
	static const char *const reasons[] = {"RC7", "RC7", "RC7", "RC3", "RC4", "RC5"};
	cal_date last;
	int plan = 0;

	e->referral = mkdate(p, ref);
	e->source = mktext(random_code(g, "referral_source", NULL));
	e->primary_need = mktext(random_code(g, "primary_need", " N0 "));
	e->nfa = mktext("0");
	last = synth_assessment(g, p, e);
	if (chance(g, 30)) {
		cal_date s = synth_s47(g, p, e, &plan);
		last = s > last ? s : last;
	}
	if (!plan && chance(g, 40)) {
		cal_date c = synth_cin_plan(g, p, e, last);
		last = c > last ? c : last;
		if (!e->plans[0].end.s)
			return;		/* an open plan keeps the episode open */
	}
	if ((plan && e->cpps[0].end.s) || (!plan && chance(g, 45)))
		close_episode(g, p, e, last, reasons[pick(g, 6)]);
}

static void
synth_nfa(struct cin_synth *g, struct cin_pool *p, struct cin_episode *e, cal_date ref)
{
	e->referral = mkdate(p, ref);
	e->source = mktext(random_code(g, "referral_source", NULL));
	e->primary_need = mktext(random_code(g, "primary_need", NULL));
	e->closure = e->referral;
	e->closure_reason = mktext("RC7");
	e->nfa = mktext("1");
}

/* An earlier episode of the year, closed after an assessment with no further action. */
static cal_date
synth_closed_early(struct cin_synth *g, struct cin_pool *p, struct cin_episode *e, cal_date ref)
{
	cal_date done;

	e->referral = mkdate(p, ref);
	e->source = mktext(random_code(g, "referral_source", NULL));
	e->primary_need = mktext(random_code(g, "primary_need", " N0 "));
	e->nfa = mktext("0");
	done = synth_assessment(g, p, e);
	e->closure = mkdate(p, done);
	e->closure_reason = mktext("RC8");
	return done;
}

void
cin_synth_child(struct cin_synth *g, long index, struct cin_pool *p, struct cin_child *c)
{
	const struct cin_year *y = &g->year;
	cal_date first = y->start, last = y->reference - 70, ref;
	int unborn, nfa;

	cin_child_init(c);
	synth_identity(g, index, p, c, &unborn);
	if (unborn && c->expected_birth.d - 270 > first)
		first = c->expected_birth.d - 270;	/* rule 8606 */
	c->episodes = cin_pool_alloc(p, 2 * sizeof *c->episodes);
	ref = first + pick(g, last - first + 1);
	nfa = !unborn && chance(g, 15);
	if (!nfa && ref > first + 120 && chance(g, 15)) {
		cal_date done = synth_closed_early(g, p, cin_episode_init(&c->episodes[0]),
		    first + pick(g, 40));
		c->nepisodes = 1;
		if (ref <= done + 10)
			ref = done + 11;
	}
	if (nfa)
		synth_nfa(g, p, cin_episode_init(&c->episodes[c->nepisodes++]), ref);
	else
		synth_episode(g, p, cin_episode_init(&c->episodes[c->nepisodes++]), ref);
	synth_upn(g, index, p, c, nfa);
}
