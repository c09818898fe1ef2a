/*
 * api_body.h: the JSON body of an API write (POST /api/v1/TABLE, PATCH
 * /api/v1/TABLE/{id}): one object of a record's fields, named and typed as the JSON
 * export writes them, read into a row for the record layer. It knows nothing of
 * requests, so the unit tests and the fuzzer give it bytes directly. See api_body.c.
 */
#ifndef SG_WEB_API_BODY_H
#define SG_WEB_API_BODY_H
#include <stddef.h>
#include <stdint.h>

#include "records/rec.h"

#define API_BODY_MAX (64u << 10)	/* far above any record: the longest text is 300 bytes */
#define API_BODY_COLS 32		/* more than any table has */
#define API_BODY_TEXT 32768

struct api_body_error {
	char field[72];		/* the field at fault as the body names it; "" for the body */
	char message[320];
};

struct api_body {
	const struct table *t;
	struct field row[API_BODY_COLS];
	uint32_t given;		/* bit per column: named in the body (null included) */
	uint32_t bad;		/* bit per column: given, but not a value it takes */
	int status;		/* 0 read; 400 not one JSON object of UTF-8; 413 too large;
				 * 422 fields the record does not have or cannot take */
	int n;			/* every error found */
	struct api_body_error e[REC_MAX_ERRORS];	/* the first ones */
	char text[API_BODY_TEXT];	/* the row's text values */
	size_t used;
};

/*
 * Reads data[0..size) (any bytes) as the fields of a record of t: 0 when every field is
 * one t has, of the type it takes and a value it takes (the record layer's rules, its
 * words); else -1 with the errors in b and the answer's status in b->status. null is the field left out (on a PATCH: cleared).
 */
int api_body_read(struct api_body *b, const struct table *t, const void *data, size_t size);

#endif
