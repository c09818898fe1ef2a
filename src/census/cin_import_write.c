/*
 * cin_import_write.c: one checked child of a return, written into the store.
 *
 * How a return's records meet the store's (the matching rule, as README.md states it):
 *   - a child by LAchildID;
 *   - an episode (CINdetails, a referral) by its referral date, among the child's;
 *   - an assessment, child in need plan, section 47 enquiry or child protection plan by
 *     its start date, among the episode's;
 *   - an initial conference by its date among the episode's initial and transfer-in
 *     conferences; a review by its date among the plan's reviews.
 * Each stored record is matched at most once, so two items of a file that share a date
 * both arrive. A matched record takes the file's values where the file gives them and
 * keeps everything the census does not carry (names, teams, attendance ...), and what the
 * file leaves out; records the file does not mention are left alone, because a return is
 * one year of a longer history. A record that would not change is not rewritten.
 *
 * What the census does not say but the store needs: every section 47 date of initial
 * conference becomes an initial conference of the enquiry, and a CINdetails-level one an
 * initial conference of the episode; every review date a review conference of its plan;
 * a plan starts from the initial conference on its start date (one is made if the return
 * has none: a plan that began before the census year). An enquiry that needed no
 * conference is taken as completed on its start date, or on the first day of the census
 * year if it started before it: the return says it ended within the year, not when.
 *
 * A return shows the records as they stood on its reference date R (cin.h), and returns of
 * several years may arrive in any order. What a return says only because R came before
 * the store's later knowledge does not undo that knowledge: Sex U (an unborn child, or not
 * recorded) and Ethnicity NOBT (not yet obtained) do not replace a known sex or ethnicity;
 * ICPCnotRequired 0 with no conference does not undo an enquiry that the store has
 * completed, as not needing one, after R; and a plan's LatestCategoryOfAbuse is left as
 * the store has it when the store holds a review of the plan after R, where the category
 * may have changed. A child's disabilities and UPNs are taken from the file only where the
 * store has none, when the store holds news of the child from after R (known_after).
 */
#include <string.h>

#include "base/mem.h"
#include "base/str.h"
#include "census/cin_import_int.h"
#include "records/rec.h"

struct rec {
	const struct rowspec *spec;
	struct field row[MAX_COLS], old[MAX_COLS];
	int existing;
	int line;		/* of the file's element the record comes from */
	char date[11];
};

static void
rec_begin(struct imp *im, struct rec *r, int k, int64_t id, int line)
{
	r->line = line;
	r->spec = &im->spec[k];
	memset(r->row, 0, sizeof r->row);
	r->existing = 0;
	if (id && store_reader_get(im->rd, r->spec->t, id, r->row, &im->text) == 1) {
		memcpy(r->old, r->row, sizeof r->row);
		r->existing = 1;
	} else if (id) {
		im->store_failed = 1;
	} else if (im->next_id[k] > RECORDS_MAX_ID) {
		if (!im->ids_exhausted++)
			cin_imp_error(im, 0, "the store's %s already reach the largest record id "
			    "(%lld), so no new one can be added", r->spec->t->name,
			    (long long)RECORDS_MAX_ID);
	} else {
		r->row[r->spec->idx[0]].present = 1;
		r->row[r->spec->idx[0]].i = im->next_id[k]++;
	}
}

static void
set_s(struct rec *r, int col, const char *s)
{
	struct field *f = &r->row[r->spec->idx[col]];

	if (!s)
		return;
	f->present = 1;
	f->s = s;
}

static void
set_i(struct rec *r, int col, int64_t v)
{
	struct field *f = &r->row[r->spec->idx[col]];

	f->present = 1;
	f->i = v;
}

static int
is_set(const struct rec *r, int col)
{
	return r->row[r->spec->idx[col]].present;
}

/* The stored value of a text column of a matched record, or NULL. */
static const char *
stored_s(const struct rec *r, int col)
{
	const struct field *f = &r->old[r->spec->idx[col]];

	return r->existing && f->present ? f->s : NULL;
}

