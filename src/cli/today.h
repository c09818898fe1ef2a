/* today.h: the date a command takes as today. See today.c. */
#ifndef SG_TODAY_H
#define SG_TODAY_H
#include "calendar/cal.h"
#include "cli/cli.h"

/* Today's date into *out; prints why not (a bad $SAFEGUARD_TODAY) and returns 0. */
int cli_today(const struct cli_args *a, cal_date *out);
/* --as-of DATE when given, else today; prints why not and returns 0. */
int cli_as_of(const struct cli_args *a, cal_date *out);

#endif
