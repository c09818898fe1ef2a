/* test_cin_from_store.c: a child of the store becomes the child of a census return exactly
 * as cin.h's contract says: which episodes and items are in the year, which dates had
 * happened by the reference date, and the values the return derives (unborn children,
 * UPNunknown, the conference target, the latest category, the LA number). */
#include "harness.h"
#include "base/mem.h"
#include "base/str.h"
#include "census/cin_store.h"

static struct area a;
static struct cin_pool *pool;
static const struct cin_year year = {2026, 0, 0};	/* 2025-26; dates set in main */
static struct cin_year y;

static cal_date
D(const char *s)
{
	cal_date d = CAL_NONE;
	if (s)
		cal_parse(s, &d);
	return d;
}

#define PUSH(arr) (VEC_GROW(a.arr, a.n_##arr, a.cap_##arr), memset(&a.arr[a.n_##arr], 0, \
	sizeof a.arr[0]), &a.arr[a.n_##arr++])

static struct m_child *
child(int64_t id, const char *la, const char *birth)
{
	struct m_child *c = PUSH(children);
	c->id = id;
	str_copy(c->la_child_id, sizeof c->la_child_id, la);
	c->birth = D(birth);
	c->expected_birth = c->death = CAL_NONE;
	c->sex = 'F';
	str_copy(c->ethnicity, sizeof c->ethnicity, "WBRI");
	c->disabilities = "MOB HAND";
	return c;
}

static struct m_referral *
referral(int64_t id, int64_t child_id, const char *received, const char *closed, int nfa)
{
	struct m_referral *r = PUSH(referrals);
	r->id = id;
	r->child_id = child_id;
	r->received = D(received);
	r->closure = D(closed);
	r->decision = CAL_NONE;
	r->nfa = (unsigned char)nfa;
	str_copy(r->source, sizeof r->source, "2A");
	str_copy(r->primary_need, sizeof r->primary_need, "N1");
	if (closed)
		str_copy(r->closure_reason, sizeof r->closure_reason, "RC7");
	return r;
}

static struct m_conference *
conference(int64_t id, int64_t child_id, int64_t ref, enum m_conf_kind kind, const char *held)
{
	struct m_conference *x = PUSH(conferences);
	x->id = id;
	x->child_id = child_id;
	x->referral_id = ref;
	x->kind = kind;
	x->scheduled = x->held = D(held);
	x->rescheduled_from = x->report_to_chair = x->report_to_parents = CAL_NONE;
	x->plan_circulated = x->minutes_circulated = x->cancelled = CAL_NONE;
	return x;
}

static const struct cin_child *
build(int64_t child_id, int *in)
{
	static struct cin_child out;
	const struct m_child *c = m_child_by_id(&a, child_id);

	cin_pool_reset(pool);
	*in = cin_child_from_store(&a, c, &y, pool, &out);
	return &out;
}

/* Episodes: received by R and not closed before S; closure shown only if by R. */
static void
episodes_in_the_year(void)
{
	int in;
	const struct cin_child *c;

	child(1, "C1", "2015-05-10");
	referral(10, 1, "2024-01-10", "2025-03-31", 0);	/* closed before S: out */
	referral(11, 1, "2025-03-01", "2025-04-01", 0);	/* closed on S: in */
	referral(12, 1, "2025-06-01", "2026-04-15", 0);	/* closed after R: open in the return */
	referral(13, 1, "2026-04-01", NULL, 0);		/* after R: out */
	child(2, "C2", "2012-01-01");
	referral(20, 2, "2023-01-01", "2024-06-01", 0);	/* only an old episode */
	area_index(&a);
	c = build(1, &in);
	CHECK_INT(in, 1);
	CHECK_INT(c->id, 1);
	CHECK_STR(c->la_child_id.s, "C1");
	CHECK_INT(c->nepisodes, 2);
	CHECK_INT(c->episodes[0].id, 11);
	CHECK_STR(c->episodes[0].closure.s, "2025-04-01");
	CHECK_STR(c->episodes[0].closure_reason.s, "RC7");
	CHECK_STR(c->episodes[1].referral.s, "2025-06-01");
	CHECK(c->episodes[1].closure.s == NULL && c->episodes[1].closure.d == CAL_NONE);
	CHECK(c->episodes[1].closure_reason.s == NULL);
	CHECK_STR(c->episodes[1].nfa.s, "0");
	CHECK_STR(c->episodes[1].source.s, "2A");
	CHECK_INT(c->ndisabilities, 2);
	CHECK_STR(c->disabilities[1].s, "HAND");
	CHECK(c->upn_unknown.s == NULL);	/* school age, not NFA: no reason to give */
	c = build(2, &in);
	CHECK_INT(in, 0);
	CHECK_INT(c->nepisodes, 0);
}

/* Born after R: an unborn child on R, with sex U; a death after R has not happened. */
static void
unborn_and_death(void)
{
	int in;
	const struct cin_child *c;
	struct m_child *k = child(3, "C3", "2026-05-02");

	k->death = D("2026-06-01");
	k->disabilities = NULL;
	referral(30, 3, "2026-01-10", NULL, 0);
	k = child(4, "C4", NULL);
	k->expected_birth = D("2026-07-01");
	referral(40, 4, "2026-02-10", NULL, 0);
	area_index(&a);
	c = build(3, &in);
	CHECK(c->birth.s == NULL);
	CHECK_STR(c->expected_birth.s, "2026-05-02");
	CHECK_STR(c->sex.s, "U");
	CHECK(c->death.s == NULL);
	CHECK(!c->has_disabilities);
	CHECK_STR(c->upn_unknown.s, "UN1");
	c = build(4, &in);
	CHECK_STR(c->expected_birth.s, "2026-07-01");
	CHECK_STR(c->sex.s, "U");
	/* No birth date and no expected one: of unknown age, not unborn. The sex is kept and
	 * UN1 ("not of school age") is not claimed for the child. */
	k = child(41, "C41", NULL);
	k->sex = 'M';
	referral(410, 41, "2026-02-10", NULL, 0);
	area_index(&a);
	c = build(41, &in);
	CHECK(c->birth.s == NULL && c->expected_birth.s == NULL);
	CHECK_STR(c->sex.s, "M");
	CHECK(c->upn_unknown.s == NULL);
}

static void
assessments_plans_and_enquiries(void)
{
	int in;
	const struct cin_child *c;
	const struct cin_episode *e;
	struct m_assessment *x;
	struct m_s47 *s;
	struct m_cin_plan *p;

	child(5, "C5", "2014-02-02");
	referral(50, 5, "2025-04-17", NULL, 0);
	x = PUSH(assessments);
	*x = (struct m_assessment){501, 5, 50, 0, 0, D("2025-04-17"), CAL_NONE, D("2025-05-20"),
	    "3A 4B", CAL_NONE, M_UNKNOWN};
	x = PUSH(assessments);
	*x = (struct m_assessment){502, 5, 50, 0, 0, D("2026-03-02"), D("2026-04-02"),
	    D("2026-04-10"), "21", CAL_NONE, M_UNKNOWN};
	x = PUSH(assessments);	/* authorised before S: out */
	*x = (struct m_assessment){503, 5, 50, 0, 0, D("2025-01-02"), CAL_NONE, D("2025-03-01"),
	    NULL, CAL_NONE, M_UNKNOWN};
	s = PUSH(s47s);
	*s = (struct m_s47){504, 5, 50, 0, D("2025-04-17"), CAL_NONE, CAL_NONE, "", 0, CAL_NONE,
	    0};
	s = PUSH(s47s);	/* not required, completed after R: still open on R */
	*s = (struct m_s47){505, 5, 50, 0, D("2026-03-20"), D("2026-04-01"), D("2026-04-05"), "",
	    1, CAL_NONE, 0};
	s = PUSH(s47s);	/* not required, completed before S: out */
	*s = (struct m_s47){506, 5, 50, 0, D("2025-02-01"), CAL_NONE, D("2025-03-01"), "", 1,
	    CAL_NONE, 0};
	conference(507, 5, 50, M_INITIAL, "2025-05-13")->s47_id = 504;
	p = PUSH(cin_plans);
	*p = (struct m_cin_plan){508, 5, 50, D("2025-06-01"), D("2026-05-01")};
	area_index(&a);
	c = build(5, &in);
	e = &c->episodes[0];
	CHECK_INT(e->nassessments, 2);
	CHECK_STR(e->assessments[0].authorised.s, "2025-05-20");
	CHECK_INT(e->assessments[0].nfactors, 2);
	CHECK(e->assessments[0].has_factors);
	CHECK_STR(e->assessments[0].factors[0].s, "3A");
	CHECK(e->assessments[1].authorised.s == NULL);
	CHECK(e->assessments[1].internal_review.s == NULL);
	CHECK(!e->assessments[1].has_factors && e->assessments[1].nfactors == 0);
	CHECK_INT(e->ns47s, 2);
	/* 15 working days from Thursday 17 April 2025 (domain.md 4.4): Tuesday 13 May. */
	CHECK_STR(e->s47s[0].icpc_target.s, "2025-05-13");
	CHECK_STR(e->s47s[0].icpc.s, "2025-05-13");
	CHECK_INT(e->s47s[0].icpc_id, 507);
	CHECK_INT(e->s47s[1].icpc_id, 0);
	CHECK_STR(e->s47s[0].icpc_not_required.s, "0");
	CHECK_INT(e->s47s[1].id, 505);
	CHECK_STR(e->s47s[1].icpc_target.s, "2026-04-01");
	CHECK_STR(e->s47s[1].icpc_not_required.s, "0");
	CHECK(e->icpc.s == NULL);	/* the ICPC is written under its Section47 */
	CHECK_INT(e->nplans, 1);
	CHECK(e->plans[0].end.s == NULL);
}

/* A transfer-in conference starts a plan without an enquiry; reviews after R are not yet
 * held; a review after R that changed the category leaves the category as it was on R. */
static void
plans_and_reviews(void)
{
	int in;
	const struct cin_child *c;
	const struct cin_episode *e;
	struct m_plan *p;

	child(6, "C6", "2016-09-09");
	referral(60, 6, "2025-05-01", NULL, 0);
	conference(601, 6, 60, M_TRANSFER_IN, "2025-05-06");
	p = PUSH(plans);
	p->id = 602;
	p->child_id = 6;
	p->referral_id = 60;
	p->start = D("2025-05-06");
	p->end = CAL_NONE;
	str_copy(p->initial_category, sizeof p->initial_category, "NEG");
	str_copy(p->latest_category, sizeof p->latest_category, "PHY");
	p->previous_plans = 1;
	conference(603, 6, 60, M_REVIEW, "2025-11-20")->plan_id = 602;
	conference(604, 6, 60, M_REVIEW, "2025-08-01")->plan_id = 602;
	conference(605, 6, 60, M_REVIEW, "2026-05-01")->plan_id = 602;
	a.conferences[a.n_conferences - 1].categories = M_PHY;
	a.conferences[a.n_conferences - 3].categories = M_EMO | M_SAB;
	area_index(&a);
	c = build(6, &in);
	e = &c->episodes[0];
	CHECK_STR(e->icpc.s, "2025-05-06");
	CHECK_INT(e->icpc_id, 601);
	CHECK_INT(e->ncpps, 1);
	CHECK_INT(e->cpps[0].id, 602);
	CHECK_STR(e->cpps[0].initial_category.s, "NEG");
	CHECK_STR(e->cpps[0].latest_category.s, "MUL");
	CHECK_STR(e->cpps[0].previous.s, "1");
	CHECK_INT(e->cpps[0].nreviews, 2);
	CHECK_STR(e->cpps[0].reviews[0].s, "2025-08-01");
	CHECK_STR(e->cpps[0].reviews[1].s, "2025-11-20");
	CHECK(e->cpps[0].has_reviews);
	CHECK(c->upn_unknown.s == NULL);
}

/* A plan that began before the year keeps the reviews held before it (the department
 * judges the timeliness of a plan's reviews from its start); a plan and a child in need
 * plan ending on the reference date show that end; one ending the day before S is out. */
static void
plans_across_the_year(void)
{
	int in;
	const struct cin_child *c;
	const struct cin_episode *e;
	struct m_plan *p;
	struct m_cin_plan *q;

	child(62, "C62", "2016-09-09");
	referral(620, 62, "2024-10-01", NULL, 0);
	p = PUSH(plans);
	*p = (struct m_plan){.id = 621, .child_id = 62, .referral_id = 620,
	    .start = D("2024-11-05"), .end = D("2026-03-31"), .initial_category = "NEG",
	    .latest_category = "NEG"};
	p = PUSH(plans);
	*p = (struct m_plan){.id = 622, .child_id = 62, .referral_id = 620,
	    .start = D("2024-10-10"), .end = D("2024-11-05"), .initial_category = "NEG",
	    .latest_category = "NEG"};
	conference(623, 62, 620, M_REVIEW, "2025-02-05")->plan_id = 621;
	conference(624, 62, 620, M_REVIEW, "2025-08-05")->plan_id = 621;
	q = PUSH(cin_plans);
	*q = (struct m_cin_plan){625, 62, 620, D("2024-06-01"), D("2025-03-31")};
	q = PUSH(cin_plans);
	*q = (struct m_cin_plan){626, 62, 620, D("2025-04-01"), D("2026-03-31")};
	area_index(&a);
	c = build(62, &in);
	e = &c->episodes[0];
	CHECK_INT(e->ncpps, 1);
	CHECK_INT(e->cpps[0].id, 621);
	CHECK_STR(e->cpps[0].end.s, "2026-03-31");
	CHECK_INT(e->cpps[0].nreviews, 2);
	CHECK_STR(e->cpps[0].reviews[0].s, "2025-02-05");
	CHECK(e->icpc.s == NULL);	/* its conference was before the year */
	CHECK_INT(e->nplans, 1);
	CHECK_INT(e->plans[0].id, 626);
	CHECK_STR(e->plans[0].end.s, "2026-03-31");
}

static void
upn_unknown_reasons(void)
{
	int in;
	const struct cin_child *c;
	struct m_child *k;

	k = child(7, "C7", "2012-03-03");	/* school age, only NFA episodes */
	referral(70, 7, "2025-09-01", "2025-09-02", 1);
	k = child(8, "C8", "2012-03-03");	/* school age, a UPN */
	str_copy(k->upn, sizeof k->upn, "A201123412001");
	referral(80, 8, "2025-09-01", NULL, 0);
	k = child(9, "C9", "2020-08-31");	/* the last birthday of school age in 2025-26 */
	referral(90, 9, "2025-09-01", NULL, 0);
	k = child(91, "C91", "2020-09-01");	/* the first birthday under school age */
	str_copy(k->upn_unknown, sizeof k->upn_unknown, "UN4");	/* stored: wins */
	referral(910, 91, "2025-09-01", NULL, 0);
	child(92, "C92", "2020-09-01");
	referral(920, 92, "2025-09-01", NULL, 0);
	area_index(&a);
	CHECK_STR(build(7, &in)->upn_unknown.s, "UN7");
	c = build(8, &in);
	CHECK_STR(c->upn.s, "A201123412001");
	CHECK(c->upn_unknown.s == NULL);
	CHECK(build(9, &in)->upn_unknown.s == NULL);
	CHECK_STR(build(91, &in)->upn_unknown.s, "UN4");
	CHECK_STR(build(92, &in)->upn_unknown.s, "UN1");
}

static void
header_and_la_code(void)
{
	struct cin_header h;
	char err[200];
	struct m_setting *s;
	struct m_agency *ag;

	CHECK_INT(cin_header_from_store(&a, &y, "safeguard", "1", "2026-04-01T10:00:00", pool,
	    &h, err, sizeof err), -1);
	CHECK(strstr(err, "set area.la_code") != NULL);
	ag = PUSH(agencies);
	ag->id = 1;
	str_copy(ag->kind, sizeof ag->kind, "la_childrens_services");
	str_copy(ag->la_code, sizeof ag->la_code, "876");
	CHECK_STR(cin_area_la_code(&a, y.reference), "876");
	s = PUSH(settings);
	*s = (struct m_setting){"area.la_code", "201", D("2020-01-01")};
	s = PUSH(settings);
	*s = (struct m_setting){"area.la_code", "202", D("2026-06-01")};
	area_index(&a);
	CHECK_STR(cin_area_la_code(&a, y.reference), "201");
	CHECK_STR(cin_area_la_code(&a, D("2026-07-01")), "202");
	CHECK_INT(cin_header_from_store(&a, &y, "safeguard", "1", "2026-04-01T10:00:00", pool,
	    &h, err, sizeof err), 0);
	CHECK_STR(h.lea.s, "201");
	CHECK_STR(h.year.s, "2026");
	CHECK_STR(h.reference_date.s, "2026-03-31");
	CHECK_STR(h.collection.s, "CIN");
	a.settings[0].value = "20";
	CHECK_INT(cin_header_from_store(&a, &y, "safeguard", "1", "2026-04-01T10:00:00", pool,
	    &h, err, sizeof err), -1);
	CHECK(strstr(err, "\"20\", not a three-digit") != NULL);
}

int
main(void)
{
	y = cin_year_of(year.end_year);
	pool = cin_pool_new();
	area_init(&a);
	RUN(episodes_in_the_year);
	RUN(unborn_and_death);
	RUN(assessments_plans_and_enquiries);
	RUN(plans_and_reviews);
	RUN(plans_across_the_year);
	RUN(upn_unknown_reasons);
	RUN(header_and_la_code);
	/* Strings above are literals, not pooled: only the arrays are the area's. */
	area_free(&a);
	cin_pool_free(pool);
	return DONE();
}
