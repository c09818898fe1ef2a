/*
 * rules_cpp.c: the rules about child protection plans and their reviews (domain.md 1.4,
 * ChildProtectionPlans and Reviews).
 *
 *   1105 8720 2885   a plan starts on or after the referral, not after the reference date,
 *                    and (when it starts in the census year) on the day of an initial
 *                    conference of its episode
 *   8925 8840 8930   it ends after it starts, not on the same day, within the census year
 *   8915 8920        it neither starts nor runs on after the child's death
 *   8730 8905 8910   the number of previous plans and both categories of abuse
 *   8841 8842Q       every review date (all of them, not only the first) is after the
 *                    start and readable
 *   8935 8940        per child: one open plan at most, and plans do not overlap
 *
 * 2885 looks where the department does (domain-cin.md): at the conferences of the
 * episode's Section47 modules, and at its CINdetails DateOfInitialCPC only when the episode
 * has no Section47. A plan that started at a CINdetails conference beside an enquiry is
 * reported, so that the return is put right before the department rejects it (in the
 * store: the conference belongs to the enquiry). A plan still open on the reference
 * date runs on after a death recorded before that date (8920), as its end can only be
 * later; a death on or after the reference date is one it may still end at.
 */
#include "census/rules_int.h"

#include <stdio.h>

#include "base/str.h"

static int
at_a_conference(const struct cin_episode *ep, cal_date d)
{
	if (ep->ns47s == 0)
		return cin_has_date(&ep->icpc) && ep->icpc.d == d;
	for (int i = 0; i < ep->ns47s; i++)
		if (cin_has_date(&ep->s47s[i].icpc) && ep->s47s[i].icpc.d == d)
			return 1;
	return 0;
}

static void
start(struct cin_check *c, const struct cin_episode *ep, const struct cin_cpp *p)
{
	const struct cin_date *s = &p->start;

	if (!cin_has_date(s)) {
		cin_fire(c, R8720, CIN_AT_CPP, ep, p, s->s ? s->line : p->line,
		    "A child protection plan of %s has no readable CPPstartDate%s%s.",
		    cin_episode_name(c, ep), s->s ? ": " : "", s->s ? s->s : "");
		return;
	}
	if (cin_has_date(&ep->referral) && s->d < ep->referral.d)
		cin_fire(c, R1105, CIN_AT_CPP, ep, p, s->line,
		    "In %s, the child protection plan started on %s, before the referral "
		    "(CPPstartDate before CINreferralDate).", cin_episode_name(c, ep), s->s);
	if (c->have_year && s->d > c->ref)
		cin_fire(c, R8720, CIN_AT_CPP, ep, p, s->line,
		    "The child protection plan of %s starts on %s, after the reference date.",
		    cin_episode_name(c, ep), s->s);
	if (c->have_year && cin_in_year(c, s->d) && !at_a_conference(ep, s->d))
		cin_fire(c, R2885, CIN_AT_CPP, ep, p, s->line, cin_has_date(&ep->icpc) &&
		    ep->icpc.d == s->d ? "The child protection plan of %s starts on %s at the "
		    "conference recorded on CINdetails, but the episode has a Section47: record "
		    "the conference (DateOfInitialCPC) on the enquiry it followed." :
		    "The child protection plan of %s starts on %s, but no initial conference of the "
		    "episode is dated that day (DateOfInitialCPC); a plan starts at its conference.",
		    cin_episode_name(c, ep), s->s);
	if (cin_has_date(&c->child->death) && s->d > c->child->death.d)
		cin_fire(c, R8915, CIN_AT_CPP, ep, p, s->line,
		    "The child protection plan of %s starts on %s, after the child's death on %s.",
		    cin_episode_name(c, ep), s->s, c->child->death.s);
}

static void
end(struct cin_check *c, const struct cin_episode *ep, const struct cin_cpp *p)
{
	const struct cin_date *e = &p->end;
	const struct cin_date *death = &c->child->death;

	if (cin_has_date(death) && (e->s ? cin_has_date(e) && e->d > death->d :
	    c->open_end - 1 > death->d))
		cin_fire(c, R8920, CIN_AT_CPP, ep, p, e->s ? e->line : p->line,
		    "The child protection plan of %s %s%s, after the child's death on %s.",
		    cin_episode_name(c, ep), e->s ? "ends on " : "is still open", e->s ? e->s : "",
		    death->s);
	if (!cin_has_date(e) || !cin_has_date(&p->start))
		return;
	if (e->d < p->start.d)
		cin_fire(c, R8925, CIN_AT_CPP, ep, p, e->line,
		    "The child protection plan of %s ends on %s, before it starts on %s.",
		    cin_episode_name(c, ep), e->s, p->start.s);
	if (e->d == p->start.d)
		cin_fire(c, R8840, CIN_AT_CPP, ep, p, e->line,
		    "The child protection plan of %s starts and ends on the same day, %s.",
		    cin_episode_name(c, ep), e->s);
	if (c->have_year && !cin_in_year(c, e->d))
		cin_fire(c, R8930, CIN_AT_CPP, ep, p, e->line,
		    "The child protection plan of %s ends on %s, outside the census year.",
		    cin_episode_name(c, ep), e->s);
}

