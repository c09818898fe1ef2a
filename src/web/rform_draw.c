/*
 * rform_draw.c: a record's form drawn from its description (rform.h), field by field, as
 * the GOV.UK Design System draws each kind of input. A form that comes back with errors
 * shows what was sent, box by box and tick by tick, so nothing typed is lost; a form
 * opened shows the record as stored. Each field's error is above it, and its first input
 * has the id the error summary links to (rf_field_id).
 */
#include "web/rform.h"

#include <string.h>

#include "base/str.h"
#include "codes/codes.h"
#include "store/store.h"
#include "web/snapshot.h"
#include "web/web_int.h"
#include "web/work.h"

struct draw {
	struct web_req *r;
	const struct web_form *f;
	int posted;
	int64_t child_id;
};

static const char *
value_of(struct draw *d, const char *col)
{
	if (d->posted) {
		const char *v = web_kv_get(&d->r->form, col);
		return v ? v : "";
	}
	return web_form_value(d->r, d->f, col);
}

static void
error_line(struct web_req *r, const char *id, const char *error)
{
	if (error)
		h(r, "<p id=\"%s-error\" class=\"govuk-error-message\"><span class=\""
		    "govuk-visually-hidden\">Error:</span> %s</p>", id, error);
}

/* The opening of a fieldset with its legend, hint and error. */
static void
fieldset_begin(struct web_req *r, const struct rf_field *fd, const char *error, int group)
{
	h(r, "<div class=\"govuk-form-group%s\"><fieldset class=\"govuk-fieldset\"",
	    error ? " govuk-form-group--error" : "");
	if (group)
		h(r, " role=\"group\"");
	if (fd->hint || error)
		h(r, " aria-describedby=\"%s%s%s%s%s\"", fd->hint ? fd->col : "",
		    fd->hint ? "-hint" : "", fd->hint && error ? " " : "", error ? fd->col : "",
		    error ? "-error" : "");
	h(r, "><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">%s</legend>",
	    fd->label);
	if (fd->hint)
		h(r, "<div id=\"%s-hint\" class=\"govuk-hint\">%s</div>", fd->col, fd->hint);
	error_line(r, fd->col, error);
}

static void
fieldset_end(struct web_req *r)
{
	h(r, "</fieldset></div>");
}

static void
date_box(struct web_req *r, const char *col, const char *box, const char *label, int width,
    const char *value, int error)
{
	h(r, "<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\"><label class="
	    "\"govuk-label govuk-date-input__label\" for=\"%s-%s\">%s</label><input class=\""
	    "govuk-input govuk-date-input__input govuk-input--width-%d%s\" id=\"%s-%s\" name=\""
	    "%s-%s\" type=\"text\" inputmode=\"numeric\" value=\"%s\"", col, box, label, width,
	    error ? " govuk-input--error" : "", col, box, col, box, value);
	if (error)
		h(r, " aria-describedby=\"%s-error\"", col);
	h(r, "></div></div>");
}

static void
draw_date(struct draw *d, const struct rf_field *fd, const char *error)
{
	struct web_req *r = d->r;
	const char *day = "", *month = "", *year = "";

	if (d->posted) {
		const char *const boxes[] = {"day", "month", "year"};
		const char **v[] = {&day, &month, &year};
		for (int i = 0; i < 3; i++) {
			const char *x = web_kv_get(&r->form, arena_printf(&r->arena, "%s-%s",
			    fd->col, boxes[i]));
			*v[i] = x ? x : "";
		}
	} else {
		const char *s = web_form_value(r, d->f, fd->col);
		if (s && strlen(s) == 10) {
			year = arena_strndup(&r->arena, s, 4);
			month = arena_strndup(&r->arena, s + 5, 2);
			day = arena_strndup(&r->arena, s + 8, 2);
		}
	}
	fieldset_begin(r, fd, error, 1);
	h(r, "<div class=\"govuk-date-input\" id=\"%s\">", fd->col);
	date_box(r, fd->col, "day", "Day", 2, day ? day : "", error != NULL);
	date_box(r, fd->col, "month", "Month", 2, month ? month : "", error != NULL);
	date_box(r, fd->col, "year", "Year", 4, year ? year : "", error != NULL);
	h(r, "</div>");
	fieldset_end(r);
}

