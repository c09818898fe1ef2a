/*
 * page_escalation.c: raising an escalation (a professional disagreement, issue 11) and
 * taking it to its next stage. Anyone working with the child may raise one, a partner
 * practitioner or a conference chair as much as a social worker: from the child's record,
 * or from one of its conferences (?conference_id=N names it). The escalation and its
 * stage 1, addressed to the manager who must answer, are saved as one change: an
 * escalation is never without a stage to answer. Seed 001's process has four steps (the
 * relevant manager, the heads of service, both heads of service together, the assistant
 * director), so a stage goes up to 4.
 *
 * Answering a stage and recording the resolution are the record forms of rform_specs.c
 * (/escalation_stages/{id}/respond, /escalations/{id}/resolve); the escalation's own
 * page is page_escalations.c.
 */
#include "web/pages.h"

#include <stdio.h>
#include <string.h>

#include "base/str.h"
#include "timescales/ts.h"
#include "web/esc_page.h"
#include "web/records_page.h"
#include "web/snapshot.h"
#include "web/web_int.h"

struct raise_form {
	const struct rf_spec *se, *ss;	/* the escalation's fields; its stage 1's */
	struct web_form fe, fs;
};

static void
start(struct raise_form *x)
{
	x->se = rf_spec_find("escalations", "raise");
	x->ss = rf_spec_find("escalation_stages", "first");
	web_form_init(&x->fe, "escalations");
	web_form_init(&x->fs, "escalation_stages");
}

/* The working days a stage has for its answer today: the setting, as the clock reads it. */
static int
stage_days(struct web_req *r)
{
	struct web_snapshot *s = web_snapshot_get(r);
	int n = s ? ts_setting_int(s->cfg, TS_ESCALATION_STAGE, s->today) : 5;

	if (s)
		web_snapshot_put(s);
	return n;
}

static void
raise_page(struct web_req *r, struct raise_form *x, int posted)
{
	struct rp_pair p = {x->se, x->ss, &x->fe, &x->fs, x->se->title_edit, arena_printf(
	    &r->arena, "Raise a disagreement with a decision, a delay or the quality of work for "
	    "this child, when talking it through has not resolved it. Stage 1 goes to the "
	    "manager of the team or agency it is about, who answers within %d working days; if "
	    "the answer does not resolve it, take it to the next stage.", stage_days(r)),
	    arena_printf(&r->arena,
	    "/children/%lld/escalations", (long long)r->child_id), "Stage 1",
	    "Raise the escalation", 0, posted};

	rp_pair_page(r, &p);
}

/* GET /children/{id}/new/escalations[?conference_id=N] */
int
page_esc_new(struct web_req *r)
{
	struct raise_form x;
	const char *conf = web_kv_get(&r->query, "conference_id");
	int64_t id;

	start(&x);
	web_form_set_text(&x.fe, "raised_date", esc_iso(r, web_today(r->srv)));
	if (r->user.professional_id)
		web_form_set_int(&x.fe, "raised_by_id", r->user.professional_id);
	if (conf && str_to_i64(conf, &id) && id > 0 && id <= RECORDS_MAX_ID)
		web_form_set_int(&x.fe, "conference_id", id);
	raise_page(r, &x, 0);
	return 0;
}

/* The agency of the person who raised it goes with them: 0, or -1 (in errors). */
static int
raiser_agency(struct web_req *r, struct web_form *f)
{
	int c = records_col_index(f->t, "raised_by_id");
	struct web_snapshot *s;
	const struct m_professional *p;

	if (c < 0 || !f->row[c].present)
		return 0;	/* the record layer says it is required */
	if (!(s = web_snapshot_get(r)))
		return -1;
	p = m_professional(&s->a, f->row[c].i);
	if (p && p->agency_id)
		web_form_set_int(f, "raised_by_agency_id", p->agency_id);
	web_snapshot_put(s);
	return 0;
}

/* The checks of each record alone, so that both forms' errors show at once: the stage
 * as it will be, naming the escalation it is saved with. */
