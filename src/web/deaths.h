/*
 * deaths.h: what the child death review's pages share (page_deaths.c, death_case.c): the
 * deaths as read from the store, with their clocks (ts_death), and the form page of a
 * notification or a review.
 */
#ifndef SG_WEB_DEATHS_H
#define SG_WEB_DEATHS_H

#include "timescales/ts.h"
#include "web/records_page.h"

struct death_row {
	struct ts_death_case c;
	struct m_death m;	/* the record as the figures read it, for m_death_profile */
	struct ts_clock clocks[TS_DEATH_CLOCKS];
	int nclocks;
};

struct death_list {
	struct death_row *v;
	size_t n, cap;
};

/* Every death, oldest first, with its clocks as at today: 0, or -1 when the store or the
 * snapshot (for the settings) could not be read. From the request's arena. */
int deaths_read(struct web_req *r, struct death_list *out, cal_date *today);
/* A clock's state as a GOV.UK tag. */
void death_state_tag(struct web_req *r, const struct ts_clock *k);
/* The child's age band at death and sex, in words, for lists ("under 28 days, female"). */
const char *death_who(struct web_req *r, const struct death_row *x);
/* A form of a death's (its spec, the record in f), with its error summary: 422 with
 * errors, 409 on a conflict. back: where Cancel and the back link go. */
void death_form_page(struct web_req *r, const struct rp_form *p, const char *back);

#endif
