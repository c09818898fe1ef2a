/*
 * codes.c: every code list a record can carry.
 *
 * Census lists (sex, ethnicity, disability, UPN unknown reasons, referral source, primary
 * need, reason for closure, category of abuse, assessment factors) carry the Department
 * for Education's codes exactly, from domain-cin.md "Code lists"; the census export writes
 * them unchanged. The other lists (agency kinds, roles, conference decisions, plan end
 * reasons ...) are safeguard's own, lower-case words, chosen to read well in a JSON file.
 * Lists are data: validation, the demo, the census and the pages all read them from here.
 */
#include "codes/codes.h"

#include <stdio.h>
#include <string.h>

#define LIST(name, what, arr) {name, what, arr, (int)(sizeof arr / sizeof arr[0])}

static const struct code sex[] = {
	{"M", "male"}, {"F", "female"}, {"U", "unknown or not recorded (unborn children)"},
};

static const struct code ethnicity[] = {
	{"WBRI", "White British"}, {"WIRI", "White Irish"},
	{"WIRT", "Traveller of Irish heritage"}, {"WOTH", "Any other White background"},
	{"WROM", "Gypsy/Roma"}, {"MWBC", "White and Black Caribbean"},
	{"MWBA", "White and Black African"}, {"MWAS", "White and Asian"},
	{"MOTH", "Any other mixed background"}, {"AIND", "Indian"}, {"APKN", "Pakistani"},
	{"ABAN", "Bangladeshi"}, {"AOTH", "Any other Asian background"}, {"BCRB", "Caribbean"},
	{"BAFR", "African"}, {"BOTH", "Any other Black background"}, {"CHNE", "Chinese"},
	{"OOTH", "Any other ethnic group"}, {"REFU", "Refused"},
	{"NOBT", "Information not yet obtained"},
};

static const struct code disability[] = {
	{"NONE", "no disability"}, {"MOB", "mobility"}, {"HAND", "hand function"},
	{"PC", "personal care"}, {"INC", "incontinence"}, {"COMM", "communication"},
	{"LD", "learning"}, {"HEAR", "hearing"}, {"VIS", "vision"}, {"BEH", "behaviour"},
	{"CON", "consciousness"}, {"AUT", "autism"}, {"DDA", "other disability"},
};

/* Only UN1 and UN7 are confirmed by the published rules (8770Q, 8772); the others follow
 * the department's census guide. */
static const struct code upn_unknown[] = {
	{"UN1", "child is not of school age and has no UPN"},
	{"UN2", "child has never attended a state school in England"},
	{"UN3", "child is educated outside England"},
	{"UN4", "UPN not known"},
	{"UN5", "sources collating UPNs disagree"},
	{"UN6", "child is an unaccompanied asylum-seeking child"},
	{"UN7", "referral with no further action"},
};

static const struct code referral_source[] = {
	{"1A", "individual: family member, relative or carer"},
	{"1B", "individual: acquaintance"}, {"1C", "individual: self"},
	{"1D", "individual: other"}, {"2A", "school"}, {"2B", "education services"},
	{"3A", "health: GP"}, {"3B", "health: health visitor"}, {"3C", "health: school nurse"},
	{"3D", "health: other primary health services"}, {"3E", "health: A&E"},
	{"3F", "health: other"}, {"4", "housing"}, {"5A", "LA services: social care"},
	{"5B", "LA services: other internal"}, {"5C", "LA services: external"},
	{"5D", "LA services: early help"}, {"6", "police"}, {"7", "other legal agency"},
	{"8", "other"}, {"9", "anonymous"}, {"10", "unknown"},
};

static const struct code primary_need[] = {
	{"N0", "not stated"}, {"N1", "abuse, neglect or exploitation"},
	{"N2", "child's disability"}, {"N3", "parental disability or illness"},
	{"N4", "family in acute stress"}, {"N5", "family dysfunction"},
	{"N6", "socially unacceptable behaviour"}, {"N7", "low income"},
	{"N8", "absent parenting"}, {"N9", "cases other than children in need"},
};

static const struct code closure_reason[] = {
	{"RC1", "adopted"}, {"RC2", "died"}, {"RC3", "child arrangements order"},
	{"RC4", "special guardianship order"}, {"RC5", "transferred to another local authority"},
	{"RC6", "transferred to adult social care"},
	{"RC7", "services ceased for any other reason"},
	{"RC8", "case closed after assessment, no further action"},
	{"RC9", "case closed after assessment, referred to early help"},
};

