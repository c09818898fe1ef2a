/*
 * rules_activity.c: what an episode's closure, its no-further-action flag and its reason
 * for closure allow it to hold (domain.md 1.4, CINdetails).
 *
 *   8565   nothing in a closed episode is dated after its closure: assessment start and
 *          authorisation, section 47 start, initial conference (either level), plan end,
 *          child in need plan start and end
 *   8867   a closed episode's assessments are authorised
 *   8868   a closed episode's section 47 enquiries ended in exactly one way: a conference
 *          date, or ICPCnotRequired true
 *   8831 8832 4000   an NFA referral has no assessment, enquiry, conference, protection
 *          plan or child in need plan
 *   2990 8825Q       closed after assessment (RC8, RC9): an assessment and nothing after it
 *   2991Q            a section 47 enquiry follows an assessment
 */
#include "census/rules_int.h"

#include <string.h>

static int
after(const struct cin_date *d, cal_date limit)
{
	return cin_has_date(d) && d->d > limit;
}

static void
late(struct cin_check *c, const struct cin_episode *ep, enum cin_at at, const void *item,
    const struct cin_date *d, const char *what)
{
	cin_fire(c, R8565, at, ep, item, d->line,
	    "%s of %s is %s, after the episode closed on %s (CINclosureDate); close the episode "
	    "after its last piece of work, or correct the date.", what, cin_episode_name(c, ep),
	    d->s, ep->closure.s);
}

/* 8565, one finding per module, naming its first late date. */
static void
after_closure(struct cin_check *c, const struct cin_episode *ep)
{
	cal_date end = ep->closure.d;

	for (int i = 0; i < ep->nassessments; i++) {
		const struct cin_assessment *a = &ep->assessments[i];
		if (after(&a->start, end) || after(&a->authorised, end))
			late(c, ep, CIN_AT_ASSESSMENT, a, after(&a->start, end) ? &a->start :
			    &a->authorised, after(&a->start, end) ? "AssessmentActualStartDate" :
			    "AssessmentAuthorisationDate");
	}
	for (int i = 0; i < ep->ns47s; i++) {
		const struct cin_s47 *s = &ep->s47s[i];
		if (after(&s->start, end) || after(&s->icpc, end))
			late(c, ep, CIN_AT_S47, s, after(&s->start, end) ? &s->start : &s->icpc,
			    after(&s->start, end) ? "S47ActualStartDate" : "DateOfInitialCPC");
	}
	if (after(&ep->icpc, end))
		late(c, ep, CIN_AT_ICPC, ep, &ep->icpc, "DateOfInitialCPC");
	for (int i = 0; i < ep->ncpps; i++)
		if (after(&ep->cpps[i].end, end))
			late(c, ep, CIN_AT_CPP, &ep->cpps[i], &ep->cpps[i].end, "CPPendDate");
	for (int i = 0; i < ep->nplans; i++) {
		const struct cin_plan *p = &ep->plans[i];
		if (after(&p->start, end) || after(&p->end, end))
			late(c, ep, CIN_AT_PLAN, p, after(&p->start, end) ? &p->start : &p->end,
			    after(&p->start, end) ? "CINPlanStartDate" : "CINPlanEndDate");
	}
}

/* 8867 and 8868: a closed episode's assessments and enquiries are finished. */
static void
unfinished(struct cin_check *c, const struct cin_episode *ep)
{
	for (int i = 0; i < ep->nassessments; i++)
		if (!ep->assessments[i].authorised.s)
			cin_fire(c, R8867, CIN_AT_ASSESSMENT, ep, &ep->assessments[i],
			    ep->assessments[i].line, "%s closed on %s but its assessment started %s "
			    "has no AssessmentAuthorisationDate; record when it was completed.",
			    cin_episode_name(c, ep), ep->closure.s, ep->assessments[i].start.s ?
			    ep->assessments[i].start.s : "(no date)");
	for (int i = 0; i < ep->ns47s; i++) {
		const struct cin_s47 *s = &ep->s47s[i];
		int held = s->icpc.s != NULL, not_needed = cin_bool(&s->icpc_not_required) == 1;

		if (held != not_needed)
			continue;
		cin_fire(c, R8868, CIN_AT_S47, ep, s, s->line, held ?
		    "%s closed on %s; its section 47 enquiry started %s has both a conference date "
		    "and ICPCnotRequired 1: keep the one that happened." :
		    "%s closed on %s but its section 47 enquiry started %s has neither a conference "
		    "date (DateOfInitialCPC) nor ICPCnotRequired 1: record how it ended.",
		    cin_episode_name(c, ep), ep->closure.s, s->start.s ? s->start.s : "(no date)");
	}
}

