/*
 * cmd_audit.c: the audit trail at the command line.
 *
 *   audit verify              walks the whole chain: it holds, or the first entry that
 *                             was changed, removed or slipped in (exit status 1)
 *   audit show [filters]      entries newest first, as a table or JSON
 *   test-audit-bench          appends made-up views to a new store, to time the trail
 *
 * and cli_audit, the one entry a command writes for what it did to the store (an export,
 * a backup, a restore). At a terminal there is no login: the person is the one the
 * system says is running the command ($USER), with user id 0, role "command" and address
 * "terminal"; whoever can run commands can read the file anyway, so this records, it
 * does not authenticate.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/buf.h"
#include "base/esc.h"
#include "base/mem.h"
#include "base/str.h"
#include "cli/commands.h"
#include "store/store.h"

int
cli_audit(const struct cli_args *a, struct store *st, const char *action, const char *table,
    int64_t record_id, int64_t child_id, const char *what)
{
	struct audit_entry e;

	memset(&e, 0, sizeof e);
	cli_audit_actor(a, &e);
	e.action = action;
	e.table = table;
	e.record_id = record_id;
	e.child_id = child_id;
	e.what = what;
	if (store_audit_append(st, &e, 1) == 0)
		return CLI_OK;
	return cli_fail(a, "the audit trail cannot record this %s, so it was not done: %s", action,
	    store_error(st));
}

/* The first or the last entry's time, into at ("" when the trail is empty). */
static int
keep_at(void *ctx, const struct audit_entry *e)
{
	snprintf(ctx, 32, "%s", e->at);
	return 1;
}

static int
edge_at(struct store *st, int newest, char at[32])
{
	struct audit_filter f = {0};

	f.newest_first = newest;
	f.limit = 1;
	at[0] = 0;
	return store_audit_scan(st, &f, keep_at, at) < 0 ? -1 : 0;
}

static int
report_sound(const struct cli_args *a, struct store *st, const struct audit_verdict *v)
{
	char first[32], last[32], hex[2 * STORE_AUDIT_HASH + 1];
	int64_t head;

	if (edge_at(st, 0, first) < 0 || edge_at(st, 1, last) < 0 ||
	    store_audit_head(st, &head, hex) < 0)
		return cli_fail(a, "%s", store_error(st));
	if (v->entries == 0) {
		printf("the audit trail holds: it has no entries yet\n");
		return CLI_OK;
	}
	printf("the audit trail holds: %lld entr%s, from %s to %s\n", (long long)v->entries,
	    v->entries == 1 ? "y" : "ies", first, last);
	printf("last entry %lld, hash %s (a copy kept elsewhere shows later whether the trail "
	    "was cut short or rewritten)\n", (long long)head, hex);
	return CLI_OK;
}

int
cmd_audit_verify(const struct cli_args *a)
{
	struct store *st = cli_open_store(a, 0);
	struct audit_verdict v;
	int rc;

	if (!st)
		return CLI_BAD;
	rc = store_audit_verify(st, &v);
	if (rc < 0)
		rc = cli_fail(a, "%s", store_error(st));
	else if (rc == 0)
		rc = report_sound(a, st, &v);
	else {
		printf("the audit trail does not hold: ");
		cli_put_clean(stdout, v.problem);
		if (v.first_bad == 2)
			printf("\n  the entry before it holds;");
		else if (v.first_bad > 2)
			printf("\n  the %lld entries before it hold;", (long long)(v.first_bad - 1));
		else
			printf("\n ");
		printf(" compare the trail with a backup to see what was done, and find out who "
		    "could write to the store\n");
		rc = CLI_FINDINGS;
	}
	store_close(st);
	return rc;
}

struct show {
	int json;
	long shown, limit;
	int more;	/* an entry past the limit was found */
};

/*
 * A cell of the table: s cleaned for the terminal, on one line, and with a width, cut
 * to that many characters (not bytes: a name in UTF-8 keeps its letters whole) and padded.
 */
