/*
 * json_check.c: what the importer checks once a record is read whole, and the insert.
 *
 * In order: the id, which a record of a file must carry (references name it); what the
 * record layer checks of any record on its own (rec_check: required fields, date orders,
 * a relationship with one child or one adult and never the child itself, a setting's key
 * and value), told with the line of the field at fault; the id, which must be new in the
 * file; every reference, which must name a record of the file (found in the table's
 * idmap) or of the store, and for SAME_CHILD references one of the same child; the unique
 * keys; the orders of dates across linked records (json_orders.c). These last are the
 * file's own questions (a record may name one later in the file),
 * so they are asked here rather than of the store alone (rec_check_store). A reference not
 * found yet may be to a later table (a review conference names its plan, and plans come
 * after conferences), so it waits in a list checked at the end of the file.
 *
 * A record with no errors is inserted at once, inside the import's one transaction (in
 * which SQLite leaves references to these checks: store_import_begin); the transaction
 * is rolled back if anything in the file is wrong, so inserting early costs nothing and
 * saves a second pass. The store
 * answers the remaining questions: an id it already holds is fine if the record is the
 * same field for field ("unchanged"), and an error naming the first field that differs
 * otherwise; a unique key it already holds is an error naming the record that has it.
 */
#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "base/str.h"
#include "codes/codes.h"
#include "json/json_int.h"
#include "records/rec.h"
#include "store/store.h"

static int
usable(const struct imp *im, int col)
{
	return col >= 0 && im->row[col].present && !(im->bad >> col & 1);
}

static void
plan_table(struct imp *im, int ti, struct imp_plan *p)
{
	const struct table *t = &im->tables[ti];
	const char *const *key = store_unique_key(t);
	int k = 0;

	for (int c = 0; c < IMP_MAX_COLS; c++) {
		const struct table *rt = c < t->ncols && t->cols[c].ref ?
		    records_table(t->cols[c].ref) : NULL;
		p->ref[c] = rt ? (int)(rt - im->tables) : -1;
		p->namelen[c] = c < t->ncols ? strlen(t->cols[c].name) : 0;
		p->list[c] = c < t->ncols && t->cols[c].list ? codes_list(t->cols[c].list) : NULL;
	}
	for (; key && key[k] && k < 3; k++)
		p->unique[k] = records_col_index(t, key[k]);
	p->unique[k] = -1;
	p->unique_names = key;
	p->child_col = records_child_col(t);
}

void
imp_plan_tables(struct imp *im)
{
	im->plan = xcalloc((size_t)im->ntables, sizeof *im->plan);
	for (int i = 0; i < im->ntables; i++)
		plan_table(im, i, &im->plan[i]);
}

/* The child this record belongs to: itself for a child, 0 for shared records. */
static int64_t
record_child(const struct imp *im)
{
	int col = im->child_col;

	if (im->t == &im->tables[im->child_table])
		col = 0;
	if (col < 0)
		return 0;
	return usable(im, col) ? im->row[col].i : CHILD_UNKNOWN;
}

/* The id a record of a file must carry, then the record layer's checks of the record. */
static void
check_record(struct imp *im)
{
	struct rec_errors e;
	char takes[200];

	if (!im->row[0].present && !(im->bad & 1)) {
		imp_takes(im, 0, takes, sizeof takes);
		imp_field_error(im, 0, "missing (required: %s)", takes);
		im->bad |= 1;
	}
	rec_errors_clear(&e);
	rec_check_given(im->t, im->row, im->bad, &e);
	for (int i = 0; i < e.n && i < REC_MAX_ERRORS; i++) {
		if (e.v[i].col < 0) {
			imp_record_error(im, "%s", e.v[i].message);
			continue;
		}
		im->bad |= 1u << e.v[i].col;
		imp_field_error(im, e.v[i].col, "%s", e.v[i].message);
	}
	if (e.n > REC_MAX_ERRORS)
		imp_record_error(im, "and %d more errors in this record", e.n - REC_MAX_ERRORS);
}