static const struct code abuse_category[] = {
	{"NEG", "neglect"}, {"PHY", "physical abuse"}, {"SAB", "sexual abuse"},
	{"EMO", "emotional abuse"}, {"MUL", "multiple"},
};

static const struct code assessment_factor[] = {
	{"1A", "alcohol misuse: child"}, {"1B", "alcohol misuse: parent or carer"},
	{"1C", "alcohol misuse: other person in household"},
	{"2A", "drug misuse: child"}, {"2B", "drug misuse: parent or carer"},
	{"2C", "drug misuse: other person in household"},
	{"3A", "domestic abuse: child"}, {"3B", "domestic abuse: parent or carer"},
	{"3C", "domestic abuse: other person in household"},
	{"4A", "mental health: child"}, {"4B", "mental health: parent or carer"},
	{"4C", "mental health: other person in household"},
	{"5A", "learning disability: child"}, {"5B", "learning disability: parent or carer"},
	{"5C", "learning disability: other person in household"},
	{"6A", "physical disability or illness: child"},
	{"6B", "physical disability or illness: parent or carer"},
	{"6C", "physical disability or illness: other person in household"},
	{"7A", "young carer"},
	{"8B", "privately fostered: overseas child intending to return"},
	{"8C", "privately fostered: overseas child intending to stay"},
	{"8D", "privately fostered: UK child in educational placement"},
	{"8E", "privately fostered: UK child in alternative family arrangement"},
	{"8F", "privately fostered: other"},
	{"9A", "unaccompanied asylum-seeking child"}, {"10A", "going or being missing"},
	{"11A", "child sexual exploitation"}, {"12A", "trafficking"}, {"13A", "gangs"},
	{"14A", "socially unacceptable behaviour"}, {"15A", "self-harm"},
	{"16A", "neglect"}, {"17A", "emotional abuse"},
	{"18A", "physical abuse (no longer used: use 18B or 18C)"},
	{"18B", "physical abuse: child on child"}, {"18C", "physical abuse: adult on child"},
	{"19A", "sexual abuse (no longer used: use 19B or 19C)"},
	{"19B", "sexual abuse: child on child"}, {"19C", "sexual abuse: adult on child"},
	{"20", "other"}, {"21", "no factors identified"}, {"22A", "female genital mutilation"},
	{"23A", "abuse linked to faith or belief"}, {"24A", "child criminal exploitation"},
};

static const struct code agency_kind[] = {
	{"la_childrens_services", "local authority children's services"},
	{"police", "police"}, {"gp", "GP practice"}, {"health_visiting", "health visiting"},
	{"school_nursing", "school nursing"}, {"hospital", "hospital trust"},
	{"midwifery", "midwifery"}, {"camhs", "child and adolescent mental health services"},
	{"school", "school"}, {"early_years", "early years setting"},
	{"education", "education services"}, {"domestic_abuse", "domestic abuse service"},
	{"probation", "probation"}, {"housing", "housing"},
	{"youth_justice", "youth justice service"}, {"adult_services", "adult social care"},
	{"substance_misuse", "drug and alcohol service"}, {"voluntary", "voluntary sector"},
	{"other_la", "another local authority"}, {"other", "other"},
};

static const struct code team_kind[] = {
	{"front_door", "front door / MASH"}, {"assessment", "assessment"},
	{"child_in_need", "child in need"}, {"child_protection", "child protection"},
	{"safeguarding_unit", "safeguarding unit"}, {"lado", "LADO service"},
	{"looked_after", "children looked after"}, {"performance", "performance and quality"},
	{"partner", "partner agency team"}, {"administration", "administration"},
};

