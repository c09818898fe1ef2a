/*
 * rules_episode.c: the rules about an episode's own fields (CINdetails; domain.md 1.4)
 * and about a child's episodes together.
 *
 *   8600 8606 8555Q  the referral date: present, not after the reference date, not more
 *                    than 280 days before (expected) birth, not after death
 *   8866             a referral source for referrals from 1 April 2013
 *   8568 8569Q 8610  the NFA flag; NFA only for referrals from the working day before the
 *                    census year; a primary need for referrals that led to action
 *   8650 8640        codes of primary need and reason for closure
 *   8620 8630 8805 8810 8585Q   closure date and reason, together and in range
 *   8815 8816 8820   at most one open episode, the latest, and episodes do not overlap
 *
 * An episode is "NFA" when ReferralNFA reads true and "led to action" when it reads false;
 * an unreadable flag (8568) makes neither kind of rule fire, except that an open episode
 * whose flag is unreadable is treated as still running (8815, 8816, 8820), the reading that
 * hides nothing.
 */
#include "census/rules_int.h"

#include <stdio.h>
#include <string.h>

static void
referral_date(struct cin_check *c, const struct cin_episode *ep)
{
	const struct cin_child *ch = c->child;
	const struct cin_date *r = &ep->referral;

	if (!cin_has_date(r)) {
		cin_fire(c, R8600, CIN_AT_EPISODE, ep, ep, r->s ? r->line : ep->line, r->s ?
		    "CINreferralDate \"%s\" is not a date (YYYY-MM-DD)." :
		    "An episode has no CINreferralDate%s; record when the referral was received.",
		    r->s ? r->s : "");
		return;
	}
	if (c->have_year && r->d > c->ref)
		cin_fire(c, R8600, CIN_AT_EPISODE, ep, ep, r->line,
		    "CINreferralDate %s is after the reference date; a referral received after the "
		    "census year belongs to the next return.", r->s);
	if ((cin_has_date(&ch->birth) && r->d < ch->birth.d - 280) ||
	    (cin_has_date(&ch->expected_birth) && r->d < ch->expected_birth.d - 280))
		cin_fire(c, R8606, CIN_AT_EPISODE, ep, ep, r->line,
		    "CINreferralDate %s is more than 280 days before the child's %s %s.", r->s,
		    ch->birth.s ? "birth date" : "expected birth date",
		    ch->birth.s ? ch->birth.s : ch->expected_birth.s);
	if (cin_has_date(&ch->death) && r->d > ch->death.d)
		cin_fire(c, R8555Q, CIN_AT_EPISODE, ep, ep, r->line,
		    "CINreferralDate %s is after the child's PersonDeathDate %s.", r->s, ch->death.s);
}

/* 8866: a referral source, for referrals on or after 1 April 2013 (or undated ones). */
static void
source(struct cin_check *c, const struct cin_episode *ep)
{
	if (cin_has_date(&ep->referral) && ep->referral.d < cal_from_ymd(2013, 4, 1))
		return;
	if (!cin_present(&ep->source))
		cin_fire(c, R8866, CIN_AT_EPISODE, ep, ep, ep->line,
		    "%s has no ReferralSource; record who made the referral.",
		    cin_episode_name(c, ep));
	else if (!cin_code_ok(c->lists.source, &ep->source))
		cin_fire(c, R8866, CIN_AT_EPISODE, ep, ep, ep->source.line,
		    "ReferralSource \"%s\" of %s is not a referral source code.", ep->source.s,
		    cin_episode_name(c, ep));
}

/* 8568, 8569Q, 8610, 8650. */
static void
nfa_and_need(struct cin_check *c, const struct cin_episode *ep)
{
	int nfa = cin_bool(&ep->nfa);
	char limit[11];

	if (nfa < 0)
		cin_fire(c, R8568, CIN_AT_EPISODE, ep, ep, ep->nfa.s ? ep->nfa.line : ep->line,
		    "ReferralNFA of %s is %s%s%s; it must be 1 (no further action) or 0.",
		    cin_episode_name(c, ep), ep->nfa.s ? "\"" : "missing", ep->nfa.s ? ep->nfa.s :
		    "", ep->nfa.s ? "\"" : "");
	if (nfa == 1 && c->have_year && cin_has_date(&ep->referral) &&
	    ep->referral.d < c->nfa_from) {
		cal_format(c->nfa_from, limit);
		cin_fire(c, R8569Q, CIN_AT_EPISODE, ep, ep, ep->nfa.line,
		    "%s is flagged no further action (ReferralNFA 1) but was received before %s, "
		    "the working day before the census year: a referral carried into the year "
		    "led to action.", cin_episode_name(c, ep), limit);
	}
	if (nfa == 0 && !cin_present(&ep->primary_need))
		cin_fire(c, R8610, CIN_AT_EPISODE, ep, ep, ep->line,
		    "%s led to further action (ReferralNFA 0) but has no PrimaryNeedCode.",
		    cin_episode_name(c, ep));
	if (ep->primary_need.s && !cin_code_ok(c->lists.need, &ep->primary_need))
		cin_fire(c, R8650, CIN_AT_EPISODE, ep, ep, ep->primary_need.line,
		    "PrimaryNeedCode \"%s\" of %s is not N0-N9.", ep->primary_need.s,
		    cin_episode_name(c, ep));
}

