/*
 * routes_records.h: the records test_web_routes.c makes for the walk to ask for (a
 * lookup, a notification, an escalation, a conference's reports, a LADO case), each
 * saved through the record layer as a page would. Included once, by that file alone.
 */

static int64_t
add_lookup(int64_t child)
{
	const struct table *t = records_table("health_lookups");
	struct rec_actor who = {0, "test", "command", "terminal", NULL, "test"};
	struct field row[8] = {{0}};
	struct rec_errors e;

	rec_errors_clear(&e);
	row[records_col_index(t, "child_id")] = (struct field){1, child, NULL};
	row[records_col_index(t, "lookup_date")] = (struct field){1, 0, "2026-12-01"};
	row[records_col_index(t, "user_id")] = (struct field){1, wf_role("health_lookup")->u.id,
	    NULL};
	row[records_col_index(t, "answer")] = (struct field){1, 0, "cp_plan"};
	return rec_save(wf_st, &who, t, row, &e) == 1 ? row[0].i : 0;
}

static int64_t
add_encompass(int64_t child)
{
	const struct table *t = records_table("encompass_notifications");
	struct rec_actor who = {0, "test", "command", "terminal", NULL, "test"};
	struct field row[16] = {{0}};
	struct rec_errors e;

	rec_errors_clear(&e);
	row[records_col_index(t, "child_id")] = (struct field){1, child, NULL};
	row[records_col_index(t, "school_id")] = (struct field){1,
	    wf_role("school_lead")->u.agency_id, NULL};
	row[records_col_index(t, "police_agency_id")] = (struct field){1,
	    wf_role("partner")->u.agency_id, NULL};
	row[records_col_index(t, "police_reference")] = (struct field){1, 0, "DA/2026/000001"};
	row[records_col_index(t, "incident_date")] = (struct field){1, 0, "2026-12-01"};
	row[records_col_index(t, "incident_time")] = (struct field){1, 0, "21:15"};
	row[records_col_index(t, "child_present")] = (struct field){1, 1, NULL};
	row[records_col_index(t, "sent_date")] = (struct field){1, 0, "2026-12-01"};
	row[records_col_index(t, "sent_time")] = (struct field){1, 0, "23:40"};
	return rec_save(wf_st, &who, t, row, &e) == 1 ? row[0].i : 0;
}

/* Saves one record of table through the record layer: cols and values, NULL-ended. */
static int
save(const char *table, const char *const *cols, const int64_t *ints, const char *const *texts)
{
	const struct table *t = records_table(table);
	struct field row[32];
	struct rec_errors e;
	struct rec_actor who = {0, "test", "command", "terminal", NULL, "test"};

	memset(row, 0, sizeof row);
	for (int i = 0; cols[i]; i++)
		row[records_col_index(t, cols[i])] = (struct field){1, ints[i], texts[i]};
	rec_errors_clear(&e);
	if (rec_save(wf_st, &who, t, row, &e) < 0)
		return printf("  %s refused: %s\n", table, e.n ? e.v[0].message : "?"), -1;
	return 0;
}

/* An escalation of the walk's child about the partner's agency and its stage 1, for the
 * rows of escalations (issue 11); their ids (the newest of each table) in out. */
static int
add_escalation(int64_t out[2])
{
	static const char *const ec[] = {"child_id", "raised_date", "raised_by_id",
	    "raised_by_agency_id", "about_agency_id", "category", "concern", NULL};
	static const char *const sc[] = {"child_id", "escalation_id", "stage", "opened_date",
	    NULL};
	int64_t ei[] = {w.child, 0, w.professional, wf_role("social_worker")->u.agency_id,
	    w.agency, 0, 0};
	const char *et[] = {NULL, "2026-01-05", NULL, NULL, NULL, "delay", "The report is late"};
	int64_t si[] = {w.child, 0, 1, 0};
	const char *st[] = {NULL, NULL, NULL, "2026-01-05"};

	if (save("escalations", ec, ei, et) < 0)
		return -1;
	si[1] = out[0] = store_max_id(wf_st, records_table("escalations"));
	if (save("escalation_stages", sc, si, st) < 0)
		return -1;
	out[1] = store_max_id(wf_st, records_table("escalation_stages"));
	return 0;
}

