/*
 * cmd_census_io.c: the census return out of the store and into it.
 *
 *   export cin --year 2025-26 [--out FILE]   the return for a year, from the store
 *   import cin FILE.xml                      a return from another system, into the store
 *
 * An export written to a file goes first to FILE.partial and is renamed into place only
 * once complete, so a failed or interrupted export never leaves something that looks like
 * a return. An import reads the file's header before the store is even opened, and then
 * writes in one transaction (census/cin_import.c): a file that cannot be read changes
 * nothing. The header's DateTime is now, or SOURCE_DATE_EPOCH when set, the usual way to
 * make an output reproducible.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/buf.h"
#include "base/str.h"
#include "census/cin_export.h"
#include "census/cin_import.h"
#include "census/cin_store.h"
#include "cli/commands.h"
#include "store/store.h"

static void
now_text(char out[20])
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	int64_t fixed;
	time_t t = time(NULL);
	struct tm tm;

	if (epoch && str_to_i64(epoch, &fixed) && fixed >= 0)
		t = (time_t)fixed;
	if (epoch ? !gmtime_r(&t, &tm) : !localtime_r(&t, &tm))
		memset(&tm, 0, sizeof tm);
	strftime(out, 20, "%Y-%m-%dT%H:%M:%S", &tm);
}

static int
parse_year(const struct cli_args *a, struct cin_year *y)
{
	const char *text = cli_value(a, "--year");
	char why[200];

	if (!text)
		return cli_fail(a, "say which census year with --year, e.g. --year 2025-26"), 0;
	if (!cin_year_parse(text, y))
		return cli_fail(a, "--year: \"%s\" is not a census year (use e.g. 2025-26)",
		    text), 0;
	if (!cin_export_year_ok(y, why, sizeof why))
		return cli_fail(a, "--year %s: %s", text, why), 0;
	return 1;
}

static void
report_counts(FILE *f, const struct cin_counts *n)
{
	fprintf(f, "  %ld children, %ld episodes, %ld assessments, %ld child in need plans, "
	    "%ld section 47 enquiries, %ld child protection plans (%ld reviews)\n", n->children,
	    n->episodes, n->assessments, n->plans, n->s47s, n->cpps, n->reviews);
}

/* Writes the return of area a to f; -1 when the file could not be written. */
static int
write_return(const struct area *a, const struct cin_year *y, const struct cin_header *h,
    FILE *f, struct cin_counts *n)
{
	struct cin_writer *w = cin_writer_new(f);
	struct cin_pool *pool = cin_pool_new();
	int rc;

	cin_write_header(w, h);
	cin_export_area(a, y, w, pool, n);
	rc = cin_writer_finish(w);
	cin_writer_free(w);
	cin_pool_free(pool);
	return rc;
}

static int
export_to(const struct cli_args *a, const struct area *area, const struct cin_year *y,
    const struct cin_header *h, struct cin_counts *n)
{
	const char *out = cli_value(a, "--out");
	char tmp[4096];
	FILE *f;

	if (!out)
		return write_return(area, y, h, stdout, n) < 0 ?
		    cli_fail(a, "cannot write the return: %s", strerror(errno)) : CLI_OK;
	snprintf(tmp, sizeof tmp, "%s.partial", out);
	if (!(f = fopen(tmp, "wb")))
		return cli_fail(a, "cannot write %s: %s", tmp, strerror(errno));
	if (write_return(area, y, h, f, n) < 0 || fclose(f) != 0) {
		int e = errno;
		remove(tmp);
		return cli_fail(a, "cannot write %s: %s", out, strerror(e));
	}
	if (rename(tmp, out) != 0) {
		int e = errno;
		remove(tmp);
		return cli_fail(a, "cannot put the return in place as %s: %s", out, strerror(e));
	}
	return CLI_OK;
}

int
cmd_export_cin(const struct cli_args *a)
{
	struct cin_year y;
	struct store *st;
	struct area area;
	struct cin_header h;
	struct cin_pool *hpool;
	struct cin_counts n = {0};
	char when[20], err[300], label[8];
	int rc;

	if (!parse_year(a, &y) || !(st = cli_open_store(a, 0)))
		return CLI_BAD;
	rc = store_load_area(st, 0, &area);
	if (rc < 0) {
		cli_fail(a, "%s", store_error(st));
		store_close(st);
		return CLI_BAD;
	}
	store_close(st);
	now_text(when);
	hpool = cin_pool_new();
	cin_year_label(&y, label);
	if (cin_header_from_store(&area, &y, "safeguard", SAFEGUARD_VERSION, when, hpool, &h,
	    err, sizeof err) < 0)
		rc = cli_fail(a, "%s", err);
	else if (cin_export_count(&area, &y) == 0)
		rc = cli_fail(a, "no child in the store has an episode open in %s, so there is no "
		    "return to write (a return has at least one child)", label);
	else
		rc = export_to(a, &area, &y, &h, &n);
	if (rc == CLI_OK) {
		FILE *f = cli_value(a, "--out") ? stdout : stderr;
		fprintf(f, "wrote the %s return of local authority %s to %s:\n", label, h.lea.s,
		    cli_value(a, "--out") ? cli_value(a, "--out") : "standard output");
		report_counts(f, &n);
	}
	cin_pool_free(hpool);
	area_free(&area);
	return rc;
}

static void
report_import(const char *path, const struct cin_import_report *rep, int dry_run)
{
	char label[8];

	cin_year_label(&rep->year, label);
	printf("%s %s: the %s return of local authority %s\n", dry_run ?
	    "checked (nothing written)" : "imported", path, label, rep->lea);
	for (int k = 0; k < CIN_NKINDS; k++)
		printf("  %-24s %ld created, %ld updated, %ld unchanged\n",
		    cin_kind_name((enum cin_kind_of_record)k), rep->tally[k].created,
		    rep->tally[k].updated, rep->tally[k].unchanged);
	if (rep->la_code_set)
		printf("  the store's local authority number (area.la_code) %s %s\n",
		    dry_run ? "would be" : "is now", rep->lea);
}

int
cmd_import_cin(const struct cli_args *a)
{
	const char *path = a->pos[0];
	struct cin_reader *r = cin_reader_open_file(path);
	const struct cin_header *h;
	struct cin_import_report rep;
	struct store *st;
	struct buf errors;
	int rc = CLI_BAD;

	/* A file that cannot even be started on leaves the store (and its absence) alone. */
	if (cin_read_header(r, &h) < 0) {
		cli_fail(a, "%s: %s; nothing was imported", path, cin_reader_error(r));
		cin_reader_close(r);
		return CLI_BAD;
	}
	if (!(st = cli_open_store(a, 1))) {
		cin_reader_close(r);
		return CLI_BAD;
	}
	buf_init(&errors, 1u << 20);
	if (cin_import(st, r, &rep, &errors, cli_flag(a, "--check")) == 0) {
		report_import(path, &rep, cli_flag(a, "--check"));
		rc = CLI_OK;
	} else {
		cli_fail(a, "%s: nothing was imported, because:\n%s", path, buf_str(&errors));
	}
	buf_free(&errors);
	store_close(st);
	cin_reader_close(r);
	return rc;
}
