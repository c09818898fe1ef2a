/*
 * rform_specs.c: every form of a child's records, as data (rform.h). A form names the
 * columns it asks for and how; the checks, the messages and the saving are the record
 * layer's, so adding a field to a form is adding a row here.
 */
#include "web/rform.h"

#include <string.h>

#define N(a) ((int)(sizeof a / sizeof a[0]))
#define SPEC(t, verb, tn, te, saved, f) {t, verb, tn, te, saved, f, N(f)}

static const char *const dmy = "For example, 27 3 2026";

static const struct rf_field child_f[] = {
	{"la_child_id", "Local child id", "Letters and digits, at most 20, as the case system "
	 "gives it", RF_TEXT, NULL},
	{"given_name", "Given name", NULL, RF_TEXT, NULL},
	{"family_name", "Family name", NULL, RF_TEXT, NULL},
	{"birth_date", "Date of birth", "Leave empty for an unborn child. For example, 27 3 2019",
	 RF_DATE, NULL},
	{"expected_birth_date", "Expected date of birth (an unborn child)", dmy, RF_DATE, NULL},
	{"sex", "Sex", NULL, RF_RADIOS, NULL},
	{"ethnicity", "Ethnicity", NULL, RF_SELECT, NULL},
	{"disabilities", "Disabilities", "Select all that apply", RF_CHECKS, NULL},
	{"nhs_number", "NHS number", "Ten digits, for example 4857773456", RF_TEXT, NULL},
	{"upn", "Unique pupil number", "13 characters, if the child has one", RF_TEXT, NULL},
};
static const struct rf_field household_f[] = {
	{"address", "Address", NULL, RF_TEXT, NULL},
	{"postcode", "Postcode", NULL, RF_TEXT, NULL},
};
static const struct rf_field relationship_f[] = {
	{"kind", "Relationship to the child", NULL, RF_SELECT, NULL},
	{"adult_id", "The adult", "An adult, or a relative child below: not both. The list "
	 "holds the adults of the child's household and those related to the child or to a "
	 "brother or sister.", RF_ADULT, NULL},
	{"relative_child_id", "The relative child", NULL, RF_RELATIVE, NULL},
	{"parental_responsibility", "Has parental responsibility", NULL, RF_YESNO, NULL},
};
/* A parent or carer not yet recorded, and how they are related to the child: the two
 * records are saved together (page_records_adult.c). */
