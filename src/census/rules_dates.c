/*
 * rules_dates.c: dates that are there but are not dates ("2025-02-30", "31/03/2026"), and
 * start dates a module cannot do without.
 *
 * The department checks a return against its schema before its business rules, so a date
 * that is not a valid xs:date never reaches them. `validate cin` reads a file without the
 * schema (the reader is strict about structure, not values), so each such date is reported
 * here, under the business rule that bounds that field, rather than being skipped as absent:
 *
 *   PersonBirthDate 8525Q, ExpectedPersonBirthDate 8530Q, PersonDeathDate 8545Q,
 *   CINclosureDate 8620, DateOfInitialCPC 8715, AssessmentActualStartDate 8736,
 *   AssessmentAuthorisationDate 8696, S47ActualStartDate 8740, InitialCPCtarget 8870Q,
 *   CPPendDate 8930, CINPlanEndDate 4013.
 *
 * An assessment or a section 47 enquiry with no start date at all (the schema's 1..1) is
 * reported under the same rules. CINreferralDate (8600), CPPstartDate (8720),
 * CINPlanStartDate (4010) and CPPreviewDate (8842Q) are their rules' own business. The
 * AssessmentInternalReviewDate bears on no rule and is not checked.
 */
#include "census/rules_int.h"

static void
bad(struct cin_check *c, enum cin_rule_id id, enum cin_at at, const struct cin_episode *ep,
    const void *item, const struct cin_date *d, const char *field)
{
	if (!d->s || d->d != CAL_NONE)
		return;
	if (ep)
		cin_fire(c, id, at, ep, item, d->line, "%s \"%s\" of %s is not a date (write "
		    "YYYY-MM-DD).", field, d->s, cin_episode_name(c, ep));
	else
		cin_fire(c, id, at, ep, item, d->line, "%s \"%s\" is not a date (write YYYY-MM-DD).",
		    field, d->s);
}

static void
no_start(struct cin_check *c, enum cin_rule_id id, enum cin_at at, const struct cin_episode *ep,
    const void *item, int line, const struct cin_date *d, const char *what)
{
	if (!d->s)
		cin_fire(c, id, at, ep, item, line, "The %s of %s has no start date; record when it "
		    "started.", what, cin_episode_name(c, ep));
}

static void
episode(struct cin_check *c, const struct cin_episode *ep)
{
	bad(c, R8620, CIN_AT_EPISODE, ep, ep, &ep->closure, "CINclosureDate");
	bad(c, R8715, CIN_AT_ICPC, ep, ep, &ep->icpc, "DateOfInitialCPC");
	for (int i = 0; i < ep->nassessments; i++) {
		const struct cin_assessment *a = &ep->assessments[i];

		no_start(c, R8736, CIN_AT_ASSESSMENT, ep, a, a->line, &a->start, "assessment");
		bad(c, R8736, CIN_AT_ASSESSMENT, ep, a, &a->start, "AssessmentActualStartDate");
		bad(c, R8696, CIN_AT_ASSESSMENT, ep, a, &a->authorised,
		    "AssessmentAuthorisationDate");
	}
	for (int i = 0; i < ep->ns47s; i++) {
		const struct cin_s47 *s = &ep->s47s[i];

		no_start(c, R8740, CIN_AT_S47, ep, s, s->line, &s->start, "section 47 enquiry");
		bad(c, R8740, CIN_AT_S47, ep, s, &s->start, "S47ActualStartDate");
		bad(c, R8870Q, CIN_AT_S47, ep, s, &s->icpc_target, "InitialCPCtarget");
		bad(c, R8715, CIN_AT_S47, ep, s, &s->icpc, "DateOfInitialCPC");
	}
	for (int i = 0; i < ep->ncpps; i++)
		bad(c, R8930, CIN_AT_CPP, ep, &ep->cpps[i], &ep->cpps[i].end, "CPPendDate");
	for (int i = 0; i < ep->nplans; i++)
		bad(c, R4013, CIN_AT_PLAN, ep, &ep->plans[i], &ep->plans[i].end, "CINPlanEndDate");
}

void
cin_rules_dates(struct cin_check *c, const struct cin_child *ch)
{
	bad(c, R8525Q, CIN_AT_CHILD, NULL, NULL, &ch->birth, "PersonBirthDate");
	bad(c, R8530Q, CIN_AT_CHILD, NULL, NULL, &ch->expected_birth, "ExpectedPersonBirthDate");
	bad(c, R8545Q, CIN_AT_CHILD, NULL, NULL, &ch->death, "PersonDeathDate");
	for (int i = 0; i < ch->nepisodes; i++)
		episode(c, &ch->episodes[i]);
}
