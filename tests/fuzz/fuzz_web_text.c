/*
 * fuzz_web_text.c: web_text_ok (src/web/parse.c), the rule every decoded path, field and
 * forwarded address must pass: UTF-8, no control character, newlines only where allowed.
 * Its answer must be the reference's (fuzz_web.h) for any bytes, with newlines allowed
 * and not, and it must read nothing past the n bytes it is given: the text is handed over
 * in a block of exactly that size, with no NUL after it.
 */
#include "fuzz_web.h"
#include "web/parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_exact(data, size);

	for (int nl = 0; nl <= 1; nl++) {
		int got = web_text_ok(s, size, nl), want = ref_text_ok(s, size, nl);
		if (got != want)
			fprintf(stderr, "web_text_ok says %d, the rule %d (newlines %s)\n", got, want,
			    nl ? "allowed" : "not allowed");
		PROMISE(got == want);
		/* Any prefix is judged alone: a sequence cut at n is not text. */
		if (size > 1)
			PROMISE(web_text_ok(s, size - 1, nl) == ref_text_ok(s, size - 1, nl));
	}
	free(s);
	return 0;
}
