/*
 * rules_s47.c: the rules about section 47 enquiries and initial child protection
 * conferences (domain.md 1.4, Section47 and CINdetails DateOfInitialCPC).
 *
 *   2889 8615        an enquiry starts on or after the referral, and on or before its
 *                    conference
 *   8740 8675Q       one still waiting for its conference started in the census year, and
 *                    not more than 15 working days before the reference date
 *   8870Q            the conference target date is a weekday
 *   1104 8715 8875   a conference date, at either level: not before the referral, in the
 *                    census year, not at a weekend
 *   2884             a conference is recorded at one level only
 *   8839 8890        per episode: one enquiry at most waits for its conference, and
 *                    enquiries do not overlap
 *
 * An enquiry "waits for its conference" when it has no DateOfInitialCPC and ICPCnotRequired
 * is not 1. It runs from its start to its conference; one that needed no conference has no
 * end date in the return and occupies no days (rules_int.h). 1104, 8715 and 8875 are filed
 * under Section47 but the same conference may be recorded on CINdetails when there is no
 * enquiry (the contract in cin.h), so they judge both places. Working days (8675Q) are
 * convention A (cal.h), like the 15 working days of domain.md 3.
 */
#include "census/rules_int.h"

static int
waiting(const struct cin_s47 *s)
{
	return !s->icpc.s && cin_bool(&s->icpc_not_required) != 1;
}

/* 1104, 8715, 8875 for a conference date at either level. */
static void
conference(struct cin_check *c, const struct cin_episode *ep, enum cin_at at, const void *item,
    const struct cin_date *d)
{
	if (!cin_has_date(d))
		return;
	if (cin_has_date(&ep->referral) && d->d < ep->referral.d)
		cin_fire(c, R1104, at, ep, item, d->line,
		    "In %s, the initial conference (DateOfInitialCPC %s) is before the referral.",
		    cin_episode_name(c, ep), d->s);
	if (c->have_year && !cin_in_year(c, d->d))
		cin_fire(c, R8715, at, ep, item, d->line,
		    "The initial conference of %s (DateOfInitialCPC %s) is outside the census year.",
		    cin_episode_name(c, ep), d->s);
	if (cal_is_weekend(d->d))
		cin_fire(c, R8875, at, ep, item, d->line,
		    "The initial conference of %s is dated %s, a %s; check the date.",
		    cin_episode_name(c, ep), d->s, cal_weekday(d->d) == 6 ? "Saturday" : "Sunday");
}

static void
one(struct cin_check *c, const struct cin_episode *ep, const struct cin_s47 *s)
{
	int started = cin_has_date(&s->start);

	if (started && cin_has_date(&ep->referral) && s->start.d < ep->referral.d)
		cin_fire(c, R2889, CIN_AT_S47, ep, s, s->start.line,
		    "In %s, the section 47 enquiry started on %s, before the referral "
		    "(S47ActualStartDate before CINreferralDate).", cin_episode_name(c, ep),
		    s->start.s);
	if (cin_has_date(&s->icpc) && (!started || s->start.d > s->icpc.d))
		cin_fire(c, R8615, CIN_AT_S47, ep, s, started ? s->start.line : s->line, started ?
		    "The section 47 enquiry of %s started on %s, after its initial conference on "
		    "%s." : "The section 47 enquiry of %s has no start date%s but a conference on %s.",
		    cin_episode_name(c, ep), started ? s->start.s : "", s->icpc.s);
	conference(c, ep, CIN_AT_S47, s, &s->icpc);
	if (cin_has_date(&s->icpc_target) && cal_is_weekend(s->icpc_target.d))
		cin_fire(c, R8870Q, CIN_AT_S47, ep, s, s->icpc_target.line,
		    "The conference target date (InitialCPCtarget %s) of %s falls at a weekend.",
		    s->icpc_target.s, cin_episode_name(c, ep));
	if (!c->have_year || !started || !waiting(s))
		return;
	if (!cin_in_year(c, s->start.d))
		cin_fire(c, R8740, CIN_AT_S47, ep, s, s->start.line,
		    "The section 47 enquiry of %s, still waiting for its conference, started on %s, "
		    "outside the census year.", cin_episode_name(c, ep), s->start.s);
	if (cin_working_days_over(c, s->start.d, 15))
		cin_fire(c, R8675Q, CIN_AT_S47, ep, s, s->start.line,
		    "The section 47 enquiry of %s started on %s, more than 15 working days before "
		    "%s, and has neither a conference date nor ICPCnotRequired 1.",
		    cin_episode_name(c, ep), s->start.s, c->judge_words);
}

static void
overlap_found(struct cin_check *c, void *ctx, int later, int earlier)
{
	const struct cin_episode *ep = ctx;
	const struct cin_s47 *a = &ep->s47s[later], *b = &ep->s47s[earlier];

	cin_fire(c, R8890, CIN_AT_S47, ep, a, a->start.line,
	    "In %s a section 47 enquiry starts on %s while the one started on %s is still "
	    "running (%s%s).", cin_episode_name(c, ep), a->start.s, b->start.s,
	    b->icpc.s ? "its conference was on " : "no conference yet", b->icpc.s ? b->icpc.s : "");
}

void
cin_rules_s47s(struct cin_check *c, const struct cin_episode *ep)
{
	struct cin_span *sp = cin_spans(c, (size_t)ep->ns47s);
	int n = 0, waits = 0;

	conference(c, ep, CIN_AT_ICPC, ep, &ep->icpc);
	for (int i = 0; i < ep->ns47s; i++) {
		const struct cin_s47 *s = &ep->s47s[i];

		one(c, ep, s);
		if (cin_has_date(&ep->icpc) && cin_has_date(&s->icpc) && s->icpc.d == ep->icpc.d)
			cin_fire(c, R2884, CIN_AT_ICPC, ep, ep, ep->icpc.line,
			    "The initial conference of %s on %s is recorded both on CINdetails and on "
			    "its section 47 enquiry; record it on the enquiry only.",
			    cin_episode_name(c, ep), ep->icpc.s);
		if (waiting(s) && ++waits == 2)
			cin_fire(c, R8839, CIN_AT_S47, ep, s, s->line,
			    "%s has more than one section 47 enquiry waiting for its conference (no "
			    "DateOfInitialCPC and ICPCnotRequired not 1).", cin_episode_name(c, ep));
		if (!cin_has_date(&s->start))
			continue;
		sp[n].start = s->start.d;
		sp[n].end = cin_period_end(c, s->start.d, s->icpc.d, waiting(s));
		sp[n++].idx = i;
	}
	cin_overlaps(c, sp, n, overlap_found, (void *)ep);
}