static void
radio(struct web_req *r, const char *col, int k, const char *value, const char *label,
    int checked)
{
	if (k == 0)
		h(r, "<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"%s\" "
		    "name=\"%s\" type=\"radio\" value=\"%s\"%s><label class=\"govuk-label "
		    "govuk-radios__label\" for=\"%s\">%s</label></div>", col, col, value,
		    checked ? " checked" : "", col, label);
	else
		h(r, "<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\""
		    "%s-%d\" name=\"%s\" type=\"radio\" value=\"%s\"%s><label class=\"govuk-label "
		    "govuk-radios__label\" for=\"%s-%d\">%s</label></div>", col, k, col, value,
		    checked ? " checked" : "", col, k, label);
}

const char *
rf_capital(struct web_req *r, const char *s)
{
	char *w = arena_strdup(&r->arena, s ? s : "");

	if (w && *w >= 'a' && *w <= 'z')
		*w = (char)(*w - 'a' + 'A');
	return w ? w : "";
}

static void
draw_radios(struct draw *d, const struct rf_field *fd, const struct column *c,
    const char *error)
{
	const struct code_list *l = codes_list(c->list);
	const char *v = value_of(d, fd->col);

	fieldset_begin(d->r, fd, error, 0);
	h(d->r, "<div class=\"govuk-radios\" data-module=\"govuk-radios\">");
	for (int i = 0; l && i < l->n; i++)
		radio(d->r, fd->col, i, l->codes[i].code, rf_capital(d->r, l->codes[i].label),
		    v && strcmp(v, l->codes[i].code) == 0);
	h(d->r, "</div>");
	fieldset_end(d->r);
}

static void
draw_yesno(struct draw *d, const struct rf_field *fd, const char *error)
{
	const char *v = value_of(d, fd->col);
	int yes = v && (strcmp(v, "1") == 0 || strcmp(v, "true") == 0);
	int no = v && (strcmp(v, "0") == 0 || strcmp(v, "false") == 0);

	fieldset_begin(d->r, fd, error, 0);
	h(d->r, "<div class=\"govuk-radios govuk-radios--inline\" data-module=\"govuk-radios\">");
	radio(d->r, fd->col, 0, "true", "Yes", yes);
	radio(d->r, fd->col, 1, "false", "No", no);
	h(d->r, "</div>");
	fieldset_end(d->r);
}

static void
draw_select(struct draw *d, const struct rf_field *fd, const struct column *c,
    const char *error)
{
	const struct code_list *l = codes_list(c->list);
	const char **o = arena_alloc(&d->r->arena, sizeof *o * (2 * (size_t)(l ? l->n : 0) + 3));
	int n = 0;

	if (!o || !l)
		return;
	o[n++] = "";
	o[n++] = (c->flags & COL_REQUIRED) ? "Choose one" : "Not recorded";
	for (int i = 0; i < l->n; i++) {
		o[n++] = l->codes[i].code;
		o[n++] = rf_capital(d->r, l->codes[i].label);
	}
	o[n] = NULL;
	h_select(d->r, fd->col, fd->label, error, o, value_of(d, fd->col));
}

/* Whether code is one of the list's codes sent (posted) or stored (space-separated). */
static int
has_code(struct draw *d, const char *col, const char *code)
{
	const char *p;
	size_t n = strlen(code);

	if (d->posted) {
		for (int i = 0; i < d->r->form.n; i++)
			if (strcmp(d->r->form.v[i].key, col) == 0 &&
			    strcmp(d->r->form.v[i].value, code) == 0)
				return 1;
		return 0;
	}
	for (p = web_form_value(d->r, d->f, col); p && *p; p += strcspn(p, " "), p += *p == ' ')
		if (strncmp(p, code, n) == 0 && (p[n] == ' ' || p[n] == '\0'))
			return 1;
	return 0;
}

/* The number a code begins with ("16" of "16A"), for grouping; 0 for none. */
static int
code_number(const char *code)
{
	int n = 0;

	for (; *code >= '0' && *code <= '9'; code++)
		n = n * 10 + (*code - '0');
	return n;
}

