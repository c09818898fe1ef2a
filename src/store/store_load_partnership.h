/*
 * store_load_partnership.h: how store_load.c reads the partnership's records around the
 * pathway (issue 11): escalations, the LADO's cases, the chair's quality forms and the
 * family's feedback, Operation Encompass, missing episodes, placements in the area, child
 * deaths, training, audits, reviews, actions and self-assessments. Each is a model struct's
 * pusher and its column map, in store_load.c's terms (PUSHER, F, CODE, LD_*); included by
 * store_load.c alone, after those are defined, so the maps stay data beside the others.
 */
#ifndef SG_STORE_LOAD_PARTNERSHIP_H
#define SG_STORE_LOAD_PARTNERSHIP_H

/* escalations (issue 11) */
PUSHER(escalation, struct m_escalation, escalations)
static const struct ld_col escalation_cols[] = {
	F(struct m_escalation, "id", id, LD_ID),
	F(struct m_escalation, "child_id", child_id, LD_ID),
	F(struct m_escalation, "conference_id", conference_id, LD_ID),
	F(struct m_escalation, "raised_date", raised, LD_DATE),
	F(struct m_escalation, "raised_by_id", raised_by_id, LD_ID),
	F(struct m_escalation, "raised_by_agency_id", raised_by_agency_id, LD_ID),
	F(struct m_escalation, "about_agency_id", about_agency_id, LD_ID),
	F(struct m_escalation, "about_team_id", about_team_id, LD_ID),
	CODE(struct m_escalation, "category", category),
	F(struct m_escalation, "resolved_date", resolved, LD_DATE),
	CODE(struct m_escalation, "outcome", outcome),
};
PUSHER(esc_stage, struct m_escalation_stage, escalation_stages)
static const struct ld_col esc_stage_cols[] = {
	F(struct m_escalation_stage, "id", id, LD_ID),
	F(struct m_escalation_stage, "child_id", child_id, LD_ID),
	F(struct m_escalation_stage, "escalation_id", escalation_id, LD_ID),
	F(struct m_escalation_stage, "stage", stage, LD_INT),
	F(struct m_escalation_stage, "opened_date", opened, LD_DATE),
	F(struct m_escalation_stage, "responder_id", responder_id, LD_ID),
	F(struct m_escalation_stage, "response_date", response, LD_DATE),
};

/* The LADO (issue 11, point 2): the dates and codes the figures count, and no names. */
PUSHER(lado, struct m_lado_case, lado_cases)
static const struct ld_col lado_cols[] = {
	F(struct m_lado_case, "id", id, LD_ID),
	CODE(struct m_lado_case, "kind", kind),
	F(struct m_lado_case, "received_date", received, LD_DATE),
	F(struct m_lado_case, "referrer_agency_id", referrer_agency_id, LD_ID),
	F(struct m_lado_case, "considered_date", considered, LD_DATE),
	CODE(struct m_lado_case, "outcome", outcome),
	F(struct m_lado_case, "resolved_date", resolved, LD_DATE),
	F(struct m_lado_case, "referred_to", referred_to, LD_STR),
	F(struct m_lado_case, "referred_date", referred, LD_DATE),
};

/* Operation Encompass (migration_encompass) */
PUSHER(encompass, struct m_encompass, encompass)
static const struct ld_col encompass_cols[] = {
	F(struct m_encompass, "id", id, LD_ID),
	F(struct m_encompass, "child_id", child_id, LD_ID),
	F(struct m_encompass, "school_id", school_id, LD_ID),
	F(struct m_encompass, "police_agency_id", police_agency_id, LD_ID),
	CODE(struct m_encompass, "police_reference", police_reference),
	F(struct m_encompass, "incident_date", incident, LD_DATE),
	CODE(struct m_encompass, "incident_time", incident_time),
	F(struct m_encompass, "child_present", child_present, LD_BOOL),
	F(struct m_encompass, "sent_date", sent, LD_DATE),
	CODE(struct m_encompass, "sent_time", sent_time),
	F(struct m_encompass, "read_date", read, LD_DATE),
	CODE(struct m_encompass, "read_time", read_time),
	F(struct m_encompass, "read_by_id", read_by_id, LD_ID),
};

