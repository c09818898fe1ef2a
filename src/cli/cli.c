/*
 * cli.c: reading the command line against the command table.
 *
 *     safeguard [--db FILE] COMMAND [KIND] [OPTIONS] [ARGUMENTS]
 *
 * Each command declares its options; anything else is refused with the list of what the
 * command does accept, and exit status 2, before anything is opened or written. --db may
 * appear anywhere; without it the store is $SAFEGUARD_DB, or safeguard.db in the current
 * folder.
 */
#include "cli/cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/mem.h"
#include "base/str.h"
#include "calendar/cal.h"
#include "cli/commands.h"
#include "records/records.h"
#include "store/store.h"

/*
 * What the user typed comes back in messages (a file name, an id): it is shown as
 * printable UTF-8, a stray byte or a control character as '?', so that an argument in
 * another encoding or holding an escape sequence cannot garble or rewrite the terminal.
 */
void
cli_clean(struct buf *b, const char *s)
{
	int n;

	for (; *s; s += n) {
		unsigned char c = (unsigned char)s[0], c2 = (unsigned char)s[1];
		n = str_utf8_seq(s);
		if (n == 0)
			n = 1, buf_addc(b, '?');
		else if ((c < 0x20 && c != '\n') || c == 0x7f || (n == 2 && c == 0xC2 && c2 <= 0x9F))
			buf_addc(b, '?');
		else
			buf_add(b, s, (size_t)n);
	}
}

void
cli_put_clean(FILE *f, const char *s)
{
	struct buf b;

	buf_init(&b, 1u << 20);
	cli_clean(&b, s);
	fputs(buf_str(&b), f);
	buf_free(&b);
}

int
cli_fail(const struct cli_args *a, const char *fmt, ...)
{
	va_list ap;
	struct buf b;

	buf_init(&b, 1u << 16);
	buf_printf(&b, "safeguard%s%s: ", a && a->cmd ? " " : "", a && a->cmd ? a->cmd->name : "");
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	cli_put_clean(stderr, buf_str(&b));
	fputs(b.toobig ? "...\n" : "\n", stderr);
	buf_free(&b);
	return CLI_BAD;
}

static int
opt_index(const struct cli_cmd *c, const char *name, size_t len)
{
	for (int i = 0; c->opts && c->opts[i].name; i++)
		if (strlen(c->opts[i].name) == len && strncmp(c->opts[i].name, name, len) == 0)
			return i;
	return -1;
}

const char *
cli_value(const struct cli_args *a, const char *name)
{
	int i = opt_index(a->cmd, name, strlen(name));
	return i < 0 ? NULL : a->vals[i];
}

int
cli_flag(const struct cli_args *a, const char *name)
{
	return cli_value(a, name) != NULL;
}

int
cli_id(const struct cli_args *a, const char *name, const char *text, long long *out)
{
	int64_t v;

	if (!str_to_i64(text, &v) || v <= 0 || v > RECORDS_MAX_ID) {
		cli_fail(a, "%s: \"%s\" is not a record id (use a whole number from 1 to %lld)", name,
		    text, (long long)RECORDS_MAX_ID);
		return 0;
	}
	*out = v;
	return 1;
}

int
cli_date(const struct cli_args *a, const char *name, const char *text, int *out)
{
	cal_date d;

	if (!cal_parse(text, &d)) {
		cli_fail(a, "%s: \"%s\" is not a date (use YYYY-MM-DD)", name, text);
		return 0;
	}
	*out = d;
	return 1;
}

int
cli_child(const struct cli_args *a, struct store *st, const char *name, const char *text,
    int64_t *id)
{
	int rc = store_find_child(st, text, id);

	if (rc < 0)
		cli_fail(a, "%s", store_error(st));
	else if (rc == 0)
		cli_fail(a, "%s: no child has the local id or record id \"%.40s\" (use a child's "
		    "la_child_id, e.g. C0001234, or its id)", name, text);
	return rc == 1;
}

struct store *
cli_open_store(const struct cli_args *a, int create)
{
	const char *err;
	struct store *st;

	if (!*a->db) {		/* no store has no name (SQLite would make a temporary one) */
		cli_fail(a, "--db: the store's file name is empty (give the store's file, e.g. "
		    "--db safeguard.db)");
		return NULL;
	}
	if (!(st = store_open(a->db, create ? STORE_CREATE : STORE_OPEN, &err)))
		cli_fail(a, "%s", err);
	return st;
}

