/* test_cin_read.c: the census reader reads every element of a return where the rules and
 * the importer expect it, with its line, and refuses each kind of bad file with a message
 * that names the problem and its line. */
#include "harness.h"
#include "base/buf.h"
#include "census/cin_read_int.h"

#define FIX "tests/fixtures/cin/example-2025-26.xml"

/* Reads a whole document; returns the error ("" when none) and counts the children. */
static const char *
read_all(const char *doc, int *nchildren)
{
	static char err[600];
	struct cin_reader *r = cin_reader_open_mem(doc, strlen(doc));
	const struct cin_child *c;
	int rc;

	*nchildren = 0;
	while ((rc = cin_read_child(r, &c)) > 0)
		(*nchildren)++;
	snprintf(err, sizeof err, "%s", rc < 0 ? cin_reader_error(r) : "");
	cin_reader_close(r);
	return err;
}

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n<Header><CollectionDetails>" \
	"<Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate>" \
	"</CollectionDetails><Source><LEA>201</LEA></Source></Header>\n"
#define CHILD "<Child><ChildIdentifiers><LAchildID>A1</LAchildID><Sex>F</Sex>" \
	"</ChildIdentifiers><ChildCharacteristics><Ethnicity>WBRI</Ethnicity>" \
	"</ChildCharacteristics><CINdetails><CINreferralDate>2025-05-01</CINreferralDate>" \
	"<ReferralSource>2A</ReferralSource><ReferralNFA>0</ReferralNFA></CINdetails></Child>\n"

static void
reads_the_example(void)
{
	struct cin_reader *r = cin_reader_open_file(FIX);
	const struct cin_header *h;
	const struct cin_child *c;
	int n = 0;

	CHECK_INT(cin_read_header(r, &h), 1);
	CHECK_STR(h->collection.s, "CIN");
	CHECK_STR(h->year.s, "2026");
	CHECK_INT(h->reference_date.d, cal_from_ymd(2026, 3, 31));
	CHECK_INT(h->reference_date.line, 7);
	CHECK_STR(h->lea.s, "201");
	CHECK_STR(h->datetime.s, "2026-04-10T09:00:00");
	CHECK_INT(cin_read_child(r, &c), 1);
	CHECK_INT(c->line, 19);
	CHECK_STR(c->la_child_id.s, "CHILDA001");
	CHECK_INT(c->la_child_id.line, 21);
	CHECK_STR(c->upn.s, "F201123412001");
	CHECK(c->upn_unknown.s == NULL);
	CHECK_INT(c->birth.d, cal_from_ymd(2015, 5, 10));
	CHECK(c->expected_birth.s == NULL && c->expected_birth.d == CAL_NONE);
	CHECK_STR(c->sex.s, "F");
	CHECK_STR(c->ethnicity.s, "WBRI");
	CHECK(c->has_disabilities);
	CHECK_INT(c->ndisabilities, 2);
	CHECK_STR(c->disabilities[1].s, "HAND");
	CHECK_INT(c->nepisodes, 1);
	{
		const struct cin_episode *e = &c->episodes[0];
		CHECK_INT(e->referral.d, cal_from_ymd(2025, 5, 1));
		CHECK_STR(e->source.s, "2A");
		CHECK_STR(e->primary_need.s, "N1");
		CHECK_STR(e->nfa.s, "0");
		CHECK(e->closure.s == NULL);
		CHECK_INT(e->nassessments, 1);
		CHECK(e->assessments[0].has_factors);
		CHECK_INT(e->assessments[0].nfactors, 2);
		CHECK_STR(e->assessments[0].factors[1].s, "4B");
		CHECK_INT(e->assessments[0].authorised.d, cal_from_ymd(2025, 6, 10));
		CHECK_INT(e->ns47s, 1);
		CHECK_INT(e->s47s[0].icpc.d, cal_from_ymd(2025, 5, 27));
		CHECK_STR(e->s47s[0].icpc_not_required.s, "0");
		CHECK_INT(e->ncpps, 1);
		CHECK_STR(e->cpps[0].initial_category.s, "NEG");
		CHECK_STR(e->cpps[0].previous.s, "0");
		CHECK(e->cpps[0].has_reviews);
		CHECK_INT(e->cpps[0].nreviews, 1);
		CHECK_INT(e->cpps[0].reviews[0].d, cal_from_ymd(2025, 8, 20));
		CHECK_INT(e->cpps[0].reviews[0].line, 58);
	}
	for (n = 1; cin_read_child(r, &c) > 0; n++)
		if (n == 1) {
			CHECK_STR(c->upn_unknown.s, "UN1");
			CHECK_INT(c->episodes[0].nplans, 1);
			CHECK_INT(c->episodes[0].plans[0].end.d, cal_from_ymd(2025, 9, 30));
			CHECK_STR(c->episodes[0].closure_reason.s, "RC7");
		} else if (n == 3) {
			CHECK(c->birth.s == NULL);
			CHECK_INT(c->expected_birth.d, cal_from_ymd(2026, 5, 15));
			CHECK(!c->has_disabilities);
		}
	CHECK_INT(n, 4);
	CHECK_INT(cin_read_child(r, &c), 0);
	CHECK_STR(cin_reader_error(r), "");
	cin_reader_close(r);
}