/* Column i holds the same value in rows a and b. */
static int
same_rows_col(const struct table *t, int i, const struct field *a, const struct field *b)
{
	enum col_type ty = t->cols[i].type;

	if (a[i].present != b[i].present)
		return 0;
	if (!a[i].present)
		return 1;
	if (ty == COL_ID || ty == COL_INT || ty == COL_BOOL || ty == COL_REF)
		return a[i].i == b[i].i;
	return strcmp(a[i].s, b[i].s) == 0;
}

static int
same_rows(const struct table *t, const struct field *a, const struct field *b)
{
	for (int i = 0; i < t->ncols; i++)
		if (!same_rows_col(t, i, a, b))
			return 0;
	return 1;
}

/* The census element a column's value comes from, for messages; NULL for a value the
 * store kept from elsewhere (which the message then calls by its column). */
static const char *
element_of(const struct table *t, int col)
{
	static const char *const names[][3] = {
		{"children", "la_child_id", "LAchildID"}, {"children", "birth_date", "PersonBirthDate"},
		{"children", "expected_birth_date", "ExpectedPersonBirthDate"},
		{"children", "sex", "Sex"}, {"children", "ethnicity", "Ethnicity"},
		{"children", "disabilities", "Disability"}, {"children", "upn", "UPN"},
		{"children", "former_upn", "FormerUPN"}, {"children", "upn_unknown", "UPNunknown"},
		{"children", "death_date", "PersonDeathDate"},
		{"referrals", "received_date", "CINreferralDate"},
		{"referrals", "source", "ReferralSource"}, {"referrals", "primary_need", "PrimaryNeedCode"},
		{"referrals", "closure_date", "CINclosureDate"},
		{"referrals", "closure_reason", "ReasonForClosure"}, {"referrals", "nfa", "ReferralNFA"},
		{"s47_enquiries", "icpc_not_required", "ICPCnotRequired"},
		{"assessments", "start_date", "AssessmentActualStartDate"},
		{"assessments", "internal_review_date", "AssessmentInternalReviewDate"},
		{"assessments", "authorised_date", "AssessmentAuthorisationDate"},
		{"assessments", "factors", "AssessmentFactors"},
		{"cin_plans", "start_date", "CINPlanStartDate"}, {"cin_plans", "end_date", "CINPlanEndDate"},
		{"s47_enquiries", "start_date", "S47ActualStartDate"},
		{"s47_enquiries", "icpc_target_date", "InitialCPCtarget"},
		{"cp_plans", "start_date", "CPPstartDate"},
		{"cp_plans", "initial_category", "InitialCategoryOfAbuse"},
		{"cp_plans", "latest_category", "LatestCategoryOfAbuse"},
		{"cp_plans", "previous_plans", "NumberOfPreviousCPP"}, {"cp_plans", "end_date", "CPPendDate"},
		/* DateOfInitialCPC, CPPreviewDate, or a plan's start where the file has no
		 * conference: the line tells which. */
		{"conferences", "scheduled_date", "the conference's date"},
		{"conferences", "held_date", "the conference's date"},
	};
	for (size_t i = 0; col >= 0 && i < sizeof names / sizeof names[0]; i++)
		if (strcmp(names[i][0], t->name) == 0 && strcmp(names[i][1], t->cols[col].name) == 0)
			return names[i][2];
	return NULL;
}

/* The record layer's refusals of a row, each as a problem of the child at the line the
 * record comes from: "line 12: child C1: PersonDeathDate 2019-01-01 is before ...". */
