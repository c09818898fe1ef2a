/*
 * records_alone.c: the form page of a record of no child's (a LADO case, a child's death,
 * an audit, a review, a self-assessment): the error summary, the conflict panel when the
 * record changed since the form was opened, the form and its Save and Cancel, under the
 * module's own menu item and caption; and the save of such a form, which goes back to the
 * record's page when saved and shows the form again when not. The checks and the save stay
 * the record layer's.
 */
#include "web/records_page.h"

#include "base/str.h"
#include "records/rec.h"
#include "web/html.h"
#include "web/web_int.h"

void
rp_alone_page(struct web_req *r, const struct rp_form *p, const char *back, int nav,
    const char *caption)
{
	struct h_field_error e[REC_MAX_ERRORS];
	int n = rp_summary(r, p->spec, p->f, e, REC_MAX_ERRORS);
	const char *title = p->record_id ? p->spec->title_edit : p->spec->title_new;

	if (n || p->conflict)
		r->status = p->conflict ? 409 : 422;
	h_page_begin(r, n || p->conflict ? arena_printf(&r->arena, "Error: %s", title) : title,
	    (enum h_nav)nav);
	h(r, "<a class=\"govuk-back-link\" href=\"%s\">Back</a>", back);
	h_error_summary(r, e, n);
	if (p->conflict)
		rp_conflict_panel(r, p);
	h_heading(r, caption, title);
	h(r, "<form method=\"post\" action=\"%s\" novalidate>", p->action);
	h_csrf(r);
	if (p->record_id)
		h(r, "<input type=\"hidden\" name=\"version\" value=\"%s\"><input type=\"hidden\" "
		    "name=\"since\" value=\"%lld\">", p->version, (long long)p->since);
	rf_draw(r, p->spec, p->f, p->posted, 0);
	h(r, "<div class=\"govuk-button-group\"><button type=\"submit\" class=\"govuk-button\" "
	    "data-module=\"govuk-button\">Save</button><a class=\"govuk-link\" href=\"%s\">Cancel"
	    "</a></div></form>", back);
	h_page_end(r);
}

int
rp_alone_saved(struct web_req *r, struct rp_form *p, const char *back, int nav,
    const char *caption)
{
	const char *version = web_kv_get(&r->form, "version");
	const char *since = web_kv_get(&r->form, "since");
	int rc = rp_save(r, p->f, version ? version : "");

	if (rc >= 0)
		return web_redirect(r, arena_printf(&r->arena, "%s?saved=1", back));
	if (rc == -1 && !p->f->e.n)
		return -1;
	if (!since || !str_to_i64(since, &p->since))
		p->since = 0;
	if (rc == -2) {	/* changed since the form was opened: the record as it is now */
		p->conflict = 1;
		web_form_init(p->f, p->spec->table);
		if (rf_load(r, p->f, r->ids[0]) == 1)
			rec_digest(p->f->t, p->f->row, p->version);
	}
	rp_alone_page(r, p, back, nav, caption);
	return 0;
}
