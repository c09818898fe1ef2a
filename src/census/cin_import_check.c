/*
 * cin_import_check.c: whether one child of a return can go into the store.
 *
 * The store holds what records.c describes: required fields, code lists, text lengths,
 * dates in order and within the working-day calendar (the record layer's rule,
 * rec_value_date). A return from another system may break any of these, and an import
 * writes nothing unless the whole file is sound, so every value is checked here before
 * the child is written, and each problem is told with its line, the child, the element
 * and what would be right. The department's business rules are not applied: a return
 * that breaks them can still be loaded and then corrected (`safeguard validate cin`
 * reports them); only what the store cannot hold stops an import.
 */
#include <string.h>

#include "base/str.h"
#include "census/cin_import_int.h"
#include "codes/codes.h"
#include "records/rec.h"

static void
missing(struct imp *im, int line, const char *elem, const char *why)
{
	cin_imp_error(im, line, "%s is missing: %s", elem, why);
}

/* A date by the record layer's rule, as every front end's: YYYY-MM-DD, in the calendar. */
static void
check_date(struct imp *im, const struct cin_date *v, const char *elem)
{
	struct rec_error why;

	if (v->s && !rec_value_date(NULL, v->s, strlen(v->s), &why))
		cin_imp_error(im, v->line, "%s %s", elem, why.message);
}

static void
need_date(struct imp *im, const struct cin_date *v, int line, const char *elem,
    const char *why)
{
	if (!v->s)
		missing(im, line, elem, why);
	check_date(im, v, elem);
}

static void
check_code(struct imp *im, const struct cin_text *v, const char *elem, const char *list)
{
	const struct code_list *l = codes_list(list);
	char all[400];

	if (!v->s || codes_index(l, v->s) >= 0)
		return;
	codes_join(l, all, sizeof all);
	cin_imp_error(im, v->line, "%s \"%s\" is not %s (use one of %s)", elem, v->s, l->what, all);
}

static void
need_code(struct imp *im, const struct cin_text *v, int line, const char *elem,
    const char *list, const char *why)
{
	if (!v->s)
		missing(im, line, elem, why);
	check_code(im, v, elem, list);
}

static void
check_bool(struct imp *im, const struct cin_text *v, int line, const char *elem)
{
	if (!v->s)
		missing(im, line, elem, "give 1 (yes) or 0 (no)");
	else if (cin_imp_bool(v->s) < 0)
		cin_imp_error(im, v->line, "%s \"%s\" is not a yes or no (use 1 or 0)", elem, v->s);
}

static void
check_order(struct imp *im, const struct cin_date *later, const char *lname,
    const struct cin_date *earlier, const char *ename, const char *why)
{
	if (later->d != CAL_NONE && earlier->d != CAL_NONE && later->d < earlier->d)
		cin_imp_error(im, later->line, "%s %s is before %s %s: %s", lname, later->s, ename,
		    earlier->s, why);
}

static void
check_length(struct imp *im, const struct cin_text *v, const char *elem, size_t max)
{
	if (v->s && strlen(v->s) > max)
		cin_imp_error(im, v->line, "%s \"%s\" is longer than %zu characters", elem, v->s, max);
}

/* A list of codes: each valid, none twice (the store keeps a set). */
static void
check_codes(struct imp *im, const struct cin_text *v, int n, const char *elem,
    const char *list)
{
	for (int i = 0; i < n; i++) {
		check_code(im, &v[i], elem, list);
		for (int k = 0; k < i; k++)
			if (v[i].s && v[k].s && strcmp(v[i].s, v[k].s) == 0) {
				cin_imp_error(im, v[i].line, "%s %s is given twice (also at line %d)",
				    elem, v[i].s, v[k].line);
				break;
			}
	}
}

static void
check_sex(struct imp *im, const struct cin_child *c)
{
	static const char *const genders[] = {"0", "1", "2", "9"};
	int ok = 0;

	if (c->sex.s) {
		check_code(im, &c->sex, "Sex", "sex");
		return;
	}
	if (!c->gender_current.s) {
		missing(im, c->line, "Sex", "give M, F or U (U for an unborn child)");
		return;
	}
	for (int i = 0; i < 4; i++)
		ok |= strcmp(c->gender_current.s, genders[i]) == 0;
	if (!ok)
		cin_imp_error(im, c->gender_current.line, "GenderCurrent \"%s\" is not 1 (male), 2 "
		    "(female), 0 (not recorded) or 9 (indeterminate)", c->gender_current.s);
}

static void
check_assessment(struct imp *im, const struct cin_assessment *a)
{
	need_date(im, &a->start, a->line, "AssessmentActualStartDate",
	    "every assessment needs its start date");
	check_date(im, &a->internal_review, "AssessmentInternalReviewDate");
	check_date(im, &a->authorised, "AssessmentAuthorisationDate");
	check_order(im, &a->authorised, "AssessmentAuthorisationDate", &a->start,
	    "AssessmentActualStartDate", "an assessment cannot be authorised before it starts");
	check_codes(im, a->factors, a->nfactors, "AssessmentFactors", "assessment_factor");
}

