/*
 * cin_rules_modules.c: rule tests for assessments, section 47 enquiries and
 * conferences, child protection plans and child in need plans. Part of test_cin_rules.c.
 */

static void
test_assessment_dates(void)
{
	struct fx f;

	fx_base(&f);
	f.as[0][0].start = D("2025-04-30");
	EXPECT(&f, "1103");
	fx_base(&f);
	f.as[0][0].authorised = D("2025-05-01");
	EXPECT(&f, "8608");
	fx_base(&f);
	f.as[0][0].authorised = D("2026-04-02");
	EXPECT(&f, "8696");
	fx_base(&f);
	f.as[0][0].start = D("2026-01-05");
	f.as[0][0].authorised = D(NULL);
	f.as[0][0].nfactors = 0;
	EXPECT(&f, "8670Q");
	f.as[0][0].start = D("2026-01-30");	/* 42 working days before R: in time */
	EXPECT(&f, "");
	fx_base(&f);
	f.ep[0].referral = D("2025-03-10");
	f.as[0][0].start = D("2025-03-11");
	f.as[0][0].authorised = D(NULL);
	f.as[0][0].nfactors = 0;
	EXPECT(&f, "8670Q 8736");
}

static void
test_assessment_factors(void)
{
	struct fx f;

	fx_base(&f);
	f.as[0][0].start = D("2026-03-02");
	f.as[0][0].authorised = D(NULL);
	EXPECT(&f, "8614");
	fx_base(&f);
	f.as[0][0].nfactors = 0;
	EXPECT(&f, "8897Q");
	f.as[0][0].factors[0] = T("99Z");
	f.as[0][0].factors[1] = T("3A");
	f.as[0][0].factors[2] = T("3A");
	f.as[0][0].nfactors = 3;	/* a bad code and a repeated one: both reported */
	EXPECT(&f, "8897Q 8898");
	fx_base(&f);
	fx_assessment(&f, 0, "2025-06-10", "2025-06-20", "3A", "21", NULL);
	EXPECT(&f, "8869");
	fx_base(&f);
	f.as[0][0].factors[0] = T("21");
	f.as[0][0].nfactors = 1;
	EXPECT(&f, "8873Q");
	fx_close(&f, 0, "2025-12-01", "RC8");	/* a lone "no factors" closes as RC8 */
	f.ep[0].ns47s = f.ep[0].ncpps = 0;
	EXPECT(&f, "");
	fx_base(&f);
	f.as[0][0].factors[1] = T("18A");
	EXPECT(&f, "8945Q");
	f.as[0][0].factors[1] = T("19A");
	EXPECT(&f, "8950Q");
}

static void
test_assessments_together(void)
{
	struct fx f;

	fx_base(&f);
	fx_assessment(&f, 0, "2025-06-01", "2025-06-20", "3A", NULL);
	EXPECT(&f, "8863Q");
	f.as[0][1].start = D("2025-06-10");	/* on the day the first was authorised */
	EXPECT(&f, "");
	fx_base(&f);
	f.as[0][0].start = D("2026-03-02");
	f.as[0][0].authorised = D(NULL);
	f.as[0][0].nfactors = 0;
	fx_assessment(&f, 0, "2026-03-03", NULL, NULL);
	EXPECT(&f, "8863Q 8896");
}

static void
test_s47_dates(void)
{
	struct fx f;

	fx_base(&f);
	f.s47[0][0].start = D("2025-04-30");
	EXPECT(&f, "2889");
	fx_base(&f);
	f.ep[0].icpc = D("2025-04-29");
	EXPECT(&f, "1104");
	fx_base(&f);
	f.s47[0][0].start = D("2025-05-28");
	EXPECT(&f, "8615");
	fx_base(&f);
	f.ep[0].ncpps = 0;
	f.s47[0][0].start = D("2026-03-30");
	f.s47[0][0].icpc = D("2026-04-02");
	f.s47[0][0].icpc_target = D(NULL);
	EXPECT(&f, "8715");
	fx_base(&f);
	f.s47[0][0].icpc_target = D("2025-05-31");
	EXPECT(&f, "8870Q");
	fx_base(&f);
	f.s47[0][0].icpc = D("2025-05-31");
	f.cpp[0][0].start = D("2025-05-31");
	EXPECT(&f, "8875");
	fx_base(&f);
	f.ep[0].icpc = D("2025-05-27");
	EXPECT(&f, "2884");
}

