/*
 * cmd_check_json.c: 'safeguard check --json', the worklist for scripts, mail merges and the
 * web page that will replace the command. The shape is stable and documented in README.md:
 * keys are never renamed or removed, only added; dates are YYYY-MM-DD or null.
 *
 * Every string from the store passes through the one JSON escaper (base/esc.h), which
 * escapes quotes, backslashes and control characters, so a name can never break the
 * document.
 */
#include <string.h>

#include "base/buf.h"
#include "base/esc.h"
#include "cli/check.h"

static void
json_date(FILE *f, cal_date d)
{
	char s[11];

	cal_format(d, s);
	esc_json_file(f, d == CAL_NONE ? NULL : s);
}

static void
json_person(FILE *f, const struct area *a, const char *key, int64_t id)
{
	char name[160];

	fprintf(f, ",\"%s\":", key);
	if (!ts_person(a, id, name, sizeof name)) {
		fputs("null", f);
		return;
	}
	fprintf(f, "{\"professional_id\":%lld,\"name\":", (long long)id);
	esc_json_file(f, name);
	fputc('}', f);
}

static void
json_team(FILE *f, const struct area *a, int64_t id)
{
	const struct m_team *t = id ? m_team(a, id) : NULL;

	fputs(",\"team\":", f);
	if (!t) {
		fputs("null", f);
		return;
	}
	fprintf(f, "{\"team_id\":%lld,\"name\":", (long long)t->id);
	esc_json_file(f, t->name);
	fputc('}', f);
}

static void
json_item(FILE *f, const struct area *a, const struct ts_worklist *w, const struct ts_clock *k)
{
	static const char *const units[] = {"working_days", "days", "months"};
	struct buf b;

	fprintf(f, "{\"kind\":\"%s\",\"label\":", ts_kind_name(k->kind));
	esc_json_file(f, ts_kind_label(k->kind));
	fprintf(f, ",\"state\":\"%s\",\"record_table\":\"%s\",\"record_id\":%lld,\"start\":",
	    ts_state_name(k->state), ts_kind_table(k->kind), (long long)k->record_id);
	json_date(f, k->start);
	fputs(",\"target\":", f);
	json_date(f, k->target);
	fprintf(f, ",\"amount\":%d,\"unit\":\"%s\",\"working_days_until_target\":%d,"
	    "\"days_until_target\":%d,\"text\":", k->amount, units[ts_kind_unit(k->kind)],
	    cal_working_days_between(w->as_of, k->target), (int)(k->target - w->as_of));
	buf_init(&b, 1024);
	ts_describe(a, k, &b);
	esc_json_file(f, buf_str(&b));
	buf_free(&b);
	json_person(f, a, "actor", k->actor_id);
	json_team(f, a, k->team_id);
	json_person(f, a, "chair", k->chair_id);
	fputc('}', f);
}

static void
json_child(FILE *f, const struct area *a, const struct ts_worklist *w, size_t first, size_t end)
{
	const struct m_child *c = &a->children[w->v[first].child];
	char name[240];

	check_child_name(c, name, sizeof name);
	fprintf(f, "{\"child_id\":%lld,\"la_child_id\":", (long long)c->id);
	esc_json_file(f, c->la_child_id);
	fputs(",\"name\":", f);
	esc_json_file(f, c->given_name || c->family_name ? name : NULL);
	fputs(",\"birth_date\":", f);
	json_date(f, c->birth);
	fputs(",\"expected_birth_date\":", f);
	json_date(f, c->expected_birth);
	fputs(",\"items\":[", f);
	for (size_t i = first; i < end; i++) {
		fputs(i > first ? ",\n    " : "\n    ", f);
		json_item(f, a, w, &w->v[i].clock);
	}
	fputs("]}", f);
}

static void
json_groups(FILE *f, const struct area *a, const struct ts_worklist *w)
{
	for (size_t i = 0; i < w->n;) {
		fprintf(f, "%s{\"children\":[", i ? ",\n " : "\n ");
		for (size_t start = i; i < w->n && w->v[i].group == w->v[start].group;) {
			size_t end = i + 1;
			while (end < w->n && w->v[end].child == w->v[i].child)
				end++;
			fputs(i > start ? ",\n  " : "\n  ", f);
			json_child(f, a, w, i, end);
			i = end;
		}
		fputs("]}", f);
	}
}

void
check_print_json(FILE *f, const struct area *a, const struct ts_worklist *w,
    const struct check_for *who, int days)
{
	fputs("{\"as_of\":", f);
	json_date(f, w->as_of);
	fputs(",\"due_by\":", f);
	json_date(f, w->horizon);
	fprintf(f, ",\"working_days\":%d,\"for\":{\"kind\":\"%s\"", days, who->kind);
	if (strcmp(who->kind, "area") != 0) {
		fprintf(f, ",\"%s\":%lld,\"name\":", strcmp(who->kind, "team") == 0 ? "team_id" :
		    "professional_id", (long long)who->id);
		esc_json_file(f, who->name);
	}
	if (who->username) {
		fputs(",\"username\":", f);
		esc_json_file(f, who->username);
	}
	fprintf(f, "},\"overdue\":%zu,\"due\":%zu,\"groups\":[", w->overdue, w->due);
	json_groups(f, a, w);
	fputs("]}\n", f);
}
