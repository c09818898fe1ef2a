/*
 * ts.h: the statutory timescale engine. Pure functions over the records of model.h: no
 * I/O, no clock of its own (the caller says what "today" is), nothing kept between calls.
 *
 * Every timescale of product.md section 3 is a clock: a start, a target, perhaps an
 * actual date, and a state as of a given date. A child's clocks are computed together,
 * into an array the caller owns and reuses, so that a whole national year is one pass
 * over the children with no allocation once the array has grown. The web pages, the
 * morning worklist (ts_worklist.c) and the figures all read these same clocks.
 *
 * Local settings (ts_settings.c): every amount in a rule is a setting with a default and
 * a date from which each value applies; a clock is judged by the value in force on the
 * day it started, so that changing a setting never rewrites past compliance.
 */
#ifndef SG_TS_H
#define SG_TS_H
#include <stddef.h>
#include <stdint.h>

#include "calendar/cal.h"
#include "model/model.h"

/* ---- Settings ---- */

enum ts_key {
	TS_COUNTING,		/* "A": D is day 0 (domain.md 4.4); "B": D is day 1 */
	TS_REFERRAL_DECISION,	/* working days */
	TS_ASSESSMENT,		/* working days from the referral */
	TS_ICPC,		/* working days from the strategy discussion */
	TS_TRANSFER_IN,		/* working days from the notification */
	TS_CHAIR_REPORT_INITIAL, TS_CHAIR_REPORT_REVIEW,	/* working days before */
	TS_PARENT_REPORT_INITIAL, TS_PARENT_REPORT_REVIEW,
	TS_AGENCY_REPORT_INITIAL, TS_AGENCY_REPORT_REVIEW,
	TS_PLAN_CIRCULATED,	/* working days after the conference */
	TS_PLAN_CIRCULATED_LIMIT,	/* calendar days after the conference */
	TS_MINUTES,		/* working days after the conference */
	TS_FIRST_CORE_GROUP,	/* working days after the initial conference */
	TS_CORE_GROUP_INTERVAL,	/* calendar days, unless the plan sets its own */
	TS_FIRST_REVIEW,	/* calendar months after the initial conference */
	TS_REVIEW_INTERVAL,	/* calendar months after the previous review */
	TS_UNBORN_REVIEW,	/* working days after birth (0: no such local rule) */
	TS_VISIT,		/* working days between visits */
	TS_PLAN_FLAGS,		/* months: up to TS_MAX_FLAGS, rising */
	TS_HEALTH_LOOKUP,	/* working days to acknowledge a health lookup */
	TS_ESCALATION_STAGE,	/* working days to answer a stage of an escalation (issue 11) */
	/* The LADO (issue 11, point 2; ts_lado.c) */
	TS_LADO_INITIAL,	/* working days to the initial consideration of a case */
	TS_LADO_RESOLUTION,	/* months: up to TS_MAX_FLAGS, rising */
	TS_LADO_TARGETS,	/* percent resolved by each of TS_LADO_RESOLUTION's months */
	TS_QUALITY_FORM,	/* migration_qa: working days after the conference */
	/* Operation Encompass: the school days, whose next start is the deadline */
	TS_SCHOOL_WEEKDAYS,	/* the weekdays a school day can fall on */
	TS_SCHOOL_DAY_START,	/* the school day's start, minutes after midnight */
	TS_SCHOOL_HOLIDAYS,	/* the holidays of a school year: dated ranges */
	TS_RETURN_INTERVIEW,	/* days after a missing child's return to offer an interview */
	/* Children placed in the area by other authorities (ts_placed.c) */
	TS_PLACEMENT_NOTICE,	/* working days after an emergency placement's start */
	TS_PLACEMENT_END_NOTICE,	/* working days after a placement's end */
	/* Child deaths (issue 11, point 6; ts_deaths.c) */
	TS_CDR_JAR,		/* working days from notification to a joint agency response */
	TS_CDR_REVIEW,		/* months from a death to the panel's review */
	/* Training (issue 11, point 5) */
	TS_TRAINING_NOTICE,	/* working days' notice of a cancellation free of the fee */
	TS_TRAINING_REGISTER,	/* working days after a session to record its attendance */
	/* Serious incidents (issue 11, point 8; ts_review.c): working days from learning of one */
	TS_PANEL_NOTIFICATION,	/* to tell the national Child Safeguarding Practice Review Panel */
	TS_RAPID_REVIEW,	/* to complete the rapid review */
	TS_NKEYS_TIMESCALE,	/* the keys below describe the area, not a timescale */
	TS_AREA_NAME = TS_NKEYS_TIMESCALE, TS_AREA_LA_CODE, TS_AREA_POPULATION,
	TS_SESSION_IDLE,	/* minutes a web session may sit unused */
	TS_LOOKUP_CONTACT,	/* whom a health lookup's answer tells the asker to call */
	TS_CONTEXT_DEPRIVATION,	/* the annual report's words on the area's deprivation */
	TS_TRAINING_FEE,	/* training: pounds charged for a place booked and not attended */
	TS_NKEYS
};

