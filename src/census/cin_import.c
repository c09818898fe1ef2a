/*
 * cin_import.c: a census return from another system, loaded into the store (cin_import.h).
 *
 * A council moving to safeguard brings its history as the returns it sent the department.
 * The file is read one child at a time (cin_read.c); each child is checked against what
 * the store can hold (cin_import_check.c) and written, matched to the records the store
 * already has (cin_import_write.c, which states the matching rule). All of it happens in
 * one transaction, begun before the first write and committed only when the last child
 * has been read without a problem: a file with any error, or one cut short, changes
 * nothing, however far the reading got.
 *
 * The header must say which return this is: Collection CIN, a Year this binary reads
 * (CIN_FIRST_READ_YEAR to CIN_LAST_READ_YEAR, older returns carrying GenderCurrent), the
 * ReferenceDate 31 March of that year (rule 100; without a Year, which the schema makes
 * optional, a 31 March ReferenceDate alone names the year), and a three-digit LEA, which
 * becomes the store's area.la_code when it has none and must match it when it has one: a
 * return is one local authority's.
 *
 * To match children, the store's area is read once at the start and indexed by local id;
 * the next id of each table is its largest plus one, so records are written with their ids
 * known, without a query per insert.
 */
#include "census/cin_import_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/mem.h"
#include "census/cin_store.h"
#include "records/rec.h"

static const char *const spec_tables[K_NSPECS] = {
	[K_CHILD] = "children", [K_REFERRAL] = "referrals", [K_ASSESSMENT] = "assessments",
	[K_CIN_PLAN] = "cin_plans", [K_S47] = "s47_enquiries", [K_CONFERENCE] = "conferences",
	[K_CP_PLAN] = "cp_plans", [K_SETTING] = "settings",
};

/* In the order of the CH_, RF_ ... enums of cin_import_int.h. */
static const char *const spec_cols[K_NSPECS][16] = {
	[K_CHILD] = {"id", "la_child_id", "birth_date", "expected_birth_date", "sex",
	    "ethnicity", "disabilities", "upn", "former_upn", "upn_unknown", "death_date"},
	[K_REFERRAL] = {"id", "child_id", "received_date", "source", "primary_need", "nfa",
	    "closure_date", "closure_reason", "decision_date", "nfa_authorised_date"},
	[K_ASSESSMENT] = {"id", "child_id", "referral_id", "start_date", "internal_review_date",
	    "authorised_date", "factors"},
	[K_CIN_PLAN] = {"id", "child_id", "referral_id", "start_date", "end_date"},
	[K_S47] = {"id", "child_id", "referral_id", "start_date", "icpc_target_date",
	    "completed_date", "icpc_not_required"},
	[K_CONFERENCE] = {"id", "child_id", "referral_id", "kind", "s47_id", "plan_id",
	    "scheduled_date", "held_date"},
	[K_CP_PLAN] = {"id", "child_id", "referral_id", "start_conference_id", "start_date",
	    "initial_category", "latest_category", "previous_plans", "end_date",
	    "end_authorised_date"},
	[K_SETTING] = {"id", "key", "value", "effective_from"},
};

static const char *const kind_names[CIN_NKINDS] = {
	"children", "episodes (referrals)", "assessments", "child in need plans",
	"section 47 enquiries", "child protection plans", "conferences",
};

const char *
cin_kind_name(enum cin_kind_of_record k)
{
	return kind_names[k];
}

void
cin_imp_error(struct imp *im, int line, const char *fmt, ...)
{
	va_list ap;

	im->child_errors++;
	if (++im->nerrors > CIN_IMPORT_MAX_ERRORS)
		return;
	if (line > 0)
		buf_printf(im->errors, "line %d: ", line);
	if (im->child && im->child->la_child_id.s)
		buf_printf(im->errors, "child %s: ", im->child->la_child_id.s);
	va_start(ap, fmt);
	buf_vprintf(im->errors, fmt, ap);
	va_end(ap);
	buf_addc(im->errors, '\n');
}

