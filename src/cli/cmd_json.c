/*
 * cmd_json.c: safeguard export json and safeguard import json: whole records in and out
 * (json/json.h has the format, json_import.c the checks).
 *
 * An export to a file is written under a temporary name in the same folder, readable
 * by its owner only (it holds children's records), and renamed into place once complete,
 * so a file that exists under its own name is always a whole export. An import opens
 * its file before the store, so that a file that cannot be read touches nothing, and
 * prints every error (the first JSON_MAX_ERRORS) one to a line, then a summary.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/str.h"
#include "cli/commands.h"
#include "json/jread.h"
#include "json/json.h"
#include "records/rec.h"
#include "store/store.h"


static int
export_to_file(const struct cli_args *a, struct store *st, int64_t child, const char *out)
{
	struct buf tmp;
	char err[1200];
	uint64_t bytes = 0;
	int fd, rc;
	FILE *f;

	buf_init(&tmp, 8192);
	buf_printf(&tmp, "%s.XXXXXX", out);
	if (tmp.toobig || (fd = mkstemp(tmp.p)) < 0 || !(f = fdopen(fd, "w"))) {
		rc = cli_fail(a, "cannot write %s: %s (is the folder there and writable?)", out,
		    strerror(errno));
		buf_free(&tmp);
		return rc;
	}
	rc = json_export(st, child, f, &bytes, err, sizeof err);
	if (fsync(fileno(f)) != 0 && rc == 0)
		rc = -1, snprintf(err, sizeof err, "cannot write %s: %s", out, strerror(errno));
	if (fclose(f) != 0 && rc == 0)
		rc = -1, snprintf(err, sizeof err, "cannot write %s: %s", out, strerror(errno));
	if (rc == 0 && rename(tmp.p, out) != 0)
		rc = -1, snprintf(err, sizeof err, "cannot write %s: %s", out, strerror(errno));
	if (rc < 0)
		unlink(tmp.p);
	buf_free(&tmp);
	if (rc < 0)
		return cli_fail(a, "%s", err);
	printf("exported %s to %s (%llu bytes)\n", child ? "one child's record" : "the store",
	    out, (unsigned long long)bytes);
	return CLI_OK;
}

/* The audit entry of the export, written before a byte of it (cli_audit says why). */
static int
record_export(const struct cli_args *a, struct store *st, int64_t child, const char *out)
{
	struct buf what;
	int rc;

	buf_init(&what, 8192);
	if (child)
		buf_printf(&what, "the record of child %lld as JSON", (long long)child);
	else
		buf_adds(&what, "the whole store as JSON");
	buf_printf(&what, ", to %s", out ? out : "the standard output");
	rc = cli_audit(a, st, "export", child ? "children" : NULL, child, child, buf_str(&what));
	buf_free(&what);
	return rc;
}

int
cmd_export_json(const struct cli_args *a)
{
	const char *child = cli_value(a, "--child"), *out = cli_value(a, "--out");
	struct store *st = cli_open_store(a, 0);
	char err[1200];
	uint64_t bytes;
	int64_t id = 0;
	int rc = CLI_OK;

	if (!st)
		return CLI_BAD;
	if (child && !cli_child(a, st, "--child", child, &id))
		rc = CLI_BAD;
	else if (record_export(a, st, id, out) != CLI_OK)
		rc = CLI_BAD;
	else if (out)
		rc = export_to_file(a, st, id, out);
	else if (json_export(st, id, stdout, &bytes, err, sizeof err) < 0)
		rc = cli_fail(a, "%s", err);
	store_close(st);
	return rc;
}

/* Opens the file to import, refusing what cannot be one: -1 after saying why. */
static int
open_input(const struct cli_args *a, const char *path)
{
	struct stat sb;
	int fd;

	if (strcmp(path, "-") == 0)
		return 0;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
		cli_fail(a, "cannot open %s: %s", path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		cli_fail(a, "%s is a folder, not a file (give the export file itself)", path);
		close(fd);
		return -1;
	}
	return fd;
}

static void
print_created(const char *name, const struct json_result *res, int check)
{
	int n;
	const struct table *t = records_tables(&n);
	long created = 0, unchanged = 0;

	for (int i = 0; i < n; i++) {
		created += res->created[i];
		unchanged += res->unchanged[i];
	}
	if (created == 0 && unchanged == 0) {
		printf("%s holds no records: nothing to import\n", name);
		return;
	}
	if (created == 0) {
		printf("%s: nothing to import: all %ld records are in the store already, "
		    "unchanged\n", name, unchanged);
		return;
	}
	printf("%s %s: %ld record%s %s", check ? "checked" : "imported", name, created,
	    created == 1 ? "" : "s", check ? "to create" : "created");
	if (unchanged)
		printf(", %ld already in the store, unchanged", unchanged);
	printf("\n");
	for (int i = 0; i < n; i++) {
		if (!res->created[i] && !res->unchanged[i])
			continue;
		printf("  %-24s %9ld", t[i].name, res->created[i]);
		if (res->unchanged[i])
			printf(" (and %ld unchanged)", res->unchanged[i]);
		printf("\n");
	}
	if (check)
		printf("nothing was written (--check)\n");
}

int
cmd_import_json(const struct cli_args *a)
{
	const char *path = a->pos[0], *name = strcmp(path, "-") == 0 ? "(standard input)" : path;
	struct rec_actor who;
	struct json_result res;
	struct store *st;
	struct jr r;
	int fd = open_input(a, path), rc;

	if (fd < 0)
		return CLI_BAD;
	if (!(st = cli_open_store(a, 0))) {
		if (fd > 0)
			close(fd);
		return CLI_BAD;
	}
	jr_init_fd(&r, fd, NULL);
	cli_actor(a, &who);
	rc = json_import(st, &who, &r, name, cli_flag(a, "--check"), &res);
	for (int i = 0; i < res.nkept; i++)
		fprintf(stderr, "%s\n", res.errors[i]);
	if (res.nerrors > res.nkept)
		fprintf(stderr, "... and %ld more errors\n", res.nerrors - res.nkept);
	if (rc < 0)
		cli_fail(a, "%s: %ld error%s; nothing was imported (the store is unchanged)", name,
		    res.nerrors, res.nerrors == 1 ? "" : "s");
	else
		print_created(name, &res, cli_flag(a, "--check"));
	json_result_free(&res);
	jr_free(&r);
	if (fd > 0)
		close(fd);
	store_close(st);
	return rc < 0 ? CLI_BAD : CLI_OK;
}
