/*
 * rules.c: the engine of the census business rules: the table of rules, a check's state
 * from the header (or the year) to the last child, the reporting of a broken rule, and
 * the readings every rule family shares (rules_int.h). The rules themselves live one
 * family to a file: rules_return.c (header and return level), rules_child.c (identifiers
 * and characteristics), rules_upn.c, rules_dates.c (dates that are not dates), rules_episode.c (CINdetails), rules_activity.c (what
 * an episode's closure, NFA flag and reason allow), rules_assess.c, rules_s47.c, rules_cpp.c
 * and rules_plan.c (child in need plans).
 *
 * Workload: a national return is about 700,000 children, and a 10,000-child file must be
 * read and checked in 0.1 s. Each child is judged in one pass over its own modules; the
 * rules that compare periods sort the child's few spans; nothing looks back at earlier
 * children except through the fingerprints and counters of rules_return.c. A message is
 * only formatted when a rule is broken.
 */
#include "census/rules_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/mem.h"

static const struct cin_rule rules[CIN_NRULES] = {
#define E CIN_ERROR
#define Q CIN_QUERY
#define X(id, code, kind, module, what) {code, kind, module, what},
	CIN_RULE_LIST(X)
#undef X
#undef E
#undef Q
};

const struct cin_rule *
cin_rules_all(int *n)
{
	*n = CIN_NRULES;
	return rules;
}

const struct cin_rule *
cin_rule_by_code(const char *code)
{
	for (int i = 0; i < CIN_NRULES; i++)
		if (strcmp(rules[i].code, code) == 0)
			return &rules[i];
	return NULL;
}

static struct cin_check *
check_alloc(cin_report_fn fn, void *ctx)
{
	struct cin_check *c = xcalloc(1, sizeof *c);
	struct cin_lists *l = &c->lists;

	c->fn = fn;
	c->ctx = ctx;
	c->open_end = CIN_FOREVER;
	l->sex = codes_list("sex");
	l->ethnicity = codes_list("ethnicity");
	l->disability = codes_list("disability");
	l->upn_unknown = codes_list("upn_unknown");
	l->source = codes_list("referral_source");
	l->need = codes_list("primary_need");
	l->closure = codes_list("closure_reason");
	l->category = codes_list("abuse_category");
	l->factor = codes_list("assessment_factor");
	return c;
}

static void
set_year(struct cin_check *c, int end_year)
{
	c->have_year = 1;
	c->end_year = end_year;
	c->start = cal_from_ymd(end_year - 1, 4, 1);
	c->ref = cal_from_ymd(end_year, 3, 31);
	c->open_end = c->ref + 1;
	c->nfa_from = cal_add_working_days(c->start, -1);
	c->judge = c->ref;
	snprintf(c->judge_words, sizeof c->judge_words, "the reference date");
}

void
cin_check_as_of(struct cin_check *c, cal_date today)
{
	char d[11];

	if (!c->have_year || today == CAL_NONE || today >= c->ref)
		return;
	c->judge = today;
	cal_format(today, d);
	snprintf(c->judge_words, sizeof c->judge_words, "today (%s)", d);
}

struct cin_check *
cin_check_new(const struct cin_header *h, cin_report_fn fn, void *ctx)
{
	struct cin_check *c = check_alloc(fn, ctx);
	int y, m, d;

	if (h && cin_has_date(&h->reference_date)) {
		cal_to_ymd(h->reference_date.d, &y, &m, &d);
		if (m == 3 && d == 31 && y > 1 && y < 9999)
			set_year(c, y);
	}
	cin_rules_header(c, h);
	return c;
}

struct cin_check *
cin_check_new_year(int end_year, cin_report_fn fn, void *ctx)
{
	struct cin_check *c = check_alloc(fn, ctx);

	set_year(c, end_year);
	return c;
}

int
cin_check_year(const struct cin_check *c, struct cin_year *out)
{
	if (!c->have_year)
		return 0;
	out->end_year = c->end_year;
	out->start = c->start;
	out->reference = c->ref;
	return 1;
}

long
cin_check_children(const struct cin_check *c)
{
	return c->children;
}

void
cin_check_child(struct cin_check *c, const struct cin_child *ch)
{
	c->child = ch;
	c->children++;
	cin_rules_identifiers(c, ch);
	cin_rules_upn(c, ch);
	cin_rules_dates(c, ch);
	for (int i = 0; i < ch->nepisodes; i++) {
		const struct cin_episode *ep = &ch->episodes[i];

		cin_rules_episode(c, ep);
		cin_rules_activity(c, ep);
		cin_rules_assessments(c, ep);
		cin_rules_s47s(c, ep);
		cin_rules_cpps(c, ep);
		cin_rules_cin_plans(c, ep);
	}
	cin_rules_episodes(c, ch);
	cin_rules_cpps_child(c, ch);
	cin_rules_cin_plans_child(c, ch);
	cin_rules_return_child(c, ch);
	c->child = NULL;
}

void
cin_check_finish(struct cin_check *c)
{
	cin_rules_return_finish(c);
}

void
cin_check_free(struct cin_check *c)
{
	if (!c)
		return;
	cin_rules_return_free(c);
	xfree(c->spans);
	xfree(c->refs);
	xfree(c);
}

/* A message cut short at its buffer's end may have cut a value's UTF-8 character in two:
 * drop the part, so that the reports (JSON, CSV) stay valid UTF-8. */