static void
test_s47_waiting(void)
{
	struct fx f;

	fx_base(&f);
	f.ep[0].ncpps = 0;
	f.s47[0][0].start = D("2026-01-05");
	f.s47[0][0].icpc_target = f.s47[0][0].icpc = D(NULL);
	EXPECT(&f, "8675Q");
	f.s47[0][0].start = D("2026-03-10");	/* the 15th working day before R: in time */
	EXPECT(&f, "");
	f.ep[0].referral = D("2025-03-10");
	f.as[0][0].start = D("2025-03-11");
	f.s47[0][0].start = D("2025-03-12");
	EXPECT(&f, "8675Q 8740");
	fx_base(&f);
	f.ep[0].ncpps = 0;
	f.ep[0].ns47s = 0;
	fx_s47(&f, 0, "2026-03-20", NULL, NULL, "0");
	fx_s47(&f, 0, "2026-03-23", NULL, NULL, "0");
	EXPECT(&f, "8839 8890");
	fx_base(&f);
	fx_s47(&f, 0, "2025-05-20", NULL, NULL, "1");
	EXPECT(&f, "8890");
	f.s47[0][1].start = D("2025-05-27");	/* on the day of the first one's conference */
	EXPECT(&f, "");
}

static void
test_cpp_start(void)
{
	struct fx f;

	fx_base(&f);
	f.cpp[0][0].start = D("2025-03-31");
	f.ep[0].referral = D("2025-04-01");
	EXPECT(&f, "1105");
	fx_base(&f);
	f.cpp[0][0].start = D("2025-05-28");
	EXPECT(&f, "2885");
	/* The CINdetails conference counts only for an episode with no Section47. */
	fx_base(&f);
	f.s47[0][0].icpc = D(NULL);
	f.s47[0][0].icpc_not_required = T("1");
	f.ep[0].icpc = D("2025-05-27");
	EXPECT(&f, "2885");
	CHECK(strstr(fx_msg, "record the conference (DateOfInitialCPC) on the enquiry") != NULL);
	f.ep[0].ns47s = 0;		/* no enquiry: the CINdetails conference is the one */
	EXPECT(&f, "");
	f.cpp[0][0].start = D(NULL);
	EXPECT(&f, "8720");
	f.cpp[0][0].start = D("2026-04-02");
	fx_no_reviews(&f.cpp[0][0]);
	EXPECT(&f, "8720");
	fx_base(&f);
	f.ch.death = D("2025-05-20");
	EXPECT(&f, "8915 8920");
	/* An open plan runs to the reference date: a death on it, or after it (outside the
	 * year, 8545Q), is one the plan may still end at. */
	fx_base(&f);
	f.ch.death = D("2026-03-31");
	EXPECT(&f, "");
	f.ch.death = D("2026-04-05");
	EXPECT(&f, "8545Q");
	f.ch.death = D("2026-03-30");
	EXPECT(&f, "8920");
}

static void
test_cpp_end(void)
{
	struct fx f;

	fx_base(&f);
	f.cpp[0][0].end = D("2025-05-27");
	EXPECT(&f, "8840");
	f.cpp[0][0].end = D("2025-05-20");
	EXPECT(&f, "8925");
	f.cpp[0][0].end = D("2026-04-05");
	EXPECT(&f, "8930");
	fx_base(&f);
	f.ch.death = D("2025-09-01");
	f.cpp[0][0].end = D("2025-09-10");
	EXPECT(&f, "8920");
}

static void
test_cpp_codes_and_reviews(void)
{
	struct fx f;

	fx_base(&f);
	f.cpp[0][0].initial_category = T("NEGL");
	EXPECT(&f, "8905");
	f.cpp[0][0].initial_category = T("NEG");
	f.cpp[0][0].latest_category = T(NULL);
	EXPECT(&f, "8910");
	f.cpp[0][0].latest_category = T("MUL");
	f.cpp[0][0].previous = T("-1");
	EXPECT(&f, "8730");
	f.cpp[0][0].previous = T(NULL);
	EXPECT(&f, "8730");
	fx_base(&f);
	f.cpp[0][0].reviews[0] = D("2025-05-27");
	EXPECT(&f, "8841");
	/* Every review is checked, not only the first. */
	f.cpp[0][0].reviews[0] = D("2025-08-20");
	f.cpp[0][0].reviews[1] = D("2025-13-01");
	f.cpp[0][0].reviews[2] = D("");
	f.cpp[0][0].nreviews = 3;
	EXPECT(&f, "8842Q 8842Q");
	f.cpp[0][0].nreviews = 0;	/* a Reviews element with no date in it */
	f.cpp[0][0].has_reviews = 1;
	EXPECT(&f, "8842Q");
}

static void
test_cpps_together(void)
{
	struct fx f;

	fx_base(&f);
	fx_s47(&f, 0, "2025-07-25", NULL, "2025-08-01", "0");
	f.cpp[0][0].end = D("2025-09-01");
	fx_cpp(&f, 0, "2025-08-01", NULL, NULL);
	EXPECT(&f, "8940");
	f.cpp[0][0].end = D("2025-08-01");	/* a new plan on the day the last ended */
	EXPECT(&f, "");
	f.cpp[0][0].end = D(NULL);
	EXPECT(&f, "8935 8940");
}

