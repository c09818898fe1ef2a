/*
 * model.h: the records of an area (or of one child) in memory, typed, for the pure
 * functions that judge them: statutory timescales (timescales/), the census (census/) and
 * the figures. The store fills it (store_load_area); nothing here does I/O.
 *
 * Each pathway array is sorted by child and then by date, so a child's records of one
 * kind are one contiguous run, named by the child's `struct m_range` fields. Ids are the
 * store's ids; a record points to its parent by id, and m_find_* look a parent up among
 * the child's records (a child has a handful of each, so a scan is the fast way).
 */
#ifndef SG_MODEL_H
#define SG_MODEL_H
#include <stddef.h>
#include <stdint.h>

#include "calendar/cal.h"

struct m_range {
	uint32_t first, count;
};

/* Abuse categories as bits, in codes.c order: NEG, PHY, SAB, EMO, MUL. */
enum { M_NEG = 1, M_PHY = 2, M_SAB = 4, M_EMO = 8, M_MUL = 16 };

struct m_child {
	int64_t id;
	char la_child_id[24];
	const char *given_name, *family_name;	/* may be NULL (unborn) */
	cal_date birth, expected_birth, death;
	char sex;			/* 'M', 'F' or 'U' */
	char ethnicity[5];
	char upn[14], former_upn[14], upn_unknown[4];
	char nhs_number[11];		/* ten digits, or "" */
	const char *disabilities;	/* space-separated codes, or NULL if none recorded */
	int64_t household_id;
	struct m_range referrals, assessments, strategies, s47s, conferences, invitees, plans,
	    core_members, core_groups, attendance, visits, cin_plans, care_periods;
	struct m_range health_lookups;
	struct m_range contacts;
	struct m_range escalations, escalation_stages;	/* escalations (issue 11) */
	struct m_range quality, feedback;	/* migration_qa */
	struct m_range encompass;	/* Operation Encompass notifications */
	struct m_range missing;		/* missing episodes */
	struct m_range placements;	/* placed in the area by other authorities */
};

struct m_referral {		/* one episode of need: the census CINdetails */
	int64_t id, child_id, team_id, social_worker_id;
	cal_date received, decision, closure;
	char source[4], primary_need[3], closure_reason[4];
	unsigned char nfa;
	int64_t referrer_agency_id;	/* the agency that referred, 0 if not recorded */
	cal_date nfa_authorised;	/* the manager's signature of no further action */
	int64_t nfa_authorised_by_id;
};

struct m_assessment {
	int64_t id, child_id, referral_id, social_worker_id, authorised_by_id;
	cal_date start, internal_review, authorised;
	const char *factors;		/* space-separated codes, or NULL */
	cal_date submitted;		/* completed by the social worker, for the manager */
	signed char child_seen;		/* m_tristate: seen during the assessment (Annex A) */
};

struct m_strategy {
	int64_t id, child_id, referral_id;
	cal_date held;
	char outcome[20];
};

struct m_s47 {
	int64_t id, child_id, referral_id, strategy_id;
	cal_date start, icpc_target, completed;
	char outcome[20];
	unsigned char icpc_not_required;
	cal_date outcome_authorised;	/* the manager's signature of the outcome */
	int64_t outcome_authorised_by_id;
};

enum m_conf_kind { M_INITIAL, M_REVIEW, M_TRANSFER_IN };
enum m_tristate { M_UNKNOWN = -1, M_NO = 0, M_YES = 1 };

struct m_conference {
	int64_t id, child_id, referral_id, s47_id, plan_id, chair_id, key_worker_id;
	enum m_conf_kind kind;
	cal_date scheduled, rescheduled_from, held, report_to_chair, report_to_parents,
	    plan_circulated, minutes_circulated;
	char decision[16], participation[24];
	unsigned categories;		/* M_NEG ... bits */
	signed char parents_met_chair, parents_understood, advocate, dissent; /* m_tristate */
	const char *transfer_from;
	/* migration_conf */
	char scheduled_time[6];		/* "09:30", or "" */
	cal_date cancelled;		/* CAL_NONE: not cancelled */
	const char *venue, *cancel_reason, *child_views, *outline_plan;	/* or NULL */
};

struct m_invitee {
	int64_t id, child_id, conference_id, agency_id, professional_id;
	cal_date invited, report;
	unsigned char report_requested, attended, apologies;
	cal_date replied;		/* migration_conf: the answer before it sits */
	signed char reply_attending;	/* m_tristate */
};