static const struct code professional_role[] = {
	{"social_worker", "social worker"}, {"team_manager", "team manager"},
	{"conference_chair", "conference chair"},
	{"child_protection_adviser", "child protection adviser"},
	{"iro", "independent reviewing officer"}, {"lado", "LADO"},
	{"police_officer", "police officer"}, {"gp", "GP"}, {"health_visitor", "health visitor"},
	{"school_nurse", "school nurse"}, {"midwife", "midwife"}, {"paediatrician", "paediatrician"},
	{"designated_safeguarding_lead", "designated safeguarding lead"},
	{"teacher", "teacher"}, {"camhs_practitioner", "CAMHS practitioner"},
	{"domestic_abuse_worker", "domestic abuse worker"},
	{"probation_officer", "probation officer"}, {"housing_officer", "housing officer"},
	{"youth_justice_worker", "youth justice worker"}, {"advocate", "advocate"},
	{"family_support_worker", "family support worker"},
	{"performance_officer", "performance officer"}, {"administrator", "administrator"},
	{"other", "other"},
	{"cdop_coordinator", "child death review coordinator"},	/* migration_child_deaths */
};

static const struct code user_role[] = {
	{"administrator", "administrator"}, {"chair", "conference chair"},
	{"social_worker", "social worker"}, {"manager", "team manager"},
	{"partner", "partner agency practitioner"}, {"lado", "LADO"},
	{"analyst", "performance analyst"}, {"senior_manager", "senior manager"},
	{"health_lookup", "hospital lookup"},
	{"school_lead", "school designated safeguarding lead"},
	{"cdop", "child death review (CDOP)"},	/* migration_child_deaths */
};

static const struct code relationship_kind[] = {
	{"mother", "mother"}, {"father", "father"}, {"step_parent", "step-parent"},
	{"parent_partner", "parent's partner"}, {"carer", "carer"},
	{"grandparent", "grandparent"}, {"other_relative", "other relative"},
	{"sibling", "sibling"}, {"half_sibling", "half-sibling"},
};

static const struct code contact_outcome[] = {
	{"referral", "referred to children's social care"}, {"early_help", "early help"},
	{"advice", "information and advice"}, {"no_further_action", "no further action"},
};

static const struct code strategy_outcome[] = {
	{"section_47", "section 47 enquiry"}, {"single_agency", "single-agency section 17 work"},
	{"no_further_action", "no further action"},
};

static const struct code s47_outcome[] = {
	{"conference", "concerns substantiated: initial conference"},
	{"child_in_need", "concerns substantiated, no continuing risk: child in need"},
	{"not_substantiated", "concerns not substantiated"},
	{"no_further_action", "no further action"},
};

static const struct code conference_kind[] = {
	{"initial", "initial child protection conference"},
	{"review", "review child protection conference"},
	{"transfer_in", "transfer-in conference"},
};

static const struct code conference_decision[] = {
	{"plan", "child protection plan"}, {"no_plan", "no child protection plan"},
	{"continue_plan", "plan continues"}, {"end_plan", "plan ends"},
};

static const struct code participation[] = {
	{"attended", "attended"}, {"attended_part", "attended part"},
	{"views_by_advocate", "views given by an advocate"},
	{"views_in_writing", "views given in writing"},
	{"views_by_social_worker", "views given by the social worker"},
	{"did_not_take_part", "did not take part"}, {"too_young", "too young to take part"},
};

static const struct code circulated_document[] = {
	{"plan", "the child protection plan"}, {"minutes", "the minutes"},
	{"plan_and_minutes", "the plan and the minutes"},
};

static const struct code plan_end_reason[] = {
	{"child_in_need", "stepped down to a child in need plan"},
	{"early_help", "stepped down to early help"}, {"universal", "universal services"},
	{"looked_after", "child became looked after"},
	{"transferred", "moved to another local authority"}, {"age_18", "reached 18"},
	{"died", "died"}, {"left_uk", "left the United Kingdom"},
	{"adoption_or_sgo", "adoption or special guardianship"}, {"other", "other"},
};

/* Legal status of a child looked after (SSDA903 / Annex A list 8). */
static const struct code legal_status[] = {
	{"C1", "interim care order"}, {"C2", "full care order"},
	{"D1", "freeing order"}, {"E1", "placement order"},
	{"J1", "remanded to local authority accommodation"},
	{"J2", "placed under police protection in local authority accommodation"},
	{"J3", "sentenced to a youth rehabilitation order with residence requirement"},
	{"L1", "under police protection"}, {"L2", "emergency protection order"},
	{"L3", "child assessment order with residence"},
	{"V2", "single period of accommodation under section 20"},
	{"V3", "accommodated under an agreed series of short-term breaks"},
	{"V4", "accommodated under an agreed series of short-term breaks, not the first"},
};

