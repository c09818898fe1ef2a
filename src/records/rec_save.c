/*
 * rec_save.c: a record checked against the store and written with its audit entry (rec.h).
 *
 * rec_check_store asks the store what the record cannot answer alone: does every record
 * it names exist (and belong to the same child, where records.c says COL_SAME_CHILD), and
 * is its unique key (a local child id, a username, a setting's key and date) free but for
 * the record itself; then whether its dates keep their order with the records it names
 * and the records that name it (rec_order.c). rec_write then writes it: a record whose id the store holds is
 * rewritten whole (store_update), unless it is the same field for field, when nothing is
 * written and nothing is said; any other record is inserted, given the next id when it
 * has none. Every write appends one audit entry in the same transaction, so a change and
 * the record of who made it commit together or not at all:
 *     create  {"after": {every field given}}
 *     change  {"before": {the fields that changed, as they were}, "after": {... as now}}
 * with the actor's user, role, address and reason, the route or command (what), and the
 * record's table, id and child. rec_save is rec_write in a transaction of its own.
 */
#include "records/rec_int.h"

#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/esc.h"
#include "store/store.h"

/* The audit trail's one door from here; a unit test stands a recorder in front of it. */
static int (*audit_append)(struct store *, const struct audit_entry *, size_t) =
    store_audit_append;

#define DETAIL_MAX (1u << 17)	/* far above two records' text (records.c caps each field) */
#define REC_COLS 64		/* more than any table has (test_rec.c checks) */

/* The child the record concerns: itself for a child, 0 for a shared record. */
static int64_t
record_child(const struct table *t, const struct field *row)
{
	int c = records_child_col(t);

	if (strcmp(t->name, "children") == 0)
		return row[0].present ? row[0].i : 0;
	return c >= 0 && row[c].present ? row[c].i : 0;
}

static void
show_field(const struct column *c, const struct field *f, char *out, size_t size)
{
	if (rec_is_integer(c->type))
		snprintf(out, size, "%lld", (long long)f->i);
	else
		rec_show_text(f->s, strlen(f->s), out, size);
}

/* "la_child_id \"C1\" is" or "key \"x\" and effective_from \"2026-01-01\" are". */
static void
show_key(const struct table *t, const char *const *key, const struct field *row,
    char *out, size_t size)
{
	char v[100];
	size_t o = 0;
	int k = 0;

	out[0] = 0;
	for (; key[k] && o < size; k++) {
		int col = records_col_index(t, key[k]);
		show_field(&t->cols[col], &row[col], v, sizeof v);
		o += (size_t)snprintf(out + o, size - o, "%s%s %s", k ? " and " : "", key[k], v);
	}
	if (o < size)
		snprintf(out + o, size - o, " %s", k > 1 ? "are" : "is");
}

static int
check_unique(struct store *st, const struct table *t, const struct field *row,
    struct rec_errors *e)
{
	const char *const *key = store_unique_key(t);
	char shown[300];
	int64_t holder = 0;
	int rc;

	for (int k = 0; key && key[k]; k++)
		if (!row[records_col_index(t, key[k])].present)
			return 0;
	if (!key || (rc = store_find_unique(st, t, row, &holder)) == 0)
		return 0;
	if (rc < 0)
		return -1;
	if (row[0].present && holder == row[0].i)
		return 0;
	show_key(t, key, row, shown, sizeof shown);
	rec_add(e, records_col_index(t, key[0]), "%s already taken by %s %lld (no two %s may "
	    "share %s)", shown, t->noun, (long long)holder, t->name, key[1] ? "them" : "it");
	return 0;
}

int
rec_check_store(struct store *st, const struct table *t, const struct field *row,
    struct rec_errors *e)
{
	int before = e->n;
	int64_t child = record_child(t, row);