struct m_plan {
	int64_t id, child_id, referral_id, start_conference_id, end_conference_id, key_worker_id;
	cal_date start, end;
	char initial_category[4], latest_category[4], end_reason[20];
	int previous_plans;
	int core_group_interval_days;	/* 0: the local setting applies */
	cal_date end_authorised;	/* the manager's signature of the plan's end */
	int64_t end_authorised_by_id;
};

struct m_core_member {
	int64_t id, child_id, conference_id, professional_id;
};

struct m_core_group {
	int64_t id, child_id, plan_id;
	cal_date scheduled, held;
	const char *notes;		/* migration_conf; or NULL */
};

struct m_attendance {
	int64_t id, child_id, core_group_id, professional_id;
	unsigned char attended, apologies;
};

struct m_visit {
	int64_t id, child_id, plan_id, professional_id;
	cal_date date;
	unsigned char seen, seen_alone;
};

struct m_cin_plan {
	int64_t id, child_id, referral_id;
	cal_date start, end;
};

struct m_care_period {
	int64_t id, child_id, referral_id;
	cal_date start, end;
	char legal_status[4];
};

/* A health lookup that found the child: the social worker acknowledges it. */
/* A contact (before any referral): on the child's page with its form, so held in memory. */
struct m_contact {
	int64_t id, child_id;
	cal_date received;
	char source[4];			/* referral_source code (Annex A list 1) */
};

struct m_health_lookup {
	int64_t id, child_id, user_id, acknowledged_by_id;
	cal_date date, acknowledged;
	char answer[16];
};

/* Escalations (issue 11): a professional disagreement and each stage of it. */
struct m_escalation {
	int64_t id, child_id, conference_id, raised_by_id, raised_by_agency_id, about_agency_id,
	    about_team_id;
	cal_date raised, resolved;
	char category[20], outcome[16];
};
struct m_escalation_stage {
	int64_t id, child_id, escalation_id, responder_id;
	cal_date opened, response;
	int stage;
};

/* migration_qa: the chair's quality form on a conference, and the family's feedback. */
struct m_quality {
	int64_t id, child_id, conference_id;
	cal_date completed;
	/* premeeting_held, report_to_chair_in_time, reports_shared_in_time,
	 * agencies_contributed, child_voice_heard, plan_smart: records.c's order */
	unsigned char answers[6];
	char rating[24];
};
#define M_QA_QUESTIONS 6
struct m_feedback {
	int64_t id, child_id, conference_id;
	cal_date received;
	char respondent[8];		/* "parent" or "child" */
	signed char understood_why, listened_to, met_chair;	/* m_tristate */
	const char *would_change, *comments;	/* or NULL */
};

/* An Operation Encompass notification: times are minutes after midnight, -1 if none. */
struct m_encompass {
	int64_t id, child_id, school_id, police_agency_id, read_by_id;
	cal_date incident, sent, read;
	char incident_time[6], sent_time[6], read_time[6];	/* "HH:MM", or "" */
	unsigned char child_present;
	char police_reference[41];
};

/* A missing episode and its return interview. */
struct m_missing {
	int64_t id, child_id;
	cal_date start, returned, offered, interview;
	signed char accepted;		/* m_tristate: M_UNKNOWN when not recorded */
};

/* A placement of the child in the area by another local authority. */
struct m_placement {
	int64_t id, child_id;
	cal_date start, notified, end, end_notified;
	signed char emergency;		/* m_tristate: M_UNKNOWN when not recorded */
	char kind[24];			/* placement_kind */
	char la_code[4];		/* the placing authority's DfE number, or "" */
	const char *authority;		/* the placing authority's name */
};

/* Reference records: who is who, for worklists and the people who must act. */
struct m_agency {
	int64_t id;
	const char *name;
	char kind[24];
	char la_code[4];
};
struct m_team {
	int64_t id, agency_id;
	const char *name;
	char kind[20];
};
struct m_professional {
	int64_t id, agency_id, team_id;
	const char *given_name, *family_name;
	char role[32];
};
struct m_relationship {
	int64_t id, child_id, relative_child_id, adult_id;
	char kind[16];
};
struct m_setting {
	const char *key, *value;
	cal_date effective_from;
};

