/*
 * conf_record.c: recording a conference once it has sat. For each invitee whether they
 * attended, sent apologies or did not come; when the social worker's report reached the
 * chair and the parents; whether the chair met the parents; the child's participation,
 * views and advocate; the decision, its categories, the outline plan, the key worker,
 * the core group and any dissent. An initial conference that decides on a plan starts
 * the child protection plan (cp_plans) in the same transaction as the conference, its
 * invitees and its core group: either all of it is stored or none of it.
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

#define MAX_ROWS 40		/* invitees or core group members on one conference */

static const char *const cols[] = {"held_date", "report_to_chair_date",
    "report_to_parents_date", "parents_met_chair", "parents_understood", "child_participation",
    "child_views", "advocate", "decision", "outline_plan", "key_worker_id", "dissent", NULL};

/* What the page reads beyond the conference's own fields. */
struct record {
	struct web_form conf;
	int ninv;
	int64_t inv[MAX_ROWS];
	char attend[MAX_ROWS];		/* 'a' attended, 'p' apologies, 'x' absent, 0 not said */
	int nmem;
	int64_t member[MAX_ROWS];	/* professionals chosen for the core group */
	struct h_field_error page[MAX_ROWS + 4];
	int npage;
};

static const char *
key(struct web_req *r, const char *prefix, int64_t id)
{
	return arena_printf(&r->arena, "%s%lld", prefix, (long long)id);
}

static void
attendance(struct web_req *r, const struct conf_ctx *x, struct record *d)
{
	const struct area *a = &x->s->a;

	h(r, "<h2 class=\"govuk-heading-m\">Who came</h2>");
	for (uint32_t i = 0; i < x->c->invitees.count; i++) {
		const struct m_invitee *v = &a->invitees[x->c->invitees.first + i];
		const struct m_agency *g = m_agency(a, v->agency_id);
		const char *name = key(r, "attend_", v->id);
		char was = 0;
		if (v->conference_id != x->k->id)
			continue;
		for (int k = 0; k < d->ninv; k++)
			if (d->inv[k] == v->id)
				was = d->attend[k];
		if (!was && x->k->held != CAL_NONE)
			was = v->attended ? 'a' : v->apologies ? 'p' : 'x';
		conf_attendance(r, name, arena_printf(&r->arena, "%s%s%s", g && g->name ? g->name : "",
		    v->professional_id ? ": " : "", v->professional_id ? child_person(&(struct
		    child_view){r, x->s, a, x->c, {0}, x->s->today, 0, 0}, v->professional_id) : ""),
		    was);
	}
}

/* The abuse categories as checkboxes (a conference may name several). */
static void
categories(struct web_req *r, struct web_form *f)
{
	static const char *const codes[] = {"NEG", "neglect", "PHY", "physical abuse", "SAB",
	    "sexual abuse", "EMO", "emotional abuse", "MUL", "multiple", NULL};
	const char *v = web_form_value(r, f, "categories"), *err = web_form_error(f, "categories");

	h(r, "<div class=\"govuk-form-group%s\"><fieldset class=\"govuk-fieldset\"><legend class=\""
	    "govuk-fieldset__legend govuk-fieldset__legend--s\">Categories of the plan</legend>",
	    err ? " govuk-form-group--error" : "");
	if (err)
		h(r, "<p id=\"categories-error\" class=\"govuk-error-message\"><span class=\""
		    "govuk-visually-hidden\">Error:</span> %s</p>", err);
	h(r, "<div class=\"govuk-checkboxes govuk-checkboxes--small\">");
	for (int i = 0; codes[i]; i += 2)
		h(r, "<div class=\"govuk-checkboxes__item\"><input class=\"govuk-checkboxes__input\" "
		    "id=\"categories%s\" name=\"categories\" type=\"checkbox\" value=\"%s\"%s><label "
		    "class=\"govuk-label govuk-checkboxes__label\" for=\"categories%s\">%s</label></div>",
		    i ? codes[i] : "", codes[i], v && strstr(v, codes[i]) ? " checked" : "",
		    i ? codes[i] : "", codes[i + 1]);
	h(r, "</div></fieldset></div>");
}

static int
chosen(const struct record *d, int64_t pid)
{
	for (int i = 0; i < d->nmem; i++)
		if (d->member[i] == pid)
			return 1;
	return 0;
}

