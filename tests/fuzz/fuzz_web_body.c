/*
 * fuzz_web_body.c: the JSON body of an API write (api_body_read), as api_write.c hands it
 * over: any bytes, in a block of exactly the body's length. The first byte chooses the
 * table (of records_tables(), in turn); the rest is the body.
 *
 * Promises kept whatever the bytes:
 *   - it succeeds exactly when it reports no error, and then its status is 0; otherwise
 *     the status is 400, 413 or 422, and every error message is NUL-terminated UTF-8
 *     (the answer is JSON), naming "" or a field the body gave;
 *   - a body with a NUL byte or bytes that are not UTF-8 (by the reference decoder of
 *     fuzz_web.h, not the code's own) is a 400, one over API_BODY_MAX a 413;
 *   - a field read is one the body named, never one it refused, and its value is again
 *     one the record layer takes for that column (rec_value_*), its text inside the
 *     body's own buffer;
 *   - reading the same bytes twice gives the same row;
 *   - the row read, written back as the export writes a record (json_write_record) and
 *     read again, is the same row: what the API answers, a client can send back.
 */
#include "fuzz_web.h"

#include "base/buf.h"
#include "json/json.h"
#include "json/jwrite.h"
#include "records/rec.h"
#include "web/api_body.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct api_body a, again;

static int
utf8_ok(const unsigned char *s, size_t n)
{
	for (size_t i = 0, k = 0; i < n; i += k)
		if (ref_utf8_next(s + i, n - i, &k) < 0)
			return 0;
	return 1;
}

static int
same_field(const struct column *c, const struct field *x, const struct field *y)
{
	if (x->present != y->present)
		return 0;
	if (!x->present)
		return 1;
	if (c->type == COL_TEXT || c->type == COL_DATE || c->type == COL_CODE ||
	    c->type == COL_CODES)
		return strcmp(x->s, y->s) == 0;
	return x->i == y->i;
}

static void
check_value(const struct table *t, int col, const struct field *f)
{
	const struct column *c = &t->cols[col];
	struct rec_error why;
	uint64_t had = 0;

	PROMISE(a.given >> col & 1);
	PROMISE(!(a.bad >> col & 1));
	if (c->type == COL_ID || c->type == COL_INT || c->type == COL_REF) {
		PROMISE(rec_value_int(c, f->i, &why));
	} else if (c->type == COL_BOOL) {
		PROMISE(f->i == 0 || f->i == 1);
	} else {
		PROMISE(f->s >= a.text && f->s < a.text + sizeof a.text);
		if (c->type == COL_TEXT)
			PROMISE(rec_value_text(c, f->s, strlen(f->s), &why));
		else if (c->type == COL_DATE)
			PROMISE(rec_value_date(c, f->s, strlen(f->s), &why));
		else if (c->type == COL_CODE)
			PROMISE(rec_value_code(c, f->s, strlen(f->s), &why));
		for (const char *p = f->s; c->type == COL_CODES && *p;) {
			size_t n = strcspn(p, " ");
			PROMISE(n > 0 && rec_value_list_code(c, p, n, &had, &why));
			p += n + (p[n] == ' ');
		}
	}
}

/* What the API would answer, read back as a body. */
static void
round_trip(const struct table *t)
{
	struct field row[API_BODY_COLS];
	struct buf out;
	struct jw w;

	memcpy(row, a.row, sizeof row);
	buf_init(&out, 1u << 20);
	jw_init_buf(&w, &out);
	json_write_record(&w, t, row, NULL, NULL);
	PROMISE(jw_flush(&w) == 0);
	jw_free(&w);
	PROMISE(api_body_read(&again, t, out.p ? out.p : "", out.len) == 0);
	for (int c = 0; c < t->ncols; c++)
		PROMISE(same_field(&t->cols[c], &a.row[c], &again.row[c]));
	buf_free(&out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int ntables;
	const struct table *tables = records_tables(&ntables), *t;
	char *body;
	int rc;

	if (size == 0)
		return 0;
	t = &tables[data[0] % ntables];
	body = fuzz_exact(data + 1, size - 1);
	rc = api_body_read(&a, t, body, size - 1);
	PROMISE(rc == 0 ? a.n == 0 && a.status == 0 : a.n > 0);
	PROMISE(rc == 0 || a.status == 400 || a.status == 413 || a.status == 422);
	if (size - 1 > API_BODY_MAX)
		PROMISE(a.status == 413);
	else if (size > 1 && (memchr(body, 0, size - 1) ||
	    !utf8_ok((const unsigned char *)body, size - 1)))
		PROMISE(a.status == 400);
	for (int i = 0; i < a.n && i < REC_MAX_ERRORS; i++) {
		PROMISE(memchr(a.e[i].message, 0, sizeof a.e[i].message) != NULL);
		PROMISE(utf8_ok((const unsigned char *)a.e[i].message, strlen(a.e[i].message)));
		PROMISE(utf8_ok((const unsigned char *)a.e[i].field, strlen(a.e[i].field)));
	}
	if (rc == 0) {
		for (int c = 0; c < t->ncols; c++)
			if (a.row[c].present)
				check_value(t, c, &a.row[c]);
		PROMISE(api_body_read(&again, t, body, size - 1) == 0);
		for (int c = 0; c < t->ncols; c++)
			PROMISE(same_field(&t->cols[c], &a.row[c], &again.row[c]));
		round_trip(t);
	}
	free(body);
	return 0;
}
