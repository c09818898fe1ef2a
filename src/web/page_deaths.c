/*
 * page_deaths.c: the child death review's own pages (issue 11, point 6; domain.md 5): the
 * deaths notified, with what is due (the joint agency response to an unexpected death,
 * the panel's review of every death), and the form of a new notification. Only the child
 * death review role reaches them (routes.c): a death belongs to no child's record, and the
 * overview panel's work is anonymous (seed 004), so no child's page, search, export or
 * worklist shows it, and these pages name no child. A death is saved through the record
 * layer like every record, so its checks are the import's and the API's.
 */
#include "web/pages.h"

#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "base/str.h"
#include "codes/codes.h"
#include "web/deaths.h"
#include "web/html.h"
#include "web/snapshot.h"
#include "web/web_int.h"

struct reader {
	struct web_req *r;
	struct death_list *out;
	const struct ts_config *cfg;
	cal_date today;
};

static cal_date
date_of(const struct table *t, const struct field *row, const char *col)
{
	int c = records_col_index(t, col);
	cal_date d;

	return c >= 0 && row[c].present && row[c].s && cal_parse(row[c].s, &d) ? d : CAL_NONE;
}

static void
code_of(const struct table *t, const struct field *row, const char *col, char *out,
    size_t size)
{
	int c = records_col_index(t, col);

	snprintf(out, size, "%s", c >= 0 && row[c].present && row[c].s ? row[c].s : "");
}

static signed char
tri_of(const struct table *t, const struct field *row, const char *col)
{
	int c = records_col_index(t, col);

	return c < 0 || !row[c].present ? M_UNKNOWN : row[c].i ? M_YES : M_NO;
}

static int64_t
id_of(const struct table *t, const struct field *row, const char *col)
{
	int c = records_col_index(t, col);

	return c >= 0 && row[c].present ? row[c].i : 0;
}

static int
one_death(void *ctx, const struct table *t, const struct field *row)
{
	struct reader *x = ctx;
	struct death_list *l = x->out;
	struct death_row *o;
	char sex[4];

	VEC_GROW(l->v, l->n, l->cap);
	o = &l->v[l->n++];
	memset(o, 0, sizeof *o);
	o->m.id = row[0].i;
	o->m.death = date_of(t, row, "death_date");
	o->m.notified = date_of(t, row, "notified_date");
	o->m.jar = date_of(t, row, "jar_date");
	o->m.cdop = date_of(t, row, "cdop_date");
	o->m.notifying_agency_id = id_of(t, row, "notifying_agency_id");
	o->m.linked_child_id = id_of(t, row, "linked_child_id");
	code_of(t, row, "age_band", o->m.age_band, sizeof o->m.age_band);
	code_of(t, row, "sex", sex, sizeof sex);
	o->m.sex = sex[0] ? sex[0] : 'U';
	code_of(t, row, "ethnicity", o->m.ethnicity, sizeof o->m.ethnicity);
	code_of(t, row, "expectation", o->m.expectation, sizeof o->m.expectation);
	code_of(t, row, "category", o->m.category, sizeof o->m.category);
	code_of(t, row, "modifiable", o->m.modifiable, sizeof o->m.modifiable);
	o->m.jar_held = tri_of(t, row, "jar_held");
	o->m.known_to_csc = tri_of(t, row, "known_to_csc");
	o->m.on_plan = tri_of(t, row, "on_plan");
	o->m.looked_after = tri_of(t, row, "looked_after");
	o->c = (struct ts_death_case){o->m.id, strcmp(o->m.expectation, "unexpected") == 0,
	    o->m.jar_held, o->m.death, o->m.notified, o->m.jar, o->m.cdop};
	o->nclocks = ts_death(x->cfg, &o->c, x->today, o->clocks);
	return 0;
}

/* The list's array is the heap's (VEC_GROW); it is handed to the arena's keeping by
 * copying, so that a handler has nothing to free. */
int
deaths_read(struct web_req *r, struct death_list *out, cal_date *today)
{
	struct web_snapshot *s = web_snapshot_get(r);
	struct death_list heap = {0};
	struct reader x = {r, &heap, NULL, 0};
	int rc;

	memset(out, 0, sizeof *out);
	if (!s)
		return -1;
	x.cfg = s->cfg;
	x.today = *today = s->today;
	rc = store_scan(r->st, records_table("child_deaths"), 0, one_death, &x);
	web_snapshot_put(s);
	if (rc == 0 && heap.n &&
	    (out->v = arena_alloc(&r->arena, heap.n * sizeof *heap.v)) != NULL) {
		memcpy(out->v, heap.v, heap.n * sizeof *heap.v);
		out->n = heap.n;
	}
	xfree(heap.v);
	return rc < 0 || (heap.n && !out->v) ? -1 : 0;
}

void
death_state_tag(struct web_req *r, const struct ts_clock *k)
{
	static const char *const colour[] = {
	    [TS_NA] = "grey", [TS_MET] = "green", [TS_MISSED] = "orange", [TS_DUE] = "blue",
	    [TS_OVERDUE] = "red"};

	h_tag(r, colour[k->state <= TS_OVERDUE ? k->state : TS_NA], ts_state_words(k));
}

const char *
death_who(struct web_req *r, const struct death_row *x)
{
	struct web_snapshot *s = web_snapshot_get(r);
	struct m_death_profile p;
	const char *band, *out;

	if (!s)
		return "";
	m_death_profile(&s->a, &x->m, &p);
	band = p.age_band[0] ? codes_label(codes_list("cdop_age_band"), p.age_band) : NULL;
	out = arena_printf(&r->arena, "Death %lld: %s, %s", (long long)x->m.id,
	    band ? band : "age not recorded", p.sex == 'F' ? "female" : p.sex == 'M' ? "male" :
	    "sex not recorded");
	web_snapshot_put(s);
	return out;
}

