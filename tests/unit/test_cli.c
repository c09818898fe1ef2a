/*
 * test_cli.c: the command table (commands.c) is whole, as 'safeguard help' and the
 * parser rely on it: every command has its summary and help, every option its help, no
 * two rows share a name, the counts fit the parser's arrays; the parser refuses what it
 * must before any handler runs; and what the user typed comes back in messages printable.
 */
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "cli/cli.c"
#include "cli/commands.h"

static void
every_row_is_whole(void)
{
	int n;
	const struct cli_cmd *c = cli_commands(&n);

	CHECK(n > 0);
	for (int i = 0; i < n; i++) {
		int k = 0;
		CHECK(c[i].name && *c[i].name);
		CHECK(c[i].summary && *c[i].summary);
		CHECK(c[i].help && strlen(c[i].help) > strlen(c[i].summary));
		CHECK(c[i].run != NULL);
		CHECK(c[i].min_pos >= 0 && c[i].min_pos <= c[i].max_pos);
		CHECK(c[i].max_pos <= CLI_MAX_POS);
		CHECK((c[i].max_pos > 0) == (c[i].positional != NULL));
		for (; c[i].opts && c[i].opts[k].name; k++) {
			CHECK(strncmp(c[i].opts[k].name, "--", 2) == 0);
			CHECK(c[i].opts[k].help && *c[i].opts[k].help);
			CHECK(strcmp(c[i].opts[k].name, "--db") != 0);	/* every command has it */
			for (int j = 0; j < k; j++)
				CHECK(strcmp(c[i].opts[j].name, c[i].opts[k].name) != 0);
		}
		CHECK(k <= CLI_MAX_OPTS);
		for (int j = 0; j < i; j++)
			CHECK(strcmp(c[i].name, c[j].name) != 0);
		if (h_test_failed) {
			printf("  in the row of '%s'\n", c[i].name ? c[i].name : "?");
			return;
		}
	}
}

static int
parse(int argc, const char *const *argv)
{
	return cli_main(argc, (char **)argv);
}

/* Each of these stops in the parser (status 2), before a store is opened or created. */
static void
bad_command_lines_are_refused(void)
{
	static const char *const lines[][6] = {
		{"safeguard"},
		{"safeguard", "frobnicate"},
		{"safeguard", "export"},
		{"safeguard", "export", "jsn"},
		{"safeguard", "--db"},
		{"safeguard", "check", "--days"},
		{"safeguard", "check", "--json", "--json"},
		{"safeguard", "check", "--json=yes"},
		{"safeguard", "check", "--frob"},
		{"safeguard", "check", "extra"},
		{"safeguard", "backup"},
		{"safeguard", "show", "child"},
		{"safeguard", "export", "json", "--out", "no-store.db", "--db=no-store.db"},
		{"safeguard", "--db", "no-store.db", "init", "--db", "no-store2.db"},
		{"safeguard", "--db", "no-store.db", "--db=no-store2.db", "init"},
		{"safeguard", "init", "--db=no-store.db", "--db", "no-store2.db"},
	};

	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		int argc = 0;
		while (argc < 6 && lines[i][argc])
			argc++;
		CHECK_INT(parse(argc, lines[i]), CLI_BAD);
	}
	CHECK(fopen("no-store.db", "r") == NULL);	/* nothing was created */
	CHECK(fopen("no-store2.db", "r") == NULL);
}

static void
clean(const char *in, const char *want)
{
	FILE *f = tmpfile();
	char got[256] = "";
	size_t n;

	cli_put_clean(f, in);
	rewind(f);
	n = fread(got, 1, sizeof got - 1, f);
	got[n] = 0;
	fclose(f);
	CHECK_STR(got, want);
}

/* An argument in another encoding or holding an escape sequence is shown as '?'s. */
static void
messages_show_arguments_printable(void)
{
	clean("C0001234", "C0001234");
	clean("Zo\xc3\xab \xe2\x82\xac \xf0\x9f\x98\x80", "Zo\xc3\xab \xe2\x82\xac \xf0\x9f\x98\x80");
	clean("\xff\xfe", "??");			/* not UTF-8 */
	clean("\xc3", "?");				/* cut short */
	clean("\xc0\xaf", "??");			/* overlong */
	clean("\xed\xa0\x80", "???");		/* a surrogate */
	clean("\x1b[31mred", "?[31mred");		/* an escape sequence */
	clean("a\tb\x7f\xc2\x85" "c", "a?b??c");	/* tab, DEL, C1 control */
	clean("line one\nline two", "line one\nline two");	/* the messages' own lines */
}

int
main(void)
{
	RUN(every_row_is_whole);
	RUN(bad_command_lines_are_refused);
	RUN(messages_show_arguments_printable);
	return DONE();
}