/* Missing episodes (migration_missing) */
PUSHER(missing, struct m_missing, missing)
static const struct ld_col missing_cols[] = {
	F(struct m_missing, "id", id, LD_ID),
	F(struct m_missing, "child_id", child_id, LD_ID),
	F(struct m_missing, "start_date", start, LD_DATE),
	F(struct m_missing, "return_date", returned, LD_DATE),
	F(struct m_missing, "interview_offered_date", offered, LD_DATE),
	F(struct m_missing, "interview_accepted", accepted, LD_TRI),
	F(struct m_missing, "interview_date", interview, LD_DATE),
};

/* Children placed in the area by other authorities (migration_placed) */
PUSHER(placement, struct m_placement, placements)
static const struct ld_col placement_cols[] = {
	F(struct m_placement, "id", id, LD_ID),
	F(struct m_placement, "child_id", child_id, LD_ID),
	F(struct m_placement, "start_date", start, LD_DATE),
	F(struct m_placement, "notified_date", notified, LD_DATE),
	F(struct m_placement, "end_date", end, LD_DATE),
	F(struct m_placement, "end_notified_date", end_notified, LD_DATE),
	F(struct m_placement, "emergency", emergency, LD_TRI),
	CODE(struct m_placement, "placement_kind", kind),
	CODE(struct m_placement, "placing_la_code", la_code),
	F(struct m_placement, "placing_authority", authority, LD_STR),
};

/* Child deaths (issue 11, point 6): the dates, codes and answers the figures count. */
PUSHER(death, struct m_death, deaths)
static const struct ld_col death_cols[] = {
	F(struct m_death, "id", id, LD_ID),
	F(struct m_death, "death_date", death, LD_DATE),
	F(struct m_death, "notified_date", notified, LD_DATE),
	F(struct m_death, "notifying_agency_id", notifying_agency_id, LD_ID),
	F(struct m_death, "linked_child_id", linked_child_id, LD_ID),
	CODE(struct m_death, "age_band", age_band),
	F(struct m_death, "sex", sex, LD_SEX),
	CODE(struct m_death, "ethnicity", ethnicity),
	CODE(struct m_death, "expectation", expectation),
	F(struct m_death, "jar_held", jar_held, LD_TRI),
	F(struct m_death, "jar_date", jar, LD_DATE),
	F(struct m_death, "known_to_csc", known_to_csc, LD_TRI),
	F(struct m_death, "on_plan", on_plan, LD_TRI),
	F(struct m_death, "looked_after", looked_after, LD_TRI),
	F(struct m_death, "cdop_date", cdop, LD_DATE),
	CODE(struct m_death, "category", category),
	CODE(struct m_death, "modifiable", modifiable),
	F(struct m_death, "factors_child", factors[0], LD_STR),
	F(struct m_death, "factors_social", factors[1], LD_STR),
	F(struct m_death, "factors_physical", factors[2], LD_STR),
	F(struct m_death, "factors_service", factors[3], LD_STR),
	F(struct m_death, "practice_review", practice_review, LD_TRI),
};

PUSHER(relationship, struct m_relationship, relationships)
static const struct ld_col relationship_cols[] = {
	F(struct m_relationship, "id", id, LD_ID),
	F(struct m_relationship, "child_id", child_id, LD_ID),
	F(struct m_relationship, "relative_child_id", relative_child_id, LD_ID),
	F(struct m_relationship, "adult_id", adult_id, LD_ID),
	CODE(struct m_relationship, "kind", kind),
};

PUSHER(agency, struct m_agency, agencies)
static const struct ld_col agency_cols[] = {
	F(struct m_agency, "id", id, LD_ID),
	F(struct m_agency, "name", name, LD_STR),
	CODE(struct m_agency, "kind", kind),
	CODE(struct m_agency, "la_code", la_code),
};

PUSHER(team, struct m_team, teams)
static const struct ld_col team_cols[] = {
	F(struct m_team, "id", id, LD_ID),
	F(struct m_team, "agency_id", agency_id, LD_ID),
	F(struct m_team, "name", name, LD_STR),
	CODE(struct m_team, "kind", kind),
};

