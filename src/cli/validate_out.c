/*
 * validate_out.c: the three outputs of `safeguard validate cin`, written as the findings
 * stream in, so that a national return is reported without holding it:
 *
 *   text  a heading per child with its findings under it (errors and queries told apart,
 *         each with its code, the line or the store record, and the message), the
 *         return-level findings under "the return", then a count by rule
 *   json  one object: {"source", "findings": [...], "children", "errors", "queries",
 *         "year", "rules": [{"rule", "kind", "count", "what"}]}
 *   csv   rule,kind,child,line,record,message: one row a finding (RFC 4180 quoting)
 *
 * Every value from the file passes through the escaping of its output (base/esc.h): JSON
 * strings escape quotes, backslashes and control characters; CSV cells are quoted when
 * they hold a comma, quote or line break; text output replaces control characters, so a crafted
 * file cannot forge lines of the report.
 */
#include "cli/validate_out.h"

#include <string.h>

#include "base/esc.h"
#include "base/mem.h"

static void
text_clean(FILE *f, const char *s)
{
	for (; s && *s; s++)
		fputc((unsigned char)*s < 32 || *s == 127 ? '?' : *s, f);
}

/* A JSON string, "" for none: every value here is a string, never null. */
static void
json_str(FILE *f, const char *s)
{
	esc_json_file(f, s ? s : "");
}

void
vout_begin(struct vout *o, FILE *f, enum vout_format fmt, const char *source, int store)
{
	int n;

	cin_rules_all(&n);
	memset(o, 0, sizeof *o);
	o->f = f;
	o->fmt = fmt;
	o->store = store;
	o->grouped = 0;
	o->count = xcalloc((size_t)n, sizeof *o->count);
	if (fmt == VOUT_JSON) {
		fputs("{\"source\": ", f);
		json_str(f, source);
		fputs(", \"findings\": [", f);
	} else if (fmt == VOUT_CSV) {
		fputs("rule,kind,child,line,record,message\n", f);
	}
}

void
vout_next_child(struct vout *o)
{
	o->child++;
}

static const char *
kind_word(const struct cin_rule *r)
{
	return r->kind == CIN_ERROR ? "error" : "query";
}

static void
text_heading(struct vout *o, const struct cin_finding *f)
{
	long group = f->child ? o->child : f->at == CIN_AT_HEADER ? -2 : -1;

	if (o->grouped == group)
		return;
	o->grouped = group;
	fputc('\n', o->f);
	if (!f->child) {
		fputs(group == -2 ? "the header\n" : "the return\n", o->f);
		return;
	}
	fputs("child ", o->f);
	text_clean(o->f, f->child->la_child_id.s ? f->child->la_child_id.s : "(no LAchildID)");
	if (f->child->line > 0)
		fprintf(o->f, " (line %d)\n", f->child->line);
	else
		fprintf(o->f, " (store id %lld)\n", (long long)f->child->id);
}

static void
text_finding(struct vout *o, const struct cin_finding *f, const char *record)
{
	text_heading(o, f);
	fprintf(o->f, "  %s %s", kind_word(f->rule), f->rule->code);
	if (o->store && f->child)
		fprintf(o->f, ", %s", record);
	else if (f->line > 0)
		fprintf(o->f, ", line %d", f->line);
	fputs(": ", o->f);
	text_clean(o->f, f->message);
	fputc('\n', o->f);
}

static void
json_finding(struct vout *o, const struct cin_finding *f, const char *record)
{
	int64_t id;
	const char *table = cin_finding_table(f, &id);

	fprintf(o->f, "%s\n  {\"rule\": \"%s\", \"kind\": \"%s\", \"child\": ",
	    o->nfindings > 1 ? "," : "", f->rule->code, kind_word(f->rule));
	if (f->child && f->child->la_child_id.s)
		json_str(o->f, f->child->la_child_id.s);
	else
		fputs("null", o->f);
	if (f->line > 0)
		fprintf(o->f, ", \"line\": %d", f->line);
	if (o->store && table) {
		fputs(", \"record\": ", o->f);
		json_str(o->f, record);
		fprintf(o->f, ", \"table\": \"%s\", \"id\": %lld", table, (long long)id);
	}
	fputs(", \"message\": ", o->f);
	json_str(o->f, f->message);
	fputc('}', o->f);
}