/* A LADO case (issue 11, point 2): an allegation against a person who works with
 * children, for the figures. No names: the figures count, and only the LADO's pages read
 * the records themselves. */
struct m_lado_case {
	int64_t id, referrer_agency_id;
	cal_date received, considered, resolved, referred;
	char kind[12];		/* query, referral */
	char outcome[16];	/* lado_outcome, or "" */
	const char *referred_to;	/* lado_body codes, space-separated, or NULL */
};

/* A child's death (issue 11, point 6; migration_child_deaths), for the figures: its dates,
 * codes and answers, no names. A death need not be of a child the store knows; when it
 * is, linked_child_id names the child and m_death_profile reads the rest from the record. */
struct m_death {
	int64_t id, notifying_agency_id, linked_child_id;
	cal_date death, notified, jar, cdop;
	char age_band[8];	/* cdop_age_band as recorded, or "" */
	char sex;		/* as recorded: 'M', 'F' or 'U' */
	char ethnicity[5];
	char expectation[12];	/* expected, unexpected */
	char category[3];	/* cdop_category, or "" before the review */
	char modifiable[14];	/* cdop_modifiable, or "" */
	signed char jar_held, known_to_csc, on_plan, looked_after;	/* m_tristate */
	signed char practice_review;	/* m_tristate */
	const char *factors[4];	/* by domain: the child, social, physical, services; or NULL */
};

/* Training (issue 11, point 5; migration_training): courses, their sessions and the places
 * booked, each array by id as the store keeps them. A booking's status is a training_status
 * code; its scores are 0 when the person gave none. */
struct m_training_course {
	int64_t id;
	const char *title;
	char level[16];
	unsigned char active;
};
struct m_training_session {
	int64_t id, course_id;
	cal_date date, register_date;
	char start_time[6];
	const char *venue;
	unsigned char online;
	int places;
};
struct m_training_booking {
	int64_t id, session_id, professional_id, agency_id;
	const char *given_name, *family_name;
	cal_date booked, cancelled, evaluated;
	char status[16];
	signed char fee_applies;	/* enum m_tristate */
	int fee_pounds, confidence_before, confidence_after, rating;
};

/* Multi-agency case audits (issue 11, point 4; migration_audits), for the figures and the
 * clock of the actions: the grades and dates, no findings. */
struct m_audit_case {
	int64_t id, audit_id;
	cal_date graded;
	char grade[24];		/* audit_grade, or "" */
};
struct m_audit_return {
	int64_t id, audit_case_id, agency_id;
	cal_date requested, received;
	char grade[24];		/* audit_grade, or "" */
};
struct m_action {
	int64_t id, audit_id, owner_agency_id;
	int64_t owner_id;	/* the professional who owns it, or 0: the agency's */
	int64_t review_id;	/* the practice review it comes from, or 0 (then audit_id) */
	cal_date set, due, completed;
	char status[16];	/* action_status */
	int64_t self_assessment_id;	/* the self-assessment it comes from, or 0 */
};
/* A serious incident and its reviews (issue 11, point 8), for the clocks and figures. */
struct m_review {
	int64_t id;
	cal_date incident, aware, notified, rapid, decided, started, published;
	char decision[12];	/* review_decision, or "" */
};
/* An agency's Section 11 or a school's Section 175 self-assessment (issue 11, point 8;
 * migration_self_assessments), for the figures. */
#define M_SA_STANDARDS 8
struct m_self_assessment {
	int64_t id, agency_id;
	cal_date requested, returned;
	char kind[12];				/* sa_kind */
	char standard[M_SA_STANDARDS][12];	/* sa_grade of each standard, or "" */
	char overall[12];			/* sa_grade, or "" */
};

#define M_ARRAY(type, name) type *name; size_t n_##name, cap_##name

