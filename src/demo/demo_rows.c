/*
 * demo_rows.c: rows of the demo waiting to be written, table by table.
 *
 * The generator fills rows as records.h describes them (struct field arrays), so the
 * store's generic bulk path writes them and nothing here knows any SQL. Columns are named
 * once, in the table below, and looked up in records.c when a run starts: if the record
 * registry gains or moves a column, the demo still writes what it knows, in the right
 * place. Text lives in blocks that are kept from batch to batch; dates point into one
 * table of "YYYY-MM-DD" strings built at the start, so a date costs no formatting at all
 * (tens of millions are written for the national year).
 */
#include "demo/demo_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"

#define BLOCK_SIZE (256 * 1024)

struct d_block {
	struct d_block *next;
	size_t used;
	char data[BLOCK_SIZE];
};

static const char *const table_names[D_NTABLES] = {
	"agencies", "teams", "professionals", "users", "households", "children", "adults",
	"relationships", "contacts", "referrals", "assessments", "strategy_discussions", "s47_enquiries",
	"conferences", "conference_invitees", "cp_plans", "core_group_members", "core_groups",
	"core_group_attendance", "visits", "cin_plans", "care_periods", "settings",
	"conference_quality", "conference_feedback",
};

static const struct {
	unsigned char table;
	const char *name;
} columns[D_NCOLS] = {
	[AG_NAME] = {T_AGENCIES, "name"}, [AG_KIND] = {T_AGENCIES, "kind"},
	[AG_LA_CODE] = {T_AGENCIES, "la_code"},
	[TM_AGENCY] = {T_TEAMS, "agency_id"}, [TM_NAME] = {T_TEAMS, "name"},
	[TM_KIND] = {T_TEAMS, "kind"},
	[PR_AGENCY] = {T_PROFESSIONALS, "agency_id"}, [PR_TEAM] = {T_PROFESSIONALS, "team_id"},
	[PR_GIVEN] = {T_PROFESSIONALS, "given_name"},
	[PR_FAMILY] = {T_PROFESSIONALS, "family_name"}, [PR_ROLE] = {T_PROFESSIONALS, "role"},
	[PR_EMAIL] = {T_PROFESSIONALS, "email"},
	[US_USERNAME] = {T_USERS, "username"}, [US_PROFESSIONAL] = {T_USERS, "professional_id"},
	[US_ROLE] = {T_USERS, "role"}, [US_ACTIVE] = {T_USERS, "active"},
	[HH_ADDRESS] = {T_HOUSEHOLDS, "address"}, [HH_POSTCODE] = {T_HOUSEHOLDS, "postcode"},
	[CH_LA_ID] = {T_CHILDREN, "la_child_id"}, [CH_GIVEN] = {T_CHILDREN, "given_name"},
	[CH_FAMILY] = {T_CHILDREN, "family_name"}, [CH_BIRTH] = {T_CHILDREN, "birth_date"},
	[CH_EXPECTED] = {T_CHILDREN, "expected_birth_date"}, [CH_SEX] = {T_CHILDREN, "sex"},
	[CH_ETHNICITY] = {T_CHILDREN, "ethnicity"},
	[CH_DISABILITIES] = {T_CHILDREN, "disabilities"}, [CH_UPN] = {T_CHILDREN, "upn"},
	[CH_UPN_UNKNOWN] = {T_CHILDREN, "upn_unknown"}, [CH_NHS] = {T_CHILDREN, "nhs_number"},
	[CH_DEATH] = {T_CHILDREN, "death_date"}, [CH_HOUSEHOLD] = {T_CHILDREN, "household_id"},
	[AD_GIVEN] = {T_ADULTS, "given_name"}, [AD_FAMILY] = {T_ADULTS, "family_name"},
	[AD_BIRTH] = {T_ADULTS, "birth_date"}, [AD_SEX] = {T_ADULTS, "sex"},
	[AD_HOUSEHOLD] = {T_ADULTS, "household_id"},
	[RL_CHILD] = {T_RELATIONSHIPS, "child_id"},
	[RL_RELATIVE] = {T_RELATIONSHIPS, "relative_child_id"},
	[RL_ADULT] = {T_RELATIONSHIPS, "adult_id"}, [RL_KIND] = {T_RELATIONSHIPS, "kind"},
	[RL_PR] = {T_RELATIONSHIPS, "parental_responsibility"},
	[CT_CHILD] = {T_CONTACTS, "child_id"}, [CT_RECEIVED] = {T_CONTACTS, "received_date"},
	[CT_SOURCE] = {T_CONTACTS, "source"}, [CT_OUTCOME] = {T_CONTACTS, "outcome"},
	[RF_CHILD] = {T_REFERRALS, "child_id"}, [RF_CONTACT] = {T_REFERRALS, "contact_id"}, [RF_RECEIVED] = {T_REFERRALS, "received_date"},
	[RF_SOURCE] = {T_REFERRALS, "source"}, [RF_NEED] = {T_REFERRALS, "primary_need"},
	[RF_DECISION] = {T_REFERRALS, "decision_date"}, [RF_NFA] = {T_REFERRALS, "nfa"},
	[RF_TEAM] = {T_REFERRALS, "team_id"}, [RF_SW] = {T_REFERRALS, "social_worker_id"},
	[RF_CLOSURE] = {T_REFERRALS, "closure_date"},
	[RF_REASON] = {T_REFERRALS, "closure_reason"},
	[AS_CHILD] = {T_ASSESSMENTS, "child_id"}, [AS_REFERRAL] = {T_ASSESSMENTS, "referral_id"},
	[AS_START] = {T_ASSESSMENTS, "start_date"},
	[AS_AUTHORISED] = {T_ASSESSMENTS, "authorised_date"},
	[AS_FACTORS] = {T_ASSESSMENTS, "factors"},
	[AS_SW] = {T_ASSESSMENTS, "social_worker_id"},
	[AS_BY] = {T_ASSESSMENTS, "authorised_by_id"}, [AS_SEEN] = {T_ASSESSMENTS, "child_seen"},
	[SD_CHILD] = {T_STRATEGY, "child_id"}, [SD_REFERRAL] = {T_STRATEGY, "referral_id"},
	[SD_HELD] = {T_STRATEGY, "held_date"}, [SD_POLICE] = {T_STRATEGY, "police_present"},
	[SD_HEALTH] = {T_STRATEGY, "health_present"},
	[SD_EDUCATION] = {T_STRATEGY, "education_present"},
	[SD_OUTCOME] = {T_STRATEGY, "outcome"},
	[S4_CHILD] = {T_S47, "child_id"}, [S4_REFERRAL] = {T_S47, "referral_id"},
	[S4_STRATEGY] = {T_S47, "strategy_discussion_id"}, [S4_START] = {T_S47, "start_date"},
	[S4_TARGET] = {T_S47, "icpc_target_date"}, [S4_COMPLETED] = {T_S47, "completed_date"},
	[S4_OUTCOME] = {T_S47, "outcome"}, [S4_NOT_REQUIRED] = {T_S47, "icpc_not_required"},
	[CF_CHILD] = {T_CONFERENCES, "child_id"}, [CF_REFERRAL] = {T_CONFERENCES, "referral_id"},
	[CF_KIND] = {T_CONFERENCES, "kind"}, [CF_S47] = {T_CONFERENCES, "s47_id"},
	[CF_PLAN] = {T_CONFERENCES, "plan_id"},
	[CF_SCHEDULED] = {T_CONFERENCES, "scheduled_date"},
	[CF_RESCHEDULED] = {T_CONFERENCES, "rescheduled_from"},
	[CF_HELD] = {T_CONFERENCES, "held_date"}, [CF_CHAIR] = {T_CONFERENCES, "chair_id"},
	[CF_TO_CHAIR] = {T_CONFERENCES, "report_to_chair_date"},
	[CF_TO_PARENTS] = {T_CONFERENCES, "report_to_parents_date"},
	[CF_MET_CHAIR] = {T_CONFERENCES, "parents_met_chair"},
	[CF_UNDERSTOOD] = {T_CONFERENCES, "parents_understood"},
	[CF_PARTICIPATION] = {T_CONFERENCES, "child_participation"},
	[CF_ADVOCATE] = {T_CONFERENCES, "advocate"}, [CF_DECISION] = {T_CONFERENCES, "decision"},
	[CF_CATEGORIES] = {T_CONFERENCES, "categories"},
	[CF_KEY_WORKER] = {T_CONFERENCES, "key_worker_id"},
	[CF_DISSENT] = {T_CONFERENCES, "dissent"},
	[CF_PLAN_CIRCULATED] = {T_CONFERENCES, "plan_circulated_date"},
	[CF_MINUTES] = {T_CONFERENCES, "minutes_circulated_date"},
	[CF_TRANSFER_FROM] = {T_CONFERENCES, "transfer_from"},
	[IN_CHILD] = {T_INVITEES, "child_id"}, [IN_CONFERENCE] = {T_INVITEES, "conference_id"},
	[IN_AGENCY] = {T_INVITEES, "agency_id"},
	[IN_PROFESSIONAL] = {T_INVITEES, "professional_id"},
	[IN_INVITED] = {T_INVITEES, "invited_date"},
	[IN_REQUESTED] = {T_INVITEES, "report_requested"},
	[IN_REPORT] = {T_INVITEES, "report_date"}, [IN_ATTENDED] = {T_INVITEES, "attended"},
	[IN_APOLOGIES] = {T_INVITEES, "apologies"},
	[PL_CHILD] = {T_PLANS, "child_id"}, [PL_REFERRAL] = {T_PLANS, "referral_id"},
	[PL_START_CONF] = {T_PLANS, "start_conference_id"}, [PL_START] = {T_PLANS, "start_date"},
	[PL_INITIAL] = {T_PLANS, "initial_category"},
	[PL_LATEST] = {T_PLANS, "latest_category"},
	[PL_PREVIOUS] = {T_PLANS, "previous_plans"},
	[PL_INTERVAL] = {T_PLANS, "core_group_interval_days"},
	[PL_KEY_WORKER] = {T_PLANS, "key_worker_id"}, [PL_END] = {T_PLANS, "end_date"},
	[PL_END_REASON] = {T_PLANS, "end_reason"},
	[PL_END_CONF] = {T_PLANS, "end_conference_id"},
	[CM_CHILD] = {T_CORE_MEMBERS, "child_id"},
	[CM_CONFERENCE] = {T_CORE_MEMBERS, "conference_id"},
	[CM_PROFESSIONAL] = {T_CORE_MEMBERS, "professional_id"},
	[CG_CHILD] = {T_CORE_GROUPS, "child_id"}, [CG_PLAN] = {T_CORE_GROUPS, "plan_id"},
	[CG_SCHEDULED] = {T_CORE_GROUPS, "scheduled_date"},
	[CG_HELD] = {T_CORE_GROUPS, "held_date"},
	[CA_CHILD] = {T_ATTENDANCE, "child_id"}, [CA_GROUP] = {T_ATTENDANCE, "core_group_id"},
	[CA_PROFESSIONAL] = {T_ATTENDANCE, "professional_id"},
	[CA_ATTENDED] = {T_ATTENDANCE, "attended"}, [CA_APOLOGIES] = {T_ATTENDANCE, "apologies"},
	[VI_CHILD] = {T_VISITS, "child_id"}, [VI_PLAN] = {T_VISITS, "plan_id"},
	[VI_DATE] = {T_VISITS, "visit_date"}, [VI_PROFESSIONAL] = {T_VISITS, "professional_id"},
	[VI_SEEN] = {T_VISITS, "seen"}, [VI_ALONE] = {T_VISITS, "seen_alone"},
	[CP_CHILD] = {T_CIN_PLANS, "child_id"}, [CP_REFERRAL] = {T_CIN_PLANS, "referral_id"},
	[CP_START] = {T_CIN_PLANS, "start_date"}, [CP_END] = {T_CIN_PLANS, "end_date"},
	[CC_CHILD] = {T_CARE, "child_id"}, [CC_REFERRAL] = {T_CARE, "referral_id"},
	[CC_START] = {T_CARE, "start_date"}, [CC_END] = {T_CARE, "end_date"},
	[CC_LEGAL] = {T_CARE, "legal_status"},
	[ST_KEY] = {T_SETTINGS, "key"}, [ST_VALUE] = {T_SETTINGS, "value"},
	[ST_FROM] = {T_SETTINGS, "effective_from"},
	[RF_NFA_AUTH] = {T_REFERRALS, "nfa_authorised_date"},
	[RF_NFA_BY] = {T_REFERRALS, "nfa_authorised_by_id"},
	[AS_SUBMITTED] = {T_ASSESSMENTS, "submitted_date"},
	[S4_AUTH] = {T_S47, "outcome_authorised_date"},
	[S4_BY] = {T_S47, "outcome_authorised_by_id"},
	[PL_END_AUTH] = {T_PLANS, "end_authorised_date"},
	[PL_END_BY] = {T_PLANS, "end_authorised_by_id"},
	[QA_CHILD] = {T_QUALITY, "child_id"}, [QA_CONFERENCE] = {T_QUALITY, "conference_id"},
	[QA_COMPLETED] = {T_QUALITY, "completed_date"},
	[QA_PREMEETING] = {T_QUALITY, "premeeting_held"},
	[QA_TO_CHAIR] = {T_QUALITY, "report_to_chair_in_time"},
	[QA_SHARED] = {T_QUALITY, "reports_shared_in_time"},
	[QA_AGENCIES] = {T_QUALITY, "agencies_contributed"},
	[QA_VOICE] = {T_QUALITY, "child_voice_heard"}, [QA_SMART] = {T_QUALITY, "plan_smart"},
	[QA_RATING] = {T_QUALITY, "rating"}, [QA_COMMENTS] = {T_QUALITY, "comments"},
	[FB_CHILD] = {T_FEEDBACK, "child_id"}, [FB_CONFERENCE] = {T_FEEDBACK, "conference_id"},
	[FB_RESPONDENT] = {T_FEEDBACK, "respondent"},
	[FB_RECEIVED] = {T_FEEDBACK, "received_date"},
	[FB_UNDERSTOOD] = {T_FEEDBACK, "understood_why"},
	[FB_LISTENED] = {T_FEEDBACK, "listened_to"}, [FB_MET_CHAIR] = {T_FEEDBACK, "met_chair"},
	[FB_CHANGE] = {T_FEEDBACK, "would_change"}, [FB_COMMENTS] = {T_FEEDBACK, "comments"},
};

