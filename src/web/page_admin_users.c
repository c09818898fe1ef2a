/*
 * page_admin_users.c: the administrator's pages of users: the list, a new user, and a
 * user's page where their role, professional record and whether they may log in are
 * changed and a new password set. A user is a record (records.c users), saved through
 * the record layer with its audit entry; a password is set beside it (store_users.c).
 * Disabling a user, or giving them a new password, ends their sessions at once.
 */
#include "web/pages.h"

#include <string.h>

#include "auth/auth.h"
#include "codes/codes.h"
#include "web/admin.h"
#include "web/form.h"
#include "web/snapshot.h"
#include "web/web_int.h"

/* What the form of a new user sends; a new user may log in from the start (active is set,
 * not read: the form has no such field, and reading it would find it missing). */
static const char *const user_cols[] = {"username", "role", "professional_id", NULL};

struct list_ctx {
	struct web_req *r;
	int n;
};

static int
user_row(void *p, const struct store_user *u)
{
	struct list_ctx *c = p;
	char hash[AUTH_HASH_MAX];
	int demo = 0, has = store_password_get(c->r->st, u->id, hash, sizeof hash, &demo) == 1;

	c->n++;
	h(c->r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"><a class=\""
	    "govuk-link\" href=\"/admin/users/%lld\">%s</a></td><td class=\"govuk-table__cell\">%s "
	    "%s</td><td class=\"govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s</td>"
	    "<td class=\"govuk-table__cell\">%s</td></tr>", (long long)u->id, u->username,
	    u->given_name, u->family_name, web_role_name(web_role_bit(u->role)), u->agency_name,
	    !u->active ? "Disabled" : !has ? "No password yet" : demo ? "Demo password" : "Active");
	return 0;
}

int
page_admin_users(struct web_req *r)
{
	struct list_ctx c = {r, 0};

	h_page_begin(r, "Users", NAV_ADMIN);
	admin_back(r);
	h_heading(r, "Administration", "Users");
	h(r, "<a class=\"govuk-button\" href=\"/admin/users/new\">Add a user</a>"
	    "<table class=\"govuk-table\"><caption class=\"govuk-visually-hidden\">Users</caption>"
	    "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" "
	    "class=\"govuk-table__header\">Username</th><th "
	    "scope=\"col\" class=\"govuk-table__header\">Name</th><th scope=\"col\" class=\""
	    "govuk-table__header\">Role</th><th scope=\"col\" class=\"govuk-table__header\">Agency"
	    "</th><th scope=\"col\" class=\"govuk-table__header\">State</th></tr></thead><tbody "
	    "class=\"govuk-table__body\">");
	if (store_user_each(r->st, NULL, user_row, &c) < 0)
		return -1;
	h(r, "</tbody></table>");
	h_page_end(r);
	return 0;
}

/* The select of the area's professionals, by family name. */
static void
professional_select(struct web_req *r, const char *value, const char *error)
{
	struct web_snapshot *s = web_snapshot_get(r);
	const char **options;
	size_t n = 0;

	if (!s)
		return;
	options = arena_alloc(&r->arena, sizeof *options * (2 * s->a.n_professionals + 4));
	if (!options) {
		web_snapshot_put(s);
		return;
	}
	options[n++] = "";
	options[n++] = "None";
	for (size_t i = 0; i < s->a.n_professionals; i++) {
		const struct m_professional *p = &s->a.professionals[i];
		const struct m_agency *g = m_agency(&s->a, p->agency_id);
		options[n++] = arena_printf(&r->arena, "%lld", (long long)p->id);
		options[n++] = arena_printf(&r->arena, "%s %s, %s", p->given_name ? p->given_name :
		    "", p->family_name ? p->family_name : "", g && g->name ? g->name : "");
	}
	options[n] = NULL;
	h_select(r, "professional_id", "The person (their professional record)", error, options,
	    value);
	web_snapshot_put(s);
}

static void
role_select(struct web_req *r, const char *value, const char *error)
{
	const struct code_list *l = codes_list("user_role");
	const char **options = arena_alloc(&r->arena, sizeof *options * (2 * (size_t)l->n + 1));

	if (!options)
		return;
	for (int i = 0; i < l->n; i++) {
		options[2 * i] = l->codes[i].code;
		options[2 * i + 1] = web_role_name(web_role_bit(l->codes[i].code));
	}
	options[2 * l->n] = NULL;
	h_select(r, "role", "Role", error, options, value);
}

static void
user_fields(struct web_req *r, const struct web_form *f, int is_new, const char *pwerr)
{
	if (is_new)
		h_input(r, &(struct h_input){"username", "Username", "Lower-case letters, digits, "
		    "'.', '-' and '_', for example j.smith", web_form_value(r, f, "username"),
		    web_form_error(f, "username"), "text", "off", "govuk-input--width-20"});
	role_select(r, web_form_value(r, f, "role"), web_form_error(f, "role"));
	professional_select(r, web_form_value(r, f, "professional_id"),
	    web_form_error(f, "professional_id"));
	if (!is_new) {
		static const char *const active[] = {"1", "May log in", "0", "Disabled", NULL};
		h_select(r, "active", "State", web_form_error(f, "active"), active,
		    web_form_value(r, f, "active"));
	}
	h_input(r, &(struct h_input){"password", is_new ? "Password" : "New password",
	    is_new ? "At least 10 characters. Leave empty to set one later." : "Leave empty to "
	    "keep the present one. Setting one ends the user's sessions.", NULL, pwerr,
	    "password", "new-password", "govuk-input--width-20"});
}

