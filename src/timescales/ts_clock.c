/*
 * ts_clock.c: the clock itself: its kinds, how a state is judged, and the walk over a
 * child's episodes (and over every child of an area) that the rule files fill in.
 *
 * A clock is judged as of the end of a day A, with only what had happened by then:
 *   - an actual date after A does not count yet;
 *   - done on or before the target: met; done after it: missed;
 *   - not done, and the duty lapsed on or before A (the plan ended, the conference was
 *     held, the episode closed, the child died): missed if the target had already passed
 *     when it lapsed, otherwise not applicable;
 *   - not done and still owed: overdue once A is after the target, otherwise due.
 * A plan-length flag is the one clock where reaching the target is the event: it is met
 * when the plan ended before reaching that length, and "overdue" once an open plan has.
 *
 * Working days are counted by convention A of domain.md 4.4 (the N-th working day after D,
 * D being day 0) unless the timescale.counting setting in force on D says B (D is day 1
 * when it is a working day: the DfE CIN validator's reading).
 */
#include "timescales/ts_int.h"

#include <string.h>

#include "base/mem.h"
#include "base/str.h"

const char *const ts_tables[] = {
	"children", "referrals", "assessments", "strategy_discussions", "s47_enquiries",
	"conferences", "conference_invitees", "cp_plans", "core_groups", "visits",
	"relationships", "agencies", "teams", "professionals", "settings", "health_lookups",
	"escalations", "escalation_stages", "conference_quality",
	"encompass_notifications", "missing_episodes",
	"placements_in_area", NULL,
};