static void
csv_finding(struct vout *o, const struct cin_finding *f, const char *record)
{
	fprintf(o->f, "%s,%s,", f->rule->code, kind_word(f->rule));
	esc_csv_file(o->f, f->child ? f->child->la_child_id.s : NULL);
	if (f->line > 0)
		fprintf(o->f, ",%d,", f->line);
	else
		fputs(",,", o->f);
	if (o->store && f->child)
		esc_csv_file(o->f, record);
	fputc(',', o->f);
	esc_csv_file(o->f, f->message);
	fputc('\n', o->f);
}

void
vout_finding(void *ctx, const struct cin_finding *f)
{
	struct vout *o = ctx;
	int n;
	const struct cin_rule *all = cin_rules_all(&n);
	char record[160] = "";

	o->nfindings++;
	o->count[f->rule - all]++;
	if (f->rule->kind == CIN_ERROR)
		o->errors++;
	else
		o->queries++;
	if (o->store)
		cin_finding_record(f, record, sizeof record);
	if (o->fmt == VOUT_TEXT)
		text_finding(o, f, record);
	else if (o->fmt == VOUT_JSON)
		json_finding(o, f, record);
	else
		csv_finding(o, f, record);
}

static void
text_end(struct vout *o, const char *year, long children)
{
	int n;
	const struct cin_rule *all = cin_rules_all(&n);

	if (o->nfindings)
		fputc('\n', o->f);
	if (!o->nfindings) {
		fprintf(o->f, "no errors and no queries in %ld %s (%s)\n", children,
		    children == 1 ? "child" : "children", year);
		return;
	}
	fprintf(o->f, "%ld %s and %ld %s in %ld %s (%s):\n", o->errors,
	    o->errors == 1 ? "error" : "errors", o->queries, o->queries == 1 ? "query" :
	    "queries", children, children == 1 ? "child" : "children", year);
	for (int i = 0; i < n; i++)
		if (o->count[i])
			fprintf(o->f, "  %-6s %s %6ld  %s\n", all[i].code, kind_word(&all[i]),
			    o->count[i], all[i].what);
}

static void
json_end(struct vout *o, const struct cin_year *y, long children)
{
	int n, first = 1;
	const struct cin_rule *all = cin_rules_all(&n);
	char label[8];

	fprintf(o->f, "%s], \"children\": %ld, \"errors\": %ld, \"queries\": %ld, \"year\": ",
	    o->nfindings ? "\n" : "", children, o->errors, o->queries);
	if (y) {
		cin_year_label(y, label);
		fprintf(o->f, "\"%s\"", label);
	} else {
		fputs("null", o->f);
	}
	fputs(", \"rules\": [", o->f);
	for (int i = 0; i < n; i++)
		if (o->count[i]) {
			fprintf(o->f, "%s\n  {\"rule\": \"%s\", \"kind\": \"%s\", \"count\": %ld, "
			    "\"what\": ", first ? "" : ",", all[i].code, kind_word(&all[i]), o->count[i]);
			json_str(o->f, all[i].what);
			fputc('}', o->f);
			first = 0;
		}
	fprintf(o->f, "%s]}\n", first ? "" : "\n");
}

void
vout_end(struct vout *o, const struct cin_year *y, long children)
{
	char year[64] = "census year unknown", label[8], ref[11];

	if (y) {
		cin_year_label(y, label);
		cal_format(y->reference, ref);
		snprintf(year, sizeof year, "%s, reference date %s", label, ref);
	}
	if (o->fmt == VOUT_TEXT)
		text_end(o, year, children);
	else if (o->fmt == VOUT_JSON)
		json_end(o, y, children);
}

void
vout_abort(struct vout *o, const char *why)
{
	if (o->fmt != VOUT_JSON)
		return;
	fprintf(o->f, "%s], \"error\": ", o->nfindings ? "\n" : "");
	json_str(o->f, why);
	fputs("}\n", o->f);
}

void
vout_free(struct vout *o)
{
	xfree(o->count);
	o->count = NULL;
}
