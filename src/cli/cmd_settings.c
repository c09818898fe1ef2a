/*
 * cmd_settings.c: 'safeguard settings list' and 'safeguard settings set KEY VALUE'.
 *
 * The keys, their defaults, meanings and sources are the table of timescales/ts_settings.c;
 * these commands show it beside what the store holds, and write a new dated value after
 * checking it there. A value applies from its date, and a clock is judged by the value in
 * force on the day it started, so a value dated in the past would change the verdict on
 * clocks already run: set refuses a past date unless --backdate says that is meant.
 */
#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "base/str.h"
#include "cli/commands.h"
#include "cli/today.h"
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

int
cmd_settings_set(const struct cli_args *a)
{
	const char *key = a->pos[0], *value = a->pos[1];
	int k = ts_key_index(key), replaced = 0, rc;
	cal_date from;
	char why[256], day[11];
	struct store *st;

	if (k < 0)
		return cli_fail(a, "unknown setting \"%s\" ('safeguard settings list' shows every "
		    "setting, its meaning and its default)", key);
	if (!ts_value_parse(k, value, NULL, why, sizeof why))
		return cli_fail(a, "%s: %s", key, why);
	if (!effective_date(a, &from))
		return CLI_BAD;
	if (!(st = cli_open_store(a, 0)))
		return CLI_BAD;
	cal_format(from, day);
	rc = store_setting_put(st, key, value, day, &replaced);
	if (rc < 0)
		cli_fail(a, "%s", store_error(st));
	else
		printf("%s = %s from %s (%s)\n", key, value, day, replaced ?
		    "replaced the value set for that date" :
		    "the value before applies to clocks started earlier");
	store_close(st);
	return rc < 0 ? CLI_BAD : CLI_OK;
}