#define TS_MAX_FLAGS 4
#define TS_MAX_VALUES 24	/* TS_DATE_RANGES: 12 ranges, each its first and last day */

enum ts_value_type {
	TS_INT, TS_INT_LIST, TS_CHOICE_AB, TS_TEXT, TS_LA_CODE,
	TS_WEEKDAYS,		/* "Mon Tue Wed Thu Fri": v[0] has bit d for ISO weekday d */
	TS_TIME,		/* "08:45": v[0] minutes after midnight */
	TS_DATE_RANGES,		/* "2025-10-27..2025-10-31 2025-12-19": first, last pairs */
};

struct ts_keydef {
	const char *name;	/* "timescale.assessment_working_days" */
	enum ts_value_type type;
	int min, max;		/* TS_INT, TS_INT_LIST: bounds of each number; TS_TEXT: max length */
	const char *dflt;	/* NULL: no default (the area keys, written by the demo) */
	const char *meaning;	/* one line, for 'safeguard settings list' */
	const char *source;	/* where the default comes from */
};

/* A parsed value: numbers (a choice A/B is 0/1); text keys are checked but not kept. */
struct ts_value {
	int n;
	int v[TS_MAX_VALUES];
};

const struct ts_keydef *ts_keys(int *n);
/* The key named name, or -1. */
int ts_key_index(const char *name);
/*
 * Checks value for key; on success fills *out (may be NULL) and returns 1, else writes
 * what is wrong and how to fix it into why[size] and returns 0.
 */
int ts_value_parse(int key, const char *value, struct ts_value *out, char *why, size_t size);

/* The settings of an area, each key with its dated values, ready for lookups by date. */
struct ts_config;
/* Reads the settings rows of a (a stored value that does not parse is skipped, and counted
 * with its first message in ts_config_problem). */
struct ts_config *ts_config_new(const struct area *a);
void ts_config_free(struct ts_config *cfg);
/* How many stored values were unusable, and what was wrong with the first ("" if none). */
int ts_config_problems(const struct ts_config *cfg, const char **first);
/* The value of key in force on date `on` (the default before any stored value applies). */
const struct ts_value *ts_setting(const struct ts_config *cfg, enum ts_key key, cal_date on);
int ts_setting_int(const struct ts_config *cfg, enum ts_key key, cal_date on);

/* ---- Clocks ---- */

/*
 * The tables the engine, its worklists and its words read, NULL-terminated: what a caller
 * loads for them (store_load_tables) and no more. Core group attendance and membership,
 * child in need plans and periods in care do not move any clock.
 */
extern const char *const ts_tables[];