/* The core group: the professionals invited by name, and those already members. */
static void
core_group(struct web_req *r, const struct conf_ctx *x, const struct record *d)
{
	const struct area *a = &x->s->a;
	struct child_view v = {r, x->s, a, x->c, {0}, x->s->today, 0, 0};
	int n = 0;

	h(r, "<div class=\"govuk-form-group\"><fieldset class=\"govuk-fieldset\"><legend class=\""
	    "govuk-fieldset__legend govuk-fieldset__legend--s\">Core group members</legend><div "
	    "class=\"govuk-hint\">The professionals who will carry out the plan with the family."
	    "</div><div class=\"govuk-checkboxes govuk-checkboxes--small\">");
	for (uint32_t i = 0; i < x->c->invitees.count; i++) {
		const struct m_invitee *w = &a->invitees[x->c->invitees.first + i];
		int member = chosen(d, w->professional_id);
		if (w->conference_id != x->k->id || !w->professional_id)
			continue;
		for (uint32_t j = 0; !member && j < x->c->core_members.count; j++) {
			const struct m_core_member *m = &a->core_members[x->c->core_members.first + j];
			member = m->conference_id == x->k->id && m->professional_id == w->professional_id;
		}
		h(r, "<div class=\"govuk-checkboxes__item\"><input class=\"govuk-checkboxes__input\" "
		    "id=\"core_member%s\" name=\"core_member\" type=\"checkbox\" value=\"%lld\"%s><label "
		    "class=\"govuk-label govuk-checkboxes__label\" for=\"core_member%s\">%s</label></div>",
		    n ? key(r, "-", w->professional_id) : "", (long long)w->professional_id, member ?
		    " checked" : "", n ? key(r, "-", w->professional_id) : "",
		    child_person(&v, w->professional_id));
		n++;
	}
	if (!n)
		h(r, "<p class=\"govuk-body\">No one is invited by name.</p>");
	h(r, "</div></fieldset></div>");
}

static void
start_form(struct web_req *r, const struct conf_ctx *x, struct record *d)
{
	conf_form_load(r, &d->conf, "conferences", x->k->id);
	if (x->k->held == CAL_NONE)
		web_form_set_text(&d->conf, "held_date", conf_iso(r, x->k->scheduled));
}

static int
record_page(struct web_req *r, struct record *d)
{
	struct conf_ctx x;
	struct web_form *f = &d->conf;
	struct h_field_error e[MAX_ROWS + 44];
	int ne, rc = conf_open(r, &x, 0);

	if (rc <= 0)
		return rc;
	if (!f->t)
		start_form(r, &x, d);
	ne = web_form_errors(r, f, e, 40);
	for (int i = 0; i < d->npage && ne < MAX_ROWS + 44; i++)
		e[ne++] = d->page[i];
	h_page_begin(r, ne ? "Error: Record the conference" : "Record the conference", NAV_WORK);
	conf_heading(r, &x, "Record the conference");
	if (ne)
		h_error_summary(r, e, ne);
	h(r, "<form method=\"post\" action=\"/conferences/%lld/record\" novalidate>",
	    (long long)x.k->id);
	h_csrf(r);
	conf_text(r, f, "held_date", "Date held", "YYYY-MM-DD", "govuk-input--width-10");
	attendance(r, &x, d);
	h(r, "<h2 class=\"govuk-heading-m\">The family</h2>");
	conf_text(r, f, "report_to_chair_date", "Social worker's report reached the chair on",
	    "YYYY-MM-DD", "govuk-input--width-10");
	conf_text(r, f, "report_to_parents_date", "Report shared with the parents on",
	    "YYYY-MM-DD", "govuk-input--width-10");
	conf_yesno(r, f, "parents_met_chair", "Did the chair meet the parents beforehand?");
	conf_yesno(r, f, "parents_understood", "Did the parents understand the concerns?");
	conf_codes(r, f, "child_participation", "The child's participation");
	conf_textarea(r, f, "child_views", "The child's views", "In the child's own words where "
	    "possible.");
	conf_yesno(r, f, "advocate", "Did the child have an advocate?");
	h(r, "<h2 class=\"govuk-heading-m\">The decision</h2>");
	conf_codes(r, f, "decision", "Decision");
	categories(r, f);
	conf_textarea(r, f, "outline_plan", "Outline plan", "What must change, who will do what, "
	    "and by when.");
	conf_people(r, &x.s->a, f, "key_worker_id", "Key worker", 0);
	core_group(r, &x, d);
	conf_yesno(r, f, "dissent", "Did anyone dissent from the decision?");
	h(r, "<button type=\"submit\" class=\"govuk-button\">Save the record</button></form>");
	h_page_end(r);
	conf_close(&x);
	return 0;
}

int
page_conf_record_form(struct web_req *r)
{
	struct record *d = xcalloc(1, sizeof *d);
	int rc;

	rc = record_page(r, d);
	xfree(d);
	return rc;
}