int
cin_imp_bool(const char *s)
{
	if (!s)
		return -1;
	if (strcmp(s, "1") == 0 || strcasecmp(s, "true") == 0)
		return 1;
	if (strcmp(s, "0") == 0 || strcasecmp(s, "false") == 0)
		return 0;
	return -1;
}

static int
cmp_la(const void *x, const void *y)
{
	const struct m_child *const *p = x, *const *q = y;

	return strcmp((*p)->la_child_id, (*q)->la_child_id);
}

const struct m_child *
cin_imp_find_child(struct imp *im, const char *la_child_id, size_t *index)
{
	size_t lo = 0, hi = im->a.n_children;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(im->by_la[mid]->la_child_id, la_child_id);
		if (c == 0) {
			*index = (size_t)(im->by_la[mid] - im->a.children);
			return im->by_la[mid];
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* What matching needs of the store: the census's tables, and the LA number. */
static const char *const match_tables[] = {"children", "referrals", "assessments",
	"s47_enquiries", "conferences", "cp_plans", "cin_plans", "settings", "agencies", NULL};

static int
setup(struct imp *im)
{
	int64_t first, last;

	if (store_child_ids(im->st, &first, &last) < 0 ||
	    store_load_range(im->st, first, last, match_tables, &im->a) < 0)
		return -1;
	im->by_la = xcalloc(im->a.n_children + 1, sizeof *im->by_la);
	im->seen = xcalloc(im->a.n_children + 1, 1);
	for (size_t i = 0; i < im->a.n_children; i++)
		im->by_la[i] = &im->a.children[i];
	if (im->a.n_children)
		qsort(im->by_la, im->a.n_children, sizeof *im->by_la, cmp_la);
	for (int k = 0; k < K_NSPECS; k++) {
		struct rowspec *s = &im->spec[k];
		s->t = records_table(spec_tables[k]);
		for (int i = 0; i < 16 && spec_cols[k][i]; i++)
			s->idx[i] = records_col_index(s->t, spec_cols[k][i]);
		if ((im->next_id[k] = store_max_id(im->st, s->t)) < 0)
			return -1;
		im->next_id[k]++;
	}
	im->rw = store_rewriter_new(im->st);
	im->rd = store_reader_new(im->st);
	buf_init(&im->text, 1u << 20);
	buf_init(&im->scratch, 1u << 16);
	return 0;
}

static int
three_digits(const char *s)
{
	return s && strlen(s) == 3 && strspn(s, "0123456789") == 3;
}

/* The census year whose reference date the header gives, when it is a 31 March. */
static int
reference_year(const struct cin_header *h, struct cin_year *y)
{
	int yy, m, d;

	if (!h->reference_date.s || h->reference_date.d == CAL_NONE)
		return 0;
	cal_to_ymd(h->reference_date.d, &yy, &m, &d);
	if (m != 3 || d != 31)
		return 0;
	*y = cin_year_of(yy);
	return 1;
}

static void
check_header(struct imp *im, const struct cin_header *h)
{
	struct cin_year first = cin_year_of(CIN_FIRST_READ_YEAR), last = cin_year_of(CIN_LAST_READ_YEAR);
	char a[8], b[8];
	const char *lea;

	if (h->collection.s && strcmp(h->collection.s, "CIN") != 0)
		cin_imp_error(im, h->collection.line, "Collection \"%s\": this is not a Children in "
		    "Need census return (CIN)", h->collection.s);
	if (!h->year.s && reference_year(h, &im->year)) {
		/* Year is optional (XSD 0..1): the ReferenceDate names the year (rule 100). */
	} else if (!h->year.s || strlen(h->year.s) != 4 || !cin_year_parse(h->year.s, &im->year)) {
		cin_imp_error(im, h->year.s ? h->year.line : h->line, "the header's Year is %s%s%s: "
		    "give the year in which the census ends, e.g. 2026 for 2025-26",
		    h->year.s ? "\"" : "missing", h->year.s ? h->year.s : "", h->year.s ? "\"" : "");
		return;
	}
	cin_year_label(&first, a);
	cin_year_label(&last, b);
	if (im->year.end_year < CIN_FIRST_READ_YEAR || im->year.end_year > CIN_LAST_READ_YEAR)
		cin_imp_error(im, h->year.s ? h->year.line : h->reference_date.line, "%s %s: "
		    "safeguard reads the returns of %s to %s", h->year.s ? "Year" : "ReferenceDate",
		    h->year.s ? h->year.s : h->reference_date.s, a, b);
	else if (h->reference_date.d != im->year.reference)
		cin_imp_error(im, h->reference_date.s ? h->reference_date.line : h->line,
		    "ReferenceDate %s is not 31 March %d, the end of the census year of Year %s "
		    "(rule 100)", h->reference_date.s ? h->reference_date.s : "is missing and",
		    im->year.end_year, h->year.s);
	if (!three_digits(h->lea.s)) {
		cin_imp_error(im, h->lea.s ? h->lea.line : h->line, "the header's LEA is %s: give "
		    "the local authority's three-digit DfE number", h->lea.s ? h->lea.s : "missing");
		return;
	}
	memcpy(im->rep->lea, h->lea.s, 4);
	lea = cin_area_la_code(&im->a, im->year.reference);
	if (lea && strcmp(lea, h->lea.s) != 0)
		cin_imp_error(im, h->lea.line, "this return is local authority %s's, and the store "
		    "holds local authority %s's records: import it into that authority's store",
		    h->lea.s, lea);
}

/* The store takes its LA number from the return when it has none. */
static void
set_la_code(struct imp *im)
{
	const struct rowspec *s = &im->spec[K_SETTING];
	struct field row[MAX_COLS];
	struct rec_errors e;
	char from[11];

	if (cin_area_la_code(&im->a, im->year.reference))
		return;
	memset(row, 0, sizeof row);
	cal_format(im->year.start, from);
	row[s->idx[ST_ID]] = (struct field){1, im->next_id[K_SETTING]++, NULL};
	row[s->idx[ST_KEY]] = (struct field){1, 0, "area.la_code"};
	row[s->idx[ST_VALUE]] = (struct field){1, 0, im->rep->lea};
	row[s->idx[ST_FROM]] = (struct field){1, 0, from};
	rec_errors_clear(&e);
	if (rec_write_as(im->st, im->who, s->t, row, NULL, REC_REFS_CHECKED | REC_NO_CREATE_ENTRY,
	    &e) < 0)
		cin_imp_error(im, 0, "the store's LA number cannot be set to %s: %s", im->rep->lea,
		    e.n ? e.v[0].message : store_error(im->st));
	im->rep->la_code_set = 1;
}

/* The table each kind of record is written to, for the import's audit entry. */
static const char *const kind_tables[CIN_NKINDS] = {
	"children", "referrals", "assessments", "cin_plans", "s47_enquiries", "cp_plans",
	"conferences",
};

/* {"created": {"children": 3, ...}, "updated": ..., "unchanged": ...}, kinds with none
 * left out; the LA number a setting created. */
static void
audit_detail(const struct imp *im, struct buf *b)
{
	static const char *const what[3] = {"created", "updated", "unchanged"};

	buf_addc(b, '{');
	for (int w = 0; w < 3; w++) {
		int n = 0;
		buf_printf(b, "%s\"%s\": {", w ? ", " : "", what[w]);
		for (int k = 0; k < CIN_NKINDS; k++) {
			const struct cin_tally *t = &im->rep->tally[k];
			long v = w == 0 ? t->created : w == 1 ? t->updated : t->unchanged;
			if (v)
				buf_printf(b, "%s\"%s\": %ld", n++ ? ", " : "", kind_tables[k], v);
		}
		if (w == 0 && im->rep->la_code_set)
			buf_printf(b, "%s\"settings\": 1", n ? ", " : "");
		buf_addc(b, '}');
	}
	buf_addc(b, '}');
}

/* The import's one entry (each record changed has had its own), inside its transaction. */
static void
audit_import(struct imp *im)
{
	struct buf detail;

	buf_init(&detail, 1u << 14);
	audit_detail(im, &detail);
	if (rec_audit(im->st, im->who, "import", im->name, buf_str(&detail)) < 0)
		cin_imp_error(im, 0, "the audit trail could not be written, so nothing was "
		    "imported: %s", store_error(im->st));
	buf_free(&detail);
}

static void
import_child(struct imp *im, const struct cin_child *c)
{
	size_t index;

	im->child = c;
	im->child_errors = 0;
	cin_imp_check_child(im, c);
	if (c->la_child_id.s && cin_imp_find_child(im, c->la_child_id.s, &index)) {
		if (im->seen[index])
			cin_imp_error(im, c->la_child_id.line, "LAchildID %s is given to more than one "
			    "child in this file: each child's id is unique", c->la_child_id.s);
		im->seen[index] = 1;
	}
	/* Once anything is wrong nothing will be kept: check the rest, write no more. */
	if (!im->nerrors && !im->store_failed)
		cin_imp_write_child(im, c);
	im->child = NULL;
}

static void
teardown(struct imp *im)
{
	store_rewriter_free(im->rw);
	store_reader_free(im->rd);
	buf_free(&im->text);
	buf_free(&im->scratch);
	xfree(im->used.flags);
	xfree(im->by_la);
	xfree(im->seen);
	area_free(&im->a);
}

static void
read_children(struct imp *im, struct cin_reader *r)
{
	const struct cin_child *c;
	int rc = 0;

	while (im->nerrors < CIN_IMPORT_MAX_ERRORS && !im->store_failed &&
	    (rc = cin_read_child(r, &c)) > 0)
		import_child(im, c);
	if (im->nerrors >= CIN_IMPORT_MAX_ERRORS)
		buf_printf(im->errors, "(stopped after %d problems)\n", CIN_IMPORT_MAX_ERRORS);
	else if (!im->store_failed && rc < 0)
		cin_imp_error(im, 0, "%s", cin_reader_error(r));
}

/* Reads and writes everything inside the transaction; 0 when it may be committed. */
static int
import_all(struct imp *im, const struct cin_header *h, struct cin_reader *r)
{
	if (setup(im) < 0)
		im->store_failed = 1;
	else
		check_header(im, h);
	im->rep->year = im->year;
	if (!im->nerrors && !im->store_failed)
		read_children(im, r);
	if (!im->nerrors && !im->store_failed)
		set_la_code(im);
	if (!im->nerrors && !im->store_failed)
		audit_import(im);
	im->rep->bytes = cin_reader_bytes(r);
	if (im->store_failed)
		cin_imp_error(im, 0, "%s", store_error(im->st));
	return im->nerrors ? -1 : 0;
}

int
cin_import(struct store *st, const struct rec_actor *who, const char *name,
    struct cin_reader *r, struct cin_import_report *rep, struct buf *errors, int dry_run)
{
	struct imp im;
	const struct cin_header *h;
	int journal, rc = -1;

	memset(&im, 0, sizeof im);
	memset(rep, 0, sizeof *rep);
	im.st = st;
	im.who = who;
	im.name = name;
	im.rep = rep;
	im.errors = errors;
	if (cin_read_header(r, &h) < 0) {
		cin_imp_error(&im, 0, "%s", cin_reader_error(r));
		return -1;
	}
	store_cache_size(st, 512);
	journal = store_large_write_begin(st);
	/* The importer sets every reference itself, to a record it has just written or
	 * matched, so SQLite's own foreign key checks are off for the transaction
	 * (store_import_begin, as for the JSON import). */
	if (store_import_begin(st) < 0) {
		cin_imp_error(&im, 0, "%s", store_error(st));
	} else {
		int ok = import_all(&im, h, r) == 0;
		if (store_import_end(st, ok && !dry_run) < 0)
			cin_imp_error(&im, 0, "%s", store_error(st));
		else if (ok)
			rc = 0;
	}
	if (journal && store_large_write_end(st) < 0 && rc == 0)
		cin_imp_error(&im, 0, "%s (the import itself was committed)", store_error(st));
	teardown(&im);
	return rc;
}
