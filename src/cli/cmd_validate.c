/*
 * cmd_validate.c: `safeguard validate cin`, the Department for Education's business rules
 * for the Children in Need census (census/rules.h) over a return:
 *
 *   validate cin FILE.xml              a return file, read as a stream one child at a time
 *   validate cin --store --year 2025-26   the return the store would export for a year,
 *                                      before it is exported, naming the records to fix
 *   validate cin --store --child ID    one child (LAchildID, or store id), for the census
 *                                      year given by --year or else the one running today
 *
 * A census year not over yet is judged as it stands today ($SAFEGUARD_TODAY stands in for
 * it): what grows old by the reference date (an assessment still open, a section 47 waiting
 * for its conference) is measured to today, not to a 31 March still to come.
 *
 * Output is text grouped by child, or --json, or --csv (validate_out.c). Exit status 0
 * when no rule is broken, 1 when some are (errors or queries), 2 when the file cannot be
 * read or the command is wrong; nothing is ever written to the store.
 */
#include <stdio.h>
#include <string.h>

#include "base/str.h"
#include "census/cin_export.h"
#include "census/cin_read.h"
#include "census/cin_store.h"
#include "census/rules.h"
#include "cli/commands.h"
#include "cli/today.h"
#include "cli/validate_out.h"
#include "store/store.h"

/* The census year that today falls in: the one whose records are being entered now. */
static int
census_year_of(cal_date today)
{
	int y, m, d;

	cal_to_ymd(today, &y, &m, &d);
	return m >= 4 ? y + 1 : y;
}

static int
exit_status(const struct vout *o)
{
	return o->nfindings ? CLI_FINDINGS : CLI_OK;
}

static int
validate_file(const struct cli_args *a, const char *path, enum vout_format fmt)
{
	struct cin_reader *r = cin_reader_open_file(path);
	const struct cin_header *h;
	const struct cin_child *c;
	struct cin_check *check;
	struct cin_year y;
	struct vout o;
	int rc;

	if (cin_read_header(r, &h) < 0) {
		cli_fail(a, "%s: %s", path, cin_reader_error(r));
		cin_reader_close(r);
		return CLI_BAD;
	}
	vout_begin(&o, stdout, fmt, path, 0);
	check = cin_check_new(h, vout_finding, &o);
	if (cin_check_year(check, &y) && (y.end_year < 2025 || y.end_year > 2026)) {
		char label[8];

		cin_year_label(&y, label);
		fprintf(stderr, "safeguard validate cin: note: %s is a %s return; these are the "
		    "rules of 2024-25 and 2025-26, so rules that did not yet apply (Sex, 1570, "
		    "1580 ...) may report what was then correct\n", path, label);
	}
	while ((rc = cin_read_child(r, &c)) > 0) {
		vout_next_child(&o);
		cin_check_child(check, c);
	}
	if (rc < 0) {
		vout_abort(&o, cin_reader_error(r));
		cli_fail(a, "%s: %s (the file was checked only up to there)", path,
		    cin_reader_error(r));
		rc = CLI_BAD;
	} else {
		cin_check_finish(check);
		vout_end(&o, cin_check_year(check, &y) ? &y : NULL, cin_check_children(check));
		rc = exit_status(&o);
	}
	cin_check_free(check);
	vout_free(&o);
	cin_reader_close(r);
	return rc;
}


struct store_check {
	struct cin_check *check;
	struct vout *o;
};

static void
check_one(void *p, const struct cin_child *c)
{
	struct store_check *x = p;

	vout_next_child(x->o);
	cin_check_child(x->check, c);
}

/* Checks the store's return for year y (the one child child_id, if given), a year not
 * over yet as it stands today; read a slice at a time, as the export reads it. */
static int
check_store(const struct cli_args *a, struct store *st, int64_t child_id,
    const struct cin_year *y, cal_date today, enum vout_format fmt)
{
	struct store_check x;
	struct vout o;
	int rc;

	vout_begin(&o, stdout, fmt, "the store", 1);
	x.check = cin_check_new_year(y->end_year, vout_finding, &o);
	x.o = &o;
	cin_check_as_of(x.check, today);
	if (cin_store_each(st, y, child_id, check_one, &x) < 0) {
		vout_abort(&o, store_error(st));
		rc = cli_fail(a, "%s", store_error(st));
	} else {
		if (!child_id)	/* one child is not a return: the return-level rules wait */
			cin_check_finish(x.check);
		if (!child_id && !cin_check_children(x.check)) {
			char label[8];
			cin_year_label(y, label);
			fprintf(stderr, "safeguard validate cin: no child of the store is in the %s "
			    "return (no episode open in that year): is the year right?\n", label);
		}
		else if (!cin_check_children(x.check))
			fprintf(stderr, "safeguard validate cin: the child has no episode in the "
			    "return for that year, so no rule applies\n");
		vout_end(&o, y, cin_check_children(x.check));
		rc = exit_status(&o);
	}
	cin_check_free(x.check);
	vout_free(&o);
	return rc;
}

static int
validate_store(const struct cli_args *a, enum vout_format fmt)
{
	const char *year = cli_value(a, "--year"), *child = cli_value(a, "--child");
	struct cin_year y;
	struct store *st;
	int64_t child_id = 0;
	cal_date today;
	int rc = CLI_BAD;

	if (a->npos)
		return cli_fail(a, "give either a FILE or --store, not both");
	if (!year && !child)
		return cli_fail(a, "--store needs the census year, e.g. --year 2025-26 (or --child "
		    "ID for one child)");
	if (year && !cin_year_parse(year, &y))
		return cli_fail(a, "--year: \"%s\" is not a census year (write it as 2025-26)", year);
	if (!cli_today(a, &today))
		return CLI_BAD;
	if (!year)
		y = cin_year_of(census_year_of(today));
	if (!(st = cli_open_store(a, 0)))
		return CLI_BAD;
	if (!child || cli_child(a, st, "--child", child, &child_id))
		rc = check_store(a, st, child_id, &y, today, fmt);
	store_close(st);
	return rc;
}

int
cmd_validate_cin(const struct cli_args *a)
{
	enum vout_format fmt = VOUT_TEXT;

	if (cli_flag(a, "--json") && cli_flag(a, "--csv"))
		return cli_fail(a, "choose one of --json and --csv");
	if (cli_flag(a, "--json"))
		fmt = VOUT_JSON;
	else if (cli_flag(a, "--csv"))
		fmt = VOUT_CSV;
	if (cli_flag(a, "--store"))
		return validate_store(a, fmt);
	if (cli_value(a, "--year") || cli_value(a, "--child"))
		return cli_fail(a, "--year and --child go with --store; a file's own header gives "
		    "its year");
	if (a->npos != 1)
		return cli_fail(a, "give the return to check (FILE.xml), or --store --year "
		    "2025-26 to check the store");
	return validate_file(a, a->pos[0], fmt);
}