enum ts_kind {
	TS_K_DECISION,		/* record: referral */
	TS_K_ASSESSMENT,	/* record: assessment */
	TS_K_ICPC,		/* record: s47 enquiry; met by: conference */
	TS_K_TRANSFER_IN,	/* record: conference */
	TS_K_CHAIR_REPORT,	/* record: conference */
	TS_K_PARENT_REPORT,	/* record: conference */
	TS_K_AGENCY_REPORT,	/* record: conference invitee */
	TS_K_PLAN_CIRCULATED,	/* record: conference */
	TS_K_PLAN_LIMIT,	/* record: conference */
	TS_K_MINUTES,		/* record: conference */
	TS_K_FIRST_CORE_GROUP,	/* record: plan; met by: core group */
	TS_K_CORE_GROUP,	/* record: plan; met by: core group */
	TS_K_FIRST_REVIEW,	/* record: plan; met by: conference */
	TS_K_REVIEW,		/* record: plan; met by: conference */
	TS_K_VISIT,		/* record: plan; met by: visit */
	TS_K_PLAN_LENGTH,	/* record: plan; amount: months; met: ended before */
	TS_K_HEALTH_LOOKUP,	/* record: health lookup; met: acknowledged */
	TS_K_ESCALATION_STAGE,	/* record: escalation stage; met: answered (issue 11) */
	/* The LADO (issue 11, point 2): clocks of no child, the LADO's alone (ts_lado.c) */
	TS_K_LADO_INITIAL,	/* record: LADO case; met: considered */
	TS_K_LADO_RESOLUTION,	/* record: LADO referral; amount: months; met: resolved */
	TS_K_QUALITY_FORM,	/* record: conference; met by: its chair's quality form */
	TS_K_ENCOMPASS_SENT,	/* record: Encompass notification; met: sent to the school */
	TS_K_ENCOMPASS_READ,	/* record: Encompass notification; met: read by the school */
	TS_K_RETURN_INTERVIEW,	/* record: missing episode; met: return interview offered */
	TS_K_PLACEMENT_NOTICE,	/* record: placement in the area; met: the start notified */
	TS_K_PLACEMENT_END_NOTICE,	/* record: placement in the area; met: the end notified */
	/* Child deaths (issue 11, point 6): clocks of no child's, the child death review's
	 * alone (ts_deaths.c) */
	TS_K_CDR_JAR,		/* record: child death (unexpected); met: joint agency response */
	TS_K_CDR_REVIEW,	/* record: child death; amount: months; met: reviewed by CDOP */
	/* Training (issue 11, point 5): a clock of no child, the training administrator's */
	TS_K_TRAINING_REGISTER,	/* record: training session; met: its register marked */
	/* migration_audits: a clock of no child's, the owner's (ts_action.c) */
	TS_K_ACTION,		/* record: action; target: its due date; met: completed */
	TS_K_PANEL_NOTIFICATION,	/* record: practice review; met: the panel told */
	TS_K_RAPID_REVIEW,	/* record: practice review; met: the rapid review completed */
	TS_NKINDS
};

enum ts_state {
	TS_NA,		/* not applicable: the duty lapsed before its target */
	TS_MET,		/* done by the target */
	TS_MISSED,	/* done late, or the chance to do it in time has passed */
	TS_DUE,		/* not done yet; the target is today or later */
	TS_OVERDUE,	/* not done yet; the target has passed */
};

enum ts_unit { TS_WORKING_DAYS, TS_DAYS, TS_MONTHS, TS_SCHOOL_DAYS };

struct ts_clock {
	int64_t child_id;
	int64_t record_id;	/* the record the clock belongs to (see enum ts_kind) */
	int64_t met_by_id;	/* the record whose date is `actual`, when another one; or 0 */
	int64_t actor_id;	/* the professional who must act, or 0 when none is recorded */
	int64_t team_id;	/* the team answerable for it, or 0 */
	int64_t chair_id;	/* the conference chair overseeing it (an escalation's stage:
				 * the person who raised it), or 0 */
	cal_date start;		/* the date the rule counts from */
	cal_date target;	/* the last day on which the duty is met */
	cal_date actual;	/* when it was done (CAL_NONE: not done as of the date asked) */
	cal_date stop;		/* when the duty lapses (plan ended, conference held), or CAL_NONE */
	int16_t amount;		/* the rule applied, in its unit: 15 working days, 3 months */
	uint8_t kind;		/* enum ts_kind */
	uint8_t state;		/* enum ts_state */
	uint8_t late;		/* done on the target day, but after that day's deadline hour
				 * (an Encompass notification after the school day began) */
};

struct ts_clocks {
	struct ts_clock *v;
	size_t n, cap;
	void *events;		/* scratch for the engine, reused from child to child */
	size_t nevents, events_cap;
};

void ts_clocks_free(struct ts_clocks *c);

/* Kind and state names: "icpc" / "initial conference held", "overdue". */
const char *ts_kind_name(enum ts_kind k);
const char *ts_kind_label(enum ts_kind k);
enum ts_unit ts_kind_unit(enum ts_kind k);
/* The table of the record a kind's clock belongs to ("conferences"). */
const char *ts_kind_table(enum ts_kind k);
const char *ts_state_name(enum ts_state s);
/* 1 for a kind whose clocks belong to no child (the LADO's): ts_child never makes one, and
 * the pages and figures of children's timeliness leave it out. */
int ts_kind_childless(enum ts_kind k);

/*
 * The clocks of child c as they stood at the end of day as_of: records dated later have not
 * happened yet. Appends to out (clearing it first) and returns how many. Clocks come in
 * pathway order: by episode, then record, then rule.
 */
size_t ts_child(const struct area *a, const struct ts_config *cfg, const struct m_child *c,
    cal_date as_of, struct ts_clocks *out);

