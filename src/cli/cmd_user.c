/*
 * cmd_user.c: the people who log in. safeguard user add, password, disable, list, token.
 *
 * A user is a record (records.c: username, role, the professional they are, active),
 * saved through the record layer like any other, with its audit entry; the password
 * hash and tokens are kept apart (store_users.c), never exported. A password is read
 * from the terminal without echo, typed twice, or as one line from standard input when
 * that is not a terminal (a script, a test); never from the command line, where other
 * users of the machine could read it in the process list.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "auth/auth.h"
#include "base/buf.h"
#include "base/esc.h"
#include "base/str.h"
#include "cli/commands.h"
#include "codes/codes.h"
#include "records/rec.h"
#include "store/store.h"
#include "store/store_users.h"

/* One line typed, without echo when it is a terminal. 0 when nothing could be read. */
static int
read_line(const char *prompt, char *out, size_t size)
{
	struct termios old, quiet;
	int tty = isatty(STDIN_FILENO), ok;

	if (tty) {
		fputs(prompt, stderr);
		tcgetattr(STDIN_FILENO, &old);
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
	}
	ok = fgets(out, (int)size, stdin) != NULL;
	if (tty) {
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
		fputc('\n', stderr);
	}
	if (ok)
		out[strcspn(out, "\r\n")] = '\0';
	return ok;
}

static int
ask_password(const struct cli_args *a, char *pw, size_t size)
{
	char again[AUTH_MAX_BYTES + 2], why[300];

	if (!read_line("New password: ", pw, size))
		return cli_fail(a, "no password was given (type it, or give it as one line on the "
		    "standard input)"), 0;
	if (!auth_password_ok(pw, why, sizeof why))
		return cli_fail(a, "%s", why), 0;
	if (isatty(STDIN_FILENO) && (!read_line("The same again: ", again, sizeof again) ||
	    strcmp(pw, again) != 0))
		return cli_fail(a, "the two passwords differ (nothing was changed; try again)"), 0;
	return 1;
}

static int
find_user(const struct cli_args *a, struct store *st, struct store_user *u)
{
	int rc = store_user_find(st, a->pos[0], u);

	if (rc < 0)
		return cli_fail(a, "%s", store_error(st)), 0;
	if (rc == 0)
		return cli_fail(a, "USERNAME: no user is called \"%s\" ('safeguard user list' lists "
		    "them)", a->pos[0]), 0;
	return 1;
}

static int
set_password(const struct cli_args *a, struct store *st, const struct store_user *u)
{
	char pw[AUTH_MAX_BYTES + 2], hash[AUTH_HASH_MAX];

	if (!ask_password(a, pw, sizeof pw))
		return CLI_BAD;
	if (auth_password_hash(pw, hash) < 0)
		return cli_fail(a, "the machine lacks the memory to hash the password");
	/* Recorded first, as every command records what it is about to do (cli_audit). */
	if (cli_audit(a, st, "change", "users", u->id, 0, "password set") != CLI_OK)
		return CLI_BAD;
	if (store_password_set(st, u->id, hash, NULL, 0) < 0)
		return cli_fail(a, "%s", store_error(st));
	printf("The password of %s is set; any session of theirs has ended.\n", u->username);
	return CLI_OK;
}

/* The user's record as a row of records.c, for the record layer. */
static void
user_row(const struct table *t, const struct store_user *u, struct field *row)
{
	memset(row, 0, sizeof *row * (size_t)t->ncols);
	row[records_col_index(t, "id")] = (struct field){1, u->id, NULL};
	row[records_col_index(t, "username")] = (struct field){1, 0, u->username};
	if (u->professional_id)
		row[records_col_index(t, "professional_id")] = (struct field){1, u->professional_id,
		    NULL};
	row[records_col_index(t, "role")] = (struct field){1, 0, u->role};
	row[records_col_index(t, "active")] = (struct field){1, u->active, NULL};
	if (!u->id)
		row[0].present = 0;
}

