/*
 * ts_json.c: a worklist as JSON (ts.h ts_worklist_json), the one writer of the shape
 * documented in README.md ('check --json'), for the command line and the API alike. Keys
 * are never renamed or removed, only added; dates are YYYY-MM-DD or null. Without names
 * (a performance analyst's list), children and workers are given by their ids only.
 */
#include "timescales/ts.h"

#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "json/jwrite.h"

static void
date(struct jw *w, cal_date d)
{
	char s[11];

	cal_format(d, s);
	if (d == CAL_NONE)
		jw_lit(w, "null");
	else
		jw_str(w, s);
}

static void
person(struct jw *w, const struct area *a, const char *key, int64_t id, int names)
{
	char name[160];

	jw_lit(w, ",\"");
	jw_lit(w, key);
	jw_lit(w, "\":");
	if (!ts_person(a, id, name, sizeof name)) {
		jw_lit(w, "null");
		return;
	}
	jw_lit(w, "{\"professional_id\":");
	jw_int(w, id);
	jw_lit(w, ",\"name\":");
	if (names)
		jw_str(w, name);
	else
		jw_lit(w, "null");
	jw_lit(w, "}");
}

static void
team(struct jw *w, const struct area *a, int64_t id)
{
	const struct m_team *t = id ? m_team(a, id) : NULL;

	jw_lit(w, ",\"team\":");
	if (!t) {
		jw_lit(w, "null");
		return;
	}
	jw_lit(w, "{\"team_id\":");
	jw_int(w, t->id);
	jw_lit(w, ",\"name\":");
	jw_str(w, t->name ? t->name : "");
	jw_lit(w, "}");
}

static void
item(struct jw *w, const struct area *a, const struct ts_worklist *wl, const struct ts_clock *k,
    int names)
{
	static const char *const units[] = {"working_days", "days", "months", "school_days"};
	struct buf b;

	jw_lit(w, "{\"kind\":\"");
	jw_lit(w, ts_kind_name(k->kind));
	jw_lit(w, "\",\"label\":");
	jw_str(w, ts_kind_label(k->kind));
	jw_lit(w, ",\"state\":\"");
	jw_lit(w, ts_state_name(k->state));
	jw_lit(w, "\",\"record_table\":\"");
	jw_lit(w, ts_kind_table(k->kind));
	jw_lit(w, "\",\"record_id\":");
	jw_int(w, k->record_id);
	jw_lit(w, ",\"start\":");
	date(w, k->start);
	jw_lit(w, ",\"target\":");
	date(w, k->target);
	jw_lit(w, ",\"amount\":");
	jw_int(w, k->amount);
	jw_lit(w, ",\"unit\":\"");
	jw_lit(w, units[ts_kind_unit(k->kind)]);
	jw_lit(w, "\",\"working_days_until_target\":");
	jw_int(w, cal_working_days_between(wl->as_of, k->target));
	jw_lit(w, ",\"days_until_target\":");
	jw_int(w, k->target - wl->as_of);
	jw_lit(w, ",\"text\":");
	buf_init(&b, 1024);
	if (names)
		ts_describe(a, k, &b);
	else
		buf_adds(&b, ts_kind_label(k->kind));
	jw_str(w, buf_str(&b));
	buf_free(&b);
	person(w, a, "actor", k->actor_id, names);
	team(w, a, k->team_id);
	person(w, a, "chair", k->chair_id, names);
	jw_lit(w, "}");
}

static void
child(struct jw *w, const struct area *a, const struct ts_worklist *wl, size_t first,
    size_t end, int names)
{
	const struct m_child *c = &a->children[wl->v[first].child];
	char name[240];

	ts_child_name(c, name, sizeof name);
	jw_lit(w, "{\"child_id\":");
	jw_int(w, c->id);
	jw_lit(w, ",\"la_child_id\":");
	jw_str(w, c->la_child_id);
	jw_lit(w, ",\"name\":");
	if (names && (c->given_name || c->family_name))
		jw_str(w, name);
	else
		jw_lit(w, "null");
	jw_lit(w, ",\"birth_date\":");
	date(w, names ? c->birth : CAL_NONE);
	jw_lit(w, ",\"expected_birth_date\":");
	date(w, names ? c->expected_birth : CAL_NONE);
	jw_lit(w, ",\"items\":[");
	for (size_t i = first; i < end; i++) {
		jw_lit(w, i > first ? ",\n    " : "\n    ");
		item(w, a, wl, &wl->v[i].clock, names);
	}
	jw_lit(w, "]}");
}

static void
groups(struct jw *w, const struct area *a, const struct ts_worklist *wl, int names)
{
	for (size_t i = 0; i < wl->n;) {
		jw_lit(w, i ? ",\n {\"children\":[" : "\n {\"children\":[");
		for (size_t start = i; i < wl->n && wl->v[i].group == wl->v[start].group;) {
			size_t end = i + 1;
			while (end < wl->n && wl->v[end].child == wl->v[i].child)
				end++;
			jw_lit(w, i > start ? ",\n  " : "\n  ");
			child(w, a, wl, i, end, names);
			i = end;
		}
		jw_lit(w, "]}");
	}
}

void
ts_worklist_json(struct jw *w, const struct area *a, const struct ts_worklist *wl,
    const struct ts_who *who, int days, int names)
{
	jw_lit(w, "{\"as_of\":");
	date(w, wl->as_of);
	jw_lit(w, ",\"due_by\":");
	date(w, wl->horizon);
	jw_lit(w, ",\"working_days\":");
	jw_int(w, days);
	jw_lit(w, ",\"for\":{\"kind\":\"");
	jw_lit(w, who->kind);
	jw_lit(w, "\"");
	if (strcmp(who->kind, "area") != 0) {
		jw_lit(w, strcmp(who->kind, "team") == 0 ? ",\"team_id\":" : ",\"professional_id\":");
		jw_int(w, who->id);
		jw_lit(w, ",\"name\":");
		if (who->name)
			jw_str(w, who->name);
		else
			jw_lit(w, "null");
	}
	if (who->username) {
		jw_lit(w, ",\"username\":");
		jw_str(w, who->username);
	}
	jw_lit(w, "},\"overdue\":");
	jw_int(w, (int64_t)wl->overdue);
	jw_lit(w, ",\"due\":");
	jw_int(w, (int64_t)wl->due);
	jw_lit(w, ",\"groups\":[");
	groups(w, a, wl, names);
	jw_lit(w, "]}\n");
}