static const struct rf_field adult_f[] = {
	{"given_name", "Given name", NULL, RF_TEXT, NULL},
	{"family_name", "Family name", NULL, RF_TEXT, NULL},
	{"birth_date", "Date of birth", "If it is known. For example, 27 3 1985", RF_DATE, NULL},
	{"sex", "Sex", NULL, RF_RADIOS, NULL},
	{"household_id", "Lives in the child's household", NULL, RF_HOME, NULL},
};
static const struct rf_field adult_link_f[] = {
	{"kind", "Relationship to the child", NULL, RF_SELECT, NULL},
	{"parental_responsibility", "Has parental responsibility", NULL, RF_YESNO, NULL},
};
static const struct rf_field contact_f[] = {
	{"received_date", "Date received", dmy, RF_DATE, NULL},
	{"source", "Source", NULL, RF_SELECT, NULL},
	{"outcome", "Outcome", NULL, RF_RADIOS, NULL},
};
static const struct rf_field referral_f[] = {
	{"contact_id", "The contact it came from", NULL, RF_OWN, NULL},
	{"received_date", "Date received", dmy, RF_DATE, NULL},
	{"source", "Source", NULL, RF_SELECT, NULL},
	{"primary_need", "Primary need", NULL, RF_SELECT, NULL},
	{"decision_date", "Date of the decision", "The decision on what happens next must be "
	 "made within one working day", RF_DATE, NULL},
	{"nfa", "No further action", "Whether the referral was closed with no further action",
	 RF_YESNO, NULL},
	{"team_id", "Team", "The team that holds the case: its manager signs its decisions",
	 RF_STAFF, NULL},
	{"social_worker_id", "Social worker", "The social worker the case is allocated to: "
	 "its work shows on their worklist", RF_STAFF, NULL},
};
static const struct rf_field referral_close_f[] = {
	{"closure_date", "Date the episode closed", dmy, RF_DATE, NULL},
	{"closure_reason", "Reason for closing", NULL, RF_SELECT, NULL},
};
static const struct rf_field assessment_f[] = {
	{"referral_id", "The referral", NULL, RF_OWN, NULL},
	{"start_date", "Date started", dmy, RF_DATE, NULL},
	/* The social worker completes it; the team manager's authorisation (authorised_date,
	 * the census's completion) is signed on /authorise, not typed here. */
	{"submitted_date", "Date completed", "An assessment is completed within 45 working "
	 "days of the referral; your manager then authorises it", RF_DATE, NULL},
	{"child_seen", "Child seen during the assessment", NULL, RF_YESNO, NULL},
	{"factors", "Factors identified at the end of the assessment", "Select all that apply",
	 RF_CHECKS, NULL},
};
static const struct rf_field strategy_f[] = {
	{"referral_id", "The referral", NULL, RF_OWN, NULL},
	{"held_date", "Date held", dmy, RF_DATE, NULL},
	{"police_present", "Police", NULL, RF_TICK, "Who took part"},
	{"health_present", "Health", NULL, RF_TICK, "Who took part"},
	{"education_present", "Education", NULL, RF_TICK, "Who took part"},
	{"outcome", "Outcome", NULL, RF_RADIOS, NULL},
};
static const struct rf_field s47_f[] = {
	{"referral_id", "The referral", NULL, RF_OWN, NULL},
	{"strategy_discussion_id", "The strategy discussion that started it", NULL, RF_OWN, NULL},
	{"start_date", "Date started", dmy, RF_DATE, NULL},
	{"completed_date", "Date completed", dmy, RF_DATE, NULL},
	{"outcome", "Outcome", NULL, RF_RADIOS, NULL},
	{"icpc_not_required", "Initial conference not required", "Yes when the enquiry ended "
	 "without the need for an initial child protection conference", RF_YESNO, NULL},
};
static const struct rf_field cin_plan_f[] = {
	{"referral_id", "The referral", NULL, RF_OWN, NULL},
	{"start_date", "Date started", dmy, RF_DATE, NULL},
	{"end_date", "Date ended", dmy, RF_DATE, NULL},
};
static const struct rf_field care_f[] = {
	{"referral_id", "The referral", NULL, RF_OWN, NULL},
	{"start_date", "Date the period in care started", dmy, RF_DATE, NULL},
	{"end_date", "Date it ended", dmy, RF_DATE, NULL},
	{"legal_status", "Legal status", NULL, RF_SELECT, NULL},
};
/* Missing episodes (migration_missing) */
static const struct rf_field missing_f[] = {
	{"start_date", "Date the child went missing", dmy, RF_DATE, NULL},
	{"return_date", "Date the child returned", dmy, RF_DATE, NULL},
	{"interview_offered_date", "Date a return interview was offered", "Within 72 hours of "
	 "the return. " "For example, 27 3 2026", RF_DATE, NULL},
	{"interview_accepted", "Did the child accept the interview?", NULL, RF_YESNO, NULL},
	{"interview_date", "Date of the return interview", dmy, RF_DATE, NULL},
};
/* Children placed in the area by other authorities (migration_placed) */
static const struct rf_field placed_f[] = {
	{"placing_authority", "Placing authority", "The local authority the child is in the "
	 "care of", RF_TEXT, NULL},
	{"placing_la_code", "Placing authority's LA number", "Three digits, for example 876",
	 RF_TEXT, NULL},
	{"placement_kind", "Kind of placement", NULL, RF_SELECT, NULL},
	{"provider", "Provider or carer", "The children's home, fostering agency or carer",
	 RF_TEXT, NULL},
	{"emergency", "Was the placement made in an emergency?", "An emergency placement may be "
	 "notified within 5 working days of its start; a planned one before it starts",
	 RF_YESNO, NULL},
	{"start_date", "Date the placement started", dmy, RF_DATE, NULL},
	{"notified_date", "Date the placing authority told the area", dmy, RF_DATE, NULL},
	{"end_date", "Date the placement ended", dmy, RF_DATE, NULL},
	{"end_notified_date", "Date the placing authority told the area it ended", dmy,
	 RF_DATE, NULL},
	{"placing_contact", "Placing authority's contact", "The child's social worker there: "
	 "name, telephone or email", RF_TEXT, NULL},
};
static const struct rf_field plan_end_f[] = {
	{"end_date", "Date the plan ended", dmy, RF_DATE, NULL},
	{"end_reason", "Reason", NULL, RF_RADIOS, NULL},
};