struct area {
	M_ARRAY(struct m_child, children);
	M_ARRAY(struct m_referral, referrals);
	M_ARRAY(struct m_assessment, assessments);
	M_ARRAY(struct m_strategy, strategies);
	M_ARRAY(struct m_s47, s47s);
	M_ARRAY(struct m_conference, conferences);
	M_ARRAY(struct m_invitee, invitees);
	M_ARRAY(struct m_plan, plans);
	M_ARRAY(struct m_core_member, core_members);
	M_ARRAY(struct m_core_group, core_groups);
	M_ARRAY(struct m_attendance, attendance);
	M_ARRAY(struct m_visit, visits);
	M_ARRAY(struct m_cin_plan, cin_plans);
	M_ARRAY(struct m_care_period, care_periods);
	M_ARRAY(struct m_agency, agencies);
	M_ARRAY(struct m_team, teams);
	M_ARRAY(struct m_professional, professionals);
	M_ARRAY(struct m_relationship, relationships);	/* sorted by child */
	M_ARRAY(struct m_setting, settings);		/* sorted by key, then date */
	struct m_strpool *strings;			/* owns every const char * above */
	M_ARRAY(struct m_health_lookup, health_lookups);
	M_ARRAY(struct m_contact, contacts);
	M_ARRAY(struct m_escalation, escalations);		/* escalations (issue 11) */
	M_ARRAY(struct m_escalation_stage, escalation_stages);
	M_ARRAY(struct m_lado_case, lado_cases);	/* the LADO (issue 11, point 2), by id */
	M_ARRAY(struct m_quality, quality);		/* migration_qa */
	M_ARRAY(struct m_feedback, feedback);
	M_ARRAY(struct m_encompass, encompass);	/* Operation Encompass */
	M_ARRAY(struct m_missing, missing);		/* missing episodes */
	M_ARRAY(struct m_placement, placements);	/* placed in the area (migration_placed) */
	M_ARRAY(struct m_death, deaths);		/* child deaths (issue 11, point 6) */
	/* training (issue 11, point 5) */
	M_ARRAY(struct m_training_course, training_courses);
	M_ARRAY(struct m_training_session, training_sessions);
	M_ARRAY(struct m_training_booking, training_bookings);
	/* Multi-agency case audits and the actions (migration_audits), by id */
	M_ARRAY(struct m_audit_case, audit_cases);
	M_ARRAY(struct m_audit_return, audit_returns);
	M_ARRAY(struct m_action, actions);
	M_ARRAY(struct m_review, reviews);	/* serious incidents and their reviews */
	M_ARRAY(struct m_self_assessment, self_assessments);	/* Section 11 and 175 returns */
};

void area_init(struct area *a);
void area_free(struct area *a);
/* Copies s into the area's string pool; NULL stays NULL. */
const char *area_strdup(struct area *a, const char *s);
/* After the arrays are filled: sorts them and sets every child's ranges. */
void area_index(struct area *a);

/* Lookups. Each returns NULL when there is no such record. */
const struct m_child *m_child_by_id(const struct area *a, int64_t id);
const struct m_referral *m_find_referral(const struct area *a, const struct m_child *c, int64_t id);
const struct m_s47 *m_find_s47(const struct area *a, const struct m_child *c, int64_t id);
const struct m_conference *m_find_conference(const struct area *a, const struct m_child *c, int64_t id);
/* The quality form on conference_id, or NULL (migration_qa). */
const struct m_quality *m_find_quality(const struct area *a, const struct m_child *c,
    int64_t conference_id);
const struct m_plan *m_find_plan(const struct area *a, const struct m_child *c, int64_t id);
const struct m_professional *m_professional(const struct area *a, int64_t id);
const struct m_team *m_team(const struct area *a, int64_t id);
const struct m_agency *m_agency(const struct area *a, int64_t id);
/* A code list (space-separated) contains code. */
int m_has_code(const char *list, const char *code);
/* Categories as bits from "NEG PHY"; and the category code of one bit. */
unsigned m_categories(const char *list);
const char *m_category_code(unsigned bit);

/* ---- Child deaths (death.c; issue 11, point 6) ---- */

/* Who the child was at death: read from the linked child's record when the area holds it
 * (age at death from the birth date, sex, ethnicity; known to social care if a referral
 * was received by the death; on a plan or looked after on the day), else as recorded. */
struct m_death_profile {
	const char *age_band;	/* cdop_age_band code, or "" when not known */
	char sex;		/* 'M', 'F' or 'U' */
	const char *ethnicity;	/* or "" */
	signed char known_to_csc, on_plan, looked_after;	/* m_tristate */
	int linked;		/* 1: read from the child's record */
};
void m_death_profile(const struct area *a, const struct m_death *d, struct m_death_profile *out);
/* The cdop_age_band code of a child born on birth who died on death, or "" (unknown). */
const char *m_death_age_band(cal_date birth, cal_date death);

#endif
