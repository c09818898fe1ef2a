/*
 * page_figures_list.c: the children behind a figure's number (GET /figures/NAME/children
 * ?filters&row=KEY), as fig_compute names them, under the viewer's need-to-know. Those
 * who read the area's case records (managers, chairs, senior managers) see each child's
 * name linked to their record, except a restricted record, listed as search lists it:
 * without name or date of birth, still reachable, the reason asked there. An analyst reads
 * figures, not case records (access.c): their list has the local child id and the age
 * band only, and no link. Each list opened is written to the audit trail.
 */
#include "web/pages.h"

#include <string.h>

#include "web/figures_web.h"
#include "web/snapshot.h"
#include "web/web_int.h"
#include "web/work.h"

/* The figure the path names ("/figures/plans_started/children"), or NULL. */
static const struct fig_def *
figure_of(const char *path)
{
	const char *name = path + strlen("/figures/"), *slash = strchr(name, '/');
	char buf[64];

	if (!slash || strcmp(slash, "/children") != 0 || (size_t)(slash - name) >= sizeof buf)
		return NULL;
	memcpy(buf, name, (size_t)(slash - name));
	buf[slash - name] = '\0';
	return fig_find(buf);
}

/* The band of a child's age on day d, as the figures' age filter has them. */
static int
age_band(const struct m_child *c, cal_date d)
{
	int years;

	if (c->birth == CAL_NONE || c->birth > d)
		return FIG_AGE_UNBORN;
	years = cal_years_between(c->birth, d);
	return years < 1 ? FIG_AGE_UNDER_1 : years < 5 ? FIG_AGE_1_4 : years < 10 ? FIG_AGE_5_9 :
	    years < 16 ? FIG_AGE_10_15 : FIG_AGE_16_PLUS;
}

static void
table_head(struct web_req *r, size_t n, int named)
{
	h(r, "<table class=\"govuk-table\"><caption class=\"govuk-table__caption "
	    "govuk-table__caption--m\">%zu child%s</caption><thead class=\"govuk-table__head\">"
	    "<tr class=\"govuk-table__row\">", n, n == 1 ? "" : "ren");
	if (named)
		h(r, "<th scope=\"col\" class=\"govuk-table__header\">Name</th>");
	h(r, "<th scope=\"col\" class=\"govuk-table__header\">Local child id</th>");
	if (named)
		h(r, "<th scope=\"col\" class=\"govuk-table__header\">Date of birth</th>");
	h(r, "<th scope=\"col\" class=\"govuk-table__header\">Age band</th></tr></thead>"
	    "<tbody class=\"govuk-table__body\">");
}

static void
child_row(struct web_req *r, const struct web_snapshot *s, const struct m_child *c,
    cal_date on, int named)
{
	int mine = 0, hidden = named && web_snapshot_restricted(s, c->id, r->user.id, &mine) &&
	    !mine;
	cal_date d = c->birth != CAL_NONE ? c->birth : c->expected_birth;

	h(r, "<tr class=\"govuk-table__row\">");
	if (named)
		h(r, "<td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"/children/%lld\">"
		    "%s</a></td>", (long long)c->id, hidden ? "Restricted record" :
		    web_child_name(r, c));
	h(r, "<td class=\"govuk-table__cell\">%s</td>", c->la_child_id);
	if (named)
		h(r, "<td class=\"govuk-table__cell\">%s%s</td>", hidden ? "" : h_date(r, d),
		    !hidden && c->birth == CAL_NONE && d != CAL_NONE ? " (expected)" : "");
	h(r, "<td class=\"govuk-table__cell\">%s</td></tr>", fw_age_words(age_band(c, on)));
}

static void
list(struct web_req *r, const struct web_snapshot *s, const struct fig_result *res, size_t i,
    cal_date on)
{
	int named = (r->role & R_CASE) != 0;
	size_t first = res->child_first[i], end = res->child_first[i + 1];

	table_head(r, end - first, named);
	for (size_t k = first; k < end; k++) {
		const struct m_child *c = m_child_by_id(&s->a, res->children[k]);
		if (c)
			child_row(r, s, c, on, named);
	}
	h(r, "</tbody></table>");
}

/* The row the query's row= names: its index, or -1 (with one row, row= may be left out). */
static long
row_of(struct web_req *r, const struct fig_result *res)
{
	const char *key = web_kv_get(&r->query, "row");

	for (size_t i = 0; i < res->n_rows; i++)
		if (key ? strcmp(res->rows[i].key, key) == 0 : res->n_rows == 1)
			return (long)i;
	return -1;
}

static int
refuse_query(struct web_req *r, const struct web_snapshot *s, const struct fw_query *q,
    const struct fig_def *def)
{
	r->status = 422;
	h_page_begin(r, "Error: the children behind a figure", NAV_FIGURES);
	h_heading(r, def->title, "The children behind a figure");
	h_error_summary(r, q->err, q->n_err);
	fw_filter_form(r, s, q, r->path);
	h_page_end(r);
	return 0;
}

static int
show(struct web_req *r, const struct web_snapshot *s, const struct fw_query *q,
    const struct fig_result *res, long i)
{
	const struct fig_def *def = res->def;
	const char *words = fw_filter_words(r, s, q);
	const char *what = arena_printf(&r->arena, "%s: %s", def->name, res->rows[i].key);

	if (web_audit_later(r, "figure list", "children", 0, 0, what, q->key) < 0)
		return -1;
	h_page_begin(r, def->title, NAV_FIGURES);
	h(r, "<a href=\"/figures?%s#figure-%s\" class=\"govuk-back-link sg-noprint\">Back to the "
	    "figures</a>", q->key, def->name);
	h_heading(r, def->title, fw_row_label(res, (size_t)i));
	h(r, "<p class=\"govuk-body\">The children counted in this figure from %s to %s%s%s: "
	    "%s.</p>", h_date(r, q->f.from), h_date(r, q->f.to), *words ? ", filtered by " : "",
	    words, fw_value_text(r, def, fig_value(def, &res->rows[i])));
	if (!(r->role & R_CASE))
		h(r, "<p class=\"govuk-body\">Figures are shown without names: the local child id "
		    "is the child's reference in the case records.</p>");
	list(r, s, res, (size_t)i, q->f.to);
	h_page_end(r);
	return 0;
}

int
page_figure_children(struct web_req *r)
{
	const struct fig_def *def = figure_of(r->path);
	struct web_snapshot *s;
	struct fw_query q;
	struct fig_result res;
	int rc;
	long i;

	if (!def)
		return web_not_found(r);
	if (!(s = web_snapshot_get(r)))
		return -1;
	if (fw_query_read(r, s, &q)) {
		rc = refuse_query(r, s, &q, def);
	} else if (fig_compute(&s->a, def, &q.f, 1, &res) < 0) {
		rc = -1;
	} else {
		if ((i = row_of(r, &res)) < 0 || !res.child_first)
			rc = web_not_found(r);
		else
			rc = show(r, s, &q, &res, i);
		fig_result_free(&res);
	}
	web_snapshot_put(s);
	return rc;
}
