/*
 * cmd_show.c: 'safeguard show child ID', a child's pathway step by step, each statutory
 * target beside what was done and when, with its state.
 *
 * Only the child's own records are loaded (store_load_tables with the child's id), the
 * clocks computed by the timescale engine as of --as-of (default today), and each clock is
 * printed under the record it belongs to: the decision under its referral, the initial
 * conference under its enquiry, reports and minutes under their conference, core groups,
 * reviews, visits and the length flags under the plan. Episodes come in date order; within
 * one, conferences and the plans they start come in date order too.
 */
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/str.h"
#include "cli/check.h"
#include "cli/commands.h"
#include "cli/today.h"
#include "codes/codes.h"
#include "store/store.h"

struct show {
	const struct area *a;
	const struct m_child *c;
	const struct ts_clocks *v;
	cal_date as_of;
};

static void
print_clock(const struct show *s, const struct ts_clock *k)
{
	char target[20], actual[20];
	struct buf b;

	ts_human_date(k->target, target);
	ts_human_date(k->actual, actual);
	buf_init(&b, 1024);
	ts_describe(s->a, k, &b);
	printf("      %-14s %s\n", ts_state_words(k), buf_str(&b));
	printf("      %-14s target %s%s%s\n", "", target, *actual ? ", done " : "", actual);
	buf_free(&b);
}

static int
has_clocks(const struct show *s, const char *table, int64_t id)
{
	for (size_t i = 0; i < s->v->n; i++)
		if (s->v->v[i].record_id == id &&
		    strcmp(ts_kind_table(s->v->v[i].kind), table) == 0)
			return 1;
	return 0;
}

/* Prints the clocks belonging to record id of table. */
static void
clocks_of(const struct show *s, const char *table, int64_t id)
{
	for (size_t i = 0; i < s->v->n; i++) {
		const struct ts_clock *k = &s->v->v[i];
		if (k->record_id == id && strcmp(ts_kind_table(k->kind), table) == 0)
			print_clock(s, k);
	}
}

static void
invitee_clocks(const struct show *s, int64_t conference_id)
{
	const struct m_child *c = s->c;

	for (uint32_t i = 0; i < c->invitees.count; i++)
		if (s->a->invitees[c->invitees.first + i].conference_id == conference_id)
			clocks_of(s, "conference_invitees", s->a->invitees[c->invitees.first + i].id);
}

/* The label of a code ("police" for 6), or the code itself when the list lacks it. */
static const char *
label(const char *list, const char *code)
{
	const char *l = codes_label(codes_list(list), code);

	return l ? l : code;
}

static const char *
person(const struct show *s, int64_t id, char *out, size_t size)
{
	const char *p = ts_person(s->a, id, out, size);

	return p ? p : "not recorded";
}

static void
print_plan(const struct show *s, const struct m_plan *p)
{
	char from[20], end[20], who[160];

	ts_human_date(p->start, from);
	ts_human_date(p->end, end);
	printf("    Child protection plan %lld from %s, category %s (latest %s), key worker %s",
	    (long long)p->id, from, label("abuse_category", p->initial_category),
	    label("abuse_category", p->latest_category),
	    person(s, p->key_worker_id, who, sizeof who));
	if (p->end != CAL_NONE && p->end <= s->as_of)
		printf(", ended %s (%s)\n", end, *p->end_reason ?
		    label("plan_end_reason", p->end_reason) : "reason not recorded");
	else
		printf(", open\n");
	clocks_of(s, "cp_plans", p->id);
}

static void
print_conference(const struct show *s, const struct m_conference *f)
{
	static const char *const kinds[] = {"Initial conference", "Review conference",
	    "Transfer-in conference"};
	char when[20], moved[20], who[160];

	ts_human_date(f->held != CAL_NONE && f->held <= s->as_of ? f->held : f->scheduled, when);
	ts_human_date(f->rescheduled_from, moved);
	printf("    %s %lld %s %s%s%s%s, chair %s%s%s\n", kinds[f->kind], (long long)f->id,
	    f->held != CAL_NONE && f->held <= s->as_of ? "held" : "scheduled for", when,
	    *moved ? " (moved from " : "", moved, *moved ? ")" : "",
	    person(s, f->chair_id, who, sizeof who), *f->decision ? ": " : "",
	    *f->decision ? label("conference_decision", f->decision) : "");
	clocks_of(s, "conferences", f->id);
	invitee_clocks(s, f->id);
	for (uint32_t i = 0; i < s->c->plans.count; i++) {
		const struct m_plan *p = &s->a->plans[s->c->plans.first + i];
		if (p->start_conference_id == f->id && p->start <= s->as_of)
			print_plan(s, p);
	}
}