/* The demo writes no report, circulation or core group action: one of each for the walk
 * (the report and the circulation of the partner's agency's invitation). */
static int
conference_records(int64_t invitee, int64_t agency)
{
	static const char *const rep[] = {"child_id", "conference_id", "invitee_id", "agency_id",
	    "submitted_date", "submitted_time", "late", "involvement", "concerns",
	    "recommendation", NULL};
	static const char *const circ[] = {"child_id", "conference_id", "document", "invitee_id",
	    "recipient", "sent_date", NULL};
	static const char *const act[] = {"child_id", "core_group_id", "action", NULL};
	static const char *const pa[] = {"child_id", "plan_id", "outcome", "action", NULL};
	struct wf_pick g = {NULL, 0, w.k.known, w.k.n, NULL, 0, 0, 0};
	int64_t ri[] = {w.child, w.conference, invitee, agency, 0, 0, 0, 0, 0, 0};
	const char *rt[] = {NULL, NULL, NULL, NULL, "2026-01-05", "10:15", NULL, "Health visits",
	    "Missed appointments", "A plan"};
	int64_t ci[] = {w.child, w.conference, 0, invitee, 0, 0};
	const char *ct[] = {NULL, NULL, "plan", NULL, "The parents", "2026-01-06"};
	int64_t ai[3] = {0, 0, 0};
	const char *at[] = {NULL, NULL, "Book the dental check"};

	if (!wf_find("core_groups", &g))
		return printf("  the demo gives the partner no core group\n"), -1;
	struct wf_pick pl = {NULL, 0, w.k.known, w.k.n, NULL, 0, 0, 0};
	int64_t pi[4] = {0, 0, 0, 0};
	const char *pt[] = {NULL, NULL, "Goes to school every day", "Walk to school together"};

	if (!wf_find("cp_plans", &pl))
		return printf("  the demo gives the partner no plan\n"), -1;
	pi[0] = pl.child_id;
	pi[1] = pl.id;
	ai[0] = g.child_id;
	ai[1] = g.id;
	return save("conference_reports", rep, ri, rt) < 0 ||
	    save("conference_circulation", circ, ci, ct) < 0 ||
	    save("core_group_actions", act, ai, at) < 0 || save("plan_actions", pa, pi, pt) < 0 ?
	    -1 : 0;
}

/* A child's death, reviewed (issue 11, point 6), for the walk to ask for. */
static int
death_records(int64_t agency)
{
	static const char *const dc[] = {"death_date", "notified_date", "notifying_agency_id",
	    "age_band", "expectation", "cdop_date", "category", "modifiable", NULL};
	int64_t di[] = {0, 0, agency, 0, 0, 0, 0, 0};
	const char *dt[] = {"2026-01-05", "2026-01-06", NULL, "0-27d", "expected", "2026-06-10",
	    "8", "no"};

	return save("child_deaths", dc, di, dt);
}

/* A LADO case and a meeting on it (issue 11, point 2), for the walk to ask for. */
static int
lado_records(int64_t agency)
{
	static const char *const lc[] = {"kind", "received_date", "referrer_agency_id",
	    "employee_given_name", "employee_family_name", "sector", "employee_role", "category",
	    NULL};
	static const char *const lm[] = {"lado_case_id", "kind", "held_date", NULL};
	int64_t ci[] = {0, 0, agency, 0, 0, 0, 0, 0};
	const char *ct[] = {"referral", "2026-01-05", NULL, "Zebedee", "Quillfeather", "education",
	    "teacher", "physical"};
	int64_t mi[] = {0, 0, 0};
	const char *mt[] = {NULL, "strategy", "2026-01-07"};

	if (save("lado_cases", lc, ci, ct) < 0)
		return -1;
	mi[0] = store_max_id(wf_st, records_table("lado_cases"));
	return save("lado_meetings", lm, mi, mt);
}

/* A training course, a session to come and a place on it booked for the partner's agency
 * (issue 11, point 5), for the walk to ask for. */
