/*
 * page_login.c: logging in and out.
 *
 * A failed login says the same words whether the username exists or not, whether the
 * account is disabled or has no password yet, and takes as long either way (the hash is
 * computed for nothing when there is no account), so that the page tells nothing about
 * who has an account. Failures are counted per account and per address (throttle.c);
 * while an attempt must wait, the password is not even checked. Every login, failed
 * login and logout is written to the audit trail, a failed one with the username as it
 * was typed.
 */
#include "web/pages.h"

#include <stdio.h>
#include <string.h>

#include "auth/auth.h"
#include "base/str.h"
#include "web/html.h"
#include "web/web_int.h"

#define BAD_LOGIN "The username or password is not right. Check them and try again."

static void
login_form(struct web_req *r, const char *username, const char *next,
    const struct h_field_error *errs, int nerr)
{
	const char *csrf = web_login_csrf(r);
	const char *uerr = NULL, *perr = NULL;

	for (int i = 0; i < nerr; i++) {
		if (strcmp(errs[i].field, "username") == 0)
			uerr = errs[i].message;
		else
			perr = errs[i].message;
	}
	h_page_begin(r, nerr ? "Error: Log in" : "Log in", NAV_NONE);
	h(r, "<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-one-half\">");
	h_error_summary(r, errs, nerr);
	if (web_kv_get(&r->query, "expired"))
		h(r, "<div class=\"govuk-notification-banner\" role=\"region\" aria-labelledby=\""
		    "expired-title\" data-module=\"govuk-notification-banner\"><div class=\""
		    "govuk-notification-banner__header\"><h2 class=\"govuk-notification-banner__title\" "
		    "id=\"expired-title\">Important</h2></div><div class=\""
		    "govuk-notification-banner__content\"><p class=\"govuk-notification-banner__heading\">"
		    "Your session ended because safeguard was not used for %d minutes. Log in again "
		    "to carry on where you were.</p></div></div>", r->idle_minutes);
	if (web_kv_get(&r->query, "out"))
		h(r, "<div class=\"govuk-notification-banner govuk-notification-banner--success\" "
		    "role=\"region\" aria-labelledby=\"out-title\" data-module=\""
		    "govuk-notification-banner\"><div class=\"govuk-notification-banner__header\"><h2 "
		    "class=\"govuk-notification-banner__title\" id=\"out-title\">Success</h2></div>"
		    "<div class=\"govuk-notification-banner__content\"><p class=\""
		    "govuk-notification-banner__heading\">You have logged out.</p></div></div>");
	h(r, "<h1 class=\"govuk-heading-l\">Log in to safeguard</h1><form method=\"post\" "
	    "action=\"/login\" novalidate><input type=\"hidden\" name=\"csrf\" value=\"%s\">"
	    "<input type=\"hidden\" name=\"next\" value=\"%s\">", csrf ? csrf : "",
	    next ? next : "");
	h_input(r, &(struct h_input){"username", "Username", NULL, username, uerr, "text",
	    "username", "govuk-input--width-20"});
	h_input(r, &(struct h_input){"password", "Password", NULL, NULL, perr, "password",
	    "current-password", "govuk-input--width-20"});
	h(r, "<button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\">Log in"
	    "</button></form><p class=\"govuk-body\">If you have forgotten your password, ask the "
	    "system administrator to set a new one.</p></div></div>");
	h_page_end(r);
}

int
page_login(struct web_req *r)
{
	if (r->logged_in)
		return web_redirect(r, web_home(r->role));
	login_form(r, NULL, web_kv_get(&r->query, "next"), NULL, 0);
	return 0;
}

/* Checks the username and password; 1 when they are right and the account may log in. */
static int
credentials_ok(struct web_req *r, const char *username, const char *password,
    struct store_user *u)
{
	char hash[AUTH_HASH_MAX];
	int demo, found = store_user_find(r->st, username, u);

	if (found < 0)
		return -1;
	if (found == 1 && u->active && web_role_bit(u->role) &&
	    store_password_get(r->st, u->id, hash, sizeof hash, &demo) == 1) {
		if (!auth_password_verify(hash, password))
			return 0;
		if (auth_password_stale(hash) && auth_password_hash(password, hash) == 0)
			store_password_rehash(r->st, u->id, hash);
		return 1;
	}
	auth_password_waste(password);
	return 0;
}

static int
refuse_login(struct web_req *r, const char *username, const char *next, const char *message,
    int status)
{
	struct h_field_error e = {"username", message};

	r->status = status;
	login_form(r, username, next, &e, 1);
	return 0;
}

int
page_login_post(struct web_req *r)
{
	const char *username = web_kv_get(&r->form, "username");
	const char *password = web_kv_get(&r->form, "password");
	const char *next = web_kv_get(&r->form, "next");
	struct h_field_error errs[2];
	struct store_user u;
	int n = 0, wait, ok;

	if (!username || !*username || strlen(username) > 64 || strchr(username, '\n'))
		errs[n++] = (struct h_field_error){"username", "Enter your username"};
	if (!password || !*password)
		errs[n++] = (struct h_field_error){"password", "Enter your password"};
	if (n) {
		login_form(r, username && strlen(username) <= 64 ? username : NULL, next, errs, n);
		return 0;
	}
	if ((wait = web_throttle_wait(r->srv->throttle, username, r->addr, web_now())) > 0)
		return refuse_login(r, username, next, arena_printf(&r->arena, "There have been too "
		    "many attempts to log in with this username or from this computer. Wait %d "
		    "minute%s, then try again.", (wait + 59) / 60, wait > 60 ? "s" : ""), 429);
	if ((ok = credentials_ok(r, username, password, &u)) < 0)
		return -1;
	if (!ok) {
		web_throttle_failed(r->srv->throttle, username, r->addr, web_now());
		str_copy(r->user.username, sizeof r->user.username, username);
		web_audit(r, "login failed", NULL, 0, 0, "/login", NULL);
		return refuse_login(r, username, next, BAD_LOGIN, 200);
	}
	web_throttle_succeeded(r->srv->throttle, username);
	if (web_session_start(r, &u) < 0 || web_audit(r, "login", "users", u.id, 0, "/login",
	    NULL) < 0)
		return -1;
	return web_redirect(r, web_safe_next(r, next));
}

int
page_logout(struct web_req *r)
{
	if (web_audit(r, "logout", "users", r->user.id, 0, "/logout", NULL) < 0 ||
	    web_session_end(r) < 0)
		return -1;
	return web_redirect(r, "/login?out=1");
}

int
page_root(struct web_req *r)
{
	return web_redirect(r, web_home(r->role));
}
