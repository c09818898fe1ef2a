/*
 * audit_rows.c: the records of the multi-agency case audits as the pages read them
 * (issue 11, point 4): each table's records straight from the store (a save shows at
 * once, and the tables are small: a few audits a year), the names of the agencies and
 * people they point to, and the actions' clocks (the engine's ts_action) with the table
 * that lists them on the audit's page, the partner's page and the owner's worklist.
 */
#include "web/audits.h"

#include <string.h>

#include "base/str.h"
#include "codes/codes.h"
#include "web/html.h"
#include "web/pages.h"
#include "web/rform.h"
#include "web/snapshot.h"

struct reader {
	struct web_req *r;
	struct audit_rows *out;
	int col;
	int64_t id;
};

static int
keep(void *ctx, const struct table *t, const struct field *row)
{
	struct reader *x = ctx;
	struct audit_row *w;

	if (x->col >= 0 && (!row[x->col].present || row[x->col].i != x->id))
		return 0;
	if (!(w = arena_alloc(&x->r->arena, sizeof *w)))
		return -1;
	memset(w, 0, sizeof *w);
	for (int c = 0; c < t->ncols && c < AUDIT_MAX_COLS; c++) {
		w->f[c] = row[c];
		if (row[c].present && row[c].s)
			w->f[c].s = arena_strdup(&x->r->arena, row[c].s);
	}
	if (x->out->last)
		x->out->last->next = w;
	else
		x->out->first = w;
	x->out->last = w;
	x->out->n++;
	return 0;
}

int
audit_read(struct web_req *r, const char *table, const char *col, int64_t id,
    struct audit_rows *out)
{
	struct reader x = {r, out, -1, id};

	memset(out, 0, sizeof *out);
	out->t = records_table(table);
	if (!out->t || out->t->ncols > AUDIT_MAX_COLS)
		return -1;
	if (col && (x.col = records_col_index(out->t, col)) < 0)
		return -1;
	return store_scan(r->st, out->t, 0, keep, &x) < 0 ? -1 : 0;
}

int64_t
audit_i(const struct audit_rows *x, const struct audit_row *w, const char *col)
{
	int c = records_col_index(x->t, col);

	return c >= 0 && w->f[c].present && !w->f[c].s ? w->f[c].i : 0;
}

const char *
audit_s(const struct audit_rows *x, const struct audit_row *w, const char *col)
{
	int c = records_col_index(x->t, col);

	return c >= 0 && w->f[c].present ? w->f[c].s : NULL;
}

cal_date
audit_d(const struct audit_rows *x, const struct audit_row *w, const char *col)
{
	const char *s = audit_s(x, w, col);
	cal_date d;

	return s && cal_parse(s, &d) ? d : CAL_NONE;
}

const char *
audit_label(struct web_req *r, const struct audit_rows *x, const struct audit_row *w,
    const char *col)
{
	int c = records_col_index(x->t, col);

	return c >= 0 ? rf_show(r, x->t, c, audit_s(x, w, col)) : "";
}

const char *
audit_agency(struct web_req *r, int64_t id)
{
	struct web_snapshot *s = id ? web_snapshot_get(r) : NULL;
	const struct m_agency *g = s ? m_agency(&s->a, id) : NULL;
	const char *name = g && g->name ? arena_strdup(&r->arena, g->name) : "";

	web_snapshot_put(s);
	return name;
}

const char *
audit_person(struct web_req *r, int64_t id)
{
	struct web_snapshot *s = id ? web_snapshot_get(r) : NULL;
	const struct m_professional *p = s ? m_professional(&s->a, id) : NULL;
	const char *name = p ? arena_printf(&r->arena, "%s %s", p->given_name ? p->given_name :
	    "", p->family_name ? p->family_name : "") : "";

	web_snapshot_put(s);
	return name;
}

int
audit_action_clock(const struct audit_rows *x, const struct audit_row *w, cal_date today,
    struct ts_clock *out)
{
	struct m_action m;
	const char *status = audit_s(x, w, "status");

	memset(&m, 0, sizeof m);
	m.id = w->f[0].i;
	m.set = audit_d(x, w, "set_date");
	m.due = audit_d(x, w, "due_date");
	m.completed = audit_d(x, w, "completed_date");
	str_copy(m.status, sizeof m.status, status ? status : "");
	return ts_action(&m, today, out);
}

