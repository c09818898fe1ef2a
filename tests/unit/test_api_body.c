/*
 * test_api_body.c: the body of an API write (src/web/api_body.c), as a program sends it:
 * a record's fields read into a row; every way a body can be wrong answered with the
 * status the API gives and a message naming the field and the fix.
 */
#include "harness.h"

#include <stdio.h>
#include <string.h>

#include "base/str.h"
#include "web/api_body.h"

static struct api_body b;

static int
rd(const char *table, const char *json)
{
	return api_body_read(&b, records_table(table), json, strlen(json));
}

static int
col(const char *table, const char *name)
{
	return records_col_index(records_table(table), name);
}

/* Whether an error names field and its message holds words. */
static int
says(const char *field, const char *words)
{
	for (int i = 0; i < b.n && i < REC_MAX_ERRORS; i++)
		if (strcmp(b.e[i].field, field) == 0 && strstr(b.e[i].message, words))
			return 1;
	printf("  no error of %s saying %s; got %d:", field, words, b.n);
	for (int i = 0; i < b.n && i < REC_MAX_ERRORS; i++)
		printf(" [%s: %s]", b.e[i].field, b.e[i].message);
	printf("\n");
	return 0;
}

static void
test_good(void)
{
	CHECK_INT(rd("referrals", "{\"child_id\": 7, \"received_date\": \"2026-11-02\", "
	    "\"source\": \"2A\", \"nfa\": false, \"primary_need\": null}"), 0);
	CHECK_INT(b.n, 0);
	CHECK_INT(b.status, 0);
	CHECK_INT(b.row[col("referrals", "child_id")].i, 7);
	CHECK_STR(b.row[col("referrals", "received_date")].s, "2026-11-02");
	CHECK_STR(b.row[col("referrals", "source")].s, "2A");
	CHECK(b.row[col("referrals", "nfa")].present && b.row[col("referrals", "nfa")].i == 0);
	/* null: given (a PATCH clears it), not present */
	CHECK(b.given >> col("referrals", "primary_need") & 1);
	CHECK(!b.row[col("referrals", "primary_need")].present);
	CHECK(!(b.given >> col("referrals", "decision_date") & 1));
	CHECK_INT(rd("referrals", " {} \n"), 0);
	CHECK_INT(b.given, 0);
	CHECK_INT(rd("assessments", "{\"factors\": [\"1A\", \"2B\"]}"), 0);
	CHECK_STR(b.row[col("assessments", "factors")].s, "1A 2B");
	CHECK_INT(rd("assessments", "{\"factors\": []}"), 0);
	CHECK_STR(b.row[col("assessments", "factors")].s, "");
	CHECK_INT(rd("households", "{\"address\": \"1 Caf\\u00e9 Row, \\\"Demo\\\"\"}"), 0);
	CHECK_STR(b.row[col("households", "address")].s, "1 Caf\xc3\xa9 Row, \"Demo\"");
}

static void
test_not_json(void)
{
	static char big[API_BODY_MAX + 2];

	CHECK_INT(rd("referrals", ""), -1);
	CHECK_INT(b.status, 400);
	CHECK(says("", "the body is empty"));
	CHECK_INT(rd("referrals", "{\"nfa\": tru}"), -1);
	CHECK_INT(b.status, 400);
	CHECK(says("", "the body is not JSON: line 1"));
	CHECK_INT(rd("referrals", "[1]"), -1);
	CHECK_INT(b.status, 400);
	CHECK(says("", "not a JSON object"));
	CHECK_INT(rd("referrals", "{} {}"), -1);
	CHECK(says("", "more than one JSON object"));
	CHECK_INT(rd("referrals", "{\"nfa\": true,}"), -1);
	CHECK_INT(b.status, 400);
	CHECK_INT(rd("referrals", "{\"source\": \"2\xff\"}"), -1);
	CHECK_INT(b.status, 400);
	CHECK(says("", "not UTF-8 (byte 13 is 0xFF)"));
	CHECK_INT(rd("referrals", "{\"source\": \"\xed\xa0\x80\"}"), -1);	/* a surrogate */
	CHECK(says("", "not UTF-8"));
	CHECK_INT(rd("referrals", "{\"source\": \"\xe2\x82\"}"), -1);	/* cut short */
	CHECK(says("", "not UTF-8"));
	CHECK_INT(api_body_read(&b, records_table("referrals"), "{\"a\0\": 1}", 9), -1);
	CHECK(says("", "NUL byte (at byte 3)"));
	memset(big, ' ', sizeof big);
	big[0] = '{';
	big[sizeof big - 1] = '}';
	CHECK_INT(api_body_read(&b, records_table("referrals"), big, sizeof big), -1);
	CHECK_INT(b.status, 413);
	CHECK(says("", "at most 65536"));
	CHECK_INT(rd("assessments", "{\"factors\": [[[1]]]}"), -1);
	CHECK_INT(b.status, 400);
	/* a quotation cut in the middle of a character is still UTF-8: the answer is JSON */
	for (int k = 0; k < 3; k++) {
		char body[200];
		size_t o = (size_t)snprintf(body, sizeof body, "\"%.*s", k, "ZZ");
		for (int i = 0; i < 30; i++)
			o += (size_t)snprintf(body + o, sizeof body - o, "\xe1\x97\xab");
		snprintf(body + o, sizeof body - o, "\"");
		CHECK_INT(rd("referrals", body), -1);
		CHECK(says("", "not a JSON object"));
		CHECK(str_is_utf8(b.e[0].message));
	}
	/* a syntax error after a field error: only the syntax is said */
	CHECK_INT(rd("referrals", "{\"nope\": 1, \"nfa\": }"), -1);
	CHECK_INT(b.n, 1);
	CHECK_INT(b.status, 400);
	CHECK_INT(b.given, 0);
}

