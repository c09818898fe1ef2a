/*
 * ts_settings.c: the local settings of the timescales, their defaults, and which value
 * was in force on a given day.
 *
 * product.md 3: every timescale is a local setting. The table below is the one place the
 * keys, their defaults and the source of each default are written; 'safeguard settings'
 * lists it and checks every value written against it. A stored value applies from its
 * effective_from date until the next value of the same key; before the first one, the
 * default applies. The engine asks for the value in force on the day a clock started, so
 * that a new value never changes the verdict on a clock that was already running or done.
 *
 * The area.* keys describe the area (its name, DfE LA number, child population for rates
 * per 10,000); safeguard demo writes them. They are listed and checked here so that the
 * settings table has one description, but no timescale reads them.
 *
 * Lookups are by key index into small dated arrays (an area has a handful of versions of a
 * few keys), scanned from the latest: a national year asks millions of them.
 */
#include "timescales/ts_int.h"

#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "base/str.h"

/* The sources cited: domain.md 3.1 restates Working Together to Safeguard Children 2023
 * (WT2023) and the local procedures it found; the seeds are in ../shared/seeds/. */
static const struct ts_keydef keys[TS_NKEYS] = {
	[TS_COUNTING] = {"timescale.counting", TS_CHOICE_AB, 0, 0, "A",
	    "how 'within N working days of D' is counted: A, D is day 0 and the deadline is "
	    "the N-th working day after D; B, D itself is day 1 when it is a working day",
	    "project decision, domain.md 4.4 (B is the reading of the DfE CIN validator)"},
	[TS_REFERRAL_DECISION] = {"timescale.referral_decision_working_days", TS_INT, 1, 20, "1",
	    "decision on a referral, working days from receipt",
	    "Working Together 2023 (domain.md 3.1)"},
	[TS_ASSESSMENT] = {"timescale.assessment_working_days", TS_INT, 1, 100, "45",
	    "assessment authorised, working days from the referral",
	    "Working Together 2023 (domain.md 3.1)"},
	[TS_ICPC] = {"timescale.icpc_working_days", TS_INT, 1, 60, "15",
	    "initial conference, working days from the strategy discussion that started the "
	    "section 47 enquiry", "Working Together 2023 (domain.md 3.1); CIN census InitialCPCtarget"},
	[TS_TRANSFER_IN] = {"timescale.transfer_in_working_days", TS_INT, 1, 60, "15",
	    "transfer-in conference, working days from the notification (the referral it "
	    "belongs to)", "Working Together 2023, as restated in local procedures (domain.md 3.1)"},
	[TS_CHAIR_REPORT_INITIAL] = {"timescale.report_to_chair_initial_working_days", TS_INT,
	    0, 20, "1", "social worker's report to the chair, working days before an initial or "
	    "transfer-in conference", "local standard: Haringey CPA annual report 2012-13 (seed 001)"},
	[TS_CHAIR_REPORT_REVIEW] = {"timescale.report_to_chair_review_working_days", TS_INT, 0,
	    20, "5", "social worker's report to the chair, working days before a review conference",
	    "local standard: Haringey CPA annual report 2012-13 (seed 001)"},
	[TS_PARENT_REPORT_INITIAL] = {"timescale.report_to_parents_initial_working_days", TS_INT,
	    0, 20, "2", "social worker's report shared with the parents, working days before an "
	    "initial or transfer-in conference",
	    "local standard: seed 001; Liverpool procedures (domain.md 3.1)"},
	[TS_PARENT_REPORT_REVIEW] = {"timescale.report_to_parents_review_working_days", TS_INT,
	    0, 20, "5", "social worker's report shared with the parents, working days before a "
	    "review conference", "local standard: seed 001; Liverpool procedures (domain.md 3.1)"},
	[TS_AGENCY_REPORT_INITIAL] = {"timescale.agency_report_initial_working_days", TS_INT, 0,
	    20, "1", "report of an invited agency, working days before an initial or transfer-in "
	    "conference", "local standard: as the report to the chair (product.md 3)"},
	[TS_AGENCY_REPORT_REVIEW] = {"timescale.agency_report_review_working_days", TS_INT, 0,
	    20, "5", "report of an invited agency, working days before a review conference",
	    "local standard: as the report to the chair (product.md 3)"},
	[TS_PLAN_CIRCULATED] = {"timescale.plan_circulated_working_days", TS_INT, 0, 20, "1",
	    "plan circulated, working days after the conference",
	    "local standard: plan within 24 hours (seed 001)"},
	[TS_PLAN_CIRCULATED_LIMIT] = {"timescale.plan_circulated_limit_days", TS_INT, 1, 60, "7",
	    "plan circulated at the latest, calendar days after the conference",
	    "local standard: no plan later than 7 days (seed 001, 2013-14 target)"},
	[TS_MINUTES] = {"timescale.minutes_working_days", TS_INT, 1, 60, "15",
	    "minutes circulated, working days after the conference",
	    "local standard: minutes within 15 days (seed 001)"},
	[TS_FIRST_CORE_GROUP] = {"timescale.first_core_group_working_days", TS_INT, 1, 30, "10",
	    "first core group, working days after the initial conference",
	    "Working Together 2023 (domain.md 3.1)"},
	[TS_CORE_GROUP_INTERVAL] = {"timescale.core_group_interval_days", TS_INT, 7, 84, "42",
	    "later core groups, at most this many calendar days apart (a plan may set its own)",
	    "local standard: every 4 to 6 weeks (seeds 000, 001; domain.md 3.1)"},
	[TS_FIRST_REVIEW] = {"timescale.first_review_months", TS_INT, 1, 6, "3",
	    "first review conference, calendar months after the initial conference",
	    "Working Together 2023 (domain.md 3.1)"},
	[TS_REVIEW_INTERVAL] = {"timescale.review_interval_months", TS_INT, 1, 12, "6",
	    "later review conferences, at most this many calendar months apart",
	    "Working Together 2023 (domain.md 3.1)"},
	[TS_UNBORN_REVIEW] = {"timescale.unborn_review_after_birth_working_days", TS_INT, 0, 60,
	    "0", "for a plan made before birth, first review within this many working days of "
	    "the birth when that is sooner (0: no such rule)",
	    "local variant: Tees procedures (domain.md 3.1)"},
	[TS_VISIT] = {"timescale.visit_working_days", TS_INT, 1, 40, "10",
	    "statutory visits to a child on a plan, at most this many working days apart",
	    "local minimum: Liverpool, Central Bedfordshire, Camden (domain.md 3.1); no national "
	    "rule"},
	[TS_PLAN_FLAGS] = {"timescale.plan_length_flags_months", TS_INT_LIST, 1, 120, "12 18 24",
	    "plan lengths, in months, at which a plan is flagged for review",
	    "seed 001: plans of 12 to 18 months and of 2 years and over are reviewed"},
	[TS_HEALTH_LOOKUP] = {"timescale.health_lookup_working_days", TS_INT, 1, 10, "1",
	    "a health lookup that found a child on a plan or looked after, acknowledged by the "
	    "child's social worker within this many working days",
	    "local standard: issue 9 (the hospital's question is answered the next working day)"},
	[TS_ESCALATION_STAGE] = {"timescale.escalation_stage_working_days", TS_INT, 1, 30, "5",
	    "each stage of an escalation (a professional disagreement) answered by the manager "
	    "it went to within this many working days",
	    "local standard: product.md section 3 (seed 001's escalation process)"},
	/* The LADO (issue 11, point 2) */
	[TS_LADO_INITIAL] = {"timescale.lado_initial_working_days", TS_INT, 1, 10, "1",
	    "an allegation against a person who works with children, first considered by the "
	    "LADO within this many working days of its receipt",
	    "local procedures reflecting Working Together 2023 and KCSIE (domain.md 3.2)"},
	[TS_LADO_RESOLUTION] = {"timescale.lado_resolution_months", TS_INT_LIST, 1, 24,
	    "1 3 12", "months from receipt by which a LADO referral is measured as resolved",
	    "KCSIE (older editions): resolved within 1 month, 3 months, 12 months (domain.md 3.2)"},
	[TS_LADO_TARGETS] = {"timescale.lado_resolution_targets_percent", TS_INT_LIST, 1, 100,
	    "80 90 100", "the share of LADO referrals to be resolved by each of "
	    "timescale.lado_resolution_months, in percent",
	    "KCSIE (older editions): 80%, 90%, all but the most exceptional (domain.md 3.2)"},
	[TS_QUALITY_FORM] = {"timescale.quality_form_working_days", TS_INT, 0, 30, "5",
	    "the chair's quality form on a conference, completed within this many working days "
	    "of the conference (0: no form asked of the conferences held while it is in force, "
	    "e.g. before the area began them)", "local standard: seed 001 (the chairs complete a quality "
	    "assurance form after each conference)"},
	/* Operation Encompass (domain.md 6): notified before the start of the next school day. */
	[TS_SCHOOL_WEEKDAYS] = {"timescale.school_weekdays", TS_WEEKDAYS, 0, 0,
	    "Mon Tue Wed Thu Fri", "the weekdays a school day can fall on (bank holidays and "
	    "the school holidays never are), for Operation Encompass's deadline",
	    "English schools' week; local setting (domain.md 6)"},
	[TS_SCHOOL_DAY_START] = {"timescale.school_day_start", TS_TIME, 0, 0, "08:45",
	    "the start of the school day, HH:MM: an Operation Encompass notification is due "
	    "before the start of the next school day after the incident",
	    "project default: English schools mostly open between 08:30 and 09:00; Operation "
	    "Encompass (domain.md 6)"},
	[TS_SCHOOL_HOLIDAYS] = {"timescale.school_holidays", TS_DATE_RANGES, 0, 200, "none",
	    "the school holidays and closure days of the school year that starts on the "
	    "value's date: dates and ranges first..last, e.g. \"2025-10-27..2025-10-31 "
	    "2025-12-22..2026-01-02\" (none: no holidays besides the bank holidays)",
	    "the local authority's published term dates"},
	/* Missing children (domain.md 6): the independent return interview. */
	[TS_RETURN_INTERVIEW] = {"timescale.return_interview_days", TS_INT, 1, 14, "3",
	    "an independent return interview offered to a child back from a missing episode, "
	    "within this many days (72 hours) of the return",
	    "DfE 2014 statutory guidance on children who run away or go missing from home or "
	    "care (domain.md 6)"},
	/* Children placed in the area by other authorities (ts_placed.c) */
	[TS_PLACEMENT_NOTICE] = {"timescale.placement_notice_working_days", TS_INT, 1, 20, "5",
	    "a placing authority's notice of an emergency placement in the area, within this "
	    "many working days of its start (a planned one is notified before it starts)",
	    "the Care Planning, Placement and Case Review (England) Regulations 2010, "
	    "regulation 13(4)"},
	[TS_PLACEMENT_END_NOTICE] = {"timescale.placement_end_notice_working_days", TS_INT, 1,
	    30, "10", "a placing authority's notice that a placement in the area ended, within "
	    "this many working days of the end",
	    "the Care Planning, Placement and Case Review (England) Regulations 2010, "
	    "regulation 14(4)"},
	/* Child deaths (issue 11, point 6). domain.md 5 gives no statutory timescale for
	 * either: both are local standards the child death review partners set. */
	[TS_CDR_JAR] = {"timescale.cdr_jar_working_days", TS_INT, 0, 10, "1",
	    "a joint agency response to an unexpected child death, begun within this many "
	    "working days of its notification (0: the day it is notified)",
	    "local standard: domain.md 5 (an unexpected death brings a joint agency response; "
	    "no national timescale found)"},
	[TS_CDR_REVIEW] = {"timescale.cdr_review_months", TS_INT, 1, 36, "6",
	    "every child death reviewed by the child death overview panel within this many "
	    "months of the death",
	    "local standard: domain.md 5 (days from death to review are reported; no national "
	    "timescale found)"},
	/* Training (issue 11, point 5): the business unit's rules for its bookings. */
	[TS_TRAINING_NOTICE] = {"timescale.training_free_cancellation_working_days", TS_INT, 0,
	    30, "5", "a place on a training session cancelled at least this many working days "
	    "before the session is free; cancelled later, the non-attendance fee applies",
	    "project default: seed 002 (54-55) charges for non-attendance and gives no notice "
	    "period; a local setting"},
	[TS_TRAINING_REGISTER] = {"timescale.training_register_working_days", TS_INT, 0, 20, "2",
	    "the attendance of a training session recorded within this many working days after "
	    "it is held (the training administrator's worklist until then)",
	    "project default: seed 002 (54: attendance is monitored, by agency)"},
	/* Serious incidents (issue 11, point 8; ts_review.c) */
	[TS_PANEL_NOTIFICATION] = {"timescale.panel_notification_working_days", TS_INT, 1, 30,
	    "5", "the national Child Safeguarding Practice Review Panel told of a serious "
	    "incident within this many working days of the partnership learning of it",
	    "Working Together to Safeguard Children 2023, chapter 5"},
	[TS_RAPID_REVIEW] = {"timescale.rapid_review_working_days", TS_INT, 1, 60, "15",
	    "a rapid review of a serious incident completed within this many working days of "
	    "the partnership learning of it", "Working Together to Safeguard Children 2023, "
	    "chapter 5"},
	[TS_AREA_NAME] = {"area.name", TS_TEXT, 0, 200, NULL, "the name of the area",
	    "written by safeguard demo or an administrator"},
	[TS_AREA_LA_CODE] = {"area.la_code", TS_LA_CODE, 0, 0, NULL,
	    "the DfE three-digit LA number of the area", "DfE (domain.md 1.4)"},
	[TS_AREA_POPULATION] = {"area.child_population", TS_INT, 1, 20000000, NULL,
	    "children aged 0 to 17 living in the area, for rates per 10,000",
	    "ONS mid-year estimate (domain.md 2.1)"},
	[TS_SESSION_IDLE] = {"session.idle_minutes", TS_INT, 5, 480, "30",
	    "minutes a web session may sit unused before its user must log in again (a session "
	    "ends after 12 hours however it is used)",
	    "project default: NCSC guidance on session management, a short idle limit for "
	    "sensitive records"},
	[TS_LOOKUP_CONTACT] = {"lookup.contact", TS_TEXT, 0, 200,
	    "the children's services front door", "whom a health lookup's answer tells the "
	    "person who asked to call: a team's name and telephone number",
	    "written by an administrator (the default names no number)"},
	/* Issue 10: the context chapter of the annual report. */
	[TS_CONTEXT_DEPRIVATION] = {"context.deprivation", TS_TEXT, 0, 500, NULL,
	    "the area's deprivation as the annual report states it, e.g. its rank among "
	    "England's local authorities in the English Indices of Deprivation",
	    "written by an administrator (Ministry of Housing, Communities and Local "
	    "Government: English Indices of Deprivation)"},
	[TS_TRAINING_FEE] = {"training.non_attendance_fee_pounds", TS_INT, 0, 1000, "50",
	    "pounds charged to a person's agency for a place on a training session booked and "
	    "not attended, or cancelled with less notice than "
	    "timescale.training_free_cancellation_working_days",
	    "project default: seed 002 (54-55: a charging fee for non-attendance contributes to "
	    "the costs of training; the seed gives no amount)"},
};

