/*
 * cmd_figures.c: 'safeguard report figures', every figure of docs/figures.md for a period,
 * with the filters of struct fig_filter, the previous period, England and the monthly trend;
 * '--list' names them. The area is loaded whole from the store and each figure computed by
 * src/figures, as the dashboard and the report compute it; this file only reads the options
 * and says clearly what is wrong with one.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "base/mem.h"
#include "base/str.h"
#include "cli/commands.h"
#include "cli/figures_out.h"
#include "store/store.h"

static int
list(void)
{
	for (size_t i = 0; i < fig_count(); i++)
		printf("%-28s %s\n", fig_at(i)->name, fig_at(i)->summary);
	return CLI_OK;
}

static int
period(const struct cli_args *a, struct fig_filter *f)
{
	const char *from = cli_value(a, "--from"), *to = cli_value(a, "--to");

	if (!from)
		return cli_fail(a, "--from: the period's first day is needed (e.g. --from "
		    "2025-04-01 --to 2026-03-31)");
	if (!to)
		return cli_fail(a, "--to: the period's last day is needed (e.g. --from "
		    "2025-04-01 --to 2026-03-31)");
	if (!cli_date(a, "--from", from, &f->from) || !cli_date(a, "--to", to, &f->to))
		return CLI_BAD;
	if (cal_year(f->from) < CAL_FIRST_YEAR + 5 || cal_year(f->to) > CAL_LAST_YEAR)
		return cli_fail(a, "--from, --to: the period must lie between %d-01-01 and "
		    "%d-12-31 (the working-day calendar)", CAL_FIRST_YEAR + 5, CAL_LAST_YEAR);
	if (f->to < f->from)
		return cli_fail(a, "--to: %s is before --from %s (give the period's last day "
		    "after its first)", to, from);
	if (f->to - f->from > 3 * 366)
		return cli_fail(a, "--to: the period from %s to %s is over three years (give a "
		    "period of at most 36 months)", from, to);
	return CLI_OK;
}

static int
team(const struct cli_args *a, const struct area *ar, const char *t, struct fig_filter *f)
{
	int64_t id = 0;

	if (str_to_i64(t, &id) && m_team(ar, id)) {
		f->team_id = id;
		return CLI_OK;
	}
	for (size_t i = 0; i < ar->n_teams; i++)
		if (ar->teams[i].name && strcasecmp(ar->teams[i].name, t) == 0) {
			f->team_id = ar->teams[i].id;
			return CLI_OK;
		}
	return cli_fail(a, "--team: no team has the id or name \"%s\" (give a team's id or its "
	    "name as recorded)", t);
}

static int
chair(const struct cli_args *a, struct store *st, const struct area *ar, const char *v,
    struct fig_filter *f)
{
	int64_t id = 0;
	int rc;

	if (str_to_i64(v, &id) && id > 0) {
		if (!m_professional(ar, id))
			return cli_fail(a, "--chair: no professional has the id %s (give a chair's "
			    "professional id or username)", v);
	} else if ((rc = store_user_professional(st, v, &id)) <= 0 || !id) {
		return cli_fail(a, "--chair: there is no chair with the username \"%s\" (give a "
		    "chair's professional id or username)", v);
	}
	f->chair_id = id;
	return CLI_OK;
}

static int
filters(const struct cli_args *a, struct store *st, const struct area *ar,
    struct figures_ask *ask)
{
	struct fig_filter *f = &ask->f;
	int64_t id;

	if (ask->team && team(a, ar, ask->team, f) != CLI_OK)
		return CLI_BAD;
	if (ask->chair && chair(a, st, ar, ask->chair, f) != CLI_OK)
		return CLI_BAD;
	if (ask->agency) {
		if (!str_to_i64(ask->agency, &id) || !m_agency(ar, id))
			return cli_fail(a, "--agency: no agency has the id \"%s\" (give an agency's "
			    "record id, as 'safeguard export json' shows it)", ask->agency);
		f->agency_id = id;
	}
	if (ask->category) {
		unsigned bits = m_categories(ask->category);
		if (!bits || strchr(ask->category, ' ') || strlen(ask->category) != 3)
			return cli_fail(a, "--category: \"%s\" is not a category of abuse (use NEG, "
			    "PHY, SAB, EMO or MUL)", ask->category);
		f->categories = bits;
	}
	if (ask->age_band) {
		f->age_band = fig_age_band(ask->age_band);
		if (f->age_band == FIG_AGE_ALL)
			return cli_fail(a, "--age-band: \"%s\" is not an age band (use unborn, "
			    "under1, 1-4, 5-9, 10-15 or 16+)", ask->age_band);
	}
	return CLI_OK;
}

static int
format(const struct cli_args *a, enum figures_format *fmt)
{
	if (cli_flag(a, "--json") && cli_flag(a, "--csv"))
		return cli_fail(a, "--json, --csv: give one of them, not both");
	*fmt = cli_flag(a, "--json") ? FIGURES_JSON : cli_flag(a, "--csv") ? FIGURES_CSV :
	    FIGURES_TEXT;
	return CLI_OK;
}

static int
run(const struct cli_args *a, struct figures_ask *ask, const struct fig_def *one,
    enum figures_format fmt)
{
	const struct fig_def **all = xcalloc(fig_count() + 1, sizeof *all);
	size_t n = 0;
	struct store *st;
	struct area ar;
	int rc = CLI_OK;

	if (one)
		all[n++] = one;
	for (size_t i = 0; !one && i < fig_count(); i++)
		all[n++] = fig_at(i);
	if (!(st = cli_open_store(a, 0))) {
		xfree(all);
		return CLI_BAD;
	}
	area_init(&ar);
	if (store_load_area(st, 0, &ar) < 0) {
		rc = cli_fail(a, "%s", store_error(st));
	} else if (filters(a, st, &ar, ask) == CLI_OK) {
		if (figures_write(stdout, fmt, &ar, ask, all, n) < 0)
			rc = cli_fail(a, "the figures could not be written (out of memory, or the "
			    "output is closed)");
	} else {
		rc = CLI_BAD;
	}
	area_free(&ar);
	store_close(st);
	xfree(all);
	return rc;
}

int
cmd_report_figures(const struct cli_args *a)
{
	const char *name = cli_value(a, "--figure");
	const struct fig_def *one = NULL;
	struct figures_ask ask;
	enum figures_format fmt = FIGURES_TEXT;

	if (cli_flag(a, "--list"))
		return list();
	memset(&ask, 0, sizeof ask);
	ask.f = fig_filter_all(0, 0);
	ask.team = cli_value(a, "--team");
	ask.chair = cli_value(a, "--chair");
	ask.agency = cli_value(a, "--agency");
	ask.category = cli_value(a, "--category");
	ask.age_band = cli_value(a, "--age-band");
	if (name && !(one = fig_find(name)))
		return cli_fail(a, "--figure: there is no figure \"%s\" ('safeguard report figures "
		    "--list' names them all)", name);
	if (period(a, &ask.f) != CLI_OK || format(a, &fmt) != CLI_OK)
		return CLI_BAD;
	return run(a, &ask, one, fmt);
}