/* Escalations (issue 11): raised (page_escalation.c, with its stage 1), each stage
 * opened and answered, and the escalation resolved. */
static const struct rf_field esc_raise_f[] = {
	{"conference_id", "The conference it is about", "If it is about one of the child's "
	 "conferences", RF_OWN, NULL},
	{"raised_date", "Date raised", dmy, RF_DATE, NULL},
	{"raised_by_id", "Raised by", "You, unless you record it for someone else: their "
	 "agency is recorded with them", RF_STAFF, NULL},
	{"about_agency_id", "The agency it is about", NULL, RF_STAFF, NULL},
	{"about_team_id", "The team it is about", "If it is about one team: its manager "
	 "answers stage 1", RF_STAFF, NULL},
	{"category", "Category of concern", NULL, RF_RADIOS, NULL},
	{"concern", "The concern", "What you disagree with and what you ask to happen",
	 RF_TEXT, NULL},
};
static const struct rf_field esc_open_f[] = {
	{"opened_date", "Date this stage opened", dmy, RF_DATE, NULL},
	{"responder_id", "The manager asked to answer", "They answer within 5 working days: "
	 "it is on their worklist", RF_STAFF, NULL},
};
static const struct rf_field esc_first_f[] = {
	{"responder_id", "The manager asked to answer", "They answer within 5 working days: "
	 "it is on their worklist. Leave it for the manager of the team it is about", RF_STAFF,
	 NULL},
};
static const struct rf_field esc_respond_f[] = {
	{"response_date", "Date answered", dmy, RF_DATE, NULL},
	{"response", "The answer", "What was agreed, and by when", RF_TEXT, NULL},
};
static const struct rf_field esc_resolve_f[] = {
	{"resolved_date", "Date resolved", dmy, RF_DATE, NULL},
	{"outcome", "Outcome", NULL, RF_RADIOS, NULL},
	{"resolution", "How it was resolved", NULL, RF_TEXT, NULL},
};
/* The LADO's forms (issue 11, point 2; page_lado.c): a case and a meeting held on it. */
static const struct rf_field lado_case_f[] = {
	{"kind", "Query or referral", "A query is advice given; a referral is managed as an "
	 "allegation", RF_RADIOS, NULL},
	{"received_date", "Date received", dmy, RF_DATE, NULL},
	{"referrer_agency_id", "The referrer's agency", NULL, RF_STAFF, NULL},
	{"employee_given_name", "Employee's given name", NULL, RF_TEXT, NULL},
	{"employee_family_name", "Employee's family name", NULL, RF_TEXT, NULL},
	{"employer", "Employer", "The school, setting or organisation, if known", RF_TEXT, NULL},
	{"sector", "Employee's sector", NULL, RF_SELECT, NULL},
	{"employee_role", "Employee's role", NULL, RF_SELECT, NULL},
	{"category", "Category of the allegation", NULL, RF_RADIOS, NULL},
	{"thresholds", "Thresholds met", "Select all that apply", RF_CHECKS, NULL},
	{"considered_date", "Date first considered by the LADO", dmy, RF_DATE, NULL},
	{"police_involved", "Police involved", NULL, RF_YESNO, NULL},
	{"csc_involved", "Children's social care involved", NULL, RF_YESNO, NULL},
	{"suspended", "Employee suspended", NULL, RF_YESNO, NULL},
	{"outcome", "Outcome", NULL, RF_RADIOS, NULL},
	{"resolved_date", "Date resolved", dmy, RF_DATE, NULL},
	{"referred_to", "Referred to the barring service or a regulator", "Select all that "
	 "apply", RF_CHECKS, NULL},
	{"referred_date", "Date of that referral", dmy, RF_DATE, NULL},
	{"linked_child_id", "A child's record id, if the case concerns a known child",
	 "The number at the end of the child's record address", RF_NUMBER, NULL},
	{"officer_id", "LADO officer", NULL, RF_STAFF, NULL},
};
static const struct rf_field lado_meeting_f[] = {
	{"kind", "Meeting", NULL, RF_RADIOS, NULL},
	{"held_date", "Date held", dmy, RF_DATE, NULL},
};
/* Child deaths (issue 11, point 6; page_deaths.c): the notification, and the panel's
 * review of the death. */
