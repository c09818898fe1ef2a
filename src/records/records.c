/*
 * records.c: every record type of the store, described as data.
 *
 * One table a record type, one row a field: name, type, whether it is required, its code
 * list or the record it points to, and a hint for the person who got it wrong. JSON export
 * and import, the store's generic insert and scan, and their tests all walk these rows,
 * so a field is described once. The order of tables is the order of dependency: a record
 * only points to records of earlier tables, except a review conference pointing at its
 * plan (cp_plans come after conferences, because a plan is started by a conference); the
 * importer resolves such forward references at the end of the file.
 */
#include "records/records.h"

#include <string.h>

#include "calendar/cal.h"

#define N(a) ((int)(sizeof a / sizeof a[0]))
#define ID {"id", COL_ID, COL_REQUIRED, 0, 0, 0, 0, 0, "a positive whole number"}
#define CHILD {"child_id", COL_REF, COL_REQUIRED, 0, "children", 0, 0, 0, "the id of a child"}
#define REF(n, t, f) {n, COL_REF, f, 0, t, 0, 0, 0, "the id of a " #t " record"}
#define SAME(n, t) REF(n, t, COL_REQUIRED | COL_SAME_CHILD)
#define OPTSAME(n, t) REF(n, t, COL_SAME_CHILD)
#define TEXT(n, f, max) {n, COL_TEXT, f, 0, 0, max, 0, 0, "text"}
#define DATE(n, f) {n, COL_DATE, f, 0, 0, 0, 0, 0, "YYYY-MM-DD"}
#define BOOL(n, f) {n, COL_BOOL, f, 0, 0, 0, 0, 0, "true or false"}
#define CODE(n, f, l) {n, COL_CODE, f, l, 0, 0, 0, 0, 0}
#define CODES(n, l) {n, COL_CODES, 0, l, 0, 0, 0, 0, 0}
#define INT(n, f, lo, hi) {n, COL_INT, f, 0, 0, 0, lo, hi, "a whole number"}
#define R COL_REQUIRED
#define SIG COL_SIGNATURE	/* signed on /authorise by a team manager */
#define TABLE(name, noun, cols, orders) {name, noun, cols, N(cols), orders, N(orders), 0}
#define TABLE0(name, noun, cols) {name, noun, cols, N(cols), NULL, 0, 0}
#define TABLE_NEW(name, noun, cols) {name, noun, cols, N(cols), NULL, 0, TABLE_OMIT_EMPTY}