/* Older returns carry GenderCurrent; values are trimmed; an invalid date keeps its text. */
static void
reads_old_and_untidy_values(void)
{
	const char *doc = HEAD "<Children><Child><ChildIdentifiers><LAchildID> B2\n</LAchildID>"
	    "<GenderCurrent>2</GenderCurrent><PersonBirthDate>2019-02-30</PersonBirthDate>"
	    "</ChildIdentifiers><CINdetails><ReferralNFA><![CDATA[1]]></ReferralNFA>"
	    "</CINdetails></Child></Children></Message>";
	struct cin_reader *r = cin_reader_open_mem(doc, strlen(doc));
	const struct cin_child *c;

	CHECK_INT(cin_read_child(r, &c), 1);
	CHECK_STR(c->la_child_id.s, "B2");
	CHECK_STR(c->gender_current.s, "2");
	CHECK(c->sex.s == NULL);
	CHECK_STR(c->birth.s, "2019-02-30");
	CHECK(c->birth.d == CAL_NONE);
	CHECK_STR(c->episodes[0].nfa.s, "1");
	CHECK(c->ethnicity.s == NULL);
	CHECK_INT(cin_read_child(r, &c), 0);
	cin_reader_close(r);
}

/* Odd but valid XML, as other systems write it: a declaration with standalone, comments
 * and a processing instruction, CRLF line ends, and empty elements for what they do not
 * have, which read as left out (no closure, no death, no code) while an empty review is
 * kept. */
static void
reads_odd_but_valid_xml(void)
{
	const char *doc = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
	    "<!-- exported by another system -->\r\n<Message>\r\n<Header><CollectionDetails>"
	    "<Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails>"
	    "<Source><LEA>201</LEA><SoftwareCode/></Source></Header>\r\n<Children><Child>\r\n"
	    "<ChildIdentifiers><LAchildID>A1<!-- id --></LAchildID><UPN></UPN><Sex>F</Sex>"
	    "<PersonDeathDate/></ChildIdentifiers><?app hint?>\r\n<ChildCharacteristics>"
	    "<Disabilities><Disability/><Disability>MOB</Disability></Disabilities>"
	    "</ChildCharacteristics><CINdetails>"
	    "<CINreferralDate>2025-05-01</CINreferralDate><CINclosureDate> </CINclosureDate>"
	    "<ReasonForClosure/><ReferralNFA>0</ReferralNFA><ChildProtectionPlans>"
	    "<CPPstartDate>2025-05-27</CPPstartDate><CPPendDate/><Reviews><CPPreviewDate/>"
	    "</Reviews></ChildProtectionPlans></CINdetails></Child></Children></Message>\r\n";
	struct cin_reader *r = cin_reader_open_mem(doc, strlen(doc));
	const struct cin_header *h;
	const struct cin_child *c;

	CHECK_INT(cin_read_header(r, &h), 1);
	CHECK(h->software_code.s == NULL);
	CHECK_INT(cin_read_child(r, &c), 1);
	CHECK_STR(c->la_child_id.s, "A1");
	CHECK_INT(c->line, 5);
	CHECK(c->upn.s == NULL);
	CHECK(c->death.s == NULL && c->death.d == CAL_NONE);
	CHECK_INT(c->ndisabilities, 1);
	CHECK_STR(c->disabilities[0].s, "MOB");
	CHECK(c->episodes[0].closure.s == NULL);
	CHECK(c->episodes[0].closure_reason.s == NULL);
	CHECK(c->episodes[0].cpps[0].end.s == NULL);
	CHECK_INT(c->episodes[0].cpps[0].nreviews, 1);
	CHECK_STR(c->episodes[0].cpps[0].reviews[0].s, "");
	CHECK_INT(cin_read_child(r, &c), 0);
	CHECK_STR(cin_reader_error(r), "");
	cin_reader_close(r);
}

