/*
 * migrations.c: the store's schema, as an ordered list of migrations.
 *
 * A store records its schema version in PRAGMA user_version; opening it applies every
 * later migration in one transaction, and a store whose version is newer than this
 * binary's is refused (store.c). Migrations are history: once released, one is never
 * edited; a change is a new migration appended to the list.
 *
 * The tables follow the child-protection pathway of product.md section 2 and the census
 * grain of domain.md 1.3: a child has referrals (each one an episode of need, the
 * census CINdetails), and an episode has assessments, strategy discussions, section 47
 * enquiries, conferences, child protection plans and child in need plans. Every pathway
 * table carries child_id so that one child's record, a partner's need-to-know filter and
 * the census's per-child grouping are all one indexed lookup. Dates are ISO text
 * (YYYY-MM-DD), readable in the sqlite3 shell; code columns hold the codes of codes.c.
 * The columns are described again, for import, export and validation, in records.c; a
 * unit test keeps the two in step.
 */
#include "store/store_int.h"

static const char migration_1[] =
	"CREATE TABLE agencies("
	" id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, la_code TEXT"
	") STRICT;"
	"CREATE TABLE teams("
	" id INTEGER PRIMARY KEY, agency_id INTEGER NOT NULL REFERENCES agencies(id),"
	" name TEXT NOT NULL, kind TEXT NOT NULL"
	") STRICT;"
	"CREATE TABLE professionals("
	" id INTEGER PRIMARY KEY, agency_id INTEGER NOT NULL REFERENCES agencies(id),"
	" team_id INTEGER REFERENCES teams(id), given_name TEXT NOT NULL,"
	" family_name TEXT NOT NULL, role TEXT NOT NULL, email TEXT, phone TEXT"
	") STRICT;"
	"CREATE TABLE users("
	" id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE,"
	" professional_id INTEGER REFERENCES professionals(id), role TEXT NOT NULL,"
	" active INTEGER NOT NULL"
	") STRICT;"
	"CREATE TABLE households("
	" id INTEGER PRIMARY KEY, address TEXT, postcode TEXT"
	") STRICT;"
	"CREATE TABLE children("
	" id INTEGER PRIMARY KEY, la_child_id TEXT NOT NULL UNIQUE, given_name TEXT,"
	" family_name TEXT, birth_date TEXT, expected_birth_date TEXT, sex TEXT NOT NULL,"
	" ethnicity TEXT NOT NULL, disabilities TEXT, upn TEXT, former_upn TEXT,"
	" upn_unknown TEXT, nhs_number TEXT, death_date TEXT,"
	" household_id INTEGER REFERENCES households(id)"
	") STRICT;"
	"CREATE TABLE adults("
	" id INTEGER PRIMARY KEY, given_name TEXT NOT NULL, family_name TEXT NOT NULL,"
	" birth_date TEXT, sex TEXT NOT NULL, household_id INTEGER REFERENCES households(id)"
	") STRICT;"
	"CREATE TABLE relationships("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" relative_child_id INTEGER REFERENCES children(id),"
	" adult_id INTEGER REFERENCES adults(id), kind TEXT NOT NULL,"
	" parental_responsibility INTEGER,"
	" CHECK ((relative_child_id IS NULL) <> (adult_id IS NULL))"
	") STRICT;"
	"CREATE TABLE contacts("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" received_date TEXT NOT NULL, source TEXT NOT NULL, outcome TEXT NOT NULL"
	") STRICT;"
	"CREATE TABLE referrals("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" contact_id INTEGER REFERENCES contacts(id), received_date TEXT NOT NULL,"
	" source TEXT NOT NULL, primary_need TEXT, decision_date TEXT, nfa INTEGER NOT NULL,"
	" team_id INTEGER REFERENCES teams(id),"
	" social_worker_id INTEGER REFERENCES professionals(id),"
	" closure_date TEXT, closure_reason TEXT"
	") STRICT;"
	"CREATE TABLE assessments("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" referral_id INTEGER NOT NULL REFERENCES referrals(id), start_date TEXT NOT NULL,"
	" internal_review_date TEXT, authorised_date TEXT, factors TEXT,"
	" social_worker_id INTEGER REFERENCES professionals(id),"
	" authorised_by_id INTEGER REFERENCES professionals(id), child_seen INTEGER"
	") STRICT;"
	"CREATE TABLE strategy_discussions("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" referral_id INTEGER NOT NULL REFERENCES referrals(id), held_date TEXT NOT NULL,"
	" police_present INTEGER, health_present INTEGER, education_present INTEGER,"
	" outcome TEXT NOT NULL"
	") STRICT;"
	"CREATE TABLE s47_enquiries("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" referral_id INTEGER NOT NULL REFERENCES referrals(id),"
	" strategy_discussion_id INTEGER REFERENCES strategy_discussions(id),"
	" start_date TEXT NOT NULL, icpc_target_date TEXT, completed_date TEXT, outcome TEXT,"
	" icpc_not_required INTEGER NOT NULL"
	") STRICT;"
	"CREATE TABLE conferences("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" referral_id INTEGER NOT NULL REFERENCES referrals(id), kind TEXT NOT NULL,"
	" s47_id INTEGER REFERENCES s47_enquiries(id),"
	" plan_id INTEGER REFERENCES cp_plans(id) DEFERRABLE INITIALLY DEFERRED,"
	" scheduled_date TEXT NOT NULL, rescheduled_from TEXT, held_date TEXT,"
	" chair_id INTEGER REFERENCES professionals(id), report_to_chair_date TEXT,"
	" report_to_parents_date TEXT, parents_met_chair INTEGER, parents_understood INTEGER,"
	" child_participation TEXT, advocate INTEGER, decision TEXT, categories TEXT,"
	" key_worker_id INTEGER REFERENCES professionals(id), dissent INTEGER,"
	" plan_circulated_date TEXT, minutes_circulated_date TEXT, transfer_from TEXT"
	") STRICT;"
	"CREATE TABLE conference_invitees("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" conference_id INTEGER NOT NULL REFERENCES conferences(id),"
	" agency_id INTEGER NOT NULL REFERENCES agencies(id),"
	" professional_id INTEGER REFERENCES professionals(id), invited_date TEXT,"
	" report_requested INTEGER NOT NULL, report_date TEXT, attended INTEGER NOT NULL,"
	" apologies INTEGER NOT NULL"
	") STRICT;"
	"CREATE TABLE cp_plans("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" referral_id INTEGER NOT NULL REFERENCES referrals(id),"
	" start_conference_id INTEGER NOT NULL REFERENCES conferences(id),"
	" start_date TEXT NOT NULL, initial_category TEXT NOT NULL,"
	" latest_category TEXT NOT NULL, previous_plans INTEGER NOT NULL,"
	" core_group_interval_days INTEGER, key_worker_id INTEGER REFERENCES professionals(id),"
	" end_date TEXT, end_reason TEXT,"
	" end_conference_id INTEGER REFERENCES conferences(id)"
	") STRICT;"
	"CREATE TABLE core_group_members("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" conference_id INTEGER NOT NULL REFERENCES conferences(id),"
	" professional_id INTEGER NOT NULL REFERENCES professionals(id)"
	") STRICT;"
	"CREATE TABLE core_groups("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" plan_id INTEGER NOT NULL REFERENCES cp_plans(id), scheduled_date TEXT,"
	" held_date TEXT"
	") STRICT;"
	"CREATE TABLE core_group_attendance("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" core_group_id INTEGER NOT NULL REFERENCES core_groups(id),"
	" professional_id INTEGER NOT NULL REFERENCES professionals(id),"
	" attended INTEGER NOT NULL, apologies INTEGER NOT NULL"
	") STRICT;"
	"CREATE TABLE visits("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" plan_id INTEGER REFERENCES cp_plans(id), visit_date TEXT NOT NULL,"
	" professional_id INTEGER REFERENCES professionals(id), seen INTEGER NOT NULL,"
	" seen_alone INTEGER NOT NULL"
	") STRICT;"
	"CREATE TABLE cin_plans("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" referral_id INTEGER NOT NULL REFERENCES referrals(id), start_date TEXT NOT NULL,"
	" end_date TEXT"
	") STRICT;"
	"CREATE TABLE care_periods("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" referral_id INTEGER REFERENCES referrals(id), start_date TEXT NOT NULL,"
	" end_date TEXT, legal_status TEXT"
	") STRICT;"
	"CREATE TABLE settings("
	" id INTEGER PRIMARY KEY, key TEXT NOT NULL, value TEXT NOT NULL,"
	" effective_from TEXT NOT NULL, UNIQUE (key, effective_from)"
	") STRICT;"
	/* One index a pathway table on child_id: a child's record, a partner's filter. */
	"CREATE INDEX relationships_child ON relationships(child_id);"
	"CREATE INDEX contacts_child ON contacts(child_id);"
	"CREATE INDEX referrals_child ON referrals(child_id);"
	"CREATE INDEX assessments_child ON assessments(child_id);"
	"CREATE INDEX strategy_discussions_child ON strategy_discussions(child_id);"
	"CREATE INDEX s47_enquiries_child ON s47_enquiries(child_id);"
	"CREATE INDEX conferences_child ON conferences(child_id);"
	"CREATE INDEX conference_invitees_child ON conference_invitees(child_id);"
	"CREATE INDEX cp_plans_child ON cp_plans(child_id);"
	"CREATE INDEX core_group_members_child ON core_group_members(child_id);"
	"CREATE INDEX core_groups_child ON core_groups(child_id);"
	"CREATE INDEX core_group_attendance_child ON core_group_attendance(child_id);"
	"CREATE INDEX visits_child ON visits(child_id);"
	"CREATE INDEX cin_plans_child ON cin_plans(child_id);"
	"CREATE INDEX care_periods_child ON care_periods(child_id);";