static void
user_form(struct web_req *r, const struct web_form *f, int64_t id, const char *pwerr,
    int saved)
{
	struct h_field_error e[REC_MAX_ERRORS + 1];
	int n = web_form_errors(r, f, e, REC_MAX_ERRORS);

	if (pwerr)
		e[n++] = (struct h_field_error){"password", pwerr};
	h_page_begin(r, n ? "Error: User" : id ? "User" : "Add a user", NAV_ADMIN);
	h(r, "<a class=\"govuk-back-link\" href=\"/admin/users\">Users</a>");
	h_error_summary(r, e, n);
	if (saved)
		admin_saved_banner(r);
	h_heading(r, "Administration", id ? "User" : "Add a user");
	if (id)
		h(r, "<form method=\"post\" action=\"/admin/users/%lld\" novalidate>", (long long)id);
	else
		h(r, "<form method=\"post\" action=\"/admin/users\" novalidate>");
	h_csrf(r);
	if (id)
		h(r, "<p class=\"govuk-body\">Username: <strong>%s</strong></p>",
		    web_form_value(r, f, "username"));
	user_fields(r, f, id == 0, pwerr);
	h(r, "<button type=\"submit\" class=\"govuk-button\">%s</button></form>",
	    id ? "Save" : "Add the user");
	h_page_end(r);
}

int
page_admin_user_new(struct web_req *r)
{
	struct web_form f;

	web_form_init(&f, "users");
	user_form(r, &f, 0, NULL, 0);
	return 0;
}

/* Checks and sets the password typed, if one was: 0, or 1 with *err to show. */
static int
password_of(struct web_req *r, const char **err, char hash[AUTH_HASH_MAX])
{
	const char *pw = web_kv_get(&r->form, "password");
	char why[300];

	*err = NULL;
	hash[0] = '\0';
	if (!pw || !*pw)
		return 0;
	if (!auth_password_ok(pw, why, sizeof why)) {
		*err = arena_printf(&r->arena, "Password: %s", why);
		return 1;
	}
	return auth_password_hash(pw, hash) < 0 ? (*err = "The password could not be hashed: "
	    "try again", 1) : 0;
}

static int
save_password(struct web_req *r, int64_t id, const char *hash)
{
	if (!hash[0])
		return 0;
	if (store_password_set(r->st, id, hash, NULL, 0) < 0)
		return -1;
	return web_audit(r, "change", "users", id, 0, "password set", NULL);
}

int
page_admin_user_add(struct web_req *r)
{
	struct web_form f;
	const char *pwerr;
	char hash[AUTH_HASH_MAX];

	web_form_init(&f, "users");
	web_form_set_int(&f, "active", 1);
	web_form_read(r, &f, user_cols);
	if (password_of(r, &pwerr, hash) || f.e.n || web_form_save(r, &f) < 0) {
		user_form(r, &f, 0, pwerr, 0);
		return 0;
	}
	if (save_password(r, f.row[0].i, hash) < 0)
		return -1;
	return web_redirect(r, arena_printf(&r->arena, "/admin/users/%lld?saved=1",
	    (long long)f.row[0].i));
}

static int
load(struct web_req *r, struct web_form *f, struct store_user *u)
{
	int rc = store_user_get(r->st, r->ids[0], u);

	if (rc <= 0)
		return rc < 0 ? -1 : (web_not_found(r), 0);
	web_form_init(f, "users");
	web_form_set_int(f, "id", u->id);
	web_form_set_text(f, "username", u->username);
	web_form_set_text(f, "role", u->role);
	if (u->professional_id)
		web_form_set_int(f, "professional_id", u->professional_id);
	web_form_set_int(f, "active", u->active);
	return 1;
}

int
page_admin_user(struct web_req *r)
{
	struct web_form f;
	struct store_user u;
	int rc = load(r, &f, &u);

	if (rc <= 0)
		return rc;
	user_form(r, &f, u.id, NULL, web_kv_get(&r->query, "saved") != NULL);
	return 0;
}

int
page_admin_user_save(struct web_req *r)
{
	static const char *const cols[] = {"role", "professional_id", "active", NULL};
	struct web_form f;
	struct store_user u;
	const char *pwerr;
	char hash[AUTH_HASH_MAX];
	int rc = load(r, &f, &u);

	if (rc <= 0)
		return rc;
	web_form_read(r, &f, cols);
	if (password_of(r, &pwerr, hash) || f.e.n || web_form_save(r, &f) < 0) {
		user_form(r, &f, u.id, pwerr, 0);
		return 0;
	}
	if ((!f.row[records_col_index(f.t, "active")].i &&
	    store_sessions_end_user(r->st, u.id) < 0) || save_password(r, u.id, hash) < 0)
		return -1;
	return web_redirect(r, arena_printf(&r->arena, "/admin/users/%lld?saved=1",
	    (long long)u.id));
}