	for (int col = 1; col < t->ncols; col++) {
		const struct column *c = &t->cols[col];
		const struct table *rt = c->ref ? records_table(c->ref) : NULL;
		int64_t owner = 0;
		int rc;
		if (c->type != COL_REF || !row[col].present || !rt)
			continue;
		if ((rc = store_lookup(st, rt, row[col].i, &owner)) < 0)
			return -1;
		if (rc == 0)
			rec_add(e, col, "no %s has id %lld (use the id of %s %s)", rt->noun,
			    (long long)row[col].i, rec_article(rt->noun), rt->noun);
		else if ((c->flags & COL_SAME_CHILD) && child > 0 && owner > 0 && owner != child)
			rec_add(e, col, "%s %lld is a record of child %lld, not of child %lld (use %s "
			    "%s of child %lld)", rt->noun, (long long)row[col].i, (long long)owner,
			    (long long)child, rec_article(rt->noun), rt->noun, (long long)child);
	}
	if (check_unique(st, t, row, e) < 0)
		return -1;
	/* A date compared with a record that is not there, or another child's, says nothing. */
	if (e->n == before && (rec_check_links_stored(st, t, row, e) < 0 ||
	    rec_check_linked_to(st, t, row, e) < 0))
		return -1;
	return e->n - before;
}

/* ---- The audit entry ---- */

static int
same_field(const struct column *c, const struct field *a, const struct field *b)
{
	if (a->present != b->present)
		return 0;
	if (!a->present)
		return 1;
	if (rec_is_integer(c->type))
		return a->i == b->i;
	return strcmp(a->s ? a->s : "", b->s ? b->s : "") == 0;
}

static void
json_value(struct buf *b, const struct column *c, const struct field *f)
{
	if (!f->present) {
		buf_adds(b, "null");
	} else if (c->type == COL_BOOL) {
		buf_adds(b, f->i ? "true" : "false");
	} else if (rec_is_integer(c->type)) {
		buf_printf(b, "%lld", (long long)f->i);
	} else if (c->type == COL_CODES) {
		int n = 0;
		buf_addc(b, '[');
		for (const char *p = f->s; *p;) {
			size_t len = strcspn(p, " ");
			if (len) {
				buf_adds(b, n++ ? ", " : "");
				esc_json_n(b, p, len);
			}
			p += len + (p[len] != 0);
		}
		buf_addc(b, ']');
	} else {
		esc_json(b, f->s);
	}
}

/* {"name": value, ...} of the fields of row that differ from other (all given: NULL). */
static void
json_fields(struct buf *b, const struct table *t, const struct field *row,
    const struct field *other)
{
	int n = 0;

	buf_addc(b, '{');
	for (int i = 1; i < t->ncols; i++) {
		if (other ? same_field(&t->cols[i], &row[i], &other[i]) : !row[i].present)
			continue;
		buf_printf(b, "%s\"%s\": ", n++ ? ", " : "", t->cols[i].name);
		json_value(b, &t->cols[i], &row[i]);
	}
	buf_addc(b, '}');
}

static struct audit_entry
entry_of(const struct rec_actor *who, const char *action)
{
	struct audit_entry a;

	memset(&a, 0, sizeof a);
	a.user_id = who->user_id;
	a.username = who->username;
	a.role = who->role;
	a.address = who->address;
	a.reason = who->reason;
	a.action = action;
	return a;
}

/* The entry of a record created (before NULL) or changed. */
static int
audit_record(struct store *st, const struct rec_actor *who, const struct table *t,
    const struct field *row, const struct field *before, struct rec_errors *e)
{
	struct audit_entry a = entry_of(who, before ? "change" : "create");
	struct buf detail;
	int rc;

	buf_init(&detail, DETAIL_MAX);
	if (before) {
		buf_adds(&detail, "{\"before\": ");
		json_fields(&detail, t, before, row);
		buf_adds(&detail, ", \"after\": ");
		json_fields(&detail, t, row, before);
	} else {
		buf_adds(&detail, "{\"after\": ");
		json_fields(&detail, t, row, NULL);
	}
	buf_addc(&detail, '}');
	a.table = t->name;
	a.record_id = row[0].i;
	a.child_id = record_child(t, row);
	a.what = who->via;
	a.detail = buf_str(&detail);
	if ((rc = audit_append(st, &a, 1)) < 0)
		rec_add(e, -1, "the audit trail could not be written, so nothing was saved: %s",
		    store_error(st));
	buf_free(&detail);
	return rc;
}

