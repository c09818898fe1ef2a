/*
 * actor.c: who a command acts as, for the audit trail (records/rec.h, struct rec_actor).
 *
 * A command run at a terminal has no safeguard user behind it: its entries name the login
 * that ran it ($USER), the role "command", the address "terminal" and the command itself,
 * so that an import or a setting changed from the shell is as accountable as a form. A
 * login name that is not short printable text is recorded as "unknown" rather than let
 * stray bytes into the trail.
 */
#include <stdlib.h>
#include <string.h>

#include "base/str.h"
#include "cli/cli.h"
#include "records/rec.h"
#include "store/store.h"

static const char *
login_name(void)
{
	const char *u = getenv("USER");

	if (!u || !*u || strlen(u) > 64 || !str_is_utf8(u))
		return "unknown";
	for (const unsigned char *p = (const unsigned char *)u; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			return "unknown";
	return u;
}

void
cli_actor(const struct cli_args *a, struct rec_actor *who)
{
	memset(who, 0, sizeof *who);
	who->user_id = 0;
	who->username = login_name();
	who->role = "command";
	who->address = "terminal";
	who->via = a->cmd->name;
}

void
cli_audit_actor(const struct cli_args *a, struct audit_entry *e)
{
	struct rec_actor who;

	cli_actor(a, &who);
	e->user_id = who.user_id;
	e->username = who.username;
	e->role = who.role;
	e->address = who.address;
}