static void
refused(struct imp *im, const struct rec *r, const struct rec_errors *e)
{
	const struct table *t = r->spec->t;

	for (int i = 0; i < e->n && i < REC_MAX_ERRORS; i++) {
		const struct rec_error *v = &e->v[i];
		const char *elem = element_of(t, v->col);
		/* A value the store kept (the file does not give it) is called by its column. */
		int kept = v->col >= 0 && r->existing && same_rows_col(t, v->col, r->row, r->old);
		if (elem && !kept)
			cin_imp_error(im, r->line, "%s %s", elem, v->message);
		else if (v->col >= 0)
			cin_imp_error(im, r->line, "the store's %s record, with this file's values: "
			    "%s %s", t->noun, t->cols[v->col].name, v->message);
		else
			cin_imp_error(im, r->line, "%s", v->message);
	}
}

/*
 * Writes the row through the record layer: rec_check first, in this file's words (a
 * matched record is the store's with the file's values, so a rule may break only once
 * they meet: a death the store holds before a birth the file gives) and the orders across
 * linked records, then rec_write_as,
 * which writes it and, for a record changed, its audit entry. The importer has set every
 * reference to a record it has just written or matched, so those are not looked up again;
 * what it created is counted in the import's one entry.
 */
static int64_t
save_row(struct imp *im, struct rec *r, enum cin_kind_of_record kind)
{
	struct cin_tally *t = &im->rep->tally[kind];
	const struct table *tb = r->spec->t;
	struct rec_errors e;
	int rc = 0;

	if (im->store_failed)
		return 0;
	if (r->existing && same_rows(tb, r->row, r->old)) {
		cin_imp_dates_keep(im, tb, r->row);
		t->unchanged++;
		return r->row[r->spec->idx[0]].i;
	}
	rec_errors_clear(&e);
	if (rec_check(tb, r->row, &e) > 0 ||
	    (rc = cin_imp_linked_dates(im, tb, r->row, r->existing, &e)) > 0) {
		refused(im, r, &e);
		return r->row[r->spec->idx[0]].i;
	}
	if (rc < 0) {
		im->store_failed = 1;
		return 0;
	}
	rc = rec_write_as(im->st, im->who, tb, r->row, r->existing ? r->old : NULL,
	    REC_CHECKED | REC_REFS_CHECKED | REC_NO_CREATE_ENTRY | (r->existing ? 0 : REC_NEW), &e);
	if (rc < 0 && kind == CIN_CHILDREN && e.n && e.v[0].col == r->spec->idx[CH_LA])
		cin_imp_error(im, im->child->la_child_id.line, "LAchildID %s is given to more than "
		    "one child in this file: each child's id is unique", im->child->la_child_id.s);
	else if (rc < 0)
		im->store_failed = 1;
	if (rc >= 0) {
		cin_imp_dates_keep(im, tb, r->row);
		t->updated += r->existing;
		t->created += !r->existing;
	}
	return r->row[r->spec->idx[0]].i;
}

/* "MOB HAND": a list of codes as the store keeps it. */
static const char *
joined(struct imp *im, const struct cin_text *v, int n)
{
	buf_reset(&im->scratch);
	buf_adds(&im->scratch, "");
	for (int i = 0; i < n; i++) {
		if (i)
			buf_addc(&im->scratch, ' ');
		buf_adds(&im->scratch, v[i].s);
	}
	return n ? buf_str(&im->scratch) : NULL;
}

/* Finds an unmatched stored record of the child: its id, or 0. */
#define MATCH(fn, arr, range, at, cond)                                              \
	static int64_t fn(struct imp *im, const struct m_child *mc, int64_t parent,     \
	    cal_date d)                                                                \
	{                                                                               \
		if (!mc)                                                                \
			return 0;                                                       \
		for (uint32_t i = 0; i < mc->range.count; i++) {                        \
			const __typeof__(*im->a.arr) *x = &im->a.arr[mc->range.first + i]; \
			if (!im->used.flags[im->used.at + i] && (cond)) {                       \
				im->used.flags[im->used.at + i] = 1;                            \
				return x->id;                                           \
			}                                                               \
		}                                                                       \
		return 0;                                                               \
	}

MATCH(match_referral, referrals, referrals, at_ref, ((void)parent, x->received == d))
MATCH(match_assessment, assessments, assessments, at_ass,
    x->referral_id == parent && x->start == d)
