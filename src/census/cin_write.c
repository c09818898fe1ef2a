/*
 * cin_write.c: writes a census return, one child at a time (API in cin_write.h).
 *
 * The output is the department's element tree (domain-cin.md) in the schema's order, each
 * value exactly as the struct holds it, escaped for XML, indented two spaces a level like
 * the department's own example, no namespace. Whatever a struct cin_child holds is
 * written and nothing else: the export decides what a return contains
 * (cin_from_store.c), the reader keeps what a file held, so reading a file and writing it
 * again gives the same return in a canonical layout.
 *
 * The writer owns a fixed 256 KB buffer and hands it to stdio when full, so its memory is
 * the same for ten children or 700,000; text is appended with memcpy rather than printf,
 * because the national return is close to a gigabyte and must be written in seconds.
 */
#include "census/cin_write.h"

#include <string.h>

#include "base/mem.h"

#define WBUF (256u * 1024u)

struct cin_writer {
	FILE *out;
	size_t len;
	uint64_t bytes;
	int failed;
	char buf[WBUF];
};

struct cin_writer *
cin_writer_new(FILE *out)
{
	struct cin_writer *w = xmalloc(sizeof *w);

	w->out = out;
	w->len = 0;
	w->bytes = 0;
	w->failed = 0;
	return w;
}

void
cin_writer_free(struct cin_writer *w)
{
	xfree(w);
}

uint64_t
cin_writer_bytes(const struct cin_writer *w)
{
	return w->bytes + w->len;
}

static void
flush(struct cin_writer *w)
{
	if (w->len && fwrite(w->buf, 1, w->len, w->out) != w->len)
		w->failed = 1;
	w->bytes += w->len;
	w->len = 0;
}

static void
put(struct cin_writer *w, const char *s, size_t n)
{
	if (w->len + n > WBUF) {
		flush(w);
		if (n > WBUF) {
			if (fwrite(s, 1, n, w->out) != n)
				w->failed = 1;
			w->bytes += n;
			return;
		}
	}
	memcpy(w->buf + w->len, s, n);
	w->len += n;
}

static void
put_str(struct cin_writer *w, const char *s)
{
	put(w, s, strlen(s));
}

/* Text content: &, < and > escaped; everything else (UTF-8 included) as it is. */
static void
put_escaped(struct cin_writer *w, const char *s)
{
	const char *p;

	while ((p = strpbrk(s, "&<>")) != NULL) {
		put(w, s, (size_t)(p - s));
		put_str(w, *p == '&' ? "&amp;" : *p == '<' ? "&lt;" : "&gt;");
		s = p + 1;
	}
	put_str(w, s);
}

static const char spaces[] = "                                ";

static void
open_tag(struct cin_writer *w, int depth, const char *name)
{
	put(w, spaces, (size_t)depth * 2);
	put(w, "<", 1);
	put_str(w, name);
	put(w, ">\n", 2);
}

static void
close_tag(struct cin_writer *w, int depth, const char *name)
{
	put(w, spaces, (size_t)depth * 2);
	put(w, "</", 2);
	put_str(w, name);
	put(w, ">\n", 2);
}

static void
leaf(struct cin_writer *w, int depth, const char *name, const char *value)
{
	if (!value)
		return;
	put(w, spaces, (size_t)depth * 2);
	put(w, "<", 1);
	put_str(w, name);
	put(w, ">", 1);
	put_escaped(w, value);
	put(w, "</", 2);
	put_str(w, name);
	put(w, ">\n", 2);
}