/*
 * The audit trail (store_audit.c): who did what to which record, when and from where,
 * each entry chained to the one before by a BLAKE2b hash. ids are given by the store, 1,
 * 2, 3 ... with no gaps, so that a removed entry shows as a hole. Readers look up one
 * child's entries, newest first (child_id, id), and one person's over some days
 * (username, at). The triggers make the table append-only for every connection, the
 * sqlite3 shell included; the store's own connections also refuse such statements before
 * they run (store_guard.c). It is no record of records.c: it is never exported or
 * imported, and a restore keeps the trail of the backup.
 */
static const char migration_2[] =
	"CREATE TABLE audit("
	" id INTEGER PRIMARY KEY CHECK (id >= 1), at TEXT NOT NULL,"
	" user_id INTEGER NOT NULL, username TEXT, role TEXT, address TEXT,"
	" action TEXT NOT NULL, table_name TEXT, record_id INTEGER, child_id INTEGER,"
	" what TEXT, reason TEXT, detail TEXT,"
	" prev_hash BLOB NOT NULL CHECK (length(prev_hash) = 32),"
	" hash BLOB NOT NULL CHECK (length(hash) = 32)"
	") STRICT;"
	"CREATE INDEX audit_child_id ON audit(child_id, id);"
	"CREATE INDEX audit_user_at ON audit(username, at);"
	"CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN"
	" SELECT RAISE(ABORT, 'the audit trail is append-only: an entry cannot be changed');"
	" END;"
	"CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN"
	" SELECT RAISE(ABORT, 'the audit trail is append-only: an entry cannot be removed');"
	" END;";

