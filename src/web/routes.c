/*
 * routes.c: every page and API path of safeguard, one row each: method, pattern, the
 * roles that may ask for it, the scope that decides which records (web_int.h, access.c),
 * the handler, and flags. This table is the whole permission model: no handler checks a
 * role of its own, and the table of what each role reads through the API (the rows
 * /api/v1/TABLE/{id}) is the same table that the pages' need-to-know consults
 * (web_table_readable); the rows that write a table through the API (POST, PATCH) say
 * who writes it (web_table_writable). tests/unit/test_web_routes.c walks it: every row has a summary,
 * no two rows clash, and every role is tried on every row, expecting exactly what the row
 * says. docs/api.md documents the API rows.
 */
#include "web/pages.h"
#include "web/qa.h"
#include "web/web_int.h"

#include <string.h>

#define CASE R_CASE
#define PARTNER_TOO (R_CASE | R_PARTNER)
#define WORKERS (R_CASE | R_PARTNER | R_LADO | R_SCHOOL | R_CDOP)
#define STAFF (R_ALL & ~R_HEALTH)
#define CONVENE (R_SW | R_MANAGER | R_CHAIR)	/* call, change and record conferences */
/* The figures: those who oversee the work (product.md 1: managers, chairs watching for
 * drift, senior managers, performance staff); an analyst's lists of children have no names. */
#define FIGURES (R_MANAGER | R_CHAIR | R_SENIOR | R_ANALYST)
/* Multi-agency case audits (migration_audits): the partnership's quality-assurance
 * subgroup (team and senior managers) runs them; a partner sees and updates its own
 * agency's returns and actions only (access.c). */
#define AUDIT_QA (R_MANAGER | R_SENIOR)

/* One record table through the API: a record by id, and one child's records of it. */
#define API_TABLE(t, roles)                                                              \
	{"GET", "/api/v1/" t "/{id}", roles, SC_RECORD, t, api_record, F_API | F_VIEW,     \
	 "one record of " t ", as the JSON export writes it"},                               \
	{"GET", "/api/v1/" t, roles, SC_TABLE, t, api_records, F_API | F_VIEW,             \
	 "the records of " t " (of one child: ?child_id=N)"}

/* One record table written through the API: a new record, and fields of one changed.
 * The roles are those of the forms that write the table. */
#define API_WRITE(t, roles)                                                              \
	{"POST", "/api/v1/" t, roles, SC_NEW, t, api_create, F_API,                        \
	 "a new record of " t ", its fields named as the JSON export names them"},          \
	{"PATCH", "/api/v1/" t "/{id}", roles, SC_RECORD, t, api_patch, F_API,             \
	 "change fields of one record of " t " (If-Match: the ETag its GET sent)"}
#define CASE_W (R_SW | R_MANAGER)		/* write the case records */
/* Training (issue 11, point 5): run by the partnership's business unit, whose training
 * administrator is a senior manager; seen and booked by the area's staff and partners,
 * each partner their own agency's bookings only (access.c). */
#define TRAIN_ADMIN R_SENIOR
#define TRAIN_BOOK (R_CASE | R_PARTNER)
#define MEET_W (R_SW | R_MANAGER | R_CHAIR)	/* ... and conferences and core groups */

