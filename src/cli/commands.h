/* commands.h: the handlers of the commands listed in commands.c, one file each. */
#ifndef SG_COMMANDS_H
#define SG_COMMANDS_H
#include "cli/cli.h"

int cmd_init(const struct cli_args *a);
int cmd_backup(const struct cli_args *a);
int cmd_restore(const struct cli_args *a);
int cmd_version(const struct cli_args *a);

#endif
