/*
 * cmd_report.c: safeguard report annual, the partnership's annual report as one HTML file
 * or a PDF (report/annual.h builds it from the figures; the writers print it).
 *
 * The year, the file's kind (from its extension) and the output's name are all checked
 * before the store is opened, so a mistyped command changes nothing and says what to type.
 * The file is written under a temporary name in its folder and renamed into place once
 * whole, as the exports are, so a report that exists is always a complete one; the
 * report is recorded in the audit trail as an export before it is written.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "base/buf.h"
#include "chart/chart.h"
#include "cli/commands.h"
#include "cli/today.h"
#include "report/annual.h"
#include "store/store.h"

enum kind { K_HTML, K_PDF };

static int
ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n > m && strcasecmp(s + n - m, suffix) == 0;
}

/* The folder out is to be written in can take a new file: known before anything is done. */
static int
folder_writable(const struct cli_args *a, const char *out)
{
	const char *slash = strrchr(out, '/');
	struct buf dir;
	buf_init(&dir, 8192);
	if (!slash)
		buf_adds(&dir, ".");
	else
		buf_add(&dir, out, slash == out ? 1 : (size_t)(slash - out));
	int ok = !dir.toobig && access(buf_str(&dir), W_OK | X_OK) == 0;
	if (!ok)
		cli_fail(a, "--out: cannot write %s: %s (is the folder there and writable?)", out,
		    strerror(errno));
	buf_free(&dir);
	return ok;
}

static int
parse_args(const struct cli_args *a, int *start, enum kind *kind)
{
	const char *year = cli_value(a, "--year"), *out = cli_value(a, "--out");
	if (!year)
		return cli_fail(a, "say which year with --year, e.g. --year 2025-26 (1 April 2025 "
		    "to 31 March 2026)"), 0;
	if (!annual_year_parse(year, start))
		return cli_fail(a, "--year: \"%s\" is not a year from April to March (use e.g. "
		    "2025-26)", year), 0;
	if (!out || !*out)
		return cli_fail(a, "say where to write the report with --out FILE.html or "
		    "--out FILE.pdf"), 0;
	if (ends_with(out, ".html") || ends_with(out, ".htm"))
		*kind = K_HTML;
	else if (ends_with(out, ".pdf"))
		*kind = K_PDF;
	else
		return cli_fail(a, "--out: \"%s\" ends neither in .html nor in .pdf (the "
		    "report's format is taken from the name: FILE.html or FILE.pdf)", out), 0;
	return folder_writable(a, out);
}

/* Writes the document to out through a temporary file renamed into place. */
static int
write_report(const struct cli_args *a, const struct rep_doc *doc, enum kind kind,
    const char *out)
{
	struct buf tmp;
	char why[200] = "";
	int fd, rc = 0;
	FILE *f;
	buf_init(&tmp, 8192);
	buf_printf(&tmp, "%s.XXXXXX", out);
	if (tmp.toobig || (fd = mkstemp(tmp.p)) < 0 || !(f = fdopen(fd, "w"))) {
		rc = cli_fail(a, "--out: cannot write %s: %s (is the folder there and writable?)",
		    out, strerror(errno));
		buf_free(&tmp);
		return rc;
	}
	if (kind == K_HTML)
		rep_html(doc, f);
	else
		rc = rep_pdf(doc, f, why, sizeof why);
	if (ferror(f) || fflush(f) != 0 || fsync(fileno(f)) != 0)
		rc = -1, snprintf(why, sizeof why, "%s", strerror(errno));
	if (fclose(f) != 0 && rc == 0)
		rc = -1, snprintf(why, sizeof why, "%s", strerror(errno));
	if (rc == 0 && rename(tmp.p, out) != 0)
		rc = -1, snprintf(why, sizeof why, "%s", strerror(errno));
	if (rc < 0)
		unlink(tmp.p);
	buf_free(&tmp);
	return rc < 0 ? cli_fail(a, "--out: cannot write %s: %s", out, why) : CLI_OK;
}

static int
audit(const struct cli_args *a, struct store *st, const char *year, const char *out)
{
	struct buf what;
	buf_init(&what, 8192);
	buf_printf(&what, "the annual report %s, to %s", year, out);
	int rc = cli_audit(a, st, "export", NULL, 0, 0, buf_str(&what));
	buf_free(&what);
	return rc;
}

static int
load(const struct cli_args *a, struct store *st, struct area *ar)
{
	if (store_load_area(st, 0, ar) < 0)
		return cli_fail(a, "%s", store_error(st));
	return CLI_OK;
}

int
cmd_report_annual(const struct cli_args *a)
{
	const char *out = cli_value(a, "--out"), *year = cli_value(a, "--year");
	struct rep_doc doc;
	struct store *st;
	struct area ar;
	cal_date today;
	enum kind kind;
	int start, rc;
	if (!parse_args(a, &start, &kind) || !cli_today(a, &today) ||
	    !(st = cli_open_store(a, 0)))
		return CLI_BAD;
	if (audit(a, st, year, out) != CLI_OK || load(a, st, &ar) != CLI_OK) {
		store_close(st);
		return CLI_BAD;
	}
	store_close(st);
	if (annual_report(&ar, start, today, &doc) < 0)
		rc = cli_fail(a, "a figure could not be computed (out of memory?)");
	else
		rc = write_report(a, &doc, kind, out);
	if (rc == CLI_OK)
		printf("wrote the annual report %s to %s\n", year, out);
	rep_doc_free(&doc);
	area_free(&ar);
	if (kind == K_PDF)
		chart_cairo_done();
	return rc;
}
