/* json_int.h: what the files of the importer share (json_import.c, json_value.c,
 * json_check.c, json_ids.c, json_batch.c, json_orders.c), and nobody else sees. */
#ifndef SG_JSON_INT_H
#define SG_JSON_INT_H
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "json/json.h"
#include "json/jread.h"
#include "records/records.h"

#define IMP_MAX_COLS 32		/* more than any table has (a unit test checks) */
/* All the text of one record, far above the fields' caps: a report to a conference holds
 * four texts of 3,000 bytes. */
#define IMP_TEXT (1 << 17)
#define CHILD_UNKNOWN (-1)	/* a record whose child could not be read */

/* Ids of one table seen in the file, with the child each belongs to. A national file
 * holds millions and every reference is looked up here, so ids 1..N (what an export
 * holds) go in a flat array indexed by id, and only ids far beyond the count go in an
 * open-addressing hash (json_ids.c says why both). */
struct idmap {
	int64_t *dense;		/* child of id, by id; IDMAP_NONE where absent */
	size_t dense_cap;
	struct idmap_slot {
		int64_t id;	/* 0: empty (ids are above 0) */
		int64_t child;
	} *slots;
	size_t cap, n, nsparse;
};
int idmap_put(struct idmap *m, int64_t id, int64_t child);	/* 0 if already there */
int idmap_get(const struct idmap *m, int64_t id, int64_t *child);
void idmap_free(struct idmap *m);

/* Unique keys seen in the file (la_child_id, username, setting key and date). */
struct strset {
	uint32_t *slots;	/* offset + 1 into text; 0: empty */
	uint32_t *hashes;
	size_t cap, n;
	char *text;
	size_t len, textcap;
};
int strset_add(struct strset *s, const char *key, size_t len);	/* 0 if already there */
void strset_free(struct strset *s);

/* A reference not found when its record was read, checked again at the end. */
struct pending {
	int64_t target, child, index;
	long line;
	int table, col;
};

/* An order of dates whose other record was not found when its record was read
 * (json_orders.c): checked again at the end, with the date and the id the record gave. */
struct pending_order {
	int64_t target, index;
	long line;
	int table, k;		/* the record's table, and the order's index among its orders */
	int32_t date;
};

/* What the checks of one table need, worked out once from the registry (json_check.c). */
struct imp_plan {
	int ref[IMP_MAX_COLS];			/* table a column refers to, or -1 */
	size_t namelen[IMP_MAX_COLS];		/* strlen of each column's name */
	const struct code_list *list[IMP_MAX_COLS];	/* a column's code list, or NULL */
	int unique[4];				/* unique key columns, -1 after the last */
	const char *const *unique_names;	/* the same, by name (NULL if none) */
	int child_col;				/* child_id, or -1 */
};

struct imp {
	struct store *st;
	struct store_reader *reader;
	struct store_bulk *bulk;	/* into an empty store: the batch path (json_batch.c) */
	struct imp_batch *batch;
	struct jr *r;
	const char *name;
	struct json_result *res;
	const struct table *tables;
	int ntables;
	int child_table;	/* index of children */
	struct imp_plan *plan;	/* by table */
	struct idmap *ids;	/* by table */
	struct strset *keys;	/* by table */
	struct pending *pend;
	size_t npend, cappend;
	unsigned char *seen_table;	/* by table: its list was read */
	int seen_format, seen_version;
	int fatal;		/* stop reading: the rest cannot be understood */
	int check_only;
	/* The record being read. */
	const struct table *t;
	int ti, child_col;
	long index, line;
	long errors_before;
	uint32_t seen;			/* bit per column: given */
	uint32_t bad;			/* bit per column: given but wrong */
	struct field row[IMP_MAX_COLS];
	long lines[IMP_MAX_COLS];
	char text[IMP_TEXT];
	size_t textlen;
	struct field old[IMP_MAX_COLS];	/* the same record as the store has it */
	struct buf oldtext;
	struct buf scratch;		/* a list of codes being read; a unique key */
	/* json_orders.c: by table and column, the dates orders compare with, by id. */
	struct idmap *dates;
	struct pending_order *pend_orders;
	size_t npend_orders, cappend_orders;
};

/* Messages: "NAME:LINE: ..." for the file, with the record and field in front. */
void imp_error(struct imp *im, long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void imp_field_error(struct imp *im, int col, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void imp_record_error(struct imp *im, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* json_value.c: reads the value that begins with token t into column col of the record,
 * checking it against the registry; -1 on a syntax error (fatal), else 0. */
int imp_value(struct imp *im, int col, const struct jr_tok *t);
/* "a" or "an", for a registry noun. */
const char *imp_article(const char *noun);
/* What column col takes, for messages: "one of M, F, U", "the id of a referral". */
void imp_takes(const struct imp *im, int col, char *out, size_t size);
/* A field's value as a message shows it: "Smith" (quoted, escaped), 12, true, none. */
void imp_show(const struct column *c, const struct field *f, char *out, size_t size);

/* json_check.c: the checks that need the whole record, the file or the store, then the
 * insert. */
void imp_plan_tables(struct imp *im);
/* json_batch.c: records for an empty store, inserted by the batch. */
struct imp_batch *imp_batch_new(void);
void imp_batch_free(struct imp_batch *b);
int imp_batch_add(struct imp *im);
int imp_batch_flush(struct imp *im);
void imp_end_record(struct imp *im);
void imp_resolve_pending(struct imp *im);
/* json_orders.c: the orders of dates across linked records. */
void imp_orders_init(struct imp *im);
void imp_orders_free(struct imp *im);
void imp_orders_record(struct imp *im);	/* the record just read */
void imp_orders_resolve(struct imp *im);	/* those that waited, at the end */

#endif
