/*
 * page_lado.c: the LADO's own pages (issue 11, point 2; domain.md 3.2): the list of
 * allegations against people who work with children, with what is due (the initial
 * consideration within a working day, the resolution at 1, 3 and 12 months), and the
 * form of a new case. Only the LADO reaches them (routes.c): the cases belong to no
 * child, so no child's page, search, export or worklist shows them. A case is saved
 * through the record layer like every record, so its checks are the import's and the
 * API's.
 */
#include "web/pages.h"

#include <string.h>

#include "base/mem.h"
#include "base/str.h"
#include "codes/codes.h"
#include "web/html.h"
#include "web/lado.h"
#include "web/snapshot.h"
#include "web/web_int.h"

struct reader {
	struct web_req *r;
	struct lado_list *out;
	const struct ts_config *cfg;
	cal_date today;
};

static const char *
text_of(struct web_req *r, const struct table *t, const struct field *row, const char *col)
{
	int c = records_col_index(t, col);

	return c >= 0 && row[c].present && row[c].s ? arena_strdup(&r->arena, row[c].s) : NULL;
}

static cal_date
date_of(const struct table *t, const struct field *row, const char *col)
{
	int c = records_col_index(t, col);
	cal_date d;

	return c >= 0 && row[c].present && row[c].s && cal_parse(row[c].s, &d) ? d : CAL_NONE;
}

static int
one_case(void *ctx, const struct table *t, const struct field *row)
{
	struct reader *x = ctx;
	struct lado_list *l = x->out;
	struct lado_row *o;
	int officer = records_col_index(t, "officer_id");

	VEC_GROW(l->v, l->n, l->cap);
	o = &l->v[l->n++];
	memset(o, 0, sizeof *o);
	o->c.id = row[0].i;
	o->c.officer_id = row[officer].present ? row[officer].i : 0;
	o->kind = text_of(x->r, t, row, "kind");
	o->c.referral = o->kind && strcmp(o->kind, "referral") == 0;
	o->c.received = date_of(t, row, "received_date");
	o->c.considered = date_of(t, row, "considered_date");
	o->c.resolved = date_of(t, row, "resolved_date");
	o->given = text_of(x->r, t, row, "employee_given_name");
	o->family = text_of(x->r, t, row, "employee_family_name");
	o->employer = text_of(x->r, t, row, "employer");
	o->sector = text_of(x->r, t, row, "sector");
	o->role = text_of(x->r, t, row, "employee_role");
	o->category = text_of(x->r, t, row, "category");
	o->outcome = text_of(x->r, t, row, "outcome");
	o->nclocks = ts_lado(x->cfg, &o->c, x->today, o->clocks);
	return 0;
}

/* The list's array is the heap's (VEC_GROW); it is handed to the arena's keeping by
 * copying, so that a handler has nothing to free. */
int
lado_read(struct web_req *r, struct lado_list *out, cal_date *today)
{
	struct web_snapshot *s = web_snapshot_get(r);
	struct lado_list heap = {0};
	struct reader x = {r, &heap, NULL, 0};
	int rc;

	memset(out, 0, sizeof *out);
	if (!s)
		return -1;
	x.cfg = s->cfg;
	x.today = *today = s->today;
	rc = store_scan(r->st, records_table("lado_cases"), 0, one_case, &x);
	web_snapshot_put(s);
	if (rc == 0 && heap.n &&
	    (out->v = arena_alloc(&r->arena, heap.n * sizeof *heap.v)) != NULL) {
		memcpy(out->v, heap.v, heap.n * sizeof *heap.v);
		out->n = heap.n;
	}
	xfree(heap.v);
	return rc < 0 || (heap.n && !out->v) ? -1 : 0;
}

const char *
lado_name(struct web_req *r, const struct lado_row *x)
{
	return arena_printf(&r->arena, "%s %s", x->given ? x->given : "",
	    x->family ? x->family : "");
}

void
lado_state_tag(struct web_req *r, const struct ts_clock *k)
{
	static const char *const colour[] = {
	    [TS_NA] = "grey", [TS_MET] = "green", [TS_MISSED] = "orange", [TS_DUE] = "blue",
	    [TS_OVERDUE] = "red"};

	h_tag(r, colour[k->state <= TS_OVERDUE ? k->state : TS_NA], ts_state_words(k));
}

/* One clock of the worklist: the case, what is owed, by when, its state. */
static void
due_row(struct web_req *r, const struct lado_row *x, const struct ts_clock *k)
{
	struct buf what;

	buf_init(&what, 256);
	ts_describe(NULL, k, &what);
	h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"><a class=\""
	    "govuk-link\" href=\"/lado_cases/%lld\">%s</a></td><td class=\"govuk-table__cell\">"
	    "%s</td><td class=\"govuk-table__cell sg-nowrap\">%s</td><td class=\""
	    "govuk-table__cell\">", (long long)x->c.id, lado_name(r, x), buf_str(&what),
	    h_date(r, k->target));
	lado_state_tag(r, k);
	h(r, "</td></tr>");
	buf_free(&what);
}

