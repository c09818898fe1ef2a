/*
 * child.h: the parts of a child's record page (page_child.c, child_timeline.c,
 * child_people.c), which all read one struct child_view.
 */
#ifndef SG_WEB_CHILD_H
#define SG_WEB_CHILD_H

#include "model/model.h"
#include "model/signoff.h"
#include "timescales/ts.h"

struct web_req;
struct web_snapshot;

struct child_view {
	struct web_req *r;
	const struct web_snapshot *s;
	const struct area *a;
	const struct m_child *c;
	struct ts_clocks clocks;	/* the child's, as of today */
	cal_date today;
	int partner;		/* a partner practitioner: their agency's part only */
	int writer;		/* may add and change the child's records (the forms' roles) */
};

/* The clocks of one record of the child, as a small table (none: nothing written). */
void child_clocks(struct child_view *v, const char *table, int64_t id);
/* The pathway, episode by episode, newest first, every step with its clocks. */
void child_timeline(struct child_view *v);
/* The conferences (a partner: those their agency is invited to), with the invitees. */
void child_conferences(struct child_view *v);
/* One conference's section: in the record (own_page 0) under the h2 "Conferences", its
 * heading an h3 linking to the conference's page; on that page, an h2. */
void child_conference(struct child_view *v, const struct m_conference *k, int own_page);
/* The plans with their core groups and visits. */
void child_plans(struct child_view *v);
/* Household, relatives, siblings, and the professionals working with the child. */
void child_people(struct child_view *v);
/* The health lookups that found the child, each with its button to acknowledge it. */
void child_lookups(struct child_view *v);
/* The child's escalations (a partner: their agency's), and the link to raise one
 * (child_escalations.c, issue 11). */
void child_escalations(struct child_view *v);
/* The police's Operation Encompass notifications to the child's school (child_encompass.c). */
void child_encompass(struct child_view *v);
/* The child's missing episodes and return interviews (child_missing.c). */
void child_missing(struct child_view *v);
/* The child's placements in the area by other authorities (child_placed.c). */
void child_placements(struct child_view *v);
/* What the census return would say of the child (the rules at entry). */
void child_census(struct child_view *v);
/* For the roles that write: a link to a record's form (/TABLE/ID/VERB), the links to
 * add each kind of record, and after a save its banner (child_actions.c). */
void child_edit_link(struct child_view *v, const char *table, const char *verb, int64_t id,
    const char *what);
void child_add_links(struct child_view *v);
void child_saved_banner(struct child_view *v);
/* A code's words ("Neglect" for NEG), or the code. */
const char *child_label(const char *list, const char *code);
/* A decision's signature: awaiting authorisation, or who signed it and when (nothing
 * for a decision not yet made). child_signoff.c */
void child_signoff(struct child_view *v, enum sign_kind k, int64_t id);
/* A professional's name, or "not recorded". */
const char *child_person(struct child_view *v, int64_t id);

#endif