/* The heading of the group of codes from i: the words before ':' of its first label,
 * when the group has more than one code and the label has them. */
static const char *
group_heading(struct web_req *r, const struct code_list *l, int i)
{
	const char *colon = strchr(l->codes[i].label, ':');
	int num = code_number(l->codes[i].code);

	if (!num || !colon || i + 1 >= l->n || code_number(l->codes[i + 1].code) != num)
		return NULL;
	if (i > 0 && code_number(l->codes[i - 1].code) == num)
		return NULL;
	/* "physical abuse (no longer used: ...)": the words before the bracket */
	return rf_capital(r, arena_strndup(&r->arena, l->codes[i].label,
	    strcspn(l->codes[i].label, ":(") - (strstr(l->codes[i].label, " (") &&
	    strstr(l->codes[i].label, " (") < colon)));
}

static void
check_item(struct web_req *r, const char *col, int first, const char *code, const char *label,
    int checked)
{
	const char *id = first ? col : arena_printf(&r->arena, "%s-%s", col, code);

	h(r, "<div class=\"govuk-checkboxes__item\"><input class=\"govuk-checkboxes__input\" id=\""
	    "%s\" name=\"%s\" type=\"checkbox\" value=\"%s\"%s><label class=\"govuk-label "
	    "govuk-checkboxes__label\" for=\"%s\">%s</label></div>", id ? id : col, col, code,
	    checked ? " checked" : "", id ? id : col, label);
}

static void
draw_checks(struct draw *d, const struct rf_field *fd, const struct column *c,
    const char *error)
{
	struct web_req *r = d->r;
	const struct code_list *l = codes_list(c->list);

	fieldset_begin(r, fd, error, 0);
	h(r, "<div class=\"govuk-checkboxes govuk-checkboxes--small\" data-module=\""
	    "govuk-checkboxes\">");
	for (int i = 0; l && i < l->n; i++) {
		const char *head = group_heading(r, l, i);
		if (head)
			h(r, "<p class=\"govuk-body govuk-!-font-weight-bold govuk-!-margin-top-4 "
			    "govuk-!-margin-bottom-1\">%s</p>", head);
		check_item(r, fd->col, i == 0, l->codes[i].code, arena_printf(&r->arena, "%s (%s)",
		    rf_capital(r, l->codes[i].label), l->codes[i].code), has_code(d, fd->col,
		    l->codes[i].code));
	}
	h(r, "</div>");
	fieldset_end(r);
}

/* A run of ticks under one legend: the fields from k with fd's group; returns how many. */
static int
draw_ticks(struct draw *d, const struct rf_spec *sp, int k)
{
	struct web_req *r = d->r;
	const char *group = sp->fields[k].group;
	int n = 0;

	h(r, "<div class=\"govuk-form-group\"><fieldset class=\"govuk-fieldset\"><legend class=\""
	    "govuk-fieldset__legend govuk-fieldset__legend--s\">%s</legend><div class=\""
	    "govuk-checkboxes govuk-checkboxes--small\" data-module=\"govuk-checkboxes\">",
	    group ? group : sp->fields[k].label);
	for (; k + n < sp->nfields && sp->fields[k + n].kind == RF_TICK &&
	    sp->fields[k + n].group == group; n++) {
		const struct rf_field *fd = &sp->fields[k + n];
		const char *v = value_of(d, fd->col);
		int on = d->posted ? web_kv_get(&r->form, fd->col) != NULL : v && strcmp(v, "1") == 0;
		check_item(r, fd->col, 1, "1", fd->label, on);
		if (!group)
			break;
	}
	h(r, "</div></fieldset></div>");
	return n ? n : 1;
}

struct own_ctx {
	struct web_req *r;
	const char **o;
	int n, cap, date_col;
};

