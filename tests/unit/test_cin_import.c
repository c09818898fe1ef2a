/* test_cin_import.c: how a return's records meet the store's (cin_import_write.c): each
 * stored record matched once, what the census does not carry kept, what the store needs
 * and the census does not say made up as documented, and nothing kept of a failed file. */
#include <unistd.h>

#include "harness.h"
#include "store_fixture.h"
#include "census/cin_import.h"
#include "records/rec.h"
#include "store/store_int.h"

#define HEAD "<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026" \
	"</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails><Source><LEA>201" \
	"</LEA></Source></Header><Children>"
#define TAIL "</Children></Message>"
#define ID(la, birth, extra) "<Child><ChildIdentifiers><LAchildID>" la "</LAchildID>" extra \
	"<PersonBirthDate>" birth "</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>" \
	"<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>"
#define EPISODE(ref, inner) "<CINdetails><CINreferralDate>" ref "</CINreferralDate>" \
	"<ReferralSource>2A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>" inner \
	"<ReferralNFA>0</ReferralNFA></CINdetails>"
#define ASSESS(start) "<Assessments><AssessmentActualStartDate>" start \
	"</AssessmentActualStartDate></Assessments>"

static const struct rec_actor importer = {0, "tester", "command", "terminal", NULL, "import cin"};

static int
import(struct store *st, const char *doc, struct cin_import_report *rep)
{
	struct cin_reader *r = cin_reader_open_mem(doc, strlen(doc));
	struct buf errors;
	int rc;

	buf_init(&errors, 1u << 16);
	rc = cin_import(st, &importer, "test.xml", r, rep, &errors, 0);
	if (rc < 0)
		printf("  # import: %s", buf_str(&errors));
	buf_free(&errors);
	cin_reader_close(r);
	return rc;
}