static void
cell(const char *s, int width)
{
	struct buf b;
	const char *p;
	int chars = 0;

	buf_init(&b, 1u << 16);
	cli_clean(&b, s ? s : "-");
	for (char *q = b.p; q && *q; q++)
		if (*q == '\n')
			*q = ' ';
	p = buf_str(&b);
	if (width == 0) {
		fputs(p, stdout);
		buf_free(&b);
		return;
	}
	for (int n; *p && chars < width; p += n, chars++) {
		n = str_utf8_seq(p);
		fwrite(p, 1, (size_t)n, stdout);
	}
	printf("%*s  ", width - chars, "");
	buf_free(&b);
}

static void
text_entry(const struct audit_entry *e)
{
	char at[20], record[48] = "-", child[24] = "-";

	/* "2026-12-02T09:15:02.123456Z" reads as "2026-12-02 09:15:02" in a table. */
	snprintf(at, sizeof at, "%.10s %.8s", e->at, e->at + 11);
	if (e->table)
		snprintf(record, sizeof record, "%.30s %lld", e->table, (long long)e->record_id);
	if (e->child_id)
		snprintf(child, sizeof child, "%lld", (long long)e->child_id);
	printf("%8lld  %s  ", (long long)e->id, at);
	cell(e->username, 14);
	cell(e->address, 15);
	cell(e->action, 10);
	printf("%-7s  %-20s  ", child, record);
	cell(e->what, 0);
	if (e->reason) {
		printf(" (reason: ");
		cell(e->reason, 0);
		printf(")");
	}
	printf("\n");
}

static void
json_field(const char *key, const char *v)
{
	printf(", \"%s\": ", key);
	esc_json_file(stdout, v);
}

static void
json_entry(const struct audit_entry *e, int first)
{
	printf("%s\n  {\"id\": %lld, \"at\": ", first ? "" : ",", (long long)e->id);
	esc_json_file(stdout, e->at);
	printf(", \"user_id\": %lld", (long long)e->user_id);
	json_field("username", e->username);
	json_field("role", e->role);
	json_field("address", e->address);
	json_field("action", e->action);
	json_field("table", e->table);
	printf(", \"record_id\": %lld, \"child_id\": %lld", (long long)e->record_id,
	    (long long)e->child_id);
	json_field("what", e->what);
	json_field("reason", e->reason);
	json_field("detail", e->detail);
	printf("}");
}

static int
show_one(void *ctx, const struct audit_entry *e)
{
	struct show *s = ctx;

	if (s->shown == s->limit) {
		s->more = 1;
		return 1;
	}
	if (s->json)
		json_entry(e, s->shown == 0);
	else {
		if (s->shown == 0)
			printf("%8s  %-19s  %-14s  %-15s  %-10s  %-7s  %-20s  %s\n", "entry",
			    "at (UTC)", "who", "from", "action", "child", "record", "what");
		text_entry(e);
	}
	s->shown++;
	return 0;
}

/* --from and --to: days, the first not after the second. 1, or 0 after saying why. */
static int
read_days(const struct cli_args *a, struct audit_filter *f)
{
	int from = 0, to = 0;

	f->from = cli_value(a, "--from");
	f->to = cli_value(a, "--to");
	if ((f->from && !cli_date(a, "--from", f->from, &from)) ||
	    (f->to && !cli_date(a, "--to", f->to, &to)))
		return 0;
	if (f->from && f->to && from > to) {
		cli_fail(a, "--from %s is after --to %s (give the earlier day first)", f->from, f->to);
		return 0;
	}
	return 1;
}