/* What a health lookup told the person who asked (the answer "not known" is no record). */
static const struct code lookup_answer[] = {
	{"cp_plan", "on a child protection plan"}, {"looked_after", "looked after"},
};

/*
 * Escalations (issue 11): the categories of concern a professional disagreement is
 * counted under, seed 001's five (Haringey, 2012-13) and "other" for what fits none;
 * and how an escalation ended. Local words a partnership may rename: codes stay stable.
 */
static const struct code escalation_category[] = {
	{"child_safety", "child's safety in the family"}, {"delay", "delay"},
	{"conference_input", "quality of social work input around conference"},
	{"practice_quality", "quality of practice"},
	{"thresholds", "thresholds for a plan or proceedings"}, {"other", "other"},
};
static const struct code escalation_outcome[] = {
	{"action_agreed", "resolved: action agreed and taken"},
	{"explained", "resolved: the decision explained and accepted"},
	{"withdrawn", "withdrawn by the person who raised it"},
	{"unresolved", "not resolved at the last stage"},
};

/* ---- The LADO (issue 11, point 2; domain.md 3.2): allegations against people who work
 * with children. The sector and role are the area's own lists (the seeds name no national
 * one); the thresholds are the harm test of Working Together 2023; the outcomes those of
 * Keeping Children Safe in Education. ---- */
static const struct code lado_kind[] = {
	{"query", "query (advice, no referral)"}, {"referral", "referral"},
};
static const struct code lado_sector[] = {
	{"education", "education (schools, colleges)"}, {"early_years", "early years and childcare"},
	{"health", "health"}, {"social_care", "children's social care"},
	{"residential", "residential care"}, {"foster_care", "foster care"},
	{"police", "police"}, {"faith", "faith groups"}, {"sport", "sport and leisure"},
	{"voluntary", "voluntary and community"}, {"transport", "transport"},
	{"other", "other"},
};
static const struct code lado_role[] = {
	{"teacher", "teacher"}, {"teaching_assistant", "teaching assistant"},
	{"support_staff", "support staff"}, {"nursery_worker", "nursery worker"},
	{"childminder", "childminder"}, {"foster_carer", "foster carer"},
	{"residential_worker", "residential care worker"}, {"social_worker", "social worker"},
	{"health_worker", "health worker"}, {"police_officer", "police officer"},
	{"coach", "sports coach"}, {"youth_worker", "youth worker"},
	{"faith_leader", "faith leader"}, {"driver", "driver or escort"},
	{"volunteer", "volunteer"}, {"other", "other"},
};
static const struct code lado_category[] = {
	{"physical", "physical"}, {"sexual", "sexual"}, {"emotional", "emotional"},
	{"neglect", "neglect"},
};
static const struct code lado_threshold[] = {
	{"harmed", "behaved in a way that has harmed, or may have harmed, a child"},
	{"offence", "possibly committed a criminal offence against or related to a child"},
	{"risk", "behaved towards a child in a way that indicates they may pose a risk of harm"},
	{"unsuitable", "behaved in a way that indicates they may not be suitable to work with "
	 "children (transferable risk)"},
};
static const struct code lado_outcome[] = {
	{"substantiated", "substantiated"}, {"malicious", "malicious"}, {"false", "false"},
	{"unsubstantiated", "unsubstantiated"}, {"unfounded", "unfounded"},
};
static const struct code lado_body[] = {
	{"dbs", "Disclosure and Barring Service"}, {"tra", "Teaching Regulation Agency"},
	{"ofsted", "Ofsted"}, {"swe", "Social Work England"}, {"nmc", "Nursing and Midwifery Council"},
	{"gmc", "General Medical Council"}, {"hcpc", "Health and Care Professions Council"},
};
static const struct code lado_meeting_kind[] = {
	{"strategy", "strategy meeting"}, {"evaluation", "evaluation meeting"},
};

/* Quality assurance (migration_qa): the chair's judgement of a conference, on the scale
 * the seeds' inspections use, and who gave feedback on one. */
static const struct code qa_rating[] = {
	{"outstanding", "outstanding"}, {"good", "good"},
	{"requires_improvement", "requires improvement"}, {"inadequate", "inadequate"},
};
static const struct code feedback_respondent[] = {
	{"parent", "a parent or carer"}, {"child", "the child or young person"},
};

/*
 * Children placed in the area by other authorities: the kind of placement, in the groups
 * of the looked-after children return's placement types (SSDA903), in safeguard's words.
 */
