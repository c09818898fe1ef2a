/*
 * rec_order.c: the orders of dates across linked records (records.c's ref_orders; rec.h).
 *
 * A record's dates are compared with the dates of the records its references name,
 * wherever those dates are: the caller says where (rec_date_fn), because a save finds
 * them in the store and an import mostly in the file it is reading, where a record may
 * name one that comes later (a review conference its plan). A record that changes is
 * also compared with the records that name it (rec_check_linked_to): moving a referral's
 * date past the assessment that answers it breaks the order as surely as the other way.
 * Every order is worked out once for every table: an import asks of millions of records.
 */
#include "records/rec_int.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "calendar/cal.h"
#include "store/store.h"

#define MAX_TABLES 64
#define MAX_LINKS 32

struct link {
	int date, via, other;	/* columns: of the record, its reference, the other's date */
	const struct table *rt;	/* the table via names */
	const struct ref_order *o;
};

static struct links {
	struct link v[MAX_LINKS];
	int n;
	uint32_t targets;	/* columns of this table some other's order compares with */
} links[MAX_TABLES];
static pthread_once_t linked = PTHREAD_ONCE_INIT;

static void
link_tables(void)
{
	int n, no;
	const struct table *all = records_tables(&n);

	for (int i = 0; i < n && i < MAX_TABLES; i++) {
		const struct ref_order *o = records_ref_orders(&all[i], &no);
		for (int k = 0; k < no && k < MAX_LINKS; k++) {
			struct link *l = &links[i].v[links[i].n];
			l->o = &o[k];
			l->date = records_col_index(&all[i], o[k].date);
			l->via = records_col_index(&all[i], o[k].via);
			l->rt = l->via >= 0 ? records_table(all[i].cols[l->via].ref) : NULL;
			l->other = l->rt ? records_col_index(l->rt, o[k].other) : -1;
			/* A row naming no such column is left out (test_rec_order.c fails on it). */
			if (l->date < 0 || l->other < 0)
				continue;
			links[l->rt - all].targets |= 1u << l->other;
			links[i].n++;
		}
	}
}

static const struct links *
links_of(const struct table *t)
{
	int n;
	const struct table *all = records_tables(&n);

	pthread_once(&linked, link_tables);
	return &links[t - all];
}

uint32_t
rec_order_targets(const struct table *t)
{
	return links_of(t)->targets;
}

int
rec_order_count(const struct table *t)
{
	return links_of(t)->n;
}

void
rec_order_columns(const struct table *t, int k, int *date, int *via)
{
	const struct link *l = &links_of(t)->v[k];

	*date = l->date;
	*via = l->via;
}

static int
usable(const struct field *row, uint32_t bad, int col)
{
	return row[col].present && !(bad >> col & 1) && row[col].s;
}

/* Whether date keeps its order with other (both dates). */
static int
in_order(const struct ref_order *o, cal_date date, cal_date other)
{
	if (o->flags & REF_ORDER_NOT_AFTER)
		return date <= other;
	return date >= other - o->slack;
}

/* The nearest date that keeps the order: what the message asks for. */
static cal_date
nearest(const struct ref_order *o, cal_date other)
{
	return o->flags & REF_ORDER_NOT_AFTER ? other : other - o->slack;
}

/* "before", "more than 280 days before", "after": how a date breaks the order. */
static const char *
how_far(const struct ref_order *o, char out[40])
{
	if (o->flags & REF_ORDER_NOT_AFTER)
		return "after";
	if (!o->slack)
		return "before";
	snprintf(out, 40, "more than %d days before", o->slack);
	return out;
}

static void
refuse(const struct table *t, const struct link *l, cal_date date, int64_t target,
    cal_date other, struct rec_errors *e)
{
	const struct ref_order *o = l->o;
	char d[11], od[11], fix[11], how[40];
	int not_after = o->flags & REF_ORDER_NOT_AFTER;

	cal_format(date, d);
	cal_format(other, od);
	cal_format(nearest(o, other), fix);
	rec_add(e, l->date, "%s is %s %s (%s %lld, %s %s): date the %s on or %s %s, or correct "
	    "%s", d, how_far(o, how), o->what, l->rt->noun, (long long)target, o->other, od, t->noun,
	    not_after ? "before" : "after", fix, o->via);
}

static int
check_link(const struct table *t, const struct link *l, cal_date date, int64_t target,
    rec_date_fn get, void *ctx, struct rec_errors *e)
{
	cal_date other = CAL_NONE;
	int rc = get(ctx, l->rt, target, l->other, &other);

	if (rc <= 0 || other == CAL_NONE || in_order(l->o, date, other))
		return rc;
	refuse(t, l, date, target, other, e);
	return 1;
}