/*
 * The web interface's own tables: what login and need-to-know rest on, kept apart from
 * the records (they are not exported: a password hash or a session has no place in a
 * file that travels). Sessions and API tokens are stored only as BLAKE2b digests of the
 * secret the client holds. store_generation
 * counts the transactions that changed records (store_generation.c), so that a server
 * holding the area in memory knows when to read it again.
 */
static const char migration_web[] =
	"CREATE TABLE user_credentials("
	" user_id INTEGER PRIMARY KEY REFERENCES users(id), password_hash TEXT NOT NULL,"
	" changed_at TEXT NOT NULL, demo_password TEXT"
	") STRICT;"
	"CREATE TABLE sessions("
	" digest BLOB PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id),"
	" csrf TEXT NOT NULL, created_at INTEGER NOT NULL, seen_at INTEGER NOT NULL"
	") STRICT, WITHOUT ROWID;"
	"CREATE INDEX sessions_user ON sessions(user_id);"
	"CREATE TABLE api_tokens("
	" id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id),"
	" digest BLOB NOT NULL UNIQUE, created_at INTEGER NOT NULL, used_at INTEGER,"
	" revoked INTEGER NOT NULL DEFAULT 0"
	") STRICT;"
	"CREATE TABLE access_reasons("
	" id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id),"
	" child_id INTEGER NOT NULL REFERENCES children(id), at INTEGER NOT NULL,"
	" until INTEGER NOT NULL, reason TEXT NOT NULL"
	") STRICT;"
	"CREATE INDEX access_reasons_by_child ON access_reasons(child_id, user_id);"
	"CREATE INDEX access_reasons_at ON access_reasons(at);"
	"CREATE INDEX children_nhs ON children(nhs_number);"
	"CREATE INDEX children_birth ON children(birth_date);"
	"CREATE TABLE store_generation(n INTEGER NOT NULL) STRICT;"
	"INSERT INTO store_generation VALUES (0);";