static const struct column agencies[] = {
	ID, TEXT("name", R, 200), CODE("kind", R, "agency_kind"),
	{"la_code", COL_TEXT, 0, 0, 0, 3, 0, 0, "the DfE three-digit LA number"},
};
static const struct column teams[] = {
	ID, REF("agency_id", "agencies", R), TEXT("name", R, 200), CODE("kind", R, "team_kind"),
};
static const struct column professionals[] = {
	ID, REF("agency_id", "agencies", R), REF("team_id", "teams", 0),
	TEXT("given_name", R, 100), TEXT("family_name", R, 100),
	CODE("role", R, "professional_role"), TEXT("email", 0, 200), TEXT("phone", 0, 40),
};
static const struct column users[] = {
	ID, TEXT("username", R, 64), REF("professional_id", "professionals", 0),
	CODE("role", R, "user_role"), BOOL("active", R),
};
static const struct column households[] = {
	ID, TEXT("address", 0, 300), TEXT("postcode", 0, 10),
};
static const struct column children[] = {
	ID, {"la_child_id", COL_TEXT, R, 0, 0, 20, 0, 0, "the local child id: letters and digits, at most 20"},
	TEXT("given_name", 0, 100), TEXT("family_name", 0, 100), DATE("birth_date", 0),
	DATE("expected_birth_date", 0), CODE("sex", R, "sex"), CODE("ethnicity", R, "ethnicity"),
	CODES("disabilities", "disability"),
	{"upn", COL_TEXT, 0, 0, 0, 13, 0, 0, "a 13-character unique pupil number"},
	{"former_upn", COL_TEXT, 0, 0, 0, 13, 0, 0, "a 13-character unique pupil number"},
	CODE("upn_unknown", 0, "upn_unknown"),
	{"nhs_number", COL_TEXT, 0, 0, 0, 10, 0, 0, "ten digits"},
	DATE("death_date", 0), REF("household_id", "households", 0),
};
static const struct date_order children_orders[] = {
	{"death_date", "birth_date", "a child cannot die before being born"},
};
/* The users a restricted child's record is open to, one row each (migration 2). */
static const struct column restrictions[] = {
	ID, CHILD, REF("user_id", "users", R), TEXT("reason", 0, 300),
};
/* An adult's birth comes long before any clock: a grandparent may be born in 1940. */
static const struct column adults[] = {
	ID, TEXT("given_name", R, 100), TEXT("family_name", R, 100),
	{"birth_date", COL_DATE, 0, 0, 0, 0, 1900, CAL_LAST_YEAR, "YYYY-MM-DD"},
	CODE("sex", R, "sex"), REF("household_id", "households", 0),
};
static const struct column relationships[] = {
	ID, CHILD, REF("relative_child_id", "children", 0), REF("adult_id", "adults", 0),
	CODE("kind", R, "relationship_kind"), BOOL("parental_responsibility", 0),
};
static const struct column contacts[] = {
	ID, CHILD, DATE("received_date", R), CODE("source", R, "referral_source"),
	CODE("outcome", R, "contact_outcome"),
};
static const struct column referrals[] = {
	ID, CHILD, OPTSAME("contact_id", "contacts"), DATE("received_date", R),
	CODE("source", R, "referral_source"), CODE("primary_need", 0, "primary_need"),
	DATE("decision_date", 0), BOOL("nfa", R), REF("team_id", "teams", 0),
	REF("social_worker_id", "professionals", 0), DATE("closure_date", 0),
	CODE("closure_reason", 0, "closure_reason"), REF("referrer_agency_id", "agencies", 0),
	/* migration_sign: the manager's signature of a decision of no further action */
	DATE("nfa_authorised_date", SIG), REF("nfa_authorised_by_id", "professionals", SIG),
};
static const struct date_order referrals_orders[] = {
	{"decision_date", "received_date", "a decision cannot come before the referral"},
	{"closure_date", "received_date", "an episode cannot close before its referral"},
	{"nfa_authorised_date", "decision_date", "a decision cannot be signed before it is made"},
};
static const struct column assessments[] = {
	ID, CHILD, SAME("referral_id", "referrals"), DATE("start_date", R),
	DATE("internal_review_date", 0), DATE("authorised_date", SIG),
	CODES("factors", "assessment_factor"), REF("social_worker_id", "professionals", 0),
	REF("authorised_by_id", "professionals", SIG), BOOL("child_seen", 0),
	/* migration_sign: the social worker completed it; authorised_date is the manager's */
	DATE("submitted_date", 0),
};
static const struct date_order assessments_orders[] = {
	{"authorised_date", "start_date", "an assessment cannot be authorised before it starts"},
	{"submitted_date", "start_date", "an assessment cannot be completed before it starts"},
	{"authorised_date", "submitted_date", "an assessment cannot be signed before it is "
	 "completed"},
};
static const struct column strategy_discussions[] = {
	ID, CHILD, SAME("referral_id", "referrals"), DATE("held_date", R),
	BOOL("police_present", 0), BOOL("health_present", 0), BOOL("education_present", 0),
	CODE("outcome", R, "strategy_outcome"),
};
static const struct column s47_enquiries[] = {
	ID, CHILD, SAME("referral_id", "referrals"),
	OPTSAME("strategy_discussion_id", "strategy_discussions"), DATE("start_date", R),
	DATE("icpc_target_date", 0), DATE("completed_date", 0), CODE("outcome", 0, "s47_outcome"),
	BOOL("icpc_not_required", R),
	/* migration_sign: the manager's signature of the outcome */
	DATE("outcome_authorised_date", SIG), REF("outcome_authorised_by_id", "professionals", SIG),
};
static const struct date_order s47_orders[] = {
	{"completed_date", "start_date", "an enquiry cannot end before it starts"},
	{"icpc_target_date", "start_date", "the conference target comes after the enquiry starts"},
	{"outcome_authorised_date", "completed_date", "an outcome cannot be signed before the "
	 "enquiry ends"},
};
static const struct column conferences[] = {
	ID, CHILD, SAME("referral_id", "referrals"), CODE("kind", R, "conference_kind"),
	OPTSAME("s47_id", "s47_enquiries"), OPTSAME("plan_id", "cp_plans"),
	DATE("scheduled_date", R), DATE("rescheduled_from", 0), DATE("held_date", 0),
	REF("chair_id", "professionals", 0), DATE("report_to_chair_date", 0),
	DATE("report_to_parents_date", 0), BOOL("parents_met_chair", 0),
	BOOL("parents_understood", 0), CODE("child_participation", 0, "participation"),
	BOOL("advocate", 0), CODE("decision", 0, "conference_decision"),
	CODES("categories", "abuse_category"), REF("key_worker_id", "professionals", 0),
	BOOL("dissent", 0), DATE("plan_circulated_date", 0), DATE("minutes_circulated_date", 0),
	TEXT("transfer_from", 0, 200),
	/* migration_conf: where and when it sits, a cancellation, and what the record of the
	 * meeting holds beyond the census's fields */
	{"scheduled_time", COL_TEXT, 0, 0, 0, 5, 0, 0, "a time of day, HH:MM (for example 09:30)"},
	TEXT("venue", 0, 200), DATE("cancelled_date", 0), TEXT("cancel_reason", 0, 300),
	TEXT("child_views", 0, 3000), TEXT("outline_plan", 0, 4000),
};
static const struct date_order conferences_orders[] = {
	{"plan_circulated_date", "held_date", "a plan is circulated after the conference"},
	{"minutes_circulated_date", "held_date", "minutes are circulated after the conference"},
};
static const struct column conference_invitees[] = {
	ID, CHILD, SAME("conference_id", "conferences"), REF("agency_id", "agencies", R),
	REF("professional_id", "professionals", 0), DATE("invited_date", 0),
	BOOL("report_requested", R), DATE("report_date", 0), BOOL("attended", R),
	BOOL("apologies", R),
	/* migration_conf: the invitee's answer before the conference */
	DATE("replied_date", 0), BOOL("reply_attending", 0),
};
/* An invited agency's report to the conference (migration_conf), kept as it was sent. */
static const struct column conference_reports[] = {
	ID, CHILD, SAME("conference_id", "conferences"), SAME("invitee_id", "conference_invitees"),
	REF("agency_id", "agencies", R), REF("user_id", "users", 0), DATE("submitted_date", R),
	{"submitted_time", COL_TEXT, R, 0, 0, 5, 0, 0, "a time of day, HH:MM (for example 09:30)"},
	BOOL("late", R), TEXT("involvement", R, 3000), TEXT("concerns", R, 3000),
	TEXT("strengths", 0, 3000), TEXT("recommendation", R, 3000),
};
/* Who was sent the plan or the minutes, and when (migration_conf). */
static const struct column conference_circulation[] = {
	ID, CHILD, SAME("conference_id", "conferences"), CODE("document", R, "circulated_document"),
	OPTSAME("invitee_id", "conference_invitees"), TEXT("recipient", R, 200),
	DATE("sent_date", R),
};
static const struct column cp_plans[] = {
	ID, CHILD, SAME("referral_id", "referrals"), SAME("start_conference_id", "conferences"),
	DATE("start_date", R), CODE("initial_category", R, "abuse_category"),
	CODE("latest_category", R, "abuse_category"), INT("previous_plans", R, 0, 99),
	INT("core_group_interval_days", 0, 7, 84), REF("key_worker_id", "professionals", 0),
	DATE("end_date", 0), CODE("end_reason", 0, "plan_end_reason"),
	OPTSAME("end_conference_id", "conferences"),
	/* migration_sign: the manager's signature of the plan's end */
	DATE("end_authorised_date", SIG), REF("end_authorised_by_id", "professionals", SIG),
};
/* The plan as outcomes for the child and the actions that reach them (migration_conf). */
static const struct column plan_actions[] = {
	ID, CHILD, SAME("plan_id", "cp_plans"), TEXT("outcome", R, 1000), TEXT("action", R, 1000),
	REF("owner_id", "professionals", 0), DATE("due_date", 0), DATE("done_date", 0),
};
static const struct date_order cp_plans_orders[] = {
	{"end_date", "start_date", "a plan cannot end before it starts"},
	{"end_authorised_date", "end_date", "a plan's end cannot be signed before it ends"},
};
static const struct column core_group_members[] = {
	ID, CHILD, SAME("conference_id", "conferences"),
	REF("professional_id", "professionals", R),
};
static const struct column core_groups[] = {
	ID, CHILD, SAME("plan_id", "cp_plans"), DATE("scheduled_date", 0), DATE("held_date", 0),
	TEXT("notes", 0, 4000),	/* migration_conf */
};
/* What a core group agreed someone will do, and when it was done (migration_conf). */
static const struct column core_group_actions[] = {
	ID, CHILD, SAME("core_group_id", "core_groups"), TEXT("action", R, 1000),
	REF("owner_id", "professionals", 0), DATE("due_date", 0), DATE("done_date", 0),
};
static const struct column core_group_attendance[] = {
	ID, CHILD, SAME("core_group_id", "core_groups"),
	REF("professional_id", "professionals", R), BOOL("attended", R), BOOL("apologies", R),
};
static const struct column visits[] = {
	ID, CHILD, OPTSAME("plan_id", "cp_plans"), DATE("visit_date", R),
	REF("professional_id", "professionals", 0), BOOL("seen", R), BOOL("seen_alone", R),
};
static const struct column cin_plans[] = {
	ID, CHILD, SAME("referral_id", "referrals"), DATE("start_date", R), DATE("end_date", 0),
};
static const struct date_order start_end[] = {
	{"end_date", "start_date", "it cannot end before it starts"},
};
static const struct column care_periods[] = {
	ID, CHILD, OPTSAME("referral_id", "referrals"), DATE("start_date", R), DATE("end_date", 0),
	CODE("legal_status", 0, "legal_status"),
};
static const struct column settings[] = {
	ID, {"key", COL_TEXT, R, 0, 0, 64, 0, 0, "a setting name"},
	TEXT("value", R, 200), DATE("effective_from", R),
};
/*
 * A health professional's lookup that found a child on a plan or looked after: the
 * child's social worker is told of it and acknowledges it (the timescale health_lookup).
 * It names the user who asked, so it stays out of one child's export, as restrictions do.
 */
