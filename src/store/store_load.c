/*
 * store_load.c: reads the typed records of an area (or one child) into a struct area.
 *
 * This is how the timescale engine, the census and the figures see the store: one read of
 * each table, rows mapped straight into the structs of model.h, then area_index() sorts
 * and links them. For one child every query filters on child_id (an index lookup); for
 * the whole area each table is read once from end to end, which is the fastest way
 * through SQLite for a national year of records.
 */
#include "store/store_int.h"

#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "base/str.h"

static cal_date
col_date(sqlite3_stmt *s, int i)
{
	cal_date d;
	const char *t = (const char *)sqlite3_column_text(s, i);

	return t && cal_parse(t, &d) ? d : CAL_NONE;
}

static int64_t
col_id(sqlite3_stmt *s, int i)
{
	return sqlite3_column_int64(s, i);	/* NULL reads as 0: "none" */
}

static void
col_code(sqlite3_stmt *s, int i, char *out, size_t size)
{
	const char *t = (const char *)sqlite3_column_text(s, i);

	str_copy(out, size, t ? t : "");
}

static signed char
col_tri(sqlite3_stmt *s, int i)
{
	if (sqlite3_column_type(s, i) == SQLITE_NULL)
		return M_UNKNOWN;
	return sqlite3_column_int(s, i) ? M_YES : M_NO;
}

static const char *
col_str(struct area *a, sqlite3_stmt *s, int i)
{
	return area_strdup(a, (const char *)sqlite3_column_text(s, i));
}

/* Runs `sql` (with ?1 bound to child_id when filtering) and hands each row to fn. */
typedef void (*row_fn)(struct area *a, sqlite3_stmt *s);