/* Binds every table and column to records.c; a name it lacks is a bug, said plainly. */
static int
map_columns(struct d_rows *r, char *err, size_t errsize)
{
	for (int t = 0; t < D_NTABLES; t++) {
		r->t[t] = records_table(table_names[t]);
		r->next_id[t] = 1;
		if (!r->t[t] || r->t[t]->cols[0].type != COL_ID) {
			snprintf(err, errsize, "the record registry has no table %s with its id "
			    "first", table_names[t]);
			return -1;
		}
	}
	for (int c = 0; c < D_NCOLS; c++) {
		const struct table *t = r->t[columns[c].table];
		r->coltab[c] = columns[c].table;
		r->colmap[c] = records_col_index(t, columns[c].name);
		if (r->colmap[c] < 0) {
			snprintf(err, errsize, "the record registry has no column %s.%s", t->name,
			    columns[c].name);
			return -1;
		}
	}
	return 0;
}

int
d_rows_init(struct d_rows *r, cal_date first, cal_date last, char *err, size_t errsize)
{
	memset(r, 0, sizeof *r);
	if (map_columns(r, err, errsize) < 0)
		return -1;
	r->date0 = first;
	r->date1 = last;
	r->dates = xmalloc((size_t)(last - first + 1) * 11);
	for (cal_date d = first; d <= last; d++)
		cal_format(d, r->dates + (size_t)(d - first) * 11);
	r->cur = d_batch_new();
	return 0;
}