static const struct column health_lookups[] = {
	ID, CHILD, DATE("lookup_date", R), REF("user_id", "users", R),
	CODE("answer", R, "lookup_answer"), DATE("acknowledged_date", 0),
	REF("acknowledged_by_id", "professionals", 0),
};
static const struct date_order health_lookups_orders[] = {
	{"acknowledged_date", "lookup_date", "a lookup cannot be acknowledged before it is made"},
};
/*
 * Quality assurance (migration_qa). The chair's quality form on a conference, one each
 * (store_json.c's unique key), its questions those of the seeds' forms: the chair met the
 * parents before, the social worker's report reached the chair and was shared with the
 * family in time, each invited agency contributed, the child's voice was heard, the plan
 * is SMART; and the chair's rating. Feedback after a conference, a parent's or the
 * child's, each question unanswered if they left it so.
 */
static const struct column conference_quality[] = {
	ID, CHILD, SAME("conference_id", "conferences"), DATE("completed_date", R),
	BOOL("premeeting_held", R), BOOL("report_to_chair_in_time", R),
	BOOL("reports_shared_in_time", R), BOOL("agencies_contributed", R),
	BOOL("child_voice_heard", R), BOOL("plan_smart", R), CODE("rating", R, "qa_rating"),
	TEXT("comments", 0, 3000),
};
static const struct column conference_feedback[] = {
	ID, CHILD, SAME("conference_id", "conferences"),
	CODE("respondent", R, "feedback_respondent"), DATE("received_date", R),
	BOOL("understood_why", 0), BOOL("listened_to", 0), BOOL("met_chair", 0),
	TEXT("would_change", 0, 3000), TEXT("comments", 0, 3000),
};

/*
 * Escalations (issue 11, migration_escalation): a professional disagreement raised by a
 * person of an agency about another agency or team, over a child or one of the child's
 * conferences; each stage a record of its own, answered by the manager it went to.
 */