static const struct rf_field death_f[] = {
	{"death_date", "Date of death", dmy, RF_DATE, NULL},
	{"notified_date", "Date notified", dmy, RF_DATE, NULL},
	{"notifying_agency_id", "Notifying agency", NULL, RF_STAFF, NULL},
	{"linked_child_id", "The child's record id, if the child is known to the store",
	 "The number at the end of the child's record address. The child's age, sex, ethnicity "
	 "and status at death are then read from the record", RF_NUMBER, NULL},
	{"age_band", "Age at death", "Needed when no child's record is linked", RF_RADIOS, NULL},
	{"sex", "Sex", NULL, RF_RADIOS, NULL},
	{"ethnicity", "Ethnicity", "Where recorded", RF_SELECT, NULL},
	{"expectation", "Expected or unexpected", NULL, RF_RADIOS, NULL},
	{"jar_held", "Joint agency response held", NULL, RF_YESNO, NULL},
	{"jar_date", "Date the joint agency response began", dmy, RF_DATE, NULL},
	{"known_to_csc", "Known to children's social care", "When no child's record is linked",
	 RF_YESNO, NULL},
	{"on_plan", "On a child protection plan at death", "When no child's record is linked",
	 RF_YESNO, NULL},
	{"looked_after", "Looked after at death", "When no child's record is linked", RF_YESNO,
	 NULL},
};
static const struct rf_field death_review_f[] = {
	{"cdop_date", "Date of the panel's review", dmy, RF_DATE, NULL},
	{"category", "Category of death", NULL, RF_RADIOS, NULL},
	{"modifiable", "Modifiable factors", NULL, RF_RADIOS, NULL},
	{"factors_child", "Factors intrinsic to the child", NULL, RF_TEXT, NULL},
	{"factors_social", "Factors in the social environment, family and parenting", NULL,
	 RF_TEXT, NULL},
	{"factors_physical", "Factors in the physical environment", NULL, RF_TEXT, NULL},
	{"factors_service", "Factors in service provision", NULL, RF_TEXT, NULL},
	{"learning", "Learning and recommendations", NULL, RF_TEXT, NULL},
	{"practice_review", "Referred for a child safeguarding practice review", NULL, RF_YESNO,
	 NULL},
};