static void
check_s47(struct imp *im, const struct cin_s47 *s)
{
	need_date(im, &s->start, s->line, "S47ActualStartDate",
	    "every section 47 enquiry needs its start date");
	check_date(im, &s->icpc_target, "InitialCPCtarget");
	check_date(im, &s->icpc, "DateOfInitialCPC");
	check_order(im, &s->icpc_target, "InitialCPCtarget", &s->start, "S47ActualStartDate",
	    "the conference target comes after the enquiry starts");
	check_bool(im, &s->icpc_not_required, s->line, "ICPCnotRequired");
}

static void
check_cpp(struct imp *im, const struct cin_cpp *p)
{
	int n;

	need_date(im, &p->start, p->line, "CPPstartDate", "every plan needs its start date");
	check_date(im, &p->end, "CPPendDate");
	check_order(im, &p->end, "CPPendDate", &p->start, "CPPstartDate",
	    "a plan cannot end before it starts");
	need_code(im, &p->initial_category, p->line, "InitialCategoryOfAbuse", "abuse_category",
	    "every plan needs its initial category of abuse");
	need_code(im, &p->latest_category, p->line, "LatestCategoryOfAbuse", "abuse_category",
	    "every plan needs its latest category of abuse");
	if (!p->previous.s)
		missing(im, p->line, "NumberOfPreviousCPP", "give the number of earlier plans");
	else if (!str_to_int(p->previous.s, 0, 99, &n))
		cin_imp_error(im, p->previous.line, "NumberOfPreviousCPP \"%s\" is not a whole "
		    "number from 0 to 99", p->previous.s);
	for (int i = 0; i < p->nreviews; i++)
		check_date(im, &p->reviews[i], "CPPreviewDate");
}

static void
check_episode(struct imp *im, const struct cin_episode *e)
{
	need_date(im, &e->referral, e->line, "CINreferralDate",
	    "every episode needs its referral date");
	need_code(im, &e->source, e->line, "ReferralSource", "referral_source",
	    "every episode needs its referral source code");
	check_code(im, &e->primary_need, "PrimaryNeedCode", "primary_need");
	check_date(im, &e->closure, "CINclosureDate");
	check_code(im, &e->closure_reason, "ReasonForClosure", "closure_reason");
	check_date(im, &e->icpc, "DateOfInitialCPC");
	check_bool(im, &e->nfa, e->line, "ReferralNFA");
	check_order(im, &e->closure, "CINclosureDate", &e->referral, "CINreferralDate",
	    "an episode cannot close before its referral");
	for (int i = 0; i < e->nassessments; i++)
		check_assessment(im, &e->assessments[i]);
	for (int i = 0; i < e->nplans; i++) {
		const struct cin_plan *p = &e->plans[i];
		need_date(im, &p->start, p->line, "CINPlanStartDate",
		    "every child in need plan needs its start date");
		check_date(im, &p->end, "CINPlanEndDate");
		check_order(im, &p->end, "CINPlanEndDate", &p->start, "CINPlanStartDate",
		    "a plan cannot end before it starts");
	}
	for (int i = 0; i < e->ns47s; i++)
		check_s47(im, &e->s47s[i]);
	for (int i = 0; i < e->ncpps; i++)
		check_cpp(im, &e->cpps[i]);
}

void
cin_imp_check_child(struct imp *im, const struct cin_child *c)
{
	if (!c->la_child_id.s || !*c->la_child_id.s)
		missing(im, c->line, "LAchildID", "every child needs the local authority's id "
		    "for them, which is how the store knows them");
	check_length(im, &c->la_child_id, "LAchildID", 20);
	check_length(im, &c->upn, "UPN", 13);
	check_length(im, &c->former_upn, "FormerUPN", 13);
	check_code(im, &c->upn_unknown, "UPNunknown", "upn_unknown");
	check_date(im, &c->birth, "PersonBirthDate");
	check_date(im, &c->expected_birth, "ExpectedPersonBirthDate");
	check_date(im, &c->death, "PersonDeathDate");
	check_order(im, &c->death, "PersonDeathDate", &c->birth, "PersonBirthDate",
	    "a child cannot die before being born");
	check_sex(im, c);
	need_code(im, &c->ethnicity, c->line, "Ethnicity", "ethnicity",
	    "every child needs an ethnicity code (NOBT when not yet obtained)");
	check_codes(im, c->disabilities, c->ndisabilities, "Disability", "disability");
	for (int i = 0; i < c->nepisodes; i++)
		check_episode(im, &c->episodes[i]);
}
