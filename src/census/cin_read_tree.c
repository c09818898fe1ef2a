/*
 * cin_read_tree.c: the census element tree, as a table, and the building of a struct
 * cin_child from the elements the parser meets.
 *
 * Each element of domain-cin.md's tree is one row: its parent, what it is (a group, an
 * item of a list, a value, a date) and, for a value, where it goes in its object. The
 * parser (cin_read.c) hands over each start tag, text and end tag; here an element is
 * checked against its parent (an unknown element, or a known one in the wrong place, is an
 * error naming both), a once-only element given twice is refused, and values are stored
 * with their line. The order of elements within their parent is not judged here: that is
 * the schema's business, and a reader that refused a file for order alone would stop the
 * business rules from saying anything useful about it.
 *
 * Values are kept as written, less surrounding blank space (a file written with
 * indentation inside values still reads). An element with no value, <PersonDeathDate/>,
 * reads as the element left out: other systems write empty elements for what they do not
 * have, and it means no death date, not a death date that is not a date; an empty
 * <Disability/> or <AssessmentFactors/> is no code. Only an empty <CPPreviewDate/> is kept,
 * as the blank review that rule 8842Q is about. A
 * value is at most CIN_MAX_VALUE bytes and a child at most CIN_MAX_CHILD_BYTES, so a
 * hostile file cannot make one child grow without bound.
 */
#include <stddef.h>
#include <string.h>

#include "census/cin_read_int.h"

#define G(name, parent) {name, parent, EK_GROUP, OBJ_NONE, 0}
#define I(name, parent) {name, parent, EK_ITEM, OBJ_NONE, 0}
#define T(name, parent, obj, type, field) {name, parent, EK_TEXT, obj, offsetof(type, field)}
#define D(name, parent, obj, type, field) {name, parent, EK_DATE, obj, offsetof(type, field)}
#define L(name, parent) {name, parent, EK_LIST, OBJ_NONE, 0}