/* Multi-agency case audits and their actions (migration_audits; audit_page.c) */
static const struct rf_field audit_f[] = {
	{"theme", "Theme", "For example, emotional harm, or harm outside the home", RF_TEXT,
	 NULL},
	{"period_from", "Period audited: from", dmy, RF_DATE, NULL},
	{"period_to", "Period audited: to", dmy, RF_DATE, NULL},
	{"status", "Status", NULL, RF_RADIOS, NULL},
	{"started_date", "Date the audit started", dmy, RF_DATE, NULL},
	{"completed_date", "Date the audit was completed", dmy, RF_DATE, NULL},
	{"learning", "Learning", "The themes the audit found, for the partnership's report",
	 RF_TEXT, NULL},
};
static const struct rf_field audit_case_f[] = {
	{"case_child_id", "The child's record id", "The number at the end of the child's "
	 "record address", RF_NUMBER, NULL},
	{"grade", "Multi-agency grade", "Leave it until the agencies' returns are in",
	 RF_RADIOS, NULL},
	{"graded_date", "Date graded", dmy, RF_DATE, NULL},
	{"findings", "Findings", "What worked well, what the audit is worried about", RF_TEXT,
	 NULL},
};
static const struct rf_field audit_ask_f[] = {
	{"audit_case_id", "Case number", "The number of the case in the table of cases",
	 RF_NUMBER, NULL},
	{"agency_id", "Agency", NULL, RF_STAFF, NULL},
	{"requested_date", "Date its return was asked for", dmy, RF_DATE, NULL},
};
static const struct rf_field audit_return_f[] = {
	{"chronology_date", "Date the chronology was received", dmy, RF_DATE, NULL},
	{"grade", "The agency's own grade", NULL, RF_RADIOS, NULL},
	{"findings", "The agency's findings", NULL, RF_TEXT, NULL},
};
static const struct rf_field review_f[] = {
	{"summary", "The incident", "A line for the list, with no name: for example, a baby "
	 "admitted with a serious head injury", RF_TEXT, NULL},
	{"subject_child_id", "The child's record id, if the child is known", "The number at "
	 "the end of the child's record address", RF_NUMBER, NULL},
	{"incident_date", "Date of the incident", dmy, RF_DATE, NULL},
	{"aware_date", "Date the partnership learned of it", "The national panel is told within "
	 "5 working days of it, the rapid review completed within 15. For example, 27 3 2026",
	 RF_DATE, NULL},
	{"notified_date", "Date the national panel was told", dmy, RF_DATE, NULL},
	{"rapid_review_date", "Date the rapid review was completed", dmy, RF_DATE, NULL},
	{"decision", "Decision", NULL, RF_RADIOS, NULL},
	{"decision_date", "Date of the decision", dmy, RF_DATE, NULL},
	{"cspr_started_date", "Date the practice review started", dmy, RF_DATE, NULL},
	{"cspr_published_date", "Date the practice review was published", dmy, RF_DATE, NULL},
	{"findings", "Findings", "The key learning", RF_TEXT, NULL},
};
/*
 * Self-assessments (migration_self_assessments): the subgroup asks for one; the agency or
 * school returns it with a grade on each of its kind's eight standards. The standards of
 * Section 11 (Children Act 2004) follow the arrangements Working Together asks of every
 * agency under the duty; those of Section 175 (Education Act 2002), the school's duties in
 * Keeping Children Safe in Education. The kind says which form (audit_edit.c).
 */
static const struct rf_field sa_ask_f[] = {
	{"agency_id", "Agency or school", NULL, RF_STAFF, NULL},
	{"kind", "Self-assessment", "Section 11 for an agency, Section 175 for a school or "
	 "college", RF_RADIOS, NULL},
	{"period_from", "Period assessed: from", dmy, RF_DATE, NULL},
	{"period_to", "Period assessed: to", dmy, RF_DATE, NULL},
	{"requested_date", "Date it was asked for", dmy, RF_DATE, NULL},
};
#define SA_RETURN_HEAD {"returned_date", "Date returned", dmy, RF_DATE, NULL}
#define SA_RETURN_TAIL                                                                   \
	{"overall_grade", "Overall grade", NULL, RF_RADIOS, NULL},                         \
	{"summary", "Summary", "What the agency does well, what it will improve", RF_TEXT,  \
	 NULL}
