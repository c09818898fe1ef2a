/*
 * cin_rules_child.c: rule tests for the header, the child's identifiers and
 * characteristics, the UPN and the return as a whole. Part of test_cin_rules.c.
 */

/* A second clean child: a boy under school age, referred by a health visitor, assessed,
 * on a child in need plan from 2 July 2025 that is still open. */
static void
fx_cin(struct fx *f)
{
	memset(f, 0, sizeof *f);
	f->ch.line = fx_line++;
	f->ch.la_child_id = T("CHILDB002");
	f->ch.upn_unknown = T("UN1");
	f->ch.birth = D("2024-01-15");
	f->ch.sex = T("M");
	f->ch.ethnicity = T("AIND");
	f->ch.episodes = f->ep;
	fx_disabilities(f, "NONE", NULL);
	fx_episode(f, 0, "2025-06-01");
	f->ep[0].source = T("3B");
	f->ep[0].primary_need = T("N4");
	fx_assessment(f, 0, "2025-06-02", "2025-07-01", "6B", NULL);
	fx_plan(f, 0, "2025-07-02", NULL);
}

/* fx_cin, with the plan ended on 30 September and the episode closed that day (RC7). */
static void
fx_closed(struct fx *f)
{
	fx_cin(f);
	f->pl[0][0].end = D("2025-09-30");
	fx_close(f, 0, "2025-09-30", "RC7");
}

/* An unborn child (expected 15 May 2026) referred in January 2026 and assessed. */
static void
fx_unborn(struct fx *f)
{
	memset(f, 0, sizeof *f);
	f->ch.line = fx_line++;
	f->ch.la_child_id = T("CHILDD004");
	f->ch.upn_unknown = T("UN1");
	f->ch.expected_birth = D("2026-05-15");
	f->ch.sex = T("U");
	f->ch.ethnicity = T("NOBT");
	f->ch.episodes = f->ep;
	fx_episode(f, 0, "2026-01-10");
	f->ep[0].source = T("3B");
	fx_assessment(f, 0, "2026-01-12", "2026-02-10", "2B", NULL);
}

static void
test_clean_children(void)
{
	struct fx f;

	fx_base(&f);
	CHECK_STR(fx_codes(&f), "");
	fx_cin(&f);
	CHECK_STR(fx_codes(&f), "");
	fx_closed(&f);
	CHECK_STR(fx_codes(&f), "");
	fx_unborn(&f);
	CHECK_STR(fx_codes(&f), "");
}

/* The codes header h and child f break, the header deciding the year. */
static const char *
fx_codes_header(const struct cin_header *h, struct fx *f)
{
	struct cin_check *c;

	fx_reset();
	c = cin_check_new(h, fx_collect, NULL);
	if (f)
		cin_check_child(c, &f->ch);
	cin_check_free(c);
	return fx_join();
}

static void
test_100_reference_date(void)
{
	struct cin_header h;
	struct fx f;

	memset(&h, 0, sizeof h);
	h.year = T("2026");
	h.reference_date = D("2026-03-31");
	fx_base(&f);
	CHECK_STR(fx_codes_header(&h, &f), "");
	h.reference_date = D("2026-03-30");
	fx_mark("100");
	CHECK_STR(fx_codes_header(&h, &f), "100");
	h.reference_date = D("31/03/2026");
	CHECK_STR(fx_codes_header(&h, &f), "100");
	CHECK(strstr(fx_msg, "31/03/2026") != NULL);
	CHECK_STR(fx_codes_header(NULL, &f), "100");
	/* A Year that disagrees is reported; the ReferenceDate still decides the year. */
	h.reference_date = D("2026-03-31");
	h.year = T("2025");
	f.ch.death = D("2025-12-01");
	f.cpp[0][0].end = D("2025-12-01");
	CHECK_STR(fx_codes_header(&h, &f), "100");
}

/* Without a usable ReferenceDate no rule is judged against a guessed year. */
static void
test_no_year_no_period_rules(void)
{
	struct cin_header h;
	struct fx f;

	memset(&h, 0, sizeof h);
	fx_base(&f);
	f.ch.death = D("2019-01-01");		/* 8545Q in any year near the file's */
	f.cpp[0][0].start = D("2030-05-27");	/* 8720 after any plausible reference date */
	f.s47[0][0].icpc = D("2030-05-27");
	f.ch.upn = T(NULL);			/* 8770Q needs the year for school age */
	fx_no_reviews(&f.cpp[0][0]);
	CHECK_STR(fx_codes_header(&h, &f), "100 8555Q 8915 8920");
}