PUSHER(professional, struct m_professional, professionals)
static const struct ld_col professional_cols[] = {
	F(struct m_professional, "id", id, LD_ID),
	F(struct m_professional, "agency_id", agency_id, LD_ID),
	F(struct m_professional, "team_id", team_id, LD_ID),
	F(struct m_professional, "given_name", given_name, LD_STR),
	F(struct m_professional, "family_name", family_name, LD_STR),
	CODE(struct m_professional, "role", role),
};

PUSHER(setting, struct m_setting, settings)
static const struct ld_col setting_cols[] = {
	F(struct m_setting, "key", key, LD_STR),
	F(struct m_setting, "value", value, LD_STR),
	F(struct m_setting, "effective_from", effective_from, LD_DATE),
};

/* migration_qa: the chair's quality form, and the family's feedback. */
PUSHER(quality, struct m_quality, quality)
static const struct ld_col quality_cols[] = {
	F(struct m_quality, "id", id, LD_ID),
	F(struct m_quality, "child_id", child_id, LD_ID),
	F(struct m_quality, "conference_id", conference_id, LD_ID),
	F(struct m_quality, "completed_date", completed, LD_DATE),
	F(struct m_quality, "premeeting_held", answers[0], LD_BOOL),
	F(struct m_quality, "report_to_chair_in_time", answers[1], LD_BOOL),
	F(struct m_quality, "reports_shared_in_time", answers[2], LD_BOOL),
	F(struct m_quality, "agencies_contributed", answers[3], LD_BOOL),
	F(struct m_quality, "child_voice_heard", answers[4], LD_BOOL),
	F(struct m_quality, "plan_smart", answers[5], LD_BOOL),
	CODE(struct m_quality, "rating", rating),
};

PUSHER(feedback, struct m_feedback, feedback)
static const struct ld_col feedback_cols[] = {
	F(struct m_feedback, "id", id, LD_ID),
	F(struct m_feedback, "child_id", child_id, LD_ID),
	F(struct m_feedback, "conference_id", conference_id, LD_ID),
	CODE(struct m_feedback, "respondent", respondent),
	F(struct m_feedback, "received_date", received, LD_DATE),
	F(struct m_feedback, "understood_why", understood_why, LD_TRI),
	F(struct m_feedback, "listened_to", listened_to, LD_TRI),
	F(struct m_feedback, "met_chair", met_chair, LD_TRI),
	F(struct m_feedback, "would_change", would_change, LD_STR),
	F(struct m_feedback, "comments", comments, LD_STR),
};

/* Training (issue 11, point 5; migration_training) */
PUSHER(tcourse, struct m_training_course, training_courses)
static const struct ld_col tcourse_cols[] = {
	F(struct m_training_course, "id", id, LD_ID),
	F(struct m_training_course, "title", title, LD_STR),
	CODE(struct m_training_course, "level", level),
	F(struct m_training_course, "active", active, LD_BOOL),
};
PUSHER(tsession, struct m_training_session, training_sessions)
static const struct ld_col tsession_cols[] = {
	F(struct m_training_session, "id", id, LD_ID),
	F(struct m_training_session, "course_id", course_id, LD_ID),
	F(struct m_training_session, "session_date", date, LD_DATE),
	CODE(struct m_training_session, "start_time", start_time),
	F(struct m_training_session, "venue", venue, LD_STR),
	F(struct m_training_session, "online", online, LD_BOOL),
	F(struct m_training_session, "places", places, LD_INT),
	F(struct m_training_session, "register_date", register_date, LD_DATE),
};
PUSHER(tbooking, struct m_training_booking, training_bookings)
static const struct ld_col tbooking_cols[] = {
	F(struct m_training_booking, "id", id, LD_ID),
	F(struct m_training_booking, "session_id", session_id, LD_ID),
	F(struct m_training_booking, "given_name", given_name, LD_STR),
	F(struct m_training_booking, "family_name", family_name, LD_STR),
	F(struct m_training_booking, "professional_id", professional_id, LD_ID),
	F(struct m_training_booking, "agency_id", agency_id, LD_ID),
	F(struct m_training_booking, "booked_date", booked, LD_DATE),
	CODE(struct m_training_booking, "status", status),
	F(struct m_training_booking, "cancelled_date", cancelled, LD_DATE),
	F(struct m_training_booking, "fee_applies", fee_applies, LD_TRI),
	F(struct m_training_booking, "fee_pounds", fee_pounds, LD_INT),
	F(struct m_training_booking, "evaluation_date", evaluated, LD_DATE),
	F(struct m_training_booking, "confidence_before", confidence_before, LD_INT),
	F(struct m_training_booking, "confidence_after", confidence_after, LD_INT),
	F(struct m_training_booking, "rating", rating, LD_INT),
};