/* The schema allows several Source groups in a Header; the first names the authority. */
static void
reads_several_sources(void)
{
	const char *doc = "<Message><Header><CollectionDetails><Year>2026</Year>"
	    "<ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails>"
	    "<Source><LEA>201</LEA><SoftwareCode>First</SoftwareCode></Source>"
	    "<Source><LEA>876</LEA><SoftwareCode>Second</SoftwareCode></Source></Header>"
	    "<Children>" CHILD "</Children></Message>";
	struct cin_reader *r = cin_reader_open_mem(doc, strlen(doc));
	const struct cin_header *h;
	const struct cin_child *c;

	CHECK_INT(cin_read_header(r, &h), 1);
	CHECK_STR(h->lea.s, "201");
	CHECK_STR(h->software_code.s, "First");
	CHECK_INT(cin_read_child(r, &c), 1);
	CHECK_INT(cin_read_child(r, &c), 0);
	CHECK_STR(cin_reader_error(r), "");
	cin_reader_close(r);
}

static const struct {
	const char *doc, *want;
} bad[] = {
	{"", "the file is empty"},
	{"   \n  ", "the file is not XML"},
	{"PK\x03\x04 zip", "the file is not XML"},
	{"\xFF\xFE<\0M\0", "UTF-16"},
	{"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><Message/>", "declares the encoding ISO-8859-1"},
	{HEAD "<Children><Child><ChildIdentifiers><LAchildID>Jos\xE9</LAchildID>", "line 4: the text is not valid UTF-8"},
	{"<Message><Header>", "cut short (truncated)"},
	{HEAD "<Children>" CHILD "<Child><ChildIdent", "cut short (truncated)"},
	{"<Message>\n<Header>\n</Heder></Message>", "line 3: not well-formed XML"},
	{"<Return><Header/></Return>", "line 1: the file's root element is Return"},
	{"<Message xmlns=\"http://www.example.org/cin\"><Header/></Message>", "namespace \"http://www.example.org/cin\""},
	{"<?xml version=\"1.0\"?>\n<!DOCTYPE Message [<!ENTITY a \"aaaa\">]>\n<Message/>", "line 2: the file has a DOCTYPE"},
	{"<Message><Children>" CHILD "</Children></Message>", "the file has no Header"},
	{"<Message><Header/></Message>", "no Children element"},
	{"<Message></Message>", "the file has no Header"},
	{HEAD "<Children>\n<Child><Toy>ball</Toy></Child></Children></Message>", "line 5: Toy is not an element of a census return (inside Child)"},
	{HEAD "<Children>\n<Child><ChildIdentifiers><Ethnicity>WBRI</Ethnicity>", "line 5: Ethnicity is out of place inside ChildIdentifiers: it belongs inside ChildCharacteristics"},
	{HEAD "<Children>\n<Child><ChildIdentifiers><UPN>A</UPN>\n<UPN>B</UPN>", "line 6: a second UPN inside one ChildIdentifiers (the first is at line 5)"},
	{HEAD "<Children>\n<Child>hello<ChildIdentifiers/>", "line 5: text \"hello\" inside Child"},
	{HEAD "<Children><Child><ChildIdentifiers><UPN><b>x</b></UPN>", "UPN holds an element (b)"},
	{HEAD "<Children></Children></Message><Message/>", "not well-formed XML: Extra content"},
	{HEAD "<Children></Children></Message>&bogus;", "not well-formed XML"},
	{HEAD "<Children><Child><ChildIdentifiers><UPN>&ent;</UPN>", "not well-formed XML"},
	{HEAD "<Header/>", "a second Header inside one Message"},
};

static void
refuses_bad_files(void)
{
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct cin_reader *r = cin_reader_open_mem(bad[i].doc, strlen(bad[i].doc));
		const struct cin_child *c;
		int rc;

		/* The UTF-16 case holds NULs, so its length is counted by hand. */
		if (bad[i].doc[0] == '\xFF') {
			cin_reader_close(r);
			r = cin_reader_open_mem(bad[i].doc, 6);
		}
		while ((rc = cin_read_child(r, &c)) > 0)
			;
		CHECK_INT(rc, -1);
		if (!strstr(cin_reader_error(r), bad[i].want))
			printf("  case %zu: got \"%s\", expected \"%s\"\n", i, cin_reader_error(r),
			    bad[i].want);
		CHECK(strstr(cin_reader_error(r), bad[i].want) != NULL);
		CHECK_INT(cin_read_child(r, &c), -1);	/* errors are final */
		cin_reader_close(r);
	}
}

