/*
 * fuzz_ts_engine.c: the timescale engine on areas built from arbitrary bytes. The records
 * an import or another system leaves behind can be incomplete or contradictory (dates
 * missing or out of order, references to records that do not exist, settings that do not
 * parse); whatever they hold, computing every clock, the worklist and their words must not
 * crash, leak or read out of bounds, and every clock must have a state.
 *
 * The bytes are a little program: each step's first byte says what record to add, the
 * next ones its links and dates (255: no date; else days around 2024-01-01, so clocks
 * cross holidays, month ends and settings' dates).
 */
#include <stdint.h>
#include <string.h>

#include "base/buf.h"
#include "base/mem.h"
#include "base/str.h"
#include "timescales/ts.h"

struct in {
	const uint8_t *p;
	size_t n;
};

static unsigned
next(struct in *in)
{
	if (!in->n)
		return 0;
	in->n--;
	return *in->p++;
}

static cal_date
date(struct in *in)
{
	unsigned b = next(in);

	return b == 255 ? CAL_NONE : cal_from_ymd(2024, 1, 1) + ((int)b - 128) * 9;
}

#define ADD(arr) (VEC_GROW(a->arr, a->n_##arr, a->cap_##arr), \
	memset(&a->arr[a->n_##arr], 0, sizeof a->arr[0]), &a->arr[a->n_##arr++])
#define ID(arr) ((int64_t)a->n_##arr + 1)

static void
add_pathway(struct area *a, struct in *in, unsigned op)
{
	int64_t child = 1 + next(in) % 4, ref = next(in) % 4;

	if (op == 1) {
		struct m_referral *r = ADD(referrals);
		*r = (struct m_referral){ID(referrals) - 1, child, 0, next(in) % 3 ? 50 : 0,
		    date(in), date(in), date(in), "6", "N1", "", 0, 0,
		    CAL_NONE, 0};
	} else if (op == 2) {
		struct m_s47 *e = ADD(s47s);
		*e = (struct m_s47){ID(s47s) - 1, child, ref, next(in) % 3, date(in), CAL_NONE,
		    date(in), "", (unsigned char)(next(in) & 1), CAL_NONE, 0};
	} else if (op == 3) {
		struct m_strategy *s = ADD(strategies);
		*s = (struct m_strategy){ID(strategies) - 1, child, ref, date(in), "section_47"};
	} else if (op == 4) {
		struct m_conference *f = ADD(conferences);
		f->id = ID(conferences) - 1, f->child_id = child, f->referral_id = ref;
		f->kind = (enum m_conf_kind)(next(in) % 3);
		f->s47_id = next(in) % 4, f->plan_id = next(in) % 4, f->chair_id = 60;
		f->scheduled = date(in), f->held = date(in), f->rescheduled_from = date(in);
		f->report_to_chair = date(in), f->report_to_parents = date(in);
		f->plan_circulated = date(in), f->minutes_circulated = date(in);
		f->cancelled = CAL_NONE;
		str_copy(f->decision, sizeof f->decision, next(in) & 1 ? "plan" : "continue_plan");
	} else {
		struct m_assessment *s = ADD(assessments);
		s->id = ID(assessments) - 1, s->child_id = child, s->referral_id = ref;
		s->start = date(in), s->authorised = date(in), s->internal_review = CAL_NONE;
	}
}

static void
add_plan_record(struct area *a, struct in *in, unsigned op)
{
	int64_t child = 1 + next(in) % 4, ref = next(in) % 4;

	if (op == 6) {
		struct m_plan *p = ADD(plans);
		p->id = ID(plans) - 1, p->child_id = child, p->referral_id = ref;
		p->start_conference_id = next(in) % 4, p->start = date(in), p->end = date(in);
		p->core_group_interval_days = next(in) % 3 ? 0 : 7 + next(in) % 78;
		p->key_worker_id = 50;
	} else if (op == 7) {
		struct m_core_group *g = ADD(core_groups);
		*g = (struct m_core_group){ID(core_groups) - 1, child, ref, date(in), date(in), NULL};
	} else if (op == 8) {
		struct m_visit *v = ADD(visits);
		*v = (struct m_visit){ID(visits) - 1, child, ref, 50, date(in), next(in) & 1, 0};
	} else {
		struct m_invitee *v = ADD(invitees);
		*v = (struct m_invitee){ID(invitees) - 1, child, ref, 1, 70, date(in), date(in),
		    (unsigned char)(next(in) & 1), 0, 0, CAL_NONE, M_UNKNOWN};
	}
}

static void
add_setting(struct area *a, struct in *in)
{
	static const char *const values[] = {"0", "1", "15", "84", "B", "A", "12 18 24", "x"};
	int n;
	const struct ts_keydef *keys = ts_keys(&n);
	struct m_setting *s = ADD(settings);

	s->key = area_strdup(a, keys[next(in) % (unsigned)n].name);
	s->value = area_strdup(a, values[next(in) % 8]);
	s->effective_from = date(in);
}

static void
build(struct area *a, struct in *in)
{
	for (int64_t c = 1; c <= 4; c++) {
		struct m_child *ch = ADD(children);
		ch->id = c;
		ch->birth = date(in), ch->expected_birth = date(in), ch->death = CAL_NONE;
		ch->household_id = next(in) % 3;
	}
	while (in->n) {
		unsigned op = next(in) % 11;
		if (op <= 5)
			add_pathway(a, in, op);
		else if (op <= 9)
			add_plan_record(a, in, op);
		else
			add_setting(a, in);
	}
	area_index(a);
}

struct look {
	const struct area *a;
	struct buf b;
};

static int
look(void *ctx, const struct m_child *c, const struct ts_clock *v, size_t n)
{
	struct look *l = ctx;

	(void)c;
	for (size_t i = 0; i < n; i++) {
		if (v[i].state > TS_OVERDUE || v[i].kind >= TS_NKINDS)
			__builtin_trap();
		buf_reset(&l->b);
		ts_describe(l->a, &v[i], &l->b);
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct in in = {data, size > 4096 ? 4096 : size};
	struct area a;
	struct ts_config *cfg;
	struct ts_worklist w;
	struct ts_filter f = {0, 0, 0, 0};
	struct look l = {&a, {0}};

	area_init(&a);
	build(&a, &in);
	cfg = ts_config_new(&a);
	buf_init(&l.b, 4096);
	ts_area(&a, cfg, cal_from_ymd(2024, 6, 3), look, &l);
	ts_worklist_build(&a, cfg, cal_from_ymd(2024, 6, 3), 5, &f, &w);
	ts_worklist_free(&w);
	buf_free(&l.b);
	ts_config_free(cfg);
	area_free(&a);
	return 0;
}