static void
list_options(const struct cli_cmd *c, FILE *f)
{
	for (int i = 0; c->opts && c->opts[i].name; i++)
		fprintf(f, "  %s%s%s\n      %s\n", c->opts[i].name, c->opts[i].value ? " " : "",
		    c->opts[i].value ? c->opts[i].value : "", c->opts[i].help);
	fprintf(f, "  --db FILE\n      the store (default $SAFEGUARD_DB, or safeguard.db here)\n");
}

static void
command_help(const struct cli_cmd *c, FILE *f)
{
	fprintf(f, "usage: safeguard %s [options]%s%s\n\n%s\n\n%s\n\noptions:\n", c->name,
	    c->positional ? " " : "", c->positional ? c->positional : "", c->summary, c->help);
	list_options(c, f);
}

static int
usage(FILE *f)
{
	int n;
	const struct cli_cmd *c = cli_commands(&n);

	fprintf(f, "usage: safeguard [--db FILE] COMMAND ...\n\n"
	    "safeguard records the child-protection pathway of a local area, watches every\n"
	    "statutory timescale in working days, and produces its returns.\n\ncommands:\n");
	for (int i = 0; i < n; i++)
		fprintf(f, "  %-16s %s\n", c[i].name, c[i].summary);
	fprintf(f, "\n'safeguard help COMMAND' tells more of one.\n");
	return f == stdout ? CLI_OK : CLI_BAD;
}

/* Finds the command named by argv[i] (and maybe argv[i+1]); sets *words to 1 or 2. */
static const struct cli_cmd *
find_command(int argc, char **argv, int i, int *words)
{
	int n;
	const struct cli_cmd *c = cli_commands(&n);
	char two[128];

	if (i + 1 < argc) {
		snprintf(two, sizeof two, "%s %s", argv[i], argv[i + 1]);
		for (int k = 0; k < n; k++)
			if (strcmp(c[k].name, two) == 0)
				return *words = 2, &c[k];
	}
	for (int k = 0; k < n; k++)
		if (strcmp(c[k].name, argv[i]) == 0)
			return *words = 1, &c[k];
	return NULL;
}

/* "export" alone, or "export jsn": list the kinds the word takes. */
static int
unknown_command(int argc, char **argv, int i)
{
	int n, kinds = 0;
	const struct cli_cmd *c = cli_commands(&n);
	size_t len = strlen(argv[i]);
	char list[512] = "";
	size_t used = 0;

	for (int k = 0; k < n; k++)
		if (strncmp(c[k].name, argv[i], len) == 0 && c[k].name[len] == ' ') {
			int w = snprintf(list + used, sizeof list - used, "%s'safeguard %s'",
			    kinds++ ? ", " : "", c[k].name);
			if (w > 0 && (size_t)w < sizeof list - used)
				used += (size_t)w;
		}
	if (kinds && i + 1 < argc)
		return cli_fail(NULL, "%s: unknown kind '%s' (use %s)", argv[i], argv[i + 1], list);
	if (kinds)
		return cli_fail(NULL, "%s: say what kind (use %s)", argv[i], list);
	return cli_fail(NULL, "unknown command '%s' ('safeguard help' lists them)", argv[i]);
}

static int
set_option(struct cli_args *a, int argc, char **argv, int *i)
{
	const char *arg = argv[*i], *eq = strchr(arg, '=');
	size_t len = eq ? (size_t)(eq - arg) : strlen(arg);
	int k = opt_index(a->cmd, arg, len);
	const char *val;

	if (len == 4 && strncmp(arg, "--db", 4) == 0) {
		if (!eq && *i + 1 >= argc)
			return cli_fail(a, "--db needs a file name");
		if (a->db_given++)
			return cli_fail(a, "--db is given twice (name one store)");
		a->db = eq ? eq + 1 : argv[++*i];
		return CLI_OK;
	}
	if (k < 0) {
		cli_fail(a, "unknown option '%.*s'; it takes:", (int)len, arg);
		list_options(a->cmd, stderr);
		return CLI_BAD;
	}
	if (a->vals[k])
		return cli_fail(a, "%s is given twice", a->cmd->opts[k].name);
	if (!a->cmd->opts[k].value) {
		if (eq)
			return cli_fail(a, "%s takes no value", a->cmd->opts[k].name);
		a->vals[k] = "";
		return CLI_OK;
	}
	if (eq)
		val = eq + 1;
	else if (*i + 1 < argc)
		val = argv[++*i];
	else
		return cli_fail(a, "%s needs a value (%s)", a->cmd->opts[k].name,
		    a->cmd->opts[k].value);
	a->vals[k] = val;
	return CLI_OK;
}