/* The first column of the first row of sql, as text ("" when none). */
static const char *
one(struct store *st, const char *sql)
{
	static char out[200];
	sqlite3_stmt *s = store_prepare(st, sql);

	out[0] = '\0';
	if (s && sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
		snprintf(out, sizeof out, "%s", (const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
	return out;
}

static void
each_stored_record_matched_once(void)
{
	struct store *st = fresh();
	struct cin_import_report rep;
	const char *once = HEAD ID("A1", "2015-01-01", "") EPISODE("2025-05-01",
	    ASSESS("2025-05-02")) "</Child>" TAIL;
	const char *twice = HEAD ID("A1", "2015-01-01", "") EPISODE("2025-05-01",
	    ASSESS("2025-05-02") ASSESS("2025-05-02")) "</Child>" TAIL;

	CHECK_INT(import(st, once, &rep), 0);
	CHECK_INT(import(st, twice, &rep), 0);
	CHECK_INT(rep.tally[CIN_ASSESSMENTS].unchanged, 1);
	CHECK_INT(rep.tally[CIN_ASSESSMENTS].created, 1);
	CHECK_INT(rep.tally[CIN_EPISODES].unchanged, 1);
	CHECK_STR(one(st, "SELECT count(*) FROM assessments"), "2");
	CHECK_INT(import(st, twice, &rep), 0);
	CHECK_INT(rep.tally[CIN_ASSESSMENTS].unchanged, 2);
	CHECK_INT(rep.tally[CIN_ASSESSMENTS].created, 0);
	cleanup(st);
}

/* A matched child keeps what the census does not carry; the file's values replace the rest. */
static void
keeps_what_the_census_does_not_carry(void)
{
	struct store *st = fresh();
	struct cin_import_report rep;
	const char *first = HEAD ID("A1", "2015-01-01", "") EPISODE("2025-05-01", "") "</Child>" TAIL;
	const char *later = HEAD "<Child><ChildIdentifiers><LAchildID>A1</LAchildID>"
	    "<PersonBirthDate>2015-01-01</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>"
	    "<ChildCharacteristics><Ethnicity>WIRI</Ethnicity></ChildCharacteristics>"
	    EPISODE("2025-09-01", "") "</Child>" TAIL;

	CHECK_INT(import(st, first, &rep), 0);
	CHECK_INT(store_exec(st, "UPDATE children SET given_name = 'Ada' WHERE la_child_id = 'A1'"), 0);
	CHECK_INT(import(st, later, &rep), 0);
	CHECK_INT(rep.tally[CIN_CHILDREN].updated, 1);
	CHECK_INT(rep.tally[CIN_EPISODES].created, 1);
	CHECK_STR(one(st, "SELECT given_name || ' ' || ethnicity FROM children"), "Ada WIRI");
	CHECK_STR(one(st, "SELECT count(*) FROM referrals"), "2");	/* the first is kept */
	cleanup(st);
}

/* What the census does not say: an enquiry that needed no conference completed on the
 * first day of the year it was in; a plan with no conference in the return starts from one
 * made on its start date; UN1 for a child under school age is not stored, UN4 is. */
static void
makes_up_what_the_store_needs(void)
{
	struct store *st = fresh();
	struct cin_import_report rep;
	const char *doc = HEAD ID("A1", "2024-01-01", "<UPNunknown>UN1</UPNunknown>")
	    EPISODE("2025-03-01", ASSESS("2025-03-02") "<Section47><S47ActualStartDate>2025-03-03"
	    "</S47ActualStartDate><ICPCnotRequired>1</ICPCnotRequired></Section47>") "</Child>"
	    ID("B2", "2012-01-01", "<UPNunknown>UN4</UPNunknown>") "<CINdetails><CINreferralDate>"
	    "2024-10-01</CINreferralDate><ReferralSource>6</ReferralSource><PrimaryNeedCode>N1"
	    "</PrimaryNeedCode><ReferralNFA>0</ReferralNFA><ChildProtectionPlans><CPPstartDate>"
	    "2024-11-05</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>"
	    "<LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>2"
	    "</NumberOfPreviousCPP><Reviews><CPPreviewDate>2025-02-05</CPPreviewDate>"
	    "<CPPreviewDate>2025-08-05</CPPreviewDate></Reviews></ChildProtectionPlans>"
	    "</CINdetails></Child>" TAIL;

	CHECK_INT(import(st, doc, &rep), 0);
	CHECK_STR(one(st, "SELECT completed_date FROM s47_enquiries"), "2025-04-01");
	CHECK_STR(one(st, "SELECT c.kind || ' ' || c.held_date FROM cp_plans p JOIN conferences c"
	    " ON c.id = p.start_conference_id"), "initial 2024-11-05");
	CHECK_STR(one(st, "SELECT count(*) FROM conferences WHERE kind = 'review' AND plan_id ="
	    " (SELECT id FROM cp_plans)"), "2");
	CHECK_STR(one(st, "SELECT previous_plans FROM cp_plans"), "2");
	CHECK_STR(one(st, "SELECT coalesce(upn_unknown, 'none') FROM children WHERE la_child_id"
	    " = 'A1'"), "none");
	CHECK_STR(one(st, "SELECT upn_unknown FROM children WHERE la_child_id = 'B2'"), "UN4");
	CHECK_STR(one(st, "SELECT value FROM settings WHERE key = 'area.la_code'"), "201");
	cleanup(st);
}

/* A return of 2024-25 imported after the 2025-26 one says what stood on 31 March 2025: it
 * does not undo what the later return knew (a birth's sex and ethnicity, an enquiry
 * concluded without a conference in April, a category changed at a later review). */
static void
an_earlier_return_does_not_undo_a_later_one(void)
{
	struct store *st = fresh();
	struct cin_import_report rep;
	const char *later = HEAD "<Child><ChildIdentifiers><LAchildID>U1</LAchildID>"
	    "<PersonBirthDate>2025-06-01</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>"
	    "<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>"
	    EPISODE("2025-02-01", "") "</Child>" ID("P2", "2015-01-01", "")
	    "<CINdetails><CINreferralDate>2025-01-10</CINreferralDate><ReferralSource>6"
	    "</ReferralSource><Section47><S47ActualStartDate>2025-03-20</S47ActualStartDate>"
	    "<ICPCnotRequired>1</ICPCnotRequired></Section47><ReferralNFA>0</ReferralNFA>"
	    "<ChildProtectionPlans><CPPstartDate>2025-02-01</CPPstartDate>"
	    "<InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>EMO"
	    "</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP><Reviews>"
	    "<CPPreviewDate>2025-05-01</CPPreviewDate></Reviews></ChildProtectionPlans>"
	    "</CINdetails></Child>" TAIL;
	const char *earlier = "<Message><Header><CollectionDetails><Year>2025"
	    "</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails><Source><LEA>"
	    "201</LEA></Source></Header><Children><Child><ChildIdentifiers><LAchildID>U1"
	    "</LAchildID><ExpectedPersonBirthDate>2025-06-10</ExpectedPersonBirthDate><Sex>U</Sex>"
	    "</ChildIdentifiers><ChildCharacteristics><Ethnicity>NOBT</Ethnicity>"
	    "</ChildCharacteristics>" EPISODE("2025-02-01", "") "</Child>" ID("P2", "2015-01-01",
	    "") "<CINdetails><CINreferralDate>2025-01-10</CINreferralDate><ReferralSource>6"
	    "</ReferralSource><Section47><S47ActualStartDate>2025-03-20</S47ActualStartDate>"
	    "<ICPCnotRequired>0</ICPCnotRequired></Section47><ReferralNFA>0</ReferralNFA>"
	    "<ChildProtectionPlans><CPPstartDate>2025-02-01</CPPstartDate>"
	    "<InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG"
	    "</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP>"
	    "</ChildProtectionPlans></CINdetails></Child>" TAIL;

	CHECK_INT(import(st, later, &rep), 0);
	CHECK_INT(import(st, earlier, &rep), 0);
	CHECK_STR(one(st, "SELECT sex || ' ' || ethnicity || ' ' || birth_date || ' ' ||"
	    " expected_birth_date FROM children WHERE la_child_id = 'U1'"),
	    "F WBRI 2025-06-01 2025-06-10");
	CHECK_STR(one(st, "SELECT icpc_not_required || ' ' || completed_date FROM s47_enquiries"),
	    "1 2025-04-01");
	CHECK_STR(one(st, "SELECT latest_category FROM cp_plans"), "EMO");
	/* The same year's return, changed, is the file's word. */
	CHECK_INT(import(st, later, &rep), 0);
	CHECK_INT(rep.tally[CIN_CHILDREN].unchanged, 2);
	cleanup(st);
}

/* Disabilities and UPNs: an earlier return fills what the store lacks, and does not replace
 * what a later return said of a child the store knows after the earlier reference date. A
 * child the store knows nothing newer of takes the earlier file's word (a corrected
 * return of that year). */
static void
an_earlier_return_keeps_later_characteristics(void)
{
	struct store *st = fresh();
	struct cin_import_report rep;
#define KID(la, upn, dis) "<Child><ChildIdentifiers><LAchildID>" la "</LAchildID><UPN>" upn \
	"</UPN><PersonBirthDate>2015-01-01</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>" \
	"<ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>" dis \
	"</Disability></Disabilities></ChildCharacteristics>"
#define Y25 "<Message><Header><CollectionDetails><Year>2025</Year><ReferenceDate>" \
	"2025-03-31</ReferenceDate></CollectionDetails><Source><LEA>201</LEA></Source>" \
	"</Header><Children>"
	const char *later = HEAD KID("K1", "F201123412001", "HAND") EPISODE("2025-06-01", "")
	    "</Child>" KID("K2", "L201123409002", "HAND") EPISODE("2024-06-01",
	    "<CINclosureDate>2025-02-01</CINclosureDate><ReasonForClosure>RC8"
	    "</ReasonForClosure>") "</Child>" TAIL;
	const char *earlier = Y25 KID("K1", "A201123412009", "MOB") EPISODE("2024-09-01", "")
	    "</Child>" KID("K2", "L201123409002", "VIS") EPISODE("2024-06-01",
	    "<CINclosureDate>2025-02-01</CINclosureDate><ReasonForClosure>RC8"
	    "</ReasonForClosure>") "</Child>" TAIL;

	CHECK_INT(import(st, later, &rep), 0);
	CHECK_INT(import(st, earlier, &rep), 0);
	CHECK_STR(one(st, "SELECT upn || ' ' || disabilities FROM children"
	    " WHERE la_child_id = 'K1'"), "F201123412001 HAND");
	CHECK_STR(one(st, "SELECT upn || ' ' || disabilities FROM children"
	    " WHERE la_child_id = 'K2'"), "L201123409002 VIS");
	CHECK_STR(one(st, "SELECT count(*) FROM referrals"), "3");
	cleanup(st);
#undef KID
#undef Y25
}

static void
a_failed_file_leaves_nothing(void)
{
	struct store *st = fresh();
	struct cin_import_report rep;
	const char *doc = HEAD ID("A1", "2015-01-01", "") EPISODE("2025-05-01", "") "</Child>"
	    ID("B2", "2015-01-01", "") EPISODE("2025-05-01",
	    "<Assessments><AssessmentActualStartDate>2025-06-02</AssessmentActualStartDate>"
	    "<AssessmentAuthorisationDate>2025-06-01</AssessmentAuthorisationDate>"
	    "</Assessments>") "</Child>" TAIL;

	CHECK_INT(import(st, doc, &rep), -1);
	CHECK_STR(one(st, "SELECT count(*) FROM children"), "0");
	CHECK_STR(one(st, "SELECT count(*) FROM settings"), "0");
	cleanup(st);
}

int
main(void)
{
	RUN(each_stored_record_matched_once);
	RUN(keeps_what_the_census_does_not_carry);
	RUN(makes_up_what_the_store_needs);
	RUN(an_earlier_return_does_not_undo_a_later_one);
	RUN(an_earlier_return_keeps_later_characteristics);
	RUN(a_failed_file_leaves_nothing);
	return DONE();
}
