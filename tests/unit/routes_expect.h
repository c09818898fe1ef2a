/*
 * routes_expect.h: who may ask for each route, said again, independently of the route
 * table (src/web/routes.c), for test_web_routes.c to compare with it row by row. A change
 * to who may see what is made in both places, on purpose.
 */
#ifndef SG_TEST_ROUTES_EXPECT_H
#define SG_TEST_ROUTES_EXPECT_H

#define PUB "*"			/* anyone, logged in or not */
#define ALL "ASMCEPNLHK"
#define CASE "SMCE"		/* social worker, manager, chair, senior manager */
#define CASE_P "SMCEP"		/* ... and the partner, for the children their agency knows */
#define API(t, roles) {"GET", "/api/v1/" t "/{id}", roles}, {"GET", "/api/v1/" t, roles}
#define WRITE(t, roles) {"POST", "/api/v1/" t, roles}, {"PATCH", "/api/v1/" t "/{id}", roles}
#define CASE_W "SM"		/* write case records: social worker, manager */
#define MEET_W "SMC"		/* ... and conferences and core groups: the chair too */
#define NEW(t) {"GET", "/children/{id}/new/" t, CASE_W}, {"POST", "/children/{id}/" t, CASE_W}
#define EDIT(t, verb) {"GET", "/" t "/{id}/" verb, CASE_W}, {"POST", "/" t "/{id}/" verb, CASE_W}
#define FORMS(t) NEW(t), EDIT(t, "edit")
/* Only a team manager signs a decision. */
#define AUTHORISE(t) {"GET", "/authorise/" t "/{id}", "M"}, {"POST", "/authorise/" t "/{id}", "M"}

/* A administrator, S social worker, M team manager, C chair, E senior manager, P partner,
 * N analyst, L LADO, H hospital lookup, K school safeguarding lead. */
