/*
 * test_cli.c: the command table (commands.c) is whole, as 'safeguard help' and the
 * parser rely on it: every command has its summary and help, every option its help, no
 * two rows share a name, the counts fit the parser's arrays; and the parser refuses what
 * it must before any handler runs.
 */
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "cli/cli.h"
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
	};

	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		int argc = 0;
		while (argc < 6 && lines[i][argc])
			argc++;
		CHECK_INT(parse(argc, lines[i]), CLI_BAD);
	}
	CHECK(fopen("no-store.db", "r") == NULL);	/* nothing was created */
}

int
main(void)
{
	RUN(every_row_is_whole);
	RUN(bad_command_lines_are_refused);
	return DONE();
}
