/*
 * work.h: the parts of worklist pages (work_parts.c), shared by my work, a team's page
 * and a professional's caseload.
 */
#ifndef SG_WEB_WORK_H
#define SG_WEB_WORK_H

#include "model/model.h"
#include "timescales/ts.h"

struct web_req;
struct web_snapshot;

/* Whose worklist the person has (their own, their team's, their agency's, the area's):
 * the filter, and the words for it (NULL: the person's own). */
const char *web_work_filter(const struct web_req *r, struct ts_filter *f);
/* A child's name as a page shows it (an unborn child without one: "Unborn child ID"). */
const char *web_child_name(struct web_req *r, const struct m_child *c);
/* A table of worklist items: names 0 shows local child ids instead of names. The table
 * is named by the heading above it, whose id is heading. */
void web_work_table_begin(struct web_req *r, int names, const char *heading);
void web_work_row(struct web_req *r, const struct web_snapshot *s, const struct ts_item *it,
    int names);
/* "Show what falls due in the next N working days" (a GET form). */
void web_work_days_form(struct web_req *r, int days);
/* The conferences coming up for the person: those they chair, or their agency is
 * invited to, with the reports still to come. */
void web_work_conferences(struct web_req *r, const struct web_snapshot *s);
/* A team manager's decisions to sign (their team's), grouped by kind, each a link to the
 * page that signs it. */
void web_work_authorise(struct web_req *r, const struct web_snapshot *s);
/* Who opened a restricted record in the last 30 days, and why. */
void web_work_reasons(struct web_req *r);
/* The state of a clock as a GOV.UK tag ("Overdue by 3 working days"). */
void web_clock_tag(struct web_req *r, const struct ts_clock *k, cal_date today);

#endif
