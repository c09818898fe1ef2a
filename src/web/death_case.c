/*
 * death_case.c: one child's death (issue 11, point 6): the notification as recorded, the
 * child at death (from the linked child's record when there is one, else as notified),
 * the panel's review with the days from death to review, and the clocks of the joint
 * agency response and the review; and the two forms that change it, the notification's
 * and the review's. Like the forms of a child's records, a change is made only over the
 * version the form was opened on (records_page.h), and every save goes through the record
 * layer as the person logged in.
 */
#include "web/pages.h"

#include <string.h>

#include "base/str.h"
#include "codes/codes.h"
#include "web/deaths.h"
#include "web/html.h"
#include "web/snapshot.h"
#include "web/web_int.h"

static const struct death_row *
find(const struct death_list *l, int64_t id)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].m.id == id)
			return &l->v[i];
	return NULL;
}

static void
clocks(struct web_req *r, const struct death_row *x)
{
	int days = ts_death_days_to_review(&x->c);

	h(r, "<h2 class=\"govuk-heading-m\">Timescales</h2><ul class=\"govuk-list\">");
	for (int i = 0; i < x->nclocks; i++) {
		struct buf what;
		buf_init(&what, 256);
		ts_describe(NULL, &x->clocks[i], &what);
		h(r, "<li>%s, by %s: ", buf_str(&what), h_date(r, x->clocks[i].target));
		death_state_tag(r, &x->clocks[i]);
		h(r, "</li>");
		buf_free(&what);
	}
	h(r, "</ul>");
	if (days >= 0)
		h(r, "<p class=\"govuk-body\" id=\"days-to-review\">Days from death to review: "
		    "%d.</p>", days);
}

/* The notifying agency by name, from the area in memory. */
static const char *
named(struct web_req *r, const struct web_snapshot *s, const char *col, int64_t id)
{
	const struct m_agency *g = strcmp(col, "notifying_agency_id") == 0 && s ?
	    m_agency(&s->a, id) : NULL;

	return g && g->name ? arena_strdup(&r->arena, g->name) : NULL;
}

static void
details(struct web_req *r, const struct web_form *c, const char *verb)
{
	const struct rf_spec *sp = rf_spec_find("child_deaths", verb);
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

static const char *
tri_words(signed char v)
{
	return v == M_YES ? "Yes" : v == M_NO ? "No" : "Not recorded";
}

/* Who the child was at death, as the figures count them (m_death_profile). */
static void
child_at_death(struct web_req *r, const struct death_row *x)
{
	struct web_snapshot *s = web_snapshot_get(r);
	struct m_death_profile p;
	const char *band, *eth;

	if (!s)
		return;
	m_death_profile(&s->a, &x->m, &p);
	band = p.age_band[0] ? codes_label(codes_list("cdop_age_band"), p.age_band) : NULL;
	eth = p.ethnicity[0] ? codes_label(codes_list("ethnicity"), p.ethnicity) : NULL;
	h(r, "<h2 class=\"govuk-heading-m\">The child at death</h2><p class=\"govuk-body\">%s"
	    "</p>", p.linked ? "Read from the linked child's record." : x->m.linked_child_id ?
	    "The linked record is not in the store: as notified." : "As notified (no child's "
	    "record is linked).");
	h_summary_begin(r);
	h_summary_row(r, "Age at death", band ? band : "Not recorded");
	h_summary_row(r, "Sex", p.sex == 'F' ? "Female" : p.sex == 'M' ? "Male" :
	    "Not recorded");
	h_summary_row(r, "Ethnicity", eth ? eth : "Not recorded");
	h_summary_row(r, "Known to children's social care", tri_words(p.known_to_csc));
	h_summary_row(r, "On a child protection plan", tri_words(p.on_plan));
	h_summary_row(r, "Looked after", tri_words(p.looked_after));
	h_summary_end(r);
	web_snapshot_put(s);
}

/* GET /child_deaths/{id} */
int
page_death(struct web_req *r)
{
	const struct death_row *x;
	struct death_list l;
	struct web_form c;
	cal_date today;
	int rc;

	web_form_init(&c, "child_deaths");
	if (deaths_read(r, &l, &today) < 0 || (rc = rf_load(r, &c, r->ids[0])) < 0)
		return -1;
	if (!rc || !(x = find(&l, r->ids[0])))
		return web_not_found(r);
	h_page_begin(r, "Child death", NAV_DEATHS);
	h(r, "<a class=\"govuk-back-link\" href=\"/deaths\">Back to the child deaths</a>");
	if (web_kv_get(&r->query, "saved"))
		h(r, "<div class=\"govuk-notification-banner govuk-notification-banner--success\" "
		    "role=\"alert\" data-module=\"govuk-notification-banner\"><div class=\""
		    "govuk-notification-banner__content\"><p class=\"govuk-notification-banner__heading"
		    "\">Saved</p></div></div>");
	h_heading(r, "Child death", death_who(r, x));
	h(r, "<h2 class=\"govuk-heading-m\">Notification</h2><p class=\"govuk-body\"><a class=\""
	    "govuk-link\" href=\"/child_deaths/%lld/edit\">Change the notification</a></p>",
	    (long long)x->m.id);
	details(r, &c, "edit");
	child_at_death(r, x);
	h(r, "<h2 class=\"govuk-heading-m\">The panel's review</h2><p class=\"govuk-body\"><a "
	    "class=\"govuk-link\" href=\"/child_deaths/%lld/review\">%s</a></p>",
	    (long long)x->m.id, x->m.cdop == CAL_NONE ? "Record the review" :
	    "Change the review");
	details(r, &c, "review");
	clocks(r, x);
	h_page_end(r);
	return 0;
}

static int
load(struct web_req *r, struct web_form *f, struct rp_form *p)
{
	int rc;

	web_form_init(f, "child_deaths");
	if ((rc = rf_load(r, f, r->ids[0])) <= 0)
		return rc < 0 ? -1 : (web_not_found(r), 0);
	rec_digest(f->t, f->row, p->version);
	p->record_id = r->ids[0];
	p->action = r->path;
	return 1;
}

/* The form's verb: the route's last segment, "edit" (the notification) or "review". */
static const struct rf_spec *
spec_of(const struct web_req *r)
{
	return rf_spec_find("child_deaths", strrchr(r->route->pattern, '/') + 1);
}

/* GET /child_deaths/{id}/edit, /child_deaths/{id}/review */
int
page_death_edit(struct web_req *r)
{
	struct web_form f;
	struct rp_form p = {spec_of(r), &f, 0, 0, 0, 0, "", 0, NULL, NULL, NULL};
	int64_t head = 0;
	char hex[2 * STORE_AUDIT_HASH + 1];
	int rc;

	if ((rc = load(r, &f, &p)) <= 0)
		return rc;
	p.since = store_audit_head(r->st, &head, hex) < 0 ? 0 : head;
	death_form_page(r, &p, arena_printf(&r->arena, "/child_deaths/%lld",
	    (long long)r->ids[0]));
	return 0;
}

/* POST /child_deaths/{id}/edit, /child_deaths/{id}/review */
int
page_death_save(struct web_req *r)
{
	struct web_form f;
	struct rp_form p = {spec_of(r), &f, 0, 0, 1, 0, "", 0, NULL, NULL, NULL};
	int rc;

	if ((rc = load(r, &f, &p)) <= 0)
		return rc;
	rf_read(r, p.spec, &f);
	return rp_alone_saved(r, &p, arena_printf(&r->arena, "/child_deaths/%lld",
	    (long long)r->ids[0]), NAV_DEATHS, "Child deaths");
}
