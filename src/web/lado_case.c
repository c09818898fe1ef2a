/*
 * lado_case.c: one LADO case (issue 11, point 2): the allegation as recorded, its clocks,
 * the strategy and evaluation meetings held on it with the form to record another, and
 * the form that changes the case (its consideration, outcome, referrals to the barring
 * service or a regulator). Like the forms of a child's records, a change is made only
 * over the version the form was opened on (records_page.h), and every save goes through
 * the record layer as the LADO logged in.
 */
#include "web/pages.h"

#include <string.h>

#include "base/str.h"
#include "web/html.h"
#include "web/lado.h"
#include "web/snapshot.h"
#include "web/web_int.h"

static const struct lado_row *
find(const struct lado_list *l, int64_t id)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].c.id == id)
			return &l->v[i];
	return NULL;
}

static void
clocks(struct web_req *r, const struct lado_row *x)
{
	h(r, "<h2 class=\"govuk-heading-m\">Timescales</h2><ul class=\"govuk-list\">");
	for (int i = 0; i < x->nclocks; i++) {
		struct buf what;
		buf_init(&what, 256);
		ts_describe(NULL, &x->clocks[i], &what);
		h(r, "<li>%s, by %s: ", buf_str(&what), h_date(r, x->clocks[i].target));
		lado_state_tag(r, &x->clocks[i]);
		h(r, "</li>");
		buf_free(&what);
	}
	h(r, "</ul>");
}

struct meetings {
	struct web_req *r;
	int64_t case_id;
	int n;
};

static int
meeting_row(void *ctx, const struct table *t, const struct field *row)
{
	struct meetings *m = ctx;
	int c = records_col_index(t, "lado_case_id"), k = records_col_index(t, "kind");
	int d = records_col_index(t, "held_date");

	if (!row[c].present || row[c].i != m->case_id)
		return 0;
	m->n++;
	h(m->r, "<li>%s: %s</li>", rf_show(m->r, t, k, row[k].s), rf_show(m->r, t, d, row[d].s));
	return 0;
}

/* The case's meetings, and the form of another (f: as sent, when it came back). */
static int
meetings(struct web_req *r, int64_t id, const struct web_form *f)
{
	const struct rf_spec *sp = rf_spec_find("lado_meetings", "edit");
	struct meetings m = {r, id, 0};

	h(r, "<h2 class=\"govuk-heading-m\" id=\"meetings\">Strategy and evaluation meetings</h2>"
	    "<ul class=\"govuk-list govuk-list--bullet\">");
	if (store_scan(r->st, records_table("lado_meetings"), 0, meeting_row, &m) < 0)
		return -1;
	h(r, "</ul>");
	if (!m.n)
		h(r, "<p class=\"govuk-body\">No meeting recorded.</p>");
	h(r, "<h3 class=\"govuk-heading-s\">Record a meeting</h3><form method=\"post\" "
	    "action=\"/lado_cases/%lld/meetings\" novalidate>", (long long)id);
	h_csrf(r);
	rf_draw(r, sp, f, f->e.n > 0, 0);
	h(r, "<button type=\"submit\" class=\"govuk-button govuk-button--secondary\" "
	    "data-module=\"govuk-button\">Save the meeting</button></form>");
	return 0;
}

/* The referrer's agency and the LADO officer by name, from the area in memory. */
static const char *
named(struct web_req *r, const struct web_snapshot *s, const char *col, int64_t id)
{
	const struct m_agency *g = strcmp(col, "referrer_agency_id") == 0 && s ?
	    m_agency(&s->a, id) : NULL;
	const struct m_professional *p = strcmp(col, "officer_id") == 0 && s ?
	    m_professional(&s->a, id) : NULL;

	if (g && g->name)
		return arena_strdup(&r->arena, g->name);
	if (p)
		return arena_printf(&r->arena, "%s %s", p->given_name ? p->given_name : "",
		    p->family_name ? p->family_name : "");
	return NULL;
}

static void
details(struct web_req *r, const struct web_form *c)
{
	const struct rf_spec *sp = rf_spec_find("lado_cases", "edit");
	struct web_snapshot *s = web_snapshot_get(r);

	h_summary_begin(r);
	for (int i = 0; i < sp->nfields; i++) {
		int col = records_col_index(c->t, sp->fields[i].col);
		const struct field *v = &c->row[col];
		const char *text = !v->present ? NULL : v->s ? v->s :
		    arena_printf(&r->arena, "%lld", (long long)v->i);
		const char *name = v->present && !v->s ? named(r, s, sp->fields[i].col, v->i) : NULL;
		h_summary_row(r, sp->fields[i].label, name ? name : rf_show(r, c->t, col, text));
	}
	h_summary_end(r);
	web_snapshot_put(s);
}

