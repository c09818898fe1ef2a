/* fig_int.h: what the files of the figures share, and nobody else sees. */
#ifndef SG_FIG_INT_H
#define SG_FIG_INT_H
#include "figures/figures.h"
#include "timescales/ts.h"

struct fig_pair {
	uint32_t row;
	int64_t child;
};

/*
 * One computation: one figure over n periods (windows) that share every other filter.
 * A figure's function declares its rows once (fig_rows, fig_row) and then adds to the
 * windows each record falls in; each window's result has the same rows.
 */
struct fig_job {
	const struct area *a;
	struct fig_cache *cache;
	const struct fig_def *d;
	const struct fig_filter *w;	/* the windows */
	size_t n;
	struct fig_result *out;		/* one per window */
	const struct fig_filter *f;	/* w[0]: the filters other than the dates */
	cal_date lo, hi;		/* the earliest from and the latest to */
	int want;			/* collect the children behind the rows (n == 1) */
	struct fig_pair *pairs;
	size_t n_pairs, cap_pairs;
	uint64_t *mask;			/* by day from lo: the windows holding it (n <= 64) */
};

typedef void (*fig_fn)(struct fig_job *j);

/* A catalogue entry: the definition first, so that a fig_def pointer is the entry's. */
struct fig_entry {
	struct fig_def def;
	fig_fn fn;
};

struct fig_cache {
	const struct area *a;
	struct ts_config *cfg;
	/* The engine's tallies for the windows last asked about (fig_time.c). */
	struct fig_filter *tw;
	size_t n_tw;
	double (*tally)[TS_NKINDS][2];	/* [window][kind][on time, counted] */
	int have_tally;
	/* The children on a plan at each window's end (fig_open.c), for the stock figures
	 * of the same windows and filters: window w's are open[open_first[w] ..
	 * open_first[w + 1]). */
	struct fig_filter *ow;
	size_t n_ow;
	struct fig_open *open;
	size_t *open_first;
	/* Each invitee's conference (index into area.conferences, or UINT32_MAX), and the
	 * agencies ever invited, by id (fig_agency.c): found once for the four figures. */
	uint32_t *invitee_conf;
	uint32_t *invitee_agency;	/* each invitee's agency (index into area.agencies) */
	int64_t *invited_ids;
	size_t n_invited;
};

struct fig_open {
	uint32_t child;		/* index into area.children */
	uint32_t plan;		/* index into area.plans */
};

/* ---- fig_job.c ---- */
void fig_rows(struct fig_job *j, size_t n);
void fig_row(struct fig_job *j, size_t i, const char *label, const char *key);
/* Adds num and den to a row of window w; child (when not 0) is behind the row. */
void fig_add(struct fig_job *j, size_t w, size_t row, double num, double den, int64_t child);
static inline int
fig_in(const struct fig_filter *f, cal_date d)
{
	return d != CAL_NONE && d >= f->from && d <= f->to;
}
/* The windows holding day d, as bits (0: none). */
static inline uint64_t
fig_mask(const struct fig_job *j, cal_date d)
{
	return d != CAL_NONE && d >= j->lo && d <= j->hi ? j->mask[d - j->lo] : 0;
}
/* Each window w whose bit is set in m. */
#define FIG_EACH(w, m) \
	for (uint64_t m_ = (m); m_ && ((w) = (size_t)__builtin_ctzll(m_), 1); m_ &= m_ - 1)
/*
 * Each child c with records in a's array arr (sorted by child, c->rng their range), once,
 * in order: a figure of a record few children have walks the records, not every child.
 */
#define FIG_OWNERS(c, a, arr, rng)                                                     \
	for (size_t k_ = 0; k_ < (a)->n_##arr;                                          \
	    k_ += (c) && (c)->rng.count ? (c)->rng.count : 1)                           \
		if (((c) = m_child_by_id((a), (a)->arr[k_].child_id)) != NULL &&         \
		    (c)->rng.first == k_)
