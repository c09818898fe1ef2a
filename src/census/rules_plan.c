/*
 * rules_plan.c: the rules about child in need plans (domain.md 1.4, CINPlanDates), and
 * about how they sit beside child protection plans: a child is on one kind of plan at a
 * time.
 *
 *   4010 4015 4008   a plan starts, not after the reference date, not before the referral,
 *                    not after the child's death
 *   4011 4012Q 4013 4009Q   it ends after it starts (a same-day plan is queried), within
 *                    the census year, and not after the child's death
 *   4004 4001        per episode: one open plan at most, and not together with an open
 *                    protection plan
 *   4014 4016 4017 4003   per child: child in need plans do not overlap; none starts while
 *                    a protection plan runs, nor a protection plan while one runs; no review
 *                    conference of a protection plan is held while one runs, except on the
 *                    day the protection plan ends (the review that ends it, when the child
 *                    steps down to a child in need plan that day)
 *
 * "Runs" is as rules_int.h says: from the start up to, not including, the end date; an open
 * plan through the reference date. When both plans start on the same day, 4016 names it
 * and 4017 stays quiet.
 */
#include "census/rules_int.h"

#include <stdio.h>

static void
start(struct cin_check *c, const struct cin_episode *ep, const struct cin_plan *p)
{
	const struct cin_date *s = &p->start;
	const struct cin_date *death = &c->child->death;

	if (!cin_has_date(s)) {
		cin_fire(c, R4010, CIN_AT_PLAN, ep, p, s->s ? s->line : p->line,
		    "A child in need plan of %s has no readable CINPlanStartDate%s%s.",
		    cin_episode_name(c, ep), s->s ? ": " : "", s->s ? s->s : "");
		return;
	}
	if (c->have_year && s->d > c->ref)
		cin_fire(c, R4010, CIN_AT_PLAN, ep, p, s->line,
		    "The child in need plan of %s starts on %s, after the reference date.",
		    cin_episode_name(c, ep), s->s);
	if (cin_has_date(&ep->referral) && s->d < ep->referral.d)
		cin_fire(c, R4015, CIN_AT_PLAN, ep, p, s->line,
		    "In %s, the child in need plan started on %s, before the referral "
		    "(CINPlanStartDate before CINreferralDate).", cin_episode_name(c, ep), s->s);
	if (cin_has_date(death) && s->d > death->d)
		cin_fire(c, R4008, CIN_AT_PLAN, ep, p, s->line,
		    "The child in need plan of %s starts on %s, after the child's death on %s.",
		    cin_episode_name(c, ep), s->s, death->s);
}

static void
end(struct cin_check *c, const struct cin_episode *ep, const struct cin_plan *p)
{
	const struct cin_date *e = &p->end;
	const struct cin_date *death = &c->child->death;

	if (cin_has_date(death) && (e->s ? cin_has_date(e) && e->d > death->d :
	    c->open_end - 1 > death->d))	/* open: runs to R, as 8920 (rules_cpp.c) */
		cin_fire(c, R4009Q, CIN_AT_PLAN, ep, p, e->s ? e->line : p->line,
		    "The child in need plan of %s %s%s, after the child's death on %s.",
		    cin_episode_name(c, ep), e->s ? "ends on " : "is still open", e->s ? e->s : "",
		    death->s);
	if (!cin_has_date(e))
		return;
	if (cin_has_date(&p->start) && e->d < p->start.d)
		cin_fire(c, R4011, CIN_AT_PLAN, ep, p, e->line,
		    "The child in need plan of %s ends on %s, before it starts on %s.",
		    cin_episode_name(c, ep), e->s, p->start.s);
	if (cin_has_date(&p->start) && e->d == p->start.d)
		cin_fire(c, R4012Q, CIN_AT_PLAN, ep, p, e->line,
		    "The child in need plan of %s starts and ends on the same day, %s.",
		    cin_episode_name(c, ep), e->s);
	if (c->have_year && !cin_in_year(c, e->d))
		cin_fire(c, R4013, CIN_AT_PLAN, ep, p, e->line,
		    "The child in need plan of %s ends on %s, outside the census year.",
		    cin_episode_name(c, ep), e->s);
}

void
cin_rules_cin_plans(struct cin_check *c, const struct cin_episode *ep)
{
	int open = 0, open_cpp = 0;

	for (int i = 0; i < ep->ncpps; i++)
		open_cpp += !ep->cpps[i].end.s;
	for (int i = 0; i < ep->nplans; i++) {
		const struct cin_plan *p = &ep->plans[i];

		start(c, ep, p);
		end(c, ep, p);
		if (p->end.s)
			continue;
		if (++open == 2)
			cin_fire(c, R4004, CIN_AT_PLAN, ep, p, p->line,
			    "%s has more than one child in need plan without a CINPlanEndDate; end "
			    "the earlier one.", cin_episode_name(c, ep));
		if (open == 1 && open_cpp)
			cin_fire(c, R4001, CIN_AT_PLAN, ep, p, p->line,
			    "%s has an open child in need plan (started %s) and an open child "
			    "protection plan at the same time; end the one that no longer applies.",
			    cin_episode_name(c, ep), p->start.s ? p->start.s : "(no date)");
	}
}

