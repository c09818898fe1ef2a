/*
 * page_account.c: the person's own account: who safeguard knows them as, and changing
 * their password. A new password ends every other session of theirs (someone who knew
 * the old one is shut out at once) and starts a new one here.
 */
#include "web/pages.h"

#include <string.h>

#include "auth/auth.h"
#include "web/html.h"
#include "web/web_int.h"

static void
account_page(struct web_req *r, const struct h_field_error *errs, int nerr, int changed)
{
	const char *cerr = NULL, *nerr_msg = NULL, *kerr = NULL;

	for (int i = 0; i < nerr; i++) {
		if (strcmp(errs[i].field, "current") == 0)
			cerr = errs[i].message;
		else if (strcmp(errs[i].field, "password") == 0)
			nerr_msg = errs[i].message;
		else
			kerr = errs[i].message;
	}
	h_page_begin(r, nerr ? "Error: Your account" : "Your account", NAV_ACCOUNT);
	h(r, "<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">");
	h_error_summary(r, errs, nerr);
	if (changed)
		h(r, "<div class=\"govuk-notification-banner govuk-notification-banner--success\" "
		    "role=\"alert\" aria-labelledby=\"done-title\" data-module=\""
		    "govuk-notification-banner\"><div class=\"govuk-notification-banner__header\"><h2 "
		    "class=\"govuk-notification-banner__title\" id=\"done-title\">Success</h2></div>"
		    "<div class=\"govuk-notification-banner__content\"><p class=\""
		    "govuk-notification-banner__heading\">Your password has been changed. Any other "
		    "session of yours has ended.</p></div></div>");
	h_heading(r, NULL, "Your account");
	h_summary_begin(r);
	h_summary_row(r, "Username", r->user.username);
	h_summary_row(r, "Name", arena_printf(&r->arena, "%s %s", r->user.given_name,
	    r->user.family_name));
	h_summary_row(r, "Role", web_role_name(r->role));
	h_summary_row(r, "Agency", r->user.agency_name);
	h_summary_row(r, "Team", r->user.team_name);
	h_summary_end(r);
	h(r, "<h2 class=\"govuk-heading-m\">Change your password</h2><form method=\"post\" "
	    "action=\"/account/password\" novalidate>");
	h_csrf(r);
	h_input(r, &(struct h_input){"current", "Your current password", NULL, NULL, cerr,
	    "password", "current-password", "govuk-input--width-20"});
	h_input(r, &(struct h_input){"password", "New password", "At least 10 characters. "
	    "Three or four unrelated words make a password that is strong and easy to remember.",
	    NULL, nerr_msg, "password", "new-password", "govuk-input--width-20"});
	h_input(r, &(struct h_input){"confirm", "New password again", NULL, NULL, kerr,
	    "password", "new-password", "govuk-input--width-20"});
	h(r, "<button type=\"submit\" class=\"govuk-button\">Change password</button></form>"
	    "</div></div>");
	h_page_end(r);
}

int
page_account(struct web_req *r)
{
	account_page(r, NULL, 0, web_kv_get(&r->query, "changed") != NULL);
	return 0;
}

int
page_account_password(struct web_req *r)
{
	const char *cur = web_kv_get(&r->form, "current"), *pw = web_kv_get(&r->form, "password");
	const char *again = web_kv_get(&r->form, "confirm");
	char hash[AUTH_HASH_MAX], why[300];
	struct h_field_error e[3];
	int n = 0, demo;

	if (store_password_get(r->st, r->user.id, hash, sizeof hash, &demo) < 0)
		return -1;
	if (!cur || !auth_password_verify(hash, cur))
		e[n++] = (struct h_field_error){"current", "Your current password is not right"};
	if (!pw || !auth_password_ok(pw, why, sizeof why))
		e[n++] = (struct h_field_error){"password", pw && *pw ?
		    arena_printf(&r->arena, "%c%s", why[0] - 'a' + 'A', why + 1) :
		    "Enter a new password"};
	else if (!again || strcmp(pw, again) != 0)
		e[n++] = (struct h_field_error){"confirm", "Type the new password again, the same"};
	if (n) {
		r->status = 200;
		account_page(r, e, n, 0);
		return 0;
	}
	if (auth_password_hash(pw, hash) < 0 ||
	    store_password_set(r->st, r->user.id, hash, NULL, 0) < 0 ||
	    web_audit(r, "change", "users", r->user.id, 0, "password changed", NULL) < 0 ||
	    web_session_start(r, &r->user) < 0)
		return -1;
	return web_redirect(r, "/account?changed=1");
}