/* d falls within some window. */
static inline int
fig_in_any(const struct fig_job *j, cal_date d)
{
	return d != CAL_NONE && d >= j->lo && d <= j->hi;
}
/* The child's age band on day `on` (FIG_AGE_UNBORN when not born by then). */
int fig_child_age(const struct m_child *c, cal_date on);
/* The child passes the age band filter for window w. */
int fig_age_ok(const struct fig_job *j, size_t w, const struct m_child *c);
/* The record of the child belonging to referral_id passes the team filter. */
int fig_team_ok(const struct fig_job *j, const struct m_child *c, int64_t referral_id);
/* A plan passes the team, chair (of its first conference) and category filters; code is
 * the category the figure reads (initial or latest). */
int fig_plan_ok(const struct fig_job *j, const struct m_child *c, const struct m_plan *p,
    const char *code);
/* A plan open at the end of day d. */
int fig_plan_open(const struct m_plan *p, cal_date d);
/* A conference held (not called off) and passing the team, chair and category filters. */
int fig_conf_ok(const struct fig_job *j, const struct m_child *c, const struct m_conference *f);

/* fig_plans.c: the child's plan open at the end of window w's last day that passes the
 * filters (its latest category), or NULL. */
const struct m_plan *fig_open_plan(const struct fig_job *j, size_t w, const struct m_child *c);
/* fig_open.c: the children on a plan at the end of window w, and how many. */
const struct fig_open *fig_open_list(struct fig_job *j, size_t w, size_t *n);
void fig_open_free(struct fig_cache *c);
/* Sets every row's denominator of each window to that window's total[w]. */
void fig_share_of(struct fig_job *j, const double *total);

/* The figures, one function each, in their files. */
/* Multi-agency case audits and their actions (fig_audits.c; migration_audits) */
void fig_audit_agency_grades(struct fig_job *j);
void fig_audit_multi_grades(struct fig_job *j);
void fig_audit_returns(struct fig_job *j);
void fig_actions_completed(struct fig_job *j);
void fig_actions_on_time(struct fig_job *j);
void fig_actions_overdue(struct fig_job *j);
/* Rapid reviews and practice reviews (fig_reviews.c) */
void fig_reviews_incidents(struct fig_job *j);
void fig_reviews_notified(struct fig_job *j);
void fig_reviews_rapid(struct fig_job *j);
void fig_reviews_cspr(struct fig_job *j);
void fig_reviews_published(struct fig_job *j);
/* Section 11 and Section 175 self-assessments (fig_self_assessments.c) */
void fig_sa_section_11(struct fig_job *j);
void fig_sa_section_175(struct fig_job *j);
void fig_sa_overall(struct fig_job *j);
void fig_sa_not_met(struct fig_job *j);
/* Operation Encompass (fig_encompass.c) */
void fig_encompass_count(struct fig_job *j);
void fig_encompass_sent(struct fig_job *j);
void fig_encompass_read(struct fig_job *j);
void fig_encompass_by_school(struct fig_job *j);
/* Missing children (fig_missing.c) */
void fig_missing_count(struct fig_job *j);
void fig_missing_interviews(struct fig_job *j);
void fig_missing_accepted(struct fig_job *j);
/* Children placed in the area by other authorities (fig_placed.c) */
void fig_placed_count(struct fig_job *j);
void fig_placed_by_kind(struct fig_job *j);
void fig_placed_by_authority(struct fig_job *j);
void fig_placed_started(struct fig_job *j);
void fig_placed_notified(struct fig_job *j);
void fig_placed_missing(struct fig_job *j);
void fig_plans_at_date(struct fig_job *j);
void fig_plans_rate(struct fig_job *j);
void fig_plans_started(struct fig_job *j);
void fig_plans_ended(struct fig_job *j);
void fig_plans_initial(struct fig_job *j);
void fig_plans_latest(struct fig_job *j);
void fig_open_length(struct fig_job *j);
void fig_ended_length(struct fig_job *j);
void fig_ended_average(struct fig_job *j);
void fig_second_plans(struct fig_job *j);
void fig_second_plans_2y(struct fig_job *j);

void fig_profile_age(struct fig_job *j);
void fig_profile_sex(struct fig_job *j);
void fig_profile_ethnicity(struct fig_job *j);
void fig_sibling_groups(struct fig_job *j);
void fig_families(struct fig_job *j);

