/*
 * rules_int.h: what the rule families (rules_*.c) share: the state of one check, the way a
 * rule reports, and the few readings every family needs (booleans, codes, periods).
 *
 * The census year. S is 1 April and R the reference date, 31 March: "in the census year"
 * means S <= d <= R, both ends included. Rules that need S or R (have_year == 0 when the
 * header gave no usable ReferenceDate) are skipped rather than judged against a guess.
 *
 * Periods. Whatever runs from a start to an end (an episode, an assessment, a section 47
 * enquiry, a plan) is "running" on day d when start <= d < end: on its end date it has
 * ended, so the next one may begin that day (domain.md 1.4: "an episode may end the day the
 * next starts"; a child in need plan that follows a protection plan starts on the day the
 * protection plan ends). An open one, with no end date yet, runs through the reference date
 * (end = R + 1), or without end when the census year is unknown. Something that ended
 * without an end date being recorded (an NFA referral left open, a section 47 enquiry whose
 * conference was not required) occupies no days. One period "starts inside" another when
 * other.start <= this.start < other.end; so two periods that start on the same day overlap
 * unless the earlier-sorted one occupies no days.
 */
#ifndef SG_CIN_RULES_INT_H
#define SG_CIN_RULES_INT_H
#include <stddef.h>
#include <stdint.h>

#include "census/rules.h"
#include "census/rules_list.h"
#include "codes/codes.h"

enum cin_rule_id {
#define X(id, code, kind, module, what) id,
	CIN_RULE_LIST(X)
#undef X
	CIN_NRULES
};

#define CIN_FOREVER INT32_MAX	/* the end of an open period when R is unknown */

/* Fingerprints of values seen so far in the return (8510, 1520): a 64-bit hash and where
 * the first holder was (a line, or a store id), never the value itself. */
struct cin_seen {
	uint64_t *hash;
	int64_t *first;
	size_t n, cap;		/* cap is 0 or a power of two */
};

struct cin_span {
	cal_date start, end;
	int idx;	/* the caller's index of the module */
	int best;	/* once sorted: the span of latest end among this one and those before */
};

/* A module of the child and its episode, for rules that compare across episodes. */
struct cin_ref {
	const struct cin_episode *ep;
	const void *item;
};

struct cin_lists {
	const struct code_list *sex, *ethnicity, *disability, *upn_unknown, *source,
	    *need, *closure, *category, *factor;
};

struct cin_check {
	cin_report_fn fn;
	void *ctx;
	int have_year;
	int end_year;
	cal_date start, ref;	/* S and R */
	cal_date open_end;	/* where an open period stops: R + 1, or CIN_FOREVER */
	cal_date nfa_from;	/* 8569Q: the working day before S */
	cal_date judge;		/* the day ages are judged on: R, or today in a year not over */
	char judge_words[64];	/* "the reference date", or "today (2026-11-21)" */
	struct cin_lists lists;
	const struct cin_child *child;	/* the child being checked */
	long children;
	/* Return-level state: counters and fingerprints only, so memory stays flat. */
	struct cin_seen ids, upns;
	long cpp_starts, icpcs;		/* 2883 */
	long sex_unrecorded;		/* 2886Q */
	unsigned disabilities_used;	/* 2887Q: a bit per code of the disability list */
	int multi_disability;		/* 2888Q */
	/* Scratch reused from child to child. */
	struct cin_span *spans;
	size_t spans_cap;
	struct cin_ref *refs;
	size_t refs_cap;
	char msg[1024];
	char epname[96];
};

/* Reports rule id broken at item (see enum cin_at) on line; fmt makes the message. */
void cin_fire(struct cin_check *c, enum cin_rule_id id, enum cin_at at,
    const struct cin_episode *ep, const void *item, int line, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
/* "the episode referred on 2025-05-01" (or how else to find it), for messages. */
const char *cin_episode_name(struct cin_check *c, const struct cin_episode *ep);

/* Readings. */
int cin_present(const struct cin_text *t);	/* present and not empty */
int cin_has_date(const struct cin_date *d);	/* present and a valid date */
/* A census boolean: 1 true, 0 false, -1 missing or not one of 1, 0, true, false (any
 * letter case; rule 8568). */
int cin_bool(const struct cin_text *t);
/* The text is one of the codes of list. */
int cin_code_ok(const struct code_list *l, const struct cin_text *t);
int cin_in_year(const struct cin_check *c, cal_date d);
/* More than n working days (convention A, cal.h) lie after start up to c->judge. */
int cin_working_days_over(const struct cin_check *c, cal_date start, int n);
/* The end of a period for the overlap rules (see the comment at the top). */
cal_date cin_period_end(const struct cin_check *c, cal_date start, cal_date end, int open);
/* Sorts n spans by start and calls fn for each span that starts inside an earlier one,
 * with the index (span.idx) of the one it starts inside. */
typedef void (*cin_overlap_fn)(struct cin_check *c, void *ctx, int later, int earlier);
void cin_overlaps(struct cin_check *c, struct cin_span *s, int n, cin_overlap_fn fn, void *ctx);
/* Sorts n spans by start for cin_running_at. */
void cin_spans_sort(struct cin_span *s, int n);
/* The idx of a sorted span running on day d (start <= d < end), or -1. */
int cin_running_at(const struct cin_span *s, int n, cal_date d);
/* Room for n spans in c->spans, and for n refs in c->refs (both reused). */
struct cin_span *cin_spans(struct cin_check *c, size_t n);
struct cin_ref *cin_refs(struct cin_check *c, size_t n);

/* The families, one file each. */
void cin_rules_header(struct cin_check *c, const struct cin_header *h);	/* rules_return.c */
void cin_rules_return_child(struct cin_check *c, const struct cin_child *ch);
void cin_rules_return_finish(struct cin_check *c);
void cin_rules_return_free(struct cin_check *c);
void cin_rules_identifiers(struct cin_check *c, const struct cin_child *ch);	/* rules_child.c */
void cin_rules_dates(struct cin_check *c, const struct cin_child *ch);	/* rules_dates.c */
void cin_rules_upn(struct cin_check *c, const struct cin_child *ch);	/* rules_upn.c */
void cin_rules_episode(struct cin_check *c, const struct cin_episode *ep);	/* rules_episode.c */
void cin_rules_episodes(struct cin_check *c, const struct cin_child *ch);
void cin_rules_activity(struct cin_check *c, const struct cin_episode *ep);	/* rules_activity.c */
void cin_rules_assessments(struct cin_check *c, const struct cin_episode *ep);	/* rules_assess.c */
void cin_rules_s47s(struct cin_check *c, const struct cin_episode *ep);	/* rules_s47.c */
void cin_rules_cpps(struct cin_check *c, const struct cin_episode *ep);	/* rules_cpp.c */
void cin_rules_cpps_child(struct cin_check *c, const struct cin_child *ch);
void cin_rules_cin_plans(struct cin_check *c, const struct cin_episode *ep);	/* rules_plan.c */
void cin_rules_cin_plans_child(struct cin_check *c, const struct cin_child *ch);

#endif
