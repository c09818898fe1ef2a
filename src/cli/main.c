/*
 * main.c: the safeguard binary. Everything it does is a command of the table in
 * commands.c; this file only hands over the arguments.
 */
#include "cli/cli.h"

int
main(int argc, char **argv)
{
	return cli_main(argc, argv);
}
