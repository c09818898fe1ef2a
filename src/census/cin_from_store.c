/*
 * cin_from_store.c: one child of the store as a census return shows it (cin_store.h).
 *
 * The store keeps the pathway as it happened; the return is a view of it on one date, the
 * reference date R of the census year [S, R]. The rules of that view are written once, in
 * cin.h, because three parties depend on them agreeing: the export that writes the
 * return, the business rules that judge it (`validate cin --store`, and one child as it is
 * saved), and the demo area, which must produce clean returns for every year.
 *
 * Everything is read from a struct area (model.h), whose arrays are sorted by child and
 * date, so each item list comes out in date order by filtering the child's run. Values
 * become text in the pool exactly as the file would hold them, so the rules see the same
 * thing whether a child came from a file or from the store; each item keeps its record's
 * id so a rule can name the record to fix.
 */
#include "census/cin_store.h"

#include <stdio.h>
#include <string.h>

#include "base/str.h"

struct view {
	const struct area *a;
	const struct m_child *c;
	cal_date start, ref;		/* S and R */
	struct cin_pool *pool;
	const struct cin_year *year;
};

static struct cin_date
date_of(struct cin_pool *p, cal_date d)
{
	struct cin_date out = {NULL, 0, CAL_NONE};
	char text[11];

	if (d == CAL_NONE)
		return out;
	cal_format(d, text);
	out.s = cin_pool_strndup(p, text, 10);
	out.d = d;
	return out;
}

/* A date as it stood on R: written only if it had happened by then. */
static struct cin_date
date_by(const struct view *v, cal_date d)
{
	return date_of(v->pool, d != CAL_NONE && d <= v->ref ? d : CAL_NONE);
}

static struct cin_text
text_of(struct cin_pool *p, const char *s)
{
	struct cin_text out = {NULL, 0};

	if (s && *s)
		out.s = cin_pool_strndup(p, s, strlen(s));
	return out;
}

/* "MOB HAND" into an array of codes; NULL when the list is empty. */
static struct cin_text *
split_codes(struct cin_pool *p, const char *list, int *n)
{
	struct cin_text *out = NULL;
	int cap = 0;

	*n = 0;
	for (const char *s = list; s && *s;) {
		size_t len = strcspn(s, " ");
		if (len) {
			out = cin_pool_grow(p, out, *n, &cap, sizeof *out);
			out[*n].s = cin_pool_strndup(p, s, len);
			out[(*n)++].line = 0;
		}
		s += len;
		while (*s == ' ')
			s++;
	}
	return out;
}

/* Allocates n items of the given size in the pool, or NULL for none. */
static void *
items(struct cin_pool *p, uint32_t n, size_t size)
{
	return n ? cin_pool_alloc(p, n * size) : NULL;
}

#define EACH(v, arr, range, x) \
	for (const __typeof__(*(v)->a->arr) *x = (v)->a->arr + (v)->c->range.first; \
	    x < (v)->a->arr + (v)->c->range.first + (v)->c->range.count; x++)

static int
overlaps_year(const struct view *v, cal_date start, cal_date end)
{
	return start != CAL_NONE && start <= v->ref && !(end != CAL_NONE && end < v->start);
}

static void
add_assessments(const struct view *v, const struct m_referral *r, struct cin_episode *e)
{
	e->assessments = items(v->pool, v->c->assessments.count, sizeof *e->assessments);
	EACH(v, assessments, assessments, x) {
		struct cin_assessment *out;
		if (x->referral_id != r->id || !overlaps_year(v, x->start, x->authorised))
			continue;
		out = cin_assessment_init(&e->assessments[e->nassessments++]);
		out->id = x->id;
		out->start = date_of(v->pool, x->start);
		out->internal_review = date_by(v, x->internal_review);
		out->authorised = date_by(v, x->authorised);
		if (out->authorised.s) {
			out->factors = split_codes(v->pool, x->factors, &out->nfactors);
			out->has_factors = out->nfactors > 0;
		}
	}
}

