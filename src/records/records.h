/* records.h: the registry of record types, one row a column. See records.c. */
#ifndef SG_RECORDS_H
#define SG_RECORDS_H
#include <stdint.h>

enum col_type {
	COL_ID,		/* the record's own id: a positive integer */
	COL_INT,	/* an integer within [min, max] */
	COL_TEXT,	/* text of at most maxlen bytes, no control characters */
	COL_DATE,	/* YYYY-MM-DD */
	COL_BOOL,	/* true or false (stored 1 or 0) */
	COL_CODE,	/* one code of list */
	COL_CODES,	/* a list of distinct codes of list (JSON array; stored space-separated) */
	COL_REF,	/* the id of a record of table ref */
};

/*
 * The largest record id: 2^53 - 1. Ids travel in JSON to programs that hold numbers as
 * doubles (browsers, the API's clients), which lose whole numbers above it; and a store far
 * below INT64_MAX can always give a new record the next id without overflowing.
 */
#define RECORDS_MAX_ID INT64_C(9007199254740991)

#define COL_REQUIRED 1u		/* must be present */
#define COL_SAME_CHILD 2u	/* a ref whose record must belong to the same child */
#define COL_SIGNATURE 4u	/* a manager's signature: set by the sign-off, not by a form */

struct column {
	const char *name;	/* SQL column and JSON key */
	enum col_type type;
	unsigned flags;
	const char *list;	/* COL_CODE, COL_CODES: code list name (codes.h) */
	const char *ref;	/* COL_REF: table name */
	int maxlen;		/* COL_TEXT */
	int min, max;		/* COL_INT; COL_DATE: the years it takes, 0 and 0 for the
				 * working-day calendar's (CAL_FIRST_YEAR to CAL_LAST_YEAR) */
	const char *hint;	/* what a user should write, for messages */
};

/* A date that must not come before another date of the same record. */
struct date_order {
	const char *later, *earlier;
	const char *why;	/* "a plan cannot end before it starts" */
};

/*
 * A date of a record that must not come before (or, REF_ORDER_NOT_AFTER, after) a date of
 * the record one of its references names: an enquiry starts on or after the referral it
 * answers; a visit is not after the child's death. rec_order.c checks them on every save.
 */
#define REF_ORDER_NOT_AFTER 1u	/* date is on or before other */

struct ref_order {
	const char *date;	/* this record's date column */
	const char *via;	/* its reference column (child_id: the child) */
	const char *other;	/* a date column of the record via names */
	unsigned flags;		/* REF_ORDER_NOT_AFTER */
	int slack;		/* days date may come before other: a pregnancy's 280 */
	const char *what;	/* that record as a message names it: "the referral it answers" */
};

/*
 * A table added after version 1 of the export format is left out of an export while it
 * holds no record, so that a store which has never used it exports the bytes it did before
 * the table existed (an import takes the table given or not).
 */
#define TABLE_OMIT_EMPTY 1u

struct table {
	const char *name;	/* SQL table and JSON array name */
	const char *noun;	/* "child", "referral" */
	const struct column *cols;
	int ncols;
	const struct date_order *orders;
	int norders;
	unsigned flags;		/* TABLE_OMIT_EMPTY */
};

/* All tables in dependency order: the order of export, and the order import expects. */
const struct table *records_tables(int *n);
const struct table *records_table(const char *name);
int records_col_index(const struct table *t, const char *col);
/* The orders across linked records of t (records.c's ref_orders): n of them, or NULL. */
const struct ref_order *records_ref_orders(const struct table *t, int *n);
/* Index of child_id, or -1 for shared reference records (agencies, teams ...). */
int records_child_col(const struct table *t);

/*
 * The value of one field of a record while it is read or written. Text-like values point
 * into a buffer owned by the caller; codes lists are space-separated.
 */
struct field {
	int present;
	int64_t i;	/* COL_ID, COL_INT, COL_BOOL, COL_REF */
	const char *s;	/* COL_TEXT, COL_DATE, COL_CODE, COL_CODES */
};

#endif