static const struct {
	const char *name, *label, *table;
	enum ts_unit unit;
	int childless;		/* a clock of no child's (ts_kind_childless) */
} kinds[TS_NKINDS] = {
	[TS_K_DECISION] = {"decision", "decision on the referral", "referrals", TS_WORKING_DAYS},
	[TS_K_ASSESSMENT] = {"assessment", "assessment authorised", "assessments",
	    TS_WORKING_DAYS},
	[TS_K_ICPC] = {"icpc", "initial conference held", "s47_enquiries", TS_WORKING_DAYS},
	[TS_K_TRANSFER_IN] = {"transfer_in", "transfer-in conference held", "conferences",
	    TS_WORKING_DAYS},
	[TS_K_CHAIR_REPORT] = {"report_to_chair", "social worker's report to the chair",
	    "conferences", TS_WORKING_DAYS},
	[TS_K_PARENT_REPORT] = {"report_to_parents", "social worker's report to the parents",
	    "conferences", TS_WORKING_DAYS},
	[TS_K_AGENCY_REPORT] = {"agency_report", "agency report to the conference",
	    "conference_invitees", TS_WORKING_DAYS},
	[TS_K_PLAN_CIRCULATED] = {"plan_circulated", "plan circulated", "conferences",
	    TS_WORKING_DAYS},
	[TS_K_PLAN_LIMIT] = {"plan_circulated_limit", "plan circulated (outer limit)",
	    "conferences", TS_DAYS},
	[TS_K_MINUTES] = {"minutes", "minutes circulated", "conferences", TS_WORKING_DAYS},
	[TS_K_FIRST_CORE_GROUP] = {"first_core_group", "first core group held", "cp_plans",
	    TS_WORKING_DAYS},
	[TS_K_CORE_GROUP] = {"core_group", "core group held", "cp_plans", TS_DAYS},
	[TS_K_FIRST_REVIEW] = {"first_review", "first review conference held", "cp_plans",
	    TS_MONTHS},
	[TS_K_REVIEW] = {"review", "review conference held", "cp_plans", TS_MONTHS},
	[TS_K_VISIT] = {"visit", "statutory visit", "cp_plans", TS_WORKING_DAYS},
	[TS_K_PLAN_LENGTH] = {"plan_length", "plan length", "cp_plans", TS_MONTHS},
	[TS_K_HEALTH_LOOKUP] = {"health_lookup", "health lookup acknowledged", "health_lookups",
	    TS_WORKING_DAYS},
	[TS_K_ESCALATION_STAGE] = {"escalation_stage", "escalation stage answered",
	    "escalation_stages", TS_WORKING_DAYS},
	[TS_K_LADO_INITIAL] = {"lado_initial", "LADO case first considered", "lado_cases",
	    TS_WORKING_DAYS, 1},
	[TS_K_LADO_RESOLUTION] = {"lado_resolution", "LADO referral resolved", "lado_cases",
	    TS_MONTHS, 1},
	[TS_K_QUALITY_FORM] = {"quality_form", "chair's quality form completed", "conferences",
	    TS_WORKING_DAYS},
	[TS_K_ENCOMPASS_SENT] = {"encompass_sent", "Operation Encompass notification sent",
	    "encompass_notifications", TS_SCHOOL_DAYS},
	[TS_K_ENCOMPASS_READ] = {"encompass_read", "Operation Encompass notification read",
	    "encompass_notifications", TS_SCHOOL_DAYS},
	[TS_K_RETURN_INTERVIEW] = {"return_interview", "return interview offered",
	    "missing_episodes", TS_DAYS},
	[TS_K_PLACEMENT_NOTICE] = {"placement_notice", "placement notified by the placing "
	    "authority", "placements_in_area", TS_WORKING_DAYS},
	[TS_K_PLACEMENT_END_NOTICE] = {"placement_end_notice", "end of placement notified by "
	    "the placing authority", "placements_in_area", TS_WORKING_DAYS},
	/* Child deaths (issue 11, point 6) */
	[TS_K_CDR_JAR] = {"cdr_jar", "joint agency response to an unexpected death",
	    "child_deaths", TS_WORKING_DAYS, 1},
	[TS_K_CDR_REVIEW] = {"cdr_review", "child death reviewed by the panel", "child_deaths",
	    TS_MONTHS, 1},
	[TS_K_TRAINING_REGISTER] = {"training_register", "training session's register marked",
	    "training_sessions", TS_WORKING_DAYS, 1},
	[TS_K_ACTION] = {"action", "action completed", "actions", TS_DAYS, 1},	/* audits */
	[TS_K_PANEL_NOTIFICATION] = {"panel_notification", "national panel told of a serious "
	    "incident", "practice_reviews", TS_WORKING_DAYS, 1},
	[TS_K_RAPID_REVIEW] = {"rapid_review", "rapid review completed", "practice_reviews",
	    TS_WORKING_DAYS, 1},
};

static const char *const states[] = {
	[TS_NA] = "not_applicable", [TS_MET] = "met", [TS_MISSED] = "missed",
	[TS_DUE] = "due", [TS_OVERDUE] = "overdue",
};

const char *
ts_kind_name(enum ts_kind k)
{
	return k < TS_NKINDS ? kinds[k].name : "?";
}

const char *
ts_kind_label(enum ts_kind k)
{
	return k < TS_NKINDS ? kinds[k].label : "?";
}

enum ts_unit
ts_kind_unit(enum ts_kind k)
{
	return k < TS_NKINDS ? kinds[k].unit : TS_DAYS;
}

const char *
ts_kind_table(enum ts_kind k)
{
	return k < TS_NKINDS ? kinds[k].table : "?";
}

int
ts_kind_childless(enum ts_kind k)
{
	return k < TS_NKINDS ? kinds[k].childless : 0;
}

const char *
ts_state_name(enum ts_state s)
{
	return s <= TS_OVERDUE ? states[s] : "?";
}

void
ts_clocks_free(struct ts_clocks *c)
{
	xfree(c->v);
	xfree(c->events);
	memset(c, 0, sizeof *c);
}