/* One clock of the worklist: the death, what is owed, by when, its state. */
static void
due_row(struct web_req *r, const struct death_row *x, const struct ts_clock *k)
{
	struct buf what;

	buf_init(&what, 256);
	ts_describe(NULL, k, &what);
	h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"><a class=\""
	    "govuk-link\" href=\"/child_deaths/%lld\">%s</a></td><td class=\"govuk-table__cell\">"
	    "%s</td><td class=\"govuk-table__cell sg-nowrap\">%s</td><td class=\""
	    "govuk-table__cell\">", (long long)x->m.id, death_who(r, x), buf_str(&what),
	    h_date(r, k->target));
	death_state_tag(r, k);
	h(r, "</td></tr>");
	buf_free(&what);
}

static void
due_table(struct web_req *r, const struct death_list *l, cal_date horizon)
{
	int n = 0;

	for (size_t i = 0; i < l->n; i++)
		for (int j = 0; j < l->v[i].nclocks; j++) {
			const struct ts_clock *k = &l->v[i].clocks[j];
			if (k->state != TS_OVERDUE && (k->state != TS_DUE || k->target > horizon))
				continue;
			if (!n++)
				h(r, "<table class=\"govuk-table\"><caption class=\"govuk-table__caption "
				    "govuk-table__caption--m\">Child deaths: overdue and due</caption>"
				    "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">"
				    "<th scope=\"col\" class=\"govuk-table__header\">Death</th><th "
				    "scope=\"col\" class=\"govuk-table__header\">What</th><th scope=\"col\""
				    " class=\"govuk-table__header\">By</th><th scope=\"col\" class=\""
				    "govuk-table__header\">State</th></tr></thead><tbody class=\""
				    "govuk-table__body\">");
			due_row(r, &l->v[i], k);
		}
	if (n)
		h(r, "</tbody></table>");
	else
		h(r, "<p class=\"govuk-body\">No joint agency response or review is overdue or due "
		    "in the next 20 working days.</p>");
}

void
web_deaths_work(struct web_req *r)
{
	struct death_list l;
	cal_date today;

	if (deaths_read(r, &l, &today) < 0)
		return;
	due_table(r, &l, cal_add_working_days(today, 20));
	h(r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/deaths\">All child deaths"
	    "</a></p>");
}

static void
death_row_of(struct web_req *r, const struct death_row *x)
{
	const struct code_list *cat = codes_list("cdop_category");

	h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell sg-nowrap\">%s</td>"
	    "<td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"/child_deaths/%lld\">"
	    "%s</a></td><td class=\"govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">"
	    "%s</td></tr>", h_date(r, x->m.death), (long long)x->m.id, death_who(r, x),
	    x->m.expectation, x->m.cdop == CAL_NONE ? "not yet reviewed" :
	    x->m.category[0] ? codes_label(cat, x->m.category) : "reviewed");
}

/* GET /deaths */
int
page_deaths(struct web_req *r)
{
	struct death_list l;
	cal_date today;

	if (deaths_read(r, &l, &today) < 0)
		return -1;
	h_page_begin(r, "Child deaths", NAV_DEATHS);
	h_heading(r, NULL, "Child deaths");
	h(r, "<p class=\"govuk-body\">The deaths of children normally resident in the area, as "
	    "at the end of %s. Every record is anonymous: the child is named nowhere here. "
	    "<a class=\"govuk-link\" href=\"/deaths/new\">Notify a child's death</a></p>",
	    h_date(r, today));
	due_table(r, &l, cal_add_working_days(today, 20));
	h(r, "<table class=\"govuk-table\"><caption class=\"govuk-table__caption "
	    "govuk-table__caption--m\">Every death, newest first (%zu)</caption><thead class=\""
	    "govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\""
	    "govuk-table__header\">Date of death</th><th scope=\"col\" class=\""
	    "govuk-table__header\">Death</th><th scope=\"col\" class=\"govuk-table__header\">"
	    "Expected or unexpected</th><th scope=\"col\" class=\"govuk-table__header\">Review"
	    "</th></tr></thead><tbody class=\"govuk-table__body\">", l.n);
	for (size_t i = l.n; i-- > 0;)
		death_row_of(r, &l.v[i]);
	h(r, "</tbody></table>");
	h_page_end(r);
	return 0;
}

void
death_form_page(struct web_req *r, const struct rp_form *p, const char *back)
{
	rp_alone_page(r, p, back, NAV_DEATHS, "Child deaths");
}

/* GET /deaths/new */
int
page_death_new(struct web_req *r)
{
	const struct rf_spec *sp = rf_spec_find("child_deaths", "edit");
	struct web_form f;
	struct rp_form p = {sp, &f, 0, 0, 0, 0, "", 0, "/deaths", NULL, NULL};

	web_form_init(&f, sp->table);
	death_form_page(r, &p, "/deaths");
	return 0;
}

/* POST /deaths */
int
page_death_create(struct web_req *r)
{
	const struct rf_spec *sp = rf_spec_find("child_deaths", "edit");
	struct web_form f;
	struct rp_form p = {sp, &f, 0, 0, 1, 0, "", 0, "/deaths", NULL, NULL};

	web_form_init(&f, sp->table);
	rf_read(r, sp, &f);
	if (rp_save(r, &f, NULL) > 0)
		return web_redirect(r, arena_printf(&r->arena, "/child_deaths/%lld?saved=1",
		    (long long)f.row[0].i));
	if (!f.e.n)
		return -1;
	death_form_page(r, &p, "/deaths");
	return 0;
}