static int
training_records(int64_t agency)
{
	static const char *const tc[] = {"title", "level", "active", NULL};
	static const char *const ts[] = {"course_id", "session_date", "start_time", "online",
	    "places", NULL};
	static const char *const tb[] = {"session_id", "given_name", "family_name", "agency_id",
	    "booked_date", "status", NULL};
	int64_t ci[] = {0, 0, 1}, si[] = {0, 0, 0, 1, 20}, bi[] = {0, 0, 0, agency, 0, 0};
	const char *ct[] = {"Walk course", "basic", NULL};
	const char *st[] = {NULL, "2027-01-15", "09:30", NULL, NULL};
	const char *bt[] = {NULL, "Walk", "Delegate", NULL, "2026-12-01", "booked"};

	if (save("training_courses", tc, ci, ct) < 0)
		return -1;
	si[0] = store_max_id(wf_st, records_table("training_courses"));
	if (save("training_sessions", ts, si, st) < 0)
		return -1;
	bi[0] = store_max_id(wf_st, records_table("training_sessions"));
	return save("training_bookings", tb, bi, bt);
}

/* A multi-agency case audit of the walk's child with the partner's agency's return and an
 * action it owns (migration_audits), and a serious incident, for the walk to ask for;
 * their ids in out (audit, case, return, action, review). */
static int
audit_records(int64_t agency, int64_t out[5])
{
	static const char *const ac[] = {"theme", "period_from", "period_to", "status",
	    "started_date", NULL};
	static const char *const cc[] = {"audit_id", "case_child_id", NULL};
	static const char *const rc[] = {"audit_case_id", "agency_id", "requested_date", NULL};
	static const char *const xc[] = {"audit_id", "action", "owner_agency_id", "set_date",
	    "due_date", "status", NULL};
	const char *at[] = {"Emotional harm", "2025-04-01", "2025-09-30", "in_progress",
	    "2026-01-05"};
	int64_t ai[] = {0, 0, 0, 0, 0}, ci[] = {0, w.child}, ri[] = {0, agency, 0};
	int64_t xi[] = {0, 0, agency, 0, 0, 0};
	const char *ct[] = {NULL, NULL}, *rt[] = {NULL, NULL, "2026-01-06"};
	const char *xt[] = {NULL, "Share the learning", NULL, "2026-01-20", "2026-03-31", "open"};

	if (save("case_audits", ac, ai, at) < 0)
		return -1;
	ci[0] = xi[0] = out[0] = store_max_id(wf_st, records_table("case_audits"));
	if (save("audit_cases", cc, ci, ct) < 0)
		return -1;
	ri[0] = out[1] = store_max_id(wf_st, records_table("audit_cases"));
	if (save("audit_contributions", rc, ri, rt) < 0 || save("actions", xc, xi, xt) < 0)
		return -1;
	out[2] = store_max_id(wf_st, records_table("audit_contributions"));
	out[3] = store_max_id(wf_st, records_table("actions"));
	/* a serious incident (issue 11, point 8) */
	if (save("practice_reviews", (const char *const[]){"incident_date", "aware_date",
	    "summary", NULL}, (const int64_t[]){0, 0, 0}, (const char *const[]){"2026-01-05",
	    "2026-01-06", "A child seriously harmed"}) < 0)
		return -1;
	out[4] = store_max_id(wf_st, records_table("practice_reviews"));
	return 0;
}

/* A Section 11 self-assessment asked of the partner's agency and one asked of the school
 * lead's school (migration_self_assessments): each role returns only its own, so the walk
 * asks for the school's as the school lead (id_for); their ids in out. */
static int
sa_records(int64_t agency, int64_t school, int64_t out[2])
{
	static const char *const sc[] = {"agency_id", "kind", "period_from", "period_to",
	    "requested_date", NULL};
	const char *st[] = {NULL, "section_11", "2025-04-01", "2026-03-31", "2026-01-05"};
	int64_t si[] = {agency, 0, 0, 0, 0};

	if (save("self_assessments", sc, si, st) < 0)
		return -1;
	out[0] = store_max_id(wf_st, records_table("self_assessments"));
	si[0] = school;
	if (save("self_assessments", sc, si, st) < 0)
		return -1;
	out[1] = store_max_id(wf_st, records_table("self_assessments"));
	return 0;
}
