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
 * What a return for census year Y holds, taken from the store (census_export.c). The year
 * runs from S = 1 April Y-1 to the reference date R = 31 March Y, and the return shows the
 * records as they stood on R: anything dated after R has not happened yet.
 *   - An episode (a referral) is in the return when it was received on or before R and was
 *     not closed before S. Its closure date and reason are written only when closed on or
 *     before R. A child is in the return when one of its episodes is.
 *   - PersonBirthDate when born on or before R, else ExpectedPersonBirthDate (and Sex U:
 *     an unborn child); PersonDeathDate only when on or before R.
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
 */
#ifndef SG_CIN_H
#define SG_CIN_H
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

#endif
