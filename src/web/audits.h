/*
 * audits.h: what the pages of the multi-agency case audits share (issue 11, point 4;
 * page_audits.c, audit_page.c, audit_edit.c, audit_rows.c): the records of the four
 * tables read from the store into the request's arena, and the actions' clocks.
 */
#ifndef SG_WEB_AUDITS_H
#define SG_WEB_AUDITS_H

#include "timescales/ts.h"
#include "web/web_int.h"

#define AUDIT_MAX_COLS 20	/* self_assessments: 17 */

/* One stored record, its text copied into the request's arena. */
struct audit_row {
	struct audit_row *next;
	struct field f[AUDIT_MAX_COLS];
};

struct audit_rows {
	const struct table *t;
	struct audit_row *first, *last;
	size_t n;
};

/* The records of table whose column col is id (col NULL: every record), in id order:
 * 0, or -1 when the store could not be read. */
int audit_read(struct web_req *r, const char *table, const char *col, int64_t id,
    struct audit_rows *out);
/* A value of a row: the number (0 none), the text (NULL none), the date (CAL_NONE). */
int64_t audit_i(const struct audit_rows *x, const struct audit_row *w, const char *col);
const char *audit_s(const struct audit_rows *x, const struct audit_row *w, const char *col);
cal_date audit_d(const struct audit_rows *x, const struct audit_row *w, const char *col);
/* A code by its label, "Not recorded" for none. */
const char *audit_label(struct web_req *r, const struct audit_rows *x,
    const struct audit_row *w, const char *col);
/* An agency's name, a professional's name ("" when none). */
const char *audit_agency(struct web_req *r, int64_t id);
const char *audit_person(struct web_req *r, int64_t id);

/* The clock of an action row as at today (0: it has none yet, set after today). */
int audit_action_clock(const struct audit_rows *x, const struct audit_row *w, cal_date today,
    struct ts_clock *out);
/* The person's agency owns the row (a partner's part: their agency's returns, actions). */
int audit_ours(const struct web_req *r, const struct audit_rows *x,
    const struct audit_row *w);
/* A table of actions (all of x, or only those the filter takes) with their clocks. */
void audit_actions_table(struct web_req *r, const struct audit_rows *x, cal_date today,
    const char *caption, int (*take)(struct web_req *r, cal_date today,
    const struct ts_clock *k, const struct audit_rows *x, const struct audit_row *w));
/* The state of a clock as a tag. */
void audit_state_tag(struct web_req *r, const struct ts_clock *k);

/* The form page of one of the tables' specs, with its back link. */
struct rp_form;
void audit_form_page(struct web_req *r, const struct rp_form *p, const char *back);

#endif