static int
own_row(void *p, const struct table *t, const struct field *row)
{
	struct own_ctx *c = p;
	cal_date d = CAL_NONE;

	if (c->n + 2 >= c->cap)
		return 1;
	if (c->date_col > 0 && row[c->date_col].present)
		cal_parse(row[c->date_col].s, &d);
	c->o[c->n++] = arena_printf(&c->r->arena, "%lld", (long long)row[0].i);
	c->o[c->n++] = arena_printf(&c->r->arena, "%s %s%s (record %lld)",
	    rf_capital(c->r, t->noun),
	    d != CAL_NONE ? "of " : "", d != CAL_NONE ? h_date(c->r, d) : "", (long long)row[0].i);
	return 0;
}

/* A select of the child's own records of the table the column points to. */
static void
draw_own(struct draw *d, const struct rf_field *fd, const struct column *c, const char *error)
{
	const struct table *rt = records_table(c->ref);
	struct own_ctx x = {d->r, NULL, 0, 402, -1};

	if (!rt || !(x.o = arena_alloc(&d->r->arena, sizeof *x.o * (size_t)x.cap)))
		return;
	for (int i = 1; i < rt->ncols && x.date_col < 0; i++)
		if (rt->cols[i].type == COL_DATE)
			x.date_col = i;
	x.o[x.n++] = "";
	x.o[x.n++] = (c->flags & COL_REQUIRED) ? "Choose one" : "None";
	if (store_scan(d->r->st, rt, d->child_id, own_row, &x) < 0)
		x.n = 2;
	x.o[x.n] = NULL;
	h_select(d->r, fd->col, fd->label, error, x.o, value_of(d, fd->col));
}

/* A team by its name, a professional by their name and role. */
static int
staff_row(void *p, const struct table *t, const struct field *row)
{
	struct own_ctx *c = p;
	int name = records_col_index(t, "name"), given = records_col_index(t, "given_name");
	int family = records_col_index(t, "family_name"), role = records_col_index(t, "role");
	const char *what = role > 0 && row[role].present ? codes_label(
	    codes_list("professional_role"), row[role].s) : NULL;

	if (c->n + 2 >= c->cap)
		return 1;
	c->o[c->n++] = arena_printf(&c->r->arena, "%lld", (long long)row[0].i);
	if (name > 0 && row[name].present)
		c->o[c->n++] = arena_printf(&c->r->arena, "%s", row[name].s);
	else
		c->o[c->n++] = arena_printf(&c->r->arena, "%s %s (%s)", given > 0 &&
		    row[given].present ? row[given].s : "", family > 0 && row[family].present ?
		    row[family].s : "", what ? what : "no role recorded");
	return 0;
}

/* A select of the area's teams or professionals, for who holds the case. */
static void
draw_staff(struct draw *d, const struct rf_field *fd, const struct column *c, const char *error)
{
	const struct table *rt = records_table(c->ref);
	struct own_ctx x = {d->r, NULL, 0, 1202, -1};

	if (!rt || !(x.o = arena_alloc(&d->r->arena, sizeof *x.o * (size_t)x.cap)))
		return;
	x.o[x.n++] = "";
	x.o[x.n++] = (c->flags & COL_REQUIRED) ? "Choose one" : "Not recorded";
	if (store_scan(d->r->st, rt, 0, staff_row, &x) < 0)
		x.n = 2;
	x.o[x.n] = NULL;
	h_select(d->r, fd->col, fd->label, error, x.o, value_of(d, fd->col));
}

/* The adults around the child (RF_ADULT): of the household, related to the child or to
 * a brother or sister of their group, and the one chosen, wherever they live. */
struct around {
	struct web_snapshot *s;
	int64_t ids[200];
	int n;
};

static void
around_add(struct around *x, int64_t id)
{
	for (int i = 0; i < x->n; i++)
		if (x->ids[i] == id)
			return;
	if (x->n < (int)(sizeof x->ids / sizeof x->ids[0]) && web_snapshot_adult(x->s, id))
		x->ids[x->n++] = id;
}

static void
around_links(struct around *x, int64_t child_id)
{
	size_t n;
	const struct web_link *l = web_snapshot_links(x->s, child_id, &n);

	for (size_t i = 0; l && i < n; i++)
		around_add(x, l[i].adult_id);
}