const struct ts_keydef *
ts_keys(int *n)
{
	*n = TS_NKEYS;
	return keys;
}

int
ts_key_index(const char *name)
{
	for (int i = 0; i < TS_NKEYS; i++)
		if (name && strcmp(keys[i].name, name) == 0)
			return i;
	return -1;
}

static int
parse_list(const struct ts_keydef *k, const char *value, struct ts_value *v, char *why,
    size_t size)
{
	char word[16];
	const char *p = value;

	v->n = 0;
	while (*p) {
		size_t len = strcspn(p, " ");
		int x;
		if (len == 0) {
			p++;
			continue;
		}
		if (v->n == TS_MAX_FLAGS || len >= sizeof word)
			break;
		memcpy(word, p, len);
		word[len] = 0;
		if (!str_to_int(word, k->min, k->max, &x) || (v->n && x <= v->v[v->n - 1]))
			break;
		v->v[v->n++] = x;
		p += len;
	}
	if (*p || v->n == 0) {
		snprintf(why, size, "\"%s\" is not a list of %s (use 1 to %d whole numbers "
		    "from %d to %d, rising, separated by spaces, e.g. \"%s\")", value,
		    strstr(k->name, "percent") ? "percentages" : "months", TS_MAX_FLAGS, k->min,
		    k->max, k->dflt);
		return 0;
	}
	return 1;
}