const struct cin_el_def cin_els[EL_COUNT] = {
	[EL_DOC] = {"(document)", EL_DOC, EK_GROUP, OBJ_NONE, 0},
	[EL_MESSAGE] = G("Message", EL_DOC),
	[EL_HEADER] = G("Header", EL_MESSAGE),
	[EL_COLLECTION_DETAILS] = G("CollectionDetails", EL_HEADER),
	[EL_COLLECTION] = T("Collection", EL_COLLECTION_DETAILS, OBJ_HEADER, struct cin_header,
	    collection),
	[EL_YEAR] = T("Year", EL_COLLECTION_DETAILS, OBJ_HEADER, struct cin_header, year),
	[EL_REFERENCE_DATE] = D("ReferenceDate", EL_COLLECTION_DETAILS, OBJ_HEADER,
	    struct cin_header, reference_date),
	/* The schema allows several Sources; the first names the authority (end_value). */
	[EL_SOURCE] = G("Source", EL_HEADER),
	[EL_SOURCE_LEVEL] = T("SourceLevel", EL_SOURCE, OBJ_HEADER, struct cin_header,
	    source_level),
	[EL_LEA] = T("LEA", EL_SOURCE, OBJ_HEADER, struct cin_header, lea),
	[EL_SOFTWARE_CODE] = T("SoftwareCode", EL_SOURCE, OBJ_HEADER, struct cin_header,
	    software_code),
	[EL_RELEASE] = T("Release", EL_SOURCE, OBJ_HEADER, struct cin_header, release),
	[EL_SERIAL_NO] = T("SerialNo", EL_SOURCE, OBJ_HEADER, struct cin_header, serial_no),
	[EL_DATETIME] = T("DateTime", EL_SOURCE, OBJ_HEADER, struct cin_header, datetime),
	[EL_CHILDREN] = G("Children", EL_MESSAGE),
	[EL_CHILD] = I("Child", EL_CHILDREN),

	[EL_IDENTIFIERS] = G("ChildIdentifiers", EL_CHILD),
	[EL_LA_CHILD_ID] = T("LAchildID", EL_IDENTIFIERS, OBJ_CHILD, struct cin_child,
	    la_child_id),
	[EL_UPN] = T("UPN", EL_IDENTIFIERS, OBJ_CHILD, struct cin_child, upn),
	[EL_FORMER_UPN] = T("FormerUPN", EL_IDENTIFIERS, OBJ_CHILD, struct cin_child, former_upn),
	[EL_UPN_UNKNOWN] = T("UPNunknown", EL_IDENTIFIERS, OBJ_CHILD, struct cin_child,
	    upn_unknown),
	[EL_BIRTH] = D("PersonBirthDate", EL_IDENTIFIERS, OBJ_CHILD, struct cin_child, birth),
	[EL_EXPECTED_BIRTH] = D("ExpectedPersonBirthDate", EL_IDENTIFIERS, OBJ_CHILD,
	    struct cin_child, expected_birth),
	[EL_SEX] = T("Sex", EL_IDENTIFIERS, OBJ_CHILD, struct cin_child, sex),
	/* Returns before 2024-25 carry GenderCurrent where Sex now stands (domain-cin.md). */
	[EL_GENDER_CURRENT] = T("GenderCurrent", EL_IDENTIFIERS, OBJ_CHILD, struct cin_child,
	    gender_current),
	[EL_DEATH] = D("PersonDeathDate", EL_IDENTIFIERS, OBJ_CHILD, struct cin_child, death),
	[EL_CHARACTERISTICS] = G("ChildCharacteristics", EL_CHILD),
	[EL_ETHNICITY] = T("Ethnicity", EL_CHARACTERISTICS, OBJ_CHILD, struct cin_child,
	    ethnicity),
	[EL_DISABILITIES] = G("Disabilities", EL_CHARACTERISTICS),
	[EL_DISABILITY] = L("Disability", EL_DISABILITIES),

	[EL_CINDETAILS] = I("CINdetails", EL_CHILD),
	[EL_REFERRAL_DATE] = D("CINreferralDate", EL_CINDETAILS, OBJ_EPISODE,
	    struct cin_episode, referral),
	[EL_REFERRAL_SOURCE] = T("ReferralSource", EL_CINDETAILS, OBJ_EPISODE,
	    struct cin_episode, source),
	[EL_PRIMARY_NEED] = T("PrimaryNeedCode", EL_CINDETAILS, OBJ_EPISODE, struct cin_episode,
	    primary_need),
	[EL_CLOSURE_DATE] = D("CINclosureDate", EL_CINDETAILS, OBJ_EPISODE, struct cin_episode,
	    closure),
	[EL_CLOSURE_REASON] = T("ReasonForClosure", EL_CINDETAILS, OBJ_EPISODE,
	    struct cin_episode, closure_reason),
	[EL_EPISODE_ICPC] = D("DateOfInitialCPC", EL_CINDETAILS, OBJ_EPISODE, struct cin_episode,
	    icpc),
	[EL_ASSESSMENTS] = I("Assessments", EL_CINDETAILS),
	[EL_ASSESSMENT_START] = D("AssessmentActualStartDate", EL_ASSESSMENTS, OBJ_ASSESSMENT,
	    struct cin_assessment, start),
	[EL_ASSESSMENT_REVIEW] = D("AssessmentInternalReviewDate", EL_ASSESSMENTS,
	    OBJ_ASSESSMENT, struct cin_assessment, internal_review),
	[EL_ASSESSMENT_AUTHORISED] = D("AssessmentAuthorisationDate", EL_ASSESSMENTS,
	    OBJ_ASSESSMENT, struct cin_assessment, authorised),
	[EL_FACTORS] = G("FactorsIdentifiedAtAssessment", EL_ASSESSMENTS),
	[EL_FACTOR] = L("AssessmentFactors", EL_FACTORS),
	[EL_CINPLAN] = I("CINPlanDates", EL_CINDETAILS),
	[EL_CINPLAN_START] = D("CINPlanStartDate", EL_CINPLAN, OBJ_PLAN, struct cin_plan, start),
	[EL_CINPLAN_END] = D("CINPlanEndDate", EL_CINPLAN, OBJ_PLAN, struct cin_plan, end),
	[EL_S47] = I("Section47", EL_CINDETAILS),
	[EL_S47_START] = D("S47ActualStartDate", EL_S47, OBJ_S47, struct cin_s47, start),
	[EL_S47_TARGET] = D("InitialCPCtarget", EL_S47, OBJ_S47, struct cin_s47, icpc_target),
	[EL_S47_ICPC] = D("DateOfInitialCPC", EL_S47, OBJ_S47, struct cin_s47, icpc),
	[EL_S47_NOT_REQUIRED] = T("ICPCnotRequired", EL_S47, OBJ_S47, struct cin_s47,
	    icpc_not_required),
	[EL_NFA] = T("ReferralNFA", EL_CINDETAILS, OBJ_EPISODE, struct cin_episode, nfa),
	[EL_CPP] = I("ChildProtectionPlans", EL_CINDETAILS),
	[EL_CPP_START] = D("CPPstartDate", EL_CPP, OBJ_CPP, struct cin_cpp, start),
	[EL_CPP_END] = D("CPPendDate", EL_CPP, OBJ_CPP, struct cin_cpp, end),
	[EL_CPP_INITIAL] = T("InitialCategoryOfAbuse", EL_CPP, OBJ_CPP, struct cin_cpp,
	    initial_category),
	[EL_CPP_LATEST] = T("LatestCategoryOfAbuse", EL_CPP, OBJ_CPP, struct cin_cpp,
	    latest_category),
	[EL_CPP_PREVIOUS] = T("NumberOfPreviousCPP", EL_CPP, OBJ_CPP, struct cin_cpp, previous),
	[EL_REVIEWS] = G("Reviews", EL_CPP),
	[EL_REVIEW_DATE] = L("CPPreviewDate", EL_REVIEWS),
};