int
rec_audit(struct store *st, const struct rec_actor *who, const char *action,
    const char *what, const char *detail)
{
	struct audit_entry a = entry_of(who, action);

	a.what = what;
	a.detail = detail;
	return audit_append(st, &a, 1);
}

/* ---- Writing ---- */

static int
store_failed(struct store *st, struct rec_errors *e)
{
	rec_add(e, -1, "%s", store_error(st));
	return -1;
}

/* A new record: given the next id when it has none, inserted. */
static int
insert(struct store *st, const struct table *t, struct field *row, struct rec_errors *e)
{
	char shown[300];
	int64_t last;
	int rc;

	if (!row[0].present) {
		if ((last = store_max_id(st, t)) < 0)
			return store_failed(st, e);
		if (last >= RECORDS_MAX_ID) {
			rec_add(e, 0, "the store's %s already reach the largest record id (%lld), so "
			    "no new one can be added", t->name, (long long)RECORDS_MAX_ID);
			return -1;
		}
		row[0] = (struct field){1, last + 1, NULL};
	}
	if ((rc = store_insert(st, t, row)) == STORE_INSERTED)
		return 1;
	if (rc == STORE_DUP_UNIQUE && store_unique_key(t)) {
		show_key(t, store_unique_key(t), row, shown, sizeof shown);
		rec_add(e, records_col_index(t, store_unique_key(t)[0]), "%s already taken by "
		    "another %s (no two %s may share %s)", shown, t->noun, t->name,
		    store_unique_key(t)[1] ? "them" : "it");
		return -1;
	}
	if (rc == STORE_DUP_ID) {
		rec_add(e, 0, "%lld is the id of another %s (give a new %s a new id, or none)",
		    (long long)row[0].i, t->noun, t->noun);
		return -1;
	}
	return store_failed(st, e);
}

static int
same_record(const struct table *t, const struct field *a, const struct field *b)
{
	for (int i = 0; i < t->ncols; i++)
		if (!same_field(&t->cols[i], &a[i], &b[i]))
			return 0;
	return 1;
}

int
rec_write_as(struct store *st, const struct rec_actor *who, const struct table *t,
    struct field *row, const struct field *before, unsigned flags, struct rec_errors *e)
{
	struct field old[REC_COLS];
	struct buf text;
	int rc;

	if (!(flags & REC_CHECKED) && rec_check(t, row, e) > 0)
		return -1;
	if (!(flags & REC_REFS_CHECKED) && (rc = rec_check_store(st, t, row, e)) != 0)
		return rc < 0 ? store_failed(st, e) : -1;
	if (!row[0].present)
		before = NULL;
	buf_init(&text, DETAIL_MAX);
	if (row[0].present && !before && !(flags & REC_NEW)) {
		if ((rc = store_get(st, t, row[0].i, old, &text)) < 0) {
			buf_free(&text);
			return store_failed(st, e);
		}
		before = rc ? old : NULL;
	}
	if (before && same_record(t, row, before))
		rc = 0;
	else if (before)
		rc = store_update(st, t, row) < 0 ? store_failed(st, e) :
		    audit_record(st, who, t, row, before, e) < 0 ? -1 : 1;
	else if ((rc = insert(st, t, row, e)) > 0 && !(flags & REC_NO_CREATE_ENTRY))
		rc = audit_record(st, who, t, row, NULL, e) < 0 ? -1 : 1;
	buf_free(&text);
	return rc;
}

int
rec_write(struct store *st, const struct rec_actor *who, const struct table *t,
    struct field *row, struct rec_errors *e)
{
	return rec_write_as(st, who, t, row, NULL, 0, e);
}

int
rec_save(struct store *st, const struct rec_actor *who, const struct table *t,
    struct field *row, struct rec_errors *e)
{
	int had_id = row[0].present, rc;

	if (store_begin(st) < 0)
		return store_failed(st, e);
	rc = rec_write(st, who, t, row, e);
	if (rc > 0 && store_commit(st) < 0)
		rc = store_failed(st, e);
	if (rc <= 0)
		store_rollback(st);
	/* Refused or unchanged: the caller's record is as it gave it, id included. */
	if (rc <= 0 && !had_id)
		row[0].present = 0, row[0].i = 0;
	return rc;
}