static int
parse_text(const struct ts_keydef *k, const char *value, char *why, size_t size)
{
	size_t len = strlen(value);

	/* As the JSON import takes text (json_value.c), so that the store always goes round
	 * its own export: UTF-8, with no C0, DEL or C1 (UTF-8 C2 80-9F) control characters. */
	if (!str_is_utf8(value)) {
		snprintf(why, size, "the value is not UTF-8 text (type it again, or save the "
		    "script that sets it as UTF-8)");
		return 0;
	}
	for (const unsigned char *p = (const unsigned char *)value; *p; p++)
		if (*p < 0x20 || *p == 0x7f || (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)) {
			snprintf(why, size, "the value holds a control character (use plain text)");
			return 0;
		}
	if (len == 0 || len > (size_t)k->max) {
		snprintf(why, size, "the value must be 1 to %d characters long", k->max);
		return 0;
	}
	return 1;
}

static int
parse_la_code(const char *value, char *why, size_t size)
{
	if (strlen(value) == 3 && strspn(value, "0123456789") == 3)
		return 1;
	snprintf(why, size, "\"%s\" is not a DfE LA number (use its three digits, e.g. 876)",
	    value);
	return 0;
}

int
ts_value_parse(int key, const char *value, struct ts_value *out, char *why, size_t size)
{
	const struct ts_keydef *k;
	struct ts_value v = {0, {0}};

	if (key < 0 || key >= TS_NKEYS || !value) {
		snprintf(why, size, "unknown setting");
		return 0;
	}
	k = &keys[key];
	switch (k->type) {
	case TS_INT:
		if (!str_to_int(value, k->min, k->max, &v.v[0])) {
			snprintf(why, size, "\"%s\" is not a whole number from %d to %d", value,
			    k->min, k->max);
			return 0;
		}
		v.n = 1;
		break;
	case TS_INT_LIST:
		if (!parse_list(k, value, &v, why, size))
			return 0;
		break;
	case TS_CHOICE_AB:
		if (strcmp(value, "A") != 0 && strcmp(value, "B") != 0) {
			snprintf(why, size, "\"%s\" is not a counting convention (use A or B)", value);
			return 0;
		}
		v.n = 1;
		v.v[0] = value[0] == 'B';
		break;
	case TS_TEXT:
		if (!parse_text(k, value, why, size))
			return 0;
		break;
	case TS_LA_CODE:
		if (!parse_la_code(value, why, size))
			return 0;
		break;
	case TS_WEEKDAYS:
		return ts_parse_weekdays(value, out ? out : &v, why, size);
	case TS_TIME:
		return ts_parse_time(value, out ? out : &v, why, size);
	case TS_DATE_RANGES:
		if (!parse_text(k, value, why, size))
			return 0;
		return ts_parse_ranges(value, out ? out : &v, why, size);
	}
	if (out)
		*out = v;
	return 1;
}

