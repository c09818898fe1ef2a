/*
 * cmd_annex.c: export annex-a --as-of DATE --out DIR, Ofsted's Annex A lists (annex/) as
 * CSV files in a folder.
 *
 * Everything that can be wrong is found before a byte is written: the date, the folder
 * (there, a folder, writable), and that none of the files would land on the store or a
 * file SQLite keeps beside it. The export is audited before it begins, as every export.
 * Each list goes first to NAME.partial, readable by its owner only, and is renamed into
 * place once all seven are written whole, so a failed export leaves no list that looks
 * complete; files of an earlier export in the folder are replaced.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "annex/annex.h"
#include "base/buf.h"
#include "cli/commands.h"
#include "cli/today.h"
#include "store/store.h"

#define ANNEX_MAX (256u << 20)	/* a list of a national year stays well below */

static void
path_of(struct buf *p, const char *dir, const char *file, const char *suffix)
{
	buf_reset(p);
	buf_printf(p, "%s/%s%s", dir, file, suffix);
}

/* The folder is there, is a folder, can be written, and holds no part of the store. */
static int
check_dir(const struct cli_args *a, const char *dir)
{
	const struct annex_list *l = annex_lists();
	struct stat sb;
	struct buf p;
	int rc = CLI_OK;

	if (!dir)
		return cli_fail(a, "say where to write the lists with --out DIR (a folder)");
	if (stat(dir, &sb) != 0)
		return cli_fail(a, "--out: %s: %s (give a folder that exists)", dir,
		    strerror(errno));
	if (!S_ISDIR(sb.st_mode))
		return cli_fail(a, "--out: %s is not a folder (give the folder the lists go in)",
		    dir);
	if (access(dir, W_OK | X_OK) != 0)
		return cli_fail(a, "--out: the folder %s cannot be written to (%s)", dir,
		    strerror(errno));
	buf_init(&p, 8192);
	for (int i = 0; rc == CLI_OK && i < ANNEX_NLISTS; i++) {
		path_of(&p, dir, l[i].file, "");
		if (p.toobig)
			rc = cli_fail(a, "--out: the folder's name is too long");
		else if (store_file_is_part(a->db, buf_str(&p)))
			rc = cli_fail(a, "--out: %s is the store %s, or a part of it; writing "
			    "there would destroy records (give another folder)", buf_str(&p),
			    a->db);
	}
	buf_free(&p);
	return rc;
}

static int
write_one(const char *path, const struct buf *b)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	size_t off = 0;
	ssize_t n;

	if (fd < 0)
		return -1;
	while (off < b->len && (n = write(fd, b->p + off, b->len - off)) > 0)
		off += (size_t)n;
	if (off < b->len || fsync(fd) != 0) {
		close(fd);
		return -1;
	}
	return close(fd);
}

/* Every list to its .partial, then each into place: CLI_OK or the failure told. */
static int
write_all(const struct cli_args *a, const char *dir, const struct annex_out *o)
{
	const struct annex_list *l = annex_lists();
	struct buf p, q;
	int rc = CLI_OK, i;

	buf_init(&p, 8192);
	buf_init(&q, 8192);
	for (i = 0; rc == CLI_OK && i < ANNEX_NLISTS; i++) {
		path_of(&p, dir, l[i].file, ".partial");
		remove(buf_str(&p));
		if (write_one(buf_str(&p), &o->csv[i]) != 0)
			rc = cli_fail(a, "cannot write %s: %s", buf_str(&p), strerror(errno));
	}
	for (i = 0; rc == CLI_OK && i < ANNEX_NLISTS; i++) {
		path_of(&p, dir, l[i].file, ".partial");
		path_of(&q, dir, l[i].file, "");
		if (rename(buf_str(&p), buf_str(&q)) != 0)
			rc = cli_fail(a, "cannot put %s in place: %s", buf_str(&q), strerror(errno));
	}
	for (i = 0; rc != CLI_OK && i < ANNEX_NLISTS; i++) {
		path_of(&p, dir, l[i].file, ".partial");
		remove(buf_str(&p));
	}
	buf_free(&p);
	buf_free(&q);
	return rc;
}

static void
report(const char *dir, cal_date as_of, const struct annex_out *o)
{
	const struct annex_list *l = annex_lists();
	char d[11];

	cal_format(as_of, d);
	printf("Annex A lists as of %s in %s:\n", d, dir);
	for (int i = 0; i < ANNEX_NLISTS; i++)
		printf("  %-28s list %d, %s: %ld rows\n", l[i].file, l[i].number, l[i].title,
		    o->rows[i]);
}

static int
export(const struct cli_args *a, struct store *st, const char *dir, cal_date as_of)
{
	struct annex_out o;
	struct area area;
	struct buf what;
	char d[11];
	int rc;

	cal_format(as_of, d);
	buf_init(&what, 8192);
	buf_printf(&what, "annex-a as of %s to %s", d, dir);
	rc = cli_audit(a, st, "export", NULL, 0, 0, buf_str(&what));
	buf_free(&what);
	if (rc != CLI_OK)
		return rc;
	if (store_load_area(st, 0, &area) < 0)
		return cli_fail(a, "%s", store_error(st));
	rc = annex_build(&area, as_of, NULL, NULL, ANNEX_MAX, &o);
	area_free(&area);
	if (rc < 0)
		return cli_fail(a, "a list would be larger than %u MB", ANNEX_MAX >> 20);
	rc = write_all(a, dir, &o);
	if (rc == CLI_OK)
		report(dir, as_of, &o);
	annex_out_free(&o);
	return rc;
}

int
cmd_export_annex(const struct cli_args *a)
{
	const char *dir = cli_value(a, "--out");
	struct store *st;
	cal_date as_of;
	int rc;

	if (!cli_as_of(a, &as_of))
		return CLI_BAD;
	if ((rc = check_dir(a, dir)) != CLI_OK)
		return rc;
	if (!(st = cli_open_store(a, 0)))
		return CLI_BAD;
	rc = export(a, st, dir, as_of);
	store_close(st);
	return rc;
}
