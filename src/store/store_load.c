/*
 * store_load.c: reads the typed records of an area (or one child) into a struct area.
 *
 * This is how the timescale engine, the census and the figures see the store: one read of
 * each table, rows mapped straight into the structs of model.h, then area_index() sorts
 * and links them. For one child every query filters on child_id (an index lookup); for
 * the whole area each table is read once from end to end, which is the fastest way
 * through SQLite for a national year of records.
 *
 * Each model struct is described once, as data (struct loader below): its table, which
 * rows one child takes, and its fields, each a column name, the field's offset and how the
 * column's value becomes the field (an id, a date, a code copied into a char array ...).
 * The SELECT is generated from the names, so a column is named once, and
 * tests/unit/test_store_load.c checks every name and kind against records.c.
 *
 * The web server loads one child per request, thousands a second, so the statements are
 * prepared once per store handle and kept (struct store's load[]), not once per call:
 * preparing about twenty statements cost more than running them for a small record.
 */
#include "store/store_int.h"

#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/mem.h"
#include "base/str.h"

enum ld_kind {
	LD_ID,		/* int64_t; NULL reads as 0, "none" */
	LD_INT,		/* int; NULL reads as 0 */
	LD_DATE,	/* cal_date; NULL or not a date: CAL_NONE */
	LD_CODE,	/* text copied into a char array of `size` bytes; NULL: "" */
	LD_STR,		/* const char * into the area's string pool; NULL stays NULL */
	LD_TRI,		/* signed char m_tristate: NULL is M_UNKNOWN */
	LD_BOOL,	/* unsigned char 0 or 1 */
	LD_CATEGORIES,	/* unsigned M_NEG ... bits from a list of abuse categories */
	LD_SEX,		/* char 'M', 'F' or 'U'; NULL: 'U' */
	LD_CONF_KIND,	/* enum m_conf_kind from a conference_kind code */
};

struct ld_col {
	const char *name;	/* records.c column */
	size_t off;		/* offsetof the field in the model struct */
	enum ld_kind kind;
	size_t size;		/* LD_CODE: the char array's size */
};

enum ld_filter {
	LD_BY_CHILD,	/* a pathway table: one child's rows have its child_id */
	LD_BY_ID,	/* children: the child itself */
	LD_WHOLE,	/* a reference table (agencies, settings ...): read whole even for one child */
	LD_AREA,	/* a table of no child's (the LADO's cases): read for the whole area only */
};

/* Where the three statements of a loader are kept in struct store's load[]. */
enum { LD_ALL, LD_ONE, LD_RANGE, LD_NVARIANTS };

struct loader {
	const char *table;
	enum ld_filter filter;
	void *(*push)(struct area *a);	/* a new zeroed record at the end of the array */
	const struct ld_col *cols;
	int ncols;
};

