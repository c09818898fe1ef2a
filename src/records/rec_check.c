/*
 * rec_check.c: whether a record, on its own, is one the store may hold (rec.h).
 *
 * In order: each column, required or not (but for the id: a record without one is new),
 * its value by the rules of rec_value.c (rec_check_given leaves values to the front end,
 * which has judged each by the same rules as it read it; a value
 * a front end already refused, rec_check_given's unreadable, is neither missing nor
 * compared); then the rules between fields: the date orders of records.c, and what
 * records.c cannot say in a row:
 *   - a relationship is with exactly one other child or one adult (the schema's CHECK),
 *     and never with the child itself;
 *   - a setting's key is one this safeguard knows (timescales/ts_settings.c), and its
 *     value one the key takes, written as safeguard writes it. A value the engine could
 *     not read would be stored, then passed over with a warning by every later check; a
 *     number with leading zeros ("015") would be kept as typed, shown back and exported
 *     so, and compared unequal to the same number written plainly. Such a value is
 *     refused, naming the plain form, rather than rewritten: every front end then stores
 *     exactly what it was given, and an export goes round the store unchanged.
 * The key of a setting decides what its value takes, so a value is judged by its key's
 * rule alone (which includes the text rules) when the key is known.
 */
#include "records/rec_int.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "timescales/ts.h"

#define MAX_TABLES 64
#define MAX_ORDERS 8

/*
 * Where each rule finds its columns, worked out once for every table of records.c: an
 * import asks for millions of records, and looking the names up each time cost more
 * than the rules themselves.
 */
static struct plan {
	int later[MAX_ORDERS], earlier[MAX_ORDERS];
	int child, relative, adult;	/* relationships: child_id, relative_child_id, adult_id */
	int key, value;			/* settings */
	int username;			/* users */
	int audit, review;		/* actions: audit_id, review_id (migration_audits) */
	int self_assessment;		/* ... self_assessment_id (migration_self_assessments) */
	uint32_t times;			/* bit col: a time of day (a text column *_time) */
	int linked, age_band, jar_held, jar_date;	/* child_deaths */
} plans[MAX_TABLES];
static pthread_once_t planned = PTHREAD_ONCE_INIT;

static void
make_plans(void)
{
	int n;
	const struct table *all = records_tables(&n);

	for (int i = 0; i < n && i < MAX_TABLES; i++) {
		const struct table *t = &all[i];
		struct plan *p = &plans[i];
		for (int k = 0; k < t->norders && k < MAX_ORDERS; k++) {
			p->later[k] = records_col_index(t, t->orders[k].later);
			p->earlier[k] = records_col_index(t, t->orders[k].earlier);
		}
		p->child = records_child_col(t);
		for (int c = 0; c < t->ncols && c < 32; c++) {
			size_t len = strlen(t->cols[c].name);
			if (t->cols[c].type == COL_TEXT && len > 5 &&
			    strcmp(t->cols[c].name + len - 5, "_time") == 0)
				p->times |= 1u << c;
		}
		p->relative = p->adult = p->key = p->value = p->username = -1;
		p->linked = p->age_band = p->jar_held = p->jar_date = -1;
		if (strcmp(t->name, "child_deaths") == 0) {
			p->linked = records_col_index(t, "linked_child_id");
			p->age_band = records_col_index(t, "age_band");
			p->jar_held = records_col_index(t, "jar_held");
			p->jar_date = records_col_index(t, "jar_date");
		}
		p->audit = p->review = p->self_assessment = -1;
		if (strcmp(t->name, "actions") == 0) {
			p->audit = records_col_index(t, "audit_id");
			p->review = records_col_index(t, "review_id");
			p->self_assessment = records_col_index(t, "self_assessment_id");
		}
		if (strcmp(t->name, "users") == 0)
			p->username = records_col_index(t, "username");
		if (strcmp(t->name, "relationships") == 0) {
			p->relative = records_col_index(t, "relative_child_id");
			p->adult = records_col_index(t, "adult_id");
		}
		if (strcmp(t->name, "settings") == 0) {
			p->key = records_col_index(t, "key");
			p->value = records_col_index(t, "value");
		}
	}
}

static const struct plan *
plan_of(const struct table *t)
{
	int n;
	const struct table *all = records_tables(&n);

	pthread_once(&planned, make_plans);
	return &plans[t - all];
}

