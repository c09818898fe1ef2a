/*
 * lado.h: what the LADO's pages share (page_lado.c, lado_case.c): the cases as read from
 * the store, with their clocks (ts_lado), and the form page of a case or a meeting.
 */
#ifndef SG_WEB_LADO_H
#define SG_WEB_LADO_H

#include "timescales/ts.h"
#include "web/records_page.h"

struct lado_row {
	struct ts_lado_case c;
	const char *kind, *given, *family, *employer, *sector, *role, *category, *outcome;
	struct ts_clock clocks[TS_LADO_CLOCKS];
	int nclocks;
};

struct lado_list {
	struct lado_row *v;
	size_t n, cap;
};

/* Every case, oldest first, with its clocks as at today: 0, or -1 when the store or the
 * snapshot (for the settings) could not be read. From the request's arena. */
int lado_read(struct web_req *r, struct lado_list *out, cal_date *today);
/* The employee's name: "Sam Jones". */
const char *lado_name(struct web_req *r, const struct lado_row *x);
/* A clock's state as a GOV.UK tag. */
void lado_state_tag(struct web_req *r, const struct ts_clock *k);
/* A form of the LADO's (its spec, the record in f), with its error summary: 422 with
 * errors, 409 on a conflict. back: where Cancel and the back link go. */
void lado_form_page(struct web_req *r, const struct rp_form *p, const char *back);

#endif