static void
print_enquiries(const struct show *s, const struct m_referral *r)
{
	const struct m_child *c = s->c;
	char d[20];

	for (uint32_t i = 0; i < c->assessments.count; i++) {
		const struct m_assessment *x = &s->a->assessments[c->assessments.first + i];
		if (x->referral_id != r->id || x->start > s->as_of)
			continue;
		ts_human_date(x->start, d);
		printf("    Assessment %lld started %s\n", (long long)x->id, d);
		clocks_of(s, "assessments", x->id);
	}
	for (uint32_t i = 0; i < c->strategies.count; i++) {
		const struct m_strategy *x = &s->a->strategies[c->strategies.first + i];
		if (x->referral_id != r->id || x->held > s->as_of)
			continue;
		ts_human_date(x->held, d);
		printf("    Strategy discussion %lld held %s\n", (long long)x->id, d);
	}
	for (uint32_t i = 0; i < c->s47s.count; i++) {
		const struct m_s47 *x = &s->a->s47s[c->s47s.first + i];
		if (x->referral_id != r->id || x->start > s->as_of)
			continue;
		ts_human_date(x->start, d);
		printf("    Section 47 enquiry %lld started %s%s\n", (long long)x->id, d,
		    x->icpc_not_required ? ", no conference required" : "");
		clocks_of(s, "s47_enquiries", x->id);
	}
}

static void
print_episode(const struct show *s, const struct m_referral *r)
{
	char d[20], closed[20], who[160];
	const struct m_team *t = r->team_id ? m_team(s->a, r->team_id) : NULL;

	ts_human_date(r->received, d);
	ts_human_date(r->closure, closed);
	printf("\n  Referral %lld received %s from %s, social worker %s%s%s\n", (long long)r->id,
	    d, *r->source ? label("referral_source", r->source) : "an unrecorded source",
	    person(s, r->social_worker_id, who, sizeof who), t && t->name ? ", " : "",
	    t && t->name ? t->name : "");
	if (r->closure != CAL_NONE && r->closure <= s->as_of)
		printf("    closed %s\n", closed);
	clocks_of(s, "referrals", r->id);
	print_enquiries(s, r);
	for (uint32_t i = 0; i < s->c->conferences.count; i++) {
		const struct m_conference *f = &s->a->conferences[s->c->conferences.first + i];
		/* A conference the engine gave no clock had not been arranged by then. */
		if (f->referral_id == r->id && has_clocks(s, "conferences", f->id))
			print_conference(s, f);
	}
	for (uint32_t i = 0; i < s->c->plans.count; i++) {
		const struct m_plan *p = &s->a->plans[s->c->plans.first + i];
		if (p->referral_id == r->id && p->start <= s->as_of &&
		    !m_find_conference(s->a, s->c, p->start_conference_id))
			print_plan(s, p);	/* its conference is not recorded: shown anyway */
	}
}

static void
print_child(const struct show *s)
{
	char name[240], born[20], as_of[20];
	const struct m_child *c = s->c;

	ts_child_name(c, name, sizeof name);
	ts_human_date(s->as_of, as_of);
	if (c->birth != CAL_NONE && c->birth <= s->as_of) {
		ts_human_date(c->birth, born);
		printf("%s %s, born %s (%d), as of %s\n", c->la_child_id, name, born,
		    cal_years_between(c->birth, s->as_of), as_of);
	} else if (c->birth == CAL_NONE && c->expected_birth == CAL_NONE) {
		/* Not unborn: a child whose date of birth is not known (census 8525Q). */
		printf("%s %s, date of birth not recorded, as of %s\n", c->la_child_id, name, as_of);
	} else {
		ts_human_date(c->expected_birth, born);
		printf("%s %s, unborn%s%s%s, as of %s\n", c->la_child_id, name,
		    *born ? " (expected " : "", born, *born ? ")" : "", as_of);
	}
	for (uint32_t i = 0; i < c->referrals.count; i++) {
		const struct m_referral *r = &s->a->referrals[c->referrals.first + i];
		if (r->received <= s->as_of)
			print_episode(s, r);
	}
	if (s->v->n == 0)
		printf("\n  No statutory clock has started for this child.\n");
}


int
cmd_show_child(const struct cli_args *a)
{
	struct store *st;
	struct area ar;
	struct ts_clocks v = {0};
	struct ts_config *cfg;
	cal_date as_of;
	int64_t id;
	struct show s;

	if (!cli_as_of(a, &as_of) || !(st = cli_open_store(a, 0)))
		return CLI_BAD;
	if (!cli_child(a, st, "ID", a->pos[0], &id)) {
		store_close(st);
		return CLI_BAD;
	}
	if (store_load_tables(st, id, ts_tables, &ar) < 0) {
		cli_fail(a, "%s", store_error(st));
		store_close(st);
		return CLI_BAD;
	}
	store_close(st);
	cfg = ts_config_new(&ar);
	ts_child(&ar, cfg, &ar.children[0], as_of, &v);
	s = (struct show){&ar, &ar.children[0], &v, as_of};
	print_child(&s);
	ts_clocks_free(&v);
	ts_config_free(cfg);
	area_free(&ar);
	return CLI_OK;
}
