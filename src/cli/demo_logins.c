/*
 * demo_logins.c: one login per role for the demo area.
 *
 * The demo's users are its professionals (src/demo/); the first user of each role is
 * given a random password, printed by 'safeguard demo' and by 'safeguard serve' for as
 * long as it is unchanged, so that a newcomer can log in as every role on the first
 * morning. Such a password is known to whoever saw it printed, so 'serve' refuses to
 * listen beyond this machine until every one has been changed (web/server.c). The
 * passwords are random, not fixed in the source, so no two demo stores share them; as
 * the store keeps them in clear until they change, they are hashed at the lowest cost,
 * and again at full cost at the first login.
 */
#include "cli/demo_logins.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "auth/auth.h"
#include "codes/codes.h"
#include "store/store.h"
#include "store/store_users.h"

/* The first user of a role (the lowest id: the demo's users of each role are made in
 * order, and the first are given work on the first morning); for partner
 * practitioners, the first of each kind of agency the tests and newcomers try. */
static const char *const partner_kinds[] = {"police", "health_visiting", "school", "gp"};
#define NKINDS (sizeof partner_kinds / sizeof partner_kinds[0])

struct first {
	struct store_user u[NKINDS];
	int found[NKINDS];
	int partner;
};

static int
take_first(void *ctx, const struct store_user *u)
{
	struct first *f = ctx;
	size_t k = 0;

	if (!u->active)
		return 0;
	if (f->partner)
		for (k = 0; k < NKINDS && strcmp(u->agency_kind, partner_kinds[k]) != 0; k++)
			;
	if (k < NKINDS && (!f->found[k] || u->id < f->u[k].id)) {
		f->u[k] = *u;
		f->found[k] = 1;
	}
	return 0;
}

/* "kq7m-x3wd-p9tf": 60 random bits in letters and digits that cannot be mistaken for
 * one another (no 0, o, 1, l, i). */
static void
new_password(char out[16])
{
	static const char alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";

	for (int i = 0; i < 14; i++)
		out[i] = i % 5 == 4 ? '-' :
		    alphabet[randombytes_uniform((uint32_t)(sizeof alphabet - 1))];
	out[14] = '\0';
}

static int
print_one(void *ctx, const struct store_user *u, const char *password)
{
	int *n = ctx;
	const char *words = codes_label(codes_list("user_role"), u->role);

	if ((*n)++ == 0)
		printf("Log in at http://127.0.0.1:8080/ as each role (change a password with "
		    "'safeguard user password USERNAME'):\n");
	printf("  %-36s %-14s %s%s%s%s\n", words ? words : u->role, u->username, password,
	    *u->agency_name ? " (" : "", u->agency_name, *u->agency_name ? ")" : "");
	return 0;
}

int
cli_demo_logins_print(struct store *st)
{
	int n = 0;

	store_demo_logins(st, print_one, &n);
	return n;
}

int
cli_demo_logins(const struct cli_args *a, struct store *st)
{
	const struct code_list *roles = codes_list("user_role");
	char pw[16], hash[AUTH_HASH_MAX];

	if (auth_init() < 0)
		return cli_fail(a, "cannot start libsodium"), -1;
	for (int i = 0; i < roles->n; i++) {
		struct first f;
		memset(&f, 0, sizeof f);
		f.partner = strcmp(roles->codes[i].code, "partner") == 0;
		if (store_user_each(st, roles->codes[i].code, take_first, &f) < 0)
			return cli_fail(a, "%s", store_error(st)), -1;
		for (size_t k = 0; k < NKINDS; k++) {
			if (!f.found[k])
				continue;
			new_password(pw);
			if (auth_password_hash_light(pw, hash) < 0 ||
			    store_password_set(st, f.u[k].id, hash, pw, 0) < 0)
				return cli_fail(a, "cannot set the demo's passwords: %s",
				    store_error(st)), -1;
		}
	}
	cli_demo_logins_print(st);
	return 0;
}