/* ---- The settings of one area ---- */

struct ts_version {
	cal_date from;
	struct ts_value v;
};

struct ts_config {
	/* The team of each professional by id, when ids are dense enough for a table: every
	 * clock names the team that must act, and a search per clock is a sixth of the time
	 * of a national year. */
	int64_t *team_by_id;
	int64_t max_id;
	struct ts_value dflt[TS_NKEYS];
	struct ts_version *ver[TS_NKEYS];	/* by date, earliest first */
	size_t nver[TS_NKEYS], cap[TS_NKEYS];
	int problems;
	char first[640];
};

static void
note_problem(struct ts_config *cfg, const struct m_setting *s, const char *why)
{
	char from[11];

	if (cfg->problems++)
		return;
	cal_format(s->effective_from, from);
	snprintf(cfg->first, sizeof cfg->first, "setting %.64s from %s: %s; the value in force "
	    "before it is used instead", s->key, from, why);
}

static void
team_table(struct ts_config *cfg, const struct area *a)
{
	int64_t max = 0;

	for (size_t i = 0; i < a->n_professionals; i++)
		if (a->professionals[i].id > max)
			max = a->professionals[i].id;
	if (max <= 0 || max > 16 * (int64_t)a->n_professionals + 4096)
		return;		/* sparse ids: ts_config_team searches instead */
	cfg->max_id = max;
	cfg->team_by_id = xcalloc((size_t)max + 1, sizeof *cfg->team_by_id);
	for (size_t i = 0; i < a->n_professionals; i++)
		if (a->professionals[i].id > 0)
			cfg->team_by_id[a->professionals[i].id] = a->professionals[i].team_id;
}