static const struct rf_field sa_section_11_f[] = {
	SA_RETURN_HEAD,
	{"standard_1", "1. Senior management commitment to safeguarding, with a lead at "
	 "board level", NULL, RF_RADIOS, NULL},
	{"standard_2", "2. A clear statement of the agency's responsibilities to children, "
	 "known to all staff", NULL, RF_RADIOS, NULL},
	{"standard_3", "3. A clear line of accountability for safeguarding", NULL, RF_RADIOS,
	 NULL},
	{"standard_4", "4. Services developed with regard to safeguarding, children's views "
	 "heard", NULL, RF_RADIOS, NULL},
	{"standard_5", "5. Safeguarding training for all staff in contact with children",
	 NULL, RF_RADIOS, NULL},
	{"standard_6", "6. Safer recruitment, and allegations against staff managed", NULL,
	 RF_RADIOS, NULL},
	{"standard_7", "7. Effective work with other agencies, escalation and whistleblowing",
	 NULL, RF_RADIOS, NULL},
	{"standard_8", "8. Information shared to safeguard children", NULL, RF_RADIOS, NULL},
	SA_RETURN_TAIL,
};
static const struct rf_field sa_section_175_f[] = {
	SA_RETURN_HEAD,
	{"standard_1", "1. Leadership and governance: the governing body's oversight", NULL,
	 RF_RADIOS, NULL},
	{"standard_2", "2. A designated safeguarding lead, with deputies and time for the role",
	 NULL, RF_RADIOS, NULL},
	{"standard_3", "3. A child protection policy, reviewed each year and published", NULL,
	 RF_RADIOS, NULL},
	{"standard_4", "4. Staff induction and training, Keeping Children Safe in Education "
	 "read", NULL, RF_RADIOS, NULL},
	{"standard_5", "5. Safer recruitment, the single central record, allegations against "
	 "staff", NULL, RF_RADIOS, NULL},
	{"standard_6", "6. Concerns acted on early: early help and referrals to social care",
	 NULL, RF_RADIOS, NULL},
	{"standard_7", "7. Online safety, with filtering and monitoring", NULL, RF_RADIOS,
	 NULL},
	{"standard_8", "8. Children taught to keep safe, and their voice heard", NULL,
	 RF_RADIOS, NULL},
	SA_RETURN_TAIL,
};
static const struct rf_field action_f[] = {
	{"action", "Action", NULL, RF_TEXT, NULL},
	{"owner_agency_id", "Agency that owns it", NULL, RF_STAFF, NULL},
	{"owner_id", "Person who owns it", "Leave it for the agency to name", RF_STAFF, NULL},
	{"set_date", "Date set", dmy, RF_DATE, NULL},
	{"due_date", "Due date", dmy, RF_DATE, NULL},
	{"status", "Status", NULL, RF_RADIOS, NULL},
};
static const struct rf_field action_update_f[] = {
	{"status", "Status", NULL, RF_RADIOS, NULL},
	{"evidence", "Evidence", "What was done, and how the partnership can see it", RF_TEXT,
	 NULL},
	{"completed_date", "Date completed", dmy, RF_DATE, NULL},
};

