/*
 * fig_quality.c: the figures of quality assurance (docs/figures.md, "Quality assurance"):
 * the chairs' quality forms and the family's feedback. Each counts the conferences held
 * in the period, as the figures of the conferences do (fig_conf_ok: held, and passing the
 * team, chair and category filters), so a form is counted in the period of its
 * conference, however late it was completed or came back.
 */
#include "figures/fig_int.h"

#include <string.h>

#include "codes/codes.h"

/* Adds to the windows holding conference f's day; what is added is fn's. */
typedef void (*qa_fn)(struct fig_job *j, size_t w, const struct m_child *c,
    const struct m_conference *f);

static void
each_held(struct fig_job *j, qa_fn fn)
{
	for (size_t ci = 0; ci < j->a->n_children; ci++) {
		const struct m_child *c = &j->a->children[ci];
		for (uint32_t i = 0; i < c->conferences.count; i++) {
			const struct m_conference *f = &j->a->conferences[c->conferences.first + i];
			size_t w;
			if (!fig_in_any(j, f->held) || !fig_conf_ok(j, c, f))
				continue;
			FIG_EACH(w, fig_mask(j, f->held))
				if (fig_age_ok(j, w, c))
					fn(j, w, c, f);
		}
	}
}

static void
with_form(struct fig_job *j, size_t w, const struct m_child *c, const struct m_conference *f)
{
	fig_add(j, w, 0, m_find_quality(j->a, c, f->id) != NULL, 1, c->id);
}

void
fig_qa_forms(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	each_held(j, with_form);
}

static void
rating(struct fig_job *j, size_t w, const struct m_child *c, const struct m_conference *f)
{
	const struct m_quality *q = m_find_quality(j->a, c, f->id);
	int k = q ? codes_index(codes_list("qa_rating"), q->rating) : -1;

	if (!q)
		return;
	for (size_t i = 0; i < j->out[w].n_rows; i++)
		fig_add(j, w, i, (int)i == k, 1, (int)i == k ? c->id : 0);
}

void
fig_qa_ratings(struct fig_job *j)
{
	const struct code_list *l = codes_list("qa_rating");

	fig_rows(j, (size_t)l->n);
	for (int i = 0; i < l->n; i++)
		fig_row(j, (size_t)i, l->codes[i].label, l->codes[i].code);
	each_held(j, rating);
}

/* The questions of the form, in model.h's order of m_quality.answers. */
static const char *const questions[M_QA_QUESTIONS][2] = {
	{"premeeting_held", "The chair met the parents before the conference"},
	{"report_to_chair_in_time", "The social worker's report reached the chair in time"},
	{"reports_shared_in_time", "The reports were shared with the family in time"},
	{"agencies_contributed", "Each invited agency contributed"},
	{"child_voice_heard", "The child's voice was heard"},
	{"plan_smart", "The plan is SMART"},
};

static void
answers(struct fig_job *j, size_t w, const struct m_child *c, const struct m_conference *f)
{
	const struct m_quality *q = m_find_quality(j->a, c, f->id);

	for (size_t i = 0; q && i < M_QA_QUESTIONS; i++)
		fig_add(j, w, i, q->answers[i], 1, q->answers[i] ? c->id : 0);
}

void
fig_qa_questions(struct fig_job *j)
{
	fig_rows(j, M_QA_QUESTIONS);
	for (size_t i = 0; i < M_QA_QUESTIONS; i++)
		fig_row(j, i, questions[i][1], questions[i][0]);
	each_held(j, answers);
}

/* ---- Feedback: rows "parent" and "child" ---- */

static const char *const whom[2][2] = {
	{"parent", "Parents and carers"}, {"child", "Children and young people"},
};

static void
whom_rows(struct fig_job *j)
{
	fig_rows(j, 2);
	for (size_t i = 0; i < 2; i++)
		fig_row(j, i, whom[i][1], whom[i][0]);
}

static int
whom_row(const struct m_feedback *b)
{
	return strcmp(b->respondent, "child") == 0;
}

static void
returned(struct fig_job *j, size_t w, const struct m_child *c, const struct m_conference *f)
{
	int got[2] = {0, 0};

	for (uint32_t i = 0; i < c->feedback.count; i++) {
		const struct m_feedback *b = &j->a->feedback[c->feedback.first + i];
		if (b->conference_id == f->id)
			got[whom_row(b)] = 1;
	}
	for (size_t i = 0; i < 2; i++)
		fig_add(j, w, i, got[i], 1, got[i] ? c->id : 0);
}

void
fig_feedback_returned(struct fig_job *j)
{
	whom_rows(j);
	each_held(j, returned);
}

/* The forms on f whose answer (at offset off of struct m_feedback) was given. */
static void
answered(struct fig_job *j, size_t w, const struct m_child *c, const struct m_conference *f,
    size_t off)
{
	for (uint32_t i = 0; i < c->feedback.count; i++) {
		const struct m_feedback *b = &j->a->feedback[c->feedback.first + i];
		signed char v = *((const signed char *)b + off);
		if (b->conference_id == f->id && v != M_UNKNOWN)
			fig_add(j, w, (size_t)whom_row(b), v == M_YES, 1, v == M_YES ? c->id : 0);
	}
}

static void
understood(struct fig_job *j, size_t w, const struct m_child *c, const struct m_conference *f)
{
	answered(j, w, c, f, offsetof(struct m_feedback, understood_why));
}

static void
listened(struct fig_job *j, size_t w, const struct m_child *c, const struct m_conference *f)
{
	answered(j, w, c, f, offsetof(struct m_feedback, listened_to));
}

void
fig_feedback_understood(struct fig_job *j)
{
	whom_rows(j);
	each_held(j, understood);
}

void
fig_feedback_listened(struct fig_job *j)
{
	whom_rows(j);
	each_held(j, listened);
}
