/*
 * demo_int.h: what the files of the demo module share.
 *
 *   demo.c        the run: windows, families one after another, batches into the store
 *   demo_rng.c    deterministic random numbers and weighted tables
 *   demo_rows.c   rows waiting to be written, by table, with their text
 *   demo_ref.c    agencies, teams, professionals, users, settings
 *   demo_family.c households, children and adults
 *   demo_case.c   one episode of need of a family: referral to closure, as dates
 *   demo_plan.c   the child protection plan of an episode: reviews, ends, care
 *   demo_emit.c   a child's view of an episode, written as rows
 *   demo_meet.c   conferences, invitees, core groups and visits, written as rows
 *   demo_morning.c the last day: what is in flight, and the demo users who see it
 */
#ifndef SG_DEMO_INT_H
#define SG_DEMO_INT_H
#include <stddef.h>
#include <stdint.h>

#include "demo/demo.h"
#include "records/records.h"

/* ---- random numbers (demo_rng.c) ---- */

struct rng {
	uint64_t s;
};

/* A stream of its own for (seed, a, b): a family, a case, a child never share one. */
struct rng rng_stream(uint64_t seed, uint64_t a, uint64_t b);
uint64_t rng_next(struct rng *r);
uint32_t rng_below(struct rng *r, uint32_t n);		/* 0 .. n-1 */
int rng_range(struct rng *r, int lo, int hi);		/* lo .. hi */
int rng_chance(struct rng *r, double p);
double rng_unit(struct rng *r);				/* [0, 1) */

struct d_weight {
	const char *code;
	unsigned weight;
};
#define D_N(a) ((int)(sizeof(a) / sizeof((a)[0])))
const char *rng_code(struct rng *r, const struct d_weight *w, int n);
int rng_index(struct rng *r, const struct d_weight *w, int n);

/* A published distribution in bands: a band by its weight, then a value inside it. */
struct d_band {
	unsigned weight;
	int lo, hi;
};
int rng_band(struct rng *r, const struct d_band *b, int n);

/* Synthetic names (demo_names.c). */
const char *d_name_given(struct rng *r, char sex);
const char *d_name_family(struct rng *r);
const char *d_name_place(long k);
int d_name_places(void);

/* ---- rows waiting to be written (demo_rows.c) ---- */

enum d_table {
	T_AGENCIES, T_TEAMS, T_PROFESSIONALS, T_USERS, T_HOUSEHOLDS, T_CHILDREN, T_ADULTS,
	T_RELATIONSHIPS, T_CONTACTS, T_REFERRALS, T_ASSESSMENTS, T_STRATEGY, T_S47, T_CONFERENCES,
	T_INVITEES, T_PLANS, T_CORE_MEMBERS, T_CORE_GROUPS, T_ATTENDANCE, T_VISITS,
	T_CIN_PLANS, T_CARE, T_SETTINGS,
	T_QUALITY, T_FEEDBACK,		/* migration_qa */
	D_NTABLES
};