static void
add_cin_plans(const struct view *v, const struct m_referral *r, struct cin_episode *e)
{
	e->plans = items(v->pool, v->c->cin_plans.count, sizeof *e->plans);
	EACH(v, cin_plans, cin_plans, x) {
		struct cin_plan *out;
		if (x->referral_id != r->id || !overlaps_year(v, x->start, x->end))
			continue;
		out = cin_plan_init(&e->plans[e->nplans++]);
		out->id = x->id;
		out->start = date_of(v->pool, x->start);
		out->end = date_by(v, x->end);
	}
}

/* An enquiry's initial conference: the earliest held, if several. */
static const struct m_conference *
s47_icpc(const struct view *v, const struct m_s47 *s)
{
	const struct m_conference *best = NULL;

	EACH(v, conferences, conferences, x)
		if (x->s47_id == s->id && x->kind == M_INITIAL && x->held != CAL_NONE &&
		    (!best || x->held < best->held))
			best = x;
	return best;
}

static int
s47_in_return(const struct view *v, const struct m_s47 *s)
{
	const struct m_conference *icpc = s47_icpc(v, s);
	cal_date concluded = icpc ? icpc->held : CAL_NONE;

	if (concluded == CAL_NONE && s->icpc_not_required)
		concluded = s->completed != CAL_NONE ? s->completed : s->start;
	return overlaps_year(v, s->start, concluded);
}

static void
add_s47s(const struct view *v, const struct m_referral *r, struct cin_episode *e)
{
	e->s47s = items(v->pool, v->c->s47s.count, sizeof *e->s47s);
	EACH(v, s47s, s47s, x) {
		struct cin_s47 *out;
		const struct m_conference *icpc;
		cal_date target = x->icpc_target;
		int not_required;
		if (x->referral_id != r->id || !s47_in_return(v, x))
			continue;
		out = cin_s47_init(&e->s47s[e->ns47s++]);
		out->id = x->id;
		out->start = date_of(v->pool, x->start);
		/* The statutory target: 15 working days from the strategy discussion that
		 * started the enquiry (domain.md 1.4, Section47; convention A). */
		if (target == CAL_NONE)
			target = cal_add_working_days(x->start, 15);
		out->icpc_target = date_of(v->pool, target);
		icpc = s47_icpc(v, x);
		if (icpc && icpc->held <= v->ref) {
			out->icpc = date_of(v->pool, icpc->held);
			out->icpc_id = icpc->id;
		}
		not_required = x->icpc_not_required &&
		    (x->completed == CAL_NONE || x->completed <= v->ref);
		out->icpc_not_required = text_of(v->pool, not_required ? "1" : "0");
	}
}

/*
 * The latest category as it stood on R. A plan keeps only its current latest category;
 * if a review after R recorded categories, that value may be newer than R, so the last
 * review on or before R that recorded categories says what it was (domain-cin.md:
 * LatestCategoryOfAbuse can change at a review conference).
 */
static const char *
latest_category(const struct view *v, const struct m_plan *p)
{
	cal_date last = CAL_NONE;
	unsigned cats = 0;
	int later = 0;

	EACH(v, conferences, conferences, x) {
		if (x->plan_id != p->id || x->kind != M_REVIEW || x->held == CAL_NONE ||
		    !x->categories)
			continue;
		if (x->held > v->ref)
			later = 1;
		else if (last == CAL_NONE || x->held >= last) {
			last = x->held;
			cats = x->categories;
		}
	}
	if (!later)
		return p->latest_category;
	if (!cats)
		return p->initial_category;
	return m_category_code(cats) ? m_category_code(cats) : "MUL";
}