int
rec_check_link(const struct table *t, int k, cal_date date, int64_t target, rec_date_fn get,
    void *ctx, struct rec_errors *e)
{
	return check_link(t, &links_of(t)->v[k], date, target, get, ctx, e);
}

/* The record's date in column col, parsed once however many orders it is in. */
static int
date_of(const struct field *row, uint32_t bad, int col, cal_date *dates, uint32_t *parsed)
{
	if (!(*parsed >> col & 1)) {
		*parsed |= 1u << col;
		if (!usable(row, bad, col) || !cal_parse(row[col].s, &dates[col]))
			dates[col] = CAL_NONE;
	}
	return dates[col] != CAL_NONE;
}

int
rec_check_links(const struct table *t, const struct field *row, uint32_t bad, rec_date_fn get,
    void *ctx, struct rec_errors *e, uint32_t *waiting)
{
	const struct links *ls = links_of(t);
	cal_date dates[32];
	uint32_t parsed = 0;
	int before = e->n;

	for (int k = 0; k < ls->n; k++) {
		const struct link *l = &ls->v[k];
		int rc;
		if (!row[l->via].present || (bad >> l->via & 1) ||
		    !date_of(row, bad, l->date, dates, &parsed))
			continue;
		if ((rc = check_link(t, l, dates[l->date], row[l->via].i, get, ctx, e)) < 0)
			return -1;
		if (rc == 0 && waiting)
			*waiting |= 1u << k;
	}
	return e->n - before;
}

/* ---- Against the store ---- */

static int
store_date(void *ctx, const struct table *t, int64_t id, int col, cal_date *out)
{
	char text[11];
	int rc = store_record_date(ctx, t, id, col, text);

	if (rc > 0 && !cal_parse(text, out))
		*out = CAL_NONE;
	return rc;
}

int
rec_check_links_stored(struct store *st, const struct table *t, const struct field *row,
    struct rec_errors *e)
{
	return rec_check_links(t, row, 0, store_date, st, e, NULL);
}

static void
refuse_linked(const struct link *l, const char *now, const struct table *u,
    int64_t record, const char *date, struct rec_errors *e)
{
	const struct ref_order *o = l->o;
	char how[40], fix[11];
	int not_after = o->flags & REF_ORDER_NOT_AFTER;
	cal_date d;

	if (!cal_parse(date, &d))
		return;
	cal_format(not_after ? d : d + o->slack, fix);
	rec_add(e, l->other, "%s would put %s %lld (%s %s) %s %s: give a date on or %s %s, or "
	    "change %s %lld first", now, u->noun, (long long)record, o->date, date,
	    how_far(o, how), o->what,
	    not_after ? "after" : "before", fix, u->noun, (long long)record);
}

/* The records of table u that name this one (row, of child child) through link l,
 * against the value the record now gives l's other date. */
static int
check_linked(struct store *st, const struct field *row, int64_t child,
    const struct table *u, const struct link *l, struct rec_errors *e)
{
	const struct ref_order *o = l->o;
	int not_after = o->flags & REF_ORDER_NOT_AFTER, rc;
	cal_date now, d;
	int64_t record = 0;
	char date[11];

	if (!row[l->other].present || !row[l->other].s || !cal_parse(row[l->other].s, &now))
		return 0;
	rc = store_first_linked_date(st, u, child, o->via, row[0].i, o->date, not_after, &record,
	    date);
	if (rc > 0 && cal_parse(date, &d) && !in_order(o, d, now))
		refuse_linked(l, row[l->other].s, u, record, date, e);
	return rc < 0 ? -1 : 0;
}

int
rec_check_linked_to(struct store *st, const struct table *t, const struct field *row,
    struct rec_errors *e)
{
	int n, before = e->n, cc = records_child_col(t);
	const struct table *all = records_tables(&n);
	int64_t child = strcmp(t->name, "children") == 0 ? row[0].i :
	    cc >= 0 && row[cc].present ? row[cc].i : 0;

	if (!row[0].present || child <= 0 || !links_of(t)->targets)
		return 0;
	for (int i = 0; i < n && i < MAX_TABLES; i++) {
		const struct links *ls = links_of(&all[i]);
		for (int k = 0; k < ls->n; k++)
			if (ls->v[k].rt == t &&
			    check_linked(st, row, child, &all[i], &ls->v[k], e) < 0)
				return -1;
	}
	return e->n - before;
}
