/* test_cin_write.c: the writer puts every element in the schema's order and layout, so a
 * return read and written again is the department's example to the byte; values are
 * escaped; a failed write is reported. */
#include "harness.h"
#include "base/buf.h"
#include "base/mem.h"
#include "census/cin_read.h"
#include "census/cin_write.h"

#define FIX "tests/fixtures/cin/example-2025-26.xml"

static char *
read_back(FILE *f, size_t *len)
{
	struct buf b;
	char chunk[4096];
	size_t n;

	buf_init(&b, 1u << 24);
	rewind(f);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	*len = b.len;
	return b.p;
}

static char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	struct buf b;
	char chunk[4096];
	size_t n;

	buf_init(&b, 1u << 24);
	while (f && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	if (f)
		fclose(f);
	*len = b.len;
	return b.p;
}

/* Reads path and writes it again into a memory stream; returns what was written. */
static char *
rewrite(const char *path, size_t *len)
{
	struct cin_reader *r = cin_reader_open_file(path);
	const struct cin_header *h;
	const struct cin_child *c;
	char *out;
	FILE *f = tmpfile();
	struct cin_writer *w = cin_writer_new(f);
	uint64_t bytes;

	CHECK_INT(cin_read_header(r, &h), 1);
	cin_write_header(w, h);
	while (cin_read_child(r, &c) > 0)
		cin_write_child(w, c);
	CHECK_STR(cin_reader_error(r), "");
	CHECK_INT(cin_writer_finish(w), 0);
	bytes = cin_writer_bytes(w);
	cin_writer_free(w);
	cin_reader_close(r);
	out = read_back(f, len);
	CHECK(bytes == *len);
	return out;
}

static void
example_round_trip(void)
{
	size_t n, m;
	char *want = slurp(FIX, &n), *got = rewrite(FIX, &m);

	CHECK_INT(m, n);
	CHECK(m == n && memcmp(got, want, n) == 0);
	xfree(want);
	xfree(got);
}

static void
escapes_values(void)
{
	struct cin_child c;
	struct cin_header h;
	char *out;
	size_t len;
	FILE *f = tmpfile();
	struct cin_writer *w = cin_writer_new(f);

	cin_header_init(&h);
	cin_child_init(&c);
	c.la_child_id.s = "A&B<C>";
	cin_write_header(w, &h);
	cin_write_child(w, &c);
	CHECK_INT(cin_writer_finish(w), 0);
	cin_writer_free(w);
	out = read_back(f, &len);
	CHECK(strstr(out, "<LAchildID>A&amp;B&lt;C&gt;</LAchildID>") != NULL);
	CHECK(strstr(out, "<UPN>") == NULL);	/* absent values are not written */
	CHECK(strstr(out, "<Disabilities>") == NULL);
	xfree(out);
}

static void
reports_a_failed_write(void)
{
	FILE *f = fopen("/dev/full", "w");
	struct cin_writer *w;
	struct cin_header h;

	if (!f)
		return;
	w = cin_writer_new(f);
	cin_write_header(w, cin_header_init(&h));
	CHECK_INT(cin_writer_finish(w), -1);
	cin_writer_free(w);
	fclose(f);
}

int
main(void)
{
	RUN(example_round_trip);
	RUN(escapes_values);
	RUN(reports_a_failed_write);
	return DONE();
}
