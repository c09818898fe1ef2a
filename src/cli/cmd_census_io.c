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
 * nothing, and --check leaves no store behind where there was none. The header's DateTime
 * is now, or SOURCE_DATE_EPOCH when set, the usual way to make an output reproducible.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/str.h"
#include "census/cin_export.h"
#include "census/cin_import.h"
#include "census/cin_store.h"
#include "cli/commands.h"
#include "records/rec.h"
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

/* What a return needs besides the children: the LA number (settings, agencies). */
static const char *const reference_tables[] = {"settings", "agencies", NULL};

struct export {
	const struct cli_args *a;
	struct store *st;
	struct cin_year y;
	struct cin_header h;
	struct cin_counts n;
};

/* Writes the return to f: CLI_OK, or the failure told (store or file). */
static int
write_return(struct export *x, FILE *f)
{
	struct cin_writer *w = cin_writer_new(f);
	int rc, wrc;

	cin_write_header(w, &x->h);
	rc = cin_export_store(x->st, &x->y, w, &x->n);
	wrc = cin_writer_finish(w);
	cin_writer_free(w);
	if (rc < 0)
		return cli_fail(x->a, "%s", store_error(x->st));
	if (wrc < 0)
		return cli_fail(x->a, "cannot write the return: %s", strerror(errno));
	return CLI_OK;
}

static int
export_to(struct export *x)
{
	const char *out = cli_value(x->a, "--out");
	char tmp[4096];
	FILE *f;
	int rc, fd;

	if (!out)
		return write_return(x, stdout);
	/* Children's records: readable by the owner only, as every export; on the disk
	 * (fsync) before it takes its name, so that a return under its name is whole. */
	snprintf(tmp, sizeof tmp, "%s.partial", out);
	remove(tmp);
	if ((fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)) < 0 ||
	    !(f = fdopen(fd, "wb"))) {
		rc = cli_fail(x->a, "cannot write %s: %s", tmp, strerror(errno));
		if (fd >= 0)
			close(fd);
		return rc;
	}
	rc = write_return(x, f);
	if (rc == CLI_OK && (fflush(f) != 0 || fsync(fileno(f)) != 0))
		rc = cli_fail(x->a, "cannot write %s: %s", out, strerror(errno));
	if (fclose(f) != 0 && rc == CLI_OK)
		rc = cli_fail(x->a, "cannot write %s: %s", out, strerror(errno));
	if (rc == CLI_OK && rename(tmp, out) != 0)
		rc = cli_fail(x->a, "cannot put the return in place as %s: %s", out,
		    strerror(errno));
	if (rc != CLI_OK)
		remove(tmp);
	return rc;
}

/* The header, and whether there is anything to write: CLI_OK or the reason not. */
static int
prepare(struct export *x, struct cin_pool *hpool, const char *label)
{
	struct area ref;
	char when[20], err[300];
	int rc = CLI_OK, open;

	if (store_load_range(x->st, 0, 0, reference_tables, &ref) < 0)
		return cli_fail(x->a, "%s", store_error(x->st));
	now_text(when);
	if (cin_header_from_store(&ref, &x->y, "safeguard", SAFEGUARD_VERSION, when, hpool,
	    &x->h, err, sizeof err) < 0)
		rc = cli_fail(x->a, "%s", err);
	else if ((open = store_referral_open_in(x->st, x->y.start, x->y.reference)) < 0)
		rc = cli_fail(x->a, "%s", store_error(x->st));
	else if (!open)
		rc = cli_fail(x->a, "no child in the store has an episode open in %s, so there is "
		    "no return to write (a return has at least one child)", label);
	area_free(&ref);
	return rc;
}

/* The audit entry of the export, written before a byte of it (cli_audit says why). */
static int
record_export(struct export *x, const char *label)
{
	const char *out = cli_value(x->a, "--out");
	struct buf what;
	int rc;

	buf_init(&what, 8192);
	buf_printf(&what, "the %s census return, to %s", label, out ? out : "the standard output");
	rc = cli_audit(x->a, x->st, "export", NULL, 0, 0, buf_str(&what));
	buf_free(&what);
	return rc;
}

int
cmd_export_cin(const struct cli_args *a)
{
	struct export x = {a, NULL, {0, 0, 0}, {0}, {0}};
	struct cin_pool *hpool;
	char label[8];
	int rc;

	if (!parse_year(a, &x.y) || !(x.st = cli_open_store(a, 0)))
		return CLI_BAD;
	cin_year_label(&x.y, label);
	if (record_export(&x, label) != CLI_OK) {
		store_close(x.st);
		return CLI_BAD;
	}
	hpool = cin_pool_new();
	/* One read transaction: the whole return is one snapshot while others write. */
	if (store_begin_read(x.st) < 0)
		rc = cli_fail(a, "%s", store_error(x.st));
	else if ((rc = prepare(&x, hpool, label)) == CLI_OK)
		rc = export_to(&x);
	store_rollback(x.st);
	if (rc == CLI_OK) {
		FILE *f = cli_value(a, "--out") ? stdout : stderr;
		fprintf(f, "wrote the %s return of local authority %s to %s:\n", label, x.h.lea.s,
		    cli_value(a, "--out") ? cli_value(a, "--out") : "standard output");
		report_counts(f, &x.n);
	}
	cin_pool_free(hpool);
	store_close(x.st);
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
	struct rec_actor who;
	struct store *st;
	struct buf errors;
	int rc = CLI_BAD, dry_run = cli_flag(a, "--check");
	int existed = store_exists(a->db);

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
	cli_actor(a, &who);
	if (cin_import(st, &who, path, r, &rep, &errors, dry_run) == 0) {
		report_import(path, &rep, dry_run);
		rc = CLI_OK;
	} else {
		cli_fail(a, "%s: nothing was imported, because:\n%s", path, buf_str(&errors));
	}
	buf_free(&errors);
	store_close(st);
	/* A store made only to compare the file with goes again, so that --check or a
	 * refused file leaves nothing behind. */
	if ((dry_run || rc != CLI_OK) && !existed)
		store_remove(a->db);
	cin_reader_close(r);
	return rc;
}
