/*
 * store_search.c: finding a child from what a worker has to hand.
 *
 * One box takes any of: the local child id, an NHS number (ten digits, with or without
 * the spaces of the printed form 943 476 5919), a date of birth (2019-05-01 or
 * 01/05/2019; an unborn child's expected date counts), or names. Names go through the
 * full-text index child_names (migrations.c), whose tokenizer folds case and strips
 * accents on both sides, so "zoe" finds Zoë and "obrien" finds neither O'Brien nor Brien
 * but "o brien" finds O'Brien; each word typed must begin a word of the given or family
 * name. A partner agency's search is limited to the children it works with, in the same
 * query, so a name it may not see is never read.
 */
#include "store/store_int.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/str.h"
#include "calendar/cal.h"
#include "store/store_users.h"

#define HIT_COLUMNS \
	"SELECT c.id, c.la_child_id, coalesce(c.given_name, ''), coalesce(c.family_name, '')," \
	" coalesce(c.birth_date, ''), coalesce(c.expected_birth_date, '')," \
	" coalesce(c.nhs_number, ''), coalesce(h.postcode, '') FROM children c" \
	" LEFT JOIN households h ON h.id = c.household_id WHERE "
#define PARTNER \
	" AND (?2 = 0 OR EXISTS(SELECT 1 FROM conference_invitees i WHERE i.child_id = c.id" \
	" AND i.agency_id = ?2) OR EXISTS(SELECT 1 FROM core_group_members m JOIN" \
	" professionals p ON p.id = m.professional_id WHERE m.child_id = c.id AND" \
	" p.agency_id = ?2) OR EXISTS(SELECT 1 FROM referrals f WHERE f.child_id = c.id AND" \
	" f.referrer_agency_id = ?2)) ORDER BY c.family_name, c.given_name, c.id LIMIT ?3"

static const char by_local_id[] = HIT_COLUMNS "c.la_child_id = ?1" PARTNER;
static const char by_nhs[] = HIT_COLUMNS "c.nhs_number = ?1" PARTNER;
static const char by_birth[] = HIT_COLUMNS "(c.birth_date = ?1 OR c.expected_birth_date = ?1)"
    PARTNER;
static const char by_name[] = HIT_COLUMNS "c.id IN (SELECT rowid FROM child_names WHERE"
    " child_names MATCH ?1)" PARTNER;

static void
col(sqlite3_stmt *s, int i, char *out, size_t size)
{
	const char *t = (const char *)sqlite3_column_text(s, i);

	str_copy(out, size, t ? t : "");
}

static int
run(struct store *st, const char *sql, const char *key, int64_t agency_id,
    struct store_hit *hits, int max, int *more)
{
	sqlite3_stmt *s = store_cached(st, sql);
	int n = 0, rc;

	if (!s)
		return -1;
	sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, agency_id);
	sqlite3_bind_int(s, 3, max + 1);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct store_hit *h = &hits[n];
		if (n == max) {
			*more = 1;
			break;
		}
		h->id = sqlite3_column_int64(s, 0);
		col(s, 1, h->la_child_id, sizeof h->la_child_id);
		col(s, 2, h->given_name, sizeof h->given_name);
		col(s, 3, h->family_name, sizeof h->family_name);
		col(s, 4, h->birth_date, sizeof h->birth_date);
		col(s, 5, h->expected_birth_date, sizeof h->expected_birth_date);
		col(s, 6, h->nhs_number, sizeof h->nhs_number);
		col(s, 7, h->postcode, sizeof h->postcode);
		n++;
	}
	store_done(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "cannot search the children");
	return n;
}

/* "943 476 5919" or "9434765919": the ten digits, else 0. */
static int
nhs_digits(const char *q, char out[11])
{
	int n = 0;

	for (; *q; q++) {
		if (*q == ' ')
			continue;
		if (!isdigit((unsigned char)*q) || n == 10)
			return 0;
		out[n++] = *q;
	}
	out[n] = '\0';
	return n == 10;
}

/* "2019-05-01" or "01/05/2019" as YYYY-MM-DD, else 0. */
static int
birth_date(const char *q, char out[11])
{
	cal_date d;
	int day, month, year;
	char iso[32];

	if (cal_parse(q, &d)) {
		cal_format(d, out);
		return 1;
	}
	if (strlen(q) != 10 || q[2] != '/' || q[5] != '/')
		return 0;
	day = (q[0] - '0') * 10 + (q[1] - '0');
	month = (q[3] - '0') * 10 + (q[4] - '0');
	year = (q[6] - '0') * 1000 + (q[7] - '0') * 100 + (q[8] - '0') * 10 + (q[9] - '0');
	for (int i = 0; i < 10; i++)
		if (i != 2 && i != 5 && !isdigit((unsigned char)q[i]))
			return 0;
	snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
	if (!cal_parse(iso, &d))
		return 0;
	cal_format(d, out);
	return 1;
}

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
store_search_children(struct store *st, const char *q, int64_t agency_id,
    struct store_hit *hits, int max, int *more)
{
	char key[16];
	struct buf fts;
	int n;

	*more = 0;
	while (*q == ' ')
		q++;
	if (!*q || max <= 0)
		return 0;
	if ((n = run(st, by_local_id, q, agency_id, hits, max, more)) != 0)
		return n;
	if (nhs_digits(q, key))
		return run(st, by_nhs, key, agency_id, hits, max, more);
	if (birth_date(q, key))
		return run(st, by_birth, key, agency_id, hits, max, more);
	buf_init(&fts, 4096);
	n = name_query(q, &fts) ? run(st, by_name, buf_str(&fts), agency_id, hits, max, more) : 0;
	buf_free(&fts);
	return n;
}
