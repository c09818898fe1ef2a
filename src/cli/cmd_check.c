/*
 * cmd_check.c: 'safeguard check', the morning worklist: what is overdue and what falls due
 * in the next working days, for the area, a user, a team or a chair.
 *
 * The whole area is loaded (only the tables the engine reads, ts_tables), every clock
 * computed by the timescale engine and the list built by ts_worklist_build; this file only works out whose list is wanted
 * and prints it, as text a person reads over coffee or as JSON (cmd_check_json.c) for a
 * mail merge or a script. Finding things overdue is not an error: the exit status is 0
 * whenever the list could be made, so that cron and 'make run' treat it as a report.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/str.h"
#include "cli/check.h"
#include "cli/commands.h"
#include "cli/today.h"
#include "store/store.h"

static int
by_team(const struct cli_args *a, const struct area *ar, const char *t, struct check_for *who)
{
	int64_t id = 0;
	const struct m_team *found = NULL;

	if (str_to_i64(t, &id) && (found = m_team(ar, id)))
		goto done;
	for (size_t i = 0; i < ar->n_teams; i++) {
		if (!ar->teams[i].name || strcasecmp(ar->teams[i].name, t) != 0)
			continue;
		if (found)
			return cli_fail(a, "--team: two teams are called \"%s\" (give its id: %lld "
			    "or %lld)", t, (long long)found->id, (long long)ar->teams[i].id);
		found = &ar->teams[i];
	}
	if (!found)
		return cli_fail(a, "--team: no team has the id or name \"%s\" (give a team's id or "
		    "its name as recorded)", t);
done:
	who->kind = "team";
	who->id = found->id;
	snprintf(who->name, sizeof who->name, "%s", found->name ? found->name : "");
	return CLI_OK;
}

/* A professional by username (and, for --chair, by id too). */
static int
by_person(const struct cli_args *a, struct store *st, const struct area *ar, const char *opt,
    const char *v, struct check_for *who)
{
	int64_t id = 0;
	int rc = 0;

	if (strcmp(opt, "--chair") == 0 && str_to_i64(v, &id) && id > 0) {
		if (!m_professional(ar, id))
			return cli_fail(a, "--chair: no professional has the id %s (give a chair's "
			    "username or professional id)", v);
	} else if ((rc = store_user_professional(st, v, &id)) < 0) {
		return cli_fail(a, "%s", store_error(st));
	} else if (rc == 0) {
		return cli_fail(a, "%s: there is no user \"%s\" (usernames are exact, e.g. "
		    "\"jsmith\")", opt, v);
	} else if (id == 0 || !m_professional(ar, id)) {
		return cli_fail(a, "%s: user \"%s\" is not linked to a professional, so nothing "
		    "is theirs to act on (link the user to their professional record, or use "
		    "--team)", opt, v);
	}
	who->kind = strcmp(opt, "--chair") == 0 ? "chair" : "user";
	who->username = who->kind[0] == 'u' ? v : NULL;
	who->id = id;
	ts_person(ar, id, who->name, sizeof who->name);
	return CLI_OK;
}

/* Works out whose list is asked for; fills the engine's filter. */
static int
resolve(const struct cli_args *a, struct store *st, const struct area *ar,
    struct check_for *who, struct ts_filter *f)
{
	const char *user = cli_value(a, "--user"), *team = cli_value(a, "--team");
	const char *chair = cli_value(a, "--chair");

	memset(who, 0, sizeof *who);
	memset(f, 0, sizeof *f);
	who->kind = "area";
	if (!!user + !!team + !!chair > 1)
		return cli_fail(a, "give one of --user, --team or --chair, not several");
	if (team && by_team(a, ar, team, who) != CLI_OK)
		return CLI_BAD;
	if (user && by_person(a, st, ar, "--user", user, who) != CLI_OK)
		return CLI_BAD;
	if (chair && by_person(a, st, ar, "--chair", chair, who) != CLI_OK)
		return CLI_BAD;
	if (team)
		f->team_id = who->id;
	else if (user)
		f->professional_id = who->id;
	else if (chair)
		f->chair_id = who->id;
	return CLI_OK;
}

static void
print_who(const struct area *ar, const struct ts_clock *k)
{
	char actor[160], chair[160];
	const struct m_team *t = k->team_id ? m_team(ar, k->team_id) : NULL;

	printf("      who: %s", ts_person(ar, k->actor_id, actor, sizeof actor) ? actor :
	    "no one recorded");
	if (t && t->name)
		printf(", %s", t->name);
	if (k->chair_id && k->chair_id != k->actor_id &&
	    ts_person(ar, k->chair_id, chair, sizeof chair))
		printf("; chair %s", chair);
	printf("\n");
}