/* Every column the demo writes; demo_rows.c maps each to its table and position. */
enum d_col {
	AG_NAME, AG_KIND, AG_LA_CODE,
	TM_AGENCY, TM_NAME, TM_KIND,
	PR_AGENCY, PR_TEAM, PR_GIVEN, PR_FAMILY, PR_ROLE, PR_EMAIL,
	US_USERNAME, US_PROFESSIONAL, US_ROLE, US_ACTIVE,
	HH_ADDRESS, HH_POSTCODE,
	CH_LA_ID, CH_GIVEN, CH_FAMILY, CH_BIRTH, CH_EXPECTED, CH_SEX, CH_ETHNICITY,
	CH_DISABILITIES, CH_UPN, CH_UPN_UNKNOWN, CH_NHS, CH_DEATH, CH_HOUSEHOLD,
	AD_GIVEN, AD_FAMILY, AD_BIRTH, AD_SEX, AD_HOUSEHOLD,
	RL_CHILD, RL_RELATIVE, RL_ADULT, RL_KIND, RL_PR,
	CT_CHILD, CT_RECEIVED, CT_SOURCE, CT_OUTCOME,
	RF_CHILD, RF_CONTACT, RF_RECEIVED, RF_SOURCE, RF_NEED, RF_DECISION, RF_NFA, RF_TEAM, RF_SW,
	RF_CLOSURE, RF_REASON,
	AS_CHILD, AS_REFERRAL, AS_START, AS_AUTHORISED, AS_FACTORS, AS_SW, AS_BY, AS_SEEN,
	SD_CHILD, SD_REFERRAL, SD_HELD, SD_POLICE, SD_HEALTH, SD_EDUCATION, SD_OUTCOME,
	S4_CHILD, S4_REFERRAL, S4_STRATEGY, S4_START, S4_TARGET, S4_COMPLETED, S4_OUTCOME,
	S4_NOT_REQUIRED,
	CF_CHILD, CF_REFERRAL, CF_KIND, CF_S47, CF_PLAN, CF_SCHEDULED, CF_RESCHEDULED,
	CF_HELD, CF_CHAIR, CF_TO_CHAIR, CF_TO_PARENTS, CF_MET_CHAIR, CF_UNDERSTOOD,
	CF_PARTICIPATION, CF_ADVOCATE, CF_DECISION, CF_CATEGORIES, CF_KEY_WORKER, CF_DISSENT,
	CF_PLAN_CIRCULATED, CF_MINUTES, CF_TRANSFER_FROM,
	IN_CHILD, IN_CONFERENCE, IN_AGENCY, IN_PROFESSIONAL, IN_INVITED, IN_REQUESTED,
	IN_REPORT, IN_ATTENDED, IN_APOLOGIES,
	PL_CHILD, PL_REFERRAL, PL_START_CONF, PL_START, PL_INITIAL, PL_LATEST, PL_PREVIOUS,
	PL_INTERVAL, PL_KEY_WORKER, PL_END, PL_END_REASON, PL_END_CONF,
	CM_CHILD, CM_CONFERENCE, CM_PROFESSIONAL,
	CG_CHILD, CG_PLAN, CG_SCHEDULED, CG_HELD,
	CA_CHILD, CA_GROUP, CA_PROFESSIONAL, CA_ATTENDED, CA_APOLOGIES,
	VI_CHILD, VI_PLAN, VI_DATE, VI_PROFESSIONAL, VI_SEEN, VI_ALONE,
	CP_CHILD, CP_REFERRAL, CP_START, CP_END,
	CC_CHILD, CC_REFERRAL, CC_START, CC_END, CC_LEGAL,
	ST_KEY, ST_VALUE, ST_FROM,
	/* migration_sign: the manager's signatures, and an assessment's completion */
	RF_NFA_AUTH, RF_NFA_BY, AS_SUBMITTED, S4_AUTH, S4_BY, PL_END_AUTH, PL_END_BY,
	/* migration_qa: the chair's quality form and the family's feedback */
	QA_CHILD, QA_CONFERENCE, QA_COMPLETED, QA_PREMEETING, QA_TO_CHAIR, QA_SHARED,
	QA_AGENCIES, QA_VOICE, QA_SMART, QA_RATING, QA_COMMENTS,
	FB_CHILD, FB_CONFERENCE, FB_RESPONDENT, FB_RECEIVED, FB_UNDERSTOOD, FB_LISTENED,
	FB_MET_CHAIR, FB_CHANGE, FB_COMMENTS,
	D_NCOLS
};

struct d_block;

/* Rows waiting to be written: filled by the generator, written by the writer thread. */
struct d_batch {
	struct {
		struct field *rows;	/* n rows of the table's ncols fields */
		size_t n, cap;
	} tab[D_NTABLES];
	struct d_block *text, *spare;	/* the text of these rows */
	size_t pending;
};

struct d_pipe;
struct store;
struct store_bulk;

struct d_rows {
	const struct table *t[D_NTABLES];
	int64_t next_id[D_NTABLES];
	int colmap[D_NCOLS];		/* position of each column in its table */
	unsigned char coltab[D_NCOLS];	/* its table */
	char *dates;			/* "YYYY-MM-DD" for every day from date0 */
	cal_date date0, date1;
	struct d_batch *cur;		/* the batch being filled */
	struct d_pipe *pipe;		/* the writer thread (demo_write.c), if running */
	struct store *st;
	struct store_bulk *bulk;
	long long written;		/* rows written without the thread */
	int failed;
};