static int
usable(const struct field *row, uint32_t bad, int col)
{
	return col >= 0 && row[col].present && !(bad >> col & 1);
}

/* The settings row's value, when its key is one safeguard knows: its key's rule judges it. */
static int
judged_by_key(const struct plan *p, const struct field *row, uint32_t bad, int col)
{
	return col == p->value && usable(row, bad, p->key) && row[p->key].s &&
	    ts_key_index(row[p->key].s) >= 0;
}

static int
check_codes(const struct column *c, const char *s, struct rec_error *why)
{
	uint64_t had = 0;

	for (const char *p = s; *p;) {
		size_t n = strcspn(p, " ");
		if (n && !rec_value_list_code(c, p, n, &had, why))
			return 0;
		p += n + (p[n] != 0);
	}
	return 1;
}

/* One present value against its column: 1 when it is one the column takes. */
static int
check_value(const struct column *c, const struct field *f, struct rec_error *why)
{
	if (rec_is_integer(c->type))
		return rec_value_int(c, f->i, why);
	if (!f->s)
		return rec_why(why, -1, "has no text (give its value)");
	switch (c->type) {
	case COL_DATE: return rec_value_date(c, f->s, strlen(f->s), why);
	case COL_CODE: return rec_value_code(c, f->s, strlen(f->s), why);
	case COL_CODES: return check_codes(c, f->s, why);
	default: return rec_value_text(c, f->s, strlen(f->s), why);
	}
}

/* Required columns and (values: 1) every value; columns found wrong are added to *bad. */
static void
check_columns(const struct table *t, const struct plan *p, const struct field *row, int values,
    uint32_t *bad, struct rec_errors *e)
{
	struct rec_error why;
	char takes[200];

	for (int col = 0; col < t->ncols; col++) {
		const struct column *c = &t->cols[col];
		if (*bad >> col & 1)
			continue;
		if (!row[col].present) {
			/* A record without its id is a new one: saving gives it the next. */
			if (!(c->flags & COL_REQUIRED) || c->type == COL_ID)
				continue;
			rec_takes(t, col, takes, sizeof takes);
			rec_add(e, col, "missing (required: %s)", takes);
			*bad |= 1u << col;
		} else if (values && !judged_by_key(p, row, *bad, col) &&
		    !check_value(c, &row[col], &why)) {
			why.col = col;
			rec_add_error(e, &why);
			*bad |= 1u << col;
		}
	}
}

/* Dates are YYYY-MM-DD, so their text sorts as they do. */
static void
check_orders(const struct table *t, const struct plan *p, const struct field *row,
    uint32_t bad, struct rec_errors *e)
{
	for (int k = 0; k < t->norders && k < MAX_ORDERS; k++) {
		const struct date_order *o = &t->orders[k];
		int later = p->later[k], earlier = p->earlier[k];
		if (usable(row, bad, later) && usable(row, bad, earlier) &&
		    strcmp(row[later].s, row[earlier].s) < 0)
			rec_add(e, later, "%s is before %s %s (%s)", row[later].s, o->earlier,
			    row[earlier].s, o->why);
	}
}

/* A relationship is with exactly one other child or one adult, and never the child. */
static void
check_relationship(const struct plan *p, const struct field *row, uint32_t bad,
    struct rec_errors *e)
{
	int a = p->relative, b = p->adult;

	if (a < 0 || (bad >> a & 1) || (bad >> b & 1))
		return;
	if (row[a].present == row[b].present)
		rec_add(e, b, "give exactly one of relative_child_id and adult_id, not %s (a "
		    "relationship is with one other child or one adult)",
		    row[a].present ? "both" : "neither");
	else if (usable(row, bad, p->child) && usable(row, bad, a) && row[p->child].i == row[a].i)
		rec_add(e, a, "%lld is the child's own id (a child cannot be their own sibling or "
		    "relative: give the other child's id)", (long long)row[p->child].i);
}

/* An action belongs to exactly one audit, one practice review or one self-assessment
 * (migration_audits, migration_self_assessments). */
