/*
 * signoff.h: the decisions a team manager must sign (authorise), read from the area in
 * memory: a referral closed with no further action, an assessment the social worker has
 * completed, the outcome of a section 47 enquiry and the end of a child protection plan.
 * A decision made and not yet signed awaits authorisation by the manager of its
 * referral's team. Pure: no I/O (signoff.c).
 */
#ifndef SG_SIGNOFF_H
#define SG_SIGNOFF_H
#include <stddef.h>
#include <stdint.h>

#include "model/model.h"

enum sign_kind { SIGN_NFA, SIGN_ASSESSMENT, SIGN_S47, SIGN_PLAN_END, SIGN_NKINDS };
enum sign_state { SIGN_UNDECIDED, SIGN_AWAITING, SIGN_SIGNED };

struct sign_info {
	enum sign_kind kind;
	enum sign_state state;
	int64_t id, child_id, referral_id;
	int64_t team_id;	/* the referral's team, whose manager signs; 0 if none */
	cal_date decided;	/* the day the decision was made, CAL_NONE if not dated */
	cal_date signed_on;	/* CAL_NONE until signed */
	int64_t signed_by;	/* the professional who signed; 0 if not recorded */
};

/* The records.c table of a kind, and the kind of a table (-1 if it has no decision). */
const char *sign_table(enum sign_kind k);
int sign_kind_of(const char *table);
/* The columns a signature is written to: its date, and who gave it. */
const char *sign_date_col(enum sign_kind k);
const char *sign_by_col(enum sign_kind k);
/* "No further action on a referral": the decision in words, and its plural heading. */
const char *sign_title(enum sign_kind k);
const char *sign_heading(enum sign_kind k);

/* The decision of the record of kind k with this id among child c's records: 1 found
 * (*out filled), 0 the child has no such record. */
int sign_find(const struct area *a, const struct m_child *c, enum sign_kind k, int64_t id,
    struct sign_info *out);

/*
 * The decisions awaiting the manager of team team_id, and those whose referral has no
 * team (any manager may sign them): by kind, then oldest decision first. The array is
 * the caller's to free (xfree); returns how many.
 */
size_t sign_awaiting(const struct area *a, int64_t team_id, struct sign_info **out);

/* Whether a manager of team team_id (0: none) may sign the decision. */
int sign_team_may(const struct sign_info *s, int64_t team_id);

#endif
