/* test_rec_actor.c: who a command acts as in the audit trail (src/cli/actor.c): the login
 * from $USER, or "unknown" when there is none or it is not short printable text. */
#include <stdlib.h>

#include "harness.h"
#include "cli/actor.c"

static void
the_login_or_unknown(void)
{
	static const struct cli_cmd cmd = {"import json", NULL, 1, 1, NULL, NULL, NULL, NULL};
	struct cli_args a = {0};
	struct rec_actor who;

	a.cmd = &cmd;
	setenv("USER", "asmith", 1);
	cli_actor(&a, &who);
	CHECK_STR(who.username, "asmith");
	CHECK_STR(who.role, "command");
	CHECK_STR(who.address, "terminal");
	CHECK_STR(who.via, "import json");
	CHECK_INT(who.user_id, 0);
	CHECK(who.reason == NULL);
	setenv("USER", "a\033[2Jsmith", 1);
	cli_actor(&a, &who);
	CHECK_STR(who.username, "unknown");
	setenv("USER", "caf\351", 1);
	cli_actor(&a, &who);
	CHECK_STR(who.username, "unknown");
	unsetenv("USER");
	cli_actor(&a, &who);
	CHECK_STR(who.username, "unknown");
}

int
main(void)
{
	RUN(the_login_or_unknown);
	return DONE();
}
