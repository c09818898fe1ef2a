/*
 * conf_core.c: a child's core groups, the meetings of the professionals who carry out
 * the plan with the family between conferences. For each plan: its members (named by
 * its conferences), and each meeting with who attended, its notes and the actions it
 * agreed (who does what by when, and when it was done). A meeting is recorded with its
 * members' attendance and any new action as one transaction; an action is marked done
 * on its own.
 */
#include "web/pages.h"

#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "base/str.h"
#include "web/child.h"
#include "web/conf.h"
#include "web/html.h"
#include "web/snapshot.h"
#include "web/web_int.h"
#include "web/work.h"

#define MAX_MEMBERS 40

/* The plan's core group: the members named by the conferences of the plan. */
static int
members(const struct conf_ctx *x, const struct m_plan *p, int64_t *out)
{
	const struct area *a = &x->s->a;
	int n = 0;

	for (uint32_t i = 0; i < x->c->core_members.count; i++) {
		const struct m_core_member *m = &a->core_members[x->c->core_members.first + i];
		const struct m_conference *k = m_find_conference(a, x->c, m->conference_id);
		int seen = 0;
		if (!k || (k->id != p->start_conference_id && k->plan_id != p->id))
			continue;
		for (int j = 0; j < n; j++)
			seen |= out[j] == m->professional_id;
		if (!seen && n < MAX_MEMBERS)
			out[n++] = m->professional_id;
	}
	return n;
}

struct actions_ctx {
	struct web_req *r;
	struct child_view *v;
	int64_t core_group_id;
	int n, form;
};

static const char *
col_s(const struct table *t, const struct field *row, const char *name)
{
	int c = records_col_index(t, name);

	return c >= 0 && row[c].present && row[c].s ? row[c].s : NULL;
}

static int
action_row(void *p, const struct table *t, const struct field *row)
{
	struct actions_ctx *x = p;
	struct web_req *r = x->r;
	int g = records_col_index(t, "core_group_id"), o = records_col_index(t, "owner_id");
	const char *done = col_s(t, row, "done_date"), *due = col_s(t, row, "due_date");

	if (row[g].i != x->core_group_id)
		return 0;
	if (x->n++ == 0)
		h(r, "<table class=\"govuk-table\"><caption class=\"govuk-table__caption "
		    "govuk-table__caption--s\">Actions</caption><thead class=\"govuk-table__head\"><tr "
		    "class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Action"
		    "</th><th scope=\"col\" class=\"govuk-table__header\">Who</th><th scope=\"col\" "
		    "class=\"govuk-table__header\">By</th><th scope=\"col\" class=\"govuk-table__header\">"
		    "Done</th></tr></thead><tbody class=\"govuk-table__body\">");
	h(r, "<tr class=\"govuk-table__row\" id=\"core_group_actions-%lld\"><td class=\""
	    "govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s</td><td class=\""
	    "govuk-table__cell sg-nowrap\">%s</td><td class=\"govuk-table__cell\">", (long long)row[0].i,
	    col_s(t, row, "action") ? col_s(t, row, "action") : "", row[o].present ?
	    child_person(x->v, row[o].i) : "No one named", due ? due : "");
	conf_action_done(r, x->v->c->id, done, x->form, "core-groups", "action_id", row[0].i);
	h(r, "</td></tr>");
	return 0;
}

