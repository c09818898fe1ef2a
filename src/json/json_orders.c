/*
 * json_orders.c: the orders of dates across linked records, as the importer checks them
 * (records/rec_order.c holds the orders and the words).
 *
 * The record a date is compared with is nearly always in the file, and earlier in it: a
 * referral before its assessments, a plan before its core groups. So the importer keeps,
 * for each table some order compares with, the dates it compares, by id, in the same
 * kind of map as the file's ids (json_ids.c): one array access a comparison, where a
 * store read would make a national import several times slower; and into an empty store
 * the records are not even written yet (json_batch.c). A record not in the file is read
 * from the store. One not found in either may be later in the file (a review conference
 * names its plan, and plans come after conferences): its order waits, with the date and
 * the id, until the file has been read.
 */
#include <string.h>

#include "base/mem.h"
#include "base/str.h"
#include "calendar/cal.h"
#include "json/json_int.h"
#include "records/rec.h"
#include "store/store.h"

void
imp_orders_init(struct imp *im)
{
	im->dates = xcalloc((size_t)im->ntables * IMP_MAX_COLS, sizeof *im->dates);
}

void
imp_orders_free(struct imp *im)
{
	for (int i = 0; im->dates && i < im->ntables * IMP_MAX_COLS; i++)
		idmap_free(&im->dates[i]);
	xfree(im->dates);
	xfree(im->pend_orders);
}

/* rec_date_fn: the file's records first, then the store's. */
static int
file_date(void *ctx, const struct table *t, int64_t id, int col, int32_t *out)
{
	struct imp *im = ctx;
	int ti = (int)(t - im->tables), rc;
	int64_t v;
	char text[11];

	if (idmap_get(&im->dates[ti * IMP_MAX_COLS + col], id, &v)) {
		*out = (int32_t)v;
		return 1;
	}
	if (im->bulk)
		return 0;	/* an empty store: not yet read, or nowhere */
	if ((rc = store_record_date(im->st, t, id, col, text)) < 0) {
		imp_record_error(im, "cannot read the store: %s", store_error(im->st));
		im->fatal = 1;
	}
	if (rc > 0 && !cal_parse(text, out))
		*out = CAL_NONE;
	return rc;
}

static void
report(struct imp *im, const struct rec_errors *e)
{
	for (int i = 0; i < e->n && i < REC_MAX_ERRORS; i++)
		imp_field_error(im, e->v[i].col, "%s", e->v[i].message);
}

/* The dates of the record just read that other records' orders compare with. */
static void
remember(struct imp *im, uint32_t targets)
{
	const struct field *row = im->row;

	for (int col = 1; col < im->t->ncols; col++) {
		cal_date d = CAL_NONE;
		if (!(targets >> col & 1))
			continue;
		if (row[col].present && !(im->bad >> col & 1) && row[col].s &&
		    !cal_parse(row[col].s, &d))
			d = CAL_NONE;
		idmap_put(&im->dates[im->ti * IMP_MAX_COLS + col], row[0].i, d);
	}
}

static void
wait_for(struct imp *im, uint32_t waiting)
{
	for (int k = 0; k < rec_order_count(im->t); k++) {
		int date, via;
		cal_date d;
		if (!(waiting >> k & 1))
			continue;
		rec_order_columns(im->t, k, &date, &via);
		if (!cal_parse(im->row[date].s, &d))
			continue;
		VEC_GROW(im->pend_orders, im->npend_orders, im->cappend_orders);
		im->pend_orders[im->npend_orders++] = (struct pending_order){im->row[via].i,
			im->index, (im->seen >> date & 1) ? im->lines[date] : im->line, im->ti, k, d};
	}
}

void
imp_orders_record(struct imp *im)
{
	uint32_t targets = rec_order_targets(im->t), waiting = 0;
	struct rec_errors e;

	if (targets && im->row[0].present && !(im->bad & 1))
		remember(im, targets);
	if (!rec_order_count(im->t))
		return;
	rec_errors_clear(&e);
	if (rec_check_links(im->t, im->row, im->bad, file_date, im, &e, &waiting) < 0)
		return;
	report(im, &e);
	if (waiting)
		wait_for(im, waiting);
}

void
imp_orders_resolve(struct imp *im)
{
	struct rec_errors e;

	for (size_t k = 0; k < im->npend_orders && !im->fatal; k++) {
		const struct pending_order *p = &im->pend_orders[k];
		im->t = &im->tables[p->table];
		im->ti = p->table;
		im->index = p->index;
		im->line = p->line;
		im->seen = 0;
		rec_errors_clear(&e);
		if (rec_check_link(im->t, p->k, p->date, p->target, file_date, im, &e) > 0)
			report(im, &e);
	}
}
