/*
 * fuzz_cin_import.c: the census importer's checks and its mapping onto the store's
 * records, on arbitrary bytes. Each input is imported as a dry run (everything written,
 * then rolled back) into one store that already holds a return, so that both the records
 * it creates and those it matches and updates are exercised; whatever the input, the
 * import ends committed-and-rolled-back or refused with messages, never a crash or leak.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "census/cin_import.h"
#include "records/rec.h"

static const struct rec_actor importer = {0, "fuzzer", "command", "terminal", NULL, "import cin"};

static struct store *st;
static char path[64];

static void
cleanup(void)
{
	char side[80];

	store_close(st);
	unlink(path);
	snprintf(side, sizeof side, "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", path);
	unlink(side);
	snprintf(side, sizeof side, "%s-journal", path);
	unlink(side);
}

/* A store holding one child with every kind of record, for inputs to match against. */
static const char seed[] =
	"<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year>"
	"<ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails><Source><LEA>201</LEA>"
	"</Source></Header><Children><Child><ChildIdentifiers><LAchildID>A1</LAchildID>"
	"<PersonBirthDate>2015-05-10</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>"
	"<ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>MOB"
	"</Disability></Disabilities></ChildCharacteristics><CINdetails><CINreferralDate>"
	"2025-05-01</CINreferralDate><ReferralSource>2A</ReferralSource><PrimaryNeedCode>N1"
	"</PrimaryNeedCode><Assessments><AssessmentActualStartDate>2025-05-02"
	"</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-06-10"
	"</AssessmentAuthorisationDate></Assessments><CINPlanDates><CINPlanStartDate>"
	"2025-06-11</CINPlanStartDate></CINPlanDates><Section47><S47ActualStartDate>2025-05-05"
	"</S47ActualStartDate><DateOfInitialCPC>2025-05-27</DateOfInitialCPC><ICPCnotRequired>0"
	"</ICPCnotRequired></Section47><ReferralNFA>0</ReferralNFA><ChildProtectionPlans>"
	"<CPPstartDate>2025-05-27</CPPstartDate><InitialCategoryOfAbuse>NEG"
	"</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>"
	"<NumberOfPreviousCPP>0</NumberOfPreviousCPP><Reviews><CPPreviewDate>2025-08-20"
	"</CPPreviewDate></Reviews></ChildProtectionPlans></CINdetails></Child></Children>"
	"</Message>";

static void
open_store(void)
{
	struct cin_import_report rep;
	struct buf errors;
	struct cin_reader *r;
	const char *err;

	snprintf(path, sizeof path, "/tmp/sg-fuzz-import-%d.db", (int)getpid());
	unlink(path);
	if (!(st = store_open(path, STORE_CREATE, &err)))
		abort();
	atexit(cleanup);
	buf_init(&errors, 1u << 16);
	r = cin_reader_open_mem(seed, strlen(seed));
	if (cin_import(st, &importer, "seed", r, &rep, &errors, 0) < 0)
		abort();
	cin_reader_close(r);
	buf_free(&errors);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cin_reader *r = cin_reader_open_mem((const char *)data, size);
	struct cin_import_report rep;
	struct buf errors;

	if (!st)
		open_store();
	buf_init(&errors, 1u << 20);
	cin_import(st, &importer, "fuzz", r, &rep, &errors, 1);
	buf_free(&errors);
	cin_reader_close(r);
	return 0;
}