static void
around_child(struct around *x, int64_t child_id, int64_t home)
{
	const struct area *a = &x->s->a;
	const struct m_child *c = m_child_by_id(a, child_id);
	size_t n = 0;
	const uint32_t *g = c ? web_snapshot_group(x->s, (uint32_t)(c - a->children), &n) : NULL;

	for (size_t i = 0; home > 0 && i < x->s->n_adults; i++)
		if (x->s->adults[i].household_id == home)
			around_add(x, x->s->adults[i].id);
	around_links(x, child_id);
	for (size_t i = 0; g && i < n; i++)
		around_links(x, a->children[g[i]].id);
}

/* "Ann Smith, born 3 March 1985, lives with the child" */
static const char *
adult_words(struct web_req *r, const struct web_adult *a, int64_t home)
{
	static const char *const month[] = {"January", "February", "March", "April", "May",
	    "June", "July", "August", "September", "October", "November", "December"};
	cal_date d;
	int y, m, day;
	const char *born = "";

	if (a->birth_date && cal_parse(a->birth_date, &d)) {
		cal_to_ymd(d, &y, &m, &day);
		born = arena_printf(&r->arena, ", born %d %s %d", day, month[m - 1], y);
	}
	return arena_printf(&r->arena, "%s %s%s%s", a->given_name ? a->given_name : "",
	    a->family_name ? a->family_name : "", born ? born : "", home > 0 &&
	    a->household_id == home ? ", lives with the child" : "");
}

/* A select of the adults around the child, and the way to add one not yet recorded. */
static void
draw_adult(struct draw *d, const struct rf_field *fd, const char *error)
{
	struct web_req *r = d->r;
	struct around x = {web_snapshot_get(r), {0}, 0};
	int64_t home = rf_child_household(r, d->child_id), chosen;
	const char *v = value_of(d, fd->col);
	const char **o = arena_alloc(&r->arena, sizeof *o * (2 * sizeof x.ids /
	    sizeof x.ids[0] + 3));
	int n = 0;

	if (x.s) {
		around_child(&x, d->child_id, home);
		if (v && str_to_i64(v, &chosen))
			around_add(&x, chosen);
	}
	if (o) {
		o[n++] = "";
		o[n++] = x.n ? "None: a relative child below" : "No adult is recorded around "
		    "the child";
		for (int i = 0; i < x.n; i++) {
			o[n++] = arena_printf(&r->arena, "%lld", (long long)x.ids[i]);
			o[n++] = adult_words(r, web_snapshot_adult(x.s, x.ids[i]), home);
		}
		o[n] = NULL;
		h_select(r, fd->col, fd->label, error, o, v);
	}
	web_snapshot_put(x.s);
	if (d->child_id)
		h(r, "<p class=\"govuk-body\">%s <a class=\"govuk-link\" href=\"/children/%lld/new/"
		    "adults\">Add an adult who is not listed</a></p>", fd->hint ? fd->hint : "",
		    (long long)d->child_id);
}

/* The children around the child (RF_RELATIVE): of the household, of the child's group of
 * brothers and sisters, already related to them, and the one chosen. A restricted record
 * is listed only to those it is open to, so that the list tells no one it exists. */
struct kin {
	struct web_req *r;
	const struct web_snapshot *s;
	const struct m_child *self;
	const struct m_child *v[200];
	int n;
};

static void
kin_add(struct kin *x, const struct m_child *c)
{
	int named = 0;

	if (!c || c == x->self || x->n >= (int)(sizeof x->v / sizeof x->v[0]) ||
	    (web_snapshot_restricted(x->s, c->id, x->r->user.id, &named) && !named))
		return;
	for (int i = 0; i < x->n; i++)
		if (x->v[i] == c)
			return;
	x->v[x->n++] = c;
}

static void
kin_find(struct kin *x)
{
	const struct area *a = &x->s->a;
	const struct m_child *c = x->self;
	size_t n = 0;
	const uint32_t *g = web_snapshot_group(x->s, (uint32_t)(c - a->children), &n);

	for (size_t i = 0; c->household_id > 0 && i < a->n_children; i++)
		if (a->children[i].household_id == c->household_id)
			kin_add(x, &a->children[i]);
	for (size_t i = 0; g && i < n; i++)
		kin_add(x, &a->children[g[i]]);
	for (size_t i = 0; i < a->n_relationships; i++)
		if (a->relationships[i].child_id == c->id)
			kin_add(x, m_child_by_id(a, a->relationships[i].relative_child_id));
}

