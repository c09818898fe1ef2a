/*
 * cin_synth.h: synthetic census returns of any size, for tests, fuzz seeds and benchmarks
 * (cin_synth.c). `safeguard test-cin-generate` writes one.
 */
#ifndef SG_CIN_SYNTH_H
#define SG_CIN_SYNTH_H
#include <stdint.h>

#include "census/cin.h"

struct cin_synth {
	struct cin_year year;
	uint64_t state;		/* the random sequence: the same seed, the same children */
};

void cin_synth_init(struct cin_synth *g, const struct cin_year *y, uint64_t seed);
/* Child number `index` (from 1): strings and arrays in pool. */
void cin_synth_child(struct cin_synth *g, long index, struct cin_pool *pool,
    struct cin_child *out);

#endif
