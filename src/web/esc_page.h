/*
 * esc_page.h: what the pages of escalations share (page_escalation.c, page_escalations.c,
 * child_escalations.c, issue 11).
 */
#ifndef SG_WEB_ESC_PAGE_H
#define SG_WEB_ESC_PAGE_H

#include "model/model.h"
#include "web/form.h"

struct web_req;
struct web_snapshot;

/* One escalation of the request's child, as the area in memory has it. */
struct esc_ctx {
	struct web_snapshot *s;
	struct area fresh;
	const struct area *a;
	const struct m_child *c;
	const struct m_escalation *e;
};

/* Escalation id of the request's child (r->child_id), one the person may see: 1 found,
 * 0 not (x closed), -1 the store failed. Close with esc_close. */
int esc_open(struct web_req *r, int64_t id, struct esc_ctx *x);
void esc_close(struct esc_ctx *x);
/* The highest stage opened of e (1 when none is recorded). */
int esc_stage_now(const struct area *a, const struct m_child *c, const struct m_escalation *e);
/* The escalation's page; next, when not NULL, the form to take it higher as it was sent,
 * with its errors. 0, or -1. */
int esc_page(struct web_req *r, int64_t id, const struct web_form *next);
/* The answer to a form that names no escalation of the child. */
int esc_missing(struct web_req *r);
/* A date as YYYY-MM-DD, from the request's arena. */
const char *esc_iso(struct web_req *r, cal_date d);

#endif
