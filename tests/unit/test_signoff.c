/*
 * test_signoff.c: which decisions await a manager's signature (model/signoff.c): a
 * decision not made awaits nothing, one made awaits its signature until it is dated, an
 * assessment is signed by its authorised_date (submitted or not), and a manager's list
 * holds their team's decisions and those of referrals with no team, by kind and oldest
 * first.
 */
#include "harness.h"
#include "ts_fixture.h"

#include "model/signoff.h"
#include "base/str.h"
#include "records/rec.h"

/* Team 1's child 1 and team 2's child 2, each with one of every kind of decision. */
static void
area_of(struct area *a)
{
	area_init(a);
	add_child(a, 1, "C1", "2015-01-01");
	add_child(a, 2, "C2", "2016-01-01");
	add_child(a, 3, "C3", "2017-01-01");
	/* child 1, team 1: NFA made, not signed; another referral not NFA */
	struct m_referral *r = add_referral(a, 10, 1, "2025-01-06");
	r->team_id = 1, r->nfa = 1, r->decision = D("2025-01-07");
	r = add_referral(a, 11, 1, "2025-03-03");
	r->team_id = 1;
	/* assessment submitted, awaiting; one authorised without submission; one open */
	struct m_assessment *x = add_assessment(a, 20, 1, 11, "2025-03-03");
	x->submitted = D("2025-03-20");
	x = add_assessment(a, 21, 1, 11, "2025-03-04");
	x->authorised = D("2025-03-25"), x->authorised_by_id = 7;
	add_assessment(a, 22, 1, 11, "2025-03-05");
	/* enquiry with an outcome, awaiting; one signed; one open */
	struct m_s47 *s = add_s47(a, 30, 1, 11, 0, "2025-03-10");
	s->completed = D("2025-03-14");
	str_copy(s->outcome, sizeof s->outcome, "child_in_need");
	s = add_s47(a, 31, 1, 11, 0, "2025-03-11");
	s->completed = D("2025-03-15");
	str_copy(s->outcome, sizeof s->outcome, "conference");
	s->outcome_authorised = D("2025-03-17"), s->outcome_authorised_by_id = 7;
	add_s47(a, 32, 1, 11, 0, "2025-03-12");
	/* child 2, team 2: a plan ended, awaiting */
	r = add_referral(a, 12, 2, "2025-02-03");
	r->team_id = 2;
	struct m_plan *p = add_plan(a, 40, 2, 12, 0, "2025-02-20");
	p->end = D("2025-06-02");
	/* child 3, no team: NFA awaiting, for any manager */
	r = add_referral(a, 13, 3, "2025-04-01");
	r->nfa = 1;
	fx_done(a);
}

static void
states(void)
{
	struct area a;
	struct sign_info s;
	const struct m_child *c;

	area_of(&a);
	c = m_child_by_id(&a, 1);
	CHECK(sign_find(&a, c, SIGN_NFA, 10, &s));
	CHECK_INT(s.state, SIGN_AWAITING);
	CHECK_INT(s.decided, D("2025-01-07"));
	CHECK_INT(s.team_id, 1);
	CHECK(sign_find(&a, c, SIGN_NFA, 11, &s));
	CHECK_INT(s.state, SIGN_UNDECIDED);
	CHECK(sign_find(&a, c, SIGN_ASSESSMENT, 20, &s));
	CHECK_INT(s.state, SIGN_AWAITING);
	CHECK_INT(s.decided, D("2025-03-20"));
	CHECK(sign_find(&a, c, SIGN_ASSESSMENT, 21, &s));
	CHECK_INT(s.state, SIGN_SIGNED);
	CHECK_INT(s.signed_by, 7);
	CHECK(sign_find(&a, c, SIGN_ASSESSMENT, 22, &s));
	CHECK_INT(s.state, SIGN_UNDECIDED);
	CHECK(sign_find(&a, c, SIGN_S47, 30, &s));
	CHECK_INT(s.state, SIGN_AWAITING);
	CHECK(sign_find(&a, c, SIGN_S47, 31, &s));
	CHECK_INT(s.state, SIGN_SIGNED);
	CHECK_INT(s.signed_on, D("2025-03-17"));
	CHECK(sign_find(&a, c, SIGN_S47, 32, &s));
	CHECK_INT(s.state, SIGN_UNDECIDED);
	CHECK(!sign_find(&a, c, SIGN_PLAN_END, 40, &s));	/* child 2's, not child 1's */
	CHECK(sign_find(&a, m_child_by_id(&a, 2), SIGN_PLAN_END, 40, &s));
	CHECK_INT(s.state, SIGN_AWAITING);
	CHECK_INT(s.team_id, 2);
	CHECK(sign_find(&a, m_child_by_id(&a, 3), SIGN_NFA, 13, &s));
	CHECK_INT(s.decided, D("2025-04-01"));	/* no decision date: the referral's */
	CHECK(sign_team_may(&s, 1) && sign_team_may(&s, 0));
	CHECK(sign_find(&a, c, SIGN_NFA, 10, &s));
	CHECK(sign_team_may(&s, 1) && !sign_team_may(&s, 2) && !sign_team_may(&s, 0));
	area_free(&a);
}

