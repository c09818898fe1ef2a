/*
 * demo_rng.c: the demo's random numbers, reproducible to the bit.
 *
 * Same seed and same end date, same store: so nothing here depends on the machine, the
 * C library's rand(), the clock, or the order in which anything else happened. Each family
 * (and each episode and child within it) draws from a stream of its own, derived from the
 * seed and its numbers by SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom
 * number generators", OOPSLA 2014): changing how many numbers one family uses never
 * shifts another family's story, which keeps the area stable while the model is tuned.
 */
#include "demo/demo_int.h"

static uint64_t
mix(uint64_t z)
{
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

struct rng
rng_stream(uint64_t seed, uint64_t a, uint64_t b)
{
	struct rng r;

	r.s = mix(mix(seed ^ 0x5347444d4f303031ULL) + a * 0x9e3779b97f4a7c15ULL) ^ mix(b + 1);
	return r;
}

uint64_t
rng_next(struct rng *r)
{
	r->s += 0x9e3779b97f4a7c15ULL;
	return mix(r->s);
}

/* Lemire's multiply-shift: unbiased enough for a simulation, and no division. */
uint32_t
rng_below(struct rng *r, uint32_t n)
{
	return (uint32_t)(((rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

int
rng_range(struct rng *r, int lo, int hi)
{
	if (hi <= lo)
		return lo;
	return lo + (int)rng_below(r, (uint32_t)(hi - lo + 1));
}

double
rng_unit(struct rng *r)
{
	return (double)(rng_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

int
rng_chance(struct rng *r, double p)
{
	return rng_unit(r) < p;
}

int
rng_index(struct rng *r, const struct d_weight *w, int n)
{
	unsigned total = 0, x;

	for (int i = 0; i < n; i++)
		total += w[i].weight;
	x = rng_below(r, total);
	for (int i = 0; i < n; i++) {
		if (x < w[i].weight)
			return i;
		x -= w[i].weight;
	}
	return n - 1;
}

const char *
rng_code(struct rng *r, const struct d_weight *w, int n)
{
	return w[rng_index(r, w, n)].code;
}

int
rng_band(struct rng *r, const struct d_band *b, int n)
{
	unsigned total = 0, x;
	int i;

	for (i = 0; i < n; i++)
		total += b[i].weight;
	x = rng_below(r, total);
	for (i = 0; i < n - 1 && x >= b[i].weight; i++)
		x -= b[i].weight;
	return rng_range(r, b[i].lo, b[i].hi);
}
