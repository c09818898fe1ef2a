/*
 * cin_import_dates.c: the orders of dates across linked records, as the census import
 * checks them (records/rec_order.c holds the orders and the words).
 *
 * Every record a census record names is the same child's, written just before it in the
 * import: the child, then each episode's referral, then what the episode holds. So the
 * import keeps the dates the orders compare with of the records of the child it is
 * writing, and reads the store only for what it has not written (a stored record the
 * file does not give again): reading the store for each of them made the import a third
 * slower.
 */
#include "census/cin_import_int.h"

#include "calendar/cal.h"
#include "records/rec.h"
#include "store/store.h"

void
cin_imp_dates_clear(struct imp *im)
{
	im->dates.n = 0;
}

void
cin_imp_dates_keep(struct imp *im, const struct table *t, const struct field *row)
{
	uint32_t targets = rec_order_targets(t);

	for (int col = 1; targets && row[0].present && col < t->ncols; col++) {
		struct imp_date *d;
		if (!(targets >> col & 1) || im->dates.n == CIN_IMP_DATES)
			continue;
		d = &im->dates.v[im->dates.n++];
		*d = (struct imp_date){t, row[0].i, col, CAL_NONE};
		if (row[col].present && row[col].s && !cal_parse(row[col].s, &d->date))
			d->date = CAL_NONE;
	}
}

/* rec_date_fn: the child's records as this import wrote them, then the store. */
static int
written_date(void *ctx, const struct table *t, int64_t id, int col, int32_t *out)
{
	struct imp *im = ctx;
	char text[11];
	int rc;

	for (int i = im->dates.n - 1; i >= 0; i--) {
		const struct imp_date *d = &im->dates.v[i];
		if (d->t == t && d->id == id && d->col == col) {
			*out = d->date;
			return 1;
		}
	}
	if ((rc = store_record_date(im->st, t, id, col, text)) > 0 && !cal_parse(text, out))
		*out = CAL_NONE;
	return rc;
}

int
cin_imp_linked_dates(struct imp *im, const struct table *t, const struct field *row,
    int existing, struct rec_errors *e)
{
	int n = rec_check_links(t, row, 0, written_date, im, e, NULL), m = 0;

	if (n >= 0 && existing)
		m = rec_check_linked_to(im->st, t, row, e);
	return n < 0 || m < 0 ? -1 : n + m;
}
