/*
 * conf_form.c: the parts every page of a conference's life is made of (conf.h): the
 * conference from the area in memory, a stored record opened as a form, a change of
 * several records written as one transaction, and the GOV.UK fields of the forms.
 */
#include "web/conf.h"

#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "codes/codes.h"
#include "web/child.h"
#include "web/html.h"
#include "web/snapshot.h"
#include "web/web_int.h"
#include "web/work.h"

int
conf_open(struct web_req *r, struct conf_ctx *x, int child)
{
	memset(x, 0, sizeof *x);
	if (!(x->s = web_snapshot_get(r)))
		return -1;
	x->c = m_child_by_id(&x->s->a, r->child_id);
	if (x->c && !child)
		x->k = m_find_conference(&x->s->a, x->c, r->ids[0]);
	if (!x->c || (!child && !x->k)) {
		conf_close(x);
		return web_not_found(r), 0;
	}
	return 1;
}

void
conf_close(struct conf_ctx *x)
{
	if (x->s)
		web_snapshot_put(x->s);
	x->s = NULL;
}

int
conf_form_load(struct web_req *r, struct web_form *f, const char *table, int64_t id)
{
	struct field row[FORM_MAX_COLS];
	struct buf text;
	int rc;

	web_form_init(f, table);
	if (!f->t || f->t->ncols > FORM_MAX_COLS)
		return -1;
	buf_init(&text, 1u << 20);
	rc = store_get(r->st, f->t, id, row, &text);
	for (int i = 0; rc == 1 && i < f->t->ncols; i++) {
		if (!row[i].present)
			continue;
		if (row[i].s)
			web_form_set_text(f, f->t->cols[i].name, row[i].s);
		else
			web_form_set_int(f, f->t->cols[i].name, row[i].i);
	}
	buf_free(&text);
	return rc;
}

int
conf_check(struct web_form *f)
{
	struct rec_errors more;
	uint32_t seen = 0;

	if (!f->e.n)
		return 0;
	for (int i = 0; i < f->e.n && i < REC_MAX_ERRORS; i++)
		if (f->e.v[i].col >= 0 && f->e.v[i].col < 32)
			seen |= 1u << f->e.v[i].col;
	rec_errors_clear(&more);
	rec_check_given(f->t, f->row, seen, &more);
	for (int i = 0; i < more.n && i < REC_MAX_ERRORS; i++)
		if (more.v[i].col >= 0 && !(seen >> more.v[i].col & 1) && f->e.n < REC_MAX_ERRORS)
			f->e.v[f->e.n++] = more.v[i];
	return f->e.n;
}

int
conf_given(const struct web_form *f, const char *col)
{
	int c = records_col_index(f->t, col);

	return c >= 0 && f->row[c].present;
}

void
conf_error(struct web_form *f, const char *col, const char *message)
{
	if (f->e.n < REC_MAX_ERRORS) {
		f->e.v[f->e.n].col = records_col_index(f->t, col);
		snprintf(f->e.v[f->e.n].message, sizeof f->e.v[f->e.n].message, "%s", message);
	}
	f->e.n++;
}

static void
failed(struct web_form *f)
{
	if (f->e.n < REC_MAX_ERRORS)
		f->e.v[f->e.n] = (struct rec_error){-1, "safeguard could not save this change. "
		    "Nothing has been changed: try again, and if it goes on, tell the system "
		    "administrator."};
	f->e.n++;
}

int
conf_begin(struct web_req *r, struct web_form *f)
{
	if (store_begin(r->st) < 0)
		return failed(f), -1;
	return 1;
}

int
conf_put(struct web_req *r, struct web_form *f)
{
	struct rec_actor who = web_actor(r);

	if (f->e.n)
		return -1;
	return rec_write(r->st, &who, f->t, f->row, &f->e);
}

int
conf_end(struct web_req *r, struct web_form *f, int ok)
{
	if (ok && store_commit(r->st) == 0) {
		web_snapshot_fresh(r);
		return 1;
	}
	store_rollback(r->st);
	if (ok)
		failed(f);
	return -1;
}

cal_date
conf_report_due(const struct web_snapshot *s, const struct m_conference *k)
{
	cal_date d = k->held != CAL_NONE ? k->held : k->scheduled;
	int n = ts_setting_int(s->cfg, k->kind == M_REVIEW ? TS_AGENCY_REPORT_REVIEW :
	    TS_AGENCY_REPORT_INITIAL, d);

	return cal_add_working_days(d, -n);
}

const char *
conf_when(struct web_req *r, const struct m_conference *k)
{
	return arena_printf(&r->arena, "%s%s%s%s%s", h_date(r, k->scheduled),
	    k->scheduled_time[0] ? " at " : "", k->scheduled_time, k->venue ? ", " : "",
	    k->venue ? k->venue : "");
}

