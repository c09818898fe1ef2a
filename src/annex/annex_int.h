/*
 * annex_int.h: what the files of the Annex A lists share: the dates a list looks back to,
 * the CSV row being written, and the columns every list begins with (annex_common.c).
 */
#ifndef SG_ANNEX_INT_H
#define SG_ANNEX_INT_H
#include "annex/annex.h"

struct annex_ctx {
	const struct area *a;
	cal_date as_of;
	cal_date from6;		/* six months before as_of: the first day of the look-back */
	cal_date from12;	/* twelve months before: the first day "in the last 12 months" */
	annex_keep_fn keep;
	void *keep_ctx;
	unsigned char *left;	/* a flag a child: rows of it were left out */
};

/* A row of one list: cells are added in turn, separated and escaped (RFC 4180). */
struct annex_row {
	struct buf *b;
	int cells;
};

void annex_row_begin(struct annex_row *w, struct buf *b);
void annex_cell(struct annex_row *w, const char *s);	/* NULL or "": an empty cell */
void annex_cell_date(struct annex_row *w, cal_date d);	/* DD/MM/YYYY; CAL_NONE empty */
void annex_cell_int(struct annex_row *w, long n);
void annex_cell_yes_no(struct annex_row *w, int tristate);	/* a) Yes, b) No, or empty */
void annex_cell_empty(struct annex_row *w, int n);	/* n columns the records cannot fill */
void annex_row_end(struct annex_row *w);
/* The header row: names until a NULL. */
void annex_header(struct buf *b, const char *const *names);

/* Whether d is recorded and on or before as_of; whether it is also on or after from. */
int annex_by(const struct annex_ctx *x, cal_date d);
int annex_within(const struct annex_ctx *x, cal_date from, cal_date d);
/* Whether a record ending on `end` (CAL_NONE: open) was still open at the end of as_of. */
int annex_open_at(const struct annex_ctx *x, cal_date end);
/* Whether the child's rows are written; a child left out is flagged in x->left. */
int annex_keep(struct annex_ctx *x, const struct m_child *c);
/* Lists 7 and 8: a plan or a period in care of the child that began by as_of and was
 * open within the six months before it (from6), and the child's rows are written. */
int annex_open_in_six_months(struct annex_ctx *x, const struct m_child *c, cal_date start,
    cal_date end);

/* The common columns: Child Unique ID, Gender, Ethnicity, Date of Birth, Age of Child
 * (Years), and, with disability, Does the Child have a Disability. */
void annex_child_cells(const struct annex_ctx *x, struct annex_row *w,
    const struct m_child *c, int disability);
/* Allocated Team, Allocated Worker: the team's name, the worker's name (0: empty). */
void annex_allocated(const struct annex_ctx *x, struct annex_row *w, int64_t team_id,
    int64_t worker_id);

/* The guidance's spellings of a code: "a) 1A: Individual", "a) Neglect"; "" if unknown. */
const char *annex_source_label(const char *code);
const char *annex_category_label(const char *code);

/* The lists (annex_front.c, annex_open.c): each writes its header and rows. */
long annex_list1(struct annex_ctx *x, struct buf *b);
long annex_list3(struct annex_ctx *x, struct buf *b);
long annex_list4(struct annex_ctx *x, struct buf *b);
long annex_list5(struct annex_ctx *x, struct buf *b);
long annex_list6(struct annex_ctx *x, struct buf *b);
long annex_list7(struct annex_ctx *x, struct buf *b);
long annex_list8(struct annex_ctx *x, struct buf *b);

#endif