static void
codes(struct cin_check *c, const struct cin_episode *ep, const struct cin_cpp *p)
{
	int64_t n;

	if (!cin_code_ok(c->lists.category, &p->initial_category))
		cin_fire(c, R8905, CIN_AT_CPP, ep, p, p->initial_category.s ?
		    p->initial_category.line : p->line, "InitialCategoryOfAbuse of the plan of %s is "
		    "%s%s; use NEG, PHY, SAB, EMO or MUL.", cin_episode_name(c, ep),
		    p->initial_category.s ? "" : "missing", p->initial_category.s ?
		    p->initial_category.s : "");
	if (!cin_code_ok(c->lists.category, &p->latest_category))
		cin_fire(c, R8910, CIN_AT_CPP, ep, p, p->latest_category.s ?
		    p->latest_category.line : p->line, "LatestCategoryOfAbuse of the plan of %s is "
		    "%s%s; use NEG, PHY, SAB, EMO or MUL.", cin_episode_name(c, ep),
		    p->latest_category.s ? "" : "missing", p->latest_category.s ?
		    p->latest_category.s : "");
	if (!p->previous.s || !str_to_i64(p->previous.s, &n) || n < 0)
		cin_fire(c, R8730, CIN_AT_CPP, ep, p, p->previous.s ? p->previous.line : p->line,
		    "NumberOfPreviousCPP of the plan of %s is %s%s; give how many plans the child "
		    "had before (0 or more).", cin_episode_name(c, ep), p->previous.s ? "" :
		    "missing", p->previous.s ? p->previous.s : "");
}

/* 8841 and 8842Q, for every review date of the plan. */
static void
reviews(struct cin_check *c, const struct cin_episode *ep, const struct cin_cpp *p)
{
	if (p->has_reviews && p->nreviews == 0)
		cin_fire(c, R8842Q, CIN_AT_REVIEW, ep, p, p->line,
		    "The child protection plan of %s has a Reviews entry without a CPPreviewDate.",
		    cin_episode_name(c, ep));
	for (int i = 0; i < p->nreviews; i++) {
		const struct cin_date *r = &p->reviews[i];

		if (!cin_has_date(r))
			cin_fire(c, R8842Q, CIN_AT_REVIEW, ep, p, r->line ? r->line : p->line,
			    "A review of the child protection plan of %s has no usable CPPreviewDate "
			    "(\"%s\").", cin_episode_name(c, ep), r->s ? r->s : "");
		else if (cin_has_date(&p->start) && r->d <= p->start.d)
			cin_fire(c, R8841, CIN_AT_REVIEW, ep, p, r->line,
			    "The child protection plan of %s has a review on %s, not after the plan "
			    "started on %s.", cin_episode_name(c, ep), r->s, p->start.s);
	}
}

void
cin_rules_cpps(struct cin_check *c, const struct cin_episode *ep)
{
	for (int i = 0; i < ep->ncpps; i++) {
		start(c, ep, &ep->cpps[i]);
		end(c, ep, &ep->cpps[i]);
		codes(c, ep, &ep->cpps[i]);
		reviews(c, ep, &ep->cpps[i]);
	}
}

static void
overlap_found(struct cin_check *c, void *ctx, int later, int earlier)
{
	const struct cin_ref *r = ctx;
	const struct cin_cpp *a = r[later].item, *b = r[earlier].item;
	char until[32] = "it is still open";

	if (b->end.s)
		snprintf(until, sizeof until, "it ended on %s", b->end.s);
	cin_fire(c, R8940, CIN_AT_CPP, r[later].ep, a, a->start.line,
	    "A child protection plan starts on %s while the plan started on %s is still running "
	    "(%s); a child has one plan at a time.", a->start.s, b->start.s, until);
}

/* 8935 and 8940, over all the child's plans whatever their episode. */
void
cin_rules_cpps_child(struct cin_check *c, const struct cin_child *ch)
{
	struct cin_ref *ref;
	struct cin_span *s;
	int n = 0, total = 0, open = 0;

	for (int i = 0; i < ch->nepisodes; i++)
		total += ch->episodes[i].ncpps;
	ref = cin_refs(c, (size_t)total);
	s = cin_spans(c, (size_t)total);
	for (int i = 0; i < ch->nepisodes; i++)
		for (int k = 0; k < ch->episodes[i].ncpps; k++) {
			const struct cin_cpp *p = &ch->episodes[i].cpps[k];

			if (!p->end.s && ++open == 2)
				cin_fire(c, R8935, CIN_AT_CPP, &ch->episodes[i], p, p->line,
				    "The child has more than one child protection plan without a "
				    "CPPendDate (this one started %s); end the earlier one.",
				    p->start.s ? p->start.s : "(no date)");
			if (!cin_has_date(&p->start))
				continue;
			ref[n].ep = &ch->episodes[i];
			ref[n].item = p;
			s[n].start = p->start.d;
			s[n].end = cin_period_end(c, p->start.d, p->end.d, !p->end.s);
			s[n].idx = n;
			n++;
		}
	cin_overlaps(c, s, n, overlap_found, ref);
}