static void
meeting(struct web_req *r, struct conf_ctx *x, struct child_view *v, const struct m_core_group *g)
{
	const struct area *a = &x->s->a;
	struct actions_ctx ac = {r, v, g->id, 0, (r->role & (R_SW | R_MANAGER | R_CHAIR)) != 0};
	int n = 0;

	h(r, "<section class=\"sg-step\" id=\"core_groups-%lld\"><h3 class=\"govuk-heading-s\">Core "
	    "group %s %s</h3>", (long long)g->id, g->held != CAL_NONE ? "held" : "scheduled for",
	    h_date(r, g->held != CAL_NONE ? g->held : g->scheduled));
	h(r, "<ul class=\"govuk-list\">");
	for (uint32_t i = 0; i < x->c->attendance.count; i++) {
		const struct m_attendance *m = &a->attendance[x->c->attendance.first + i];
		if (m->core_group_id != g->id)
			continue;
		h(r, "<li>%s: %s</li>", child_person(v, m->professional_id), m->attended ?
		    "attended" : m->apologies ? "apologies" : "did not attend");
		n++;
	}
	if (!n)
		h(r, "<li>No attendance recorded.</li>");
	h(r, "</ul>");
	if (g->notes)
		h(r, "<p class=\"govuk-body sg-prewrap\">%s</p>", g->notes);
	store_scan(r->st, records_table("core_group_actions"), x->c->id, action_row, &ac);
	if (ac.n)
		h(r, "</tbody></table>");
	h(r, "</section>");
}

struct meeting_form {
	struct web_form group, action;
	char attend[MAX_MEMBERS];	/* 'a' attended, 'p' apologies, 'x' absent, 0 not said */
	struct h_field_error page[MAX_MEMBERS];
	int npage;
};

static void
attendance_fields(struct web_req *r, struct child_view *v, const int64_t *who, int n,
    const struct meeting_form *m)
{
	h(r, "<h3 class=\"govuk-heading-s\">Who came</h3>");
	for (int i = 0; i < n; i++) {
		const char *name = arena_printf(&r->arena, "attend_%lld", (long long)who[i]);
		char was = m ? m->attend[i] : 0;
		conf_attendance(r, name, child_person(v, who[i]), was);
	}
}

static void
meeting_form(struct web_req *r, struct conf_ctx *x, struct child_view *v, const struct m_plan *p,
    struct meeting_form *m)
{
	int64_t who[MAX_MEMBERS];
	int n = members(x, p, who);

	h(r, "<h2 class=\"govuk-heading-m\" id=\"record\">Record a core group meeting</h2>"
	    "<form method=\"post\" action=\"/children/%lld/core-groups\" novalidate>",
	    (long long)x->c->id);
	h_csrf(r);
	conf_text(r, &m->group, "scheduled_date", "Date it was called for", "YYYY-MM-DD",
	    "govuk-input--width-10");
	conf_text(r, &m->group, "held_date", "Date it was held", "YYYY-MM-DD; leave empty for a "
	    "meeting still to come", "govuk-input--width-10");
	attendance_fields(r, v, who, n, m);
	conf_textarea(r, &m->group, "notes", "Notes", "What was reviewed, and what has changed "
	    "for the child.");
	h(r, "<h3 class=\"govuk-heading-s\">An action agreed</h3>");
	conf_text(r, &m->action, "action", "Action", "For example: book the dental check", NULL);
	conf_people(r, &x->s->a, &m->action, "owner_id", "Who will do it", 0);
	conf_text(r, &m->action, "due_date", "By", "YYYY-MM-DD", "govuk-input--width-10");
	h(r, "<button type=\"submit\" class=\"govuk-button\">Save the meeting</button></form>");
}