/* Remembers the record's id; 0 when another record of the file already has it. */
static int
register_id(struct imp *im, int64_t child)
{
	int64_t id = im->row[0].i;

	if (!usable(im, 0))
		return 1;
	if (idmap_put(&im->ids[im->ti], id, child))
		return 1;
	imp_field_error(im, 0, "%lld is the id of another %s earlier in this file (give each "
	    "%s its own id)", (long long)id, im->t->noun, im->t->noun);
	return 0;
}

static void
check_same_child(struct imp *im, int col, int rt, int64_t target, int64_t child,
    int64_t target_child)
{
	const char *noun = im->tables[rt].noun;

	if (!(im->t->cols[col].flags & COL_SAME_CHILD) || child <= 0 || target_child <= 0 ||
	    child == target_child)
		return;
	im->bad |= 1u << col;	/* nor are its dates compared with another child's */
	imp_field_error(im, col, "%s %lld is a record of child %lld, not of child %lld (use "
	    "%s %s of child %lld)", noun, (long long)target, (long long)target_child,
	    (long long)child, imp_article(noun), noun, (long long)child);
}

/* Finds record target of table rt in the file, then the store: 1 found, 0 not, -1 if
 * the store failed. */
static int
find_target(struct imp *im, int rt, int64_t target, int64_t *target_child)
{
	int found = idmap_get(&im->ids[rt], target, target_child);

	if (!found)
		found = store_lookup(im->st, &im->tables[rt], target, target_child);
	if (found > 0 && rt == im->child_table)
		*target_child = target;
	if (found < 0) {
		imp_record_error(im, "cannot read the store: %s", store_error(im->st));
		im->fatal = 1;
	}
	return found;
}

static void
check_refs(struct imp *im, int64_t child)
{
	for (int col = 1; col < im->t->ncols; col++) {
		int rt = im->plan[im->ti].ref[col];
		int64_t target_child, target = im->row[col].i;
		int found;
		if (rt < 0 || !usable(im, col))
			continue;
		found = find_target(im, rt, target, &target_child);
		if (found > 0) {
			check_same_child(im, col, rt, target, child, target_child);
		} else if (found == 0) {
			VEC_GROW(im->pend, im->npend, im->cappend);
			im->pend[im->npend++] = (struct pending){target, child, im->index, im->lines[col],
				im->ti, col};
		}
	}
}

/* The record's unique key: as one string for the file's set, fields joined by a unit
 * separator (text cannot hold control characters), and as a message shows it. 0 if a
 * part is missing or wrong. */
static int
unique_text(struct imp *im, struct buf *b, struct buf *shown)
{
	const int *key = im->plan[im->ti].unique;
	char v[120];

	for (int k = 0; key[k] >= 0; k++) {
		int col = key[k];
		if (!usable(im, col))
			return 0;
		if (b) {
			if (k)
				buf_addc(b, '\x1f');
			if (im->row[col].s)
				buf_adds(b, im->row[col].s);
			else
				buf_printf(b, "%lld", (long long)im->row[col].i);
		}
		if (shown) {
			imp_show(&im->t->cols[col], &im->row[col], v, sizeof v);
			buf_printf(shown, "%s%s %s", k ? " and " : "", im->t->cols[col].name, v);
		}
	}
	return 1;
}

static void
taken(struct imp *im, const char *by)
{
	const int *key = im->plan[im->ti].unique;
	struct buf shown;

	buf_init(&shown, 4096);
	unique_text(im, NULL, &shown);
	imp_field_error(im, key[0], "%s %s already taken by %s (no two %s may share %s)",
	    buf_str(&shown), key[1] >= 0 ? "are" : "is", by, im->t->name,
	    key[1] >= 0 ? "them" : "it");
	buf_free(&shown);
}

static int
check_unique_in_file(struct imp *im)
{
	char by[160];
	int fresh = 1;

	if (im->plan[im->ti].unique[0] < 0)
		return 1;
	buf_reset(&im->scratch);
	if (unique_text(im, &im->scratch, NULL) &&
	    !strset_add(&im->keys[im->ti], im->scratch.p, im->scratch.len)) {
		snprintf(by, sizeof by, "another %s in this file", im->t->noun);
		taken(im, by);
		fresh = 0;
	}
	return fresh;
}

