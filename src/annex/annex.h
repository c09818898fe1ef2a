/*
 * annex.h: Ofsted's Annex A lists (the child-level lists an inspection of children's
 * services asks for), computed from an area in memory. See docs/annex-a.md for what each
 * list holds, which columns the records fill and which they leave empty.
 *
 * Lists 1 (contacts), 3 (referrals), 4 (assessments), 5 (section 47 enquiries and
 * initial conferences), 6 (children in need), 7 (child protection) and 8 (children in
 * care, as far as periods in care go) are written; the others need records the store
 * does not hold (early help, care leavers, adoption, adopters). Each list is one CSV
 * document (RFC 4180, UTF-8, CRLF line ends), its header row the guidance's column names.
 */
#ifndef SG_ANNEX_H
#define SG_ANNEX_H
#include <stddef.h>

#include "base/buf.h"
#include "calendar/cal.h"
#include "model/model.h"

#define ANNEX_NLISTS 7

struct annex_list {
	int number;		/* the guidance's list number: 1, 3, 4 ... 8 */
	const char *title;	/* "Contacts" */
	const char *file;	/* "list1_contacts.csv" */
};

/* The lists written, in order of their numbers. */
const struct annex_list *annex_lists(void);
/* The index (0 .. ANNEX_NLISTS - 1) of list number n, or -1 when it is not written. */
int annex_list_index(int number);

/* Whether a child's rows go into the lists: the web leaves out a restricted child for
 * anyone not named on the restriction. NULL: every child. */
typedef int (*annex_keep_fn)(void *ctx, const struct m_child *c);

struct annex_out {
	struct buf csv[ANNEX_NLISTS];
	long rows[ANNEX_NLISTS];	/* rows below the header */
	long left_out;			/* children with rows who were not kept */
};

/*
 * Builds every list as the records stood at the end of as_of, each document at most max
 * bytes: 0, or -1 when one would be larger (o is then freed). The look-back periods are
 * the guidance's: the six months before as_of for lists 1, 3, 4 and 5, "at inspection or
 * in the previous six months" for 6, 7 and 8, and counts over the last twelve months.
 */
int annex_build(const struct area *a, cal_date as_of, annex_keep_fn keep, void *ctx,
    size_t max, struct annex_out *o);
void annex_out_free(struct annex_out *o);

#endif
