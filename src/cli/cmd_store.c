/*
 * cmd_store.c: the commands that act on the store as a whole: init, backup, restore,
 * version.
 */
#include <stdio.h>

#include "cli/commands.h"
#include "store/store.h"

int
cmd_version(const struct cli_args *a)
{
	(void)a;
	printf("safeguard %s (store schema version %d)\n", SAFEGUARD_VERSION,
	    store_binary_schema_version());
	return CLI_OK;
}

int
cmd_init(const struct cli_args *a)
{
	int existed = store_exists(a->db);
	struct store *st = cli_open_store(a, 1);

	if (!st)
		return CLI_BAD;
	printf("%s store %s (schema version %d)\n", existed ? "checked" : "created", a->db,
	    store_schema_version(st));
	store_close(st);
	return CLI_OK;
}

int
cmd_backup(const struct cli_args *a)
{
	struct store *st = cli_open_store(a, 0);
	int rc;

	if (!st)
		return CLI_BAD;
	rc = store_backup_to(st, a->pos[0]);
	if (rc < 0)
		cli_fail(a, "%s", store_error(st));
	else
		printf("backed up %s to %s\n", a->db, a->pos[0]);
	store_close(st);
	return rc < 0 ? CLI_BAD : CLI_OK;
}

int
cmd_restore(const struct cli_args *a)
{
	char err[1024];
	struct store *st;
	int rc;

	/* Check the backup before the store is even opened: a bad file changes nothing. */
	if (store_check_file(a->pos[0], err, sizeof err) < 0)
		return cli_fail(a, "%s", err);
	if (!(st = cli_open_store(a, 1)))
		return CLI_BAD;
	if (!store_is_empty(st) && !cli_flag(a, "--force")) {
		store_close(st);
		return cli_fail(a, "%s already holds records; restoring would replace them all "
		    "(add --force to do so, perhaps after 'safeguard backup')", a->db);
	}
	rc = store_restore_from(st, a->pos[0]);
	if (rc < 0)
		cli_fail(a, "%s", store_error(st));
	else
		printf("restored %s from %s\n", a->db, a->pos[0]);
	store_close(st);
	return rc < 0 ? CLI_BAD : CLI_OK;
}
