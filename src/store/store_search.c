/*
 * store_search.c: finding children by name, through the full-text index child_names
 * (migrations.c), whose tokenizer folds case and strips accents on both sides, so "zoe"
 * finds Zoë; each word typed must begin a word of the given or family name ("o brien"
 * finds O'Brien). Only the ids come back: the web server has every child's details in
 * memory (web/snapshot.c) and reads the rest, and the order, there; so a search reads
 * the index's pages and nothing else of the store.
 */
#include "store/store_int.h"

#include <ctype.h>
#include <stdio.h>

#include "base/buf.h"
#include "store/store_users.h"

/*
 * The words of q as a full-text query: each run of letters and digits (any byte of a
 * UTF-8 character counts as a letter) becomes "word"* (a prefix), all of them required.
 * Quoting makes every word a literal, so nothing typed is read as query syntax.
 */
static int
name_query(const char *q, struct buf *b)
{
	int words = 0;

	while (*q && words < 8) {
		size_t n = 0;
		while (*q && !(isalnum((unsigned char)*q) || (unsigned char)*q >= 0x80))
			q++;
		while (q[n] && (isalnum((unsigned char)q[n]) || (unsigned char)q[n] >= 0x80))
			n++;
		if (n == 0)
			break;
		buf_printf(b, "%s\"%.*s\"*", words++ ? " " : "", (int)(n < 64 ? n : 64), q);
		q += n;
	}
	return words;
}

int
store_search_names(struct store *st, const char *q, int64_t *ids, int max, int *more)
{
	static const char sql[] = "SELECT rowid FROM child_names WHERE child_names MATCH ?1"
	    " LIMIT ?2";
	sqlite3_stmt *s;
	struct buf fts;
	int n = 0, rc = SQLITE_DONE;

	*more = 0;
	buf_init(&fts, 4096);
	if (max <= 0 || !name_query(q, &fts)) {
		buf_free(&fts);
		return 0;
	}
	if (!(s = store_cached(st, sql))) {
		buf_free(&fts);
		return -1;
	}
	sqlite3_bind_text(s, 1, buf_str(&fts), -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 2, max + 1);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (n == max) {
			*more = 1;
			break;
		}
		ids[n++] = sqlite3_column_int64(s, 0);
	}
	store_done(s);
	buf_free(&fts);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "cannot search the children's names");
	return n;
}
