/* test_json_store.c: what the importer assumes of the registry and the schema: the
 * unique keys of store_json.c are exactly the schema's UNIQUE constraints, every record
 * opens with its id, no table outgrows the importer's record, and SAME_CHILD references
 * only live in tables that have a child. */
#include <unistd.h>

#include "harness.h"
#include "store_fixture.h"
#include "base/buf.h"
#include "json/json_int.h"
#include "store/store_int.h"

/* The columns of t's UNIQUE constraints (not its primary key), as "a,b;c". */
static void
schema_unique(struct store *st, const struct table *t, struct buf *out)
{
	char sql[160];
	sqlite3_stmt *list, *cols;

	snprintf(sql, sizeof sql, "SELECT name FROM pragma_index_list('%s') WHERE \"unique\" "
	    "AND origin = 'u' ORDER BY name", t->name);
	list = store_prepare(st, sql);
	while (list && sqlite3_step(list) == SQLITE_ROW) {
		snprintf(sql, sizeof sql, "SELECT name FROM pragma_index_info('%s') ORDER BY seqno",
		    (const char *)sqlite3_column_text(list, 0));
		cols = store_prepare(st, sql);
		if (out->len)
			buf_addc(out, ';');
		for (int k = 0; cols && sqlite3_step(cols) == SQLITE_ROW; k++)
			buf_printf(out, "%s%s", k ? "," : "", sqlite3_column_text(cols, 0));
		sqlite3_finalize(cols);
	}
	sqlite3_finalize(list);
}

static void
unique_keys_match_the_schema(void)
{
	struct store *st = fresh();
	int n;
	const struct table *t = records_tables(&n);

	CHECK(st != NULL);
	for (int i = 0; st && i < n; i++) {
		const char *const *key = store_unique_key(&t[i]);
		struct buf want, got;
		buf_init(&want, 4096);
		buf_init(&got, 4096);
		for (int k = 0; key && key[k]; k++)
			buf_printf(&want, "%s%s", k ? "," : "", key[k]);
		schema_unique(st, &t[i], &got);
		if (strcmp(buf_str(&want), buf_str(&got)) != 0)
			printf("  %s: store_json.c says \"%s\", the schema \"%s\"\n", t[i].name,
			    buf_str(&want), buf_str(&got));
		CHECK_STR(buf_str(&want), buf_str(&got));
		buf_free(&want);
		buf_free(&got);
	}
	if (st)
		cleanup(st);
}

static void
registry_fits_the_importer(void)
{
	int n;
	const struct table *t = records_tables(&n);

	for (int i = 0; i < n; i++) {
		CHECK(t[i].ncols <= IMP_MAX_COLS);
		CHECK_STR(t[i].cols[0].name, "id");
		CHECK_INT(t[i].cols[0].type, COL_ID);
		for (int c = 1; c < t[i].ncols; c++) {
			CHECK(t[i].cols[c].type != COL_ID);
			if (t[i].cols[c].flags & COL_SAME_CHILD)
				CHECK(records_child_col(&t[i]) >= 0);
			if (t[i].cols[c].type == COL_TEXT)
				CHECK(t[i].cols[c].maxlen > 0 && t[i].cols[c].maxlen < IMP_TEXT / 32);
		}
	}
}

/* A record read whole, and found again by its unique key. */
static void
reader_and_unique_lookup(void)
{
	struct store *st = fresh();
	const struct table *children = records_table("children");
	struct field row[IMP_MAX_COLS] = {{0}}, got[IMP_MAX_COLS];
	struct store_reader *r;
	struct buf text;
	int64_t id = 0;

	CHECK(st != NULL);
	if (!st)
		return;
	row[0] = (struct field){1, 7, NULL};
	row[records_col_index(children, "la_child_id")] = (struct field){1, 0, "X1"};
	row[records_col_index(children, "sex")] = (struct field){1, 0, "F"};
	row[records_col_index(children, "ethnicity")] = (struct field){1, 0, "WBRI"};
	CHECK_INT(store_insert(st, children, row), STORE_INSERTED);
	CHECK_INT(store_insert(st, children, row), STORE_DUP_ID);
	row[0].i = 8;
	CHECK_INT(store_insert(st, children, row), STORE_DUP_UNIQUE);
	CHECK_INT(store_find_unique(st, children, row, &id), 1);
	CHECK_INT(id, 7);
	r = store_reader_new(st);
	buf_init(&text, 1 << 16);
	CHECK_INT(store_reader_get(r, children, 7, got, &text), 1);
	CHECK_STR(got[records_col_index(children, "la_child_id")].s, "X1");
	CHECK_INT(got[records_col_index(children, "birth_date")].present, 0);
	CHECK_INT(store_reader_get(r, children, 8, got, &text), 0);
	buf_free(&text);
	store_reader_free(r);
	cleanup(st);
}

int
main(void)
{
	RUN(unique_keys_match_the_schema);
	RUN(registry_fits_the_importer);
	RUN(reader_and_unique_lookup);
	return DONE();
}