static void
free_blocks(struct d_block *b)
{
	while (b) {
		struct d_block *next = b->next;
		xfree(b);
		b = next;
	}
}

struct d_batch *
d_batch_new(void)
{
	return xcalloc(1, sizeof(struct d_batch));
}

/* Empties a batch, keeping its memory for the next one. */
void
d_batch_reset(struct d_batch *b)
{
	for (int t = 0; t < D_NTABLES; t++)
		b->tab[t].n = 0;
	while (b->text) {
		struct d_block *next = b->text->next;
		b->text->next = b->spare;
		b->spare = b->text;
		b->text = next;
	}
	b->pending = 0;
}

void
d_batch_free(struct d_batch *b)
{
	if (!b)
		return;
	for (int t = 0; t < D_NTABLES; t++)
		xfree(b->tab[t].rows);
	free_blocks(b->text);
	free_blocks(b->spare);
	xfree(b);
}

void
d_rows_free(struct d_rows *r)
{
	d_batch_free(r->cur);
	xfree(r->dates);
	r->cur = NULL;
	r->dates = NULL;
}

int64_t
d_reserve(struct d_rows *r, enum d_table t)
{
	return r->next_id[t]++;
}

struct field *
d_row_id(struct d_rows *r, enum d_table t, int64_t id)
{
	struct d_batch *b = r->cur;
	size_t nc = (size_t)r->t[t]->ncols;
	struct field *f;

	if (b->tab[t].n == b->tab[t].cap) {
		b->tab[t].cap = b->tab[t].cap ? b->tab[t].cap * 2 : 1024;
		b->tab[t].rows = xreallocarray(b->tab[t].rows, b->tab[t].cap * nc, sizeof(struct field));
	}
	f = &b->tab[t].rows[b->tab[t].n++ * nc];
	memset(f, 0, nc * sizeof *f);
	f[0].present = 1;	/* every table has its id first (map_columns) */
	f[0].i = id;
	b->pending++;
	return f;
}