/*
 * Who referred (a partner agency sees the children it referred) and who may open a
 * restricted child's record: a child with any restrictions row is restricted, and open
 * only to the users named there (one row a person, hence the UNIQUE). A column added by
 * ALTER TABLE goes last, so records.c lists it last too.
 */
static const char migration_3[] =
	"ALTER TABLE referrals ADD COLUMN referrer_agency_id INTEGER REFERENCES agencies(id);"
	"CREATE TABLE restrictions("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" user_id INTEGER NOT NULL REFERENCES users(id), reason TEXT,"
	" UNIQUE (child_id, user_id)"
	") STRICT;"
	"CREATE INDEX restrictions_child ON restrictions(child_id);";

/*
 * Sign-off (migration_sign): the decisions a team manager must authorise, and who signed
 * each and when. A referral closed with no further action, the outcome of a section 47
 * enquiry and the end of a child protection plan each get a signature: its date and the
 * professional who gave it, empty until a manager signs. An assessment already had its
 * signature (authorised_date and authorised_by_id: the census's AssessmentAuthorisationDate
 * is the manager's authorisation, the completion date of the 45-working-day measure); what
 * it lacked is the social worker's part, submitted_date, the day the assessment was
 * completed and sent to the manager. A decision made but not signed awaits authorisation.
 */
static const char migration_sign[] =
	"ALTER TABLE referrals ADD COLUMN nfa_authorised_date TEXT;"
	"ALTER TABLE referrals ADD COLUMN nfa_authorised_by_id INTEGER"
	" REFERENCES professionals(id);"
	"ALTER TABLE assessments ADD COLUMN submitted_date TEXT;"
	"ALTER TABLE s47_enquiries ADD COLUMN outcome_authorised_date TEXT;"
	"ALTER TABLE s47_enquiries ADD COLUMN outcome_authorised_by_id INTEGER"
	" REFERENCES professionals(id);"
	"ALTER TABLE cp_plans ADD COLUMN end_authorised_date TEXT;"
	"ALTER TABLE cp_plans ADD COLUMN end_authorised_by_id INTEGER"
	" REFERENCES professionals(id);";

/*
 * Health lookups (page_lookup.c): a lookup that found a child on a plan or looked after,
 * for the child's social worker to acknowledge. Looked up by child for the child's page.
 */
static const char migration_lookup[] =
	"CREATE TABLE health_lookups("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" lookup_date TEXT NOT NULL, user_id INTEGER NOT NULL REFERENCES users(id),"
	" answer TEXT NOT NULL, acknowledged_date TEXT,"
	" acknowledged_by_id INTEGER REFERENCES professionals(id)"
	") STRICT;"
	"CREATE INDEX health_lookups_child ON health_lookups(child_id);";

/*
 * A conference's whole life (migration_conf): its time and venue, a cancellation and
 * why, the child's views and the outline plan; each invitee's answer before it sits; the
 * agencies' reports as sent; to whom the plan and minutes went; a core group's notes and
 * the actions it agreed; the plan itself as outcomes and the actions that reach them. A
 * column added by ALTER TABLE goes last, and records.c lists it last too.
 */
