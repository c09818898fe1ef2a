/*
 * arena.h: memory that lives as long as one request. See arena.c.
 */
#ifndef SG_ARENA_H
#define SG_ARENA_H
#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *head;
	size_t total;		/* bytes handed out so far */
	size_t max;		/* never more than this in all */
	int toobig;		/* set once a request for memory passed max */
};

void arena_init(struct arena *a, size_t max);
/* n bytes, aligned for any type, zeroed; NULL once the arena would pass its max. */
void *arena_alloc(struct arena *a, size_t n);
/* A NUL-terminated copy of s[0..n); NULL as arena_alloc. */
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_strdup(struct arena *a, const char *s);
/* "%s"-style formatting into the arena; NULL as arena_alloc. */
char *arena_printf(struct arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Gives back everything at once. */
void arena_free(struct arena *a);

#endif