int64_t
ts_config_team(const struct ts_config *cfg, const struct area *a, int64_t professional_id)
{
	const struct m_professional *p;

	if (cfg->team_by_id)
		return professional_id > 0 && professional_id <= cfg->max_id ?
		    cfg->team_by_id[professional_id] : 0;
	p = m_professional(a, professional_id);
	return p ? p->team_id : 0;
}

struct ts_config *
ts_config_new(const struct area *a)
{
	struct ts_config *cfg = xcalloc(1, sizeof *cfg);
	char why[256];

	team_table(cfg, a);
	for (int k = 0; k < TS_NKEYS; k++)
		if (keys[k].dflt && !ts_value_parse(k, keys[k].dflt, &cfg->dflt[k], why, sizeof why))
			cfg->dflt[k].n = 0;	/* cannot happen: the defaults are tested */
	/* a->settings is sorted by key, then date: each key's versions arrive in date order. */
	for (size_t i = 0; i < a->n_settings; i++) {
		const struct m_setting *s = &a->settings[i];
		int k = ts_key_index(s->key);
		struct ts_value v;
		if (k < 0)
			continue;	/* a key of a later module: not ours to judge */
		if (s->effective_from == CAL_NONE) {
			note_problem(cfg, s, "its date is not YYYY-MM-DD");
			continue;
		}
		if (!ts_value_parse(k, s->value, &v, why, sizeof why)) {
			note_problem(cfg, s, why);
			continue;
		}
		VEC_GROW(cfg->ver[k], cfg->nver[k], cfg->cap[k]);
		cfg->ver[k][cfg->nver[k]].from = s->effective_from;
		cfg->ver[k][cfg->nver[k]++].v = v;
	}
	return cfg;
}

void
ts_config_free(struct ts_config *cfg)
{
	if (!cfg)
		return;
	for (int k = 0; k < TS_NKEYS; k++)
		xfree(cfg->ver[k]);
	xfree(cfg->team_by_id);
	xfree(cfg);
}

int
ts_config_problems(const struct ts_config *cfg, const char **first)
{
	*first = cfg->first;
	return cfg->problems;
}

const struct ts_value *
ts_setting(const struct ts_config *cfg, enum ts_key key, cal_date on)
{
	for (size_t i = cfg->nver[key]; i-- > 0;)
		if (cfg->ver[key][i].from <= on)
			return &cfg->ver[key][i].v;
	return &cfg->dflt[key];
}

int
ts_setting_int(const struct ts_config *cfg, enum ts_key key, cal_date on)
{
	return ts_setting(cfg, key, on)->v[0];
}