MATCH(match_s47, s47s, s47s, at_s47, x->referral_id == parent && x->start == d)
MATCH(match_cin_plan, cin_plans, cin_plans, at_cinp, x->referral_id == parent && x->start == d)
MATCH(match_plan, plans, plans, at_plan, x->referral_id == parent && x->start == d)
MATCH(match_initial, conferences, conferences, at_conf, x->referral_id == parent &&
    x->kind != M_REVIEW && (x->held == d || (x->held == CAL_NONE && x->scheduled == d)))
MATCH(match_review, conferences, conferences, at_conf, x->plan_id == parent &&
    x->kind == M_REVIEW && (x->held == d || (x->held == CAL_NONE && x->scheduled == d)))

static void
mark_none_used(struct imp *im, const struct m_child *mc)
{
	struct imp_used *u = &im->used;
	size_t n = 0;

	if (mc) {
		u->at_ref = 0;
		u->at_ass = u->at_ref + mc->referrals.count;
		u->at_s47 = u->at_ass + mc->assessments.count;
		u->at_cinp = u->at_s47 + mc->s47s.count;
		u->at_plan = u->at_cinp + mc->cin_plans.count;
		u->at_conf = u->at_plan + mc->plans.count;
		n = u->at_conf + mc->conferences.count;
	}
	u->flags = vec_reserve(u->flags, n, &u->cap, 1);
	memset(u->flags, 0, u->cap);
}

struct ctx {
	struct imp *im;
	const struct m_child *mc;	/* the stored child, or NULL for a new one */
	int64_t child_id, referral_id;
	struct { cal_date d; int64_t id; } icpc[64];	/* the episode's initial conferences */
	int nicpc;
};

/* An initial conference on `date` (or a review of plan_id): matched, or made. */
static int64_t
conference(struct ctx *x, const char *kind, int64_t s47_id, int64_t plan_id,
    const struct cin_date *date)
{
	struct imp *im = x->im;
	struct rec r;
	int review = strcmp(kind, "review") == 0;
	int64_t id = review ? match_review(im, x->mc, plan_id, date->d) :
	    match_initial(im, x->mc, x->referral_id, date->d);

	rec_begin(im, &r, K_CONFERENCE, id, date->line);
	set_i(&r, CF_CHILD, x->child_id);
	set_i(&r, CF_REFERRAL, x->referral_id);
	if (!r.existing) {
		set_s(&r, CF_KIND, kind);
		set_s(&r, CF_SCHEDULED, date->s);
	}
	if (s47_id && !is_set(&r, CF_S47))
		set_i(&r, CF_S47, s47_id);
	if (plan_id && !is_set(&r, CF_PLAN))
		set_i(&r, CF_PLAN, plan_id);
	set_s(&r, CF_HELD, date->s);
	id = save_row(im, &r, CIN_CONFERENCES);
	if (!review && x->nicpc < 64) {
		x->icpc[x->nicpc].d = date->d;
		x->icpc[x->nicpc++].id = id;
	}
	return id;
}

static void
write_assessment(struct ctx *x, const struct cin_assessment *a)
{
	struct rec r;

	rec_begin(x->im, &r, K_ASSESSMENT, match_assessment(x->im, x->mc, x->referral_id,
	    a->start.d), a->line);
	set_i(&r, AS_CHILD, x->child_id);
	set_i(&r, AS_REFERRAL, x->referral_id);
	set_s(&r, AS_START, a->start.s);
	set_s(&r, AS_REVIEW, a->internal_review.s);
	set_s(&r, AS_AUTHORISED, a->authorised.s);
	set_s(&r, AS_FACTORS, joined(x->im, a->factors, a->nfactors));
	save_row(x->im, &r, CIN_ASSESSMENTS);
}