static void
lists(void)
{
	struct area a;
	struct sign_info *v;
	size_t n;

	area_of(&a);
	n = sign_awaiting(&a, 1, &v);
	CHECK_INT(n, 4);		/* team 1's three, and child 3's with no team */
	if (n == 4) {
		CHECK_INT(v[0].kind, SIGN_NFA);
		CHECK_INT(v[0].id, 10);		/* the older first */
		CHECK_INT(v[1].id, 13);
		CHECK_INT(v[2].kind, SIGN_ASSESSMENT);
		CHECK_INT(v[3].kind, SIGN_S47);
	}
	xfree(v);
	n = sign_awaiting(&a, 2, &v);
	CHECK_INT(n, 2);
	if (n == 2) {
		CHECK_INT(v[0].id, 13);
		CHECK_INT(v[1].kind, SIGN_PLAN_END);
	}
	xfree(v);
	CHECK_INT(sign_awaiting(&a, 0, &v), 1);	/* a manager with no team */
	xfree(v);
	area_free(&a);
}

static void
names(void)
{
	for (int k = 0; k < SIGN_NKINDS; k++) {
		const struct table *t = records_table(sign_table((enum sign_kind)k));
		CHECK(t != NULL);
		CHECK_INT(sign_kind_of(sign_table((enum sign_kind)k)), k);
		CHECK(t && records_col_index(t, sign_date_col((enum sign_kind)k)) >= 0);
		CHECK(t && records_col_index(t, sign_by_col((enum sign_kind)k)) >= 0);
	}
	CHECK_INT(sign_kind_of("children"), -1);
	CHECK_INT(sign_kind_of(NULL), -1);
}

/* A record of table with the given columns set, "name=value" each, ids and flags as
 * numbers; checked by the record layer: the number of errors, the first in *msg. */
static int
checked(const char *table, const char *const *set, char *msg, size_t size)
{
	const struct table *t = records_table(table);
	struct field row[64];
	struct rec_errors e;

	memset(row, 0, sizeof row);
	rec_errors_clear(&e);
	for (int i = 0; set[i]; i++) {
		const char *eq = strchr(set[i], '=');
		char name[64];
		snprintf(name, sizeof name, "%.*s", (int)(eq - set[i]), set[i]);
		int col = records_col_index(t, name);
		const struct column *c = &t->cols[col];
		row[col].present = 1;
		if (c->type == COL_DATE || c->type == COL_TEXT || c->type == COL_CODE)
			row[col].s = eq + 1;
		else
			str_to_i64(eq + 1, &row[col].i);
	}
	rec_check(t, row, &e);
	snprintf(msg, size, "%s", e.n ? e.v[0].message : "");
	return e.n;
}

/* A signature is never dated before the decision it signs (records.c's date orders). */
static void
orders(void)
{
	char m[320];
	const char *nfa[] = {"id=1", "child_id=1", "received_date=2025-01-06", "source=1A",
	    "nfa=1", "decision_date=2025-01-07", "nfa_authorised_date=2025-01-06", NULL};
	const char *s47[] = {"id=1", "child_id=1", "referral_id=1", "start_date=2025-03-10",
	    "completed_date=2025-03-14", "outcome=child_in_need", "icpc_not_required=1",
	    "outcome_authorised_date=2025-03-13", NULL};
	const char *plan[] = {"id=1", "child_id=1", "referral_id=1", "start_conference_id=1",
	    "start_date=2025-02-20", "initial_category=NEG", "latest_category=NEG",
	    "previous_plans=0", "end_date=2025-06-02", "end_reason=child_in_need",
	    "end_authorised_date=2025-05-30", NULL};
	const char *as[] = {"id=1", "child_id=1", "referral_id=1", "start_date=2025-03-03",
	    "submitted_date=2025-03-20", "authorised_date=2025-03-19", NULL};

	CHECK_INT(checked("referrals", nfa, m, sizeof m), 1);
	CHECK(strstr(m, "a decision cannot be signed before it is made") != NULL);
	CHECK_INT(checked("s47_enquiries", s47, m, sizeof m), 1);
	CHECK(strstr(m, "an outcome cannot be signed before the enquiry ends") != NULL);
	CHECK_INT(checked("cp_plans", plan, m, sizeof m), 1);
	CHECK(strstr(m, "a plan's end cannot be signed before it ends") != NULL);
	CHECK_INT(checked("assessments", as, m, sizeof m), 1);
	CHECK(strstr(m, "an assessment cannot be signed before it is completed") != NULL);
	as[5] = "authorised_date=2025-03-20";	/* signed the day it was sent: fine */
	CHECK_INT(checked("assessments", as, m, sizeof m), 0);
}

int
main(void)
{
	RUN(orders);
	RUN(states);
	RUN(lists);
	RUN(names);
	return DONE();
}