static int
load(struct store *st, struct area *a, const char *sql, const char *where, int64_t child_id,
    row_fn fn)
{
	char full[1024];
	sqlite3_stmt *s;
	int rc;

	snprintf(full, sizeof full, "%s%s%s", sql, child_id > 0 ? " WHERE " : "",
	    child_id > 0 ? where : "");
	if (!(s = store_prepare(st, full)))
		return -1;
	if (child_id > 0)
		sqlite3_bind_int64(s, 1, child_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		fn(a, s);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : store_fail(st, "cannot read the store");
}

#define PUSH(arr) (VEC_GROW(a->arr, a->n_##arr, a->cap_##arr), &a->arr[a->n_##arr++])

static void
row_child(struct area *a, sqlite3_stmt *s)
{
	struct m_child *c = PUSH(children);

	memset(c, 0, sizeof *c);
	c->id = col_id(s, 0);
	col_code(s, 1, c->la_child_id, sizeof c->la_child_id);
	c->given_name = col_str(a, s, 2);
	c->family_name = col_str(a, s, 3);
	c->birth = col_date(s, 4);
	c->expected_birth = col_date(s, 5);
	c->sex = (char)(sqlite3_column_text(s, 6) ? sqlite3_column_text(s, 6)[0] : 'U');
	col_code(s, 7, c->ethnicity, sizeof c->ethnicity);
	c->disabilities = col_str(a, s, 8);
	col_code(s, 9, c->upn, sizeof c->upn);
	col_code(s, 10, c->former_upn, sizeof c->former_upn);
	col_code(s, 11, c->upn_unknown, sizeof c->upn_unknown);
	c->death = col_date(s, 12);
	c->household_id = col_id(s, 13);
}

static void
row_referral(struct area *a, sqlite3_stmt *s)
{
	struct m_referral *r = PUSH(referrals);

	memset(r, 0, sizeof *r);
	r->id = col_id(s, 0);
	r->child_id = col_id(s, 1);
	r->received = col_date(s, 2);
	col_code(s, 3, r->source, sizeof r->source);
	col_code(s, 4, r->primary_need, sizeof r->primary_need);
	r->decision = col_date(s, 5);
	r->nfa = (unsigned char)sqlite3_column_int(s, 6);
	r->team_id = col_id(s, 7);
	r->social_worker_id = col_id(s, 8);
	r->closure = col_date(s, 9);
	col_code(s, 10, r->closure_reason, sizeof r->closure_reason);
}

static void
row_assessment(struct area *a, sqlite3_stmt *s)
{
	struct m_assessment *x = PUSH(assessments);

	x->id = col_id(s, 0);
	x->child_id = col_id(s, 1);
	x->referral_id = col_id(s, 2);
	x->start = col_date(s, 3);
	x->internal_review = col_date(s, 4);
	x->authorised = col_date(s, 5);
	x->factors = col_str(a, s, 6);
	x->social_worker_id = col_id(s, 7);
	x->authorised_by_id = col_id(s, 8);
}

static void
row_strategy(struct area *a, sqlite3_stmt *s)
{
	struct m_strategy *x = PUSH(strategies);

	x->id = col_id(s, 0);
	x->child_id = col_id(s, 1);
	x->referral_id = col_id(s, 2);
	x->held = col_date(s, 3);
	col_code(s, 4, x->outcome, sizeof x->outcome);
}

static void
row_s47(struct area *a, sqlite3_stmt *s)
{
	struct m_s47 *x = PUSH(s47s);

	x->id = col_id(s, 0);
	x->child_id = col_id(s, 1);
	x->referral_id = col_id(s, 2);
	x->strategy_id = col_id(s, 3);
	x->start = col_date(s, 4);
	x->icpc_target = col_date(s, 5);
	x->completed = col_date(s, 6);
	col_code(s, 7, x->outcome, sizeof x->outcome);
	x->icpc_not_required = (unsigned char)sqlite3_column_int(s, 8);
}

static enum m_conf_kind
conf_kind(const char *k)
{
	if (k && strcmp(k, "review") == 0)
		return M_REVIEW;
	if (k && strcmp(k, "transfer_in") == 0)
		return M_TRANSFER_IN;
	return M_INITIAL;
}

static void
row_conference(struct area *a, sqlite3_stmt *s)
{
	struct m_conference *x = PUSH(conferences);

	memset(x, 0, sizeof *x);
	x->id = col_id(s, 0);
	x->child_id = col_id(s, 1);
	x->referral_id = col_id(s, 2);
	x->kind = conf_kind((const char *)sqlite3_column_text(s, 3));
	x->s47_id = col_id(s, 4);
	x->plan_id = col_id(s, 5);
	x->scheduled = col_date(s, 6);
	x->rescheduled_from = col_date(s, 7);
	x->held = col_date(s, 8);
	x->chair_id = col_id(s, 9);
	x->report_to_chair = col_date(s, 10);
	x->report_to_parents = col_date(s, 11);
	x->parents_met_chair = col_tri(s, 12);
	x->parents_understood = col_tri(s, 13);
	col_code(s, 14, x->participation, sizeof x->participation);
	x->advocate = col_tri(s, 15);
	col_code(s, 16, x->decision, sizeof x->decision);
	x->categories = m_categories((const char *)sqlite3_column_text(s, 17));
	x->key_worker_id = col_id(s, 18);
	x->dissent = col_tri(s, 19);
	x->plan_circulated = col_date(s, 20);
	x->minutes_circulated = col_date(s, 21);
	x->transfer_from = col_str(a, s, 22);
}

static void
row_invitee(struct area *a, sqlite3_stmt *s)
{
	struct m_invitee *x = PUSH(invitees);

	x->id = col_id(s, 0);
	x->child_id = col_id(s, 1);
	x->conference_id = col_id(s, 2);
	x->agency_id = col_id(s, 3);
	x->professional_id = col_id(s, 4);
	x->invited = col_date(s, 5);
	x->report_requested = (unsigned char)sqlite3_column_int(s, 6);
	x->report = col_date(s, 7);
	x->attended = (unsigned char)sqlite3_column_int(s, 8);
	x->apologies = (unsigned char)sqlite3_column_int(s, 9);
}

static void
row_plan(struct area *a, sqlite3_stmt *s)
{
	struct m_plan *x = PUSH(plans);

	memset(x, 0, sizeof *x);
	x->id = col_id(s, 0);
	x->child_id = col_id(s, 1);
	x->referral_id = col_id(s, 2);
	x->start_conference_id = col_id(s, 3);
	x->start = col_date(s, 4);
	col_code(s, 5, x->initial_category, sizeof x->initial_category);
	col_code(s, 6, x->latest_category, sizeof x->latest_category);
	x->previous_plans = sqlite3_column_int(s, 7);
	x->core_group_interval_days = sqlite3_column_int(s, 8);
	x->key_worker_id = col_id(s, 9);
	x->end = col_date(s, 10);
	col_code(s, 11, x->end_reason, sizeof x->end_reason);
	x->end_conference_id = col_id(s, 12);
}

static void
row_core_member(struct area *a, sqlite3_stmt *s)
{
	struct m_core_member *x = PUSH(core_members);

	x->id = col_id(s, 0);
	x->child_id = col_id(s, 1);
	x->conference_id = col_id(s, 2);
	x->professional_id = col_id(s, 3);
}

static void
row_core_group(struct area *a, sqlite3_stmt *s)
{
	struct m_core_group *x = PUSH(core_groups);

	x->id = col_id(s, 0);
	x->child_id = col_id(s, 1);
	x->plan_id = col_id(s, 2);
	x->scheduled = col_date(s, 3);
	x->held = col_date(s, 4);
}

static void
row_attendance(struct area *a, sqlite3_stmt *s)
{
	struct m_attendance *x = PUSH(attendance);

	x->id = col_id(s, 0);
	x->child_id = col_id(s, 1);
	x->core_group_id = col_id(s, 2);
	x->professional_id = col_id(s, 3);
	x->attended = (unsigned char)sqlite3_column_int(s, 4);
	x->apologies = (unsigned char)sqlite3_column_int(s, 5);
}

static void
row_visit(struct area *a, sqlite3_stmt *s)
{
	struct m_visit *x = PUSH(visits);

	x->id = col_id(s, 0);
	x->child_id = col_id(s, 1);
	x->plan_id = col_id(s, 2);
	x->date = col_date(s, 3);
	x->professional_id = col_id(s, 4);
	x->seen = (unsigned char)sqlite3_column_int(s, 5);
	x->seen_alone = (unsigned char)sqlite3_column_int(s, 6);
}

static void
row_cin_plan(struct area *a, sqlite3_stmt *s)
{
	struct m_cin_plan *x = PUSH(cin_plans);

	x->id = col_id(s, 0);
	x->child_id = col_id(s, 1);
	x->referral_id = col_id(s, 2);
	x->start = col_date(s, 3);
	x->end = col_date(s, 4);
}

static void
row_care(struct area *a, sqlite3_stmt *s)
{
	struct m_care_period *x = PUSH(care_periods);

	x->id = col_id(s, 0);
	x->child_id = col_id(s, 1);
	x->referral_id = col_id(s, 2);
	x->start = col_date(s, 3);
	x->end = col_date(s, 4);
	col_code(s, 5, x->legal_status, sizeof x->legal_status);
}

static void
row_agency(struct area *a, sqlite3_stmt *s)
{
	struct m_agency *x = PUSH(agencies);

	x->id = col_id(s, 0);
	x->name = col_str(a, s, 1);
	col_code(s, 2, x->kind, sizeof x->kind);
	col_code(s, 3, x->la_code, sizeof x->la_code);
}

static void
row_team(struct area *a, sqlite3_stmt *s)
{
	struct m_team *x = PUSH(teams);

	x->id = col_id(s, 0);
	x->agency_id = col_id(s, 1);
	x->name = col_str(a, s, 2);
	col_code(s, 3, x->kind, sizeof x->kind);
}

static void
row_professional(struct area *a, sqlite3_stmt *s)
{
	struct m_professional *x = PUSH(professionals);

	x->id = col_id(s, 0);
	x->agency_id = col_id(s, 1);
	x->team_id = col_id(s, 2);
	x->given_name = col_str(a, s, 3);
	x->family_name = col_str(a, s, 4);
	col_code(s, 5, x->role, sizeof x->role);
}

static void
row_relationship(struct area *a, sqlite3_stmt *s)
{
	struct m_relationship *x = PUSH(relationships);

	x->id = col_id(s, 0);
	x->child_id = col_id(s, 1);
	x->relative_child_id = col_id(s, 2);
	x->adult_id = col_id(s, 3);
	col_code(s, 4, x->kind, sizeof x->kind);
}

static void
row_setting(struct area *a, sqlite3_stmt *s)
{
	struct m_setting *x = PUSH(settings);

	x->key = col_str(a, s, 0);
	x->value = col_str(a, s, 1);
	x->effective_from = col_date(s, 2);
}

static const struct {
	const char *sql, *where;
	row_fn fn;
} loaders[] = {
	{"SELECT id, la_child_id, given_name, family_name, birth_date, expected_birth_date, sex,"
	 " ethnicity, disabilities, upn, former_upn, upn_unknown, death_date, household_id"
	 " FROM children", "id = ?1", row_child},
	{"SELECT id, child_id, received_date, source, primary_need, decision_date, nfa, team_id,"
	 " social_worker_id, closure_date, closure_reason FROM referrals", NULL, row_referral},
	{"SELECT id, child_id, referral_id, start_date, internal_review_date, authorised_date,"
	 " factors, social_worker_id, authorised_by_id FROM assessments", NULL, row_assessment},
	{"SELECT id, child_id, referral_id, held_date, outcome FROM strategy_discussions", NULL,
	 row_strategy},
	{"SELECT id, child_id, referral_id, strategy_discussion_id, start_date, icpc_target_date,"
	 " completed_date, outcome, icpc_not_required FROM s47_enquiries", NULL, row_s47},
	{"SELECT id, child_id, referral_id, kind, s47_id, plan_id, scheduled_date,"
	 " rescheduled_from, held_date, chair_id, report_to_chair_date, report_to_parents_date,"
	 " parents_met_chair, parents_understood, child_participation, advocate, decision,"
	 " categories, key_worker_id, dissent, plan_circulated_date, minutes_circulated_date,"
	 " transfer_from FROM conferences", NULL, row_conference},
	{"SELECT id, child_id, conference_id, agency_id, professional_id, invited_date,"
	 " report_requested, report_date, attended, apologies FROM conference_invitees", NULL,
	 row_invitee},
	{"SELECT id, child_id, referral_id, start_conference_id, start_date, initial_category,"
	 " latest_category, previous_plans, core_group_interval_days, key_worker_id, end_date,"
	 " end_reason, end_conference_id FROM cp_plans", NULL, row_plan},
	{"SELECT id, child_id, conference_id, professional_id FROM core_group_members", NULL,
	 row_core_member},
	{"SELECT id, child_id, plan_id, scheduled_date, held_date FROM core_groups", NULL,
	 row_core_group},
	{"SELECT id, child_id, core_group_id, professional_id, attended, apologies"
	 " FROM core_group_attendance", NULL, row_attendance},
	{"SELECT id, child_id, plan_id, visit_date, professional_id, seen, seen_alone FROM visits",
	 NULL, row_visit},
	{"SELECT id, child_id, referral_id, start_date, end_date FROM cin_plans", NULL,
	 row_cin_plan},
	{"SELECT id, child_id, referral_id, start_date, end_date, legal_status FROM care_periods",
	 NULL, row_care},
	{"SELECT id, child_id, relative_child_id, adult_id, kind FROM relationships", NULL,
	 row_relationship},
	{"SELECT id, name, kind, la_code FROM agencies", "", row_agency},
	{"SELECT id, agency_id, name, kind FROM teams", "", row_team},
	{"SELECT id, agency_id, team_id, given_name, family_name, role FROM professionals", "",
	 row_professional},
	{"SELECT key, value, effective_from FROM settings", "", row_setting},
};

static int loads_table(const char *sql, const char *const *tables);

int
store_load_tables(struct store *st, int64_t child_id, const char *const *tables,
    struct area *a)
{
	area_init(a);
	for (size_t i = 0; i < sizeof loaders / sizeof loaders[0]; i++) {
		/* Reference tables ("" filter) are read whole even for one child. */
		const char *where = loaders[i].where ? loaders[i].where : "child_id = ?1";
		int64_t filter = *where ? child_id : 0;
		if (tables && !loads_table(loaders[i].sql, tables))
			continue;
		if (load(st, a, loaders[i].sql, where, filter, loaders[i].fn) < 0) {
			area_free(a);
			return -1;
		}
	}
	area_index(a);
	return 0;
}

int
store_load_area(struct store *st, int64_t child_id, struct area *a)
{
	return store_load_tables(st, child_id, NULL, a);
}

/*
 * The census export (and any other pass over a whole area that needs only some tables)
 * reads the area a slice of children at a time, so that its memory is one slice's however
 * large the store: store_load_range. A loader is picked by the table its SQL reads.
 */
static int
loads_table(const char *sql, const char *const *tables)
{
	const char *from = strstr(sql, " FROM ");
	size_t n;

	if (!from)
		return 0;
	from += 6;
	n = strcspn(from, " ");
	for (int i = 0; tables[i]; i++)
		if (strlen(tables[i]) == n && strncmp(from, tables[i], n) == 0)
			return 1;
	return 0;
}

static int
load_range(struct store *st, struct area *a, const char *sql, const char *where,
    int64_t first, int64_t last, row_fn fn)
{
	char full[1024];
	sqlite3_stmt *s;
	int rc;

	/* The child filter "x = ?1" becomes "x BETWEEN ?1 AND ?2"; reference tables stay whole. */
	if (*where)
		snprintf(full, sizeof full, "%s WHERE %.*s BETWEEN ?1 AND ?2", sql,
		    (int)strcspn(where, " "), where);
	else
		snprintf(full, sizeof full, "%s", sql);
	if (!(s = store_prepare(st, full)))
		return -1;
	if (*where) {
		sqlite3_bind_int64(s, 1, first);
		sqlite3_bind_int64(s, 2, last);
	}
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		fn(a, s);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : store_fail(st, "cannot read the store");
}

int
store_load_range(struct store *st, int64_t first, int64_t last, const char *const *tables,
    struct area *a)
{
	area_init(a);
	for (size_t i = 0; i < sizeof loaders / sizeof loaders[0]; i++) {
		const char *where = loaders[i].where ? loaders[i].where : "child_id = ?1";
		if (!loads_table(loaders[i].sql, tables))
			continue;
		if (load_range(st, a, loaders[i].sql, where, first, last, loaders[i].fn) < 0) {
			area_free(a);
			return -1;
		}
	}
	area_index(a);
	return 0;
}

int
store_child_ids(struct store *st, int64_t *first, int64_t *last)
{
	sqlite3_stmt *s = store_prepare(st, "SELECT coalesce(min(id), 0), coalesce(max(id), 0)"
	    " FROM children");
	int rc;

	if (!s)
		return -1;
	rc = sqlite3_step(s);
	*first = sqlite3_column_int64(s, 0);
	*last = sqlite3_column_int64(s, 1);
	sqlite3_finalize(s);
	return rc == SQLITE_ROW ? 0 : store_fail(st, "cannot read the store");
}
