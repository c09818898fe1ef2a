/*
 * rules_assess.c: the rules about assessments (domain.md 1.4, Assessments).
 *
 *   1103 8608        start not before the referral; authorisation not before the start
 *   8696 8736 8670Q  authorised in the census year; an unfinished one started in it, and
 *                    not more than 45 working days before the reference date
 *   8614 8869 8897Q 8898 8945Q 8950Q   the factors: only on a completed assessment; 21
 *                    ("no factors") alone; at least one, all valid, none twice; 18B/18C and
 *                    19B/19C rather than the retired 18A and 19A
 *   8863Q 8896 8873Q per episode: assessments do not overlap, at most one is unfinished,
 *                    and a lone "no factors" assessment closes the episode as RC8 or RC9
 *
 * The factor rules look inside each assessment's whole list (domain-cin.md, "Where a
 * literal reading goes wrong"): 8869, 8945Q and 8950Q fire whenever the list holds the
 * code, 8897Q reports a code that is not in the list, 8898 a code listed twice, and
 * neither stops the others. Working days (8670Q) are convention A (cal.h): the 45th
 * working day after the start is the last day still within 45.
 */
#include "census/rules_int.h"

#include <string.h>

static int
has_factor(const struct cin_assessment *a, const char *code)
{
	for (int i = 0; i < a->nfactors; i++)
		if (a->factors[i].s && strcmp(a->factors[i].s, code) == 0)
			return 1;
	return 0;
}

static void
dates(struct cin_check *c, const struct cin_episode *ep, const struct cin_assessment *a)
{
	int done = cin_has_date(&a->authorised), started = cin_has_date(&a->start);

	if (started && cin_has_date(&ep->referral) && a->start.d < ep->referral.d)
		cin_fire(c, R1103, CIN_AT_ASSESSMENT, ep, a, a->start.line,
		    "In %s, the assessment started on %s, before the referral "
		    "(AssessmentActualStartDate before CINreferralDate).", cin_episode_name(c, ep),
		    a->start.s);
	if (started && done && a->authorised.d < a->start.d)
		cin_fire(c, R8608, CIN_AT_ASSESSMENT, ep, a, a->authorised.line,
		    "The assessment of %s was authorised on %s, before it started on %s.",
		    cin_episode_name(c, ep), a->authorised.s, a->start.s);
	if (!c->have_year)
		return;
	if (done && !cin_in_year(c, a->authorised.d))
		cin_fire(c, R8696, CIN_AT_ASSESSMENT, ep, a, a->authorised.line,
		    "AssessmentAuthorisationDate %s (%s) is outside the census year.",
		    a->authorised.s, cin_episode_name(c, ep));
	if (!a->authorised.s && started && !cin_in_year(c, a->start.d))
		cin_fire(c, R8736, CIN_AT_ASSESSMENT, ep, a, a->start.line,
		    "The assessment of %s, not yet authorised, started on %s, outside the census "
		    "year; an unfinished assessment must have started in the year.",
		    cin_episode_name(c, ep), a->start.s);
	if (!a->authorised.s && started && cin_working_days_over(c, a->start.d, 45))
		cin_fire(c, R8670Q, CIN_AT_ASSESSMENT, ep, a, a->start.line,
		    "The assessment of %s started on %s, more than 45 working days before %s, and "
		    "has no AssessmentAuthorisationDate.", cin_episode_name(c, ep), a->start.s,
		    c->judge_words);
}

/* 8897Q and 8898: every factor valid and listed once, and at least one when completed
 * in the year. Returns how many valid factors there are. */
static int
factor_codes(struct cin_check *c, const struct cin_episode *ep, const struct cin_assessment *a)
{
	uint64_t seen = 0;
	int valid = 0;

	for (int i = 0; i < a->nfactors; i++) {
		const struct cin_text *f = &a->factors[i];
		int k = f->s ? codes_index(c->lists.factor, f->s) : -1;

		if (k < 0 || k >= 64) {
			cin_fire(c, R8897Q, CIN_AT_ASSESSMENT, ep, a, f->line,
			    "AssessmentFactors \"%s\" (assessment of %s) is not an assessment factor "
			    "code.", f->s ? f->s : "", cin_episode_name(c, ep));
			continue;
		}
		if (seen & ((uint64_t)1 << k))
			cin_fire(c, R8898, CIN_AT_ASSESSMENT, ep, a, f->line,
			    "The assessment of %s lists factor %s twice.", cin_episode_name(c, ep),
			    f->s);
		seen |= (uint64_t)1 << k;
		valid++;
	}
	return valid;
}