static int
parse_rest(struct cli_args *a, int argc, char **argv, int i)
{
	int only_pos = 0;

	for (; i < argc; i++) {
		if (!only_pos && strcmp(argv[i], "--") == 0) {
			only_pos = 1;
		} else if (!only_pos && argv[i][0] == '-' && argv[i][1] == '-') {
			if (set_option(a, argc, argv, &i) != CLI_OK)
				return CLI_BAD;
		} else if (a->npos < CLI_MAX_POS) {
			a->pos[a->npos++] = argv[i];
		} else {
			return cli_fail(a, "too many arguments ('safeguard help %s')", a->cmd->name);
		}
	}
	for (int k = 0; a->cmd->opts && a->cmd->opts[k].name; k++)
		if (a->vals[k] && !*a->vals[k] && a->cmd->opts[k].value &&
		    strcmp(a->cmd->opts[k].value, "FILE") == 0)
			return cli_fail(a, "%s: the file name is empty (give a file)",
			    a->cmd->opts[k].name);
	if (a->npos > 0 && !*a->pos[0] && a->cmd->positional &&
	    strcmp(a->cmd->positional, "FILE") == 0)
		return cli_fail(a, "FILE: the file name is empty (give a file)");
	if (a->npos < a->cmd->min_pos)
		return cli_fail(a, "missing %s ('safeguard help %s')", a->cmd->positional,
		    a->cmd->name);
	if (a->npos > a->cmd->max_pos)
		return cli_fail(a, "unexpected argument '%s' ('safeguard help %s')",
		    a->pos[a->cmd->max_pos], a->cmd->name);
	return CLI_OK;
}

/*
 * A file the command is to write (--out FILE, the backup's FILE) that is the store, or a
 * part of it, would be written over, and every record lost: refused before anything is
 * opened.
 */
static int
refuse_store_as_output(const struct cli_args *a)
{
	const char *out = cli_value(a, "--out");

	if (a->cmd->run == cmd_backup)
		out = a->pos[0];
	if (!out || !store_file_is_part(a->db, out))
		return CLI_OK;
	return cli_fail(a, "%s: %s is the store %s, or a part of it; writing there would "
	    "destroy records (give the output a name of its own)",
	    a->cmd->run == cmd_backup ? "FILE" : "--out", out, a->db);
}

static int
help(int argc, char **argv, int i)
{
	int words;
	const struct cli_cmd *c;

	if (i >= argc)
		return usage(stdout);
	if (!(c = find_command(argc, argv, i, &words)))
		return unknown_command(argc, argv, i);
	command_help(c, stdout);
	return CLI_OK;
}

/*
 * Test builds only: SAFEGUARD_FAIL_ALLOC=N makes the N-th allocation fail, so that a test
 * can prove a command dying of memory exhaustion at any point leaves the store whole.
 */
static void
fault_injection_from_env(void)
{
#ifdef SAFEGUARD_TEST
	const char *n = getenv("SAFEGUARD_FAIL_ALLOC");
	int64_t v;

	if (n && str_to_i64(n, &v) && v > 0)
		mem_fail_after((long)v);
#endif
}

int
cli_main(int argc, char **argv)
{
	struct cli_args a;
	int i = 1, words;
	const char *env = getenv("SAFEGUARD_DB");

	fault_injection_from_env();
	memset(&a, 0, sizeof a);
	a.db = env && *env ? env : "safeguard.db";
	for (;; i++) {		/* --db FILE or --db=FILE before the command */
		int is_db = i < argc && (strcmp(argv[i], "--db") == 0 ||
		    strncmp(argv[i], "--db=", 5) == 0);
		if (!is_db)
			break;
		if (a.db_given++)
			return cli_fail(NULL, "--db is given twice (name one store)");
		if (argv[i][4] == '=')
			a.db = argv[i] + 5;
		else if (i + 1 < argc)
			a.db = argv[++i];
		else
			return cli_fail(NULL, "--db needs a file name");
	}
	if (i >= argc)
		return usage(stderr);
	if (strcmp(argv[i], "help") == 0 || strcmp(argv[i], "--help") == 0 ||
	    strcmp(argv[i], "-h") == 0)
		return help(argc, argv, i + 1);
	if (strcmp(argv[i], "--version") == 0)	/* what every program answers to */
		argv[i] = (char *)"version";
	if (!(a.cmd = find_command(argc, argv, i, &words)))
		return unknown_command(argc, argv, i);
	for (int k = i + words; k < argc; k++)
		if (strcmp(argv[k], "--help") == 0) {
			command_help(a.cmd, stdout);
			return CLI_OK;
		}
	if (parse_rest(&a, argc, argv, i + words) != CLI_OK || refuse_store_as_output(&a) != CLI_OK)
		return CLI_BAD;
	return a.cmd->run(&a);
}