static void
write_cin_plan(struct ctx *x, const struct cin_plan *p)
{
	struct rec r;

	rec_begin(x->im, &r, K_CIN_PLAN, match_cin_plan(x->im, x->mc, x->referral_id,
	    p->start.d), p->line);
	set_i(&r, CP_CHILD, x->child_id);
	set_i(&r, CP_REFERRAL, x->referral_id);
	set_s(&r, CP_START, p->start.s);
	set_s(&r, CP_END, p->end.s);
	save_row(x->im, &r, CIN_PLANS);
}

/* A matched enquiry the store has as needing no conference, completed after the return's
 * reference date: the return's "still waiting" is older news. */
static int
completed_after(const struct imp *im, const struct rec *r)
{
	const char *done = stored_s(r, S4_COMPLETED);
	cal_date d;

	return done && r->old[r->spec->idx[S4_NOT_REQUIRED]].i == 1 && cal_parse(done, &d) &&
	    d > im->year.reference;
}

static void
write_s47(struct ctx *x, const struct cin_s47 *s)
{
	struct imp *im = x->im;
	struct rec r;
	int not_required = cin_imp_bool(s->icpc_not_required.s) == 1;
	int64_t id;

	rec_begin(im, &r, K_S47, match_s47(im, x->mc, x->referral_id, s->start.d), s->line);
	set_i(&r, S4_CHILD, x->child_id);
	set_i(&r, S4_REFERRAL, x->referral_id);
	set_s(&r, S4_START, s->start.s);
	set_s(&r, S4_TARGET, s->icpc_target.s);
	if (!(!not_required && !s->icpc.s && completed_after(im, &r)))
		set_i(&r, S4_NOT_REQUIRED, not_required);
	if (not_required && !s->icpc.s && !is_set(&r, S4_COMPLETED)) {
		cal_format(s->start.d > im->year.start ? s->start.d : im->year.start, r.date);
		set_s(&r, S4_COMPLETED, r.date);
	}
	id = save_row(im, &r, CIN_S47S);
	if (s->icpc.s)
		conference(x, "initial", id, 0, &s->icpc);
}

/* The conference a plan started from: one of the episode's initial conferences on the
 * plan's start date, or a new one. */
static int64_t
start_conference(struct ctx *x, const struct cin_cpp *p)
{
	for (int i = 0; i < x->nicpc; i++)
		if (x->icpc[i].d == p->start.d)
			return x->icpc[i].id;
	return conference(x, "initial", 0, 0, &p->start);
}

/* The store holds a review of plan plan_id held after `after`. */
static int
reviewed_after(const struct ctx *x, int64_t plan_id, cal_date after)
{
	for (uint32_t i = 0; x->mc && i < x->mc->conferences.count; i++) {
		const struct m_conference *k = &x->im->a.conferences[x->mc->conferences.first + i];

		if (k->plan_id == plan_id && k->kind == M_REVIEW && k->held != CAL_NONE &&
		    k->held > after)
			return 1;
	}
	return 0;
}

/*
 * A decision that arrives with a return (a referral closed with no further action, a
 * plan's end) is taken as signed: a return states what the source system held as
 * decided, and a decision was final there once its manager had signed it, so leaving it
 * unsigned would put years of other systems' closed cases into managers' lists to sign
 * again. The signature is dated on the decision (the census gives no other date) and
 * names no one (the census does not say who). A decision the store already held keeps
 * the store's own state, signed or still awaiting its manager, since a return made from
 * this store says nothing of its signature, and a signature given is never replaced.
 */
static void
signed_with_return(struct rec *r, int decided_before, int signature, const char *on)
{
	if (decided_before || is_set(r, signature) || !on)
		return;
	set_s(r, signature, on);
}