#define PUSHER(name, type, arr)                                              \
	static void *push_##name(struct area *a)                             \
	{                                                                    \
		type *x;                                                     \
		VEC_GROW(a->arr, a->n_##arr, a->cap_##arr);                  \
		x = &a->arr[a->n_##arr++];                                   \
		memset(x, 0, sizeof *x);                                     \
		return x;                                                    \
	}

#define F(type, name, field, kind) {name, offsetof(type, field), kind, 0}
#define CODE(type, name, field) {name, offsetof(type, field), LD_CODE, sizeof ((type *)0)->field}
#define N(a) ((int)(sizeof a / sizeof a[0]))

PUSHER(child, struct m_child, children)
static const struct ld_col child_cols[] = {
	F(struct m_child, "id", id, LD_ID),
	CODE(struct m_child, "la_child_id", la_child_id),
	F(struct m_child, "given_name", given_name, LD_STR),
	F(struct m_child, "family_name", family_name, LD_STR),
	F(struct m_child, "birth_date", birth, LD_DATE),
	F(struct m_child, "expected_birth_date", expected_birth, LD_DATE),
	F(struct m_child, "sex", sex, LD_SEX),
	CODE(struct m_child, "ethnicity", ethnicity),
	F(struct m_child, "disabilities", disabilities, LD_STR),
	CODE(struct m_child, "upn", upn),
	CODE(struct m_child, "former_upn", former_upn),
	CODE(struct m_child, "upn_unknown", upn_unknown),
	CODE(struct m_child, "nhs_number", nhs_number),
	F(struct m_child, "death_date", death, LD_DATE),
	F(struct m_child, "household_id", household_id, LD_ID),
};

PUSHER(referral, struct m_referral, referrals)
static const struct ld_col referral_cols[] = {
	F(struct m_referral, "id", id, LD_ID),
	F(struct m_referral, "child_id", child_id, LD_ID),
	F(struct m_referral, "received_date", received, LD_DATE),
	CODE(struct m_referral, "source", source),
	CODE(struct m_referral, "primary_need", primary_need),
	F(struct m_referral, "decision_date", decision, LD_DATE),
	F(struct m_referral, "nfa", nfa, LD_BOOL),
	F(struct m_referral, "team_id", team_id, LD_ID),
	F(struct m_referral, "social_worker_id", social_worker_id, LD_ID),
	F(struct m_referral, "closure_date", closure, LD_DATE),
	CODE(struct m_referral, "closure_reason", closure_reason),
	F(struct m_referral, "referrer_agency_id", referrer_agency_id, LD_ID),
	F(struct m_referral, "nfa_authorised_date", nfa_authorised, LD_DATE),
	F(struct m_referral, "nfa_authorised_by_id", nfa_authorised_by_id, LD_ID),
};

PUSHER(assessment, struct m_assessment, assessments)
static const struct ld_col assessment_cols[] = {
	F(struct m_assessment, "id", id, LD_ID),
	F(struct m_assessment, "child_id", child_id, LD_ID),
	F(struct m_assessment, "referral_id", referral_id, LD_ID),
	F(struct m_assessment, "start_date", start, LD_DATE),
	F(struct m_assessment, "internal_review_date", internal_review, LD_DATE),
	F(struct m_assessment, "authorised_date", authorised, LD_DATE),
	F(struct m_assessment, "factors", factors, LD_STR),
	F(struct m_assessment, "social_worker_id", social_worker_id, LD_ID),
	F(struct m_assessment, "authorised_by_id", authorised_by_id, LD_ID),
	F(struct m_assessment, "submitted_date", submitted, LD_DATE),
	F(struct m_assessment, "child_seen", child_seen, LD_TRI),
};

PUSHER(strategy, struct m_strategy, strategies)
static const struct ld_col strategy_cols[] = {
	F(struct m_strategy, "id", id, LD_ID),
	F(struct m_strategy, "child_id", child_id, LD_ID),
	F(struct m_strategy, "referral_id", referral_id, LD_ID),
	F(struct m_strategy, "held_date", held, LD_DATE),
	CODE(struct m_strategy, "outcome", outcome),
};

PUSHER(s47, struct m_s47, s47s)
static const struct ld_col s47_cols[] = {
	F(struct m_s47, "id", id, LD_ID),
	F(struct m_s47, "child_id", child_id, LD_ID),
	F(struct m_s47, "referral_id", referral_id, LD_ID),
	F(struct m_s47, "strategy_discussion_id", strategy_id, LD_ID),
	F(struct m_s47, "start_date", start, LD_DATE),
	F(struct m_s47, "icpc_target_date", icpc_target, LD_DATE),
	F(struct m_s47, "completed_date", completed, LD_DATE),
	CODE(struct m_s47, "outcome", outcome),
	F(struct m_s47, "icpc_not_required", icpc_not_required, LD_BOOL),
	F(struct m_s47, "outcome_authorised_date", outcome_authorised, LD_DATE),
	F(struct m_s47, "outcome_authorised_by_id", outcome_authorised_by_id, LD_ID),
};

PUSHER(conference, struct m_conference, conferences)
static const struct ld_col conference_cols[] = {
	F(struct m_conference, "id", id, LD_ID),
	F(struct m_conference, "child_id", child_id, LD_ID),
	F(struct m_conference, "referral_id", referral_id, LD_ID),
	F(struct m_conference, "kind", kind, LD_CONF_KIND),
	F(struct m_conference, "s47_id", s47_id, LD_ID),
	F(struct m_conference, "plan_id", plan_id, LD_ID),
	F(struct m_conference, "scheduled_date", scheduled, LD_DATE),
	F(struct m_conference, "rescheduled_from", rescheduled_from, LD_DATE),
	F(struct m_conference, "held_date", held, LD_DATE),
	F(struct m_conference, "chair_id", chair_id, LD_ID),
	F(struct m_conference, "report_to_chair_date", report_to_chair, LD_DATE),
	F(struct m_conference, "report_to_parents_date", report_to_parents, LD_DATE),
	F(struct m_conference, "parents_met_chair", parents_met_chair, LD_TRI),
	F(struct m_conference, "parents_understood", parents_understood, LD_TRI),
	CODE(struct m_conference, "child_participation", participation),
	F(struct m_conference, "advocate", advocate, LD_TRI),
	CODE(struct m_conference, "decision", decision),
	F(struct m_conference, "categories", categories, LD_CATEGORIES),
	F(struct m_conference, "key_worker_id", key_worker_id, LD_ID),
	F(struct m_conference, "dissent", dissent, LD_TRI),
	F(struct m_conference, "plan_circulated_date", plan_circulated, LD_DATE),
	F(struct m_conference, "minutes_circulated_date", minutes_circulated, LD_DATE),
	F(struct m_conference, "transfer_from", transfer_from, LD_STR),
	CODE(struct m_conference, "scheduled_time", scheduled_time),
	F(struct m_conference, "venue", venue, LD_STR),
	F(struct m_conference, "cancelled_date", cancelled, LD_DATE),
	F(struct m_conference, "cancel_reason", cancel_reason, LD_STR),
	F(struct m_conference, "child_views", child_views, LD_STR),
	F(struct m_conference, "outline_plan", outline_plan, LD_STR),
};

PUSHER(invitee, struct m_invitee, invitees)
static const struct ld_col invitee_cols[] = {
	F(struct m_invitee, "id", id, LD_ID),
	F(struct m_invitee, "child_id", child_id, LD_ID),
	F(struct m_invitee, "conference_id", conference_id, LD_ID),
	F(struct m_invitee, "agency_id", agency_id, LD_ID),
	F(struct m_invitee, "professional_id", professional_id, LD_ID),
	F(struct m_invitee, "invited_date", invited, LD_DATE),
	F(struct m_invitee, "report_requested", report_requested, LD_BOOL),
	F(struct m_invitee, "report_date", report, LD_DATE),
	F(struct m_invitee, "attended", attended, LD_BOOL),
	F(struct m_invitee, "apologies", apologies, LD_BOOL),
	F(struct m_invitee, "replied_date", replied, LD_DATE),
	F(struct m_invitee, "reply_attending", reply_attending, LD_TRI),
};

PUSHER(plan, struct m_plan, plans)
static const struct ld_col plan_cols[] = {
	F(struct m_plan, "id", id, LD_ID),
	F(struct m_plan, "child_id", child_id, LD_ID),
	F(struct m_plan, "referral_id", referral_id, LD_ID),
	F(struct m_plan, "start_conference_id", start_conference_id, LD_ID),
	F(struct m_plan, "start_date", start, LD_DATE),
	CODE(struct m_plan, "initial_category", initial_category),
	CODE(struct m_plan, "latest_category", latest_category),
	F(struct m_plan, "previous_plans", previous_plans, LD_INT),
	F(struct m_plan, "core_group_interval_days", core_group_interval_days, LD_INT),
	F(struct m_plan, "key_worker_id", key_worker_id, LD_ID),
	F(struct m_plan, "end_date", end, LD_DATE),
	CODE(struct m_plan, "end_reason", end_reason),
	F(struct m_plan, "end_conference_id", end_conference_id, LD_ID),
	F(struct m_plan, "end_authorised_date", end_authorised, LD_DATE),
	F(struct m_plan, "end_authorised_by_id", end_authorised_by_id, LD_ID),
};

PUSHER(core_member, struct m_core_member, core_members)
static const struct ld_col core_member_cols[] = {
	F(struct m_core_member, "id", id, LD_ID),
	F(struct m_core_member, "child_id", child_id, LD_ID),
	F(struct m_core_member, "conference_id", conference_id, LD_ID),
	F(struct m_core_member, "professional_id", professional_id, LD_ID),
};

PUSHER(core_group, struct m_core_group, core_groups)
static const struct ld_col core_group_cols[] = {
	F(struct m_core_group, "id", id, LD_ID),
	F(struct m_core_group, "child_id", child_id, LD_ID),
	F(struct m_core_group, "plan_id", plan_id, LD_ID),
	F(struct m_core_group, "scheduled_date", scheduled, LD_DATE),
	F(struct m_core_group, "held_date", held, LD_DATE),
	F(struct m_core_group, "notes", notes, LD_STR),
};

PUSHER(attendance, struct m_attendance, attendance)
static const struct ld_col attendance_cols[] = {
	F(struct m_attendance, "id", id, LD_ID),
	F(struct m_attendance, "child_id", child_id, LD_ID),
	F(struct m_attendance, "core_group_id", core_group_id, LD_ID),
	F(struct m_attendance, "professional_id", professional_id, LD_ID),
	F(struct m_attendance, "attended", attended, LD_BOOL),
	F(struct m_attendance, "apologies", apologies, LD_BOOL),
};

PUSHER(visit, struct m_visit, visits)
static const struct ld_col visit_cols[] = {
	F(struct m_visit, "id", id, LD_ID),
	F(struct m_visit, "child_id", child_id, LD_ID),
	F(struct m_visit, "plan_id", plan_id, LD_ID),
	F(struct m_visit, "visit_date", date, LD_DATE),
	F(struct m_visit, "professional_id", professional_id, LD_ID),
	F(struct m_visit, "seen", seen, LD_BOOL),
	F(struct m_visit, "seen_alone", seen_alone, LD_BOOL),
};

PUSHER(cin_plan, struct m_cin_plan, cin_plans)
static const struct ld_col cin_plan_cols[] = {
	F(struct m_cin_plan, "id", id, LD_ID),
	F(struct m_cin_plan, "child_id", child_id, LD_ID),
	F(struct m_cin_plan, "referral_id", referral_id, LD_ID),
	F(struct m_cin_plan, "start_date", start, LD_DATE),
	F(struct m_cin_plan, "end_date", end, LD_DATE),
};

PUSHER(care, struct m_care_period, care_periods)
static const struct ld_col care_cols[] = {
	F(struct m_care_period, "id", id, LD_ID),
	F(struct m_care_period, "child_id", child_id, LD_ID),
	F(struct m_care_period, "referral_id", referral_id, LD_ID),
	F(struct m_care_period, "start_date", start, LD_DATE),
	F(struct m_care_period, "end_date", end, LD_DATE),
	CODE(struct m_care_period, "legal_status", legal_status),
};

PUSHER(lookup, struct m_health_lookup, health_lookups)
static const struct ld_col lookup_cols[] = {
	F(struct m_health_lookup, "id", id, LD_ID),
	F(struct m_health_lookup, "child_id", child_id, LD_ID),
	F(struct m_health_lookup, "lookup_date", date, LD_DATE),
	F(struct m_health_lookup, "user_id", user_id, LD_ID),
	CODE(struct m_health_lookup, "answer", answer),
	F(struct m_health_lookup, "acknowledged_date", acknowledged, LD_DATE),
	F(struct m_health_lookup, "acknowledged_by_id", acknowledged_by_id, LD_ID),
};

PUSHER(contact, struct m_contact, contacts)
static const struct ld_col contact_cols[] = {
	F(struct m_contact, "id", id, LD_ID),
	F(struct m_contact, "child_id", child_id, LD_ID),
	F(struct m_contact, "received_date", received, LD_DATE),
	CODE(struct m_contact, "source", source),
};

/* The partnership's records around the pathway (issue 11): their maps are kept apart. */
#include "store/store_load_partnership.h"

#define LOADER(table, filter, name) {table, filter, push_##name, name##_cols, N(name##_cols)}

static const struct loader loaders[] = {
	LOADER("children", LD_BY_ID, child),
	LOADER("referrals", LD_BY_CHILD, referral),
	LOADER("assessments", LD_BY_CHILD, assessment),
	LOADER("strategy_discussions", LD_BY_CHILD, strategy),
	LOADER("s47_enquiries", LD_BY_CHILD, s47),
	LOADER("conferences", LD_BY_CHILD, conference),
	LOADER("conference_invitees", LD_BY_CHILD, invitee),
	LOADER("cp_plans", LD_BY_CHILD, plan),
	LOADER("core_group_members", LD_BY_CHILD, core_member),
	LOADER("core_groups", LD_BY_CHILD, core_group),
	LOADER("core_group_attendance", LD_BY_CHILD, attendance),
	LOADER("visits", LD_BY_CHILD, visit),
	LOADER("cin_plans", LD_BY_CHILD, cin_plan),
	LOADER("care_periods", LD_BY_CHILD, care),
	LOADER("relationships", LD_BY_CHILD, relationship),
	LOADER("agencies", LD_WHOLE, agency),
	LOADER("teams", LD_WHOLE, team),
	LOADER("professionals", LD_WHOLE, professional),
	LOADER("settings", LD_WHOLE, setting),
	LOADER("health_lookups", LD_BY_CHILD, lookup),
	LOADER("contacts", LD_BY_CHILD, contact),
	LOADER("escalations", LD_BY_CHILD, escalation),		/* escalations (issue 11) */
	LOADER("escalation_stages", LD_BY_CHILD, esc_stage),
	LOADER("lado_cases", LD_AREA, lado),	/* the LADO (issue 11, point 2) */
	LOADER("conference_quality", LD_BY_CHILD, quality),	/* migration_qa */
	LOADER("conference_feedback", LD_BY_CHILD, feedback),
	LOADER("encompass_notifications", LD_BY_CHILD, encompass),	/* Operation Encompass */
	LOADER("missing_episodes", LD_BY_CHILD, missing),		/* missing episodes */
	LOADER("placements_in_area", LD_BY_CHILD, placement),	/* migration_placed */
	LOADER("child_deaths", LD_AREA, death),		/* child deaths (issue 11, point 6) */
	/* training (issue 11, point 5): no child's, read for the whole area only */
	LOADER("training_courses", LD_AREA, tcourse),
	LOADER("training_sessions", LD_AREA, tsession),
	LOADER("training_bookings", LD_AREA, tbooking),
	/* multi-agency case audits and the actions (migration_audits) */
	LOADER("audit_cases", LD_AREA, audit_case),
	LOADER("audit_contributions", LD_AREA, audit_return),
	LOADER("actions", LD_AREA, action),
	LOADER("practice_reviews", LD_AREA, review),
	LOADER("self_assessments", LD_AREA, self_assessment),	/* self-assessments */
};

_Static_assert(N(loaders) * LD_NVARIANTS <= STORE_LOAD_SLOTS,
    "struct store keeps a statement for each loader and variant");

static enum m_conf_kind
conf_kind(const char *k)
{
	if (k && strcmp(k, "review") == 0)
		return M_REVIEW;
	if (k && strcmp(k, "transfer_in") == 0)
		return M_TRANSFER_IN;
	return M_INITIAL;
}

static cal_date
text_date(const char *t)
{
	cal_date d;

	return t && cal_parse(t, &d) ? d : CAL_NONE;
}

static void
code_copy(char *out, size_t size, const char *t)
{
	str_copy(out, size, t ? t : "");
}

static void
sex_of(char *out, const char *t)
{
	*out = t && *t ? t[0] : 'U';
}

/* Column i of the row s becomes the field c of the record at x: one switch a column,
 * about a million and a half of them for the demo area. */
static void
read_col(struct area *a, sqlite3_stmt *s, int i, const struct ld_col *c, char *x)
{
	char *f = x + c->off;

	switch (c->kind) {
	case LD_ID: *(int64_t *)f = sqlite3_column_int64(s, i); break;
	case LD_INT: *(int *)f = sqlite3_column_int(s, i); break;
	case LD_BOOL: *(unsigned char *)f = sqlite3_column_int(s, i) != 0; break;
	case LD_TRI:
		*(signed char *)f = sqlite3_column_type(s, i) == SQLITE_NULL ? M_UNKNOWN :
		    sqlite3_column_int(s, i) ? M_YES : M_NO;
		break;
	case LD_DATE: *(cal_date *)f = text_date((const char *)sqlite3_column_text(s, i)); break;
	case LD_CODE: code_copy(f, c->size, (const char *)sqlite3_column_text(s, i)); break;
	case LD_STR:
		*(const char **)f = area_strdup(a, (const char *)sqlite3_column_text(s, i));
		break;
	case LD_SEX: sex_of(f, (const char *)sqlite3_column_text(s, i)); break;
	case LD_CATEGORIES:
		*(unsigned *)f = m_categories((const char *)sqlite3_column_text(s, i));
		break;
	case LD_CONF_KIND:
		*(enum m_conf_kind *)f = conf_kind((const char *)sqlite3_column_text(s, i));
		break;
	}
}

/* The loader's SELECT, with the filter of the variant: all rows, one child's, a range. */
static sqlite3_stmt *
statement(struct store *st, const struct loader *l, int variant)
{
	sqlite3_stmt **slot = &st->load[(l - loaders) * LD_NVARIANTS + variant];
	const char *key = l->filter == LD_BY_ID ? "id" : "child_id";
	struct buf sql;

	if (*slot)
		return *slot;
	buf_init(&sql, 4096);
	buf_adds(&sql, "SELECT ");
	for (int i = 0; i < l->ncols; i++)
		buf_printf(&sql, "%s%s", i ? ", " : "", l->cols[i].name);
	buf_printf(&sql, " FROM %s", l->table);
	if (variant == LD_ONE)
		buf_printf(&sql, " WHERE %s = ?1", key);
	else if (variant == LD_RANGE)
		buf_printf(&sql, " WHERE %s BETWEEN ?1 AND ?2", key);
	*slot = store_prepare(st, buf_str(&sql));
	buf_free(&sql);
	return *slot;
}

/* Reads the rows of one loader: all of them (LD_ALL), one child's (LD_ONE: first), or
 * those of the children first to last (LD_RANGE). Reference tables are read whole. */
static int
load(struct store *st, struct area *a, const struct loader *l, int variant, int64_t first,
    int64_t last)
{
	sqlite3_stmt *s;
	int rc;

	if (l->filter == LD_WHOLE)
		variant = LD_ALL;
	if (l->filter == LD_AREA && variant != LD_ALL)
		return 0;	/* one child's records, or a slice of children's: none of these */
	if (!(s = statement(st, l, variant)))
		return -1;
	if (variant != LD_ALL)
		sqlite3_bind_int64(s, 1, first);
	if (variant == LD_RANGE)
		sqlite3_bind_int64(s, 2, last);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		char *x = l->push(a);
		for (int i = 0; i < l->ncols; i++)
			read_col(a, s, i, &l->cols[i], x);
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : store_fail(st, "cannot read the store");
}

/* Whether the list of names (NULL: every table) takes the loader's table. */
static int
wanted(const struct loader *l, const char *const *tables)
{
	for (int i = 0; tables && tables[i]; i++)
		if (strcmp(tables[i], l->table) == 0)
			return 1;
	return !tables;
}

static int
load_all(struct store *st, int variant, int64_t first, int64_t last,
    const char *const *tables, struct area *a)
{
	area_init(a);
	for (int i = 0; i < N(loaders); i++) {
		if (!wanted(&loaders[i], tables))
			continue;
		if (load(st, a, &loaders[i], variant, first, last) < 0) {
			area_free(a);
			return -1;
		}
	}
	area_index(a);
	return 0;
}

int
store_load_tables(struct store *st, int64_t child_id, const char *const *tables,
    struct area *a)
{
	return load_all(st, child_id > 0 ? LD_ONE : LD_ALL, child_id, child_id, tables, a);
}

int
store_load_area(struct store *st, int64_t child_id, struct area *a)
{
	return store_load_tables(st, child_id, NULL, a);
}

/*
 * The census export (and any other pass over a whole area that needs only some tables)
 * reads the area a slice of children at a time, so that its memory is one slice's however
 * large the store.
 */
int
store_load_range(struct store *st, int64_t first, int64_t last, const char *const *tables,
    struct area *a)
{
	return load_all(st, LD_RANGE, first, last, tables, a);
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
