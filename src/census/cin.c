/*
 * cin.c: what every part of the census shares: census years, and the pool that holds one
 * child of a return.
 *
 * A return is read, checked, written or imported one child at a time (cin.h). The pool is
 * a chain of blocks: allocation is a pointer bump, and a reset keeps the first block and
 * frees the rest, so a file of 700,000 children costs the memory of its largest child.
 * The blocks double from 16 KB, so even a child with thousands of items takes a handful of
 * blocks; the reader caps a child's size (cin_read.c) so a hostile file cannot grow one
 * without bound.
 */
#include "census/cin.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/mem.h"

struct cin_block {
	struct cin_block *next;
	size_t used, size;
	_Alignas(16) unsigned char data[];
};

struct cin_pool {
	struct cin_block *head;	/* the block being filled; older ones follow */
	size_t total;		/* bytes handed out since the last reset */
};

#define FIRST_BLOCK 16384

static struct cin_block *
block_new(size_t size, struct cin_block *next)
{
	struct cin_block *b = xmalloc(sizeof *b + size);

	b->next = next;
	b->used = 0;
	b->size = size;
	return b;
}

struct cin_pool *
cin_pool_new(void)
{
	struct cin_pool *p = xcalloc(1, sizeof *p);

	p->head = block_new(FIRST_BLOCK, NULL);
	return p;
}

void
cin_pool_free(struct cin_pool *p)
{
	if (!p)
		return;
	while (p->head) {
		struct cin_block *next = p->head->next;
		xfree(p->head);
		p->head = next;
	}
	xfree(p);
}

/* Keeps only the first (smallest) block: a large child does not pin its memory. */
void
cin_pool_reset(struct cin_pool *p)
{
	while (p->head->next) {
		struct cin_block *next = p->head->next;
		xfree(p->head);
		p->head = next;
	}
	p->head->used = 0;
	p->total = 0;
}

void *
cin_pool_alloc(struct cin_pool *p, size_t n)
{
	struct cin_block *b = p->head;
	void *out;

	n = (n + 7) & ~(size_t)7;
	if (b->size - b->used < n) {
		size_t size = b->size * 2;
		while (size < n)
			size *= 2;
		b = p->head = block_new(size, p->head);
	}
	out = b->data + b->used;
	b->used += n;
	p->total += n;
	memset(out, 0, n);
	return out;
}

const char *
cin_pool_strndup(struct cin_pool *p, const char *s, size_t n)
{
	char *out = cin_pool_alloc(p, n + 1);

	memcpy(out, s, n);
	out[n] = '\0';
	return out;
}

void *
cin_pool_grow(struct cin_pool *p, void *arr, int n, int *cap, size_t size)
{
	void *bigger;

	if (n < *cap)
		return arr;
	*cap = *cap ? *cap * 2 : 4;
	bigger = cin_pool_alloc(p, (size_t)*cap * size);
	if (n)
		memcpy(bigger, arr, (size_t)n * size);
	return bigger;
}

size_t
cin_pool_used(const struct cin_pool *p)
{
	return p->total;
}

static void
no_date(struct cin_date *d)
{
	d->s = NULL;
	d->line = 0;
	d->d = CAL_NONE;
}

struct cin_header *
cin_header_init(struct cin_header *h)
{
	memset(h, 0, sizeof *h);
	no_date(&h->reference_date);
	return h;
}

struct cin_child *
cin_child_init(struct cin_child *c)
{
	memset(c, 0, sizeof *c);
	no_date(&c->birth);
	no_date(&c->expected_birth);
	no_date(&c->death);
	return c;
}

struct cin_episode *
cin_episode_init(struct cin_episode *e)
{
	memset(e, 0, sizeof *e);
	no_date(&e->referral);
	no_date(&e->closure);
	no_date(&e->icpc);
	return e;
}

struct cin_assessment *
cin_assessment_init(struct cin_assessment *a)
{
	memset(a, 0, sizeof *a);
	no_date(&a->start);
	no_date(&a->internal_review);
	no_date(&a->authorised);
	return a;
}

struct cin_plan *
cin_plan_init(struct cin_plan *p)
{
	memset(p, 0, sizeof *p);
	no_date(&p->start);
	no_date(&p->end);
	return p;
}

struct cin_s47 *
cin_s47_init(struct cin_s47 *s)
{
	memset(s, 0, sizeof *s);
	no_date(&s->start);
	no_date(&s->icpc_target);
	no_date(&s->icpc);
	return s;
}

struct cin_cpp *
cin_cpp_init(struct cin_cpp *p)
{
	memset(p, 0, sizeof *p);
	no_date(&p->start);
	no_date(&p->end);
	return p;
}

struct cin_year
cin_year_of(int end_year)
{
	struct cin_year y;

	y.end_year = end_year;
	y.start = cal_from_ymd(end_year - 1, 4, 1);
	y.reference = cal_from_ymd(end_year, 3, 31);
	return y;
}

static int
digits(const char *s, int n)
{
	for (int i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* "2025-26" names the year by both calendar years it spans; "2026" by the one it ends in. */
int
cin_year_parse(const char *text, struct cin_year *y)
{
	int first, end;

	if (!text)
		return 0;
	if (strlen(text) == 4 && digits(text, 4)) {
		end = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 +
		    (text[3] - '0');
	} else if (strlen(text) == 7 && digits(text, 4) && text[4] == '-' && digits(text + 5, 2)) {
		first = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 +
		    (text[3] - '0');
		end = first + 1;
		if ((text[5] - '0') * 10 + (text[6] - '0') != end % 100)
			return 0;
	} else {
		return 0;
	}
	if (end < 1971 || end > 9999)
		return 0;
	*y = cin_year_of(end);
	return 1;
}

int
cin_school_age(cal_date birth, const struct cin_year *y)
{
	return birth != CAL_NONE && birth <= cal_from_ymd(y->end_year - 6, 8, 31);
}

int
cin_under_school_age(cal_date birth, cal_date expected, const struct cin_year *y)
{
	if (birth != CAL_NONE)
		return !cin_school_age(birth, y);
	return expected != CAL_NONE;
}

void
cin_year_label(const struct cin_year *y, char out[8])
{
	unsigned first = (unsigned)(y->end_year - 1) % 10000u, end = (unsigned)y->end_year % 100u;

	snprintf(out, 8, "%04u-%02u", first, end);
}
