/*
 * test_cin_rules_entry.c: the census rules for one child as its records are saved
 * (cin_rules_at_entry): each finding comes with its code, its message and the store
 * record to fix; a child with nothing in the year's return breaks no rule; the rules that
 * need the whole return stay quiet.
 */
#include "harness.h"

#include "base/mem.h"
#include "base/str.h"
#include "census/rules.h"
#include "model/model.h"

static struct area a;

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

/* A girl referred by her school on 1 May 2025, assessed, an enquiry, a conference on 27
 * May and a plan from that day: clean in 2025-26. */
static void
build(void)
{
	struct m_child *c = PUSH(children);
	struct m_referral *r = PUSH(referrals);
	struct m_assessment *as = PUSH(assessments);
	struct m_s47 *s = PUSH(s47s);
	struct m_conference *x = PUSH(conferences);
	struct m_plan *p = PUSH(plans);

	c->id = 1;
	str_copy(c->la_child_id, sizeof c->la_child_id, "CHILDA001");
	str_copy(c->upn, sizeof c->upn, "F201123412001");
	c->birth = D("2015-05-10");
	c->expected_birth = c->death = CAL_NONE;
	c->sex = 'F';
	str_copy(c->ethnicity, sizeof c->ethnicity, "WBRI");
	c->disabilities = "MOB HAND";
	*r = (struct m_referral){.id = 10, .child_id = 1, .received = D("2025-05-01"),
	    .decision = CAL_NONE, .closure = CAL_NONE};
	str_copy(r->source, sizeof r->source, "2A");
	str_copy(r->primary_need, sizeof r->primary_need, "N1");
	*as = (struct m_assessment){.id = 20, .child_id = 1, .referral_id = 10,
	    .start = D("2025-05-02"), .internal_review = CAL_NONE,
	    .authorised = D("2025-06-10"), .factors = "3A 4B"};
	*s = (struct m_s47){.id = 30, .child_id = 1, .referral_id = 10, .start = D("2025-05-05"),
	    .icpc_target = D("2025-05-27"), .completed = D("2025-05-27")};
	*x = (struct m_conference){.id = 40, .child_id = 1, .referral_id = 10, .s47_id = 30,
	    .kind = M_INITIAL, .scheduled = D("2025-05-27"), .held = D("2025-05-27"),
	    .rescheduled_from = CAL_NONE, .report_to_chair = CAL_NONE,
	    .report_to_parents = CAL_NONE, .plan_circulated = CAL_NONE,
	    .minutes_circulated = CAL_NONE, .cancelled = CAL_NONE};
	*p = (struct m_plan){.id = 50, .child_id = 1, .referral_id = 10,
	    .start_conference_id = 40, .start = D("2025-05-27"), .end = CAL_NONE};
	str_copy(p->initial_category, sizeof p->initial_category, "NEG");
	str_copy(p->latest_category, sizeof p->latest_category, "NEG");
	area_index(&a);
}

static void
clean_child(void)
{
	struct cin_entries e = {0};

	CHECK_INT(cin_rules_at_entry(&a, 1, 2026, CAL_NONE, &e), 0);
	CHECK_INT(e.in_return, 1);
	cin_entries_free(&e);
}

static void
findings_name_the_record(void)
{
	struct cin_entries e = {0};

	a.assessments[0].start = D("2025-04-28");	/* before the referral: 1103 */
	CHECK_INT(cin_rules_at_entry(&a, 1, 2026, CAL_NONE, &e), 1);
	CHECK_STR(e.v[0].rule->code, "1103");
	CHECK_STR(e.v[0].table, "assessments");
	CHECK_INT(e.v[0].id, 20);
	CHECK(strstr(e.v[0].message, "2025-04-28") != NULL);
	a.assessments[0].start = D("2025-05-02");
	a.conferences[0].held = D("2025-05-31");	/* a Saturday: 8875, and 2885 */
	a.conferences[0].scheduled = D("2025-05-31");
	CHECK_INT(cin_rules_at_entry(&a, 1, 2026, CAL_NONE, &e), 2);
	CHECK_STR(e.v[0].rule->code, "8875");
	CHECK_STR(e.v[0].table, "s47_enquiries");
	CHECK_INT(e.v[0].id, 30);
	CHECK_STR(e.v[1].rule->code, "2885");
	CHECK_STR(e.v[1].table, "cp_plans");
	CHECK_INT(e.v[1].id, 50);
	a.conferences[0].held = a.conferences[0].scheduled = D("2025-05-27");
	cin_entries_free(&e);
}

static void
outside_the_year_and_unknown(void)
{
	struct cin_entries e = {0};

	a.assessments[0].start = D("2025-04-28");
	CHECK_INT(cin_rules_at_entry(&a, 1, 2024, CAL_NONE, &e), 0);	/* 2023-24: not in it yet */
	CHECK_INT(e.in_return, 0);
	CHECK_INT(cin_rules_at_entry(&a, 99, 2026, CAL_NONE, &e), -1);
	a.assessments[0].start = D("2025-05-02");
	cin_entries_free(&e);
}

int
main(void)
{
	area_init(&a);
	build();
	RUN(clean_child);
	RUN(findings_name_the_record);
	RUN(outside_the_year_and_unknown);
	area_free(&a);
	return DONE();
}
