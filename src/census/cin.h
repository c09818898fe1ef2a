/*
 * cin.h: one child of a Children in Need census return, as read from a file or built from
 * the store, for the census writer, reader, rules and importer (domain-cin.md).
 *
 * Values are kept as the text the file held (NULL when the element was absent) with the
 * line they were on, so that a rule can report an invalid code exactly as written and
 * where. Dates carry their parsed value too: d is CAL_NONE when the element is absent or
 * its text is not a valid YYYY-MM-DD.
 *
 * Built from the store, every module also carries the store id of the record it came
 * from (id; 0 when read from a file), so that a rule broken by it can name the record to
 * fix ("referral 123 of child ABC"), as line numbers do for a file.
 *
 * A return is handled one child at a time (reader -> rules -> writer or importer), so that
 * memory stays flat however large the file: a child and everything under it belong to
 * one struct cin_child, reset before the next child.
 *
 * What a return for census year Y holds, taken from the store (cin_from_store.c). The year
 * runs from S = 1 April Y-1 to the reference date R = 31 March Y, and the return shows the
 * records as they stood on R: anything dated after R has not happened yet.
 *   - An episode (a referral) is in the return when it was received on or before R and was
 *     not closed before S. Its closure date and reason are written only when closed on or
 *     before R. A child is in the return when one of its episodes is.
 *   - PersonBirthDate when born on or before R; ExpectedPersonBirthDate (and Sex U: an
 *     unborn child) when born after R, or when only an expected date is stored; neither
 *     when the store has neither (a child whose birth date is unknown is not unborn, and
 *     keeps its sex). PersonDeathDate only when on or before R.
 *   - An assessment of the episode when it started on or before R and was not authorised
 *     before S; its authorisation date and factors only when authorised on or before R.
 *   - A child in need plan, or a child protection plan, when it started on or before R and
 *     did not end before S; its end date only when on or before R. A plan's reviews are the
 *     review conferences held on or before R.
 *   - A section 47 enquiry when it started on or before R and was not concluded before S
 *     (concluded: its initial conference held, or marked not required and completed).
 *     InitialCPCtarget is the stored target, else 15 working days after the start.
 *   - A CINdetails-level DateOfInitialCPC when an initial or transfer-in conference of the
 *     episode was held in [S, R] and is not written under a Section47 of the return.
 * And in detail (cin_from_store.c):
 *   - Sex is the stored sex, U for a child unborn on R. UPNunknown, when there is no UPN,
 *     is the stored reason, else UN1 for a child under school age on R (unborn, or born
 *     after 31 August six years before R's year: rule 8770Q; not a child of unknown age),
 *     else UN7 when every episode of the return is NFA (rule 8772); otherwise none.
 *   - An assessment's internal review date only when on or before R.
 *   - A section 47 marked not required with no completion date counts as concluded on its
 *     start date. ICPCnotRequired is 1 when it is marked so and was completed on or before
 *     R (or has no completion date); DateOfInitialCPC when its initial conference was held
 *     on or before R (the earliest, if several).
 *   - The CINdetails-level DateOfInitialCPC is the earliest such conference.
 *   - LatestCategoryOfAbuse is the plan's latest category, unless a review held after R
 *     recorded categories: then the categories of the last review held on or before R (MUL
 *     when several), else the initial category. Reviews are in date order.
 *   - Items are in date order, episodes by referral date, children by store id.
 */
#ifndef SG_CIN_H
#define SG_CIN_H
#include <stddef.h>
#include <stdint.h>

#include "calendar/cal.h"

struct cin_text {
	const char *s;
	int line;
};

struct cin_date {
	const char *s;
	int line;
	cal_date d;
};

struct cin_assessment {
	int line;
	int64_t id;		/* assessments */
	struct cin_date start, internal_review, authorised;
	int has_factors;	/* FactorsIdentifiedAtAssessment was present */
	struct cin_text *factors;
	int nfactors;
};

struct cin_plan {		/* CINPlanDates */
	int line;
	int64_t id;		/* cin_plans */
	struct cin_date start, end;
};

struct cin_s47 {
	int line;
	int64_t id;		/* s47_enquiries */
	int64_t icpc_id;	/* conferences: the initial conference, if any */
	struct cin_date start, icpc_target, icpc;
	struct cin_text icpc_not_required;
};