static const struct web_route routes[] = {
	{"GET", "/assets/*", 0, SC_PUBLIC, NULL, page_asset, F_STATIC,
	 "styles, fonts, images and the script, from the binary"},
	{"GET", "/", R_ALL, SC_SELF, NULL, page_root, 0, "the start page of the person's role"},
	{"GET", "/login", 0, SC_PUBLIC, NULL, page_login, 0, "the login form"},
	{"POST", "/login", 0, SC_PUBLIC, NULL, page_login_post, F_ANON_FORM, "log in"},
	{"POST", "/logout", R_ALL, SC_SELF, NULL, page_logout, 0, "log out: the session ends"},
	{"GET", "/account", R_ALL, SC_SELF, NULL, page_account, 0, "your account"},
	{"POST", "/account/password", R_ALL, SC_SELF, NULL, page_account_password, 0,
	 "change your password"},

	{"GET", "/worklist", WORKERS, SC_SELF, NULL, page_worklist, 0,
	 "my work: overdue and due, a manager's team, a chair's conferences and plans"},
	{"GET", "/overview", R_ANALYST | R_SENIOR | R_MANAGER, SC_AREA, NULL, page_overview, 0,
	 "the area's timeliness, without names"},
	/* Annex A lists name children: for returns and inspection, not for partners or
	 * case workers (page_annex.c); an analyst's lists carry no child's name. */
	{"GET", "/annex-a", R_MANAGER | R_SENIOR | R_ANALYST, SC_SELF, NULL, page_annex, 0,
	 "Ofsted's Annex A lists: those asked for, being prepared or ready, and the form"},
	{"POST", "/annex-a", R_MANAGER | R_SENIOR | R_ANALYST, SC_SELF, NULL, page_annex_post,
	 0, "ask for the Annex A lists as of a date, prepared away from the request"},
	{"GET", "/annex-a/{id}/{id}", R_MANAGER | R_SENIOR | R_ANALYST, SC_SELF, NULL,
	 page_annex_download, 0, "one Annex A list of an export of one's own, as CSV (audited)"},
	{"GET", "/figures", FIGURES, SC_AREA, NULL, page_figures, 0,
	 "the figures: each with the previous period's, England's and its trend, filtered"},
	{"GET", "/figures.csv", FIGURES, SC_AREA, NULL, page_figures_csv, 0,
	 "every figure as CSV, a line a row, with the dashboard's filters"},
	/* NAME/children: a figure's name is a word, not an {id}. */
	{"GET", "/figures/*", FIGURES, SC_AREA, NULL, page_figure_children, 0,
	 "the children behind a figure's number (NAME/children?row=KEY), as the role may see"},
	{"GET", "/search", PARTNER_TOO, SC_AREA, NULL, page_search, 0,
	 "find a child by name, local id, NHS number or date of birth"},
	{"GET", "/children/{id}", PARTNER_TOO, SC_CHILD, NULL, page_child, F_VIEW,
	 "the child's record"},
	{"POST", "/children/{id}/reason", PARTNER_TOO, SC_CHILD, NULL, page_child_reason,
	 F_REASON, "say why a restricted record is opened"},
	{"GET", "/children/{id}/views", CASE, SC_CHILD, NULL, page_child_views, F_VIEW,
	 "who has viewed the child's record"},
	{"POST", "/children/{id}/lookups/{id}", CASE, SC_CHILD, NULL, page_child_lookup_ack, 0,
	 "acknowledge a health lookup of the child"},
	{"GET", "/conferences/{id}", PARTNER_TOO, SC_CONFERENCE, NULL, page_conference, F_VIEW,
	 "a conference: invitees, reports, attendance, decision"},
	{"GET", "/children/{id}/conferences/new", CONVENE, SC_CHILD, NULL, page_conf_new, F_VIEW,
	 "the form to schedule a conference for the child"},
	{"POST", "/children/{id}/conferences", CONVENE, SC_CHILD, NULL, page_conf_schedule, 0,
	 "schedule a conference: type, date, time, venue, chair"},
	{"GET", "/conferences/{id}/reschedule", CONVENE, SC_CONFERENCE, NULL,
	 page_conf_reschedule_form, F_VIEW, "the form to move a conference"},
	{"POST", "/conferences/{id}/reschedule", CONVENE, SC_CONFERENCE, NULL,
	 page_conf_reschedule, 0, "move a conference, keeping the date first booked"},
	{"GET", "/conferences/{id}/cancel", CONVENE, SC_CONFERENCE, NULL, page_conf_cancel_form,
	 F_VIEW, "the form to cancel a conference"},
	{"POST", "/conferences/{id}/cancel", CONVENE, SC_CONFERENCE, NULL, page_conf_cancel, 0,
	 "cancel a conference, with the reason"},
	{"GET", "/conferences/{id}/invite", CONVENE, SC_CONFERENCE, NULL, page_conf_invite_form,
	 F_VIEW, "the form to invite an agency or a professional"},
	{"POST", "/conferences/{id}/invite", CONVENE, SC_CONFERENCE, NULL, page_conf_invite, 0,
	 "invite an agency or a professional, asking for a report or not"},
	{"GET", "/invitations", R_PARTNER, SC_SELF, NULL, page_invitations, 0,
	 "a partner's invitations to conferences, with the dates their reports are due"},
	{"GET", "/conferences/{id}/respond", R_PARTNER, SC_CONFERENCE, NULL, page_conf_respond,
	 F_VIEW, "a partner's invitation: their answer and their report"},
	{"POST", "/conferences/{id}/reply", R_PARTNER, SC_CONFERENCE, NULL, page_conf_reply, 0,
	 "a partner answers: attending, or apologies"},
	{"POST", "/conferences/{id}/report", R_PARTNER, SC_CONFERENCE, NULL, page_conf_report, 0,
	 "a partner sends their agency's report to the conference"},
	{"GET", "/conferences/{id}/record", CONVENE, SC_CONFERENCE, NULL, page_conf_record_form,
	 F_VIEW, "the form to record a conference: attendance, the family's part, the decision"},
	{"POST", "/conferences/{id}/record", CONVENE, SC_CONFERENCE, NULL, page_conf_record, 0,
	 "record a conference (and start the plan an initial conference decides on)"},
	{"GET", "/conferences/{id}/document", CASE, SC_CONFERENCE, NULL, page_conf_document,
	 F_VIEW, "the plan and the minutes as one printable document, with its circulation"},
	{"POST", "/conferences/{id}/circulate", CONVENE, SC_CONFERENCE, NULL, page_conf_circulate,
	 0, "record to whom the plan or the minutes were sent, and when"},
	/* migration_qa: the chair's quality form (its chair's alone: conf_quality.c) and the
	 * family's feedback, entered by the chair or the social worker. */
	{"GET", "/conferences/{id}/quality", CASE, SC_CONFERENCE, NULL, page_conf_quality_form,
	 F_VIEW, "the chair's quality form on a conference: to complete, or as completed"},
	{"POST", "/conferences/{id}/quality", R_CHAIR, SC_CONFERENCE, NULL, page_conf_quality, 0,
	 "the conference's chair completes its quality form: the questions and a rating"},
	{"GET", "/conferences/{id}/feedback", R_SW | R_CHAIR, SC_CONFERENCE, NULL,
	 page_conf_feedback_form, F_VIEW, "the form to enter a parent's or the child's feedback"},
	{"POST", "/conferences/{id}/feedback", R_SW | R_CHAIR, SC_CONFERENCE, NULL,
	 page_conf_feedback, 0, "enter the feedback a parent or the child returned"},
	{"GET", "/quality", R_MANAGER | R_SENIOR, SC_AREA, NULL, page_quality, 0,
	 "the chairs' quality ratings of the period's conferences, without names"},
	{"GET", "/children/{id}/core-groups", CASE, SC_CHILD, NULL, page_core_groups, F_VIEW,
	 "the child's core groups: members, meetings, attendance, notes and actions"},
	{"POST", "/children/{id}/core-groups", CONVENE, SC_CHILD, NULL, page_core_group_save, 0,
	 "record a core group meeting, its members' attendance and an action agreed"},
	{"POST", "/children/{id}/core-groups/done", CONVENE, SC_CHILD, NULL,
	 page_core_action_done, 0, "mark a core group's action done"},
	{"GET", "/children/{id}/plan", CASE, SC_CHILD, NULL, page_plan, F_VIEW,
	 "the child's plan as outcomes and actions, with who and by when"},
	{"POST", "/children/{id}/plan", CONVENE, SC_CHILD, NULL, page_plan_add, 0,
	 "add an outcome and an action to the child's open plan"},
	{"POST", "/children/{id}/plan/done", CONVENE, SC_CHILD, NULL, page_plan_done, 0,
	 "mark an action of the plan done"},
	{"GET", "/professionals/{id}", CASE, SC_AREA, NULL, page_professional, 0,
	 "a professional's caseload and conferences"},
	{"GET", "/agencies/{id}", CASE | R_ADMIN | R_ANALYST, SC_AREA, NULL, page_agency, 0,
	 "an agency: its people, invitations, attendance and reports"},
	{"GET", "/teams/{id}", CASE | R_ADMIN | R_ANALYST, SC_AREA, NULL, page_team, 0,
	 "a team: its people and what is due"},
	{"GET", "/lookup", R_HEALTH, SC_SELF, NULL, page_lookup, 0,
	 "the health lookup: an NHS number and a date of birth"},
	{"POST", "/lookup", R_HEALTH, SC_SELF, NULL, page_lookup_post, 0,
	 "look a child up: on a plan, looked after, or not known, and whom to call"},
	/* Operation Encompass (page_encompass.c): which force's or school's is access.c's. */
	{"GET", "/encompass", R_PARTNER | R_SCHOOL, SC_SELF, NULL, page_encompass, 0,
	 "Operation Encompass: a police force's notifications to schools, or a school's own"},
	{"POST", "/encompass", R_PARTNER, SC_SELF, NULL, page_encompass_record, 0,
	 "the police record a notification to a child's school, sent now or later"},
	{"POST", "/encompass/sent", R_PARTNER, SC_SELF, NULL, page_encompass_sent, 0,
	 "the police send a recorded notification to the school"},
	{"POST", "/encompass/read", R_SCHOOL, SC_SELF, NULL, page_encompass_read, 0,
	 "a school's safeguarding lead marks a notification read"},

	{"GET", "/admin", R_ADMIN, SC_ADMIN, NULL, page_admin, 0, "administration"},
	{"GET", "/admin/users", R_ADMIN, SC_ADMIN, NULL, page_admin_users, 0, "the users"},
	{"GET", "/admin/users/new", R_ADMIN, SC_ADMIN, NULL, page_admin_user_new, 0,
	 "the form for a new user"},
	{"POST", "/admin/users", R_ADMIN, SC_ADMIN, NULL, page_admin_user_add, 0, "add a user"},
	{"GET", "/admin/users/{id}", R_ADMIN, SC_ADMIN, NULL, page_admin_user, 0, "a user"},
	{"POST", "/admin/users/{id}", R_ADMIN, SC_ADMIN, NULL, page_admin_user_save, 0,
	 "change a user: role, professional, enabled, password"},
	{"GET", "/admin/teams", R_ADMIN, SC_ADMIN, NULL, page_admin_teams, 0, "the teams"},
	{"POST", "/admin/teams", R_ADMIN, SC_ADMIN, NULL, page_admin_team_save, 0,
	 "add or change a team"},
	{"GET", "/admin/agencies", R_ADMIN, SC_ADMIN, NULL, page_admin_agencies, 0,
	 "the agencies"},
	{"POST", "/admin/agencies", R_ADMIN, SC_ADMIN, NULL, page_admin_agency_save, 0,
	 "add or change an agency"},
	{"GET", "/admin/settings", R_ADMIN, SC_ADMIN, NULL, page_admin_settings, 0,
	 "the local settings with their dated history"},
	{"POST", "/admin/settings", R_ADMIN, SC_ADMIN, NULL, page_admin_setting_save, 0,
	 "give a setting a value from a date"},

	{"GET", "/api/v1/me", R_ALL, SC_SELF, NULL, api_me, F_API, "who the token or session is"},
	{"GET", "/api/v1/children", PARTNER_TOO, SC_AREA, NULL, api_children, F_API,
	 "search: ?q=name, local id, NHS number or date of birth"},
	/* The children table's row for web_table_readable: /api/v1/children/{id} is the
	 * child's whole record, and the list of children is the search above, so the table
	 * has no API_TABLE rows of its own (they would never be reached). */
	{"GET", "/api/v1/children/{id}", PARTNER_TOO, SC_CHILD, "children", api_child,
	 F_API | F_VIEW, "the child's record in the shape of export json --child"},
	{"GET", "/api/v1/worklist", WORKERS | R_ANALYST, SC_SELF, NULL, api_worklist, F_API,
	 "my work, as safeguard check --json writes it"},
	{"GET", "/api/v1/figures", FIGURES, SC_AREA, NULL, api_figures, F_API,
	 "every figure for the period and filters (?from=&to=&team=&chair=&agency=&category=&age=)"},
	{"GET", "/api/v1/figures/*", FIGURES, SC_AREA, NULL, api_figure, F_API,
	 "one figure by its name, with the same filters"},
	API_TABLE("agencies", STAFF & ~(R_LADO | R_SCHOOL | R_CDOP)),
	API_TABLE("teams", STAFF & ~(R_LADO | R_SCHOOL | R_CDOP)),
	API_TABLE("professionals", PARTNER_TOO | R_ADMIN),
	API_TABLE("users", R_ADMIN),
	API_TABLE("households", CASE),
	API_TABLE("adults", CASE),
	API_TABLE("relationships", CASE),
	API_TABLE("contacts", CASE),
	API_TABLE("referrals", CASE),
	API_TABLE("assessments", CASE),
	API_TABLE("strategy_discussions", CASE),
	API_TABLE("s47_enquiries", CASE),
	API_TABLE("conferences", PARTNER_TOO),
	API_TABLE("conference_invitees", PARTNER_TOO),
	API_TABLE("conference_reports", PARTNER_TOO),
	API_TABLE("conference_circulation", CASE),
	API_TABLE("cp_plans", PARTNER_TOO),
	API_TABLE("plan_actions", PARTNER_TOO),
	API_TABLE("core_group_members", PARTNER_TOO),
	API_TABLE("core_groups", PARTNER_TOO),
	API_TABLE("core_group_attendance", PARTNER_TOO),
	API_TABLE("core_group_actions", PARTNER_TOO),
	API_TABLE("visits", CASE),
	API_TABLE("cin_plans", CASE),
	API_TABLE("care_periods", CASE),
	API_TABLE("restrictions", R_SENIOR | R_MANAGER),
	API_TABLE("settings", R_ADMIN),
	API_TABLE("escalations", PARTNER_TOO),		/* escalations (issue 11) */
	API_TABLE("escalation_stages", PARTNER_TOO),
	/* The LADO (issue 11, point 2): allegations against people who work with children are
	 * the LADO service's alone, by page and by API (page_lado.c). */
	API_TABLE("lado_cases", R_LADO),
	API_TABLE("lado_meetings", R_LADO),
	API_TABLE("conference_quality", CASE),		/* migration_qa */
	API_TABLE("conference_feedback", CASE),
	API_TABLE("encompass_notifications", CASE),	/* Operation Encompass */
	API_TABLE("missing_episodes", CASE),		/* missing episodes */
	API_TABLE("placements_in_area", CASE),		/* migration_placed */
	/* Child deaths (issue 11, point 6): the child death review's alone, by page and by
	 * API (page_deaths.c), as the LADO's cases are the LADO's. */
	API_TABLE("child_deaths", R_CDOP),
	API_TABLE("training_courses", TRAIN_BOOK),	/* training (issue 11, point 5) */
	API_TABLE("training_sessions", TRAIN_BOOK),
	API_TABLE("training_bookings", TRAIN_BOOK),
	API_TABLE("case_audits", AUDIT_QA | R_PARTNER),	/* migration_audits */
	API_TABLE("audit_cases", AUDIT_QA),
	API_TABLE("audit_contributions", AUDIT_QA | R_PARTNER),
	API_TABLE("actions", AUDIT_QA | R_PARTNER),
	API_TABLE("practice_reviews", AUDIT_QA),	/* issue 11, point 8 */
	/* self-assessments (migration_self_assessments): an agency's or a school's own */
	API_TABLE("self_assessments", AUDIT_QA | R_PARTNER | R_SCHOOL),

	/* Writes: each the record layer's (rec_save), as import json writes. */
	{"POST", "/api/v1/children", CASE_W, SC_NEW, "children", api_create, F_API,
	 "a new child, its fields named as the JSON export names them"},
	{"PATCH", "/api/v1/children/{id}", CASE_W, SC_CHILD, "children", api_patch, F_API,
	 "change fields of a child (If-Match: the ETag of GET /api/v1/children/{id})"},
	API_WRITE("agencies", R_ADMIN),
	API_WRITE("teams", R_ADMIN),
	API_WRITE("professionals", R_ADMIN),
	API_WRITE("users", R_ADMIN),
	API_WRITE("households", CASE_W),
	API_WRITE("adults", CASE_W),
	API_WRITE("relationships", CASE_W),
	API_WRITE("contacts", CASE_W),
	API_WRITE("referrals", CASE_W),
	API_WRITE("assessments", CASE_W),
	API_WRITE("strategy_discussions", CASE_W),
	API_WRITE("s47_enquiries", CASE_W),
	API_WRITE("conferences", MEET_W),
	API_WRITE("conference_invitees", MEET_W),
	API_WRITE("cp_plans", CASE_W),
	API_WRITE("core_group_members", MEET_W),
	API_WRITE("core_groups", MEET_W),
	API_WRITE("core_group_attendance", MEET_W),
	API_WRITE("visits", CASE_W),
	API_WRITE("cin_plans", CASE_W),
	API_WRITE("care_periods", CASE_W),
	API_WRITE("restrictions", R_MANAGER | R_SENIOR),
	API_WRITE("settings", R_ADMIN),
	API_WRITE("escalations", PARTNER_TOO),		/* escalations (issue 11) */
	API_WRITE("escalation_stages", PARTNER_TOO),
	API_WRITE("lado_cases", R_LADO),	/* the LADO (issue 11, point 2) */
	API_WRITE("lado_meetings", R_LADO),
	API_WRITE("conference_quality", R_CHAIR),		/* migration_qa */
	API_WRITE("conference_feedback", R_SW | R_CHAIR),
	API_WRITE("encompass_notifications", CASE_W),	/* Operation Encompass */
	API_WRITE("missing_episodes", CASE_W),		/* missing episodes */
	API_WRITE("placements_in_area", CASE_W),	/* migration_placed */
	API_WRITE("child_deaths", R_CDOP),		/* child deaths (issue 11, point 6) */
	API_WRITE("training_courses", TRAIN_ADMIN),	/* training (issue 11, point 5) */
	API_WRITE("training_sessions", TRAIN_ADMIN),
	API_WRITE("training_bookings", TRAIN_BOOK),
	API_WRITE("case_audits", AUDIT_QA),		/* migration_audits */
	API_WRITE("audit_cases", AUDIT_QA),
	API_WRITE("practice_reviews", AUDIT_QA),	/* issue 11, point 8 */
	/* a partner completes its agency's return and updates its actions, adds neither */
	{"POST", "/api/v1/audit_contributions", AUDIT_QA, SC_NEW, "audit_contributions",
	 api_create, F_API, "a new record of audit_contributions, its fields named as the JSON "
	 "export names them"},
	{"PATCH", "/api/v1/audit_contributions/{id}", AUDIT_QA | R_PARTNER, SC_RECORD,
	 "audit_contributions", api_patch, F_API, "change fields of one record of "
	 "audit_contributions (If-Match: the ETag its GET sent)"},
	{"POST", "/api/v1/actions", AUDIT_QA, SC_NEW, "actions", api_create, F_API,
	 "a new record of actions, its fields named as the JSON export names them"},
	{"PATCH", "/api/v1/actions/{id}", AUDIT_QA | R_PARTNER, SC_RECORD, "actions", api_patch,
	 F_API, "change fields of one record of actions (If-Match: the ETag its GET sent)"},
	/* a partner or a school returns its own self-assessment; the subgroup asks for it */
	{"POST", "/api/v1/self_assessments", AUDIT_QA, SC_NEW, "self_assessments", api_create,
	 F_API, "a new record of self_assessments, its fields named as the JSON export names "
	 "them"},
	{"PATCH", "/api/v1/self_assessments/{id}", AUDIT_QA | R_PARTNER | R_SCHOOL, SC_RECORD,
	 "self_assessments", api_patch, F_API, "change fields of one record of "
	 "self_assessments (If-Match: the ETag its GET sent)"},
	/* The forms of a child's records (rform_specs.c) are written by social workers and their
	 * managers (CASE_W). Their rows come after the API's, so that web_table_readable,
	 * which takes a table's first GET row, still reads a table's policy from its API row;
	 * they are written out whole (no macro) so that each pattern reads as it is asked for. */
	{"GET", "/children/new", CASE_W, SC_AREA, "children", page_child_new, 0,
	 "the form for a new child or an unborn child"},
	{"POST", "/children", CASE_W, SC_AREA, "children", page_child_create, 0,
	 "add a child, warned of a child already recorded like them"},
	{"GET", "/children/{id}/edit", CASE_W, SC_CHILD, "children", page_record_edit, F_VIEW,
	 "the form to change the child's details"},
	{"POST", "/children/{id}/edit", CASE_W, SC_CHILD, "children", page_record_save, 0,
	 "change the child's details, refused if they changed since the form was opened"},
	{"GET", "/children/{id}/household", CASE_W, SC_CHILD, "households", page_household, F_VIEW,
	 "the form of the child's household: its address, or a new one"},
	{"POST", "/children/{id}/household", CASE_W, SC_CHILD, "households", page_household_save,
	 0, "change the child's household, or give the child a new one"},
	{"GET", "/children/{id}/new/adults", CASE_W, SC_CHILD, "adults", page_adult_new, 0,
	 "the form to add a parent or carer not yet recorded, related to the child"},
	{"POST", "/children/{id}/adults", CASE_W, SC_CHILD, "adults", page_adult_create, 0,
	 "add an adult and their relationship to the child, as one change"},
	{"GET", "/children/{id}/new/relationships", CASE_W, SC_CHILD,
	 "relationships", page_record_new, 0,
	 "the form for a new record of relationships of the child"},
	{"POST", "/children/{id}/relationships", CASE_W, SC_CHILD,
	 "relationships", page_record_create, 0,
	 "add a record of relationships to the child"},
	{"GET", "/relationships/{id}/edit", CASE_W, SC_RECORD,
	 "relationships", page_record_edit, F_VIEW,
	 "the form to edit a record of relationships"},
	{"POST", "/relationships/{id}/edit", CASE_W, SC_RECORD,
	 "relationships", page_record_save, 0,
	 "edit a record of relationships, refused if it changed since the form was opened"},
	{"GET", "/children/{id}/new/contacts", CASE_W, SC_CHILD,
	 "contacts", page_record_new, 0,
	 "the form for a new record of contacts of the child"},
	{"POST", "/children/{id}/contacts", CASE_W, SC_CHILD,
	 "contacts", page_record_create, 0,
	 "add a record of contacts to the child"},
	{"GET", "/contacts/{id}/edit", CASE_W, SC_RECORD, "contacts", page_record_edit, F_VIEW,
	 "the form to edit a record of contacts"},
	{"POST", "/contacts/{id}/edit", CASE_W, SC_RECORD, "contacts", page_record_save, 0,
	 "edit a record of contacts, refused if it changed since the form was opened"},
	{"GET", "/children/{id}/new/referrals", CASE_W, SC_CHILD,
	 "referrals", page_record_new, 0,
	 "the form for a new record of referrals of the child"},
	{"POST", "/children/{id}/referrals", CASE_W, SC_CHILD,
	 "referrals", page_record_create, 0,
	 "add a record of referrals to the child"},
	{"GET", "/referrals/{id}/edit", CASE_W, SC_RECORD,
	 "referrals", page_record_edit, F_VIEW,
	 "the form to edit a record of referrals"},
	{"POST", "/referrals/{id}/edit", CASE_W, SC_RECORD, "referrals", page_record_save, 0,
	 "edit a record of referrals, refused if it changed since the form was opened"},
	{"GET", "/referrals/{id}/close", CASE_W, SC_RECORD,
	 "referrals", page_record_edit, F_VIEW,
	 "the form to close a record of referrals"},
	{"POST", "/referrals/{id}/close", CASE_W, SC_RECORD, "referrals", page_record_save, 0,
	 "close a record of referrals, refused if it changed since the form was opened"},
	{"GET", "/children/{id}/new/assessments", CASE_W, SC_CHILD,
	 "assessments", page_record_new, 0,
	 "the form for a new record of assessments of the child"},
	{"POST", "/children/{id}/assessments", CASE_W, SC_CHILD,
	 "assessments", page_record_create, 0,
	 "add a record of assessments to the child"},
	{"GET", "/assessments/{id}/edit", CASE_W, SC_RECORD,
	 "assessments", page_record_edit, F_VIEW,
	 "the form to edit a record of assessments"},
	{"POST", "/assessments/{id}/edit", CASE_W, SC_RECORD,
	 "assessments", page_record_save, 0,
	 "edit a record of assessments, refused if it changed since the form was opened"},
	{"GET", "/children/{id}/new/strategy_discussions", CASE_W, SC_CHILD,
	 "strategy_discussions", page_record_new, 0,
	 "the form for a new record of strategy_discussions of the child"},
	{"POST", "/children/{id}/strategy_discussions", CASE_W, SC_CHILD,
	 "strategy_discussions", page_record_create, 0,
	 "add a record of strategy_discussions to the child"},
	{"GET", "/strategy_discussions/{id}/edit", CASE_W, SC_RECORD,
	 "strategy_discussions", page_record_edit, F_VIEW,
	 "the form to edit a record of strategy_discussions"},
	{"POST", "/strategy_discussions/{id}/edit", CASE_W, SC_RECORD,
	 "strategy_discussions", page_record_save, 0,
	 "edit a record of strategy_discussions, refused if it changed since the form was opened"},
	{"GET", "/children/{id}/new/s47_enquiries", CASE_W, SC_CHILD,
	 "s47_enquiries", page_record_new, 0,
	 "the form for a new record of s47_enquiries of the child"},
	{"POST", "/children/{id}/s47_enquiries", CASE_W, SC_CHILD,
	 "s47_enquiries", page_record_create, 0,
	 "add a record of s47_enquiries to the child"},
	{"GET", "/s47_enquiries/{id}/edit", CASE_W, SC_RECORD,
	 "s47_enquiries", page_record_edit, F_VIEW,
	 "the form to edit a record of s47_enquiries"},
	{"POST", "/s47_enquiries/{id}/edit", CASE_W, SC_RECORD,
	 "s47_enquiries", page_record_save, 0,
	 "edit a record of s47_enquiries, refused if it changed since the form was opened"},
	{"GET", "/children/{id}/new/cin_plans", CASE_W, SC_CHILD,
	 "cin_plans", page_record_new, 0,
	 "the form for a new record of cin_plans of the child"},
	{"POST", "/children/{id}/cin_plans", CASE_W, SC_CHILD,
	 "cin_plans", page_record_create, 0,
	 "add a record of cin_plans to the child"},
	{"GET", "/cin_plans/{id}/edit", CASE_W, SC_RECORD,
	 "cin_plans", page_record_edit, F_VIEW,
	 "the form to edit a record of cin_plans"},
	{"POST", "/cin_plans/{id}/edit", CASE_W, SC_RECORD, "cin_plans", page_record_save, 0,
	 "edit a record of cin_plans, refused if it changed since the form was opened"},
	{"GET", "/children/{id}/new/care_periods", CASE_W, SC_CHILD,
	 "care_periods", page_record_new, 0,
	 "the form for a new record of care_periods of the child"},
	{"POST", "/children/{id}/care_periods", CASE_W, SC_CHILD,
	 "care_periods", page_record_create, 0,
	 "add a record of care_periods to the child"},
	{"GET", "/care_periods/{id}/edit", CASE_W, SC_RECORD,
	 "care_periods", page_record_edit, F_VIEW,
	 "the form to edit a record of care_periods"},
	{"POST", "/care_periods/{id}/edit", CASE_W, SC_RECORD,
	 "care_periods", page_record_save, 0,
	 "edit a record of care_periods, refused if it changed since the form was opened"},
	/* Missing episodes (migration_missing) */
	{"GET", "/children/{id}/new/missing_episodes", CASE_W, SC_CHILD,
	 "missing_episodes", page_record_new, 0,
	 "the form for a new record of missing_episodes of the child"},
	{"POST", "/children/{id}/missing_episodes", CASE_W, SC_CHILD,
	 "missing_episodes", page_record_create, 0,
	 "add a record of missing_episodes to the child"},
	{"GET", "/missing_episodes/{id}/edit", CASE_W, SC_RECORD,
	 "missing_episodes", page_record_edit, F_VIEW,
	 "the form to edit a record of missing_episodes"},
	{"POST", "/missing_episodes/{id}/edit", CASE_W, SC_RECORD,
	 "missing_episodes", page_record_save, 0,
	 "edit a record of missing_episodes, refused if it changed since the form was opened"},
	/* Children placed in the area by other authorities (migration_placed) */
	{"GET", "/children/{id}/new/placements_in_area", CASE_W, SC_CHILD,
	 "placements_in_area", page_record_new, 0,
	 "the form for a new record of placements_in_area of the child"},
	{"POST", "/children/{id}/placements_in_area", CASE_W, SC_CHILD,
	 "placements_in_area", page_record_create, 0,
	 "add a record of placements_in_area to the child"},
	{"GET", "/placements_in_area/{id}/edit", CASE_W, SC_RECORD,
	 "placements_in_area", page_record_edit, F_VIEW,
	 "the form to edit a record of placements_in_area"},
	{"POST", "/placements_in_area/{id}/edit", CASE_W, SC_RECORD,
	 "placements_in_area", page_record_save, 0,
	 "edit a record of placements_in_area, refused if it changed since the form was opened"},
	{"GET", "/cp_plans/{id}/end", CASE_W, SC_RECORD, "cp_plans", page_record_edit, F_VIEW,
	 "the form to end a record of cp_plans"},
	{"POST", "/cp_plans/{id}/end", CASE_W, SC_RECORD, "cp_plans", page_record_save, 0,
	 "end a record of cp_plans, refused if it changed since the form was opened"},
	/* A team manager signs a decision: the page that shows it, the form that signs it.
	 * After the API rows, whose roles say who reads each table (web_table_readable takes
	 * a table's first row). */
	{"GET", "/authorise/referrals/{id}", R_MANAGER, SC_RECORD, "referrals",
	 page_authorise, F_VIEW, "a decision to sign: no further action on a referral"},
	{"POST", "/authorise/referrals/{id}", R_MANAGER, SC_RECORD, "referrals",
	 page_authorise_post, 0, "sign (authorise) no further action on a referral"},
	{"GET", "/authorise/assessments/{id}", R_MANAGER, SC_RECORD, "assessments",
	 page_authorise, F_VIEW, "a decision to sign: a completed assessment"},
	{"POST", "/authorise/assessments/{id}", R_MANAGER, SC_RECORD, "assessments",
	 page_authorise_post, 0, "sign (authorise) a completed assessment"},
	{"GET", "/authorise/s47_enquiries/{id}", R_MANAGER, SC_RECORD, "s47_enquiries",
	 page_authorise, F_VIEW, "a decision to sign: a section 47 enquiry's outcome"},
	{"POST", "/authorise/s47_enquiries/{id}", R_MANAGER, SC_RECORD, "s47_enquiries",
	 page_authorise_post, 0, "sign (authorise) a section 47 enquiry's outcome"},
	{"GET", "/authorise/cp_plans/{id}", R_MANAGER, SC_RECORD, "cp_plans",
	 page_authorise, F_VIEW, "a decision to sign: a child protection plan's end"},
	{"POST", "/authorise/cp_plans/{id}", R_MANAGER, SC_RECORD, "cp_plans",
	 page_authorise_post, 0, "sign (authorise) a child protection plan's end"},
	/* Escalations (issue 11, page_escalation.c): raised from a child's record or a
	 * conference by anyone working with the child, partners and chairs among them;
	 * answered, taken higher and resolved by the managers they go to. */
	{"GET", "/placements", CASE, SC_AREA, NULL, page_placements, 0,
	 "the children placed in the area by other local authorities today"},
	{"GET", "/escalations", R_CHAIR | R_MANAGER | R_SENIOR, SC_AREA, NULL, page_escalations,
	 0, "the open escalations, each with its stage and when its answer is due"},
	{"GET", "/children/{id}/new/escalations", PARTNER_TOO, SC_CHILD, NULL, page_esc_new,
	 F_VIEW, "the form to raise an escalation about the child or one of its conferences"},
	{"POST", "/children/{id}/escalations", PARTNER_TOO, SC_CHILD, NULL, page_esc_raise, 0,
	 "raise an escalation: its stage 1 goes to the manager named"},
	{"GET", "/escalations/{id}", PARTNER_TOO, SC_RECORD, "escalations", page_escalation,
	 F_VIEW, "an escalation: who raised it, about whom, each stage and its answer"},
	{"POST", "/children/{id}/escalation-stages", PARTNER_TOO, SC_CHILD, NULL, page_esc_next, 0,
	 "take an escalation of the child to its next stage, to the manager named"},
	{"GET", "/escalation_stages/{id}/respond", PARTNER_TOO, SC_RECORD, "escalation_stages",
	 page_record_edit, F_VIEW, "the form to answer a stage of an escalation"},
	{"POST", "/escalation_stages/{id}/respond", PARTNER_TOO, SC_RECORD, "escalation_stages",
	 page_record_save, 0, "answer a stage of an escalation, refused if it changed since"},
	{"GET", "/escalations/{id}/resolve", PARTNER_TOO, SC_RECORD, "escalations",
	 page_record_edit, F_VIEW, "the form to record an escalation's resolution"},
	{"POST", "/escalations/{id}/resolve", PARTNER_TOO, SC_RECORD, "escalations",
	 page_record_save, 0, "record an escalation's resolution and outcome"},
	/* The LADO's pages (issue 11, point 2; page_lado.c), after the API's rows, whose
	 * roles say who reads the tables: the LADO alone. */
	{"GET", "/lado", R_LADO, SC_SELF, "lado_cases", page_lado, 0,
	 "the LADO's cases: initial considerations and resolutions due, open and resolved"},
	{"GET", "/lado/new", R_LADO, SC_SELF, "lado_cases", page_lado_new, 0,
	 "the form for a new LADO case: a query or a referral"},
	{"POST", "/lado", R_LADO, SC_SELF, "lado_cases", page_lado_create, 0,
	 "add a LADO case"},
	{"GET", "/lado_cases/{id}", R_LADO, SC_RECORD, "lado_cases", page_lado_case, F_VIEW,
	 "a LADO case: the allegation, its meetings, its clocks and its outcome"},
	{"GET", "/lado_cases/{id}/edit", R_LADO, SC_RECORD, "lado_cases", page_lado_edit,
	 F_VIEW, "the form to change a LADO case (its consideration, outcome, referrals)"},
	{"POST", "/lado_cases/{id}/edit", R_LADO, SC_RECORD, "lado_cases", page_lado_save, 0,
	 "change a LADO case, refused if it changed since the form was opened"},
	{"POST", "/lado_cases/{id}/meetings", R_LADO, SC_RECORD, "lado_cases",
	 page_lado_meeting, 0, "record a strategy or evaluation meeting held on a LADO case"},
	/* Child deaths (issue 11, point 6; page_deaths.c, death_case.c), after the API's rows,
	 * whose roles say who reads the table: the child death review alone. */
	{"GET", "/deaths", R_CDOP, SC_SELF, "child_deaths", page_deaths, 0,
	 "the child deaths notified: joint agency responses and reviews due, every death"},
	{"GET", "/deaths/new", R_CDOP, SC_SELF, "child_deaths", page_death_new, 0,
	 "the form to notify a child's death"},
	{"POST", "/deaths", R_CDOP, SC_SELF, "child_deaths", page_death_create, 0,
	 "record the notification of a child's death"},
	{"GET", "/child_deaths/{id}", R_CDOP, SC_RECORD, "child_deaths", page_death, F_VIEW,
	 "a child's death: the notification, the child at death, the review and its clocks"},
	{"GET", "/child_deaths/{id}/edit", R_CDOP, SC_RECORD, "child_deaths", page_death_edit,
	 F_VIEW, "the form to change the notification of a child's death"},
	{"POST", "/child_deaths/{id}/edit", R_CDOP, SC_RECORD, "child_deaths", page_death_save,
	 0, "change the notification, refused if it changed since the form was opened"},
	{"GET", "/child_deaths/{id}/review", R_CDOP, SC_RECORD, "child_deaths", page_death_edit,
	 F_VIEW, "the form of the child death overview panel's review of a death"},
	{"POST", "/child_deaths/{id}/review", R_CDOP, SC_RECORD, "child_deaths",
	 page_death_save, 0, "record the panel's review, refused if the death's record changed"},
	/* Training (issue 11, point 5; page_training.c, training_session.c): whose bookings a
	 * person sees and writes is access.c's (web_row_visible, web_training_write). */
	{"GET", "/training", TRAIN_BOOK, SC_AREA, NULL, page_training, 0,
	 "the training courses and their sessions to come, with the places left on each"},
	{"POST", "/training/courses", TRAIN_ADMIN, SC_AREA, NULL, page_training_course, 0,
	 "the training administrator adds a course"},
	{"POST", "/training/sessions", TRAIN_ADMIN, SC_AREA, NULL, page_training_session_add, 0,
	 "the training administrator adds a session of a course: date, time, venue, places"},
	{"GET", "/training/sessions/{id}", TRAIN_BOOK, SC_AREA, NULL, page_training_session, 0,
	 "a training session: places left, the booking form, the bookings and the register"},
	{"POST", "/training/sessions/{id}/book", TRAIN_BOOK, SC_AREA, NULL, page_training_book,
	 0, "book a place on a session for a person of one's own agency"},
	{"POST", "/training/sessions/{id}/register", TRAIN_ADMIN, SC_AREA, NULL,
	 page_training_register, 0, "the register: each booking attended or did not attend"},
	{"POST", "/training/sessions/{id}/cancel", TRAIN_BOOK, SC_AREA, NULL, page_training_cancel,
	 0, "cancel a place booked, charged the fee when the notice is short"},
	{"GET", "/training/bookings", TRAIN_BOOK, SC_AREA, NULL, page_training_bookings, 0,
	 "an agency's bookings (a partner's own agency's), with attendance and fees"},
	/* Multi-agency case audits (issue 11, point 4; page_audits.c, audit_page.c,
	 * audit_edit.c), after the API's rows, whose roles say who reads the tables. */
	{"GET", "/audits", AUDIT_QA | R_PARTNER, SC_SELF, NULL, page_audits, 0,
	 "the audits and the actions overdue; a partner's: its agency's returns and actions"},
	{"GET", "/audits/new", AUDIT_QA, SC_SELF, NULL, page_audit_new, 0,
	 "the form for a new multi-agency case audit"},
	{"POST", "/audits", AUDIT_QA, SC_SELF, "case_audits", page_audit_create, 0,
	 "add a multi-agency case audit: theme, period, status"},
	{"GET", "/case_audits/{id}", AUDIT_QA, SC_RECORD, "case_audits", page_case_audit,
	 F_VIEW, "an audit: its cases, their grades, the agencies' returns and the actions"},
	{"GET", "/case_audits/{id}/edit", AUDIT_QA, SC_RECORD, "case_audits", page_audit_edit,
	 F_VIEW, "the form to change an audit"},
	{"POST", "/case_audits/{id}/edit", AUDIT_QA, SC_RECORD, "case_audits", page_audit_save,
	 0, "change an audit, refused if it changed since the form was opened"},
	{"POST", "/case_audits/{id}/cases", AUDIT_QA, SC_RECORD, "case_audits",
	 page_audit_case_add, 0, "add a child's case to an audit"},
	{"POST", "/case_audits/{id}/returns", AUDIT_QA, SC_RECORD, "case_audits",
	 page_audit_return_ask, 0, "ask an agency for its return on a case of the audit"},
	{"POST", "/case_audits/{id}/actions", AUDIT_QA, SC_RECORD, "case_audits",
	 page_audit_action_add, 0, "set an action of the audit, with its owner and due date"},
	{"GET", "/audit_cases/{id}/edit", AUDIT_QA, SC_RECORD, "audit_cases", page_audit_edit,
	 F_VIEW, "the form to grade a case of an audit"},
	{"POST", "/audit_cases/{id}/edit", AUDIT_QA, SC_RECORD, "audit_cases", page_audit_save,
	 0, "grade a case of an audit: its multi-agency grade and findings"},
	{"GET", "/audit_contributions/{id}/return", AUDIT_QA | R_PARTNER, SC_RECORD,
	 "audit_contributions", page_audit_edit, F_VIEW,
	 "the form of an agency's return on an audited case"},
	{"POST", "/audit_contributions/{id}/return", AUDIT_QA | R_PARTNER, SC_RECORD,
	 "audit_contributions", page_audit_save, 0,
	 "an agency's return: chronology received, its own grade, its findings"},
	{"GET", "/actions/{id}/edit", AUDIT_QA, SC_RECORD, "actions", page_audit_edit, F_VIEW,
	 "the form to change an action: owner, dates, status"},
	{"POST", "/actions/{id}/edit", AUDIT_QA, SC_RECORD, "actions", page_audit_save, 0,
	 "change an action, refused if it changed since the form was opened"},
	{"GET", "/actions/{id}/update", AUDIT_QA | R_PARTNER, SC_RECORD, "actions",
	 page_audit_edit, F_VIEW, "the form to update an action's progress"},
	{"POST", "/actions/{id}/update", AUDIT_QA | R_PARTNER, SC_RECORD, "actions",
	 page_audit_save, 0, "update an action: status, evidence, date completed"},
	/* Rapid reviews and practice reviews (issue 11, point 8; page_reviews.c), the
	 * subgroup's alone; their actions are the rows above. */
	{"GET", "/reviews", AUDIT_QA, SC_SELF, NULL, page_reviews, 0,
	 "the serious incidents, each with its notification and rapid review clocks"},
	{"GET", "/reviews/new", AUDIT_QA, SC_SELF, NULL, page_review_new, 0,
	 "the form to record a serious incident"},
	{"POST", "/reviews", AUDIT_QA, SC_SELF, NULL, page_review_create, 0,
	 "record a serious incident: what, when it happened, when the partnership learned of it"},
	{"GET", "/practice_reviews/{id}", AUDIT_QA, SC_RECORD, "practice_reviews",
	 page_practice_review, F_VIEW, "a serious incident: its clocks, the decision, the "
	 "practice review and its action plan"},
	{"GET", "/practice_reviews/{id}/edit", AUDIT_QA, SC_RECORD, "practice_reviews",
	 page_audit_edit, F_VIEW, "the form to change a review"},
	{"POST", "/practice_reviews/{id}/edit", AUDIT_QA, SC_RECORD, "practice_reviews",
	 page_audit_save, 0, "change a review, refused if it changed since the form was opened"},
	{"POST", "/practice_reviews/{id}/actions", AUDIT_QA, SC_RECORD, "practice_reviews",
	 page_review_action_add, 0, "set an action of a review's plan, with its owner"},
	/* Agencies' Section 11 and schools' Section 175 self-assessments (issue 11, point 8;
	 * page_self_assessments.c): the subgroup asks for and grades them and sets their
	 * actions; a partner or a school lead sees and returns only its own agency's. */
	{"GET", "/self-assessments", AUDIT_QA | R_PARTNER | R_SCHOOL, SC_SELF, NULL,
	 page_self_assessments, 0, "the self-assessments asked for and returned; a partner's "
	 "or a school's: its own"},
	{"GET", "/self-assessments/new", AUDIT_QA, SC_SELF, NULL, page_sa_new, 0,
	 "the form to ask an agency or a school for its self-assessment"},
	{"POST", "/self-assessments", AUDIT_QA, SC_SELF, "self_assessments", page_sa_create, 0,
	 "ask an agency or a school for its Section 11 or Section 175 self-assessment"},
	{"GET", "/self_assessments/{id}", AUDIT_QA | R_PARTNER | R_SCHOOL, SC_RECORD,
	 "self_assessments", page_self_assessment, F_VIEW, "a self-assessment: its grades "
	 "standard by standard, its overall grade and its actions"},
	{"GET", "/self_assessments/{id}/return", AUDIT_QA | R_PARTNER | R_SCHOOL, SC_RECORD,
	 "self_assessments", page_audit_edit, F_VIEW, "the form of a self-assessment's return"},
	{"POST", "/self_assessments/{id}/return", AUDIT_QA | R_PARTNER | R_SCHOOL, SC_RECORD,
	 "self_assessments", page_audit_save, 0, "return a self-assessment: the date, the "
	 "grade of each standard, the overall grade"},
	{"POST", "/self_assessments/{id}/actions", AUDIT_QA, SC_RECORD, "self_assessments",
	 page_sa_action_add, 0, "set an action of a self-assessment, with its owner"},
};

const struct web_route *
web_routes(int *n)
{
	*n = (int)(sizeof routes / sizeof routes[0]);
	return routes;
}

int
web_table_readable(const struct web_req *r, const char *table)
{
	for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++)
		if ((routes[i].scope == SC_RECORD || routes[i].scope == SC_CHILD) &&
		    strcmp(routes[i].method, "GET") == 0 && routes[i].table &&
		    strcmp(routes[i].table, table) == 0)
			return (routes[i].roles & r->role) != 0;
	return 0;
}

int
web_table_writable(const struct web_req *r, const char *table)
{
	for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++)
		if (strcmp(routes[i].method, "PATCH") == 0 && routes[i].table &&
		    strcmp(routes[i].table, table) == 0)
			return (routes[i].roles & r->role) != 0;
	return 0;
}
