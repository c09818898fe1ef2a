/* mem.h: the one allocation wrapper. See mem.c. */
#ifndef SG_MEM_H
#define SG_MEM_H
#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
void *xreallocarray(void *p, size_t count, size_t size);
char *xstrdup(const char *s);
/* Makes room for element number len of an array of `size`-byte elements; returns the
 * (possibly moved) array and updates *cap. The one place arrays double. */
void *vec_reserve(void *p, size_t len, size_t *cap, size_t size);
char *xstrndup(const char *s, size_t n);
void xfree(void *p);
/* qsort, but for n < 2 it does nothing: qsort's base may not be NULL even when n is 0,
 * and an empty array here is often NULL (a store with no adults yet). */
void mem_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));

/* Test builds only: make the n-th allocation from now fail (0 turns it off). */
void mem_fail_after(long n);

#endif