/* Calls fn for each child of a with its clocks; fn returning non-zero stops. */
typedef int (*ts_child_fn)(void *ctx, const struct m_child *c, const struct ts_clock *v,
    size_t n);
int ts_area(const struct area *a, const struct ts_config *cfg, cal_date as_of, ts_child_fn fn,
    void *ctx);

/* What a health lookup of child c on day `on` answers (ts_lookup.c): "cp_plan" while a
 * plan is open, else "looked_after" while a period in care is, else NULL (not known). */
const char *ts_lookup_answer(const struct area *a, const struct m_child *c, cal_date on);

/*
 * The LADO's clocks (ts_lado.c): a case is an allegation against a person who works with
 * children, and belongs to no child, so its clocks are not among any child's (nor in any
 * child's worklist): the LADO's pages and figures ask for them one case at a time. A
 * case (query or referral) is considered within timescale.lado_initial_working_days of
 * its receipt; a referral is resolved within each of timescale.lado_resolution_months.
 */
#define TS_LADO_CLOCKS (1 + TS_MAX_FLAGS)
struct ts_lado_case {
	int64_t id;
	int64_t officer_id;	/* the LADO officer who holds it, or 0 */
	int referral;		/* 0: a query, which is considered and not resolved */
	cal_date received, considered, resolved;	/* CAL_NONE: not yet */
};
/* The case's clocks as at the end of as_of into out (TS_LADO_CLOCKS at most): the initial
 * consideration first, then the resolution by each number of months, rising. Returns
 * how many; none for a case received after as_of. child_id of each is 0. */
int ts_lado(const struct ts_config *cfg, const struct ts_lado_case *c, cal_date as_of,
    struct ts_clock *out);
/*
 * Child deaths (ts_deaths.c; issue 11, point 6; domain.md 5): an unexpected death has a
 * joint agency response within timescale.cdr_jar_working_days of its notification, and
 * every death is reviewed by the child death overview panel within
 * timescale.cdr_review_months of the death. Like the LADO's, these clocks belong to no
 * child's record (a death may be of a child the store never knew), so the child death
 * review's pages and the figures ask for them one death at a time.
 */
#define TS_DEATH_CLOCKS 2
struct ts_death_case {
	int64_t id;
	int unexpected;
	signed char jar_held;	/* m_tristate: M_NO, a response that was owed and not held */
	cal_date death, notified, jar, reviewed;	/* CAL_NONE: not yet */
};
/* The death's clocks as at the end of as_of into out (TS_DEATH_CLOCKS at most): the joint
 * agency response first (unexpected deaths only), then the review. None for a death
 * notified after as_of. child_id of each is 0. */
int ts_death(const struct ts_config *cfg, const struct ts_death_case *c, cal_date as_of,
    struct ts_clock *out);
/* The whole days from a death to its review, or -1 when not reviewed. */
int ts_death_days_to_review(const struct ts_death_case *c);
/* ---- Training (ts_training.c; issue 11, point 5) ---- */
/*
 * A training session held with a place on it that stands (not cancelled) has its register
 * marked within timescale.training_register_working_days working days (in force on the
 * session's day) of the session: the clock training_register, met by the session's
 * register_date. A session belongs to no child: its clock is asked for one session at a
 * time, by the training pages, the administrator's worklist and the figures. 1 when the
 * session has the clock (written to *out, judged as at the end of as_of), else 0.
 */
int ts_training_register(const struct ts_config *cfg, const struct area *a,
    const struct m_training_session *s, cal_date as_of, struct ts_clock *out);

/*
 * The clock of an action of an audit (ts_action.c; migration_audits): its due date is the
 * target, its completion the actual date; a withdrawn action stops owing. Into *out as at
 * the end of as_of: 1, or 0 for an action set after as_of. child_id is 0.
 */
int ts_action(const struct m_action *m, cal_date as_of, struct ts_clock *out);

/*
 * The clocks of a serious incident (ts_review.c): the national panel told within
 * timescale.panel_notification_working_days, the rapid review completed within
 * timescale.rapid_review_working_days, both of the day the partnership learned of it.
 * Into out (TS_REVIEW_CLOCKS: the notification, then the rapid review) as at the end of
 * as_of; 0 before that day. child_id of each is 0.
 */
#define TS_REVIEW_CLOCKS 2
int ts_review(const struct ts_config *cfg, const struct m_review *m, cal_date as_of,
    struct ts_clock *out);

/* ---- Operation Encompass (ts_encompass.c) ---- */