static const char migration_conf[] =
	"ALTER TABLE conferences ADD COLUMN scheduled_time TEXT;"
	"ALTER TABLE conferences ADD COLUMN venue TEXT;"
	"ALTER TABLE conferences ADD COLUMN cancelled_date TEXT;"
	"ALTER TABLE conferences ADD COLUMN cancel_reason TEXT;"
	"ALTER TABLE conferences ADD COLUMN child_views TEXT;"
	"ALTER TABLE conferences ADD COLUMN outline_plan TEXT;"
	"ALTER TABLE conference_invitees ADD COLUMN replied_date TEXT;"
	"ALTER TABLE conference_invitees ADD COLUMN reply_attending INTEGER;"
	"ALTER TABLE core_groups ADD COLUMN notes TEXT;"
	"CREATE TABLE conference_reports("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" conference_id INTEGER NOT NULL REFERENCES conferences(id),"
	" invitee_id INTEGER NOT NULL REFERENCES conference_invitees(id),"
	" agency_id INTEGER NOT NULL REFERENCES agencies(id),"
	" user_id INTEGER REFERENCES users(id), submitted_date TEXT NOT NULL,"
	" submitted_time TEXT NOT NULL, late INTEGER NOT NULL, involvement TEXT NOT NULL,"
	" concerns TEXT NOT NULL, strengths TEXT, recommendation TEXT NOT NULL"
	") STRICT;"
	"CREATE INDEX conference_reports_child ON conference_reports(child_id);"
	"CREATE TABLE conference_circulation("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" conference_id INTEGER NOT NULL REFERENCES conferences(id), document TEXT NOT NULL,"
	" invitee_id INTEGER REFERENCES conference_invitees(id), recipient TEXT NOT NULL,"
	" sent_date TEXT NOT NULL"
	") STRICT;"
	"CREATE INDEX conference_circulation_child ON conference_circulation(child_id);"
	"CREATE TABLE core_group_actions("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" core_group_id INTEGER NOT NULL REFERENCES core_groups(id), action TEXT NOT NULL,"
	" owner_id INTEGER REFERENCES professionals(id), due_date TEXT, done_date TEXT"
	") STRICT;"
	"CREATE INDEX core_group_actions_child ON core_group_actions(child_id);"
	"CREATE TABLE plan_actions("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" plan_id INTEGER NOT NULL REFERENCES cp_plans(id), outcome TEXT NOT NULL,"
	" action TEXT NOT NULL, owner_id INTEGER REFERENCES professionals(id), due_date TEXT,"
	" done_date TEXT"
	") STRICT;"
	"CREATE INDEX plan_actions_child ON plan_actions(child_id);";

/*
 * Escalations (issue 11): professional disagreements and their stages, each stage
 * answered by the manager it went to. Looked up by child for the child's page.
 */
static const char migration_escalation[] =
	"CREATE TABLE escalations("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" conference_id INTEGER REFERENCES conferences(id), raised_date TEXT NOT NULL,"
	" raised_by_id INTEGER NOT NULL REFERENCES professionals(id),"
	" raised_by_agency_id INTEGER NOT NULL REFERENCES agencies(id),"
	" about_agency_id INTEGER NOT NULL REFERENCES agencies(id),"
	" about_team_id INTEGER REFERENCES teams(id), category TEXT NOT NULL,"
	" concern TEXT NOT NULL, resolved_date TEXT, outcome TEXT, resolution TEXT"
	") STRICT;"
	"CREATE INDEX escalations_child ON escalations(child_id);"
	"CREATE TABLE escalation_stages("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" escalation_id INTEGER NOT NULL REFERENCES escalations(id), stage INTEGER NOT NULL,"
	" opened_date TEXT NOT NULL, responder_id INTEGER REFERENCES professionals(id),"
	" response_date TEXT, response TEXT"
	") STRICT;"
	"CREATE INDEX escalation_stages_child ON escalation_stages(child_id);";

/*
 * The LADO (issue 11, point 2; domain.md 3.2): allegations against people who work with
 * children, and the strategy and evaluation meetings held on them. A case names no child
 * of its own (linked_child_id is a link the LADO may make, not the record's owner), so no
 * child's page, export or search reaches it; only the LADO's routes read these tables.
 */