static void
test_8500_1570_1580_la_child_id(void)
{
	struct fx f;

	fx_base(&f);
	f.ch.la_child_id = T(NULL);
	EXPECT(&f, "8500");
	f.ch.la_child_id = T("");
	EXPECT(&f, "8500");
	f.ch.la_child_id = T("CHILDA00100000000000001");
	EXPECT(&f, "1570");
	f.ch.la_child_id = T("CHILDA0010000000000A");	/* 20 characters: allowed */
	EXPECT(&f, "");
	f.ch.la_child_id = T("CHILD-A001");
	EXPECT(&f, "1580");
	CHECK(strstr(fx_msg, "'-'") != NULL);
	f.ch.la_child_id = T("CHILD A001");
	EXPECT(&f, "1580");
	/* Characters, not bytes: fifteen accented letters are 30 bytes but not too long, and
	 * the message quotes the character whole, so the JSON and CSV reports stay UTF-8. */
	f.ch.la_child_id = T("\xC3\x89\xC3\x89\xC3\x89\xC3\x89\xC3\x89\xC3\x89\xC3\x89"
	    "\xC3\x89\xC3\x89\xC3\x89\xC3\x89\xC3\x89\xC3\x89\xC3\x89\xC3\x89");
	EXPECT(&f, "1580");
	CHECK(strstr(fx_msg, "contains '\xC3\x89'") != NULL);
	CHECK(fx_utf8(fx_msg));
	{
		static char id[CIN_MAX_VALUE + 1];	/* as long as a file's value can be: the */

		for (int i = 0; i < CIN_MAX_VALUE / 2; i++)	/* message is cut, not a character */
			memcpy(id + 2 * i, "\xC3\xA9", 2);
		f.ch.la_child_id = T(id);
		EXPECT(&f, "1570 1580");
		CHECK(strstr(fx_msg, "is 512 characters long") == NULL);	/* cut before */
		CHECK(fx_utf8(fx_msg));
	}
}

static void
test_4180_8750_sex(void)
{
	struct fx f;

	fx_base(&f);
	f.ch.sex = T(NULL);
	EXPECT(&f, "4180");
	f.ch.gender_current = T("2");
	EXPECT(&f, "4180");
	CHECK(strstr(fx_msg, "GenderCurrent") != NULL);
	f.ch.sex = T("X");
	EXPECT(&f, "4180");
	fx_unborn(&f);
	f.ch.sex = T("F");
	EXPECT(&f, "8750");
}

static void
test_4220_ethnicity(void)
{
	struct fx f;

	fx_base(&f);
	f.ch.ethnicity = T(NULL);
	EXPECT(&f, "4220");
	f.ch.ethnicity = T("WBR");
	EXPECT(&f, "4220");
}

static void
test_8520_8525Q_8530Q_birth(void)
{
	struct fx f;

	fx_unborn(&f);
	f.ch.expected_birth = D(NULL);
	f.ch.birth = D("2026-04-02");
	fx_disabilities(&f, "NONE", NULL);
	EXPECT(&f, "8520");
	fx_unborn(&f);
	f.ch.birth = D("2026-03-20");
	fx_disabilities(&f, "NONE", NULL);
	EXPECT(&f, "8525Q");
	fx_base(&f);
	f.ch.birth = D(NULL);
	EXPECT(&f, "8525Q");
	fx_unborn(&f);
	f.ch.expected_birth = D("2026-02-20");	/* before 1 March, 30 days before R */
	EXPECT(&f, "8530Q");
	f.ch.expected_birth = D("2026-03-01");
	EXPECT(&f, "");
	f.ch.expected_birth = D("2026-12-31");	/* R + 9 months: the last allowed day */
	f.ep[0].referral = D("2026-03-30");
	f.as[0][0].start = D("2026-03-30");
	f.as[0][0].authorised = D("2026-03-31");
	EXPECT(&f, "");
	f.ch.expected_birth = D("2027-01-01");
	EXPECT(&f, "8530Q");
}

static void
test_8535Q_8545Q_death(void)
{
	struct fx f;

	fx_closed(&f);
	f.ch.birth = D("2025-10-15");
	f.ch.death = D("2025-10-01");
	EXPECT(&f, "8535Q");
	fx_closed(&f);
	f.ch.death = D("2026-04-05");
	EXPECT(&f, "8545Q");
}

static void
test_8590_no_episode(void)
{
	struct fx f;

	fx_base(&f);
	f.ch.nepisodes = 0;
	EXPECT(&f, "8590");
}

static void
test_8770Q_8772_upn_expected(void)
{
	struct fx f;

	fx_base(&f);
	f.ch.upn = T(NULL);
	EXPECT(&f, "8770Q");
	f.ch.upn_unknown = T("UN1");
	EXPECT(&f, "8770Q");
	f.ch.upn_unknown = T("UN4");
	EXPECT(&f, "");
	f.ch.birth = D("2020-09-01");	/* too young: after 31 August 2020 */
	f.ch.upn_unknown = T(NULL);
	EXPECT(&f, "");
	fx_base(&f);
	f.ch.upn_unknown = T("UN7");
	EXPECT(&f, "8772");
}

static void
test_8775Q_over_25(void)
{
	struct fx f;

	fx_base(&f);
	f.ch.birth = D("2000-01-01");
	EXPECT(&f, "8775Q");
	f.ch.birth = D("2001-01-01");	/* 25 on 1 January 2026, before the reference date */
	EXPECT(&f, "8775Q");
	f.ch.birth = D("2001-04-01");
	EXPECT(&f, "");
}