struct cin_cpp {
	int line;
	int64_t id;		/* cp_plans */
	struct cin_date start, end;
	struct cin_text initial_category, latest_category, previous;
	int has_reviews;	/* Reviews was present */
	struct cin_date *reviews;
	int nreviews;
};

struct cin_episode {		/* CINdetails */
	int line;
	int64_t id;		/* referrals */
	int64_t icpc_id;	/* conferences: the CINdetails-level initial conference */
	struct cin_date referral, closure, icpc;
	struct cin_text source, primary_need, closure_reason, nfa;
	struct cin_assessment *assessments;
	int nassessments;
	struct cin_plan *plans;
	int nplans;
	struct cin_s47 *s47s;
	int ns47s;
	struct cin_cpp *cpps;
	int ncpps;
};

struct cin_child {
	int line;
	int64_t id;		/* children */
	struct cin_text la_child_id, upn, former_upn, upn_unknown, sex, gender_current, ethnicity;
	struct cin_date birth, expected_birth, death;
	int has_disabilities;	/* Disabilities was present */
	struct cin_text *disabilities;
	int ndisabilities;
	struct cin_episode *episodes;
	int nepisodes;
};

struct cin_header {
	int line;
	struct cin_text collection, year, source_level, lea, software_code, release, serial_no,
	    datetime;
	struct cin_date reference_date;
};

/* A census year by the year in which it ends: 2026 is 2025-26. */
struct cin_year {
	int end_year;
	cal_date start;		/* 1 April end_year - 1 */
	cal_date reference;	/* 31 March end_year */
};

/* The year ending 31 March end_year. */
struct cin_year cin_year_of(int end_year);
/* "2025-26" (or "2026", the header's Year) into *y; 0 when the text is neither. */
int cin_year_parse(const char *text, struct cin_year *y);
/* "2025-26" into out[8]. */
void cin_year_label(const struct cin_year *y, char out[8]);
/* Rule 8770Q: of school age in year y, being born on or before 31 August six years before
 * the year of the reference date (an unborn child, CAL_NONE, is not). */
int cin_school_age(cal_date birth, const struct cin_year *y);
/* Under school age in year y as a return shows the child: born after that 31 August, or
 * unborn (no birth date, an expected one). With neither date the age is unknown: 0. */
int cin_under_school_age(cal_date birth, cal_date expected, const struct cin_year *y);

/*
 * The census years this binary writes (export) and reads (import): the schema it writes
 * for each, and whether the child's sex goes out as Sex (2024-25 on) or GenderCurrent.
 */
#define CIN_FIRST_WRITE_YEAR 2025	/* 2024-25 */
#define CIN_LAST_WRITE_YEAR 2026	/* 2025-26 */
#define CIN_FIRST_READ_YEAR 2014	/* 2013-14: referral sources as today's */
#define CIN_LAST_READ_YEAR 2026

/*
 * One child's memory: every string and array of a struct cin_child (or of a header) lives
 * in a pool, freed in one go by cin_pool_reset before the next child, so that memory stays
 * flat however many children a file holds. Allocations are zeroed and 8-byte aligned.
 */
struct cin_pool;
struct cin_pool *cin_pool_new(void);
void cin_pool_free(struct cin_pool *p);
void cin_pool_reset(struct cin_pool *p);
void *cin_pool_alloc(struct cin_pool *p, size_t n);
/* A copy of s[0..n) with a terminating NUL. */
const char *cin_pool_strndup(struct cin_pool *p, const char *s, size_t n);
/* Grows an array of `size`-byte items held in the pool to room for n + 1 items. */
void *cin_pool_grow(struct cin_pool *p, void *arr, int n, int *cap, size_t size);
/* Bytes handed out since the last reset, to cap one child's size. */
size_t cin_pool_used(const struct cin_pool *p);

/* Empty items: every text NULL, every date CAL_NONE, nothing present. Each returns its
 * argument. */
struct cin_header *cin_header_init(struct cin_header *h);
struct cin_child *cin_child_init(struct cin_child *c);
struct cin_episode *cin_episode_init(struct cin_episode *e);
struct cin_assessment *cin_assessment_init(struct cin_assessment *a);
struct cin_plan *cin_plan_init(struct cin_plan *p);
struct cin_s47 *cin_s47_init(struct cin_s47 *s);
struct cin_cpp *cin_cpp_init(struct cin_cpp *p);

#endif