static void
print_item(const struct area *ar, const struct ts_worklist *w, const struct ts_item *it)
{
	const struct ts_clock *k = &it->clock;
	char when[20];
	struct buf b;
	int n = cal_working_days_between(w->as_of, k->target);

	int days = k->target - w->as_of;	/* calendar days, for a weekend in between */
	const char *unit = "working day";

	if (n == 0) {		/* asked on a weekend or holiday, or the target is one */
		n = days;
		unit = "day";
	}
	ts_human_date(k->target, when);
	if (k->kind == TS_K_PLAN_LENGTH)
		printf("    %-8s %s\n", k->state == TS_OVERDUE ? "REACHED" : "reaches", when);
	else if (k->state == TS_OVERDUE)
		printf("    OVERDUE  was due %s, %d %s%s ago\n", when, -n, unit, n == -1 ? "" : "s");
	else if (days == 0)
		printf("    due      %s, today\n", when);
	else
		printf("    due      %s, in %d %s%s\n", when, n, unit, n == 1 ? "" : "s");
	buf_init(&b, 1024);
	ts_describe(ar, k, &b);
	printf("      %s\n", buf_str(&b));
	buf_free(&b);
	print_who(ar, k);
}

static void
print_child(const struct ts_worklist *w, const struct m_child *c)
{
	char name[240], day[20];

	ts_child_name(c, name, sizeof name);
	if (c->birth != CAL_NONE && c->birth <= w->as_of)
		printf("  %s %s, %d\n", c->la_child_id, name, cal_years_between(c->birth, w->as_of));
	else if (c->birth == CAL_NONE && c->expected_birth == CAL_NONE)
		printf("  %s %s, date of birth not recorded\n", c->la_child_id, name);
	else {
		ts_human_date(c->expected_birth, day);
		printf("  %s %s, unborn%s%s\n", c->la_child_id, name, *day ? ", expected " : "", day);
	}
}

/* "Siblings: C1 Amy Smith, C2 Ben Smith" when more than one child of a group is listed. */
static void
print_group(const struct area *ar, const struct ts_worklist *w, size_t first, size_t end)
{
	char name[240];
	int kids = 0;

	for (size_t i = first; i < end; i++)
		kids += i == first || w->v[i].child != w->v[i - 1].child;
	if (kids > 1) {
		printf("\nSiblings:");
		for (size_t i = first; i < end; i++)
			if (i == first || w->v[i].child != w->v[i - 1].child) {
				ts_child_name(&ar->children[w->v[i].child], name, sizeof name);
				printf("%s %s %s", i == first ? "" : ",",
				    ar->children[w->v[i].child].la_child_id, name);
			}
		printf("\n");
	}
	for (size_t i = first; i < end; i++) {
		if (i == first || w->v[i].child != w->v[i - 1].child) {
			if (kids == 1)
				printf("\n");
			print_child(w, &ar->children[w->v[i].child]);
		}
		print_item(ar, w, &w->v[i]);
	}
}

static void
print_text(const struct area *ar, const struct ts_worklist *w, const struct check_for *who,
    int days)
{
	char as_of[20], by[20];

	ts_human_date(w->as_of, as_of);
	ts_human_date(w->horizon, by);
	if (strcmp(who->kind, "area") == 0)
		printf("Worklist for the whole area, as of %s\n", as_of);
	else
		printf("Worklist for %s%s, as of %s\n", strcmp(who->kind, "team") == 0 ? "team " :
		    strcmp(who->kind, "chair") == 0 ? "chair " : "", who->name, as_of);
	if (days == 0)
		printf("%zu overdue, %zu due today\n", w->overdue, w->due);
	else
		printf("%zu overdue, %zu due by %s (the next %d working day%s)\n", w->overdue,
		    w->due, by, days, days == 1 ? "" : "s");
	for (size_t i = 0, end; i < w->n; i = end) {
		for (end = i + 1; end < w->n && w->v[end].group == w->v[i].group; end++)
			;
		print_group(ar, w, i, end);
	}
	if (w->n == 0)
		printf("\nNothing is overdue and nothing falls due by %s.\n", by);
}

/* Loads the area, works out the list, prints it. */
static int
run(const struct cli_args *a, struct store *st, cal_date as_of, int days)
{
	struct area ar;
	struct ts_config *cfg;
	struct ts_worklist w;
	struct ts_filter f;
	struct check_for who;
	const char *problem;

	if (store_load_tables(st, 0, ts_tables, &ar) < 0)
		return cli_fail(a, "%s", store_error(st));
	if (resolve(a, st, &ar, &who, &f) != CLI_OK) {
		area_free(&ar);
		return CLI_BAD;
	}
	cfg = ts_config_new(&ar);
	if (ts_config_problems(cfg, &problem))
		fprintf(stderr, "safeguard check: warning: %s\n", problem);
	ts_worklist_build(&ar, cfg, as_of, days, &f, &w);
	if (cli_flag(a, "--json"))
		check_print_json(stdout, &ar, &w, &who, days);
	else
		print_text(&ar, &w, &who, days);
	ts_worklist_free(&w);
	ts_config_free(cfg);
	area_free(&ar);
	return CLI_OK;
}

int
cmd_check(const struct cli_args *a)
{
	const char *d = cli_value(a, "--days");
	cal_date as_of;
	int days = 5, rc;
	struct store *st;

	if (d && !str_to_int(d, 0, 60, &days))
		return cli_fail(a, "--days: \"%s\" is not a number of working days (use 0 to 60)", d);
	if (!cli_as_of(a, &as_of))
		return CLI_BAD;
	if (!(st = cli_open_store(a, 0)))
		return CLI_BAD;
	rc = run(a, st, as_of, days);
	store_close(st);
	return rc;
}