void fig_referrals(struct fig_job *j);
void fig_re_referrals(struct fig_job *j);
void fig_referrals_nfa(struct fig_job *j);
void fig_assessments(struct fig_job *j);
void fig_assessments_45(struct fig_job *j);
void fig_s47s(struct fig_job *j);
void fig_icpcs(struct fig_job *j);
void fig_icpc_15(struct fig_job *j);
void fig_icpc_plan(struct fig_job *j);

void fig_agency_invitations(struct fig_job *j);
void fig_agency_attendance(struct fig_job *j);
void fig_agency_reports(struct fig_job *j);
void fig_agency_on_time(struct fig_job *j);
void fig_kind_attendance(struct fig_job *j);
void fig_kind_reports(struct fig_job *j);
void fig_kind_on_time(struct fig_job *j);

void fig_chair_reports(struct fig_job *j);
void fig_parent_reports(struct fig_job *j);
void fig_plans_1wd(struct fig_job *j);
void fig_plans_7d(struct fig_job *j);
void fig_minutes(struct fig_job *j);
void fig_met_chair(struct fig_job *j);
void fig_understood(struct fig_job *j);
void fig_participated(struct fig_job *j);
void fig_advocacy(struct fig_job *j);

void fig_reviews(struct fig_job *j);
void fig_core_groups(struct fig_job *j);
void fig_visits(struct fig_job *j);
void fig_timeliness(struct fig_job *j);

/* fig_escalation.c (issue 11) */
void fig_esc_raised(struct fig_job *j);
void fig_esc_category(struct fig_job *j);
void fig_esc_stage(struct fig_job *j);
void fig_esc_outcome(struct fig_job *j);
void fig_esc_days(struct fig_job *j);
void fig_esc_on_time(struct fig_job *j);
/* Child deaths (issue 11, point 6; fig_deaths.c) */
void fig_deaths_notified(struct fig_job *j);
void fig_deaths_by_year(struct fig_job *j);
void fig_deaths_expected(struct fig_job *j);
void fig_deaths_by_age(struct fig_job *j);
void fig_deaths_known(struct fig_job *j);
void fig_deaths_reviewed(struct fig_job *j);
void fig_deaths_by_category(struct fig_job *j);
void fig_deaths_modifiable(struct fig_job *j);
void fig_deaths_days(struct fig_job *j);
void fig_deaths_jar(struct fig_job *j);
void fig_deaths_review_in_time(struct fig_job *j);
/* Training (issue 11, point 5; fig_training.c) */
void fig_training_sessions(struct fig_job *j);
void fig_training_places(struct fig_job *j);
void fig_training_bookings(struct fig_job *j);
void fig_training_attendance(struct fig_job *j);
void fig_training_dna_by_agency(struct fig_job *j);
void fig_training_by_course(struct fig_job *j);
void fig_training_fees(struct fig_job *j);
void fig_training_cancellations(struct fig_job *j);
void fig_training_by_quarter(struct fig_job *j);
void fig_training_confidence(struct fig_job *j);
void fig_training_rating(struct fig_job *j);
void fig_training_registers(struct fig_job *j);
/* The LADO (issue 11, point 2; fig_lado.c) */
void fig_lado_queries(struct fig_job *j);
void fig_lado_referrals(struct fig_job *j);
void fig_lado_outcomes(struct fig_job *j);
void fig_lado_barring(struct fig_job *j);
void fig_lado_initial(struct fig_job *j);
void fig_lado_resolution(struct fig_job *j);
/* fig_quality.c, fig_themes.c: quality assurance (migration_qa). */
void fig_qa_forms(struct fig_job *j);
void fig_qa_ratings(struct fig_job *j);
void fig_qa_questions(struct fig_job *j);
void fig_feedback_returned(struct fig_job *j);
void fig_feedback_understood(struct fig_job *j);
void fig_feedback_listened(struct fig_job *j);
void fig_feedback_themes(struct fig_job *j);

/* "Within n working days of d" as the engine counts it (the convention in force on d). */
cal_date fig_after(const struct fig_cache *c, cal_date d, int n);
/* The last day an invited agency's report (or the chair's, the parents') is on time for
 * conference f: held minus the setting's working days for its kind. */
cal_date fig_report_due(const struct fig_cache *c, const struct m_conference *f,
    enum ts_key initial, enum ts_key review);

#endif
