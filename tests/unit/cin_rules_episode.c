/*
 * cin_rules_episode.c: rule tests for an episode's own fields, a child's episodes
 * together, and what closure, NFA and the reason for closure allow. Part of
 * test_cin_rules.c.
 */

/* fx_closed without its assessment and plan: a bare closed episode. */
static void
fx_bare_closed(struct fx *f)
{
	fx_closed(f);
	f->ep[0].nassessments = 0;
	f->ep[0].nplans = 0;
}

static void
test_8600_8606_8555Q_referral_date(void)
{
	struct fx f;

	fx_base(&f);
	f.ep[0].nassessments = f.ep[0].ns47s = f.ep[0].ncpps = 0;
	f.ep[0].referral = D(NULL);
	EXPECT(&f, "8600");
	f.ep[0].referral = D("2025-02-30");
	EXPECT(&f, "8600");
	f.ep[0].referral = D("2026-04-02");
	EXPECT(&f, "8600");
	fx_base(&f);
	f.ch.birth = D("2026-02-10");	/* 280 days before is 6 May 2025 */
	EXPECT(&f, "8606");
	fx_bare_closed(&f);
	f.ch.death = D("2025-05-30");
	EXPECT(&f, "8555Q");
}

static void
test_8866_referral_source(void)
{
	struct fx f;

	fx_base(&f);
	f.ep[0].source = T(NULL);
	EXPECT(&f, "8866");
	f.ep[0].source = T("2C");
	EXPECT(&f, "8866");
}

static void
test_8568_8569Q_8610_8650_nfa_and_need(void)
{
	struct fx f;

	fx_base(&f);
	f.ep[0].nfa = T(NULL);
	EXPECT(&f, "8568");
	f.ep[0].nfa = T("yes");
	EXPECT(&f, "8568");
	f.ep[0].nfa = T("FALSE");	/* any letter case */
	EXPECT(&f, "");
	fx_base(&f);
	fx_episode(&f, 1, "2025-03-28");	/* before 31 March, the working day before S */
	f.ep[1].nfa = T("1");
	EXPECT(&f, "8569Q");
	f.ep[1].referral = D("2025-03-31");
	EXPECT(&f, "");
	fx_base(&f);
	f.ep[0].primary_need = T(NULL);
	EXPECT(&f, "8610");
	f.ep[0].primary_need = T("N10");
	EXPECT(&f, "8650");
}

static void
test_closure_fields(void)
{
	struct fx f;

	fx_closed(&f);
	f.ep[0].closure = D("2026-04-10");
	EXPECT(&f, "8620");
	fx_bare_closed(&f);
	f.ep[0].closure = D("2025-05-30");
	EXPECT(&f, "8630");
	fx_closed(&f);
	f.ep[0].closure_reason = T("RC10");
	EXPECT(&f, "8640");
	f.ep[0].closure_reason = T(NULL);
	EXPECT(&f, "8805");
	fx_base(&f);
	f.ep[0].closure_reason = T("RC7");
	EXPECT(&f, "8810");
	fx_closed(&f);
	f.ep[0].closure_reason = T("RC2");
	EXPECT(&f, "8585Q");
}

static void
test_8815_8816_8820_episodes_together(void)
{
	struct fx f;

	fx_bare_closed(&f);
	fx_episode(&f, 1, "2025-09-01");	/* referred while the first is still open */
	fx_close(&f, 1, "2025-10-15", "RC7");
	EXPECT(&f, "8820");
	CHECK(strstr(fx_msg, "2025-09-30") != NULL);
	f.ep[1].referral = D("2025-09-30");	/* on the day the first closed: allowed */
	EXPECT(&f, "");
	fx_bare_closed(&f);
	fx_episode(&f, 1, "2025-06-01");	/* two open on one day */
	f.ep[0].closure = D(NULL);
	f.ep[0].closure_reason = T(NULL);
	EXPECT(&f, "8815 8820");
	fx_bare_closed(&f);
	fx_episode(&f, 1, "2025-10-01");	/* open, but an earlier one is open too */
	f.ep[0].closure = D(NULL);
	f.ep[0].closure_reason = T(NULL);
	EXPECT(&f, "8815 8816 8820");
	f.ep[1].nfa = T("1");			/* an NFA referral while one is open */
	fx_close(&f, 1, "2025-10-01", "RC7");
	EXPECT(&f, "8816 8820");
}

static void
test_8565_after_closure(void)
{
	struct fx f;

	fx_closed(&f);
	f.pl[0][0].end = D("2025-10-05");
	EXPECT(&f, "8565");
	CHECK(strstr(fx_msg, "CINPlanEndDate") != NULL);
	fx_closed(&f);
	f.as[0][0].authorised = D("2025-10-01");
	EXPECT(&f, "8565");
	fx_base(&f);
	f.ep[0].ns47s = f.ep[0].ncpps = 0;
	f.ep[0].icpc = D("2025-06-12");		/* a conference on CINdetails, after closure */
	fx_close(&f, 0, "2025-06-11", "RC7");
	EXPECT(&f, "8565");
	CHECK(strstr(fx_msg, "DateOfInitialCPC") != NULL);
}

static void
test_8867_8868_closed_with_work_open(void)
{
	struct fx f;

	fx_cin(&f);
	f.ep[0].nplans = 0;
	f.ep[0].referral = D("2026-02-20");
	fx_close(&f, 0, "2026-03-10", "RC7");
	f.as[0][0].start = D("2026-02-23");
	f.as[0][0].authorised = D(NULL);
	f.as[0][0].nfactors = 0;
	EXPECT(&f, "8867");
	fx_closed(&f);
	fx_s47(&f, 0, "2025-06-05", NULL, "2025-06-20", "1");	/* a conference and not needed */
	EXPECT(&f, "8868");
	f.s47[0][0].icpc = D(NULL);
	f.s47[0][0].icpc_not_required = T("0");	/* neither */
	EXPECT(&f, "8675Q 8868");
	f.s47[0][0].icpc_not_required = T("1");
	EXPECT(&f, "");
}

static void
test_8831_8832_4000_no_further_action(void)
{
	struct fx f;

	fx_closed(&f);
	f.ep[0].nfa = T("1");
	f.ep[0].nplans = 0;
	EXPECT(&f, "8831");
	fx_closed(&f);
	f.ep[0].nfa = T("1");
	f.ep[0].nassessments = 0;
	EXPECT(&f, "4000");
	fx_cin(&f);
	f.ep[0].nassessments = f.ep[0].nplans = 0;
	f.ep[0].referral = D("2025-03-31");
	f.ep[0].nfa = T("1");
	fx_cpp(&f, 0, "2025-03-31", "2025-04-10", NULL);	/* began before the year */
	EXPECT(&f, "8832");
}

static void
test_2990_8825Q_2991Q_reasons(void)
{
	struct fx f;

	fx_closed(&f);
	f.ep[0].closure_reason = T("RC8");
	EXPECT(&f, "2990");
	fx_bare_closed(&f);
	f.ep[0].closure_reason = T("RC9");
	EXPECT(&f, "8825Q");
	fx_base(&f);
	f.ep[0].nassessments = 0;
	EXPECT(&f, "2991Q");
}