const char *
conf_iso(struct web_req *r, cal_date d)
{
	char *out = arena_alloc(&r->arena, 11);

	if (out)
		cal_format(d, out);
	return out ? out : "";
}

const char *
conf_kind(const struct m_conference *k)
{
	static const char *const kinds[] = {"Initial conference", "Review conference",
	    "Transfer-in conference"};

	return kinds[k->kind];
}

int
conf_open_for_replies(const struct m_conference *k)
{
	return k->held == CAL_NONE && k->cancelled == CAL_NONE;
}

void
conf_error_summary(struct web_req *r, struct web_form *const *forms, int n)
{
	struct h_field_error e[40];
	int ne = 0;

	for (int i = 0; i < n; i++)
		if (forms[i] && ne < 40)
			ne += web_form_errors(r, forms[i], e + ne, 40 - ne);
	if (ne)
		h_error_summary(r, e, ne);
}

void
conf_text(struct web_req *r, struct web_form *f, const char *col, const char *label,
    const char *hint, const char *width)
{
	h_input(r, &(struct h_input){col, label, hint, web_form_value(r, f, col),
	    web_form_error(f, col), NULL, NULL, width});
}

void
conf_textarea(struct web_req *r, struct web_form *f, const char *col, const char *label,
    const char *hint)
{
	const char *err = web_form_error(f, col), *v = web_form_value(r, f, col);

	h(r, "<div class=\"govuk-form-group%s\"><label class=\"govuk-label govuk-label--s\" "
	    "for=\"%s\">%s</label>", err ? " govuk-form-group--error" : "", col, label);
	if (hint)
		h(r, "<div id=\"%s-hint\" class=\"govuk-hint\">%s</div>", col, hint);
	if (err)
		h(r, "<p id=\"%s-error\" class=\"govuk-error-message\"><span class=\""
		    "govuk-visually-hidden\">Error:</span> %s</p>", col, err);
	h(r, "<textarea class=\"govuk-textarea%s\" id=\"%s\" name=\"%s\" rows=\"5\"",
	    err ? " govuk-textarea--error" : "", col, col);
	if (hint || err)
		h(r, " aria-describedby=\"%s%s%s%s%s\"", hint ? col : "", hint ? "-hint" : "",
		    hint && err ? " " : "", err ? col : "", err ? "-error" : "");
	h(r, ">%s</textarea></div>", v ? v : "");
}

void
conf_codes(struct web_req *r, struct web_form *f, const char *col, const char *label)
{
	int c = records_col_index(f->t, col);
	const struct code_list *l = c >= 0 ? codes_list(f->t->cols[c].list) : NULL;
	const char **opt;

	if (!l)
		return;
	opt = arena_alloc(&r->arena, (size_t)(l->n + 2) * 2 * sizeof *opt);
	if (!opt)
		return;
	opt[0] = "";
	opt[1] = "Choose";
	for (int i = 0; i < l->n; i++) {
		opt[2 + 2 * i] = l->codes[i].code;
		opt[3 + 2 * i] = l->codes[i].label;
	}
	opt[2 + 2 * l->n] = NULL;
	h_select(r, col, label, web_form_error(f, col), opt, web_form_value(r, f, col));
}

void
conf_yesno(struct web_req *r, struct web_form *f, const char *col, const char *legend)
{
	const char *err = web_form_error(f, col), *v = web_form_value(r, f, col);
	int yes = v && (strcmp(v, "1") == 0 || strcmp(v, "true") == 0);
	int no = v && (strcmp(v, "0") == 0 || strcmp(v, "false") == 0);

	h(r, "<div class=\"govuk-form-group%s\"><fieldset class=\"govuk-fieldset\"",
	    err ? " govuk-form-group--error" : "");
	if (err)
		h(r, " aria-describedby=\"%s-error\"", col);
	h(r, "><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">%s</legend>",
	    legend);
	if (err)
		h(r, "<p id=\"%s-error\" class=\"govuk-error-message\"><span class=\""
		    "govuk-visually-hidden\">Error:</span> %s</p>", col, err);
	h(r, "<div class=\"govuk-radios govuk-radios--inline\"><div class=\"govuk-radios__item\">"
	    "<input class=\"govuk-radios__input\" id=\"%s\" name=\"%s\" type=\"radio\" "
	    "value=\"true\"%s><label class=\"govuk-label govuk-radios__label\" for=\"%s\">Yes"
	    "</label></div><div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" "
	    "id=\"%s-no\" name=\"%s\" type=\"radio\" value=\"false\"%s><label class=\"govuk-label "
	    "govuk-radios__label\" for=\"%s-no\">No</label></div></div></fieldset></div>", col, col,
	    yes ? " checked" : "", col, col, col, no ? " checked" : "", col);
}