static void
page_error(struct web_req *r, struct record *d, const char *field, const char *message)
{
	if (d->npage < MAX_ROWS + 4)
		d->page[d->npage++] = (struct h_field_error){field, arena_strdup(&r->arena, message)};
}

/* Each invitee's attendance, and the core group chosen. */
static void
read_people(struct web_req *r, const struct conf_ctx *x, struct record *d)
{
	const struct area *a = &x->s->a;

	for (uint32_t i = 0; i < x->c->invitees.count && d->ninv < MAX_ROWS; i++) {
		const struct m_invitee *v = &a->invitees[x->c->invitees.first + i];
		const char *name, *said;
		const struct m_agency *g;
		if (v->conference_id != x->k->id)
			continue;
		name = key(r, "attend_", v->id);
		said = name ? web_kv_get(&r->form, name) : NULL;
		d->inv[d->ninv] = v->id;
		d->attend[d->ninv] = !said ? 0 : strcmp(said, "attended") == 0 ? 'a' :
		    strcmp(said, "apologies") == 0 ? 'p' : strcmp(said, "absent") == 0 ? 'x' : 0;
		g = m_agency(a, v->agency_id);
		if (!d->attend[d->ninv] && name)
			page_error(r, d, name, arena_printf(&r->arena, "%s: choose whether they "
			    "attended, sent apologies or did not attend", g && g->name ? g->name :
			    "An invitee"));
		d->ninv++;
	}
	for (int i = 0; i < r->form.n && d->nmem < MAX_ROWS; i++) {
		int64_t pid;
		if (strcmp(r->form.v[i].key, "core_member") != 0)
			continue;
		if (str_to_i64(r->form.v[i].value, &pid) && m_professional(a, pid))
			d->member[d->nmem++] = pid;
		else
			page_error(r, d, "core_member", "Core group member: choose the people from "
			    "the list");
	}
}

/* The categories ticked, as the record's list of codes. */
static void
read_categories(struct web_req *r, struct web_form *f)
{
	const char *all = "";
	int c = records_col_index(f->t, "categories");
	struct rec_error why;
	char *buf;
	size_t room;

	for (int i = 0; i < r->form.n; i++)
		if (strcmp(r->form.v[i].key, "categories") == 0)
			all = arena_printf(&r->arena, "%s%s%s", all, *all ? " " : "", r->form.v[i].value);
	if (!all)
		return;
	f->typed[c] = all;
	buf = f->text + f->used;
	room = sizeof f->text - f->used;
	if (!rec_parse_text(f->t, c, all, &f->row[c], buf, room, &why)) {
		conf_error(f, "categories", why.message);
		return;
	}
	if (f->row[c].s)
		f->used += strlen(f->row[c].s) + 1;
}

static int
decides_plan(const struct web_form *f)
{
	int c = records_col_index(f->t, "decision");

	return f->row[c].present && f->row[c].s && (strcmp(f->row[c].s, "plan") == 0 ||
	    strcmp(f->row[c].s, "continue_plan") == 0);
}

/* What a conference's record must hold once it has sat. */
static void
record_rules(struct web_req *r, const struct conf_ctx *x, struct record *d)
{
	struct web_form *f = &d->conf;
	int hc = records_col_index(f->t, "held_date");
	cal_date held = CAL_NONE;

	if (f->row[hc].present && f->row[hc].s && !cal_parse(f->row[hc].s, &held))
		held = CAL_NONE;

	if (x->k->cancelled != CAL_NONE)
		conf_error(f, "held_date", "this conference was cancelled: it cannot be recorded "
		    "as held");
	if (!f->typed[hc] || !*f->typed[hc])
		conf_error(f, "held_date", "give the date the conference was held");
	else if (held != CAL_NONE && held > web_today(r->srv))
		conf_error(f, "held_date", "the conference cannot be recorded before it is held "
		    "(the date is in the future)");
	if (!conf_given(f, "decision") && !web_form_error(f, "decision"))
		conf_error(f, "decision", "choose what the conference decided");
	if (decides_plan(f) && !conf_given(f, "categories") && !web_form_error(f, "categories"))
		conf_error(f, "categories", "a plan needs at least one category: tick the "
		    "categories of abuse or neglect");
	if (decides_plan(f) && !conf_given(f, "key_worker_id"))
		conf_error(f, "key_worker_id", "a plan needs a key worker: choose one");
}

/* The plan an initial conference starts, unless it has started one already. */
static int
start_plan(struct web_req *r, const struct conf_ctx *x, struct web_form *conf,
    struct web_form *plan)
{
	const struct area *a = &x->s->a;
	const char *cats = web_form_value(r, conf, "categories");
	int previous = 0, kw;

