/*
 * json_batch.c: inserting an import's records in batches, for an import into an empty
 * store (the national year restored from an export, a new area loaded whole).
 *
 * store_bulk.c inserts many rows with one statement and builds the child_id indexes
 * once at the end, several times faster than a statement a row. It needs a store that
 * holds nothing yet, since its inserts cannot report which record's id or key was taken;
 * into an empty store the importer's own maps of the file's ids and unique keys (json_ids.c)
 * have already refused every duplicate, so nothing can be taken. A batch keeps copies of
 * the records of one table (their text too: store_bulk_rows wants it valid until it
 * returns) and goes to the store when full, when the file moves to another table, and
 * at the end.
 */
#include <string.h>

#include "base/mem.h"
#include "json/json_int.h"
#include "store/store.h"

#define BATCH_ROWS 256
#define BATCH_TEXT (1u << 20)

struct imp_batch {
	int ti;				/* table of the rows held, -1 when empty */
	size_t n;
	struct field rows[BATCH_ROWS * IMP_MAX_COLS];	/* n rows of the table's ncols */
	char text[BATCH_TEXT];
	size_t textlen;
};

struct imp_batch *
imp_batch_new(void)
{
	struct imp_batch *b = xcalloc(1, sizeof *b);

	b->ti = -1;
	return b;
}

void
imp_batch_free(struct imp_batch *b)
{
	xfree(b);
}

int
imp_batch_flush(struct imp *im)
{
	struct imp_batch *b = im->batch;
	int rc = 0;

	if (b->n)
		rc = store_bulk_rows(im->bulk, &im->tables[b->ti], b->rows, b->n);
	b->n = 0;
	b->textlen = 0;
	b->ti = -1;
	return rc;
}

/* Adds the record being read; -1 if the store refused the batch this made full. */
int
imp_batch_add(struct imp *im)
{
	struct imp_batch *b = im->batch;
	int nc = im->t->ncols;
	struct field *row;

	if ((b->ti != im->ti || b->n == BATCH_ROWS || b->textlen + im->textlen > BATCH_TEXT) &&
	    imp_batch_flush(im) < 0)
		return -1;
	b->ti = im->ti;
	row = &b->rows[b->n++ * (size_t)nc];
	memcpy(b->text + b->textlen, im->text, im->textlen);
	for (int c = 0; c < nc; c++) {
		row[c] = im->row[c];
		if (row[c].s)
			row[c].s = b->text + b->textlen + (row[c].s - im->text);
	}
	b->textlen += im->textlen;
	return 0;
}