/* Which elements each element may hold, for a lookup among a handful of names. */
void
cin_tree_init(struct cin_reader *r)
{
	memset(r->nkids, 0, sizeof r->nkids);
	for (int e = EL_MESSAGE; e < EL_COUNT; e++) {
		int p = cin_els[e].parent;
		r->kids[p][r->nkids[p]++] = (unsigned char)e;
	}
	r->stack[0] = EL_DOC;
	r->instance[0] = r->next_instance = 1;
}

static int
find_kid(const struct cin_reader *r, int parent, const char *name)
{
	for (int i = 0; i < r->nkids[parent]; i++) {
		const char *kid = cin_els[r->kids[parent][i]].name;

		/* Siblings mostly differ in their first byte; skip the call for those. */
		if (kid[0] == name[0] && strcmp(kid, name) == 0)
			return r->kids[parent][i];
	}
	return -1;
}

static int
find_anywhere(const char *name)
{
	for (int e = EL_MESSAGE; e < EL_COUNT; e++)
		if (strcmp(cin_els[e].name, name) == 0)
			return e;
	return -1;
}

static void
misplaced(struct cin_reader *r, int parent, const char *name, int line)
{
	int e = find_anywhere(name);

	if (parent == EL_DOC)
		cin_reader_fail(r, line, "the file's root element is %s; a census return's root "
		    "is Message", name);
	else if (e < 0)
		cin_reader_fail(r, line, "%s is not an element of a census return (inside %s)",
		    name, cin_els[parent].name);
	else
		cin_reader_fail(r, line, "%s is out of place inside %s: it belongs inside %s", name,
		    cin_els[parent].name, cin_els[cin_els[e].parent].name);
}

static void *
current_object(struct cin_reader *r, int obj)
{
	struct cin_child *c = r->child;
	struct cin_episode *ep = c && c->nepisodes ? &c->episodes[c->nepisodes - 1] : NULL;

	switch (obj) {
	case OBJ_HEADER:
		return &r->header;
	case OBJ_CHILD:
		return c;
	case OBJ_EPISODE:
		return ep;
	case OBJ_ASSESSMENT:
		return &ep->assessments[ep->nassessments - 1];
	case OBJ_PLAN:
		return &ep->plans[ep->nplans - 1];
	case OBJ_S47:
		return &ep->s47s[ep->ns47s - 1];
	case OBJ_CPP:
		return &ep->cpps[ep->ncpps - 1];
	}
	return NULL;
}

