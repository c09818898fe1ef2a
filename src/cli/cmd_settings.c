/*
 * cmd_settings.c: 'safeguard settings list' and 'safeguard settings set KEY VALUE'.
 *
 * The keys, their defaults, meanings and sources are the table of timescales/ts_settings.c;
 * these commands show it beside what the store holds, and write a new dated value through
 * the record layer (records/rec.h), which checks it there. A value applies from its date, and a clock is judged by the value in
 * force on the day it started, so a value dated in the past would change the verdict on
 * clocks already run: set refuses a past date unless --backdate says that is meant.
 */
#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "base/str.h"
#include "cli/commands.h"
#include "cli/today.h"
#include "records/rec.h"
#include "store/store.h"
#include "timescales/ts.h"

static int
take_setting(void *ctx, const struct table *t, const struct field *row)
{
	struct area *a = ctx;
	int key = records_col_index(t, "key"), value = records_col_index(t, "value");
	int from = records_col_index(t, "effective_from");
	struct m_setting *s;

	VEC_GROW(a->settings, a->n_settings, a->cap_settings);
	s = &a->settings[a->n_settings++];
	s->key = area_strdup(a, row[key].s ? row[key].s : "");
	s->value = area_strdup(a, row[value].s ? row[value].s : "");
	if (!row[from].s || !cal_parse(row[from].s, &s->effective_from))
		s->effective_from = CAL_NONE;
	return 0;
}

/* Reads every stored setting into a (sorted by key and date). */
static int
load_settings(struct store *st, struct area *a)
{
	area_init(a);
	if (store_scan(st, records_table("settings"), 0, take_setting, a) != 0)
		return -1;
	area_index(a);
	return 0;
}

static void
print_versions(const struct area *a, int k, cal_date as_of)
{
	const char *key = ts_keys(&(int){0})[k].name;
	const struct m_setting *in_force = NULL;
	char why[256], from[11];
	int shown = 0;

	for (size_t i = 0; i < a->n_settings; i++) {
		const struct m_setting *s = &a->settings[i];
		if (strcmp(s->key, key) == 0 && s->effective_from <= as_of &&
		    ts_value_parse(k, s->value, NULL, why, sizeof why))
			in_force = s;
	}
	for (size_t i = 0; i < a->n_settings; i++) {
		const struct m_setting *s = &a->settings[i];
		int ok;
		if (strcmp(s->key, key) != 0)
			continue;
		ok = s->effective_from != CAL_NONE && ts_value_parse(k, s->value, NULL, why,
		    sizeof why);
		cal_format(s->effective_from, from);
		printf("%s%s from %s%s%s%s", shown++ ? "; " : "    stored: ", s->value,
		    *from ? from : "(no date)", s == in_force ? " (in force)" : "",
		    ok ? "" : " (not valid, ignored: ", ok ? "" : why);
		if (!ok)
			printf(")");
	}
	if (shown)
		printf("\n");
}

static const char *
value_in_force(const struct area *a, int k, cal_date as_of)
{
	const struct ts_keydef *def = &ts_keys(&(int){0})[k];
	const char *v = NULL;
	char why[256];

	for (size_t i = 0; i < a->n_settings; i++) {
		const struct m_setting *s = &a->settings[i];
		if (strcmp(s->key, def->name) == 0 && s->effective_from <= as_of &&
		    ts_value_parse(k, s->value, NULL, why, sizeof why))
			v = s->value;
	}
	return v;
}

static void
print_unknown(const struct area *a)
{
	int first = 1;
	char from[11];

	for (size_t i = 0; i < a->n_settings; i++) {
		const struct m_setting *s = &a->settings[i];
		if (ts_key_index(s->key) >= 0)
			continue;
		if (first)
			printf("\nstored, but not known to this version of safeguard:\n");
		first = 0;
		cal_format(s->effective_from, from);
		printf("%s = %s from %s\n", s->key, s->value, from);
	}
}