struct ts_clock *
ts_push(struct ts_ctx *x, enum ts_kind kind, int64_t record_id, cal_date start,
    cal_date target, int amount)
{
	struct ts_clocks *o = x->out;
	struct ts_clock *k;

	VEC_GROW(o->v, o->n, o->cap);
	k = &o->v[o->n++];
	memset(k, 0, sizeof *k);
	k->child_id = x->c->id;
	k->record_id = record_id;
	k->kind = (uint8_t)kind;
	k->start = start;
	k->target = target;
	k->actual = CAL_NONE;
	k->stop = CAL_NONE;
	k->amount = (int16_t)amount;
	return k;
}

cal_date
ts_after(const struct ts_ctx *x, cal_date d, int n)
{
	return ts_working_after(x->cfg, d, n);
}

cal_date
ts_working_after(const struct ts_config *cfg, cal_date d, int n)
{
	/* Convention B counts D itself as day 1 when D is a working day (domain.md 4.4). */
	if (n > 0 && ts_setting_int(cfg, TS_COUNTING, d) == 1 && cal_is_working_day(d))
		return cal_add_working_days(d, n - 1);
	return cal_add_working_days(d, n);
}

int
ts_conference_cancelled(const struct ts_ctx *x, const struct m_conference *f)
{
	return f->held == CAL_NONE && f->cancelled != CAL_NONE && f->cancelled <= x->as_of;
}

cal_date
ts_min_date(cal_date p, cal_date q)
{
	if (p == CAL_NONE)
		return q;
	if (q == CAL_NONE)
		return p;
	return p < q ? p : q;
}

int64_t
ts_team_of(const struct ts_ctx *x, int64_t professional_id, int64_t fallback)
{
	int64_t team = professional_id ? ts_config_team(x->cfg, x->a, professional_id) : 0;

	return team ? team : fallback;
}

static enum ts_state
judge(const struct ts_clock *k, cal_date as_of)
{
	if (k->kind == TS_K_PLAN_LENGTH) {
		if (k->actual != CAL_NONE)
			return k->actual < k->target ? TS_MET : TS_MISSED;
		return as_of >= k->target ? TS_OVERDUE : TS_DUE;
	}
	if (k->actual != CAL_NONE)
		return k->actual < k->target || (k->actual == k->target && !k->late) ?
		    TS_MET : TS_MISSED;
	if (k->stop != CAL_NONE && k->stop <= as_of)
		return k->stop > k->target ? TS_MISSED : TS_NA;
	return as_of > k->target ? TS_OVERDUE : TS_DUE;
}

enum ts_state
ts_judge(const struct ts_clock *k, cal_date as_of)
{
	return judge(k, as_of);
}

size_t
ts_child(const struct area *a, const struct ts_config *cfg, const struct m_child *c,
    cal_date as_of, struct ts_clocks *out)
{
	struct ts_ctx x = {a, cfg, c, as_of, out};

	out->n = 0;
	for (uint32_t i = 0; i < c->referrals.count; i++) {
		const struct m_referral *r = &a->referrals[c->referrals.first + i];
		if (r->received != CAL_NONE && r->received <= as_of)
			ts_episode(&x, r);
	}
	ts_lookups(&x);
	ts_escalations(&x);
	ts_quality(&x);
	ts_encompass(&x);
	ts_missing(&x);
	ts_placements(&x);
	for (size_t i = 0; i < out->n; i++) {
		struct ts_clock *k = &out->v[i];
		if (k->actual != CAL_NONE && k->actual > as_of) {
			k->actual = CAL_NONE;	/* it had not happened yet */
			k->met_by_id = 0;
		}
		k->state = (uint8_t)judge(k, as_of);
	}
	return out->n;
}

int
ts_area(const struct area *a, const struct ts_config *cfg, cal_date as_of, ts_child_fn fn,
    void *ctx)
{
	struct ts_clocks out = {0};
	int rc = 0;

	for (size_t i = 0; i < a->n_children && !rc; i++) {
		size_t n = ts_child(a, cfg, &a->children[i], as_of, &out);
		rc = fn(ctx, &a->children[i], out.v, n);
	}
	ts_clocks_free(&out);
	return rc;
}
