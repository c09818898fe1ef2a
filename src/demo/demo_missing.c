/*
 * demo_missing.c: the demo's missing episodes and return interviews (domain.md 6).
 *
 * The seeds give no count. Episodes are made in proportion to what the demo's own records
 * show of children going missing: each assessment recording the factor "going or being
 * missing" (10A) of a child aged 10 to 17 is followed by one to five episodes in the
 * months after the referral. Most children are back within a day; three in four are
 * offered a return interview within 72 hours, some later, a few never; three in five of
 * those offered accept. Nothing is dated after the demo's last day: a child still missing
 * then has no return. Written through the record layer without audit entries of their
 * own, as demo_lookup.c's are.
 */
#include "demo/demo.h"

#include <stdio.h>
#include <string.h>

#include "demo/demo_int.h"
#include "records/rec.h"
#include "store/store.h"

struct miss {
	struct store *st;
	const struct rec_actor *who;
	cal_date end;
	struct rng r;
	struct rec_errors e;
};

/* d, or CAL_NONE when it is after the end or d is none. */
static cal_date
by_end(const struct miss *x, cal_date d)
{
	return d != CAL_NONE && d <= x->end ? d : CAL_NONE;
}

static void
set_date(const struct table *t, struct field *row, const char *col, cal_date d, char buf[11])
{
	if (d == CAL_NONE)
		return;
	cal_format(d, buf);
	row[records_col_index(t, col)] = (struct field){1, 0, buf};
}

static int
episode(struct miss *x, int64_t child, cal_date start)
{
	const struct table *t = records_table("missing_episodes");
	struct field row[8];
	char d[4][11];
	int p = rng_range(&x->r, 0, 99);
	cal_date back = by_end(x, cal_add_days(start, rng_chance(&x->r, 0.8) ? rng_range(&x->r,
	    0, 1) : rng_range(&x->r, 2, 6)));
	cal_date offered = back == CAL_NONE || p >= 90 ? CAL_NONE : by_end(x, cal_add_days(back,
	    p < 75 ? rng_range(&x->r, 0, 3) : rng_range(&x->r, 4, 10)));
	int answer = rng_range(&x->r, 0, 9);	/* 0-5 yes, 6-8 no, 9 not recorded */

	memset(row, 0, sizeof row);
	row[records_col_index(t, "child_id")] = (struct field){1, child, NULL};
	set_date(t, row, "start_date", start, d[0]);
	set_date(t, row, "return_date", back, d[1]);
	set_date(t, row, "interview_offered_date", offered, d[2]);
	if (offered != CAL_NONE && answer < 9)
		row[records_col_index(t, "interview_accepted")] = (struct field){1, answer < 6, NULL};
	if (offered != CAL_NONE && answer < 6)
		set_date(t, row, "interview_date", by_end(x, cal_add_days(offered,
		    rng_range(&x->r, 0, 4))), d[3]);
	rec_errors_clear(&x->e);
	return rec_write_as(x->st, x->who, t, row, NULL, REC_NO_CREATE_ENTRY, &x->e) < 0 ? -1 : 0;
}

static int
episodes(struct miss *x, const struct area *a, const struct m_assessment *s)
{
	const struct m_child *c = m_child_by_id(a, s->child_id);
	const struct m_referral *ref = c ? m_find_referral(a, c, s->referral_id) : NULL;
	cal_date on;
	int n, age;

	if (!ref || ref->received == CAL_NONE || c->birth == CAL_NONE)
		return 0;
	age = cal_years_between(c->birth, ref->received);
	if (age < 10 || age > 17)
		return 0;
	n = rng_range(&x->r, 1, 5);
	on = cal_add_days(ref->received, rng_range(&x->r, 0, 30));
	for (int i = 0; i < n && on <= x->end && (c->death == CAL_NONE || on < c->death); i++) {
		if (episode(x, c->id, on) < 0)
			return -1;
		on = cal_add_days(on, rng_range(&x->r, 7, 90));
	}
	return 0;
}

int
demo_missing(struct store *st, const struct area *a, cal_date end,
    const struct rec_actor *who, char *err, size_t errsize)
{
	struct miss x = {st, who, end, rng_stream(end, 0x315, 10), {0}};
	cal_date from = cal_add_months(end, -24);
	int rc = 0;

	if (store_begin(st) < 0)
		rc = -1;
	for (size_t i = 0; rc == 0 && i < a->n_assessments; i++) {
		const struct m_assessment *s = &a->assessments[i];
		if (s->start != CAL_NONE && s->start >= from && m_has_code(s->factors, "10A"))
			rc = episodes(&x, a, s);
	}
	if (rc < 0 || store_commit(st) < 0) {
		snprintf(err, errsize, "cannot make the demo's missing episodes: %s",
		    x.e.n ? x.e.v[0].message : store_error(st));
		store_rollback(st);
		rc = -1;
	}
	return rc;
}