#define PUSH(pool, arr, n, cap) \
	((arr) = cin_pool_grow(pool, arr, n, &(cap), sizeof *(arr)), &(arr)[(n)++])

static void
start_child(struct cin_reader *r, int line)
{
	r->pool = cin_reader_take_pool(r);
	r->child = cin_pool_alloc(r->pool, sizeof *r->child);
	cin_child_init(r->child);
	r->child->line = line;
	r->cap_episodes = r->cap_disabilities = 0;
}

/* A new item of a list: the object that the values inside it fill. */
static void
start_item(struct cin_reader *r, int el, int line)
{
	struct cin_child *c = r->child;
	struct cin_episode *ep = c && c->nepisodes ? &c->episodes[c->nepisodes - 1] : NULL;

	switch (el) {
	case EL_CHILD:
		start_child(r, line);
		return;
	case EL_CINDETAILS:
		ep = PUSH(r->pool, c->episodes, c->nepisodes, r->cap_episodes);
		cin_episode_init(ep);
		ep->line = line;
		r->cap_assessments = r->cap_plans = r->cap_s47s = r->cap_cpps = 0;
		return;
	case EL_ASSESSMENTS:
		cin_assessment_init(PUSH(r->pool, ep->assessments, ep->nassessments,
		    r->cap_assessments))->line = line;
		r->cap_factors = 0;
		return;
	case EL_CINPLAN:
		cin_plan_init(PUSH(r->pool, ep->plans, ep->nplans, r->cap_plans))->line = line;
		return;
	case EL_S47:
		cin_s47_init(PUSH(r->pool, ep->s47s, ep->ns47s, r->cap_s47s))->line = line;
		return;
	case EL_CPP:
		cin_cpp_init(PUSH(r->pool, ep->cpps, ep->ncpps, r->cap_cpps))->line = line;
		r->cap_reviews = 0;
		return;
	}
}

/* A group that says something by being there: Header, Children, Disabilities ... */
static void
start_group(struct cin_reader *r, int el, int line)
{
	struct cin_child *c = r->child;

	switch (el) {
	case EL_HEADER:
		r->seen_header = 1;
		r->header.line = line;
		break;
	case EL_CHILDREN:
		if (!r->seen_header)
			cin_reader_fail(r, line, "the file has no Header before its Children: a "
			    "census return starts with a Header giving its year and local "
			    "authority");
		r->seen_children = 1;
		r->header_done = 1;
		break;
	case EL_SOURCE:
		r->nsources++;
		break;
	case EL_DISABILITIES:
		c->has_disabilities = 1;
		break;
	case EL_FACTORS:
		c->episodes[c->nepisodes - 1].assessments[
		    c->episodes[c->nepisodes - 1].nassessments - 1].has_factors = 1;
		break;
	case EL_REVIEWS:
		c->episodes[c->nepisodes - 1].cpps[c->episodes[c->nepisodes - 1].ncpps - 1]
		    .has_reviews = 1;
		break;
	}
}

/* A once-only element met a second time under the same parent. */
static int
repeated(struct cin_reader *r, int el, int line)
{
	uint32_t parent = r->instance[r->depth];

	if (cin_els[el].kind == EK_ITEM || cin_els[el].kind == EK_LIST || el == EL_SOURCE)
		return 0;
	if (r->seen_in[el] == parent) {
		cin_reader_fail(r, line, "a second %s inside one %s (the first is at line %d): "
		    "give it once", cin_els[el].name, cin_els[cin_els[el].parent].name,
		    r->seen_line[el]);
		return 1;
	}
	r->seen_in[el] = parent;
	r->seen_line[el] = line;
	return 0;
}

void
cin_tree_start(struct cin_reader *r, const char *name, int line)
{
	int parent = r->stack[r->depth];
	int el = find_kid(r, parent, name);

	if (r->collecting) {
		cin_reader_fail(r, line, "%s holds an element (%s); it holds a value only",
		    cin_els[parent].name, name);
		return;
	}
	if (el < 0) {
		misplaced(r, parent, name, line);
		return;
	}
	if (repeated(r, el, line))
		return;
	r->depth++;
	r->stack[r->depth] = (unsigned char)el;
	r->instance[r->depth] = ++r->next_instance;
	switch (cin_els[el].kind) {
	case EK_ITEM:
		start_item(r, el, line);
		break;
	case EK_GROUP:
		start_group(r, el, line);
		break;
	default:
		r->collecting = 1;
		r->textlen = 0;
		r->text_line = line;
	}
}