int
cmd_settings_list(const struct cli_args *a)
{
	struct store *st;
	struct area ar;
	cal_date as_of;
	char day[11];
	int n;
	const struct ts_keydef *keys = ts_keys(&n);

	if (!cli_as_of(a, &as_of) || !(st = cli_open_store(a, 0)))
		return CLI_BAD;
	if (load_settings(st, &ar) < 0) {
		cli_fail(a, "%s", store_error(st));
		store_close(st);
		return CLI_BAD;
	}
	store_close(st);
	cal_format(as_of, day);
	printf("Settings in force on %s. A value applies from its date; each clock is judged\n"
	    "by the value in force on the day it started.\n\n", day);
	for (int k = 0; k < n; k++) {
		const char *v = value_in_force(&ar, k, as_of);
		printf("%s = %s%s\n", keys[k].name, v ? v : keys[k].dflt ? keys[k].dflt : "(not set)",
		    v || !keys[k].dflt ? "" : " (default)");
		if (v && keys[k].dflt)
			printf("    default: %s\n", keys[k].dflt);
		printf("    %s\n    source: %s\n", keys[k].meaning, keys[k].source);
		print_versions(&ar, k, as_of);
	}
	print_unknown(&ar);
	area_free(&ar);
	return CLI_OK;
}

/* The date the value applies from: --from, or today; a past date only with --backdate. */
static int
effective_date(const struct cli_args *a, cal_date *from)
{
	const char *v = cli_value(a, "--from");
	cal_date today;
	char d[11], t[11];

	if (!cli_today(a, &today) || (v && !cli_date(a, "--from", v, from)))
		return 0;
	if (!v)
		*from = today;
	if (*from < today && !cli_flag(a, "--backdate")) {
		cal_format(*from, d);
		cal_format(today, t);
		cli_fail(a, "--from %s is before today (%s): every clock started since then would "
		    "be judged by the new value, changing past compliance. Give a date from today "
		    "on, or add --backdate if that is what you mean", d, t);
		return 0;
	}
	return 1;
}

/* The record layer's refusals, each named as the user wrote it: --from for the date. */
static int
refused(const struct cli_args *a, const struct table *t, const struct rec_errors *e)
{
	int from = records_col_index(t, "effective_from");

	for (int i = 0; i < e->n && i < REC_MAX_ERRORS; i++)
		cli_fail(a, "%s%s", e->v[i].col == from ? "--from: " : "", e->v[i].message);
	return CLI_BAD;
}

/*
 * A setting is one row per key and date: the same key for the same date replaces that
 * row's value (found by its unique key), any other date adds a version. The row goes
 * through the record layer, which checks it as every front end's (the key known, the
 * value one it takes) and writes it with its audit entry.
 */
int
cmd_settings_set(const struct cli_args *a)
{
	const struct table *t = records_table("settings");
	struct field row[4] = {{0}, {1, 0, a->pos[0]}, {1, 0, a->pos[1]}, {1, 0, NULL}};
	struct rec_errors e;
	struct rec_actor who;
	struct store *st;
	int64_t id = 0;
	cal_date from;
	char day[11];
	int rc;

	rec_errors_clear(&e);
	if (!effective_date(a, &from))
		return CLI_BAD;
	cal_format(from, day);
	row[3].s = day;
	if (rec_check(t, row, &e) > 0)
		return refused(a, t, &e);
	if (!(st = cli_open_store(a, 0)))
		return CLI_BAD;
	if ((rc = store_find_unique(st, t, row, &id)) > 0)
		row[0] = (struct field){1, id, NULL};
	cli_actor(a, &who);
	if (rc < 0)
		cli_fail(a, "%s", store_error(st));
	else if ((rc = rec_save(st, &who, t, row, &e)) < 0)
		refused(a, t, &e);
	else if (rc == 0)
		printf("%s = %s from %s (unchanged: the store holds that value for that date)\n",
		    a->pos[0], a->pos[1], day);
	else
		printf("%s = %s from %s (%s)\n", a->pos[0], a->pos[1], day, id ?
		    "replaced the value set for that date" :
		    "the value before applies to clocks started earlier");
	store_close(st);
	return rc < 0 ? CLI_BAD : CLI_OK;
}