static void
test_fields(void)
{
	CHECK_INT(rd("referrals", "{\"recieved_date\": \"2026-11-02\"}"), -1);
	CHECK_INT(b.status, 422);
	CHECK(says("recieved_date", "\"recieved_date\" is not a field of a referral (its "
	    "fields: id, child_id, contact_id, received_date"));
	CHECK_INT(rd("referrals", "{\"nfa\": true, \"nfa\": false}"), -1);
	CHECK(says("nfa", "given twice"));
	CHECK_INT(rd("referrals", "{\"nfa\": \"true\"}"), -1);
	CHECK(says("nfa", "\"true\" is not true or false (use true or false, without quotes)"));
	CHECK_INT(rd("referrals", "{\"child_id\": \"7\"}"), -1);
	CHECK(says("child_id", "\"7\" is not a record id"));
	CHECK_INT(rd("referrals", "{\"child_id\": 7.5}"), -1);
	CHECK(says("child_id", "7.5 is not a record id"));
	CHECK_INT(rd("referrals", "{\"child_id\": 0}"), -1);
	CHECK_INT(b.status, 422);
	CHECK_INT(rd("referrals", "{\"received_date\": \"2019-02-30\"}"), -1);
	CHECK(says("received_date", "\"2019-02-30\" is not a date"));
	CHECK_INT(rd("referrals", "{\"received_date\": 20190201}"), -1);
	CHECK(says("received_date", "is not a date (use YYYY-MM-DD)"));
	CHECK_INT(rd("referrals", "{\"source\": \"ZZ\"}"), -1);
	CHECK_INT(b.status, 422);
	CHECK(b.n == 1 && strcmp(b.e[0].field, "source") == 0);
	CHECK_INT(rd("referrals", "{\"source\": {\"code\": \"2A\"}}"), -1);
	CHECK(says("source", "an object is not"));
	CHECK_INT(rd("assessments", "{\"factors\": \"1A\"}"), -1);
	CHECK(says("factors", "is not a list (use a list such as"));
	CHECK_INT(rd("assessments", "{\"factors\": [\"1A\", 3, \"1A\"]}"), -1);
	CHECK_INT(b.n, 2);
	CHECK(says("factors", "3 in the list is not"));
	/* every error is found, not only the first */
	CHECK_INT(rd("referrals", "{\"nfa\": 1, \"source\": 2, \"x\": 3}"), -1);
	CHECK_INT(b.n, 3);
	CHECK_INT(b.status, 422);
	/* a text far over its column's length is refused by field, not as JSON */
	{
		static char body[6000];
		size_t o = (size_t)snprintf(body, sizeof body, "{\"address\": \"");
		memset(body + o, 'a', 5000);
		snprintf(body + o + 5000, sizeof body - o - 5000, "\"}");
		CHECK_INT(rd("households", body), -1);
		CHECK_INT(b.status, 422);
		CHECK(b.n == 1 && strcmp(b.e[0].field, "address") == 0);
	}
	/* a name too long to be a field is not echoed as one */
	CHECK_INT(rd("referrals", "{\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    "aaaaaaa\": 1}"), -1);
	CHECK(says("", "is not a field of a referral"));
}

int
main(void)
{
	RUN(test_good);
	RUN(test_not_json);
	RUN(test_fields);
	return DONE();
}