	if (x->k->kind != M_INITIAL || !decides_plan(conf))
		return 0;
	for (uint32_t i = 0; i < x->c->plans.count; i++) {
		const struct m_plan *p = &a->plans[x->c->plans.first + i];
		if (p->start_conference_id == x->k->id)
			return 0;
		previous += p->end != CAL_NONE;
	}
	web_form_init(plan, "cp_plans");
	web_form_set_int(plan, "child_id", x->c->id);
	web_form_set_int(plan, "referral_id", x->k->referral_id);
	web_form_set_int(plan, "start_conference_id", x->k->id);
	web_form_set_text(plan, "start_date", web_form_value(r, conf, "held_date"));
	/* The census has one category a plan: several are "multiple". */
	cats = strchr(cats, ' ') ? "MUL" : cats;
	web_form_set_text(plan, "initial_category", cats);
	web_form_set_text(plan, "latest_category", cats);
	web_form_set_int(plan, "previous_plans", previous);
	kw = records_col_index(conf->t, "key_worker_id");
	if (conf->row[kw].present)
		web_form_set_int(plan, "key_worker_id", conf->row[kw].i);
	return 1;
}

static int
already_member(const struct conf_ctx *x, int64_t pid)
{
	for (uint32_t j = 0; j < x->c->core_members.count; j++) {
		const struct m_core_member *m = &x->s->a.core_members[x->c->core_members.first + j];
		if (m->conference_id == x->k->id && m->professional_id == pid)
			return 1;
	}
	return 0;
}

/* The people of the conference: each invitee's attendance, the new core group members. */
static int
put_people(struct web_req *r, const struct conf_ctx *x, struct record *d, struct web_form *w)
{
	for (int i = 0; i < d->ninv; i++) {
		if (conf_form_load(r, w, "conference_invitees", d->inv[i]) != 1)
			return -1;
		web_form_set_int(w, "attended", d->attend[i] == 'a');
		web_form_set_int(w, "apologies", d->attend[i] == 'p');
		if (conf_put(r, w) < 0)
			return -1;
	}
	for (int i = 0; i < d->nmem; i++) {
		if (already_member(x, d->member[i]))
			continue;
		web_form_init(w, "core_group_members");
		web_form_set_int(w, "child_id", x->c->id);
		web_form_set_int(w, "conference_id", x->k->id);
		web_form_set_int(w, "professional_id", d->member[i]);
		if (conf_put(r, w) < 0)
			return -1;
	}
	return 0;
}

/* The plan (if the conference starts one), the conference, its people: one change. */
static int
save_all(struct web_req *r, const struct conf_ctx *x, struct record *d)
{
	struct web_form *plan, *w;
	int ok = 1, rc;

	if (conf_begin(r, &d->conf) < 0)
		return -1;
	plan = xcalloc(1, sizeof *plan);
	w = xcalloc(1, sizeof *w);
	if (start_plan(r, x, &d->conf, plan)) {
		ok = conf_put(r, plan) >= 0;
		if (ok)
			web_form_set_int(&d->conf, "plan_id", plan->row[0].i);
	}
	ok = ok && conf_put(r, &d->conf) >= 0;
	ok = ok && put_people(r, x, d, w) == 0;
	for (int i = 0; i < plan->e.n && i < REC_MAX_ERRORS; i++)
		conf_error(&d->conf, "decision", arena_printf(&r->arena, "the plan could not be "
		    "started: %s", plan->e.v[i].message));
	for (int i = 0; i < w->e.n && i < REC_MAX_ERRORS; i++)
		page_error(r, d, "main-content", w->e.v[i].message);
	rc = conf_end(r, &d->conf, ok && !d->conf.e.n && !d->npage);
	xfree(plan);
	xfree(w);
	return rc > 0 ? 0 : -1;
}

int
page_conf_record(struct web_req *r)
{
	struct record *d = xcalloc(1, sizeof *d);
	struct conf_ctx x;
	int c, rc = conf_open(r, &x, 0);

	if (rc <= 0) {
		xfree(d);
		return rc;
	}
	conf_form_load(r, &d->conf, "conferences", x.k->id);
	c = records_col_index(d->conf.t, "categories");
	d->conf.row[c].present = 0;
	web_form_read(r, &d->conf, cols);
	read_categories(r, &d->conf);
	read_people(r, &x, d);
	record_rules(r, &x, d);
	conf_check(&d->conf);
	rc = d->conf.e.n || d->npage ? -1 : save_all(r, &x, d);
	conf_close(&x);
	if (rc < 0)
		rc = record_page(r, d);
	else
		rc = web_redirect(r, arena_printf(&r->arena, "/conferences/%lld?done=recorded",
		    (long long)r->ids[0]));
	xfree(d);
	return rc;
}