static const struct column escalations[] = {
	ID, CHILD, OPTSAME("conference_id", "conferences"), DATE("raised_date", R),
	REF("raised_by_id", "professionals", R), REF("raised_by_agency_id", "agencies", R),
	REF("about_agency_id", "agencies", R), REF("about_team_id", "teams", 0),
	CODE("category", R, "escalation_category"), TEXT("concern", R, 3000),
	DATE("resolved_date", 0), CODE("outcome", 0, "escalation_outcome"),
	TEXT("resolution", 0, 3000),
};
static const struct date_order escalations_orders[] = {
	{"resolved_date", "raised_date", "an escalation cannot be resolved before it is raised"},
};
static const struct column escalation_stages[] = {
	ID, CHILD, SAME("escalation_id", "escalations"), INT("stage", R, 1, 4),
	DATE("opened_date", R), REF("responder_id", "professionals", 0),
	DATE("response_date", 0), TEXT("response", 0, 3000),
};
static const struct date_order escalation_stages_orders[] = {
	{"response_date", "opened_date", "a stage cannot be answered before it is opened"},
};

/*
 * The LADO (issue 11, point 2; domain.md 3.2, migration_lado): an allegation against a
 * person who works with children, from the query or referral to its outcome and any
 * referral to the barring service or a regulator. Read and written by the LADO alone
 * (routes.c); a child's export leaves it out (store_rows.c), as it does health lookups.
 */
static const struct column lado_cases[] = {
	ID, CODE("kind", R, "lado_kind"), DATE("received_date", R),
	REF("referrer_agency_id", "agencies", R), TEXT("employee_given_name", R, 100),
	TEXT("employee_family_name", R, 100), TEXT("employer", 0, 200),
	CODE("sector", R, "lado_sector"), CODE("employee_role", R, "lado_role"),
	CODE("category", R, "lado_category"), CODES("thresholds", "lado_threshold"),
	DATE("considered_date", 0), BOOL("police_involved", 0), BOOL("csc_involved", 0),
	BOOL("suspended", 0), CODE("outcome", 0, "lado_outcome"), DATE("resolved_date", 0),
	CODES("referred_to", "lado_body"), DATE("referred_date", 0),
	REF("linked_child_id", "children", 0), REF("officer_id", "professionals", 0),
};
static const struct date_order lado_cases_orders[] = {
	{"considered_date", "received_date", "a case cannot be considered before it is received"},
	{"resolved_date", "received_date", "a case cannot be resolved before it is received"},
	{"referred_date", "received_date", "a referral to the barring service or a regulator "
	 "cannot come before the case is received"},
};
static const struct column lado_meetings[] = {
	ID, REF("lado_case_id", "lado_cases", R), CODE("kind", R, "lado_meeting_kind"),
	DATE("held_date", R),
};

/*
 * Operation Encompass (migration_encompass): the police tell a child's school, before the
 * start of the next school day, of a domestic abuse incident the child was involved in;
 * the school's safeguarding lead reads it (the clocks encompass_sent and encompass_read,
 * timescales/ts_encompass.c). Times are of the day, HH:MM, because the deadline is an
 * hour of a day (the school day's start), not a day.
 */
static const struct column encompass_notifications[] = {
	ID, CHILD, REF("school_id", "agencies", R), REF("police_agency_id", "agencies", R),
	TEXT("police_reference", R, 40), DATE("incident_date", R),
	{"incident_time", COL_TEXT, R, 0, 0, 5, 0, 0, "a time of day, HH:MM (for example 21:30)"},
	BOOL("child_present", R), DATE("sent_date", 0),
	{"sent_time", COL_TEXT, 0, 0, 0, 5, 0, 0, "a time of day, HH:MM (for example 07:15)"},
	DATE("read_date", 0),
	{"read_time", COL_TEXT, 0, 0, 0, 5, 0, 0, "a time of day, HH:MM (for example 08:30)"},
	REF("read_by_id", "professionals", 0),
};
static const struct date_order encompass_orders[] = {
	{"sent_date", "incident_date", "a notification cannot be sent before the incident"},
	{"read_date", "sent_date", "a notification cannot be read before it is sent"},
};
/*
 * Missing episodes (migration_missing): a child missing from home or care, and the
 * independent return interview offered after the return (the clock return_interview,
 * timescales/ts_missing.c) and whether the child took it up.
 */
static const struct column missing_episodes[] = {
	ID, CHILD, DATE("start_date", R), DATE("return_date", 0),
	DATE("interview_offered_date", 0), BOOL("interview_accepted", 0),
	DATE("interview_date", 0),
};
static const struct date_order missing_orders[] = {
	{"return_date", "start_date", "a child cannot return before going missing"},
	{"interview_offered_date", "return_date", "a return interview is offered after the "
	 "return"},
	{"interview_date", "interview_offered_date", "a return interview is held after it is "
	 "offered"},
};
/*
 * Children placed in the area by other local authorities (migration_placed). The placing
 * authority tells this area of a placement before it starts (or, in an emergency, within
 * five working days) and of its end: the clocks placement_notice and placement_end_notice
 * (timescales/ts_placed.c) watch for it. A notice may come before the date it tells of, so
 * the notice dates have no order against the placement's.
 */
static const struct column placements_in_area[] = {
	ID, CHILD, TEXT("placing_authority", R, 100),
	{"placing_la_code", COL_TEXT, 0, 0, 0, 3, 0, 0, "the DfE three-digit LA number"},
	CODE("placement_kind", R, "placement_kind"), TEXT("provider", 0, 200),
	BOOL("emergency", 0), DATE("start_date", R), DATE("notified_date", 0),
	DATE("end_date", 0), DATE("end_notified_date", 0), TEXT("placing_contact", 0, 200),
};
static const struct date_order placed_orders[] = {
	{"end_date", "start_date", "a placement cannot end before it starts"},
};