static void
factors(struct cin_check *c, const struct cin_episode *ep, const struct cin_assessment *a)
{
	int valid = factor_codes(c, ep, a);

	if (a->nfactors && !a->authorised.s)
		cin_fire(c, R8614, CIN_AT_ASSESSMENT, ep, a, a->line,
		    "The assessment of %s has factors but no AssessmentAuthorisationDate; factors "
		    "are recorded when the assessment is completed.", cin_episode_name(c, ep));
	if (!valid && c->have_year && cin_has_date(&a->authorised) && a->authorised.d >= c->start)
		cin_fire(c, R8897Q, CIN_AT_ASSESSMENT, ep, a, a->line,
		    "The assessment of %s completed on %s has no assessment factor; record what "
		    "was found, or 21 if nothing was.", cin_episode_name(c, ep), a->authorised.s);
	if (has_factor(a, "21") && a->nfactors > 1)
		cin_fire(c, R8869, CIN_AT_ASSESSMENT, ep, a, a->line,
		    "The assessment of %s has factor 21 (no factors identified) together with "
		    "other factors; keep 21 alone or remove it.", cin_episode_name(c, ep));
	if (has_factor(a, "18A"))
		cin_fire(c, R8945Q, CIN_AT_ASSESSMENT, ep, a, a->line,
		    "The assessment of %s uses factor 18A (physical abuse); use 18B (by a child) or "
		    "18C (by an adult).", cin_episode_name(c, ep));
	if (has_factor(a, "19A"))
		cin_fire(c, R8950Q, CIN_AT_ASSESSMENT, ep, a, a->line,
		    "The assessment of %s uses factor 19A (sexual abuse); use 19B (by a child) or "
		    "19C (by an adult).", cin_episode_name(c, ep));
}

static void
overlap_found(struct cin_check *c, void *ctx, int later, int earlier)
{
	const struct cin_episode *ep = ctx;
	const struct cin_assessment *a = &ep->assessments[later], *b = &ep->assessments[earlier];

	cin_fire(c, R8863Q, CIN_AT_ASSESSMENT, ep, a, a->start.line,
	    "In %s an assessment starts on %s while the assessment started on %s is still "
	    "running (%s%s).", cin_episode_name(c, ep), a->start.s, b->start.s,
	    b->authorised.s ? "authorised on " : "not yet authorised",
	    b->authorised.s ? b->authorised.s : "");
}

/* 8863Q, 8896, 8873Q. */
static void
together(struct cin_check *c, const struct cin_episode *ep)
{
	struct cin_span *s = cin_spans(c, (size_t)ep->nassessments);
	const char *why = ep->closure_reason.s;
	int n = 0, open = 0;

	for (int i = 0; i < ep->nassessments; i++) {
		const struct cin_assessment *a = &ep->assessments[i];

		open += !a->authorised.s;
		if (open == 2 && !a->authorised.s)
			cin_fire(c, R8896, CIN_AT_ASSESSMENT, ep, a, a->line,
			    "%s has more than one assessment without an AssessmentAuthorisationDate; "
			    "only one can be in progress.", cin_episode_name(c, ep));
		if (!cin_has_date(&a->start))
			continue;
		s[n].start = a->start.d;
		s[n].end = cin_period_end(c, a->start.d, a->authorised.d, !a->authorised.s);
		s[n++].idx = i;
	}
	cin_overlaps(c, s, n, overlap_found, (void *)ep);
	if (ep->nassessments == 1 && has_factor(&ep->assessments[0], "21") &&
	    !(why && (strcmp(why, "RC8") == 0 || strcmp(why, "RC9") == 0)))
		cin_fire(c, R8873Q, CIN_AT_EPISODE, ep, ep, ep->line,
		    "The only assessment of %s found no factors (21), but the episode is %s%s; an "
		    "episode ended by such an assessment closes as RC8 or RC9.",
		    cin_episode_name(c, ep), why ? "closed as " : "not closed", why ? why : "");
}

void
cin_rules_assessments(struct cin_check *c, const struct cin_episode *ep)
{
	for (int i = 0; i < ep->nassessments; i++) {
		dates(c, ep, &ep->assessments[i]);
		factors(c, ep, &ep->assessments[i]);
	}
	together(c, ep);
}