static const struct code placement_kind[] = {
	{"foster", "foster care"}, {"connected", "foster care with a relative or friend"},
	{"childrens_home", "children's home"},
	{"supported", "supported accommodation or semi-independent living"},
	{"residential_school", "residential school"}, {"secure", "secure children's home"},
	{"parents", "placed with parents"}, {"adoption", "placed for adoption"},
	{"other", "other placement"},
};

/* ---- Child deaths (issue 11, point 6; domain.md 5, migration_child_deaths): the
 * national CDOP categories of death, the panel's three-way answer on modifiable factors,
 * and the age bands of the child death overview reports (neonatal, the rest of the first
 * year, then as the National Child Mortality Database reports them). ---- */
static const struct code death_expectation[] = {
	{"expected", "expected"},
	{"unexpected", "unexpected"},	/* not anticipated 24 hours before; a collapse */
};
static const struct code cdop_category[] = {
	{"1", "deliberately inflicted injury, abuse or neglect"},
	{"2", "suicide or deliberate self-inflicted harm"},
	{"3", "trauma and other external factors"},
	{"4", "malignancy"},
	{"5", "acute medical or surgical condition"},
	{"6", "chronic medical condition"},
	{"7", "chromosomal, genetic and congenital anomalies"},
	{"8", "perinatal or neonatal event"},
	{"9", "infection"},
	{"10", "sudden unexpected, unexplained death"},
};
static const struct code cdop_modifiable[] = {
	{"yes", "modifiable factors identified"}, {"no", "no modifiable factors identified"},
	{"insufficient", "insufficient information"},
};
static const struct code cdop_age_band[] = {
	{"0-27d", "under 28 days"}, {"28-364d", "28 days to under 1 year"}, {"1-4", "1 to 4"},
	{"5-9", "5 to 9"}, {"10-14", "10 to 14"}, {"15-17", "15 to 17"},
};

/* Training (issue 11, point 5): the levels of the seeds' programmes (seed 004 8.5: basic
 * awareness, foundation and post-foundation courses) and what became of a booking. */
static const struct code training_level[] = {
	{"basic", "basic awareness"}, {"foundation", "foundation"},
	{"post_foundation", "post-foundation"}, {"specialist", "specialist or topic-based"},
};
static const struct code training_status[] = {
	{"booked", "booked"}, {"attended", "attended"}, {"did_not_attend", "did not attend"},
	{"cancelled", "cancelled"},
};

/* Multi-agency case audits (migration_audits): the grades are Ofsted's four, as the
 * partnership's audit tools give them. */
static const struct code audit_status[] = {
	{"planned", "planned"}, {"in_progress", "in progress"}, {"completed", "completed"},
};
static const struct code audit_grade[] = {
	{"outstanding", "outstanding"}, {"good", "good"},
	{"requires_improvement", "requires improvement"}, {"inadequate", "inadequate"},
};
static const struct code review_decision[] = {
	{"cspr", "a child safeguarding practice review"},
	{"no_cspr", "no practice review: the learning taken forward by the rapid review"},
};
/* Self-assessments (migration_self_assessments): the two duties, and the grades the
 * seeds' partnership uses (met or exceeded the standards, and below). */
static const struct code sa_kind[] = {
	{"section_11", "Section 11 (Children Act 2004)"},
	{"section_175", "Section 175 (Education Act 2002)"},
};
static const struct code sa_grade[] = {
	{"exceeded", "exceeded"}, {"met", "met"}, {"partly_met", "partly met"},
	{"not_met", "not met"},
};
static const struct code action_status[] = {
	{"open", "open"}, {"in_progress", "in progress"}, {"completed", "completed"},
	{"withdrawn", "withdrawn"},
};