/*
 * Child deaths (issue 11, point 6; domain.md 5, migration_child_deaths): the notification,
 * the joint agency response and the child death overview panel's review, in one record.
 * The child's record is linked when the store has one (its age at death, sex and ethnicity,
 * and whether it was known to social care, on a plan or looked after, are then read from
 * it); else they are recorded here. Read and written by the child death review role alone
 * (routes.c); a child's export leaves it out (store_rows.c), as it does the LADO's cases.
 */
static const struct column child_deaths[] = {
	ID, DATE("death_date", R), DATE("notified_date", R),
	REF("notifying_agency_id", "agencies", R), REF("linked_child_id", "children", 0),
	CODE("age_band", 0, "cdop_age_band"), CODE("sex", 0, "sex"),
	CODE("ethnicity", 0, "ethnicity"), CODE("expectation", R, "death_expectation"),
	BOOL("jar_held", 0), DATE("jar_date", 0), BOOL("known_to_csc", 0), BOOL("on_plan", 0),
	BOOL("looked_after", 0), DATE("cdop_date", 0), CODE("category", 0, "cdop_category"),
	CODE("modifiable", 0, "cdop_modifiable"), TEXT("factors_child", 0, 2000),
	TEXT("factors_social", 0, 2000), TEXT("factors_physical", 0, 2000),
	TEXT("factors_service", 0, 2000), TEXT("learning", 0, 3000), BOOL("practice_review", 0),
};
static const struct date_order child_deaths_orders[] = {
	{"notified_date", "death_date", "a death cannot be notified before it happens"},
	{"jar_date", "death_date", "a joint agency response cannot come before the death"},
	{"cdop_date", "death_date", "a death cannot be reviewed before it happens"},
};

/*
 * Training (issue 11, point 5; migration_training): a course, its sessions, and the places
 * booked on each by a person of an agency. A booking is booked, then attended, not attended
 * (the fee training.non_attendance_fee_pounds may be charged) or cancelled (free with
 * timescale.training_free_cancellation_working_days' notice); a session's register is
 * marked within timescale.training_register_working_days (the clock training_register,
 * timescales/ts_training.c); the person's evaluation gives their
 * confidence before and after the session and their rating of it, each 1 to 5.
 */
static const struct column training_courses[] = {
	ID, TEXT("title", R, 200), CODE("level", R, "training_level"), TEXT("audience", 0, 300),
	TEXT("description", 0, 3000), BOOL("active", R),
};
static const struct column training_sessions[] = {
	ID, REF("course_id", "training_courses", R), DATE("session_date", R),
	{"start_time", COL_TEXT, R, 0, 0, 5, 0, 0, "a time of day, HH:MM (for example 09:30)"},
	TEXT("venue", 0, 200), BOOL("online", R), INT("places", R, 1, 500),
	DATE("register_date", 0),	/* the day its register was marked: the clock's end */
};
static const struct date_order training_sessions_orders[] = {
	{"register_date", "session_date", "a register is marked on or after the session"},
};
static const struct column training_bookings[] = {
	ID, REF("session_id", "training_sessions", R), TEXT("given_name", R, 100),
	TEXT("family_name", R, 100), TEXT("email", 0, 200),
	REF("professional_id", "professionals", 0), REF("agency_id", "agencies", R),
	DATE("booked_date", R), CODE("status", R, "training_status"), DATE("cancelled_date", 0),
	BOOL("fee_applies", 0), INT("fee_pounds", 0, 0, 10000), DATE("evaluation_date", 0),
	INT("confidence_before", 0, 1, 5), INT("confidence_after", 0, 1, 5),
	INT("rating", 0, 1, 5),
};
static const struct date_order training_bookings_orders[] = {
	{"cancelled_date", "booked_date", "a booking cannot be cancelled before it is made"},
	{"evaluation_date", "booked_date", "a session cannot be evaluated before it is booked"},
};

/*
 * Multi-agency case audits (issue 11, point 4; migration_audits). An audit samples cases,
 * each a child's (case_child_id links the child; the audit is the partnership's record,
 * not the child's, so a child's export leaves it out); each agency returns its
 * chronology, its own grade and findings on a case, and the audit agrees the case's
 * multi-agency grade. The actions are the partnership's, whatever they come from.
 */
static const struct column case_audits[] = {
	ID, TEXT("theme", R, 200), DATE("period_from", R), DATE("period_to", R),
	CODE("status", R, "audit_status"), DATE("started_date", R), DATE("completed_date", 0),
	TEXT("learning", 0, 4000),
};
static const struct date_order case_audits_orders[] = {
	{"period_to", "period_from", "an audit's period cannot end before it starts"},
	{"completed_date", "started_date", "an audit cannot be completed before it starts"},
};
static const struct column audit_cases[] = {
	ID, REF("audit_id", "case_audits", R), REF("case_child_id", "children", R),
	CODE("grade", 0, "audit_grade"), DATE("graded_date", 0), TEXT("findings", 0, 4000),
};
static const struct column audit_contributions[] = {
	ID, REF("audit_case_id", "audit_cases", R), REF("agency_id", "agencies", R),
	DATE("requested_date", R), DATE("chronology_date", 0), CODE("grade", 0, "audit_grade"),
	TEXT("findings", 0, 4000),
};
static const struct date_order audit_contributions_orders[] = {
	{"chronology_date", "requested_date", "a chronology cannot be received before it is "
	 "asked for"},
};
/*
 * A serious incident (issue 11, point 8; Working Together 2023, chapter 5): the national
 * panel told within 5 working days of the partnership learning of it, the rapid review
 * within 15 (the clocks panel_notification and rapid_review), the decision on a child
 * safeguarding practice review, its start, publication and findings. subject_child_id
 * links the child's record when there is one; the review is the partnership's record.
 */