static const char migration_lado[] =
	"CREATE TABLE lado_cases("
	" id INTEGER PRIMARY KEY, kind TEXT NOT NULL, received_date TEXT NOT NULL,"
	" referrer_agency_id INTEGER NOT NULL REFERENCES agencies(id),"
	" employee_given_name TEXT NOT NULL, employee_family_name TEXT NOT NULL,"
	" employer TEXT, sector TEXT NOT NULL, employee_role TEXT NOT NULL,"
	" category TEXT NOT NULL, thresholds TEXT, considered_date TEXT,"
	" police_involved INTEGER, csc_involved INTEGER, suspended INTEGER, outcome TEXT,"
	" resolved_date TEXT, referred_to TEXT, referred_date TEXT,"
	" linked_child_id INTEGER REFERENCES children(id),"
	" officer_id INTEGER REFERENCES professionals(id)"
	") STRICT;"
	"CREATE TABLE lado_meetings("
	" id INTEGER PRIMARY KEY, lado_case_id INTEGER NOT NULL REFERENCES lado_cases(id),"
	" kind TEXT NOT NULL, held_date TEXT NOT NULL"
	") STRICT;"
	"CREATE INDEX lado_meetings_case ON lado_meetings(lado_case_id);";

/*
 * Quality assurance of conferences (migration_qa): the chair's quality form, one for each
 * conference (conference_id is unique), and the feedback of the family, as many forms as come
 * back: a parent's or the child's, entered for them by the chair or the social worker.
 */
static const char migration_qa[] =
	"CREATE TABLE conference_quality("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" conference_id INTEGER NOT NULL UNIQUE REFERENCES conferences(id),"
	" completed_date TEXT NOT NULL, premeeting_held INTEGER NOT NULL,"
	" report_to_chair_in_time INTEGER NOT NULL, reports_shared_in_time INTEGER NOT NULL,"
	" agencies_contributed INTEGER NOT NULL, child_voice_heard INTEGER NOT NULL,"
	" plan_smart INTEGER NOT NULL, rating TEXT NOT NULL, comments TEXT"
	") STRICT;"
	"CREATE INDEX conference_quality_child ON conference_quality(child_id);"
	"CREATE TABLE conference_feedback("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" conference_id INTEGER NOT NULL REFERENCES conferences(id),"
	" respondent TEXT NOT NULL, received_date TEXT NOT NULL, understood_why INTEGER,"
	" listened_to INTEGER, met_chair INTEGER, would_change TEXT, comments TEXT"
	") STRICT;"
	"CREATE INDEX conference_feedback_child ON conference_feedback(child_id);";

/*
 * Operation Encompass (migration_encompass): the police's notification to a child's
 * school of a domestic abuse incident the child was involved in, and when the school's
 * designated safeguarding lead read it. Looked up by child for the child's page, and by
 * school for the lead's page.
 */
static const char migration_encompass[] =
	"CREATE TABLE encompass_notifications("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" school_id INTEGER NOT NULL REFERENCES agencies(id),"
	" police_agency_id INTEGER NOT NULL REFERENCES agencies(id),"
	" police_reference TEXT NOT NULL, incident_date TEXT NOT NULL,"
	" incident_time TEXT NOT NULL, child_present INTEGER NOT NULL, sent_date TEXT,"
	" sent_time TEXT, read_date TEXT, read_time TEXT,"
	" read_by_id INTEGER REFERENCES professionals(id)"
	") STRICT;"
	"CREATE INDEX encompass_notifications_child ON encompass_notifications(child_id);"
	"CREATE INDEX encompass_notifications_school ON encompass_notifications(school_id);";

/*
 * Missing episodes (migration_missing): a child missing from home or care, their return,
 * and the independent return interview offered (within 72 hours of the return) and
 * whether the child accepted it. Looked up by child for the child's page.
 */
static const char migration_missing[] =
	"CREATE TABLE missing_episodes("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" start_date TEXT NOT NULL, return_date TEXT, interview_offered_date TEXT,"
	" interview_accepted INTEGER, interview_date TEXT"
	") STRICT;"
	"CREATE INDEX missing_episodes_child ON missing_episodes(child_id);";

/*
 * Children placed in the area by other local authorities (migration_placed): the placing
 * authority, the kind of placement and its provider, its dates, and the dates this area
 * was told of its start and its end (the Care Planning, Placement and Case Review (England)
 * Regulations 2010, regulations 13(4) and 14). Looked up by child for the child's page.
 */