/* The start of the first school day after the moment (day, minutes after midnight), by
 * the school days in force on each day looked at: its date into *day, its start (minutes)
 * returned. Bank holidays are never school days. */
int ts_next_school_start(const struct ts_config *cfg, cal_date day, int minutes,
    cal_date *out);
/* "HH:MM" as minutes after midnight, or -1. */
int ts_minutes(const char *hhmm);
/* Whether notification e was sent, and read, before the start of the first school day
 * after its incident (each 0 when not done, or done late). */
/* "Within n working days of d", counted by the convention in force on d. */
cal_date ts_working_after(const struct ts_config *cfg, cal_date d, int n);
/* ts_placed.c: the last day a placing authority's notice of a placement in the area is in
 * time (its start: before it, or within the working days of an emergency), and of its end
 * (CAL_NONE while it has not ended); the clocks and the figures both read them. */
cal_date ts_placement_notice_due(const struct ts_config *cfg, const struct m_placement *p);
cal_date ts_placement_end_notice_due(const struct ts_config *cfg, const struct m_placement *p);
int ts_encompass_sent_on_time(const struct ts_config *cfg, const struct m_encompass *e);
int ts_encompass_read_on_time(const struct ts_config *cfg, const struct m_encompass *e);

/* ---- In words (ts_text.c), plain text for the command line, emails and pages ---- */

struct buf;
/* "Mon 12 May 2025" into out; "" for CAL_NONE. */
void ts_human_date(cal_date d, char out[20]);
/* "Sam Worker" into out, or NULL when id names no professional of the area. */
const char *ts_person(const struct area *a, int64_t id, char *out, size_t size);
/* A child's name for people: "Amy Smith", or "(no name recorded)". */
void ts_child_name(const struct m_child *c, char *out, size_t size);
/* What a clock asks, with its rule and start: "statutory visit, at most 10 working days
 * after the last visit on Mon 12 May 2025". */
void ts_describe(const struct area *a, const struct ts_clock *k, struct buf *out);
/* The state as a person reads it ("overdue"; a plan-length flag is "reached"). */
const char *ts_state_words(const struct ts_clock *k);

/* ---- Worklists (ts_worklist.c) ---- */

/* Whose list: all zero for the whole area. */
struct ts_filter {
	int64_t professional_id;	/* clocks they must act on, or oversee as chair */
	int64_t team_id;		/* clocks of the team */
	int64_t chair_id;		/* clocks of the conferences and plans they chair */
	int64_t agency_id;		/* reports owed by the agency's invited people */
};

struct ts_item {
	struct ts_clock clock;
	uint32_t child;		/* index into area.children */
	uint32_t group;		/* sibling group: index of its first child */
	cal_date child_first, group_first;	/* earliest target of the child's, group's items */
};

struct ts_worklist {
	struct ts_item *v;
	size_t n, cap;
	size_t overdue, due;	/* how many of each */
	cal_date as_of, horizon;	/* due: target in [as_of, horizon] */
};

/*
 * What is overdue as of as_of and what falls due in the next `days` working days, for the
 * filter, most urgent first, grouped by sibling group and then by child.
 */
void ts_worklist_build(const struct area *a, const struct ts_config *cfg, cal_date as_of,
    int days, const struct ts_filter *f, struct ts_worklist *w);
void ts_worklist_free(struct ts_worklist *w);
/*
 * The part of a worklist built for the whole area (filter all zero) that the filter
 * takes and that falls due by the horizon (within `all`'s), ordered as ts_worklist_build
 * orders its own: a server builds the area's list once and gives each person theirs.
 */
void ts_worklist_select(const struct area *a, const struct ts_worklist *all,
    const struct ts_filter *f, cal_date horizon, struct ts_worklist *w);
/*
 * A worklist as JSON, the shape 'safeguard check --json' writes (README.md): for whom
 * (a username, or NULL for the area), the dates, the counts, then the items by sibling
 * group and child. names 0 leaves children's and workers' names out (an analyst's).
 */
struct jw;
struct ts_who {
	const char *kind;	/* "area", "user", "team", "chair" */
	int64_t id;		/* the professional or team */
	const char *name, *username;
};
void ts_worklist_json(struct jw *w, const struct area *a, const struct ts_worklist *wl,
    const struct ts_who *who, int days, int names);

/* Sibling groups: out[i] is the index of the first child of child i's group (children of
 * one household, or linked by a sibling relationship). out has a->n_children entries. */
void ts_sibling_groups(const struct area *a, uint32_t *out);

#endif
