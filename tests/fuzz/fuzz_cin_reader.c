/*
 * fuzz_cin_reader.c: the census reader on arbitrary bytes. Whatever the input, the reader
 * must end with a child count or an error message, never a crash, a leak or a read out
 * of bounds; every child it hands out must hold what its counts say.
 */
#include <stdint.h>
#include <string.h>

#include "census/cin_read.h"

static size_t
touch_child(const struct cin_child *c)
{
	size_t n = c->la_child_id.s ? strlen(c->la_child_id.s) : 0;

	for (int i = 0; i < c->ndisabilities; i++)
		n += strlen(c->disabilities[i].s);
	for (int i = 0; i < c->nepisodes; i++) {
		const struct cin_episode *e = &c->episodes[i];
		for (int k = 0; k < e->nassessments; k++)
			for (int f = 0; f < e->assessments[k].nfactors; f++)
				n += strlen(e->assessments[k].factors[f].s);
		for (int k = 0; k < e->ncpps; k++)
			for (int f = 0; f < e->cpps[k].nreviews; f++)
				n += strlen(e->cpps[k].reviews[f].s);
		n += (size_t)e->nplans + (size_t)e->ns47s;
	}
	return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cin_reader *r = cin_reader_open_mem((const char *)data, size);
	const struct cin_child *c;
	volatile size_t n = 0;

	while (cin_read_child(r, &c) > 0)
		n += touch_child(c);
	n += strlen(cin_reader_error(r));
	cin_reader_close(r);
	return 0;
}