static const struct expect {
	const char *method, *pattern, *roles;
} expect[] = {
	{"GET", "/assets/*", PUB},
	{"GET", "/", ALL},
	{"GET", "/login", PUB},
	{"POST", "/login", PUB},
	{"POST", "/logout", ALL},
	{"GET", "/account", ALL},
	{"POST", "/account/password", ALL},
	{"GET", "/worklist", "SMCEPLK"},
	{"GET", "/overview", "MEN"},
	{"GET", "/search", CASE_P},
	{"GET", "/children/{id}", CASE_P},
	{"POST", "/children/{id}/reason", CASE_P},
	{"POST", "/children/{id}/lookups/{id}", CASE},
	{"GET", "/lookup", "H"},
	{"POST", "/lookup", "H"},
	{"GET", "/children/{id}/views", CASE},
	{"GET", "/conferences/{id}", CASE_P},
	{"GET", "/children/{id}/conferences/new", "SMC"},
	{"POST", "/children/{id}/conferences", "SMC"},
	{"GET", "/conferences/{id}/reschedule", "SMC"},
	{"POST", "/conferences/{id}/reschedule", "SMC"},
	{"GET", "/conferences/{id}/cancel", "SMC"},
	{"POST", "/conferences/{id}/cancel", "SMC"},
	{"GET", "/conferences/{id}/invite", "SMC"},
	{"POST", "/conferences/{id}/invite", "SMC"},
	{"GET", "/invitations", "P"},
	{"GET", "/conferences/{id}/respond", "P"},
	{"POST", "/conferences/{id}/reply", "P"},
	{"POST", "/conferences/{id}/report", "P"},
	{"GET", "/conferences/{id}/record", "SMC"},
	{"POST", "/conferences/{id}/record", "SMC"},
	{"GET", "/conferences/{id}/document", CASE},
	{"POST", "/conferences/{id}/circulate", "SMC"},
	/* migration_qa */
	{"GET", "/conferences/{id}/quality", CASE},
	{"POST", "/conferences/{id}/quality", "C"},
	{"GET", "/conferences/{id}/feedback", "SC"},
	{"POST", "/conferences/{id}/feedback", "SC"},
	{"GET", "/quality", "ME"},
	{"GET", "/children/{id}/core-groups", CASE},
	{"POST", "/children/{id}/core-groups", "SMC"},
	{"POST", "/children/{id}/core-groups/done", "SMC"},
	{"GET", "/children/{id}/plan", CASE},
	{"POST", "/children/{id}/plan", "SMC"},
	{"POST", "/children/{id}/plan/done", "SMC"},
	{"GET", "/professionals/{id}", CASE},
	{"GET", "/agencies/{id}", "SMCEAN"},
	{"GET", "/teams/{id}", "SMCEAN"},
	{"GET", "/admin", "A"},
	{"GET", "/admin/users", "A"},
	{"GET", "/admin/users/new", "A"},
	{"POST", "/admin/users", "A"},
	{"GET", "/admin/users/{id}", "A"},
	{"POST", "/admin/users/{id}", "A"},
	{"GET", "/admin/teams", "A"},
	{"POST", "/admin/teams", "A"},
	{"GET", "/admin/agencies", "A"},
	{"POST", "/admin/agencies", "A"},
	{"GET", "/admin/settings", "A"},
	{"POST", "/admin/settings", "A"},
	{"GET", "/api/v1/me", ALL},
	{"GET", "/api/v1/children", CASE_P},
	{"GET", "/api/v1/children/{id}", CASE_P},
	{"GET", "/api/v1/worklist", "SMCEPLKN"},
	API("agencies", "ASMCEPN"),
	API("teams", "ASMCEPN"),
	API("professionals", "ASMCEP"),
	API("users", "A"),
	API("households", CASE),
	API("adults", CASE),
	API("relationships", CASE),
	API("contacts", CASE),
	API("referrals", CASE),
	API("assessments", CASE),
	API("strategy_discussions", CASE),
	API("s47_enquiries", CASE),
	API("conferences", CASE_P),
	API("conference_invitees", CASE_P),
	API("conference_reports", CASE_P),
	API("conference_circulation", CASE),
	API("cp_plans", CASE_P),
	API("plan_actions", CASE_P),
	API("core_group_members", CASE_P),
	API("core_groups", CASE_P),
	API("core_group_attendance", CASE_P),
	API("core_group_actions", CASE_P),
	API("visits", CASE),
	API("cin_plans", CASE),
	API("care_periods", CASE),
	API("restrictions", "ME"),
	API("settings", "A"),
	API("conference_quality", CASE), API("conference_feedback", CASE),	/* migration_qa */
	WRITE("children", CASE_W),
	WRITE("agencies", "A"),
	WRITE("teams", "A"),
	WRITE("professionals", "A"),
	WRITE("users", "A"),
	WRITE("households", CASE_W),
	WRITE("adults", CASE_W),
	WRITE("relationships", CASE_W),
	WRITE("contacts", CASE_W),
	WRITE("referrals", CASE_W),
	WRITE("assessments", CASE_W),
	WRITE("strategy_discussions", CASE_W),
	WRITE("s47_enquiries", CASE_W),
	WRITE("conferences", MEET_W),
	WRITE("conference_invitees", MEET_W),
	WRITE("cp_plans", CASE_W),
	WRITE("core_group_members", MEET_W),
	WRITE("core_groups", MEET_W),
	WRITE("core_group_attendance", MEET_W),
	WRITE("visits", CASE_W),
	WRITE("cin_plans", CASE_W),
	WRITE("care_periods", CASE_W),
	WRITE("restrictions", "ME"),
	WRITE("settings", "A"),
	WRITE("conference_quality", "C"), WRITE("conference_feedback", "SC"),	/* migration_qa */
	{"GET", "/children/new", CASE_W},
	{"POST", "/children", CASE_W},
	{"GET", "/children/{id}/edit", CASE_W},
	{"POST", "/children/{id}/edit", CASE_W},
	{"GET", "/children/{id}/household", CASE_W},
	{"POST", "/children/{id}/household", CASE_W},
	NEW("adults"),
	FORMS("relationships"),
	FORMS("contacts"),
	FORMS("referrals"),
	EDIT("referrals", "close"),
	FORMS("assessments"),
	FORMS("strategy_discussions"),
	FORMS("s47_enquiries"),
	FORMS("cin_plans"),
	FORMS("care_periods"),
	EDIT("cp_plans", "end"),
	AUTHORISE("referrals"),
	AUTHORISE("assessments"),
	AUTHORISE("s47_enquiries"),
	AUTHORISE("cp_plans"),
};
#define NEXPECT ((int)(sizeof expect / sizeof expect[0]))

#endif