static int
core_page(struct web_req *r, struct meeting_form *m)
{
	struct conf_ctx x;
	struct child_view v;
	const struct m_plan *p;
	struct h_field_error e[80];
	int ne = 0, rc = conf_open(r, &x, 1);

	if (rc <= 0)
		return rc;
	v = (struct child_view){r, x.s, &x.s->a, x.c, {0}, x.s->today, 0, 0};
	p = conf_open_plan(&x);
	ne += web_form_errors(r, &m->group, e, 30);
	ne += web_form_errors(r, &m->action, e + ne, 30);
	for (int i = 0; i < m->npage && ne < 80; i++)
		e[ne++] = m->page[i];
	h_page_begin(r, ne ? "Error: Core groups" : "Core groups", NAV_WORK);
	conf_heading(r, &x, "Core groups");
	if (ne)
		h_error_summary(r, e, ne);
	for (uint32_t i = x.c->plans.count; i-- > 0;) {
		const struct m_plan *q = &x.s->a.plans[x.c->plans.first + i];
		int64_t who[MAX_MEMBERS];
		int n = members(&x, q, who);
		h(r, "<h2 class=\"govuk-heading-m\">Plan from %s</h2><p class=\"govuk-body\">Members: ",
		    h_date(r, q->start));
		for (int k = 0; k < n; k++)
			h(r, "%s%s", k ? "; " : "", child_person(&v, who[k]));
		h(r, "%s</p>", n ? "" : "none named");
		for (uint32_t k = x.c->core_groups.count; k-- > 0;) {
			const struct m_core_group *g = &x.s->a.core_groups[x.c->core_groups.first + k];
			if (g->plan_id == q->id)
				meeting(r, &x, &v, g);
		}
	}
	if (!x.c->plans.count)
		h(r, "<p class=\"govuk-body\">The child has had no child protection plan.</p>");
	h(r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/children/%lld/plan\">The "
	    "plan's outcomes and actions</a></p>", (long long)x.c->id);
	if (p && (r->role & (R_SW | R_MANAGER | R_CHAIR)))
		meeting_form(r, &x, &v, p, m);
	h_page_end(r);
	conf_close(&x);
	return 0;
}

static void
fresh(struct meeting_form *m)
{
	memset(m, 0, sizeof *m);
	web_form_init(&m->group, "core_groups");
	web_form_init(&m->action, "core_group_actions");
}

int
page_core_groups(struct web_req *r)
{
	struct meeting_form *m = xcalloc(1, sizeof *m);
	int rc;

	fresh(m);
	rc = core_page(r, m);
	xfree(m);
	return rc;
}

static void
page_error(struct web_req *r, struct meeting_form *m, const char *field, const char *message)
{
	if (m->npage < MAX_MEMBERS)
		m->page[m->npage++] = (struct h_field_error){field, arena_strdup(&r->arena, message)};
}

static void
read_attendance(struct web_req *r, struct child_view *v, const int64_t *who, int n,
    struct meeting_form *m, int held)
{
	for (int i = 0; i < n; i++) {
		const char *name = arena_printf(&r->arena, "attend_%lld", (long long)who[i]);
		const char *said = name ? web_kv_get(&r->form, name) : NULL;
		m->attend[i] = !said ? 0 : strcmp(said, "attended") == 0 ? 'a' :
		    strcmp(said, "apologies") == 0 ? 'p' : strcmp(said, "absent") == 0 ? 'x' : 0;
		if (held && !m->attend[i] && name)
			page_error(r, m, name, arena_printf(&r->arena, "%s: choose whether they "
			    "attended, sent apologies or did not attend", child_person(v, who[i])));
	}
}

/* What the record layer cannot know of a meeting. */
static void
meeting_rules(struct web_req *r, struct meeting_form *m)
{
	struct web_form *g = &m->group;
	int hc = records_col_index(g->t, "held_date");
	cal_date held;

	if (!g->e.n && !conf_given(g, "scheduled_date") && !conf_given(g, "held_date"))
		conf_error(g, "scheduled_date", "give the date it was called for, or the date it "
		    "was held");
	if (g->row[hc].present && g->row[hc].s && cal_parse(g->row[hc].s, &held) &&
	    held > web_today(r->srv))
		conf_error(g, "held_date", "cannot be in the future: leave it empty for a meeting "
		    "still to come");
	if (!m->action.e.n && !conf_given(&m->action, "action") &&
	    (conf_given(&m->action, "owner_id") || conf_given(&m->action, "due_date")))
		conf_error(&m->action, "action", "say what is to be done, or leave who and by "
		    "when empty");
}