static const struct code_list lists[] = {
	LIST("sex", "a sex code", sex),
	LIST("ethnicity", "an ethnicity code", ethnicity),
	LIST("disability", "a disability code", disability),
	LIST("upn_unknown", "a UPN-unknown reason", upn_unknown),
	LIST("referral_source", "a referral source code", referral_source),
	LIST("primary_need", "a primary need code", primary_need),
	LIST("closure_reason", "a reason for closure", closure_reason),
	LIST("abuse_category", "a category of abuse", abuse_category),
	LIST("assessment_factor", "an assessment factor", assessment_factor),
	LIST("agency_kind", "an agency kind", agency_kind),
	LIST("team_kind", "a team kind", team_kind),
	LIST("professional_role", "a professional role", professional_role),
	LIST("user_role", "a user role", user_role),
	LIST("relationship_kind", "a relationship", relationship_kind),
	LIST("contact_outcome", "a contact outcome", contact_outcome),
	LIST("strategy_outcome", "a strategy discussion outcome", strategy_outcome),
	LIST("s47_outcome", "a section 47 outcome", s47_outcome),
	LIST("conference_kind", "a conference type", conference_kind),
	LIST("conference_decision", "a conference decision", conference_decision),
	LIST("participation", "a participation code", participation),
	LIST("plan_end_reason", "a plan end reason", plan_end_reason),
	LIST("circulated_document", "a document circulated", circulated_document),
	LIST("legal_status", "a legal status", legal_status),
	LIST("lookup_answer", "a health lookup's answer", lookup_answer),
	/* escalations (issue 11) */
	LIST("escalation_category", "an escalation category", escalation_category),
	LIST("escalation_outcome", "an escalation outcome", escalation_outcome),
	/* The LADO (issue 11, point 2) */
	LIST("lado_kind", "a query or a referral", lado_kind),
	LIST("lado_sector", "an employee's sector", lado_sector),
	LIST("lado_role", "an employee's role", lado_role),
	LIST("lado_category", "a category of allegation", lado_category),
	LIST("lado_threshold", "a harm threshold", lado_threshold),
	LIST("lado_outcome", "an allegation's outcome", lado_outcome),
	LIST("lado_body", "a barring service or regulator", lado_body),
	LIST("lado_meeting_kind", "a kind of LADO meeting", lado_meeting_kind),
	/* migration_qa */
	LIST("qa_rating", "a quality rating", qa_rating),
	LIST("feedback_respondent", "a feedback respondent", feedback_respondent),
	/* migration_placed */
	LIST("placement_kind", "a kind of placement", placement_kind),
	/* Child deaths (migration_child_deaths) */
	LIST("death_expectation", "expected or unexpected", death_expectation),
	LIST("cdop_category", "a CDOP category of death", cdop_category),
	LIST("cdop_modifiable", "an answer on modifiable factors", cdop_modifiable),
	LIST("cdop_age_band", "an age band at death", cdop_age_band),
	/* Training (issue 11, point 5) */
	LIST("training_level", "a course level", training_level),
	LIST("training_status", "a booking's status", training_status),
	/* migration_audits */
	LIST("audit_status", "an audit's status", audit_status),
	LIST("audit_grade", "a grade", audit_grade),
	LIST("action_status", "an action's status", action_status),
	LIST("review_decision", "a decision on a practice review", review_decision),
	LIST("sa_kind", "a kind of self-assessment", sa_kind),	/* self-assessments */
	LIST("sa_grade", "a self-assessment grade", sa_grade),
};

const struct code_list *
codes_all(int *n)
{
	*n = (int)(sizeof lists / sizeof lists[0]);
	return lists;
}

const struct code_list *
codes_list(const char *name)
{
	/* As in codes_index: the record layer asks for a column's list with every value. */
	for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
		if (lists[i].name[0] == name[0] && strcmp(lists[i].name, name) == 0)
			return &lists[i];
	return NULL;
}

int
codes_index(const struct code_list *l, const char *code)
{
	/* The first byte decides most comparisons without a call: census validation looks
	 * up a code for every value of every child. */
	for (int i = 0; i < l->n; i++)
		if (l->codes[i].code[0] == code[0] && strcmp(l->codes[i].code, code) == 0)
			return i;
	return -1;
}

const char *
codes_label(const struct code_list *l, const char *code)
{
	int i = codes_index(l, code);
	return i < 0 ? NULL : l->codes[i].label;
}

void
codes_join(const struct code_list *l, char *out, unsigned size)
{
	unsigned len = 0;

	out[0] = '\0';
	for (int i = 0; i < l->n; i++) {
		int w = snprintf(out + len, size - len, "%s%s", i ? ", " : "", l->codes[i].code);
		if (w < 0 || (unsigned)w >= size - len) {
			if (size > 4)
				snprintf(out + size - 4, 4, "...");
			return;
		}
		len += (unsigned)w;
	}
}