static void
test_cin_plan_dates(void)
{
	struct fx f;

	fx_cin(&f);
	f.pl[0][0].start = D(NULL);
	EXPECT(&f, "4010");
	f.pl[0][0].start = D("2026-04-05");
	EXPECT(&f, "4010");
	fx_cin(&f);
	f.pl[0][0].end = D("2026-04-10");
	EXPECT(&f, "4013");
	f.pl[0][0].start = D("2025-05-30");
	f.pl[0][0].end = D(NULL);
	EXPECT(&f, "4015");
	fx_closed(&f);
	f.pl[0][0].end = D("2025-07-01");
	EXPECT(&f, "4011");
	f.pl[0][0].end = D("2025-07-02");
	EXPECT(&f, "4012Q");
	fx_closed(&f);
	f.ch.death = D("2025-07-01");
	EXPECT(&f, "4008 4009Q");
	f.ch.death = D("2025-09-01");
	EXPECT(&f, "4009Q");
	fx_cin(&f);		/* the plan is open: as 8920, it runs to the reference date */
	f.ch.death = D("2026-03-31");
	EXPECT(&f, "");
	f.ch.death = D("2026-04-05");
	EXPECT(&f, "8545Q");
	f.ch.death = D("2026-03-30");
	EXPECT(&f, "4009Q");
}

static void
test_cin_plans_together(void)
{
	struct fx f;

	fx_closed(&f);
	f.pl[0][0].end = D("2025-08-30");
	fx_plan(&f, 0, "2025-08-01", "2025-09-30");
	EXPECT(&f, "4014");
	f.pl[0][1].start = D("2025-08-30");	/* on the day the first ended */
	EXPECT(&f, "");
	fx_cin(&f);
	fx_plan(&f, 0, "2025-08-01", NULL);
	EXPECT(&f, "4004 4014");
}

/* A date that is there but is not one is reported under the rule that bounds its field. */
static void
test_dates_that_are_not_dates(void)
{
	struct fx f;

	fx_base(&f);
	f.as[0][0].authorised = D("2025-02-30");
	EXPECT(&f, "8696");
	CHECK(strstr(fx_msg, "\"2025-02-30\" of the episode referred on 2025-05-01") != NULL);
	fx_base(&f);
	f.as[0][0].start = D(NULL);
	EXPECT(&f, "8736");
	fx_base(&f);
	f.s47[0][0].start = D("5 May 2025");
	EXPECT(&f, "8615 8740");
	f.s47[0][0].start = D("2025-05-05");
	f.s47[0][0].icpc_target = D("2025-05-32");
	EXPECT(&f, "8870Q");
	fx_base(&f);
	f.ep[0].icpc = D("2025-13-01");
	EXPECT(&f, "8715");
	fx_base(&f);
	f.cpp[0][0].end = D("2025-9-1");
	EXPECT(&f, "8930");
	fx_base(&f);
	fx_close(&f, 0, "2025-13-01", "RC7");
	EXPECT(&f, "8620");
	fx_base(&f);
	f.ch.birth = D("2015-13-01");
	EXPECT(&f, "8525Q");
	f.ch.birth = D("2015-05-10");
	f.ch.death = D("yesterday");
	EXPECT(&f, "8545Q");
	fx_closed(&f);
	f.pl[0][0].end = D("2025-09-31");
	EXPECT(&f, "4013");
	fx_unborn(&f);
	f.ch.expected_birth = D("2026-05-40");
	EXPECT(&f, "8530Q");
}

static void
test_cin_plans_beside_cpps(void)
{
	struct fx f;

	fx_base(&f);
	fx_no_reviews(&f.cpp[0][0]);
	fx_plan(&f, 0, "2025-06-10", NULL);
	EXPECT(&f, "4001 4016");
	fx_base(&f);
	f.cpp[0][0].end = D("2025-09-01");
	fx_plan(&f, 0, "2025-08-25", "2025-10-01");
	EXPECT(&f, "4016");
	f.pl[0][0].start = D("2025-09-01");	/* stepped down the day the plan ended */
	EXPECT(&f, "");
	fx_base(&f);
	fx_plan(&f, 0, "2025-05-20", "2025-06-01");
	EXPECT(&f, "4017");
	f.pl[0][0].end = D("2025-05-27");	/* ended the day the protection plan started */
	EXPECT(&f, "");
	fx_base(&f);
	f.cpp[0][0].end = D("2025-08-01");
	fx_plan(&f, 0, "2025-08-01", "2025-09-30");
	EXPECT(&f, "4003");		/* a review dated after the plan it reviews ended */
	f.cpp[0][0].end = D("2025-08-20");	/* the review that ended it: allowed */
	f.pl[0][0].start = D("2025-08-20");
	EXPECT(&f, "");
}
