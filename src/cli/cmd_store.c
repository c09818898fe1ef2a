/*
 * cmd_store.c: the commands that act on the store as a whole: init, backup, restore,
 * version.
 *
 * A backup is an export of everything and is recorded in the audit trail as one, before
 * the copy is taken (so the copy holds its own entry, and a store that cannot record it
 * gives no copy). A restore is recorded after the replacement, in the restored store,
 * with where the replaced store's trail had reached.
 */
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
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
	struct buf what;
	int rc;

	if (!st)
		return CLI_BAD;
	/* Recorded first, as every export: the backup then holds its own entry. */
	buf_init(&what, 8192);
	buf_printf(&what, "a backup of the whole store, to %s", a->pos[0]);
	rc = cli_audit(a, st, "export", NULL, 0, 0, buf_str(&what));
	buf_free(&what);
	if (rc != CLI_OK) {
		store_close(st);
		return CLI_BAD;
	}
	rc = store_backup_to(st, a->pos[0]);
	if (rc < 0)
		cli_fail(a, "%s", store_error(st));
	else
		printf("backed up %s to %s\n", a->db, a->pos[0]);
	store_close(st);
	return rc < 0 ? CLI_BAD : CLI_OK;
}

/*
 * The restored store's trail is the backup's, and the trail it replaced is gone with the
 * rest of that store: the entry that says so names where that trail had reached, so that
 * a restore cannot quietly take back what was recorded since the backup.
 */
static int
record_restore(const struct cli_args *a, struct store *st, int64_t head, const char *hex)
{
	struct audit_entry e;
	struct buf what;
	int rc;

	buf_init(&what, 8192);
	buf_printf(&what, "the store was restored from %s", a->pos[0]);
	if (head)
		buf_printf(&what, ", in place of a store whose audit trail ended at entry %lld "
		    "(hash %s)", (long long)head, hex);
	else
		buf_adds(&what, ", in place of a store with no audit entries");
	memset(&e, 0, sizeof e);
	cli_audit_actor(a, &e);
	e.action = "restore";
	e.what = buf_str(&what);
	rc = store_audit_append(st, &e, 1);
	buf_free(&what);
	if (rc < 0)
		return cli_fail(a, "%s is restored from %s, but its audit trail cannot record "
		    "that: %s (restore again once that is put right)", a->db, a->pos[0],
		    store_error(st));
	return CLI_OK;
}

int
cmd_restore(const struct cli_args *a)
{
	char err[1024], hex[2 * STORE_AUDIT_HASH + 1];
	struct store *st;
	int64_t head;
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
	if (store_audit_head(st, &head, hex) < 0) {
		store_close(st);
		return cli_fail(a, "%s", store_error(st));
	}
	rc = store_restore_from(st, a->pos[0]);
	if (rc < 0)
		cli_fail(a, "%s", store_error(st));
	else if (record_restore(a, st, head, hex) != CLI_OK)
		rc = -1;
	else
		printf("restored %s from %s\n", a->db, a->pos[0]);
	store_close(st);
	return rc < 0 ? CLI_BAD : CLI_OK;
}
