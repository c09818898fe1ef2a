/*
 * cmd_check_json.c: 'safeguard check --json', the worklist for scripts and mail merges,
 * written by the one writer of its shape (timescales/ts_json.c), which the API's
 * /api/v1/worklist also uses.
 */
#include "cli/check.h"
#include "json/jwrite.h"

void
check_print_json(FILE *f, const struct area *a, const struct ts_worklist *w,
    const struct check_for *who, int days)
{
	struct ts_who t = {who->kind, who->id, who->name, who->username};
	struct jw jw;

	jw_init(&jw, f);
	ts_worklist_json(&jw, a, w, &t, days, 1);
	jw_flush(&jw);
	jw_free(&jw);
}