/* Review conferences of the plan held on or before R, in date order. */
static void
add_reviews(const struct view *v, const struct m_plan *p, struct cin_cpp *out)
{
	out->reviews = items(v->pool, v->c->conferences.count, sizeof *out->reviews);
	EACH(v, conferences, conferences, x) {
		int k;
		if (x->plan_id != p->id || x->kind != M_REVIEW || x->held == CAL_NONE ||
		    x->held > v->ref)
			continue;
		/* Conferences are sorted by scheduled date; a held date may differ. */
		for (k = out->nreviews; k > 0 && out->reviews[k - 1].d > x->held; k--)
			out->reviews[k] = out->reviews[k - 1];
		out->reviews[k] = date_of(v->pool, x->held);
		out->nreviews++;
	}
	out->has_reviews = out->nreviews > 0;
}

static void
add_cpps(const struct view *v, const struct m_referral *r, struct cin_episode *e)
{
	char prev[16];

	e->cpps = items(v->pool, v->c->plans.count, sizeof *e->cpps);
	EACH(v, plans, plans, x) {
		struct cin_cpp *out;
		if (x->referral_id != r->id || !overlaps_year(v, x->start, x->end))
			continue;
		out = cin_cpp_init(&e->cpps[e->ncpps++]);
		out->id = x->id;
		out->start = date_of(v->pool, x->start);
		out->end = date_by(v, x->end);
		out->initial_category = text_of(v->pool, x->initial_category);
		out->latest_category = text_of(v->pool, latest_category(v, x));
		snprintf(prev, sizeof prev, "%d", x->previous_plans);
		out->previous = text_of(v->pool, prev);
		add_reviews(v, x, out);
	}
}

static int
s47_written(const struct cin_episode *e, int64_t s47_id)
{
	for (int i = 0; i < e->ns47s; i++)
		if (e->s47s[i].id == s47_id)
			return 1;
	return 0;
}

/* An initial (or transfer-in) conference held in the year that no Section47 of the
 * return carries: the CINdetails-level DateOfInitialCPC (domain.md 1.3, rule 2884). */
static const struct m_conference *
episode_icpc(const struct view *v, const struct m_referral *r, const struct cin_episode *e)
{
	const struct m_conference *best = NULL;

	EACH(v, conferences, conferences, x) {
		if (x->referral_id != r->id || x->kind == M_REVIEW || x->held == CAL_NONE ||
		    x->held < v->start || x->held > v->ref)
			continue;
		if (x->kind == M_INITIAL && x->s47_id && s47_written(e, x->s47_id))
			continue;
		if (!best || x->held < best->held)
			best = x;
	}
	return best;
}

static void
add_episode(const struct view *v, const struct m_referral *r, struct cin_episode *e)
{
	int closed = r->closure != CAL_NONE && r->closure <= v->ref;
	const struct m_conference *icpc;

	cin_episode_init(e);
	e->id = r->id;
	e->referral = date_of(v->pool, r->received);
	e->source = text_of(v->pool, r->source);
	e->primary_need = text_of(v->pool, r->primary_need);
	e->closure = date_by(v, r->closure);
	e->closure_reason = text_of(v->pool, closed ? r->closure_reason : NULL);
	e->nfa = text_of(v->pool, r->nfa ? "1" : "0");
	add_assessments(v, r, e);
	add_cin_plans(v, r, e);
	add_s47s(v, r, e);
	add_cpps(v, r, e);
	icpc = episode_icpc(v, r, e);
	if (icpc) {
		e->icpc = date_of(v->pool, icpc->held);
		e->icpc_id = icpc->id;
	}
}

static const char *
upn_unknown(const struct view *v, const struct cin_child *out)
{
	int all_nfa = out->nepisodes > 0;

	if (v->c->upn[0])
		return NULL;
	if (v->c->upn_unknown[0])
		return v->c->upn_unknown;
	if (cin_under_school_age(out->birth.d, out->expected_birth.d, v->year))
		return "UN1";
	for (int i = 0; i < out->nepisodes; i++)
		if (strcmp(out->episodes[i].nfa.s, "1") != 0)
			all_nfa = 0;
	return all_nfa ? "UN7" : NULL;
}

