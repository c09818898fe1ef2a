/*
 * harness.h: the unit-test harness. A test file includes this (and, to reach statics, the
 * module's .c), writes plain functions, and lists them in main() with RUN(). Each failed
 * check prints the file, line, and both values; the program exits non-zero if any failed.
 */
#ifndef SG_HARNESS_H
#define SG_HARNESS_H
#include <stdio.h>
#include <string.h>

static int h_checks, h_failed, h_test_failed;

#define CHECK(cond)                                                                  \
	do {                                                                         \
		h_checks++;                                                          \
		if (!(cond)) {                                                       \
			h_failed++;                                                  \
			h_test_failed = 1;                                           \
			printf("  %s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
		}                                                                    \
	} while (0)

#define CHECK_INT(got, want)                                                         \
	do {                                                                         \
		long long g_ = (long long)(got), w_ = (long long)(want);             \
		h_checks++;                                                          \
		if (g_ != w_) {                                                      \
			h_failed++;                                                  \
			h_test_failed = 1;                                           \
			printf("  %s:%d: %s is %lld, expected %lld\n", __FILE__, __LINE__, \
			       #got, g_, w_);                                        \
		}                                                                    \
	} while (0)

#define CHECK_STR(got, want)                                                         \
	do {                                                                         \
		const char *g_ = (got), *w_ = (want);                                \
		h_checks++;                                                          \
		if (!g_ || !w_ || strcmp(g_, w_) != 0) {                             \
			h_failed++;                                                  \
			h_test_failed = 1;                                           \
			printf("  %s:%d: %s is \"%s\", expected \"%s\"\n", __FILE__,   \
			       __LINE__, #got, g_ ? g_ : "(null)", w_ ? w_ : "(null)");  \
		}                                                                    \
	} while (0)

#define RUN(fn)                                                                      \
	do {                                                                         \
		h_test_failed = 0;                                                   \
		fn();                                                                \
		printf("%s - %s\n", h_test_failed ? "not ok" : "ok", #fn);            \
	} while (0)

#define DONE()                                                                       \
	(printf("# %s: %d checks, %d failed\n", __FILE__, h_checks, h_failed), h_failed != 0)

#endif