static void
check_alone(struct raise_form *x)
{
	int esc = records_col_index(x->fs.t, "escalation_id");

	if (!x->fe.e.n)
		rec_check(x->fe.t, x->fe.row, &x->fe.e);
	if (x->fs.e.n || esc < 0)
		return;
	x->fs.row[esc] = (struct field){.present = 1, .i = RECORDS_MAX_ID};
	rec_check(x->fs.t, x->fs.row, &x->fs.e);
	x->fs.row[esc].present = 0;
}

/* The escalation, then its stage 1 naming it, as one change: 1 saved, -1 refused (errors
 * in the forms; none: the store failed). */
static int
save(struct web_req *r, struct raise_form *x)
{
	struct rec_actor who = web_actor(r);
	int rc;

	if (store_begin(r->st) < 0)
		return -1;
	rc = rec_write(r->st, &who, x->fe.t, x->fe.row, &x->fe.e);
	if (rc > 0) {
		web_form_set_int(&x->fs, "escalation_id", x->fe.row[0].i);
		rc = rec_write(r->st, &who, x->fs.t, x->fs.row, &x->fs.e);
	}
	if (rc > 0 && store_commit(r->st) < 0)
		rc = -1;
	if (rc <= 0) {
		store_rollback(r->st);
		return -1;
	}
	web_snapshot_fresh(r);
	return 1;
}

/* POST /children/{id}/escalations */
int
page_esc_raise(struct web_req *r)
{
	struct raise_form x;

	start(&x);
	web_form_set_int(&x.fe, "child_id", r->child_id);
	web_form_set_int(&x.fs, "child_id", r->child_id);
	web_form_set_int(&x.fs, "stage", 1);
	rf_read(r, x.se, &x.fe);
	rf_read(r, x.ss, &x.fs);
	web_form_set_text(&x.fs, "opened_date", web_form_value(r, &x.fe, "raised_date"));
	if (raiser_agency(r, &x.fe) < 0)
		return -1;
	check_alone(&x);
	if (!x.fe.e.n && !x.fs.e.n) {
		if (save(r, &x) > 0)
			return web_redirect(r, arena_printf(&r->arena, "/escalations/%lld?done=raised",
			    (long long)x.fe.row[0].i));
		if (!x.fe.e.n && !x.fs.e.n)
			return -1;
	}
	raise_page(r, &x, 1);
	return 0;
}

/* Why the escalation cannot go higher, or NULL: resolved, or at the last stage. */
static const char *
no_higher(const struct area *a, const struct m_child *c, const struct m_escalation *e,
    int *next)
{
	*next = esc_stage_now(a, c, e) + 1;
	if (e->resolved != CAL_NONE)
		return "the escalation is resolved: a new disagreement is a new escalation";
	if (*next > 4)
		return "the escalation is at stage 4, the last: record how it was resolved";
	return NULL;
}

static int
error_of(struct web_form *f, const char *col, const char *msg)
{
	if (f->e.n < REC_MAX_ERRORS) {
		f->e.v[f->e.n].col = records_col_index(f->t, col);
		snprintf(f->e.v[f->e.n].message, sizeof f->e.v[f->e.n].message, "%s", msg);
	}
	return ++f->e.n;
}

/* POST /children/{id}/escalation-stages: escalation_id, opened_date, responder_id. */
int
page_esc_next(struct web_req *r)
{
	const char *v = web_kv_get(&r->form, "escalation_id");
	const struct rf_spec *sp = rf_spec_find("escalation_stages", "open");
	struct esc_ctx x;
	struct web_form f;
	const char *why;
	int64_t id = 0;
	int next, rc;

	if (!v || !str_to_i64(v, &id) || (rc = esc_open(r, id, &x)) == 0)
		return esc_missing(r);
	if (rc < 0)
		return -1;
	web_form_init(&f, "escalation_stages");
	web_form_set_int(&f, "child_id", r->child_id);
	web_form_set_int(&f, "escalation_id", id);
	rf_read(r, sp, &f);
	if ((why = no_higher(x.a, x.c, x.e, &next)))
		error_of(&f, "opened_date", why);
	web_form_set_int(&f, "stage", next);
	esc_close(&x);
	if (!f.e.n && web_form_save(r, &f) > 0) {
		web_snapshot_fresh(r);
		return web_redirect(r, arena_printf(&r->arena, "/escalations/%lld?done=stage",
		    (long long)id));
	}
	if (!f.e.n)
		return -1;
	return esc_page(r, id, &f);
}