static int
save_user(const struct cli_args *a, struct store *st, struct store_user *u)
{
	const struct table *t = records_table("users");
	struct field row[16];
	struct rec_errors e;
	struct rec_actor who;

	cli_actor(a, &who);
	user_row(t, u, row);
	rec_errors_clear(&e);
	if (rec_save(st, &who, t, row, &e) < 0) {
		for (int i = 0; i < e.n && i < REC_MAX_ERRORS; i++)
			cli_fail(a, "%s%s%s", e.v[i].col >= 0 ? t->cols[e.v[i].col].name : "",
			    e.v[i].col >= 0 ? ": " : "", e.v[i].message);
		return 0;
	}
	u->id = row[0].i;
	return 1;
}

static int
role_ok(const struct cli_args *a, const char *role)
{
	const struct code_list *l = codes_list("user_role");
	char list[400] = "";
	size_t used = 0;

	if (codes_index(l, role) >= 0)
		return 1;
	for (int i = 0; i < l->n && used < sizeof list; i++)
		used += (size_t)snprintf(list + used, sizeof list - used, "%s%s", i ? ", " : "",
		    l->codes[i].code);
	return cli_fail(a, "--role: \"%s\" is not a role (use one of %s)", role, list), 0;
}

int
cmd_user_add(const struct cli_args *a)
{
	const char *role = cli_value(a, "--role"), *prof = cli_value(a, "--professional");
	struct store_user u;
	long long pid = 0;
	struct store *st;
	int rc;

	if (auth_init() < 0)
		return cli_fail(a, "cannot start libsodium");
	if (!role)
		return cli_fail(a, "--role is needed (what the user does: 'safeguard help user add')");
	if (!role_ok(a, role) || (prof && !cli_id(a, "--professional", prof, &pid)))
		return CLI_BAD;
	if (!(st = cli_open_store(a, 0)))
		return CLI_BAD;
	if ((rc = store_user_find(st, a->pos[0], &u)) != 0) {
		rc = rc < 0 ? cli_fail(a, "%s", store_error(st)) : cli_fail(a, "USERNAME: there is "
		    "already a user called %s (choose another username)", a->pos[0]);
		store_close(st);
		return rc;
	}
	memset(&u, 0, sizeof u);
	str_copy(u.username, sizeof u.username, a->pos[0]);
	str_copy(u.role, sizeof u.role, role);
	u.professional_id = pid;
	u.active = 1;
	rc = save_user(a, st, &u) ? CLI_OK : CLI_BAD;
	if (rc == CLI_OK)
		printf("Added %s (%s). Give them a password with 'safeguard user password %s'.\n",
		    u.username, role, u.username);
	if (rc == CLI_OK && cli_flag(a, "--password-stdin"))
		rc = set_password(a, st, &u);
	store_close(st);
	return rc;
}

int
cmd_user_password(const struct cli_args *a)
{
	struct store_user u;
	struct store *st = cli_open_store(a, 0);
	int rc = CLI_BAD;

	if (!st)
		return CLI_BAD;
	if (auth_init() == 0 && find_user(a, st, &u))
		rc = set_password(a, st, &u);
	store_close(st);
	return rc;
}

int
cmd_user_disable(const struct cli_args *a)
{
	struct store_user u;
	struct store *st = cli_open_store(a, 0);
	int rc = CLI_BAD;

	if (!st)
		return CLI_BAD;
	if (find_user(a, st, &u)) {
		u.active = 0;
		if (save_user(a, st, &u) && store_sessions_end_user(st, u.id) == 0) {
			printf("%s can no longer log in; their sessions and API tokens are ended.\n",
			    u.username);
			rc = CLI_OK;
		}
	}
	store_close(st);
	return rc;
}

struct list_ctx {
	struct store *st;
	int json, n;
	struct buf out;
};

