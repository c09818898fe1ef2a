/* demo.h: the synthetic demo area (safeguard demo). See demo.c. */
#ifndef SG_DEMO_H
#define SG_DEMO_H
#include <stddef.h>
#include <stdint.h>

#include "calendar/cal.h"

struct store;

#define DEMO_POPULATION 30000		/* children aged 0-17 of the default area */
#define DEMO_YEARS 5
#define DEMO_ENGLAND_POPULATION 12200000	/* domain.md 2.3: England's under-18s */

struct demo_opts {
	long population;	/* the area's children aged 0-17 */
	int years;		/* history kept before `end` (the default area) */
	uint64_t seed;
	cal_date end;		/* nothing happens after this day; only what is booked lies after it */
	int england;		/* one census year at national volume */
};

/* Sets the defaults: the default area, seed 1, ending on `today`. */
void demo_defaults(struct demo_opts *o, cal_date today);

/* What a run wrote, for the command's report. */
struct demo_result {
	long long children, referrals, plans, conferences, rows;
	cal_date window_start, window_end;	/* the history (or census year) kept */
};

/*
 * Fills st, which must hold no records, with the area. bulk: the store file is brand new
 * (the caller created it and deletes it on failure), so the journal may be turned off
 * while it fills. Returns 0, or -1 with a message in err.
 */
int demo_generate(struct store *st, const struct demo_opts *o, int bulk,
    struct demo_result *res, char *err, size_t errsize);

/* After the area: restricts two children's records to named users (demo_restrict.c),
 * through the record layer as who. 0, or -1 with a message in err. */
struct rec_actor;
int demo_restrict(struct store *st, cal_date end, const struct rec_actor *who, char *err,
    size_t errsize);

/* After the area: the hospital's demo user has looked a child up on the last day
 * (demo_lookup.c): found 1 with the child's NHS number and birth for a newcomer to try,
 * or 0 when no child is on a plan or looked after. 0, or -1 with a message in err. */
struct demo_lookup_try {
	int found, on_plan;
	int ours;		/* the demo social worker's own child */
	char nhs_number[11];
	cal_date birth;
};
struct area;
int demo_lookup(struct store *st, const struct area *a, cal_date end,
    const struct rec_actor *who, struct demo_lookup_try *out, char *err, size_t errsize);

/* After the area: escalations over its conferences at seed 001's rates, from start to end,
 * scaled to the child population (demo_escalation.c, issue 11). 0, or -1 with err. */
int demo_escalations(struct store *st, const struct area *a, cal_date start, cal_date end,
    long population, uint64_t seed, const struct rec_actor *who, char *err, size_t errsize);
/* After the area: the LADO's cases over the kept history, at the seeds' rates
 * (demo_lado.c), through the record layer as who. 0, or -1 with a message in err. */
int demo_lado(struct store *st, const struct demo_opts *o, const struct rec_actor *who,
    char *err, size_t errsize);
/* After the area: the child deaths over the kept history at England's rate, and the child
 * death review's coordinator (demo_deaths.c, issue 11 point 6), through the record layer as
 * who. 0, or -1 with a message in err. */
int demo_deaths(struct store *st, const struct demo_opts *o, const struct rec_actor *who,
    char *err, size_t errsize);
/* Operation Encompass (demo_encompass.c): the school terms of the demo's years, as the
 * setting timescale.school_holidays (written before the area is loaded for the rest);
 * then the police's notifications to schools, in proportion to the assessments recording
 * domestic abuse. 0, or -1 with a message in err. */
int demo_school_terms(struct store *st, cal_date end, const struct rec_actor *who, char *err,
    size_t errsize);
int demo_encompass(struct store *st, const struct area *a, cal_date end,
    const struct rec_actor *who, char *err, size_t errsize);

/* Missing episodes (demo_missing.c): in proportion to the assessments recording the
 * factor 10A, each with its return interview. 0, or -1 with a message in err. */
int demo_missing(struct store *st, const struct area *a, cal_date end,
    const struct rec_actor *who, char *err, size_t errsize);

/* Children placed in the area by other authorities (demo_placed.c): 47 per 10,000
 * children on the last day, at seed 004's rate, and half as many ended. 0, or -1 with a
 * message in err. */
int demo_placed(struct store *st, cal_date end, long population, uint64_t seed,
    const struct rec_actor *who, char *err, size_t errsize);

/* Training (demo_training.c; issue 11, point 5): courses, sessions over the kept history
 * and the next three months, and the places booked by the area's professionals, at the
 * seeds' rates. 0, or -1 with a message in err. */
int demo_training(struct store *st, const struct demo_opts *o, const struct rec_actor *who,
    char *err, size_t errsize);

/* Multi-agency case audits (demo_audits.c): three a year over the kept history, with
 * their cases, the agencies' returns and the actions. 0, or -1 with a message in err. */
int demo_audits(struct store *st, const struct demo_opts *o, const struct rec_actor *who,
    char *err, size_t errsize);

/* Serious incidents and their reviews (demo_reviews.c): one a year for each 30,000
 * children, half to a practice review with its action plan. 0, or -1 with err. */
int demo_reviews(struct store *st, const struct demo_opts *o, const struct rec_actor *who,
    char *err, size_t errsize);

/* Agencies' Section 11 and schools' Section 175 self-assessments (demo_self_assessments.c):
 * half of each a year, 92% returned, with their actions. 0, or -1 with err. */
int demo_self_assessments(struct store *st, const struct demo_opts *o,
    const struct rec_actor *who, char *err, size_t errsize);

/* The census year (its end year, e.g. 2026 for 2025-26) that --scale england builds. */
int demo_census_end_year(cal_date end);

#endif
