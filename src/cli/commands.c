/*
 * commands.c: every command of the safeguard binary, one row each: its words, arguments,
 * options with their help, and the handler. 'safeguard help' is generated from this table,
 * and tests/unit/test_cli.c fails if a row lacks help text.
 */
#include <stddef.h>

#include "cli/commands.h"

static const struct cli_opt no_opts[] = {{0}};

static const struct cli_opt restore_opts[] = {
	{"--force", NULL, "replace a store that already holds records"},
	{0},
};

static const struct cli_cmd commands[] = {
	{"init", NULL, 0, 0, "create a store, or bring an existing one up to date",
	 "Creates the SQLite store named by --db with the current schema. An existing store is "
	 "upgraded to this version's schema in one transaction; a store written by a newer "
	 "safeguard is refused.", no_opts, cmd_init},
	{"backup", "FILE", 1, 1, "copy the store, consistently, even while it is in use",
	 "Writes a complete copy of the store to FILE, which must not exist yet. Other users can "
	 "go on working while it runs; the copy is the store as it was when the backup began.",
	 no_opts, cmd_backup},
	{"restore", "FILE", 1, 1, "replace the store with a backup",
	 "Checks that FILE is a complete, undamaged safeguard backup this version can read, then "
	 "puts it in place of the store in one step. A store that already holds records is only "
	 "replaced with --force.", restore_opts, cmd_restore},
	{"version", NULL, 0, 0, "print the version and schema version",
	 "Prints safeguard's version and the store schema version it reads and writes.", no_opts,
	 cmd_version},
};

const struct cli_cmd *
cli_commands(int *n)
{
	*n = (int)(sizeof commands / sizeof commands[0]);
	return commands;
}