static const struct column practice_reviews[] = {
	ID, REF("subject_child_id", "children", 0), DATE("incident_date", R),
	DATE("aware_date", R), DATE("notified_date", 0), DATE("rapid_review_date", 0),
	CODE("decision", 0, "review_decision"), DATE("decision_date", 0),
	DATE("cspr_started_date", 0), DATE("cspr_published_date", 0),
	TEXT("summary", R, 300), TEXT("findings", 0, 4000),
};
static const struct date_order practice_reviews_orders[] = {
	{"aware_date", "incident_date", "the partnership cannot learn of an incident before it "
	 "happens"},
	{"notified_date", "aware_date", "the panel is told after the partnership learns of it"},
	{"rapid_review_date", "aware_date", "a rapid review follows the partnership learning of "
	 "it"},
	{"decision_date", "aware_date", "a decision follows the partnership learning of it"},
	{"cspr_started_date", "decision_date", "a practice review starts after it is decided on"},
	{"cspr_published_date", "cspr_started_date", "a practice review is published after it "
	 "starts"},
};
/*
 * An agency's Section 11 or a school's Section 175 self-assessment for a period
 * (migration_self_assessments; issue 11, point 8): asked for on requested_date, returned
 * with a grade on each of its kind's eight standards (standard_1 to standard_8: the kind
 * says which standard each is, rform_specs.c and docs/api.md) and an overall grade.
 */
#define SA_STANDARD(n) CODE("standard_" #n, 0, "sa_grade")
static const struct column self_assessments[] = {
	ID, REF("agency_id", "agencies", R), CODE("kind", R, "sa_kind"),
	DATE("period_from", R), DATE("period_to", R), DATE("requested_date", R),
	DATE("returned_date", 0), SA_STANDARD(1), SA_STANDARD(2), SA_STANDARD(3),
	SA_STANDARD(4), SA_STANDARD(5), SA_STANDARD(6), SA_STANDARD(7), SA_STANDARD(8),
	CODE("overall_grade", 0, "sa_grade"), TEXT("summary", 0, 3000),
};
static const struct date_order self_assessments_orders[] = {
	{"period_to", "period_from", "a period cannot end before it starts"},
	{"returned_date", "requested_date", "a self-assessment is returned after it is asked "
	 "for"},
};
/* An action belongs to one audit, one review or one self-assessment (rec_check.c);
 * review_id came with the reviews, self_assessment_id last with the self-assessments. */
static const struct column actions[] = {
	ID, REF("audit_id", "case_audits", 0), TEXT("action", R, 1000),
	REF("owner_agency_id", "agencies", R), REF("owner_id", "professionals", 0),
	DATE("set_date", R), DATE("due_date", R), CODE("status", R, "action_status"),
	TEXT("evidence", 0, 3000), DATE("completed_date", 0),
	REF("review_id", "practice_reviews", 0),
	REF("self_assessment_id", "self_assessments", 0),	/* migration_self_assessments */
};
static const struct date_order actions_orders[] = {
	{"due_date", "set_date", "an action cannot fall due before it is set"},
	{"completed_date", "set_date", "an action cannot be completed before it is set"},
};

/*
 * The orders across linked records (records.h: struct ref_order). A pathway's steps come
 * in turn: an enquiry starts on or after the referral it answers and the strategy
 * discussion that decided on it; a conference on or after the enquiry before it (and so
 * after that discussion) or the plan it reviews; a plan on or after the conference that
 * started it; its core groups and visits within it. The work with a child happens in the
 * child's life: up to 280 days before the birth (or the expected birth: work before birth
 * is real, a pre-birth conference among it; the CIN census's rule 8606 allows the same
 * 280 days); and the work with the living child (an assessment, an enquiry, a conference
 * held, a plan or a period in care begun, a visit) not after a death. A contact, a
 * referral or a strategy discussion may follow a death (the census only queries a
 * referral after one, rule 8555Q, and an unexpected death brings a joint response), and
 * so may an ending (a plan ends because of it) or a conference scheduled and never held.
 */
#define BORN(d) \
	{d, "child_id", "birth_date", 0, 280, "the child's birth"}, \
	{d, "child_id", "expected_birth_date", 0, 280, "the child's expected birth"}
#define LIFE(d) \
	BORN(d), {d, "child_id", "death_date", REF_ORDER_NOT_AFTER, 0, "the child's death"}
#define AFTER(d, via, other, what) {d, via, other, 0, 0, what}
#define NOT_AFTER(d, via, other, what) {d, via, other, REF_ORDER_NOT_AFTER, 0, what}
#define REFERRAL(d) AFTER(d, "referral_id", "received_date", "the referral it answers")