/* 8620, 8630, 8640, 8805, 8810, 8585Q. */
static void
closure(struct cin_check *c, const struct cin_episode *ep)
{
	const struct cin_date *d = &ep->closure;
	const struct cin_text *why = &ep->closure_reason;

	if (cin_has_date(d) && c->have_year && !cin_in_year(c, d->d))
		cin_fire(c, R8620, CIN_AT_EPISODE, ep, ep, d->line,
		    "CINclosureDate %s of %s is outside the census year.", d->s,
		    cin_episode_name(c, ep));
	if (cin_has_date(d) && cin_has_date(&ep->referral) && d->d < ep->referral.d)
		cin_fire(c, R8630, CIN_AT_EPISODE, ep, ep, d->line,
		    "CINclosureDate %s is before the referral date %s of the same episode.", d->s,
		    ep->referral.s);
	if (why->s && !cin_code_ok(c->lists.closure, why))
		cin_fire(c, R8640, CIN_AT_EPISODE, ep, ep, why->line,
		    "ReasonForClosure \"%s\" of %s is not RC1-RC9.", why->s, cin_episode_name(c, ep));
	if (d->s && !why->s)
		cin_fire(c, R8805, CIN_AT_EPISODE, ep, ep, d->line,
		    "%s closed on %s but has no ReasonForClosure.", cin_episode_name(c, ep), d->s);
	if (why->s && !d->s)
		cin_fire(c, R8810, CIN_AT_EPISODE, ep, ep, why->line,
		    "%s has ReasonForClosure %s but no CINclosureDate; record when it closed.",
		    cin_episode_name(c, ep), why->s);
	if (why->s && strcmp(why->s, "RC2") == 0 && !c->child->death.s)
		cin_fire(c, R8585Q, CIN_AT_EPISODE, ep, ep, why->line,
		    "%s closed because the child died (RC2) but the child has no PersonDeathDate.",
		    cin_episode_name(c, ep));
}

void
cin_rules_episode(struct cin_check *c, const struct cin_episode *ep)
{
	referral_date(c, ep);
	source(c, ep);
	nfa_and_need(c, ep);
	closure(c, ep);
}

static int
is_open(const struct cin_episode *ep)
{
	return !ep->closure.s && cin_bool(&ep->nfa) != 1;
}

static void
overlap_found(struct cin_check *c, void *ctx, int later, int earlier)
{
	const struct cin_child *ch = ctx;
	const struct cin_episode *a = &ch->episodes[later], *b = &ch->episodes[earlier];
	char until[32] = "it is still open";

	if (b->closure.s)
		snprintf(until, sizeof until, "it closed on %s", b->closure.s);
	cin_fire(c, R8820, CIN_AT_EPISODE, a, a, a->referral.line,
	    "The episode referred on %s starts while the episode referred on %s is still "
	    "running (%s); a child's episodes may not overlap, though one may close on the day "
	    "the next starts.", a->referral.s, b->referral.s, until);
}

/* 8815 and 8816: one open episode at most, and the latest; 8820: no overlaps. */
void
cin_rules_episodes(struct cin_check *c, const struct cin_child *ch)
{
	const struct cin_episode *open = NULL, *latest = NULL;
	struct cin_span *s = cin_spans(c, (size_t)ch->nepisodes);
	int n = 0;

	for (int i = 0; i < ch->nepisodes; i++) {
		const struct cin_episode *ep = &ch->episodes[i];

		if (!cin_has_date(&ep->referral))
			continue;
		if (!latest || ep->referral.d > latest->referral.d)
			latest = ep;
		if (is_open(ep) && open)
			cin_fire(c, R8815, CIN_AT_EPISODE, ep, ep, ep->line,
			    "%s is open (no CINclosureDate) while the episode referred on %s is open "
			    "too; close the earlier one.", cin_episode_name(c, ep), open->referral.s);
		if (is_open(ep) && !open)
			open = ep;
		s[n].start = ep->referral.d;
		s[n].end = cin_period_end(c, ep->referral.d, ep->closure.d, is_open(ep));
		s[n++].idx = i;
	}
	for (int i = 0; open && i < ch->nepisodes; i++)
		if (is_open(&ch->episodes[i]) && latest->referral.d > ch->episodes[i].referral.d &&
		    cin_has_date(&ch->episodes[i].referral))
			cin_fire(c, R8816, CIN_AT_EPISODE, &ch->episodes[i], &ch->episodes[i],
			    ch->episodes[i].line, "%s is still open but is not the latest episode (one "
			    "was referred on %s); close it.", cin_episode_name(c, &ch->episodes[i]),
			    latest->referral.s);
	cin_overlaps(c, s, n, overlap_found, (void *)ch);
}
