/* check.h: what the text and JSON halves of 'safeguard check' share. See cmd_check.c. */
#ifndef SG_CHECK_H
#define SG_CHECK_H
#include <stdio.h>

#include "timescales/ts.h"

/* Whose list it is, for the heading. */
struct check_for {
	const char *kind;	/* "area", "user", "team", "chair" */
	const char *username;	/* --user, else NULL */
	int64_t id;		/* professional or team id; 0 for the area */
	char name[160];		/* the professional's or team's name */
};

/* The worklist as JSON (the shape is documented in README.md, section 'check'). */
void check_print_json(FILE *f, const struct area *a, const struct ts_worklist *w,
    const struct check_for *who, int days);

#endif