static void
whole_characters(char *s)
{
	size_t len = strlen(s), j = len, need;

	while (j > 0 && ((unsigned char)s[j - 1] & 0xC0) == 0x80)
		j--;
	if (j == 0 || (unsigned char)s[j - 1] < 0xC0)
		return;
	need = (unsigned char)s[j - 1] >= 0xF0 ? 4 : (unsigned char)s[j - 1] >= 0xE0 ? 3 : 2;
	if (len - (j - 1) < need)
		s[j - 1] = '\0';
}

void
cin_fire(struct cin_check *c, enum cin_rule_id id, enum cin_at at, const struct cin_episode *ep,
    const void *item, int line, const char *fmt, ...)
{
	struct cin_finding f;
	va_list ap;

	va_start(ap, fmt);
	if (vsnprintf(c->msg, sizeof c->msg, fmt, ap) >= (int)sizeof c->msg)
		whole_characters(c->msg);
	va_end(ap);
	if (c->msg[0] >= 'a' && c->msg[0] <= 'z')	/* "the episode ..." opens a sentence */
		c->msg[0] = (char)(c->msg[0] - 'a' + 'A');
	f.rule = &rules[id];
	f.child = c->child;
	f.episode = ep;
	f.at = at;
	f.item = item;
	f.line = line;
	f.message = c->msg;
	c->fn(c->ctx, &f);
}

const char *
cin_episode_name(struct cin_check *c, const struct cin_episode *ep)
{
	if (cin_has_date(&ep->referral))
		snprintf(c->epname, sizeof c->epname, "the episode referred on %s", ep->referral.s);
	else if (ep->line > 0)
		snprintf(c->epname, sizeof c->epname, "the episode on line %d", ep->line);
	else
		snprintf(c->epname, sizeof c->epname, "the episode with no referral date");
	return c->epname;
}

int
cin_present(const struct cin_text *t)
{
	return t->s && t->s[0];
}

int
cin_has_date(const struct cin_date *d)
{
	return d->s && d->d != CAL_NONE;
}

int
cin_bool(const struct cin_text *t)
{
	if (!t->s)
		return -1;
	if (strcmp(t->s, "1") == 0 || strcasecmp(t->s, "true") == 0)
		return 1;
	if (strcmp(t->s, "0") == 0 || strcasecmp(t->s, "false") == 0)
		return 0;
	return -1;
}

int
cin_code_ok(const struct code_list *l, const struct cin_text *t)
{
	return t->s && codes_index(l, t->s) >= 0;
}

int
cin_in_year(const struct cin_check *c, cal_date d)
{
	return d >= c->start && d <= c->ref;
}

/*
 * Counting working days is a table lookup between 1970 and 2100 but a walk day by day
 * outside it, and a file may hold any date: so a start long before R is answered without
 * counting. n working days never span more than n * 7 / 5 + 30 calendar days (weeks of
 * five working days, and at most a handful of bank holidays in any such stretch).
 */
int
cin_working_days_over(const struct cin_check *c, cal_date start, int n)
{
	if (start > c->judge)
		return 0;
	if ((int64_t)c->judge - start > (int64_t)n * 7 / 5 + 30)
		return 1;
	return cal_working_days_between(start, c->judge) > n;
}

cal_date
cin_period_end(const struct cin_check *c, cal_date start, cal_date end, int open)
{
	if (end != CAL_NONE)
		return end < start ? start : end;
	return open ? c->open_end : start;
}

struct cin_span *
cin_spans(struct cin_check *c, size_t n)
{
	if (n > c->spans_cap) {
		xfree(c->spans);
		c->spans = xreallocarray(NULL, n, sizeof *c->spans);
		c->spans_cap = n;
	}
	return c->spans;
}

struct cin_ref *
cin_refs(struct cin_check *c, size_t n)
{
	if (n > c->refs_cap) {
		xfree(c->refs);
		c->refs = xreallocarray(NULL, n, sizeof *c->refs);
		c->refs_cap = n;
	}
	return c->refs;
}

static int
span_cmp(const void *a, const void *b)
{
	const struct cin_span *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;	/* the longest first among equal starts */
	return x->idx - y->idx;
}

void
cin_spans_sort(struct cin_span *s, int n)
{
	if (n > 1)
		qsort(s, (size_t)n, sizeof *s, span_cmp);
	for (int i = 0; i < n; i++)
		s[i].best = i > 0 && s[s[i - 1].best].end >= s[i].end ? s[i - 1].best : i;
}

/*
 * A span is running on d when it started on or before d and ends after it; among the spans
 * started by d, the one that ends last decides, and s[i].best names it.
 */
int
cin_running_at(const struct cin_span *s, int n, cal_date d)
{
	int lo = 0, hi = n;	/* find the number of spans starting on or before d */

	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		if (s[mid].start <= d)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0 || s[s[lo - 1].best].end <= d)
		return -1;
	return s[s[lo - 1].best].idx;
}

/*
 * One sweep in start order: a span starts inside an earlier one exactly when the latest
 * end among those before it is after its start, and that span is then the one to name.
 * Each span is reported at most once, and the child's spans are sorted once: n log n, not
 * n^2, however many modules a (hostile) file gives one child.
 */
void
cin_overlaps(struct cin_check *c, struct cin_span *s, int n, cin_overlap_fn fn, void *ctx)
{
	cin_spans_sort(s, n);
	for (int i = 1; i < n; i++) {
		const struct cin_span *before = &s[s[i - 1].best];

		if (before->end > s[i].start)
			fn(c, ctx, s[i].idx, before->idx);
	}
}