static void
write_cpp(struct ctx *x, const struct cin_cpp *p)
{
	struct imp *im = x->im;
	struct rec r;
	int previous = 0;
	int64_t id = match_plan(im, x->mc, x->referral_id, p->start.d);
	int64_t from = id ? 0 : start_conference(x, p);

	rec_begin(im, &r, K_CP_PLAN, id, p->line);
	set_i(&r, PL_CHILD, x->child_id);
	set_i(&r, PL_REFERRAL, x->referral_id);
	if (from)
		set_i(&r, PL_CONFERENCE, from);
	set_s(&r, PL_START, p->start.s);
	set_s(&r, PL_INITIAL, p->initial_category.s);
	if (!(r.existing && reviewed_after(x, id, im->year.reference)))
		set_s(&r, PL_LATEST, p->latest_category.s);
	str_to_int(p->previous.s, 0, 99, &previous);
	set_i(&r, PL_PREVIOUS, previous);
	set_s(&r, PL_END, p->end.s);
	signed_with_return(&r, stored_s(&r, PL_END) != NULL, PL_END_SIGNED, p->end.s);
	id = save_row(im, &r, CIN_CPPS);
	for (int i = 0; i < p->nreviews; i++)
		conference(x, "review", 0, id, &p->reviews[i]);
}

static void
write_episode(struct ctx *x, const struct cin_episode *e)
{
	struct imp *im = x->im;
	struct rec r;

	rec_begin(im, &r, K_REFERRAL, match_referral(im, x->mc, 0, e->referral.d), e->line);
	set_i(&r, RF_CHILD, x->child_id);
	set_s(&r, RF_RECEIVED, e->referral.s);
	set_s(&r, RF_SOURCE, e->source.s);
	set_s(&r, RF_NEED, e->primary_need.s);
	set_i(&r, RF_NFA, cin_imp_bool(e->nfa.s) == 1);
	set_s(&r, RF_CLOSURE, e->closure.s);
	set_s(&r, RF_REASON, e->closure_reason.s);
	if (cin_imp_bool(e->nfa.s) == 1)
		signed_with_return(&r, r.existing && r.old[r.spec->idx[RF_NFA]].i,
		    RF_NFA_SIGNED, is_set(&r, RF_DECISION) ? r.row[r.spec->idx[RF_DECISION]].s :
		    e->referral.s);
	x->referral_id = save_row(im, &r, CIN_EPISODES);
	x->nicpc = 0;
	for (int i = 0; i < e->nassessments; i++)
		write_assessment(x, &e->assessments[i]);
	for (int i = 0; i < e->nplans; i++)
		write_cin_plan(x, &e->plans[i]);
	for (int i = 0; i < e->ns47s; i++)
		write_s47(x, &e->s47s[i]);
	if (e->icpc.s)
		conference(x, "initial", 0, 0, &e->icpc);
	for (int i = 0; i < e->ncpps; i++)
		write_cpp(x, &e->cpps[i]);
}

/*
 * UPNunknown UN1 (not of school age) and UN7 (only referrals with no further action) say
 * what the child's other records already say, and stop being true as the child grows or
 * is referred again; the export derives them (cin.h), so they are not stored. Any other
 * reason, or UN1 and UN7 where they do not follow, is the file's word and is kept.
 */
static const char *
upn_unknown_to_keep(const struct imp *im, const struct cin_child *c)
{
	const char *u = c->upn_unknown.s;
	int all_nfa = c->nepisodes > 0, under;

	if (!u || c->upn.s)
		return u;
	for (int i = 0; i < c->nepisodes; i++)
		all_nfa &= cin_imp_bool(c->episodes[i].nfa.s) == 1;
	under = cin_under_school_age(c->birth.d, c->expected_birth.d, &im->year);
	if (strcmp(u, "UN1") == 0 && under)
		return NULL;
	if (strcmp(u, "UN7") == 0 && !under && all_nfa)
		return NULL;
	return u;
}

/* GenderCurrent of returns before 2024-25 (domain-cin.md): 1 male, 2 female, 0 and 9 U. */
static const char *
sex_of(const struct cin_child *c)
{
	if (c->sex.s)
		return c->sex.s;
	return strcmp(c->gender_current.s, "1") == 0 ? "M" :
	    strcmp(c->gender_current.s, "2") == 0 ? "F" : "U";
}

static int
after(cal_date d, cal_date r)
{
	return d != CAL_NONE && d > r;
}