static const struct ref_order contacts_refs[] = {BORN("received_date")};
static const struct ref_order referrals_refs[] = {
	BORN("received_date"),
	AFTER("received_date", "contact_id", "received_date", "the contact it came from"),
};
static const struct ref_order assessments_refs[] = {LIFE("start_date"), REFERRAL("start_date")};
static const struct ref_order strategy_refs[] = {BORN("held_date"), REFERRAL("held_date")};
static const struct ref_order s47_refs[] = {
	LIFE("start_date"), REFERRAL("start_date"),
	AFTER("start_date", "strategy_discussion_id", "held_date",
	    "the strategy discussion it follows"),
};
static const struct ref_order conferences_refs[] = {
	LIFE("held_date"), REFERRAL("scheduled_date"), REFERRAL("held_date"),
	AFTER("scheduled_date", "s47_id", "start_date", "the section 47 enquiry it follows"),
	AFTER("held_date", "s47_id", "start_date", "the section 47 enquiry it follows"),
	AFTER("scheduled_date", "plan_id", "start_date", "the plan it reviews"),
	AFTER("held_date", "plan_id", "start_date", "the plan it reviews"),
};
static const struct ref_order invitees_refs[] = {
	NOT_AFTER("invited_date", "conference_id", "scheduled_date",
	    "the conference it invites to"),
};
static const struct ref_order cp_plans_refs[] = {
	LIFE("start_date"), REFERRAL("start_date"),
	AFTER("start_date", "start_conference_id", "held_date", "the conference that started it"),
};
static const struct ref_order core_groups_refs[] = {
	LIFE("held_date"),
	AFTER("held_date", "plan_id", "start_date", "the plan it belongs to"),
	NOT_AFTER("held_date", "plan_id", "end_date", "the end of the plan it belongs to"),
};
static const struct ref_order visits_refs[] = {
	LIFE("visit_date"), AFTER("visit_date", "plan_id", "start_date", "the plan it is made under"),
};
static const struct ref_order cin_plans_refs[] = {LIFE("start_date"), REFERRAL("start_date")};
static const struct ref_order care_periods_refs[] = {LIFE("start_date")};
/* escalations (issue 11): a stage is opened on or after the escalation is raised */
static const struct ref_order escalation_stages_refs[] = {
	AFTER("opened_date", "escalation_id", "raised_date", "the escalation it belongs to"),
};
static const struct ref_order lado_meetings_refs[] = {
	AFTER("held_date", "lado_case_id", "received_date", "the LADO case it is held on"),
};
/* migration_qa: a form on a conference comes after it sits. */
static const struct ref_order quality_refs[] = {
	AFTER("completed_date", "conference_id", "held_date", "the conference it is about"),
};
static const struct ref_order feedback_refs[] = {
	AFTER("received_date", "conference_id", "held_date", "the conference it is about"),
};
static const struct ref_order encompass_refs[] = {BORN("incident_date")};
static const struct ref_order missing_refs[] = {LIFE("start_date")};
static const struct ref_order placed_refs[] = {LIFE("start_date")};
/* child deaths: the child linked was born before the death */
static const struct ref_order child_deaths_refs[] = {
	AFTER("death_date", "linked_child_id", "birth_date", "the child's birth"),
};
/* training (issue 11, point 5): a place is booked, and cancelled, by the session's day, and
 * the session is evaluated after it is held */
static const struct ref_order training_bookings_refs[] = {
	NOT_AFTER("booked_date", "session_id", "session_date", "the session it books"),
	NOT_AFTER("cancelled_date", "session_id", "session_date", "the session it books"),
	AFTER("evaluation_date", "session_id", "session_date", "the session it evaluates"),
};

/* migration_audits: a case is graded, and an action set, once its audit has started */
static const struct ref_order audit_cases_refs[] = {
	AFTER("graded_date", "audit_id", "started_date", "the audit it belongs to"),
};
static const struct ref_order actions_refs[] = {
	AFTER("set_date", "audit_id", "started_date", "the audit it comes from"),
	AFTER("set_date", "review_id", "aware_date", "the review it comes from"),
	AFTER("set_date", "self_assessment_id", "requested_date", "the self-assessment it "
	      "comes from"),
};
static const struct {
	const char *table;
	const struct ref_order *v;
	int n;
} ref_orders[] = {
#define REFS(t, a) {t, a, N(a)}
	REFS("contacts", contacts_refs), REFS("referrals", referrals_refs),
	REFS("assessments", assessments_refs), REFS("strategy_discussions", strategy_refs),
	REFS("s47_enquiries", s47_refs), REFS("conferences", conferences_refs),
	REFS("conference_invitees", invitees_refs), REFS("cp_plans", cp_plans_refs),
	REFS("core_groups", core_groups_refs), REFS("visits", visits_refs),
	REFS("cin_plans", cin_plans_refs), REFS("care_periods", care_periods_refs),
	REFS("escalation_stages", escalation_stages_refs),	/* escalations (issue 11) */
	REFS("lado_meetings", lado_meetings_refs),	/* the LADO (issue 11, point 2) */
	REFS("conference_quality", quality_refs), REFS("conference_feedback", feedback_refs),
	REFS("encompass_notifications", encompass_refs),
	REFS("missing_episodes", missing_refs),
	REFS("placements_in_area", placed_refs),
	REFS("child_deaths", child_deaths_refs),	/* child deaths (issue 11, point 6) */
	REFS("training_bookings", training_bookings_refs),	/* training (issue 11, point 5) */
	REFS("audit_cases", audit_cases_refs), REFS("actions", actions_refs),	/* audits */
};