void
cin_write_header(struct cin_writer *w, const struct cin_header *h)
{
	put_str(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n");
	open_tag(w, 1, "Header");
	open_tag(w, 2, "CollectionDetails");
	leaf(w, 3, "Collection", h->collection.s);
	leaf(w, 3, "Year", h->year.s);
	leaf(w, 3, "ReferenceDate", h->reference_date.s);
	close_tag(w, 2, "CollectionDetails");
	open_tag(w, 2, "Source");
	leaf(w, 3, "SourceLevel", h->source_level.s);
	leaf(w, 3, "LEA", h->lea.s);
	leaf(w, 3, "SoftwareCode", h->software_code.s);
	leaf(w, 3, "Release", h->release.s);
	leaf(w, 3, "SerialNo", h->serial_no.s);
	leaf(w, 3, "DateTime", h->datetime.s);
	close_tag(w, 2, "Source");
	close_tag(w, 1, "Header");
	open_tag(w, 1, "Children");
}

static void
write_identity(struct cin_writer *w, const struct cin_child *c)
{
	open_tag(w, 3, "ChildIdentifiers");
	leaf(w, 4, "LAchildID", c->la_child_id.s);
	leaf(w, 4, "UPN", c->upn.s);
	leaf(w, 4, "FormerUPN", c->former_upn.s);
	leaf(w, 4, "UPNunknown", c->upn_unknown.s);
	leaf(w, 4, "PersonBirthDate", c->birth.s);
	leaf(w, 4, "ExpectedPersonBirthDate", c->expected_birth.s);
	leaf(w, 4, "Sex", c->sex.s);
	leaf(w, 4, "GenderCurrent", c->gender_current.s);
	leaf(w, 4, "PersonDeathDate", c->death.s);
	close_tag(w, 3, "ChildIdentifiers");
	open_tag(w, 3, "ChildCharacteristics");
	leaf(w, 4, "Ethnicity", c->ethnicity.s);
	if (c->has_disabilities) {
		open_tag(w, 4, "Disabilities");
		for (int i = 0; i < c->ndisabilities; i++)
			leaf(w, 5, "Disability", c->disabilities[i].s);
		close_tag(w, 4, "Disabilities");
	}
	close_tag(w, 3, "ChildCharacteristics");
}

static void
write_assessment(struct cin_writer *w, const struct cin_assessment *a)
{
	open_tag(w, 4, "Assessments");
	leaf(w, 5, "AssessmentActualStartDate", a->start.s);
	leaf(w, 5, "AssessmentInternalReviewDate", a->internal_review.s);
	leaf(w, 5, "AssessmentAuthorisationDate", a->authorised.s);
	if (a->has_factors) {
		open_tag(w, 5, "FactorsIdentifiedAtAssessment");
		for (int i = 0; i < a->nfactors; i++)
			leaf(w, 6, "AssessmentFactors", a->factors[i].s);
		close_tag(w, 5, "FactorsIdentifiedAtAssessment");
	}
	close_tag(w, 4, "Assessments");
}

static void
write_plan(struct cin_writer *w, const struct cin_plan *p)
{
	open_tag(w, 4, "CINPlanDates");
	leaf(w, 5, "CINPlanStartDate", p->start.s);
	leaf(w, 5, "CINPlanEndDate", p->end.s);
	close_tag(w, 4, "CINPlanDates");
}

static void
write_s47(struct cin_writer *w, const struct cin_s47 *s)
{
	open_tag(w, 4, "Section47");
	leaf(w, 5, "S47ActualStartDate", s->start.s);
	leaf(w, 5, "InitialCPCtarget", s->icpc_target.s);
	leaf(w, 5, "DateOfInitialCPC", s->icpc.s);
	leaf(w, 5, "ICPCnotRequired", s->icpc_not_required.s);
	close_tag(w, 4, "Section47");
}

static void
write_cpp(struct cin_writer *w, const struct cin_cpp *p)
{
	open_tag(w, 4, "ChildProtectionPlans");
	leaf(w, 5, "CPPstartDate", p->start.s);
	leaf(w, 5, "CPPendDate", p->end.s);
	leaf(w, 5, "InitialCategoryOfAbuse", p->initial_category.s);
	leaf(w, 5, "LatestCategoryOfAbuse", p->latest_category.s);
	leaf(w, 5, "NumberOfPreviousCPP", p->previous.s);
	if (p->has_reviews) {
		open_tag(w, 5, "Reviews");
		for (int i = 0; i < p->nreviews; i++)
			leaf(w, 6, "CPPreviewDate", p->reviews[i].s);
		close_tag(w, 5, "Reviews");
	}
	close_tag(w, 4, "ChildProtectionPlans");
}

/* CINdetails in the schema's order: ReferralNFA sits between Section47 and the plans. */
static void
write_episode(struct cin_writer *w, const struct cin_episode *e)
{
	open_tag(w, 3, "CINdetails");
	leaf(w, 4, "CINreferralDate", e->referral.s);
	leaf(w, 4, "ReferralSource", e->source.s);
	leaf(w, 4, "PrimaryNeedCode", e->primary_need.s);
	leaf(w, 4, "CINclosureDate", e->closure.s);
	leaf(w, 4, "ReasonForClosure", e->closure_reason.s);
	leaf(w, 4, "DateOfInitialCPC", e->icpc.s);
	for (int i = 0; i < e->nassessments; i++)
		write_assessment(w, &e->assessments[i]);
	for (int i = 0; i < e->nplans; i++)
		write_plan(w, &e->plans[i]);
	for (int i = 0; i < e->ns47s; i++)
		write_s47(w, &e->s47s[i]);
	leaf(w, 4, "ReferralNFA", e->nfa.s);
	for (int i = 0; i < e->ncpps; i++)
		write_cpp(w, &e->cpps[i]);
	close_tag(w, 3, "CINdetails");
}

void
cin_write_child(struct cin_writer *w, const struct cin_child *c)
{
	open_tag(w, 2, "Child");
	write_identity(w, c);
	for (int i = 0; i < c->nepisodes; i++)
		write_episode(w, &c->episodes[i]);
	close_tag(w, 2, "Child");
}

int
cin_writer_finish(struct cin_writer *w)
{
	close_tag(w, 1, "Children");
	close_tag(w, 0, "Message");
	flush(w);
	if (fflush(w->out) != 0)
		w->failed = 1;
	return w->failed ? -1 : 0;
}
