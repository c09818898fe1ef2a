/*
 * fuzz_cin_rules.c: the census reader and every business rule on arbitrary bytes. Each
 * child the reader hands out is checked twice: with the year its header gives (or none,
 * when the header's ReferenceDate is unusable) and with the 2025-26 year forced, so that
 * the rules needing a census year run whatever the header says. Never a crash, a leak or
 * an out-of-bounds read; every finding must carry a rule and a message.
 */
#include <stdint.h>
#include <string.h>

#include "census/cin_read.h"
#include "census/rules.h"

static void
count(void *ctx, const struct cin_finding *f)
{
	size_t *n = ctx;

	*n += strlen(f->message) + strlen(f->rule->code) + (f->child != NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cin_reader *r = cin_reader_open_mem((const char *)data, size);
	const struct cin_header *h;
	const struct cin_child *c;
	struct cin_check *by_header, *forced;
	size_t n = 0;

	if (cin_read_header(r, &h) < 0) {
		cin_reader_close(r);
		return 0;
	}
	by_header = cin_check_new(h, count, &n);
	forced = cin_check_new_year(2026, count, &n);
	while (cin_read_child(r, &c) > 0) {
		cin_check_child(by_header, c);
		cin_check_child(forced, c);
	}
	cin_check_finish(by_header);
	cin_check_finish(forced);
	cin_check_free(by_header);
	cin_check_free(forced);
	cin_reader_close(r);
	return n == (size_t)-1;
}
