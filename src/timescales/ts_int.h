/* ts_int.h: what the files of the timescale engine share, and nobody else sees. */
#ifndef SG_TS_INT_H
#define SG_TS_INT_H
#include "timescales/ts.h"

/* One child's computation: the records, the settings, the date asked about, the output. */
struct ts_ctx {
	const struct area *a;
	const struct ts_config *cfg;
	const struct m_child *c;
	cal_date as_of;
	struct ts_clocks *out;
};

/* A dated record that meets a clock of a series (core group, review, visit). */
struct ts_event {
	cal_date date;
	int64_t id;
};

/* Appends a clock of kind for record_id; the caller fills in who acts. */
struct ts_clock *ts_push(struct ts_ctx *x, enum ts_kind kind, int64_t record_id,
    cal_date start, cal_date target, int amount);
/* "Within n working days of d", counted by the convention in force on d. */
cal_date ts_after(const struct ts_ctx *x, cal_date d, int n);
/* The earlier of two dates, either of which may be CAL_NONE. */
cal_date ts_min_date(cal_date p, cal_date q);
/* A conference called off before it sat (by x's date) meets no clock and owes nothing. */
int ts_conference_cancelled(const struct ts_ctx *x, const struct m_conference *f);
/* The team of a professional, or fallback when they have none recorded. */
int64_t ts_team_of(const struct ts_ctx *x, int64_t professional_id, int64_t fallback);
/* ts_settings.c: a professional's team (0 if none), from the table the config holds. */
int64_t ts_config_team(const struct ts_config *cfg, const struct area *a, int64_t professional_id);

/* The state of clock k as at the end of as_of (ts_clock.c's rules). */
enum ts_state ts_judge(const struct ts_clock *k, cal_date as_of);

/* ts_pathway.c: one episode's referral, assessments, enquiries and conferences. */
void ts_episode(struct ts_ctx *x, const struct m_referral *r);
/* ts_plan.c: one child protection plan's core groups, reviews, visits and length. */
void ts_plan(struct ts_ctx *x, const struct m_referral *r, const struct m_plan *p);
/* ts_lookup.c: the child's health lookups, each to be acknowledged. */
void ts_lookups(struct ts_ctx *x);
/* ts_escalation.c: each stage of the child's escalations, to be answered (issue 11). */
void ts_escalations(struct ts_ctx *x);
/* ts_quality.c: the chair's quality form on each conference the child's chair held. */
void ts_quality(struct ts_ctx *x);
/* ts_encompass.c: the child's Operation Encompass notifications, sent and read. */
void ts_encompass(struct ts_ctx *x);
/* ts_school.c: the values of the school-day settings (ts_value_parse's), and the words of
 * the Encompass clocks for ts_describe (1 when k is one of them). */
int ts_parse_weekdays(const char *value, struct ts_value *v, char *why, size_t size);
int ts_parse_time(const char *value, struct ts_value *v, char *why, size_t size);
int ts_parse_ranges(const char *value, struct ts_value *v, char *why, size_t size);
/* ts_missing.c: the child's missing episodes, each return to be followed by an interview
 * offered; and the worker of the child on a day (ts_lookup.c), who acts on both. */
void ts_missing(struct ts_ctx *x);
void ts_worker_on(const struct ts_ctx *x, cal_date d, int64_t *worker, int64_t *team);
struct buf;
/* ts_placed.c: the notices of a child's placements in the area by other authorities. */
void ts_placements(struct ts_ctx *x);
int ts_placed_describe(const struct ts_clock *k, const char *start, struct buf *out);
int ts_missing_describe(const struct ts_clock *k, const char *start, struct buf *out);
int ts_encompass_describe(const struct ts_clock *k, const char *start, struct buf *out);

#endif