static const struct table tables[] = {
	TABLE0("agencies", "agency", agencies),
	TABLE0("teams", "team", teams),
	TABLE0("professionals", "professional", professionals),
	TABLE0("users", "user", users),
	TABLE0("households", "household", households),
	TABLE("children", "child", children, children_orders),
	TABLE_NEW("restrictions", "restriction", restrictions),
	TABLE0("adults", "adult", adults),
	TABLE0("relationships", "relationship", relationships),
	TABLE0("contacts", "contact", contacts),
	TABLE("referrals", "referral", referrals, referrals_orders),
	TABLE("assessments", "assessment", assessments, assessments_orders),
	TABLE0("strategy_discussions", "strategy discussion", strategy_discussions),
	TABLE("s47_enquiries", "section 47 enquiry", s47_enquiries, s47_orders),
	TABLE("conferences", "conference", conferences, conferences_orders),
	TABLE0("conference_invitees", "conference invitee", conference_invitees),
	TABLE_NEW("conference_reports", "report to conference", conference_reports),
	TABLE_NEW("conference_circulation", "circulation", conference_circulation),
	TABLE("cp_plans", "child protection plan", cp_plans, cp_plans_orders),
	TABLE_NEW("plan_actions", "plan action", plan_actions),
	TABLE0("core_group_members", "core group member", core_group_members),
	TABLE0("core_groups", "core group", core_groups),
	TABLE0("core_group_attendance", "core group attendance", core_group_attendance),
	TABLE_NEW("core_group_actions", "core group action", core_group_actions),
	TABLE0("visits", "visit", visits),
	TABLE("cin_plans", "child in need plan", cin_plans, start_end),
	TABLE("care_periods", "period in care", care_periods, start_end),
	TABLE0("settings", "setting", settings),
	{"health_lookups", "health lookup", health_lookups, N(health_lookups),
	 health_lookups_orders, N(health_lookups_orders), TABLE_OMIT_EMPTY},
	/* escalations (issue 11) */
	{"escalations", "escalation", escalations, N(escalations), escalations_orders,
	 N(escalations_orders), TABLE_OMIT_EMPTY},
	{"escalation_stages", "escalation stage", escalation_stages, N(escalation_stages),
	 escalation_stages_orders, N(escalation_stages_orders), TABLE_OMIT_EMPTY},
	/* The LADO (issue 11, point 2) */
	{"lado_cases", "LADO case", lado_cases, N(lado_cases), lado_cases_orders,
	 N(lado_cases_orders), TABLE_OMIT_EMPTY},
	TABLE_NEW("lado_meetings", "LADO meeting", lado_meetings),
	/* migration_qa */
	TABLE_NEW("conference_quality", "quality form", conference_quality),
	TABLE_NEW("conference_feedback", "feedback form", conference_feedback),
	/* Operation Encompass (migration_encompass) */
	{"encompass_notifications", "Operation Encompass notification", encompass_notifications,
	 N(encompass_notifications), encompass_orders, N(encompass_orders), TABLE_OMIT_EMPTY},
	/* Missing episodes (migration_missing) */
	{"missing_episodes", "missing episode", missing_episodes, N(missing_episodes),
	 missing_orders, N(missing_orders), TABLE_OMIT_EMPTY},
	/* Children placed in the area by other authorities (migration_placed) */
	{"placements_in_area", "placement in the area", placements_in_area,
	 N(placements_in_area), placed_orders, N(placed_orders), TABLE_OMIT_EMPTY},
	/* Child deaths (migration_child_deaths) */
	{"child_deaths", "child death", child_deaths, N(child_deaths), child_deaths_orders,
	 N(child_deaths_orders), TABLE_OMIT_EMPTY},
	/* Training (issue 11, point 5; migration_training) */
	TABLE_NEW("training_courses", "training course", training_courses),
	{"training_sessions", "training session", training_sessions, N(training_sessions),
	 training_sessions_orders, N(training_sessions_orders), TABLE_OMIT_EMPTY},
	{"training_bookings", "training booking", training_bookings, N(training_bookings),
	 training_bookings_orders, N(training_bookings_orders), TABLE_OMIT_EMPTY},
	/* Multi-agency case audits and their actions (migration_audits) */
	{"case_audits", "case audit", case_audits, N(case_audits), case_audits_orders,
	 N(case_audits_orders), TABLE_OMIT_EMPTY},
	TABLE_NEW("audit_cases", "audited case", audit_cases),
	{"audit_contributions", "agency's audit return", audit_contributions,
	 N(audit_contributions), audit_contributions_orders, N(audit_contributions_orders),
	 TABLE_OMIT_EMPTY},
	{"practice_reviews", "practice review", practice_reviews, N(practice_reviews),
	 practice_reviews_orders, N(practice_reviews_orders), TABLE_OMIT_EMPTY},
	{"self_assessments", "self-assessment", self_assessments, N(self_assessments),
	 self_assessments_orders, N(self_assessments_orders), TABLE_OMIT_EMPTY},
	{"actions", "action", actions, N(actions), actions_orders, N(actions_orders),
	 TABLE_OMIT_EMPTY},
};

int
records_col_index(const struct table *t, const char *col)
{
	for (int i = 0; i < t->ncols; i++)
		if (strcmp(t->cols[i].name, col) == 0)
			return i;
	return -1;
}

const struct table *
records_tables(int *n)
{
	*n = N(tables);
	return tables;
}

int
records_child_col(const struct table *t)
{
	return records_col_index(t, "child_id");
}

const struct table *
records_table(const char *name)
{
	int n;
	const struct table *t = records_tables(&n);

	for (int i = 0; i < n; i++)
		if (strcmp(t[i].name, name) == 0)
			return &t[i];
	return NULL;
}

const struct ref_order *
records_ref_orders(const struct table *t, int *n)
{
	for (size_t i = 0; i < sizeof ref_orders / sizeof ref_orders[0]; i++)
		if (strcmp(ref_orders[i].table, t->name) == 0) {
			*n = ref_orders[i].n;
			return ref_orders[i].v;
		}
	*n = 0;
	return NULL;
}