static void
due_table(struct web_req *r, const struct lado_list *l, cal_date horizon)
{
	int n = 0;

	for (size_t i = 0; i < l->n; i++)
		for (int j = 0; j < l->v[i].nclocks; j++) {
			const struct ts_clock *k = &l->v[i].clocks[j];
			if (k->state != TS_OVERDUE && (k->state != TS_DUE || k->target > horizon))
				continue;
			if (!n++)
				h(r, "<table class=\"govuk-table\"><caption class=\"govuk-table__caption "
				    "govuk-table__caption--m\">Allegations: overdue and due</caption>"
				    "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">"
				    "<th scope=\"col\" class=\"govuk-table__header\">Employee</th><th "
				    "scope=\"col\" class=\"govuk-table__header\">What</th><th scope=\"col\""
				    " class=\"govuk-table__header\">By</th><th scope=\"col\" class=\""
				    "govuk-table__header\">State</th></tr></thead><tbody class=\""
				    "govuk-table__body\">");
			due_row(r, &l->v[i], k);
		}
	if (n)
		h(r, "</tbody></table>");
	else
		h(r, "<p class=\"govuk-body\">No allegation's initial consideration or resolution "
		    "is overdue or due in the next 20 working days.</p>");
}

void
web_lado_work(struct web_req *r)
{
	struct lado_list l;
	cal_date today;

	if (lado_read(r, &l, &today) < 0)
		return;
	due_table(r, &l, cal_add_working_days(today, 20));
	h(r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/lado\">All LADO cases</a>"
	    "</p>");
}

static void
case_row(struct web_req *r, const struct lado_row *x)
{
	const struct code_list *out = codes_list("lado_outcome");

	h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell sg-nowrap\">%s</td>"
	    "<td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"/lado_cases/%lld\">%s"
	    "</a></td><td class=\"govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s"
	    "</td><td class=\"govuk-table__cell\">%s</td></tr>", h_date(r, x->c.received),
	    (long long)x->c.id, lado_name(r, x), x->kind ? x->kind : "",
	    x->employer ? x->employer : "Not recorded",
	    x->outcome ? codes_label(out, x->outcome) : x->c.resolved != CAL_NONE ? "resolved" :
	    "open");
}

/* GET /lado */
int
page_lado(struct web_req *r)
{
	struct lado_list l;
	cal_date today;

	if (lado_read(r, &l, &today) < 0)
		return -1;
	h_page_begin(r, "LADO cases", NAV_LADO);
	h_heading(r, NULL, "LADO cases");
	h(r, "<p class=\"govuk-body\">Allegations against people who work with children, as at "
	    "the end of %s. <a class=\"govuk-link\" href=\"/lado/new\">Add a LADO case</a></p>",
	    h_date(r, today));
	due_table(r, &l, cal_add_working_days(today, 20));
	h(r, "<table class=\"govuk-table\"><caption class=\"govuk-table__caption "
	    "govuk-table__caption--m\">Every case, newest first (%zu)</caption><thead class=\""
	    "govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\""
	    "govuk-table__header\">Received</th><th scope=\"col\" class=\"govuk-table__header\">"
	    "Employee</th><th scope=\"col\" class=\"govuk-table__header\">Query or referral</th>"
	    "<th scope=\"col\" class=\"govuk-table__header\">Employer</th><th scope=\"col\" "
	    "class=\"govuk-table__header\">Outcome</th></tr></thead><tbody class=\""
	    "govuk-table__body\">", l.n);
	for (size_t i = l.n; i-- > 0;)
		case_row(r, &l.v[i]);
	h(r, "</tbody></table>");
	h_page_end(r);
	return 0;
}

void
lado_form_page(struct web_req *r, const struct rp_form *p, const char *back)
{
	rp_alone_page(r, p, back, NAV_LADO, "LADO");
}

/* GET /lado/new */
int
page_lado_new(struct web_req *r)
{
	const struct rf_spec *sp = rf_spec_find("lado_cases", "edit");
	struct web_form f;
	struct rp_form p = {sp, &f, 0, 0, 0, 0, "", 0, "/lado", NULL, NULL};

	web_form_init(&f, sp->table);
	lado_form_page(r, &p, "/lado");
	return 0;
}

/* POST /lado */
int
page_lado_create(struct web_req *r)
{
	const struct rf_spec *sp = rf_spec_find("lado_cases", "edit");
	struct web_form f;
	struct rp_form p = {sp, &f, 0, 0, 1, 0, "", 0, "/lado", NULL, NULL};

	web_form_init(&f, sp->table);
	rf_read(r, sp, &f);
	if (rp_save(r, &f, NULL) > 0)
		return web_redirect(r, arena_printf(&r->arena, "/lado_cases/%lld?saved=1",
		    (long long)f.row[0].i));
	if (!f.e.n)
		return -1;
	lado_form_page(r, &p, "/lado");
	return 0;
}