/*
 * The store has news of the child from after the return's reference date r: an episode,
 * assessment, plan or enquiry begun or ended, or a conference held, after it. Its
 * disabilities and UPNs are then later knowledge than the file's, which only fills gaps.
 */
static int
known_after(const struct imp *im, const struct m_child *mc, cal_date r)
{
	const struct area *a = &im->a;
	int k = 0;

	for (uint32_t i = 0; mc && i < mc->referrals.count && !k; i++) {
		const struct m_referral *e = &a->referrals[mc->referrals.first + i];
		k = after(e->received, r) || after(e->closure, r);
	}
	for (uint32_t i = 0; mc && i < mc->assessments.count && !k; i++)
		k = after(a->assessments[mc->assessments.first + i].start, r);
	for (uint32_t i = 0; mc && i < mc->s47s.count && !k; i++)
		k = after(a->s47s[mc->s47s.first + i].start, r);
	for (uint32_t i = 0; mc && i < mc->cin_plans.count && !k; i++) {
		const struct m_cin_plan *p = &a->cin_plans[mc->cin_plans.first + i];
		k = after(p->start, r) || after(p->end, r);
	}
	for (uint32_t i = 0; mc && i < mc->plans.count && !k; i++) {
		const struct m_plan *p = &a->plans[mc->plans.first + i];
		k = after(p->start, r) || after(p->end, r);
	}
	for (uint32_t i = 0; mc && i < mc->conferences.count && !k; i++)
		k = after(a->conferences[mc->conferences.first + i].held, r);
	return k;
}

/* The file's value, unless the store's is later knowledge (known_after). */
static void
set_unless_newer(struct rec *r, int col, const char *value, int newer)
{
	if (!(newer && stored_s(r, col)))
		set_s(r, col, value);
}

/* The file's value is the list's "unknown" and the store knows better. */
static int
unknown_over_known(const struct rec *r, int col, const char *value, const char *unknown)
{
	const char *known = stored_s(r, col);

	return value && strcmp(value, unknown) == 0 && known && strcmp(known, unknown) != 0;
}

void
cin_imp_write_child(struct imp *im, const struct cin_child *c)
{
	struct ctx x = {im, NULL, 0, 0, {{0, 0}}, 0};
	struct rec r;
	size_t index;
	int newer;

	x.mc = cin_imp_find_child(im, c->la_child_id.s, &index);
	newer = known_after(im, x.mc, im->year.reference);
	mark_none_used(im, x.mc);
	cin_imp_dates_clear(im);
	rec_begin(im, &r, K_CHILD, x.mc ? x.mc->id : 0, c->line);
	set_s(&r, CH_LA, c->la_child_id.s);
	set_s(&r, CH_BIRTH, c->birth.s);
	set_s(&r, CH_EXPECTED, c->expected_birth.s);
	if (!unknown_over_known(&r, CH_SEX, sex_of(c), "U"))
		set_s(&r, CH_SEX, sex_of(c));
	if (!unknown_over_known(&r, CH_ETHNICITY, c->ethnicity.s, "NOBT"))
		set_s(&r, CH_ETHNICITY, c->ethnicity.s);
	if (c->has_disabilities)
		set_unless_newer(&r, CH_DISABILITIES,
		    joined(im, c->disabilities, c->ndisabilities), newer);
	set_unless_newer(&r, CH_UPN, c->upn.s, newer);
	set_unless_newer(&r, CH_FORMER_UPN, c->former_upn.s, newer);
	if (!(newer && (stored_s(&r, CH_UPN) || stored_s(&r, CH_UPN_UNKNOWN))))
		set_s(&r, CH_UPN_UNKNOWN, upn_unknown_to_keep(im, c));
	set_s(&r, CH_DEATH, c->death.s);
	x.child_id = save_row(im, &r, CIN_CHILDREN);
	for (int i = 0; i < c->nepisodes && !im->store_failed && !im->child_errors; i++)
		write_episode(&x, &c->episodes[i]);
}