struct d_batch *d_batch_new(void);
void d_batch_reset(struct d_batch *b);
void d_batch_free(struct d_batch *b);
int d_rows_init(struct d_rows *r, cal_date first, cal_date last, char *err, size_t errsize);
void d_rows_free(struct d_rows *r);
/* A new row of t with the next id (returned in *id when id is not NULL). */
struct field *d_row(struct d_rows *r, enum d_table t, int64_t *id);
/* A new row of t with an id taken earlier by d_reserve. */
struct field *d_row_id(struct d_rows *r, enum d_table t, int64_t id);
int64_t d_reserve(struct d_rows *r, enum d_table t);
void d_int(struct d_rows *r, struct field *f, enum d_col c, int64_t v);
void d_ref(struct d_rows *r, struct field *f, enum d_col c, int64_t id);	/* 0: none */
void d_bool(struct d_rows *r, struct field *f, enum d_col c, int v);
void d_date(struct d_rows *r, struct field *f, enum d_col c, cal_date d);	/* CAL_NONE: none */
/* s must live as long as the run (a literal or a static table): it is not copied. */
void d_text(struct d_rows *r, struct field *f, enum d_col c, const char *s);
void d_textf(struct d_rows *r, struct field *f, enum d_col c, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* The writer thread (demo_write.c): batches go to the store in the order they were
 * filled, while the next one is being made. */
void d_rows_start(struct d_rows *r, struct store *st, struct store_bulk *b);
/* Hands the current batch to the writer once it is big enough; -1 if the writer failed. */
int d_rows_send(struct d_rows *r);
/* Hands over what is left and waits for the writer; -1 with its message if it failed. */
int d_rows_finish(struct d_rows *r, long long *written, char *err, size_t errsize);

/* ---- the world: who is who, and the windows (demo.c, demo_ref.c) ---- */

struct d_pool {			/* ids first .. first + n - 1 */
	int64_t first;
	int n;
};

#define D_SW_PER_TEAM 8

struct d_world {
	const struct demo_opts *o;
	cal_date sim_start;		/* the first family may arrive on this day */
	cal_date keep_start, keep_end;	/* a child is kept when an episode touches these */
	cal_date end;
	const char *la_code;
	struct d_rows rows;
	/* Reference records, by pool (demo_ref.c). */
	struct d_pool sw, sw_teams, managers, chairs;
	struct d_pool gp_agencies, gps, school_agencies, dsls;
	struct d_pool hvs, school_nurses, midwives, police, da_workers, probation, housing,
	    camhs, advocates, paediatricians;
	int64_t ag_la, ag_police, ag_hv, ag_sn, ag_midwifery, ag_da, ag_probation, ag_housing,
	    ag_camhs, ag_advocacy, ag_hospital;
	/* Families given so far to each demo user's professional (demo_morning.c). */
	int morning[8];
	/* Counts for the report. */
	long long children, referrals, plans, conferences, written;
};

int64_t d_pick(struct rng *r, const struct d_pool *p);
/* A social worker of a team of one kind: assessment, child in need, child protection. */
enum { SW_ASSESSMENT, SW_CHILD_IN_NEED, SW_PROTECTION };
int64_t d_pick_sw(const struct d_world *w, struct rng *r, int kind);
int64_t d_pool_at(const struct d_pool *p, long k);
int64_t d_team_of(const struct d_world *w, int64_t sw);
int64_t d_manager_of(const struct d_world *w, int64_t sw);
void d_reference(struct d_world *w);

/* ---- families and their episodes (demo_family.c, demo_case.c, demo_plan.c) ---- */

#define D_MAX_KIDS 6
#define D_MAX_CASES 12
#define D_MAX_REVIEWS 14

struct d_kid {
	cal_date birth;			/* may lie after the end: not born yet */
	cal_date expected;		/* set when first known before birth */
	cal_date death;			/* CAL_NONE: alive */
	char sex;			/* 'M' or 'F', once born */
	cal_date edd;			/* the expected date, had it been known */
	const char *given;
	char disabilities[16];
	int64_t id;			/* store id when kept, else 0 */
	int plans;			/* plans written so far (NumberOfPreviousCPP) */
	unsigned char school, upn_unknown;	/* which school; a UN code when no UPN */
};

enum d_plan_end {
	PE_OPEN, PE_CIN, PE_CLOSE, PE_CARE, PE_SGO, PE_TRANSFER_OUT
};

struct d_s47 {
	cal_date strategy, start, target, concluded;	/* concluded: ICPC held, or completed */
	unsigned char icpc;		/* concluded by an initial conference */
	unsigned char plan;		/* which decided on a plan */
};

struct d_case {
	unsigned kids;			/* bit k: kid k is in this episode */
	cal_date referral, decision, closure;	/* closure CAL_NONE: still open */
	const char *source, *need, *reason;
	char factors[48];
	unsigned char nfa, transfer_in, adolescent, escalated;
	cal_date a_start, a_auth;	/* no assessment: a_start CAL_NONE */
	cal_date a2_start, a2_auth;	/* the assessment of an escalation, if any */
	int64_t sw;			/* the assessing social worker */
	int64_t cin_sw, cp_sw;		/* who holds it in need, and on a plan */
	int ns47;
	struct d_s47 s47[2];
	cal_date tconf;			/* transfer-in conference, or CAL_NONE */
	/* The child protection plan (demo_plan.c); plan_start CAL_NONE when none. */
	cal_date plan_start, plan_end;
	unsigned char end_kind, end_at_review, initial_cat, latest_cat, cat_change, cg_interval;
	const char *end_reason;
	int nreviews;
	cal_date review[D_MAX_REVIEWS];
	int64_t chair;
	int ncin;
	cal_date cin_start[2], cin_end[2];	/* child in need plans */
	cal_date care_start, care_end;
	const char *legal;
	int dying_kid;			/* kid who dies during the plan, or -1 */
};

struct d_family {
	long number;
	struct rng rng;
	cal_date arrival;
	const char *family_name, *ethnicity, *mother, *father, *street;
	cal_date mother_birth, father_birth;
	int house_number, has_father, father_pr, gp, hv, school_nurse, probation, housing;
	long police_shift, school_shift;	/* added to the keys that pick them (demo_meet.c) */
	unsigned char had_plan;		/* an earlier episode reached a plan */
	const char *postcode_area;
	int nkids;
	struct d_kid kid[D_MAX_KIDS];
	int ncases;
	struct d_case cases[D_MAX_CASES];
};

void d_family_make(struct d_world *w, struct d_family *f, long number);
/* The kids who can be in an episode referred on r (born, or expected within 260 days). */
unsigned d_family_kids_at(const struct d_world *w, const struct d_family *f, cal_date r,
    int adolescent);
cal_date d_kid_adult(const struct d_kid *k);	/* the day before the 18th birthday */
void d_family_write(struct d_world *w, struct d_family *f);

/* Simulates the family's episodes from its arrival to the end. */
void d_case_all(struct d_world *w, struct d_family *f);
/* The plan phase of an episode that reached a plan on c->plan_start. */
void d_plan_run(struct d_world *w, struct d_family *f, struct d_case *c, struct rng *r);
/* The last day an episode can clip an open record to at a 31 March (see demo_case.c). */
cal_date d_year_end_clip(cal_date start, cal_date end, int max_wd);
cal_date d_workday_on_or_after(cal_date d);
cal_date d_workday_on_or_before(cal_date d);

/* A kid's own end of an episode (death, or 18): CAL_NONE when the kid stays to the end. */
cal_date d_kid_exit(const struct d_family *f, const struct d_case *c, int kid);
/* Whether the kid's view of case c touches [from, to]. */
int d_kid_touches(const struct d_family *f, const struct d_case *c, int kid, cal_date from,
    cal_date to);

/* Writes kid's view of episode ci (demo_emit.c). */
void d_emit_case(struct d_world *w, struct d_family *f, int ci, int kid);
/* An episode before the kept window is not written, but its plan still counts as a
 * previous plan of the child (NumberOfPreviousCPP). */
void d_count_case(struct d_world *w, struct d_family *f, int ci, int kid);

/* One conference as the emitter sees it (demo_meet.c). */
enum { D_ICPC, D_REVIEW, D_TRANSFER };
struct d_meet {
	int kind;
	int ci, key;		/* its episode, and its number there: the same for siblings */
	cal_date held, earliest;	/* invitations go out no earlier than `earliest` */
	int64_t referral_id, s47_id, plan_id;
	int decision;		/* initial: a plan; review: the plan ends */
	int category;		/* index into d_categories, or -1 */
	int upcoming;		/* `held` lies after the end: the day it is booked for */
};
int64_t d_emit_conference(struct d_world *w, struct d_family *f, const struct d_case *c,
    int kid, const struct d_meet *m);
/* Core groups and visits of a plan, before `until` (exclusive). */
void d_emit_core_groups(struct d_world *w, struct d_family *f, const struct d_case *c, int ci,
    int kid, int64_t plan_id, cal_date until);
void d_emit_visits(struct d_world *w, struct d_family *f, const struct d_case *c, int ci,
    int kid, int64_t plan_id, cal_date until);
cal_date d_cut(const struct d_world *w, cal_date d);
/* demo_qa.c: the chair's quality form on a conference held, and the family's feedback. */
struct d_held {
	int64_t child, conference, chair;
	cal_date held;
	int age, met_chair, advocate;
	const char *participation;
};
void d_emit_quality(struct d_world *w, const struct d_held *h, struct rng *own);	/* d, or CAL_NONE when after the end */
int d_age(const struct d_kid *k, cal_date on);		/* -1 before birth */
extern const char *const d_categories[5];

/* ---- the last day (demo_morning.c) ---- */

/* The next review of a plan still open at the end, or CAL_NONE when it is not open. */
cal_date d_next_review(const struct d_world *w, const struct d_case *c);
/* Whether the invitations to a conference booked for `on`, after the end, are out. */
int d_invitations_out(const struct d_world *w, int kind, cal_date on);
/* Gives the first professionals of the demo users' roles some of the family's live work. */
void d_first_morning(struct d_world *w, struct d_family *f);

#endif