static const char migration_placed[] =
	"CREATE TABLE placements_in_area("
	" id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
	" placing_authority TEXT NOT NULL, placing_la_code TEXT, placement_kind TEXT NOT NULL,"
	" provider TEXT, emergency INTEGER, start_date TEXT NOT NULL, notified_date TEXT,"
	" end_date TEXT, end_notified_date TEXT, placing_contact TEXT"
	") STRICT;"
	"CREATE INDEX placements_in_area_child ON placements_in_area(child_id);";

/*
 * Child deaths (migration_child_deaths; issue 11, point 6; domain.md 5): the notification
 * of a child's death, the joint agency response to an unexpected one, and the child death
 * overview panel's review. A death need not be of a child the store knows: the child's
 * record is linked when there is one, else the age band, sex and ethnicity are recorded.
 * Read and written by the child death review role alone, like the LADO's cases.
 */
static const char migration_child_deaths[] =
	"CREATE TABLE child_deaths("
	" id INTEGER PRIMARY KEY, death_date TEXT NOT NULL, notified_date TEXT NOT NULL,"
	" notifying_agency_id INTEGER NOT NULL REFERENCES agencies(id),"
	" linked_child_id INTEGER REFERENCES children(id), age_band TEXT, sex TEXT,"
	" ethnicity TEXT, expectation TEXT NOT NULL, jar_held INTEGER, jar_date TEXT,"
	" known_to_csc INTEGER, on_plan INTEGER, looked_after INTEGER, cdop_date TEXT,"
	" category TEXT, modifiable TEXT, factors_child TEXT, factors_social TEXT,"
	" factors_physical TEXT, factors_service TEXT, learning TEXT, practice_review INTEGER"
	") STRICT;";

/*
 * Training (migration_training; issue 11, point 5): the partnership's courses, their
 * sessions, and the places booked on them by the people of each agency, with attendance,
 * a cancellation, the fee for not attending and the person's evaluation of the session.
 * A booking names no child: it is of a professional, and looked up by session and agency.
 */
static const char migration_training[] =
	"CREATE TABLE training_courses("
	" id INTEGER PRIMARY KEY, title TEXT NOT NULL, level TEXT NOT NULL, audience TEXT,"
	" description TEXT, active INTEGER NOT NULL"
	") STRICT;"
	"CREATE TABLE training_sessions("
	" id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES training_courses(id),"
	" session_date TEXT NOT NULL, start_time TEXT NOT NULL, venue TEXT,"
	" online INTEGER NOT NULL, places INTEGER NOT NULL, register_date TEXT"
	") STRICT;"
	"CREATE INDEX training_sessions_course ON training_sessions(course_id);"
	"CREATE TABLE training_bookings("
	" id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES training_sessions(id),"
	" given_name TEXT NOT NULL, family_name TEXT NOT NULL, email TEXT,"
	" professional_id INTEGER REFERENCES professionals(id),"
	" agency_id INTEGER NOT NULL REFERENCES agencies(id), booked_date TEXT NOT NULL,"
	" status TEXT NOT NULL, cancelled_date TEXT, fee_applies INTEGER, fee_pounds INTEGER,"
	" evaluation_date TEXT, confidence_before INTEGER, confidence_after INTEGER,"
	" rating INTEGER"
	") STRICT;"
	"CREATE INDEX training_bookings_session ON training_bookings(session_id);"
	"CREATE INDEX training_bookings_agency ON training_bookings(agency_id);";

/*
 * Multi-agency case audits (issue 11, point 4; migration_audits): an audit on a theme over
 * a period, the cases (children) it samples, each agency's return on a case (its
 * chronology, its own grade and findings) and the multi-agency grade the audit gives the
 * case; the serious incidents and their rapid and practice reviews (issue 11, point 8);
 * and the actions that come of either. The actions are one table for every kind of
 * learning the partnership tracks, each naming the one record it belongs to (audit_id or
 * review_id; a self-assessment would name its own in a column of its own), so one page,
 * one clock and one set of figures serve them all.
 */