int
audit_ours(const struct web_req *r, const struct audit_rows *x, const struct audit_row *w)
{
	const char *col = strcmp(x->t->name, "actions") == 0 ? "owner_agency_id" : "agency_id";

	return r->user.agency_id && audit_i(x, w, col) == r->user.agency_id;
}

void
audit_state_tag(struct web_req *r, const struct ts_clock *k)
{
	static const char *const colour[] = {
	    [TS_NA] = "grey", [TS_MET] = "green", [TS_MISSED] = "orange", [TS_DUE] = "blue",
	    [TS_OVERDUE] = "red"};
	static const char *const words[] = {
	    [TS_NA] = "withdrawn", [TS_MET] = "completed on time",
	    [TS_MISSED] = "completed late", [TS_DUE] = "due", [TS_OVERDUE] = "overdue"};
	int s = k->state <= TS_OVERDUE ? k->state : TS_NA;

	h_tag(r, colour[s], words[s]);
}

static void
action_row(struct web_req *r, const struct audit_rows *x, const struct audit_row *w,
    const struct ts_clock *k)
{
	int64_t owner = audit_i(x, w, "owner_id");
	const char *who = audit_agency(r, audit_i(x, w, "owner_agency_id"));

	if (owner)
		who = arena_printf(&r->arena, "%s (%s)", audit_person(r, owner), who);
	h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"><a class=\""
	    "govuk-link\" href=\"/actions/%lld/update\">%s</a></td><td class=\""
	    "govuk-table__cell\">%s</td><td class=\"govuk-table__cell sg-nowrap\">%s</td><td "
	    "class=\"govuk-table__cell\">", (long long)w->f[0].i, audit_s(x, w, "action"), who,
	    h_date(r, k->target));
	audit_state_tag(r, k);
	h(r, "</td></tr>");
}

void
audit_actions_table(struct web_req *r, const struct audit_rows *x, cal_date today,
    const char *caption, int (*take)(struct web_req *r, cal_date today,
    const struct ts_clock *k, const struct audit_rows *x, const struct audit_row *w))
{
	struct ts_clock k;
	int n = 0;

	for (const struct audit_row *w = x->first; w; w = w->next) {
		if (!audit_action_clock(x, w, today, &k) || (take && !take(r, today, &k, x, w)))
			continue;
		if (!n++)
			h(r, "<table class=\"govuk-table\"><caption class=\"govuk-table__caption "
			    "govuk-table__caption--m\">%s</caption><thead class=\"govuk-table__head\">"
			    "<tr class=\"govuk-table__row\"><th scope=\"col\" class=\""
			    "govuk-table__header\">Action</th><th scope=\"col\" class=\""
			    "govuk-table__header\">Owner</th><th scope=\"col\" class=\""
			    "govuk-table__header\">Due</th><th scope=\"col\" class=\""
			    "govuk-table__header\">State</th></tr></thead><tbody class=\""
			    "govuk-table__body\">", caption);
		action_row(r, x, w, &k);
	}
	if (n)
		h(r, "</tbody></table>");
	else
		h(r, "<h2 class=\"govuk-heading-m\">%s</h2><p class=\"govuk-body\">None.</p>",
		    caption);
}

/* The worklist's: the person's own, or their agency's when no one of it is named; overdue,
 * or due in the next 20 working days. */
static int
owed_by_me(struct web_req *r, cal_date today, const struct ts_clock *k,
    const struct audit_rows *x, const struct audit_row *w)
{
	int64_t owner = audit_i(x, w, "owner_id");

	if (k->state != TS_OVERDUE && (k->state != TS_DUE ||
	    k->target > cal_add_working_days(today, 20)))
		return 0;
	if (owner)
		return r->user.professional_id && owner == r->user.professional_id;
	return (r->role & R_PARTNER) && audit_ours(r, x, w);
}

void
web_actions_work(struct web_req *r)
{
	struct web_snapshot *s = web_snapshot_get(r);
	struct audit_rows x;
	cal_date today = s ? s->today : CAL_NONE;

	web_snapshot_put(s);
	if (!s || audit_read(r, "actions", NULL, 0, &x) < 0)
		return;
	audit_actions_table(r, &x, today, "Actions from audits: overdue and due", owed_by_me);
}