/* The record's id is in the store already: fine if every field is the same. */
static void
compare_with_store(struct imp *im)
{
	const struct table *t = im->t;
	char was[120], now[120];
	int first = -1, more = 0;
	int rc = store_reader_get(im->reader, t, im->row[0].i, im->old, &im->oldtext);

	if (rc <= 0) {
		imp_record_error(im, "cannot read the store: %s", store_error(im->st));
		im->fatal = 1;
		return;
	}
	for (int col = 1; col < t->ncols; col++) {
		const struct field *a = &im->row[col], *b = &im->old[col];
		int same = a->present == b->present && (!a->present || (a->s ?
		    strcmp(a->s, b->s ? b->s : "") == 0 : a->i == b->i));
		if (!same && first < 0)
			first = col;
		else if (!same)
			more++;
	}
	if (first < 0) {
		im->res->unchanged[im->ti]++;
		return;
	}
	imp_show(&t->cols[first], &im->old[first], was, sizeof was);
	imp_show(&t->cols[first], &im->row[first], now, sizeof now);
	imp_field_error(im, first, "%s %lld is already in the store with %s %s, not %s%s (a "
	    "record already in the store must be imported unchanged; give a new %s a new id)",
	    t->noun, (long long)im->row[0].i, t->cols[first].name, was, now,
	    more ? ", and other fields differ too" : "", t->noun);
}

static void
taken_in_store(struct imp *im)
{
	int64_t holder = 0;
	int rc = store_find_unique(im->st, im->t, im->row, &holder);
	char by[160];

	if (rc > 0 && holder == im->row[0].i) {
		compare_with_store(im);
		return;
	}
	if (rc <= 0) {
		imp_record_error(im, "the store refused this %s: %s", im->t->noun,
		    store_error(im->st));
		im->fatal = 1;
		return;
	}
	snprintf(by, sizeof by, "%s %lld in the store", im->t->noun, (long long)holder);
	taken(im, by);
}

static void
insert(struct imp *im)
{
	int rc;

	if (im->bulk) {
		if (imp_batch_add(im) == 0) {
			im->res->created[im->ti]++;
		} else {
			imp_record_error(im, "the store refused a batch of %s records ending with "
			    "this one: %s", im->t->noun, store_error(im->st));
			im->fatal = 1;
		}
		return;
	}
	rc = store_insert(im->st, im->t, im->row);

	if (rc == STORE_INSERTED) {
		im->res->created[im->ti]++;
	} else if (rc == STORE_DUP_ID) {
		compare_with_store(im);
	} else if (rc == STORE_DUP_UNIQUE) {
		taken_in_store(im);
	} else {
		/* Every constraint of the schema is checked above, so this is the store
		 * failing (a full disk) or a check missing here: stop either way. */
		imp_record_error(im, "the store refused this %s: %s", im->t->noun,
		    store_error(im->st));
		im->fatal = 1;
	}
}

void
imp_end_record(struct imp *im)
{
	int64_t child = record_child(im);
	int fresh;

	check_record(im);
	fresh = register_id(im, child);
	check_refs(im, child);
	imp_orders_record(im);
	fresh = check_unique_in_file(im) && fresh;
	if (fresh && im->res->nerrors == im->errors_before && !im->fatal)
		insert(im);
	im->res->records++;
}

void
imp_resolve_pending(struct imp *im)
{
	for (size_t k = 0; k < im->npend && !im->fatal; k++) {
		const struct pending *p = &im->pend[k];
		int rt = im->plan[p->table].ref[p->col];
		int64_t target_child;
		int found;
		im->t = &im->tables[p->table];
		im->ti = p->table;
		im->index = p->index;
		im->line = p->line;
		im->seen = 0;
		found = find_target(im, rt, p->target, &target_child);
		if (found > 0)
			check_same_child(im, p->col, rt, p->target, p->child, target_child);
		else if (found == 0)
			imp_field_error(im, p->col, "no %s has id %lld, in this file or in the store "
			    "(use the id of %s %s)", im->tables[rt].noun, (long long)p->target,
			    imp_article(im->tables[rt].noun), im->tables[rt].noun);
	}
	imp_orders_resolve(im);
}