static const char migration_audits[] =
	"CREATE TABLE case_audits("
	" id INTEGER PRIMARY KEY, theme TEXT NOT NULL, period_from TEXT NOT NULL,"
	" period_to TEXT NOT NULL, status TEXT NOT NULL, started_date TEXT NOT NULL,"
	" completed_date TEXT, learning TEXT"
	") STRICT;"
	"CREATE TABLE audit_cases("
	" id INTEGER PRIMARY KEY, audit_id INTEGER NOT NULL REFERENCES case_audits(id),"
	" case_child_id INTEGER NOT NULL REFERENCES children(id), grade TEXT, graded_date TEXT,"
	" findings TEXT"
	") STRICT;"
	"CREATE INDEX audit_cases_audit ON audit_cases(audit_id);"
	"CREATE TABLE audit_contributions("
	" id INTEGER PRIMARY KEY, audit_case_id INTEGER NOT NULL REFERENCES audit_cases(id),"
	" agency_id INTEGER NOT NULL REFERENCES agencies(id), requested_date TEXT NOT NULL,"
	" chronology_date TEXT, grade TEXT, findings TEXT"
	") STRICT;"
	"CREATE INDEX audit_contributions_case ON audit_contributions(audit_case_id);"
	"CREATE TABLE practice_reviews("
	" id INTEGER PRIMARY KEY, subject_child_id INTEGER REFERENCES children(id),"
	" incident_date TEXT NOT NULL, aware_date TEXT NOT NULL, notified_date TEXT,"
	" rapid_review_date TEXT, decision TEXT, decision_date TEXT, cspr_started_date TEXT,"
	" cspr_published_date TEXT, summary TEXT NOT NULL, findings TEXT"
	") STRICT;"
	"CREATE TABLE actions("
	" id INTEGER PRIMARY KEY, audit_id INTEGER REFERENCES case_audits(id),"
	" action TEXT NOT NULL, owner_agency_id INTEGER NOT NULL REFERENCES agencies(id),"
	" owner_id INTEGER REFERENCES professionals(id), set_date TEXT NOT NULL,"
	" due_date TEXT NOT NULL, status TEXT NOT NULL, evidence TEXT, completed_date TEXT,"
	" review_id INTEGER REFERENCES practice_reviews(id)"
	") STRICT;"
	"CREATE INDEX actions_audit ON actions(audit_id);";

/*
 * Agencies' self-assessments (issue 11, point 8; migration_self_assessments): each
 * agency's Section 11 return (Children Act 2004) and each school's Section 175 return
 * (Education Act 2002) for a period, its grade on each of the eight standards of its kind
 * (standard_1 to standard_8, whose meaning the kind gives: rform_specs.c, docs/api.md),
 * its overall grade, and its actions in the one table of actions (self_assessment_id,
 * added last to actions; an action names exactly one audit, review or self-assessment).
 */
static const char migration_self_assessments[] =
	"CREATE TABLE self_assessments("
	" id INTEGER PRIMARY KEY, agency_id INTEGER NOT NULL REFERENCES agencies(id),"
	" kind TEXT NOT NULL, period_from TEXT NOT NULL, period_to TEXT NOT NULL,"
	" requested_date TEXT NOT NULL, returned_date TEXT, standard_1 TEXT, standard_2 TEXT,"
	" standard_3 TEXT, standard_4 TEXT, standard_5 TEXT, standard_6 TEXT, standard_7 TEXT,"
	" standard_8 TEXT, overall_grade TEXT, summary TEXT"
	") STRICT;"
	"CREATE INDEX self_assessments_agency ON self_assessments(agency_id);"
	"ALTER TABLE actions ADD COLUMN self_assessment_id INTEGER REFERENCES self_assessments(id);"
	"CREATE INDEX actions_self_assessment ON actions(self_assessment_id);";

const char *const store_migrations[] = {
	migration_1,
	migration_2,
	migration_3,
	migration_web,
	migration_sign,
	migration_lookup,
	migration_conf,
	migration_escalation,
	migration_lado,
	migration_qa,
	migration_encompass,
	migration_missing,
	migration_placed,
	migration_child_deaths,	/* child deaths (issue 11, point 6) */
	migration_training,	/* training (issue 11, point 5) */
	migration_audits,	/* multi-agency case audits (issue 11, point 4) */
	migration_self_assessments,	/* Section 11 and 175 self-assessments (point 8) */
};
const int store_nmigrations = (int)(sizeof store_migrations / sizeof store_migrations[0]);
