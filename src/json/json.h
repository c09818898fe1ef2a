/*
 * json.h: whole records in and out of the store as JSON (json_export.c, json_import.c).
 *
 * The file is one object: {"format": "safeguard", "version": 1, "agencies": [...], ...}
 * with every table of records_tables() in that order, one record a line, fields in the
 * registry's order, absent fields left out. Export, import into an empty store and export
 * again gives the same bytes.
 */
#ifndef SG_JSON_H
#define SG_JSON_H
#include <stdint.h>
#include <stdio.h>

#define JSON_FORMAT "safeguard"
#define JSON_VERSION 1
#define JSON_MAX_ERRORS 50	/* messages kept; the rest are only counted */

struct store;
struct jr;

/* Writes the whole store (child_id 0) or one child's record to out, from one snapshot.
 * Returns 0, or -1 with the reason in err. *bytes gets the size written. */
int json_export(struct store *st, int64_t child_id, FILE *out, uint64_t *bytes, char *err,
    size_t errsize);

/* One record as the export writes it ({"id": 1, "child_id": 2, ...}), with only the
 * columns keep takes (keep NULL: every column present): for the API. */
struct jw;
struct table;
struct field;
void json_write_record(struct jw *w, const struct table *t, const struct field *row,
    int (*keep)(void *ctx, int col), void *ctx);

struct json_result {
	long *created, *unchanged;	/* by records_tables() index */
	long records;			/* records read */
	long nerrors;			/* every error found */
	int nkept;
	char *errors[JSON_MAX_ERRORS];	/* the first ones: "NAME:LINE: what (the fix)" */
	uint64_t bytes;			/* bytes read */
};

/* Reads an export from r (named name in messages) into the store in one transaction,
 * after checking everything; any error rolls it all back. With check_only, checks
 * and rolls back even when all is well. An import that is committed leaves one audit
 * entry by who: action "import", what the file's name, detail the records created and
 * left unchanged by table. Returns 0 when the file is sound, -1 if not; free res with
 * json_result_free either way. */
struct rec_actor;
int json_import(struct store *st, const struct rec_actor *who, struct jr *r, const char *name,
    int check_only, struct json_result *res);
void json_result_free(struct json_result *res);

#endif