/* Multi-agency case audits and the actions (migration_audits): grades, dates, owners. */
PUSHER(audit_case, struct m_audit_case, audit_cases)
static const struct ld_col audit_case_cols[] = {
	F(struct m_audit_case, "id", id, LD_ID),
	F(struct m_audit_case, "audit_id", audit_id, LD_ID),
	F(struct m_audit_case, "graded_date", graded, LD_DATE),
	CODE(struct m_audit_case, "grade", grade),
};
PUSHER(audit_return, struct m_audit_return, audit_returns)
static const struct ld_col audit_return_cols[] = {
	F(struct m_audit_return, "id", id, LD_ID),
	F(struct m_audit_return, "audit_case_id", audit_case_id, LD_ID),
	F(struct m_audit_return, "agency_id", agency_id, LD_ID),
	F(struct m_audit_return, "requested_date", requested, LD_DATE),
	F(struct m_audit_return, "chronology_date", received, LD_DATE),
	CODE(struct m_audit_return, "grade", grade),
};
PUSHER(action, struct m_action, actions)
static const struct ld_col action_cols[] = {
	F(struct m_action, "id", id, LD_ID),
	F(struct m_action, "audit_id", audit_id, LD_ID),
	F(struct m_action, "owner_agency_id", owner_agency_id, LD_ID),
	F(struct m_action, "owner_id", owner_id, LD_ID),
	F(struct m_action, "set_date", set, LD_DATE),
	F(struct m_action, "due_date", due, LD_DATE),
	F(struct m_action, "completed_date", completed, LD_DATE),
	CODE(struct m_action, "status", status),
	F(struct m_action, "review_id", review_id, LD_ID),
	F(struct m_action, "self_assessment_id", self_assessment_id, LD_ID),
};
PUSHER(review, struct m_review, reviews)
static const struct ld_col review_cols[] = {
	F(struct m_review, "id", id, LD_ID),
	F(struct m_review, "incident_date", incident, LD_DATE),
	F(struct m_review, "aware_date", aware, LD_DATE),
	F(struct m_review, "notified_date", notified, LD_DATE),
	F(struct m_review, "rapid_review_date", rapid, LD_DATE),
	CODE(struct m_review, "decision", decision),
	F(struct m_review, "decision_date", decided, LD_DATE),
	F(struct m_review, "cspr_started_date", started, LD_DATE),
	F(struct m_review, "cspr_published_date", published, LD_DATE),
};
PUSHER(self_assessment, struct m_self_assessment, self_assessments)
#define SA_STD(n) CODE(struct m_self_assessment, "standard_" #n, standard[n - 1])
static const struct ld_col self_assessment_cols[] = {	/* migration_self_assessments */
	F(struct m_self_assessment, "id", id, LD_ID),
	F(struct m_self_assessment, "agency_id", agency_id, LD_ID),
	CODE(struct m_self_assessment, "kind", kind),
	F(struct m_self_assessment, "requested_date", requested, LD_DATE),
	F(struct m_self_assessment, "returned_date", returned, LD_DATE),
	SA_STD(1), SA_STD(2), SA_STD(3), SA_STD(4), SA_STD(5), SA_STD(6), SA_STD(7), SA_STD(8),
	CODE(struct m_self_assessment, "overall_grade", overall),
};

#endif