static void
add_identity(const struct view *v, struct cin_child *out)
{
	const struct m_child *c = v->c;
	int born = c->birth != CAL_NONE && c->birth <= v->ref;
	int unborn = c->birth != CAL_NONE ? !born : c->expected_birth != CAL_NONE;
	char sex[2] = {c->sex ? c->sex : 'U', '\0'};

	out->id = c->id;
	out->la_child_id = text_of(v->pool, c->la_child_id);
	out->upn = text_of(v->pool, c->upn);
	out->former_upn = text_of(v->pool, c->former_upn);
	if (born) {
		out->birth = date_of(v->pool, c->birth);
	} else if (unborn) {
		out->expected_birth = date_of(v->pool,
		    c->expected_birth != CAL_NONE ? c->expected_birth : c->birth);
		sex[0] = 'U';	/* rule 8750: an unborn child's sex is U */
	}
	out->sex = text_of(v->pool, sex);
	out->death = date_by(v, c->death);
	out->ethnicity = text_of(v->pool, c->ethnicity);
	out->disabilities = split_codes(v->pool, c->disabilities, &out->ndisabilities);
	out->has_disabilities = out->ndisabilities > 0;
}

int
cin_child_from_store(const struct area *a, const struct m_child *c, const struct cin_year *y,
    struct cin_pool *pool, struct cin_child *out)
{
	struct view v = {a, c, y->start, y->reference, pool, y};

	cin_child_init(out);
	out->episodes = items(pool, c->referrals.count, sizeof *out->episodes);
	EACH(&v, referrals, referrals, r)
		if (overlaps_year(&v, r->received, r->closure))
			add_episode(&v, r, &out->episodes[out->nepisodes++]);
	if (!out->nepisodes) {
		cin_child_init(out);
		return 0;
	}
	add_identity(&v, out);
	out->upn_unknown = text_of(pool, upn_unknown(&v, out));
	return 1;
}

static int
three_digits(const char *s)
{
	return s && strlen(s) == 3 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' &&
	    s[1] <= '9' && s[2] >= '0' && s[2] <= '9';
}

const char *
cin_area_la_code(const struct area *a, cal_date on)
{
	const char *best = NULL;

	/* Settings are sorted by key, then by the date they take effect. */
	for (size_t i = 0; i < a->n_settings; i++) {
		const struct m_setting *s = &a->settings[i];
		if (strcmp(s->key, "area.la_code") != 0)
			continue;
		if (!best || s->effective_from <= on)
			best = s->value;
	}
	if (best)
		return best;
	for (size_t i = 0; i < a->n_agencies; i++)
		if (strcmp(a->agencies[i].kind, "la_childrens_services") == 0 &&
		    a->agencies[i].la_code[0])
			return a->agencies[i].la_code;
	return NULL;
}

int
cin_header_from_store(const struct area *a, const struct cin_year *y, const char *software,
    const char *release, const char *datetime, struct cin_pool *pool, struct cin_header *h,
    char *err, size_t errsize)
{
	const char *lea = cin_area_la_code(a, y->reference);
	char year[8];

	cin_header_init(h);
	if (!lea) {
		snprintf(err, errsize, "the store does not say which local authority it is: set "
		    "area.la_code to its three-digit DfE number");
		return -1;
	}
	if (!three_digits(lea)) {
		snprintf(err, errsize, "area.la_code is \"%s\", not a three-digit DfE local "
		    "authority number: correct the setting", lea);
		return -1;
	}
	snprintf(year, sizeof year, "%d", y->end_year);
	h->collection = text_of(pool, "CIN");
	h->year = text_of(pool, year);
	h->reference_date = date_of(pool, y->reference);
	h->source_level = text_of(pool, "L");
	h->lea = text_of(pool, lea);
	h->software_code = text_of(pool, software);
	h->release = text_of(pool, release);
	h->serial_no = text_of(pool, "001");
	h->datetime = text_of(pool, datetime);
	return 0;
}