static void
check_action(const struct plan *p, const struct field *row, uint32_t bad, struct rec_errors *e)
{
	int a = p->audit, b = p->review, c = p->self_assessment, n;

	if (a < 0 || b < 0 || c < 0 || (bad >> a & 1) || (bad >> b & 1) || (bad >> c & 1))
		return;
	n = row[a].present + row[b].present + row[c].present;
	if (n != 1)
		rec_add(e, a, "give exactly one of audit_id, review_id and self_assessment_id, not "
		    "%s (an action belongs to one audit, one practice review or one "
		    "self-assessment)", n ? "more than one" : "none");
}

/*
 * A child's death (child_deaths): a death of a child the store does not know still needs
 * the child's age band, which the overview reports count by; and a joint agency
 * response's date is the date of one held.
 */
static void
check_death(const struct plan *p, const struct field *row, uint32_t bad, struct rec_errors *e)
{
	if (p->linked < 0)
		return;
	if (!row[p->linked].present && !(bad >> p->linked & 1) && !row[p->age_band].present &&
	    !(bad >> p->age_band & 1))
		rec_add(e, p->age_band, "missing (required when no child's record is linked: "
		    "the child's age band at death, one of 0-27d, 28-364d, 1-4, 5-9, 10-14, "
		    "15-17; or link the child's record with linked_child_id)");
	if (usable(row, bad, p->jar_date) && !(bad >> p->jar_held & 1) &&
	    (!row[p->jar_held].present || !row[p->jar_held].i))
		rec_add(e, p->jar_held, "must be true when a joint agency response's date is given "
		    "(leave jar_date out if no joint agency response was held)");
}

/*
 * A username is what people type to log in and what the audit trail and the request log
 * name them by: lower-case letters, digits, '.', '-' and '_', so that it is typed one
 * way only and can never look like something else in a log line.
 */
static void
check_username(const struct plan *p, const struct field *row, uint32_t bad,
    struct rec_errors *e)
{
	const char *u;
	char shown[96];

	if (p->username < 0 || !usable(row, bad, p->username) || !(u = row[p->username].s))
		return;
	for (const char *c = u; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '.' ||
		    *c == '-' || *c == '_')) {
			rec_show_text(u, strlen(u), shown, sizeof shown);
			rec_add(e, p->username, "%s may hold only lower-case letters, digits, '.', "
			    "'-' and '_' (for example j.smith)", shown);
			return;
		}
}

/* Edits (insert, delete, change of one byte) turning a into b, for the nearest key. */
static size_t
distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), row[72];

	if (la > 70 || lb > 70)
		return 99;
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t up = row[j], best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	return row[lb];
}

/* The known key a mistyped one most likely meant: a few edits away, or the same name
 * without its "timescale." or "area." in front. NULL if none is near. */
static const char *
nearest_key(const char *key)
{
	int n;
	const struct ts_keydef *keys = ts_keys(&n);
	const char *best = NULL;
	size_t d, least = 4, klen = strlen(key);

	for (int i = 0; i < n; i++) {
		const char *dot = strchr(keys[i].name, '.');
		if (dot && klen && strcmp(dot + 1, key) == 0)
			return keys[i].name;
		if ((d = distance(key, keys[i].name)) < least)
			least = d, best = keys[i].name;
	}
	return best;
}

static void
unknown_key(const char *key, int col, struct rec_errors *e)
{
	const char *near = nearest_key(key);
	char shown[96], list[200] = "";
	int n;
	const struct ts_keydef *keys = ts_keys(&n);

	rec_show_text(key, strlen(key), shown, sizeof shown);
	if (near) {
		rec_add(e, col, "unknown setting %s (did you mean %s? 'safeguard settings list' "
		    "shows every setting, its meaning and its default)", shown, near);
		return;
	}
	for (int i = 0; i < n; i++)
		if (strncmp(keys[i].name, "timescale.", 10) != 0)
			snprintf(list + strlen(list), sizeof list - strlen(list), ", %s", keys[i].name);
	rec_add(e, col, "unknown setting %s (the settings are timescale.*%s; 'safeguard "
	    "settings list' shows every setting, its meaning and its default)", shown, list);
}

/* A number as safeguard writes it: no leading zeros or sign, one space between numbers. */
static void
plain_numbers(const struct ts_value *v, char *out, size_t size)
{
	size_t o = 0;

	out[0] = 0;
	for (int i = 0; i < v->n && o < size; i++)
		o += (size_t)snprintf(out + o, size - o, "%s%d", i ? " " : "", v->v[i]);
}