struct field *
d_row(struct d_rows *r, enum d_table t, int64_t *id)
{
	int64_t k = d_reserve(r, t);

	if (id)
		*id = k;
	return d_row_id(r, t, k);
}

void
d_int(struct d_rows *r, struct field *f, enum d_col c, int64_t v)
{
	f[r->colmap[c]].present = 1;
	f[r->colmap[c]].i = v;
}

void
d_ref(struct d_rows *r, struct field *f, enum d_col c, int64_t id)
{
	if (id > 0)
		d_int(r, f, c, id);
}

void
d_bool(struct d_rows *r, struct field *f, enum d_col c, int v)
{
	d_int(r, f, c, v != 0);
}

void
d_text(struct d_rows *r, struct field *f, enum d_col c, const char *s)
{
	if (!s)
		return;
	f[r->colmap[c]].present = 1;
	f[r->colmap[c]].s = s;
}

void
d_date(struct d_rows *r, struct field *f, enum d_col c, cal_date d)
{
	if (d == CAL_NONE)
		return;
	/* The range covers every date the demo can make; outside it is a bug, not data. */
	if (d < r->date0 || d > r->date1)
		abort();
	d_text(r, f, c, r->dates + (size_t)(d - r->date0) * 11);
}

static char *
arena(struct d_batch *b, size_t n)
{
	char *p;

	if (!b->text || BLOCK_SIZE - b->text->used < n) {
		struct d_block *k = b->spare;
		if (k)
			b->spare = k->next;
		else
			k = xmalloc(sizeof *k);
		k->next = b->text;
		k->used = 0;
		b->text = k;
	}
	p = b->text->data + b->text->used;
	b->text->used += n;
	return p;
}

void
d_textf(struct d_rows *r, struct field *f, enum d_col c, const char *fmt, ...)
{
	char tmp[512];
	va_list ap;
	int n;
	char *p;

	va_start(ap, fmt);
	n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n >= sizeof tmp)
		n = (int)sizeof tmp - 1;
	p = arena(r->cur, (size_t)n + 1);
	memcpy(p, tmp, (size_t)n);
	p[n] = '\0';
	d_text(r, f, c, p);
}
