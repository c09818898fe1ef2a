/* validate_out.h: how `safeguard validate cin` prints what the census rules find. See
 * validate_out.c. */
#ifndef SG_VALIDATE_OUT_H
#define SG_VALIDATE_OUT_H
#include <stdio.h>

#include "census/rules.h"

enum vout_format { VOUT_TEXT, VOUT_JSON, VOUT_CSV };

struct vout {
	FILE *f;
	enum vout_format fmt;
	int store;		/* findings name store records rather than lines */
	long child;		/* the ordinal of the child being checked (1, 2 ...) */
	long grouped;		/* the child whose heading is printed; -1 the return, -2 header */
	long nfindings, errors, queries;
	long *count;		/* findings by rule, in cin_rules_all() order */
};

/* Starts the output for source (a file name, or "the store"). */
void vout_begin(struct vout *o, FILE *f, enum vout_format fmt, const char *source, int store);
/* The next child is about to be checked. */
void vout_next_child(struct vout *o);
/* A cin_report_fn: prints one finding (ctx is the struct vout). */
void vout_finding(void *ctx, const struct cin_finding *f);
/* Ends the output with the counts by rule; y is NULL when the year was unknown. */
void vout_end(struct vout *o, const struct cin_year *y, long children);
/* Ends the output of a file that could not be read to the end (JSON stays well formed). */
void vout_abort(struct vout *o, const char *why);
void vout_free(struct vout *o);

#endif
