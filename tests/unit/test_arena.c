/* test_arena.c: the per-request arena (src/base/arena.c, included to see its blocks):
 * alignment and zeroing, geometric growth from 4 KiB, the cap counted in aligned bytes,
 * its sticky flag, sizes that overflow, the string helpers, and arena_free starting
 * over with the same cap. */
#include <stdint.h>

#include "harness.h"
#include "base/arena.c"

static int
blocks(const struct arena *a)
{
	int n = 0;

	for (const struct arena_block *b = a->head; b; b = b->next)
		n++;
	return n;
}

static void
alignment(void)
{
	const size_t align = _Alignof(max_align_t);
	struct arena a;
	int zero = 1;

	arena_init(&a, 1u << 20);
	for (size_t n = 1; n <= 200; n++) {
		unsigned char *p = arena_alloc(&a, n);
		CHECK(p != NULL);
		if (!p)
			break;
		CHECK_INT((uintptr_t)p % align, 0);
		for (size_t i = 0; i < n; i++)
			zero &= p[i] == 0;
		memset(p, 0xAB, n);	/* dirty it, for the next one's zeroing */
	}
	CHECK(zero);
	arena_free(&a);
}

static void
growth(void)
{
	struct arena a;

	arena_init(&a, 1u << 24);
	CHECK(a.head == NULL);
	CHECK(arena_alloc(&a, 100) != NULL);
	CHECK_INT(blocks(&a), 1);
	CHECK_INT(a.head->size, 4096);
	CHECK_INT(a.total, 112);		/* rounded up to the alignment */
	CHECK(arena_alloc(&a, 3984) != NULL);	/* exactly what is left */
	CHECK_INT(blocks(&a), 1);
	CHECK(arena_alloc(&a, 1) != NULL);
	CHECK_INT(blocks(&a), 2);
	CHECK_INT(a.head->size, 8192);		/* each block twice the last */
	CHECK(arena_alloc(&a, 100000) != NULL);
	CHECK_INT(blocks(&a), 3);
	CHECK_INT(a.head->size, 131072);	/* or as large as the request needs */
	CHECK_INT(a.total, 4096 + 16 + 100000);
	CHECK(!a.toobig);
	arena_free(&a);
	CHECK(a.head == NULL);
	CHECK_INT(a.total, 0);
	CHECK_INT(a.max, 1u << 24);
}

static void
cap(void)
{
	struct arena a;

	arena_init(&a, 100);
	CHECK(arena_alloc(&a, 64) != NULL);
	CHECK(arena_alloc(&a, 48) == NULL);	/* 64 + 48 > 100 */
	CHECK(a.toobig);
	CHECK(arena_alloc(&a, 1) == NULL);	/* sticky: even what would fit */
	CHECK(arena_strdup(&a, "") == NULL);
	CHECK(arena_printf(&a, "%d", 1) == NULL);
	CHECK_INT(a.total, 64);
	arena_free(&a);
	CHECK(!a.toobig);
	CHECK_INT(a.max, 100);
	CHECK(arena_alloc(&a, 96) != NULL);	/* 96 <= 100, aligned */
	CHECK(arena_alloc(&a, 1) == NULL);
	arena_free(&a);
	arena_init(&a, 100);
	CHECK(arena_alloc(&a, 100) == NULL);	/* 100 rounds up to 112 */
	arena_free(&a);
	arena_init(&a, 4096);
	CHECK(arena_alloc(&a, 4096) != NULL);	/* exactly the cap */
	CHECK(arena_alloc(&a, 1) == NULL);
	arena_free(&a);
	arena_init(&a, 0);
	CHECK(arena_alloc(&a, 1) == NULL);
	arena_free(&a);
}

static void
overflow(void)
{
	struct arena a;

	arena_init(&a, SIZE_MAX);
	CHECK(arena_alloc(&a, SIZE_MAX) == NULL);	/* rounding up would wrap */
	CHECK(a.toobig);
	arena_free(&a);
	arena_init(&a, SIZE_MAX);
	CHECK(arena_alloc(&a, SIZE_MAX - 8) == NULL);
	CHECK(a.toobig);
	arena_free(&a);
	arena_init(&a, 1u << 20);
	CHECK(arena_strndup(&a, "x", SIZE_MAX) == NULL);	/* n + 1 wraps */
	CHECK(a.toobig);
	arena_free(&a);
}

static void
strings(void)
{
	struct arena a;
	char *long_one;

	arena_init(&a, 1u << 20);
	CHECK_STR(arena_strdup(&a, "caf\xc3\xa9"), "caf\xc3\xa9");
	CHECK_STR(arena_strdup(&a, ""), "");
	CHECK_STR(arena_strndup(&a, "abcdef", 3), "abc");
	CHECK_STR(arena_strndup(&a, "a\0b", 3), "a");
	CHECK_STR(arena_printf(&a, "%s/%d/%05.1f", "x", 12, 3.14159), "x/12/003.1");
	long_one = arena_printf(&a, "%5000d|", 7);	/* more than a block */
	CHECK(long_one != NULL && strlen(long_one) == 5001 && long_one[4999] == '7');
	arena_free(&a);
	arena_init(&a, 64);
	CHECK(arena_printf(&a, "%100s", "") == NULL);
	CHECK(a.toobig);
	arena_free(&a);
}

int
main(void)
{
	RUN(alignment);
	RUN(growth);
	RUN(cap);
	RUN(overflow);
	RUN(strings);
	return DONE();
}