static void
check_setting(const struct plan *p, const struct field *row, uint32_t bad,
    struct rec_errors *e)
{
	int kc = p->key, vc = p->value, key, n;
	struct ts_value v;
	char why[300], plain[200], shown[96];

	if (kc < 0 || !usable(row, bad, kc) || !row[kc].s)
		return;
	if ((key = ts_key_index(row[kc].s)) < 0) {
		unknown_key(row[kc].s, kc, e);
		return;
	}
	if (!usable(row, bad, vc) || !row[vc].s)
		return;
	if (!ts_value_parse(key, row[vc].s, &v, why, sizeof why)) {
		rec_add(e, vc, "%s: %s", row[kc].s, why);
		return;
	}
	if (ts_keys(&n)[key].type != TS_INT && ts_keys(&n)[key].type != TS_INT_LIST)
		return;
	plain_numbers(&v, plain, sizeof plain);
	if (strcmp(plain, row[vc].s) != 0) {
		rec_show_text(row[vc].s, strlen(row[vc].s), shown, sizeof shown);
		rec_add(e, vc, "%s: %s is not written as safeguard writes numbers (write \"%s\": "
		    "no leading zeros or signs, one space between numbers)", row[kc].s, shown,
		    plain);
	}
}

/* A time of day (a column named *_time): HH:MM on the 24-hour clock, as a form's time
 * field and a meeting's invitation write it. */
static void
check_times(const struct plan *p, const struct field *row, uint32_t bad, struct rec_errors *e)
{
	char shown[96];

	for (int i = 0; p->times >> i; i++) {
		const char *s = row[i].s;
		if (!(p->times >> i & 1) || !usable(row, bad, i) || !s)
			continue;
		if (strlen(s) == 5 && s[2] == ':' && s[0] >= '0' && s[0] <= '2' && s[1] >= '0' &&
		    s[1] <= '9' && (s[0] < '2' || s[1] <= '3') && s[3] >= '0' && s[3] <= '5' &&
		    s[4] >= '0' && s[4] <= '9')
			continue;
		rec_show_text(s, strlen(s), shown, sizeof shown);
		rec_add(e, i, "%s is not a time of day (use HH:MM on the 24-hour clock, for "
		    "example 09:30 or 14:00)", shown);
	}
}

/* Training (issue 11, point 5): a booking is cancelled exactly when it has a cancellation
 * date, and a fee is an amount only where the fee applies. */
static void
check_booking(const struct table *t, const struct field *row, uint32_t bad,
    struct rec_errors *e)
{
	int st = records_col_index(t, "status"), cd = records_col_index(t, "cancelled_date");
	int fa = records_col_index(t, "fee_applies"), fp = records_col_index(t, "fee_pounds");
	int cancelled;

	if (strcmp(t->name, "training_bookings") != 0 || !usable(row, bad, st) || !row[st].s)
		return;
	cancelled = strcmp(row[st].s, "cancelled") == 0;
	if (cancelled && !row[cd].present)
		rec_add(e, cd, "a cancelled booking needs the date it was cancelled");
	else if (!cancelled && usable(row, bad, cd))
		rec_add(e, cd, "only a cancelled booking has a cancellation date: leave it out, or "
		    "give the status cancelled");
	if (usable(row, bad, fp) && row[fp].i > 0 && !(usable(row, bad, fa) && row[fa].i))
		rec_add(e, fp, "a fee is charged only where the fee applies: give fee_applies "
		    "true, or leave the amount out");
}

static int
check(const struct table *t, const struct field *row, int values, uint32_t unreadable,
    struct rec_errors *e)
{
	const struct plan *p = plan_of(t);
	int before = e->n;
	uint32_t bad = unreadable;

	check_columns(t, p, row, values, &bad, e);
	check_orders(t, p, row, bad, e);
	check_relationship(p, row, bad, e);
	check_action(p, row, bad, e);
	check_setting(p, row, bad, e);
	check_username(p, row, bad, e);
	check_times(p, row, bad, e);
	check_death(p, row, bad, e);
	check_booking(t, row, bad, e);
	return e->n - before;
}

int
rec_check_given(const struct table *t, const struct field *row, uint32_t unreadable,
    struct rec_errors *e)
{
	return check(t, row, 0, unreadable, e);
}

int
rec_check(const struct table *t, const struct field *row, struct rec_errors *e)
{
	return check(t, row, 1, 0, e);
}