/* The case's page; meeting: the meeting's form as sent when it came back with errors. */
static int
case_page(struct web_req *r, const struct web_form *meeting)
{
	const struct rf_spec *msp = rf_spec_find("lado_meetings", "edit");
	struct h_field_error e[REC_MAX_ERRORS];
	const struct lado_row *x;
	struct lado_list l;
	struct web_form c;
	cal_date today;
	int rc, n = rp_summary(r, msp, meeting, e, REC_MAX_ERRORS);

	web_form_init(&c, "lado_cases");
	if (lado_read(r, &l, &today) < 0 || (rc = rf_load(r, &c, r->ids[0])) < 0)
		return -1;
	if (!rc || !(x = find(&l, r->ids[0])))
		return web_not_found(r);
	if (n)
		r->status = 422;
	h_page_begin(r, n ? "Error: LADO case" : "LADO case", NAV_LADO);
	h(r, "<a class=\"govuk-back-link\" href=\"/lado\">Back to the LADO cases</a>");
	h_error_summary(r, e, n);
	if (web_kv_get(&r->query, "saved"))
		h(r, "<div class=\"govuk-notification-banner govuk-notification-banner--success\" "
		    "role=\"alert\" data-module=\"govuk-notification-banner\"><div class=\""
		    "govuk-notification-banner__content\"><p class=\"govuk-notification-banner__heading"
		    "\">Saved</p></div></div>");
	h_heading(r, "LADO case", lado_name(r, x));
	h(r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/lado_cases/%lld/edit\">"
	    "Change the case</a></p>", (long long)x->c.id);
	details(r, &c);
	clocks(r, x);
	return meetings(r, x->c.id, meeting) < 0 ? -1 : (h_page_end(r), 0);
}

/* GET /lado_cases/{id} */
int
page_lado_case(struct web_req *r)
{
	struct web_form m;

	web_form_init(&m, "lado_meetings");
	return case_page(r, &m);
}

/* POST /lado_cases/{id}/meetings */
int
page_lado_meeting(struct web_req *r)
{
	const struct rf_spec *sp = rf_spec_find("lado_meetings", "edit");
	struct web_form m;

	web_form_init(&m, "lado_meetings");
	web_form_set_int(&m, "lado_case_id", r->ids[0]);
	rf_read(r, sp, &m);
	if (rp_save(r, &m, NULL) > 0)
		return web_redirect(r, arena_printf(&r->arena, "/lado_cases/%lld?saved=1#meetings",
		    (long long)r->ids[0]));
	if (!m.e.n)
		return -1;
	return case_page(r, &m);
}

static int
load(struct web_req *r, struct web_form *f, struct rp_form *p)
{
	int rc;

	web_form_init(f, "lado_cases");
	if ((rc = rf_load(r, f, r->ids[0])) <= 0)
		return rc < 0 ? -1 : (web_not_found(r), 0);
	rec_digest(f->t, f->row, p->version);
	p->record_id = r->ids[0];
	p->action = r->path;
	return 1;
}

/* GET /lado_cases/{id}/edit */
int
page_lado_edit(struct web_req *r)
{
	struct web_form f;
	struct rp_form p = {rf_spec_find("lado_cases", "edit"), &f, 0, 0, 0, 0, "", 0, NULL,
	    NULL, NULL};
	int64_t head = 0;
	char hex[2 * STORE_AUDIT_HASH + 1];
	int rc;

	if ((rc = load(r, &f, &p)) <= 0)
		return rc;
	p.since = store_audit_head(r->st, &head, hex) < 0 ? 0 : head;
	lado_form_page(r, &p, arena_printf(&r->arena, "/lado_cases/%lld", (long long)r->ids[0]));
	return 0;
}

/* POST /lado_cases/{id}/edit */
int
page_lado_save(struct web_req *r)
{
	struct web_form f;
	struct rp_form p = {rf_spec_find("lado_cases", "edit"), &f, 0, 0, 1, 0, "", 0, NULL,
	    NULL, NULL};
	int rc;

	if ((rc = load(r, &f, &p)) <= 0)
		return rc;
	rf_read(r, p.spec, &f);
	return rp_alone_saved(r, &p, arena_printf(&r->arena, "/lado_cases/%lld",
	    (long long)r->ids[0]), NAV_LADO, "LADO");
}