static void
refuses_what_is_too_big(void)
{
	struct buf b;
	int n;
	const char *err;

	/* One value over the cap. */
	buf_init(&b, 64u << 20);
	buf_adds(&b, HEAD "<Children><Child><ChildIdentifiers><LAchildID>");
	for (int i = 0; i < CIN_MAX_VALUE + 1; i++)
		buf_addc(&b, 'x');
	buf_adds(&b, "</LAchildID></ChildIdentifiers></Child></Children></Message>");
	err = read_all(buf_str(&b), &n);
	CHECK(strstr(err, "the value of LAchildID is longer than 1024 bytes") != NULL);

	/* One child over the cap: a hundred thousand disabilities. */
	buf_reset(&b);
	buf_adds(&b, HEAD "<Children>\n" CHILD "<Child><ChildCharacteristics><Disabilities>");
	for (int i = 0; i < 100000; i++)
		buf_adds(&b, "<Disability>MOB</Disability>");
	buf_adds(&b, "</Disabilities></ChildCharacteristics></Child></Children></Message>");
	err = read_all(buf_str(&b), &n);
	CHECK(strstr(err, "line 6: the Child starting here is larger than 1024 KB") != NULL);
	CHECK_INT(n, 1);	/* the children before the error were read */

	/* The whole file over a (lowered) limit. */
	{
		struct cin_reader *r = cin_reader_open_mem(buf_str(&b), b.len);
		const struct cin_child *c;
		cin_reader_set_max_bytes(r, 100000);
		while (cin_read_child(r, &c) > 0)
			;
		CHECK(strstr(cin_reader_error(r), "the file is larger than") != NULL);
		cin_reader_close(r);
	}
	buf_free(&b);
}

/* Reading 20,000 children keeps a handful of pools and a short queue: memory is flat. */
static void
memory_stays_flat(void)
{
	struct buf b;
	struct cin_reader *r;
	const struct cin_child *c;
	int n = 0;
	size_t most = 0;

	buf_init(&b, 256u << 20);
	buf_adds(&b, HEAD "<Children>\n");
	for (int i = 0; i < 20000; i++)
		buf_adds(&b, CHILD);
	buf_adds(&b, "</Children></Message>\n");
	r = cin_reader_open_mem(buf_str(&b), b.len);
	while (cin_read_child(r, &c) > 0) {
		n++;
		CHECK_STR(c->la_child_id.s, "A1");
		if (r->qcap + r->nspare > most)
			most = r->qcap + r->nspare;
	}
	CHECK_STR(cin_reader_error(r), "");
	CHECK_INT(n, 20000);
	CHECK(most < 400);	/* a 64 KB chunk holds about 200 of these children */
	CHECK(cin_reader_bytes(r) == b.len);
	cin_reader_close(r);
	buf_free(&b);
}

static void
missing_file(void)
{
	struct cin_reader *r = cin_reader_open_file("no-such-file.xml");
	const struct cin_header *h;

	CHECK_INT(cin_read_header(r, &h), -1);
	CHECK(strstr(cin_reader_error(r), "cannot open no-such-file.xml") != NULL);
	CHECK_INT(cin_reader_error_line(r), 0);
	cin_reader_close(r);
}

static void
census_years(void)
{
	struct cin_year y;
	char label[8];

	CHECK(cin_year_parse("2025-26", &y));
	CHECK_INT(y.end_year, 2026);
	CHECK_INT(y.start, cal_from_ymd(2025, 4, 1));
	CHECK_INT(y.reference, cal_from_ymd(2026, 3, 31));
	cin_year_label(&y, label);
	CHECK_STR(label, "2025-26");
	CHECK(cin_year_parse("2026", &y) && y.end_year == 2026);
	CHECK(cin_year_parse("1999-00", &y) && y.end_year == 2000);
	CHECK(!cin_year_parse("2025-27", &y));
	CHECK(!cin_year_parse("2025/26", &y));
	CHECK(!cin_year_parse("25-26", &y));
	CHECK(!cin_year_parse("", &y));
}

int
main(void)
{
	RUN(reads_the_example);
	RUN(reads_old_and_untidy_values);
	RUN(reads_odd_but_valid_xml);
	RUN(reads_several_sources);
	RUN(refuses_bad_files);
	RUN(refuses_what_is_too_big);
	RUN(memory_stays_flat);
	RUN(missing_file);
	RUN(census_years);
	return DONE();
}