static void
list_json(struct list_ctx *c, const struct store_user *u, const char *name, int has, int demo)
{
	buf_adds(&c->out, c->n ? ",\n" : "\n");
	buf_adds(&c->out, "{\"id\":");
	buf_printf(&c->out, "%lld,\"username\":", (long long)u->id);
	esc_json(&c->out, u->username);
	buf_adds(&c->out, ",\"role\":");
	esc_json(&c->out, u->role);
	buf_adds(&c->out, ",\"professional_id\":");
	if (u->professional_id)
		buf_printf(&c->out, "%lld", (long long)u->professional_id);
	else
		buf_adds(&c->out, "null");
	buf_adds(&c->out, ",\"name\":");
	esc_json(&c->out, *name ? name : NULL);
	buf_adds(&c->out, ",\"agency\":");
	esc_json(&c->out, *u->agency_name ? u->agency_name : NULL);
	buf_printf(&c->out, ",\"active\":%s,\"password_set\":%s,\"demo_password\":%s}",
	    u->active ? "true" : "false", has ? "true" : "false", demo ? "true" : "false");
}

static int
list_one(void *p, const struct store_user *u)
{
	struct list_ctx *c = p;
	char hash[AUTH_HASH_MAX], name[220];
	int demo = 0, has = store_password_get(c->st, u->id, hash, sizeof hash, &demo) == 1;

	snprintf(name, sizeof name, "%s%s%s", u->given_name, *u->given_name ? " " : "",
	    u->family_name);
	if (c->json) {
		list_json(c, u, name, has, demo);
	} else {
		if (c->n == 0)
			printf("%-24s %-15s %-26s %-6s %s\n", "USERNAME", "ROLE", "NAME", "ACTIVE",
			    "PASSWORD");
		printf("%-24s %-15s %-26.26s %-6s %s\n", u->username, u->role, *name ? name : "-",
		    u->active ? "yes" : "no", !has ? "not set" : demo ? "demo" : "set");
	}
	c->n++;
	return 0;
}

int
cmd_user_list(const struct cli_args *a)
{
	const char *role = cli_value(a, "--role");
	struct list_ctx c = {NULL, cli_flag(a, "--json"), 0, {0}};
	int rc;

	if (role && !role_ok(a, role))
		return CLI_BAD;
	if (!(c.st = cli_open_store(a, 0)))
		return CLI_BAD;
	buf_init(&c.out, 1u << 26);
	rc = store_user_each(c.st, role, list_one, &c);
	if (rc < 0) {
		rc = cli_fail(a, "%s", store_error(c.st));
	} else if (c.json) {
		printf("{\"users\":[%s%s]}\n", buf_str(&c.out), c.n ? "\n" : "");
		rc = CLI_OK;
	} else {
		if (!c.n)
			printf("No users%s%s.\n", role ? " of role " : "", role ? role : "");
		rc = CLI_OK;
	}
	buf_free(&c.out);
	store_close(c.st);
	return rc;
}

int
cmd_user_token(const struct cli_args *a)
{
	char token[AUTH_TOKEN_HEX];
	unsigned char d[AUTH_DIGEST_BYTES];
	struct store_user u;
	struct store *st = cli_open_store(a, 0);
	int64_t id;
	int rc = CLI_BAD;

	if (!st)
		return CLI_BAD;
	if (auth_init() == 0 && find_user(a, st, &u)) {
		if (!u.active) {
			rc = cli_fail(a, "%s is disabled: a token of theirs would not work", u.username);
		} else {
			auth_token_new(token);
			auth_token_digest(token, d);
			if (cli_audit(a, st, "change", "users", u.id, 0, "API token made") != CLI_OK) {
				rc = CLI_BAD;
			} else if (store_token_add(st, u.id, d, sizeof d, (int64_t)time(NULL), &id) < 0) {
				rc = cli_fail(a, "%s", store_error(st));
			} else {
				printf("%s\n", token);
				fprintf(stderr, "An API token for %s (token %lld). It is shown once, now: "
				    "send it as 'Authorization: Bearer TOKEN'. It acts as %s, with their "
				    "role, until they are disabled.\n", u.username, (long long)id,
				    u.username);
				rc = CLI_OK;
			}
		}
	}
	store_close(st);
	return rc;
}
