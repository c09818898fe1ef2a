/*
 * qa.h: the pages of quality assurance (migration_qa): the chair's quality form and the
 * family's feedback on a conference (conf_quality.c), and the period's ratings for the
 * safeguarding unit's managers (page_quality.c).
 */
#ifndef SG_WEB_QA_H
#define SG_WEB_QA_H

#include "model/model.h"

struct web_req;

int page_conf_quality_form(struct web_req *r);
int page_conf_quality(struct web_req *r);
int page_conf_feedback_form(struct web_req *r);
int page_conf_feedback(struct web_req *r);
int page_quality(struct web_req *r);
/* A rating as the pages show it: "Requires improvement". */
const char *qa_rating_label(struct web_req *r, const char *code);
/* On the conference's page: its quality form and feedback, and the ways to enter them;
 * a is the area c and k are of. */
void conf_quality_view(struct web_req *r, const struct area *a, const struct m_child *c,
    const struct m_conference *k);

#endif
