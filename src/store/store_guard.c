/*
 * store_guard.c: what no statement may do to the store, whoever prepared it.
 *
 * The audit trail must not be rewritten by the system itself (product.md section 7), so
 * besides the triggers of migration 2, which any connection meets, every connection the
 * store opens carries an authorizer (style.md habit 6): a statement that would update or
 * delete an audit entry, drop or alter the audit table, or drop one of its triggers is
 * refused when it is prepared, before it can run, even if a bug or an injected string
 * ever put one together. SQLite consults the authorizer at prepare time only, which is why
 * it costs nothing per row; statements inside a trigger are checked too, as part of the
 * statement that fires it. The one exception is a migration, when the store itself may
 * need to rebuild the table (st->unguarded, set by migrate() alone).
 *
 * Each connection is also put in SQLite's defensive mode, which refuses the ways around
 * both (PRAGMA writable_schema, writing pages directly, a journal_mode of OFF).
 *
 * A refusal is a security event: it is written to the standard error (the server's log)
 * and the statement fails with a message saying what was refused.
 */
#include "store/store_int.h"

#include <stdio.h>

static int
is_audit(const char *name)
{
	return name && sqlite3_stricmp(name, "audit") == 0;
}

/* Which protected act this is, in words, or NULL when it is allowed. */
static const char *
refused_act(int action, const char *a1, const char *a2)
{
	switch (action) {
	case SQLITE_UPDATE:
		return is_audit(a1) ? "a change to an audit entry" : NULL;
	case SQLITE_DELETE:
		return is_audit(a1) ? "the removal of audit entries" : NULL;
	case SQLITE_DROP_TABLE:
	case SQLITE_DROP_TEMP_TABLE:
		return is_audit(a1) ? "dropping the audit table" : NULL;
	case SQLITE_DROP_TRIGGER:
	case SQLITE_DROP_TEMP_TRIGGER:
		return is_audit(a2) ? "dropping a trigger that guards the audit table" : NULL;
	case SQLITE_ALTER_TABLE:
		return is_audit(a2) ? "altering the audit table" : NULL;
	default:
		return NULL;
	}
}

static int
authorize(void *ctx, int action, const char *a1, const char *a2, const char *db,
    const char *trigger)
{
	struct store *st = ctx;
	const char *act = refused_act(action, a1, a2);

	(void)db;
	if (!act || (st && st->unguarded))
		return SQLITE_OK;
	if (st)
		st->refused = act;
	fprintf(stderr, "safeguard: security: refused %s%s%s (the audit trail is "
	    "append-only)\n", act, trigger ? " by trigger " : "", trigger ? trigger : "");
	return SQLITE_DENY;
}

int
store_guard_connection(sqlite3 *db, struct store *st)
{
	int on = 1;

	if (sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, &on) != SQLITE_OK || !on)
		return -1;
	return sqlite3_set_authorizer(db, authorize, st) == SQLITE_OK ? 0 : -1;
}