/* The filter of the options; 1, or 0 after saying what is wrong. */
static int
read_filter(const struct cli_args *a, struct store *st, struct audit_filter *f, long *limit)
{
	const char *child = cli_value(a, "--child"), *n = cli_value(a, "--limit");
	int64_t v;

	memset(f, 0, sizeof *f);
	f->newest_first = 1;
	f->username = cli_value(a, "--user");
	f->action = cli_value(a, "--action");
	if (f->username && !*f->username)
		return cli_fail(a, "--user: the username is empty (give one, e.g. --user jsmith)"), 0;
	if (f->action && !*f->action)
		return cli_fail(a, "--action: the action is empty (give one, e.g. --action view)"), 0;
	if (n && (!str_to_i64(n, &v) || v < 1 || v > 10000000))
		return cli_fail(a, "--limit: \"%s\" is not a number of entries (use a whole number "
		    "from 1 to 10000000)", n), 0;
	*limit = n ? (long)v : 100;
	f->limit = *limit + 1;	/* one more, to say whether there were more */
	if (!read_days(a, f))
		return 0;
	return !child || cli_child(a, st, "--child", child, &f->child_id);
}

int
cmd_audit_show(const struct cli_args *a)
{
	struct store *st = cli_open_store(a, 0);
	struct audit_filter f;
	struct show s = {cli_flag(a, "--json"), 0, 0, 0};
	int rc = CLI_OK;

	if (!st)
		return CLI_BAD;
	if (!read_filter(a, st, &f, &s.limit)) {
		store_close(st);
		return CLI_BAD;
	}
	if (s.json)
		printf("{\"entries\": [");
	if (store_audit_scan(st, &f, show_one, &s) < 0)
		rc = cli_fail(a, "%s", store_error(st));
	else if (s.json)
		printf("%s], \"more\": %s}\n", s.shown ? "\n" : "", s.more ? "true" : "false");
	else if (s.shown == 0)
		printf("no audit entry is of those you asked for\n");
	else if (s.more)
		printf("(the %ld newest of those asked for; --limit N shows more)\n", s.limit);
	store_close(st);
	return rc;
}

static double
seconds(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int
bench_opts(const struct cli_args *a, long *entries, long *batch)
{
	const char *n = cli_value(a, "--entries"), *b = cli_value(a, "--batch");
	int64_t v;

	*entries = 100000;
	*batch = 100;
	if (n && (!str_to_i64(n, &v) || v < 1 || v > 100000000))
		return cli_fail(a, "--entries: \"%s\" is not a number of entries (use a whole "
		    "number from 1 to 100000000)", n), 0;
	if (n)
		*entries = (long)v;
	if (b && (!str_to_i64(b, &v) || v < 1 || v > 100000))
		return cli_fail(a, "--batch: \"%s\" is not a batch size (use a whole number from 1 "
		    "to 100000)", b), 0;
	if (b)
		*batch = (long)v;
	return 1;
}

/* Made-up views, as the web server would hand them over: a batch a transaction. */
int
cmd_audit_bench(const struct cli_args *a)
{
	long entries, batch, done = 0;
	struct audit_entry *v;
	struct store *st;
	double t0, took;

	if (!bench_opts(a, &entries, &batch))
		return CLI_BAD;
	if (store_exists(a->db))
		return cli_fail(a, "%s exists: the bench fills the audit trail of a new store with "
		    "made-up views (name a new one with --db FILE)", a->db);
	if (!(st = cli_open_store(a, 1)))
		return CLI_BAD;
	v = xcalloc((size_t)batch, sizeof *v);
	t0 = seconds();
	while (done < entries) {
		size_t n = (size_t)(entries - done < batch ? entries - done : batch);
		for (size_t i = 0; i < n; i++) {
			v[i] = (struct audit_entry){.user_id = 7, .username = "jsmith",
			    .role = "social_worker", .address = "192.0.2.10", .action = "view",
			    .table = "children", .record_id = 1 + (done + (long)i) % 5000,
			    .child_id = 1 + (done + (long)i) % 5000, .what = "/children/1234"};
		}
		if (store_audit_append(st, v, n) < 0)
			break;
		done += (long)n;
	}
	took = seconds() - t0;
	xfree(v);
	if (done < entries)
		cli_fail(a, "%s", store_error(st));
	else
		printf("appended %ld view entries in batches of %ld in %.2f s: %.0f entries a "
		    "second\n", done, batch, took, (double)done / took);
	store_close(st);
	return done < entries ? CLI_BAD : CLI_OK;
}