/* The child's plans of both kinds, as sorted spans: child in need plans first. */
struct both {
	struct cin_span *cin, *cpp;
	struct cin_ref *cin_ref, *cpp_ref;
	int ncin, ncpp;
};

static void
collect(struct cin_check *c, const struct cin_child *ch, struct both *b)
{
	int total = 0;

	for (int i = 0; i < ch->nepisodes; i++)
		total += ch->episodes[i].nplans + ch->episodes[i].ncpps;
	b->cin = cin_spans(c, (size_t)total);
	b->cin_ref = cin_refs(c, (size_t)total);
	b->ncin = b->ncpp = 0;
	for (int i = 0; i < ch->nepisodes; i++)
		for (int k = 0; k < ch->episodes[i].nplans; k++) {
			const struct cin_plan *p = &ch->episodes[i].plans[k];

			if (!cin_has_date(&p->start))
				continue;
			b->cin_ref[b->ncin] = (struct cin_ref){&ch->episodes[i], p};
			b->cin[b->ncin] = (struct cin_span){p->start.d,
			    cin_period_end(c, p->start.d, p->end.d, !p->end.s), b->ncin, 0};
			b->ncin++;
		}
	/* A child with no plans has no arrays at all: NULL + 0 is undefined in C. */
	b->cpp = b->cin ? b->cin + b->ncin : NULL;
	b->cpp_ref = b->cin_ref ? b->cin_ref + b->ncin : NULL;
	for (int i = 0; i < ch->nepisodes; i++)
		for (int k = 0; k < ch->episodes[i].ncpps; k++) {
			const struct cin_cpp *p = &ch->episodes[i].cpps[k];

			if (!cin_has_date(&p->start))
				continue;
			b->cpp_ref[b->ncpp] = (struct cin_ref){&ch->episodes[i], p};
			b->cpp[b->ncpp] = (struct cin_span){p->start.d,
			    cin_period_end(c, p->start.d, p->end.d, !p->end.s), b->ncpp, 0};
			b->ncpp++;
		}
}

static void
overlap_found(struct cin_check *c, void *ctx, int later, int earlier)
{
	const struct cin_ref *r = ctx;
	const struct cin_plan *a = r[later].item, *b = r[earlier].item;
	char until[32] = "it is still open";

	if (b->end.s)
		snprintf(until, sizeof until, "it ended on %s", b->end.s);
	cin_fire(c, R4014, CIN_AT_PLAN, r[later].ep, a, a->start.line,
	    "A child in need plan starts on %s while the child in need plan started on %s is "
	    "still running (%s); a child's plans may not overlap.", a->start.s, b->start.s, until);
}

/* 4016 and 4017: a plan of one kind starting while a plan of the other kind runs. */
static void
kinds_overlap(struct cin_check *c, const struct both *b)
{
	for (int i = 0; i < b->ncin; i++) {
		const struct cin_plan *p = b->cin_ref[i].item;
		int j = cin_running_at(b->cpp, b->ncpp, p->start.d);
		const struct cin_cpp *q = j >= 0 ? b->cpp_ref[j].item : NULL;

		if (q)
			cin_fire(c, R4016, CIN_AT_PLAN, b->cin_ref[i].ep, p, p->start.line,
			    "A child in need plan starts on %s while the child protection plan "
			    "started on %s is running; end one plan before the other starts.",
			    p->start.s, q->start.s);
	}
	for (int i = 0; i < b->ncpp; i++) {
		const struct cin_cpp *q = b->cpp_ref[i].item;
		int j = cin_running_at(b->cin, b->ncin, q->start.d);
		const struct cin_plan *p = j >= 0 ? b->cin_ref[j].item : NULL;

		if (p && p->start.d != q->start.d)
			cin_fire(c, R4017, CIN_AT_CPP, b->cpp_ref[i].ep, q, q->start.line,
			    "A child protection plan starts on %s while the child in need plan started "
			    "on %s is running; end the child in need plan the day the protection plan "
			    "starts.", q->start.s, p->start.s);
	}
}

/* 4003: a review conference held while a child in need plan runs. */
static void
reviews_in_plans(struct cin_check *c, const struct both *b)
{
	for (int i = 0; i < b->ncpp; i++) {
		const struct cin_cpp *q = b->cpp_ref[i].item;

		for (int k = 0; k < q->nreviews; k++) {
			const struct cin_date *r = &q->reviews[k];
			int j = cin_has_date(r) ? cin_running_at(b->cin, b->ncin, r->d) : -1;
			const struct cin_plan *p = j >= 0 ? b->cin_ref[j].item : NULL;

			if (!p || (cin_has_date(&q->end) && q->end.d == r->d))
				continue;
			cin_fire(c, R4003, CIN_AT_REVIEW, b->cpp_ref[i].ep, q, r->line,
			    "The child protection plan started on %s has a review on %s while the "
			    "child in need plan started on %s is running.", q->start.s, r->s,
			    p->start.s);
		}
	}
}

void
cin_rules_cin_plans_child(struct cin_check *c, const struct cin_child *ch)
{
	struct both b;

	collect(c, ch, &b);
	cin_overlaps(c, b.cin, b.ncin, overlap_found, b.cin_ref);
	cin_spans_sort(b.cpp, b.ncpp);
	kinds_overlap(c, &b);
	reviews_in_plans(c, &b);
}