static void
test_8540_8790_8794_disabilities(void)
{
	struct fx f;

	fx_base(&f);
	fx_disabilities(&f, NULL);
	EXPECT(&f, "8540");
	fx_disabilities(&f, "MOB", "XYZ", NULL);
	EXPECT(&f, "8540");
	fx_disabilities(&f, "NONE", "MOB", NULL);
	EXPECT(&f, "8790");
	fx_disabilities(&f, "MOB", "HAND", "MOB", NULL);
	EXPECT(&f, "8794");
	fx_unborn(&f);		/* unborn: no disability expected yet */
	EXPECT(&f, "");
}

static void
test_upn_format(void)
{
	struct fx f;

	fx_base(&f);
	f.ch.upn = T("A201123412001");
	EXPECT(&f, "1510");
	CHECK(strstr(fx_msg, "is F") != NULL);
	f.ch.upn = T("P207000016049");	/* domain.md 1.6's worked example */
	EXPECT(&f, "");
	f.ch.upn = T("K999123412001");
	EXPECT(&f, "1530");
	f.ch.upn = T("F2011234X2001");
	EXPECT(&f, "1540");
	f.ch.upn = T("F20112341200");
	EXPECT(&f, "1540");
	f.ch.upn = T("F20112341200I");
	EXPECT(&f, "1550");
	f.ch.upn = T("R20112341200A");	/* a temporary UPN with its right check letter */
	EXPECT(&f, "");
	/* 1510 judges only UPNs whose characters 2-13 are digits (domain-cin.md): a temporary
	 * UPN's check letter is not queried, even when it does not add up. */
	f.ch.upn = T("B20112341200A");
	EXPECT(&f, "");
	f.ch.upn = T("F201123412001");
	f.ch.former_upn = T("R20112341200A");
	EXPECT(&f, "1560Q");
	f.ch.former_upn = T("V201123412002");
	EXPECT(&f, "");
}

/* The codes a return of children f[0..n-1] breaks, return-level rules included. */
static const char *
fx_return(struct fx *f, int n)
{
	struct cin_check *c = cin_check_new_year(2026, fx_collect, NULL);

	fx_reset();
	for (int i = 0; i < n; i++)
		cin_check_child(c, &f[i].ch);
	cin_check_finish(c);
	cin_check_free(c);
	return fx_join();
}

/* Two clean children that between them use 8 disability codes. */
static void
fx_pair(struct fx f[2])
{
	fx_base(&f[0]);
	fx_disabilities(&f[0], "MOB", "HAND", "PC", "INC", NULL);
	fx_base(&f[1]);
	f[1].ch.la_child_id = T("CHILDE005");
	f[1].ch.upn = T("V201123412002");
	fx_disabilities(&f[1], "COMM", "LD", "HEAR", "VIS", NULL);
}

static void
test_return_duplicates(void)
{
	static struct fx f[2];

	fx_pair(f);
	CHECK_STR(fx_return(f, 2), "");
	f[1].ch.la_child_id = T("CHILDA001");
	fx_mark("8510");
	CHECK_STR(fx_return(f, 2), "8510");
	CHECK(strstr(fx_msg, "line") != NULL);
	fx_pair(f);
	f[1].ch.upn = T("F201123412001");
	fx_mark("1520");
	CHECK_STR(fx_return(f, 2), "1520");
}

static void
test_return_counts(void)
{
	static struct fx f[8];

	CHECK_STR(fx_return(f, 0), "");	/* an empty return: nothing to count */
	fx_pair(f);
	f[0].ch.sex = T("U");
	fx_mark("2886Q");
	CHECK_STR(fx_return(f, 2), "2886Q");
	fx_pair(f);
	fx_disabilities(&f[1], "MOB", "HAND", NULL);
	fx_mark("2887Q");
	CHECK_STR(fx_return(f, 2), "2887Q");
	/* Eight codes, one child each: nobody has two. */
	for (int i = 0; i < 8; i++) {
		static const char *codes[] = {"MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS"};
		static char ids[8][24];

		fx_base(&f[i]);
		snprintf(ids[i], sizeof ids[i], "CHILD%d", i);
		f[i].ch.la_child_id = T(ids[i]);
		f[i].ch.upn = T(NULL);
		f[i].ch.upn_unknown = T("UN2");
		fx_disabilities(&f[i], codes[i], NULL);
	}
	fx_mark("2888Q");
	CHECK_STR(fx_return(f, 8), "2888Q");
}

static void
test_2883_more_plans_than_conferences(void)
{
	static struct fx f[2];

	fx_pair(f);
	/* A second plan on the day of the same conference: two plans, one conference. */
	fx_cpp(&f[0], 0, "2025-05-27", "2025-09-01", NULL);
	fx_mark("2883 8940");
	CHECK_STR(fx_return(f, 2), "2883 8940");
}