/* 8831, 8832, 4000: a referral with no further action has nothing else. */
static void
no_further_action(struct cin_check *c, const struct cin_episode *ep)
{
	int work = ep->icpc.s != NULL;

	for (int i = 0; i < ep->nassessments; i++)
		work |= ep->assessments[i].start.s || ep->assessments[i].authorised.s;
	for (int i = 0; i < ep->ns47s; i++)
		work |= ep->s47s[i].start.s || ep->s47s[i].icpc.s;
	if (work)
		cin_fire(c, R8831, CIN_AT_EPISODE, ep, ep, ep->nfa.line,
		    "%s is flagged no further action (ReferralNFA 1) but has %s; set ReferralNFA "
		    "to 0 if the referral led to action.", cin_episode_name(c, ep),
		    ep->nassessments ? "an assessment" : ep->ns47s ? "a section 47 enquiry" :
		    "an initial conference date");
	if (ep->ncpps)
		cin_fire(c, R8832, CIN_AT_CPP, ep, &ep->cpps[0], ep->cpps[0].line,
		    "%s is flagged no further action (ReferralNFA 1) but has a child protection "
		    "plan.", cin_episode_name(c, ep));
	if (ep->nplans)
		cin_fire(c, R4000, CIN_AT_PLAN, ep, &ep->plans[0], ep->plans[0].line,
		    "%s is flagged no further action (ReferralNFA 1) but has a child in need plan.",
		    cin_episode_name(c, ep));
}

/* 2990 and 8825Q: closed after assessment (RC8, RC9). */
static void
closed_after_assessment(struct cin_check *c, const struct cin_episode *ep)
{
	const char *why = ep->closure_reason.s;
	const char *what = ep->ns47s ? "a section 47 enquiry" : ep->ncpps ?
	    "a child protection plan" : ep->icpc.s ? "an initial conference date" :
	    "a child in need plan";

	if (ep->ns47s || ep->ncpps || ep->icpc.s || ep->nplans)
		cin_fire(c, R2990, CIN_AT_EPISODE, ep, ep, ep->closure_reason.line,
		    "%s closed as %s (%s) but has %s; that reason is for episodes closed after the "
		    "assessment alone.", cin_episode_name(c, ep), why, strcmp(why, "RC8") == 0 ?
		    "no further action after assessment" : "referred to early help after "
		    "assessment", what);
	if (ep->nassessments == 0)
		cin_fire(c, R8825Q, CIN_AT_EPISODE, ep, ep, ep->closure_reason.line,
		    "%s closed as %s (after assessment) but has no assessment.",
		    cin_episode_name(c, ep), why);
}

void
cin_rules_activity(struct cin_check *c, const struct cin_episode *ep)
{
	const char *why = ep->closure_reason.s;

	if (cin_has_date(&ep->closure))
		after_closure(c, ep);
	if (ep->closure.s)
		unfinished(c, ep);
	if (cin_bool(&ep->nfa) == 1)
		no_further_action(c, ep);
	if (why && (strcmp(why, "RC8") == 0 || strcmp(why, "RC9") == 0))
		closed_after_assessment(c, ep);
	if (ep->ns47s && !ep->nassessments)
		cin_fire(c, R2991Q, CIN_AT_S47, ep, &ep->s47s[0], ep->s47s[0].line,
		    "%s has a section 47 enquiry but no assessment.", cin_episode_name(c, ep));
}