static int
save_meeting(struct web_req *r, const struct conf_ctx *x, struct meeting_form *m,
    const int64_t *who, int n)
{
	struct web_form *w = xcalloc(1, sizeof *w);
	int ok;

	if (conf_begin(r, &m->group) < 0) {
		xfree(w);
		return -1;
	}
	ok = conf_put(r, &m->group) >= 0;
	for (int i = 0; ok && i < n && m->attend[i]; i++) {
		web_form_init(w, "core_group_attendance");
		web_form_set_int(w, "child_id", x->c->id);
		web_form_set_int(w, "core_group_id", m->group.row[0].i);
		web_form_set_int(w, "professional_id", who[i]);
		web_form_set_int(w, "attended", m->attend[i] == 'a');
		web_form_set_int(w, "apologies", m->attend[i] == 'p');
		ok = conf_put(r, w) >= 0;
	}
	if (ok && conf_given(&m->action, "action")) {
		web_form_set_int(&m->action, "child_id", x->c->id);
		web_form_set_int(&m->action, "core_group_id", m->group.row[0].i);
		ok = conf_put(r, &m->action) >= 0;
	}
	for (int i = 0; i < w->e.n && i < REC_MAX_ERRORS; i++)
		page_error(r, m, "main-content", w->e.v[i].message);
	xfree(w);
	return conf_end(r, &m->group, ok && !m->npage) > 0 ? 0 : -1;
}

int
page_core_group_save(struct web_req *r)
{
	static const char *const group_cols[] = {"scheduled_date", "held_date", "notes", NULL};
	static const char *const action_cols[] = {"action", "owner_id", "due_date", NULL};
	struct meeting_form *m = xcalloc(1, sizeof *m);
	struct conf_ctx x;
	struct child_view v;
	const struct m_plan *p;
	int64_t who[MAX_MEMBERS];
	int n = 0, rc = conf_open(r, &x, 1);

	if (rc <= 0) {
		xfree(m);
		return rc;
	}
	fresh(m);
	v = (struct child_view){r, x.s, &x.s->a, x.c, {0}, x.s->today, 0, 0};
	web_form_read(r, &m->group, group_cols);
	web_form_read(r, &m->action, action_cols);
	if ((p = conf_open_plan(&x))) {
		web_form_set_int(&m->group, "child_id", x.c->id);
		web_form_set_int(&m->group, "plan_id", p->id);
		n = members(&x, p, who);
	} else
		conf_error(&m->group, "scheduled_date", "the child has no open plan to hold a core "
		    "group for");
	read_attendance(r, &v, who, n, m, conf_given(&m->group, "held_date"));
	meeting_rules(r, m);
	conf_check(&m->group);
	rc = m->group.e.n || m->action.e.n || m->npage ? -1 : save_meeting(r, &x, m, who, n);
	conf_close(&x);
	rc = rc < 0 ? core_page(r, m) : web_redirect(r, arena_printf(&r->arena,
	    "/children/%lld/core-groups#core_groups-%lld", (long long)r->child_id,
	    (long long)m->group.row[0].i));
	xfree(m);
	return rc;
}

/* An action of the child's core groups marked done today. */
int
page_core_action_done(struct web_req *r)
{
	struct meeting_form *m = xcalloc(1, sizeof *m);
	struct web_form *f = &m->action;
	const char *v = web_kv_get(&r->form, "action_id");
	int64_t id = 0;
	int rc, found;

	fresh(m);
	found = v && str_to_i64(v, &id) && conf_form_load(r, f, "core_group_actions", id) == 1;
	if (!found || f->row[records_col_index(f->t, "child_id")].i != r->child_id) {
		web_form_init(f, "core_group_actions");
		page_error(r, m, "record", "Mark done: this action is not one of the child's");
	} else {
		web_form_set_text(f, "done_date", conf_iso(r, web_today(r->srv)));
		if (web_form_save(r, f) >= 0) {
			xfree(m);
			return web_redirect(r, arena_printf(&r->arena, "/children/%lld/core-groups"
			    "#core_group_actions-%lld", (long long)r->child_id, (long long)id));
		}
	}
	rc = core_page(r, m);
	xfree(m);
	return rc;
}