static void
draw_relative(struct draw *d, const struct rf_field *fd, const char *error)
{
	struct web_req *r = d->r;
	struct web_snapshot *s = web_snapshot_get(r);
	struct kin x = {r, s, s ? m_child_by_id(&s->a, d->child_id) : NULL, {0}, 0};
	const char *v = value_of(d, fd->col);
	const char **o = arena_alloc(&r->arena, sizeof *o * (2 * sizeof x.v / sizeof x.v[0] + 3));
	int64_t chosen;
	int n = 0;

	if (x.self) {
		kin_find(&x);
		if (v && str_to_i64(v, &chosen))
			kin_add(&x, m_child_by_id(&s->a, chosen));
	}
	if (o) {
		o[n++] = "";
		o[n++] = x.n ? "None: an adult above" : "No other child is recorded around the child";
		for (int i = 0; i < x.n; i++) {
			o[n++] = arena_printf(&r->arena, "%lld", (long long)x.v[i]->id);
			o[n++] = web_child_name(r, x.v[i]);
		}
		o[n] = NULL;
		h_select(r, fd->col, fd->label, error, o, v);
	}
	web_snapshot_put(s);
}

/* Whether the adult lives in the child's household, when the child has one. */
static void
draw_home(struct draw *d, const struct rf_field *fd, const char *error)
{
	int64_t home = rf_child_household(d->r, d->child_id);
	const char *v = value_of(d, fd->col);
	const char *id = arena_printf(&d->r->arena, "%lld", (long long)home);

	if (home <= 0 || !id)
		return;
	fieldset_begin(d->r, fd, error, 0);
	h(d->r, "<div class=\"govuk-radios govuk-radios--inline\" data-module=\"govuk-radios\">");
	radio(d->r, fd->col, 0, id, "Yes", v && strcmp(v, id) == 0);
	radio(d->r, fd->col, 1, "", "No", d->posted && web_kv_get(&d->r->form, fd->col) && !*v);
	h(d->r, "</div>");
	fieldset_end(d->r);
}

static void
draw_one(struct draw *d, const struct rf_field *fd, const struct column *c, const char *error)
{
	switch (fd->kind) {
	case RF_DATE: draw_date(d, fd, error); break;
	case RF_RADIOS: draw_radios(d, fd, c, error); break;
	case RF_SELECT: draw_select(d, fd, c, error); break;
	case RF_CHECKS: draw_checks(d, fd, c, error); break;
	case RF_YESNO: draw_yesno(d, fd, error); break;
	case RF_OWN: draw_own(d, fd, c, error); break;
	case RF_STAFF: draw_staff(d, fd, c, error); break;
	case RF_ADULT: draw_adult(d, fd, error); break;
	case RF_RELATIVE: draw_relative(d, fd, error); break;
	case RF_HOME: draw_home(d, fd, error); break;
	default:
		h_input(d->r, &(struct h_input){fd->col, fd->label, fd->hint, value_of(d, fd->col),
		    error, "text", "off", fd->kind == RF_NUMBER ? "govuk-input--width-10" :
		    c->maxlen > 40 ? "govuk-!-width-two-thirds" : "govuk-input--width-20"});
	}
}

void
rf_draw(struct web_req *r, const struct rf_spec *sp, const struct web_form *f, int posted,
    int64_t child_id)
{
	struct draw d = {r, f, posted, child_id};

	for (int k = 0; k < sp->nfields;) {
		const struct rf_field *fd = &sp->fields[k];
		int c = records_col_index(f->t, fd->col);
		if (c < 0) {
			k++;
			continue;
		}
		if (fd->kind == RF_TICK) {
			k += draw_ticks(&d, sp, k);
			continue;
		}
		draw_one(&d, fd, &f->t->cols[c], web_form_error(f, fd->col));
		k++;
	}
}