void
conf_people(struct web_req *r, const struct area *a, struct web_form *f, const char *col,
    const char *label, int64_t agency_id)
{
	const char *err = web_form_error(f, col), *v = web_form_value(r, f, col);

	h(r, "<div class=\"govuk-form-group%s\"><label class=\"govuk-label\" for=\"%s\">%s</label>",
	    err ? " govuk-form-group--error" : "", col, label);
	if (err)
		h(r, "<p id=\"%s-error\" class=\"govuk-error-message\"><span class=\""
		    "govuk-visually-hidden\">Error:</span> %s</p>", col, err);
	h(r, "<select class=\"govuk-select%s\" id=\"%s\" name=\"%s\"><option value=\"\">Not named"
	    "</option>", err ? " govuk-select--error" : "", col, col);
	for (size_t i = 0; i < a->n_professionals; i++) {
		const struct m_professional *p = &a->professionals[i];
		const struct m_agency *g;
		const char *id;
		if (agency_id && p->agency_id != agency_id)
			continue;
		g = m_agency(a, p->agency_id);
		id = arena_printf(&r->arena, "%lld", (long long)p->id);
		h(r, "<option value=\"%s\"%s>%s %s, %s (%s)</option>", id, v && id &&
		    strcmp(v, id) == 0 ? " selected" : "", p->given_name ? p->given_name : "",
		    p->family_name ? p->family_name : "", child_label("professional_role", p->role),
		    g && g->name ? g->name : "");
	}
	h(r, "</select></div>");
}

void
conf_heading(struct web_req *r, const struct conf_ctx *x, const char *title)
{
	if (x->k)
		h(r, "<a class=\"govuk-back-link\" href=\"/conferences/%lld\">Back to the conference"
		    "</a>", (long long)x->k->id);
	else
		h(r, "<a class=\"govuk-back-link\" href=\"/children/%lld#conferences\">%s's record"
		    "</a>", (long long)x->c->id, web_child_name(r, x->c));
	h_heading(r, x->k ? arena_printf(&r->arena, "%s, %s", web_child_name(r, x->c),
	    conf_kind(x->k)) : web_child_name(r, x->c), title);
}

const struct m_plan *
conf_open_plan(const struct conf_ctx *x)
{
	for (uint32_t i = x->c->plans.count; i-- > 0;) {
		const struct m_plan *p = &x->s->a.plans[x->c->plans.first + i];
		if (p->end == CAL_NONE || p->end > x->s->today)
			return p;
	}
	return NULL;
}

void
conf_attendance(struct web_req *r, const char *name, const char *legend, char was)
{
	static const char *const value[] = {"attended", "apologies", "absent"};
	static const char *const label[] = {"Attended", "Apologies", "Did not attend"};
	static const char *const suffix[] = {"", "-p", "-x"};
	static const char mark[] = {'a', 'p', 'x'};

	h(r, "<div class=\"govuk-form-group\"><fieldset class=\"govuk-fieldset\"><legend class=\""
	    "govuk-fieldset__legend govuk-fieldset__legend--s\">%s</legend><div class=\""
	    "govuk-radios govuk-radios--inline govuk-radios--small\">", legend);
	for (int i = 0; i < 3; i++)
		h(r, "<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"%s%s\""
		    " name=\"%s\" type=\"radio\" value=\"%s\"%s><label class=\"govuk-label "
		    "govuk-radios__label\" for=\"%s%s\">%s</label></div>", name, suffix[i], name,
		    value[i], was == mark[i] ? " checked" : "", name, suffix[i], label[i]);
	h(r, "</div></fieldset></div>");
}

void
conf_action_done(struct web_req *r, int64_t child_id, const char *done, int form,
    const char *path, const char *field, int64_t id)
{
	if (done) {
		h(r, "%s", done);
		return;
	}
	if (!form) {
		h(r, "Not yet");
		return;
	}
	h(r, "<form method=\"post\" action=\"/children/%lld/%s/done\" class=\"sg-inline-form\">",
	    (long long)child_id, path);
	h_csrf(r);
	h(r, "<input type=\"hidden\" name=\"%s\" value=\"%lld\"><button type=\"submit\" class=\""
	    "govuk-button govuk-button--secondary govuk-!-margin-bottom-0\">Mark done<span class=\""
	    "govuk-visually-hidden\"> the action %lld</span></button></form>", field, (long long)id,
	    (long long)id);
}
