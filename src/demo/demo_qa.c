/*
 * demo_qa.c: the chair's quality form on each conference held, and the family's feedback,
 * at the rates the seeds report.
 *
 * Haringey's chairs "completed a Quality Assurance form after each conference" (seed 001):
 * nearly every conference has one, most within the week, a few late, and those of the last
 * days before the end are still to do, on the chair's list. The chair's answers follow the
 * conference where they can (the parents met the chair or not; the child's voice is heard
 * when the child took part or was too young to); ratings are mostly good. Feedback returns
 * are low: Haringey had 79 parents' forms in four months of conferences, about one
 * conference in five, and fewer children's; 98% of parents said they understood why the
 * conference was held and 91% had met the chair. The free text is drawn from phrases like
 * the seeds' quotations ("extremely professional, caring, respectful"; "put me at ease").
 */
#include "demo/demo_int.h"

#include <string.h>

static const struct d_weight ratings[] = {
	{"outstanding", 8}, {"good", 62}, {"requires_improvement", 24}, {"inadequate", 6},
};

static const char *const chair_notes[] = {
	"The health visitor's report was not received before the conference.",
	"The social worker's report reached me the day before; the parents had not seen it.",
	"Good multi-agency attendance and a clear plan.",
	"The school did not attend or send a report.",
	"The child's views were well represented by the social worker.",
	"The plan's outcomes need timescales agreed at the next core group.",
	"The police did not attend; their information came by email.",
	"Creative work to show the views of a pre-verbal child.",
};

static const char *const parent_change[] = {
	"Nothing, the chair explained everything.",
	"Getting the reports earlier before the conference.",
	"Fewer people in the room, it felt like too many professionals.",
	"More time to speak before the decision was made.",
	"The meeting was too long.",
	"To get the report earlier, I only read it on the day.",
	"Nothing, I felt involved.",
	"A room that was not so formal.",
	"To be told the decision more clearly at the end.",
	"The social worker's report had mistakes about my family.",
};

static const char *const parent_comments[] = {
	"The social worker was extremely professional, caring and respectful.",
	"The chair put me at ease and made me very involved.",
	"I felt listened to.",
	"I did not agree with the decision but I understood why.",
	"The chair explained what would happen next.",
	"It was hard to hear everything that was said.",
};

static const char *const child_change[] = {
	"I wanted to say more.",
	"Nothing, my advocate helped me.",
	"It was boring and too long.",
	"Less people talking about me.",
	"To see the report before the meeting.",
};

static const char *const child_comments[] = {
	"My advocate helped me say what I wanted.",
	"The chair asked me what I thought.",
	"I was nervous but it was ok.",
};

#define PICK(r, v) ((v)[rng_below(r, (uint32_t)(sizeof (v) / sizeof (v)[0]))])

static int
voice_heard(const struct d_held *h, struct rng *r)
{
	if (h->age < 5 || !h->participation)
		return rng_chance(r, 0.75);
	return strcmp(h->participation, "did_not_take_part") != 0 ? rng_chance(r, 0.95) :
	    rng_chance(r, 0.3);
}

static void
quality(struct d_world *w, const struct d_held *h, struct rng *r)
{
	struct d_rows *rw = &w->rows;
	int days = rng_chance(r, 0.85) ? rng_range(r, 0, 5) : rng_range(r, 6, 20);
	cal_date done = d_cut(w, cal_add_working_days(h->held, days));
	struct field *row;

	if (done == CAL_NONE || rng_chance(r, 0.04))
		return;
	row = d_row(rw, T_QUALITY, NULL);
	d_ref(rw, row, QA_CHILD, h->child);
	d_ref(rw, row, QA_CONFERENCE, h->conference);
	d_date(rw, row, QA_COMPLETED, done);
	d_bool(rw, row, QA_PREMEETING, h->met_chair);
	d_bool(rw, row, QA_TO_CHAIR, rng_chance(r, 0.8));
	d_bool(rw, row, QA_SHARED, rng_chance(r, 0.7));
	d_bool(rw, row, QA_AGENCIES, rng_chance(r, 0.65));
	d_bool(rw, row, QA_VOICE, voice_heard(h, r));
	d_bool(rw, row, QA_SMART, rng_chance(r, 0.72));
	d_text(rw, row, QA_RATING, rng_code(r, ratings, D_N(ratings)));
	if (rng_chance(r, 0.3))
		d_text(rw, row, QA_COMMENTS, PICK(r, chair_notes));
}

static void
feedback(struct d_world *w, const struct d_held *h, struct rng *r, int child)
{
	struct d_rows *rw = &w->rows;
	cal_date back = d_cut(w, cal_add_days(h->held, rng_range(r, 0, 21)));
	struct field *row;

	if (back == CAL_NONE)
		return;
	row = d_row(rw, T_FEEDBACK, NULL);
	d_ref(rw, row, FB_CHILD, h->child);
	d_ref(rw, row, FB_CONFERENCE, h->conference);
	d_text(rw, row, FB_RESPONDENT, child ? "child" : "parent");
	d_date(rw, row, FB_RECEIVED, back);
	if (rng_chance(r, 0.97))
		d_bool(rw, row, FB_UNDERSTOOD, rng_chance(r, child ? 0.85 : 0.98));
	if (rng_chance(r, 0.95))
		d_bool(rw, row, FB_LISTENED, rng_chance(r, child ? 0.8 : 0.9));
	if (!child)
		d_bool(rw, row, FB_MET_CHAIR, h->met_chair);
	if (rng_chance(r, 0.8))
		d_text(rw, row, FB_CHANGE, child ? PICK(r, child_change) : PICK(r, parent_change));
	if (rng_chance(r, 0.5))
		d_text(rw, row, FB_COMMENTS, child ? PICK(r, child_comments) :
		    PICK(r, parent_comments));
}

void
d_emit_quality(struct d_world *w, const struct d_held *h, struct rng *own)
{
	quality(w, h, own);
	if (rng_chance(own, 0.2))
		feedback(w, h, own, 0);
	if (h->age >= 8 && rng_chance(own, h->advocate ? 0.3 : 0.06))
		feedback(w, h, own, 1);
}