static const struct rf_spec specs[] = {
	SPEC("children", "edit", "Add a child or an unborn child", "Change the child's details",
	    "Child's details saved", child_f),
	SPEC("households", "edit", "Add a household", "Change the household", "Household saved",
	    household_f),
	SPEC("relationships", "edit", "Add a relationship", "Change the relationship",
	    "Relationship saved", relationship_f),
	SPEC("adults", "edit", "Add an adult (a parent or carer not yet recorded)",
	    "Change the adult's details", "Adult saved, with their relationship to the child", adult_f),
	SPEC("relationships", "adult", NULL, "The adult's relationship to the child",
	    "Relationship saved", adult_link_f),
	SPEC("contacts", "edit", "Add a contact", "Change the contact", "Contact saved",
	    contact_f),
	SPEC("referrals", "edit", "Add a referral", "Change the referral", "Referral saved",
	    referral_f),
	SPEC("referrals", "close", NULL, "Close the episode", "Episode closed", referral_close_f),
	SPEC("assessments", "edit", "Add an assessment", "Change the assessment",
	    "Assessment saved", assessment_f),
	SPEC("strategy_discussions", "edit", "Add a strategy discussion",
	    "Change the strategy discussion", "Strategy discussion saved", strategy_f),
	SPEC("s47_enquiries", "edit", "Add a section 47 enquiry", "Change the section 47 enquiry",
	    "Section 47 enquiry saved", s47_f),
	SPEC("cin_plans", "edit", "Add a child in need plan", "Change the child in need plan",
	    "Child in need plan saved", cin_plan_f),
	SPEC("care_periods", "edit", "Add a period in care", "Change the period in care",
	    "Period in care saved", care_f),
	SPEC("cp_plans", "end", NULL, "End the child protection plan",
	    "Child protection plan ended", plan_end_f),
	/* escalations (issue 11) */
	SPEC("escalations", "raise", NULL, "Raise an escalation", "Escalation raised",
	    esc_raise_f),
	SPEC("escalation_stages", "first", NULL, "Stage 1", "Escalation raised", esc_first_f),
	SPEC("escalation_stages", "open", NULL, "Take the escalation to its next stage",
	    "Escalation taken to its next stage", esc_open_f),
	SPEC("escalation_stages", "respond", NULL, "Answer a stage of the escalation",
	    "Escalation stage answered", esc_respond_f),
	SPEC("escalations", "resolve", NULL, "Record the escalation's resolution",
	    "Escalation resolved", esc_resolve_f),
	SPEC("lado_cases", "edit", "Add a LADO case", "Change the LADO case", "LADO case saved",
	    lado_case_f),
	SPEC("lado_meetings", "edit", "Record a meeting", NULL, "Meeting saved", lado_meeting_f),
	SPEC("missing_episodes", "edit", "Add a missing episode", "Change the missing episode",
	    "Missing episode saved", missing_f),
	SPEC("placements_in_area", "edit", "Add a placement by another authority",
	    "Change the placement by another authority", "Placement saved", placed_f),
	SPEC("child_deaths", "edit", "Notify a child's death", "Change the notification",
	    "Notification saved", death_f),	/* child deaths (issue 11, point 6) */
	SPEC("child_deaths", "review", NULL, "The panel's review", "Review saved",
	    death_review_f),
	/* migration_audits */
	SPEC("case_audits", "edit", "Add a multi-agency case audit", "Change the audit",
	    "Audit saved", audit_f),
	SPEC("audit_cases", "edit", "Add a case to the audit", "Grade the case", "Case saved",
	    audit_case_f),
	SPEC("audit_contributions", "edit", "Ask an agency for its return", NULL,
	    "Return asked for", audit_ask_f),
	SPEC("audit_contributions", "return", NULL, "The agency's return on the case",
	    "Return saved", audit_return_f),
	SPEC("practice_reviews", "edit", "Record a serious incident", "Change the review",
	    "Review saved", review_f),
	SPEC("self_assessments", "ask", "Ask for a self-assessment", NULL, "Self-assessment "
	    "asked for", sa_ask_f),
	SPEC("self_assessments", "section_11", NULL, "Return the Section 11 self-assessment",
	    "Self-assessment saved", sa_section_11_f),
	SPEC("self_assessments", "section_175", NULL, "Return the Section 175 "
	    "self-assessment", "Self-assessment saved", sa_section_175_f),
	SPEC("actions", "edit", "Add an action", "Change the action", "Action saved", action_f),
	SPEC("actions", "update", NULL, "Update the action", "Action updated",
	    action_update_f),
};

const struct rf_spec *
rf_specs(int *n)
{
	*n = N(specs);
	return specs;
}

const struct rf_spec *
rf_spec_find(const char *table, const char *verb)
{
	for (int i = 0; table && i < N(specs); i++)
		if (strcmp(specs[i].table, table) == 0 && strcmp(specs[i].verb, verb) == 0)
			return &specs[i];
	return NULL;
}