static int
is_blank(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

void
cin_tree_text(struct cin_reader *r, const char *s, int len)
{
	if (!r->collecting) {
		for (int i = 0; i < len; i++)
			if (!is_blank(s[i])) {
				cin_reader_fail(r, 0, "text \"%.*s\" inside %s, which holds elements "
				    "only", len - i > 20 ? 20 : len - i, s + i,
				    cin_els[r->stack[r->depth]].name);
				return;
			}
		return;
	}
	if (r->textlen + (size_t)len > CIN_MAX_VALUE) {
		cin_reader_fail(r, r->text_line, "the value of %s is longer than %d bytes; no "
		    "census value is", cin_els[r->stack[r->depth]].name, CIN_MAX_VALUE);
		return;
	}
	memcpy(r->text + r->textlen, s, (size_t)len);
	r->textlen += (size_t)len;
}

/* Appends a value to the list it belongs to. */
static void
add_to_list(struct cin_reader *r, int el, struct cin_text v)
{
	struct cin_child *c = r->child;
	struct cin_episode *ep = c->nepisodes ? &c->episodes[c->nepisodes - 1] : NULL;

	if (el == EL_DISABILITY) {
		*PUSH(r->pool, c->disabilities, c->ndisabilities, r->cap_disabilities) = v;
	} else if (el == EL_FACTOR) {
		struct cin_assessment *a = &ep->assessments[ep->nassessments - 1];
		*PUSH(r->pool, a->factors, a->nfactors, r->cap_factors) = v;
	} else {
		struct cin_cpp *p = &ep->cpps[ep->ncpps - 1];
		struct cin_date *d = PUSH(r->pool, p->reviews, p->nreviews, r->cap_reviews);
		d->s = v.s;
		d->line = v.line;
		if (!cal_parse(v.s, &d->d))
			d->d = CAL_NONE;
	}
}

static void
end_value(struct cin_reader *r, int el)
{
	const struct cin_el_def *def = &cin_els[el];
	struct cin_pool *pool = def->obj == OBJ_HEADER ? r->header_pool : r->pool;
	size_t a = 0, b = r->textlen;
	struct cin_text v;

	while (a < b && is_blank(r->text[a]))
		a++;
	while (b > a && is_blank(r->text[b - 1]))
		b--;
	r->collecting = 0;
	if (a == b && el != EL_REVIEW_DATE)
		return;		/* <CINclosureDate/>: no closure date, not an unreadable one */
	if (def->parent == EL_SOURCE && r->nsources > 1)
		return;		/* a later Source: the first one's authority stands */
	v.s = cin_pool_strndup(pool, r->text + a, b - a);
	v.line = r->text_line;
	if (def->kind == EK_LIST) {
		add_to_list(r, el, v);
	} else if (def->kind == EK_TEXT) {
		*(struct cin_text *)((char *)current_object(r, def->obj) + def->off) = v;
	} else {
		struct cin_date *d = (struct cin_date *)((char *)current_object(r, def->obj) +
		    def->off);
		d->s = v.s;
		d->line = v.line;
		if (!cal_parse(v.s, &d->d))
			d->d = CAL_NONE;
	}
}

void
cin_tree_end(struct cin_reader *r)
{
	int el = r->stack[r->depth];

	if (r->collecting)
		end_value(r, el);
	if (r->child && cin_pool_used(r->pool) > CIN_MAX_CHILD_BYTES) {
		cin_reader_fail(r, r->child->line, "the Child starting here is larger than %u KB; "
		    "no real child's census record is", CIN_MAX_CHILD_BYTES / 1024);
		return;
	}
	if (el == EL_CHILD)
		cin_reader_push_child(r);
	else if (el == EL_HEADER)
		r->header_done = 1;
	else if (el == EL_MESSAGE)
		r->message_closed = 1;
	r->depth--;
}
