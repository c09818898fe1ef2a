/* demo_logins.h: passwords for the demo's users. See demo_logins.c. */
#ifndef SG_DEMO_LOGINS_H
#define SG_DEMO_LOGINS_H

#include "cli/cli.h"

struct store;

/* Gives the first user of each role a new random password, kept as the demo's printed
 * password, and prints how to log in as each: 0, or -1 with the message printed. */
int cli_demo_logins(const struct cli_args *a, struct store *st);
/* Prints the demo's logins still unchanged (make run, after the demo): how many. */
int cli_demo_logins_print(struct store *st);

#endif
