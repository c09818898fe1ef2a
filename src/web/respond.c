/*
 * respond.c: the headers every response carries, redirects, and the error pages.
 *
 * Headers (product.md 7): a Content-Security-Policy that allows scripts, styles, fonts
 * and images from this server only (no inline script or style anywhere, so none is
 * allowed) and no framing; nosniff; no Referer sent anywhere, so no address of ours (a
 * child's record id) leaks to another site; HSTS under HTTPS; and Cache-Control: no-store
 * on everything but the assets, so that no page holding a child's details is kept by the
 * browser, and the back button after logging out shows nothing.
 *
 * An error is a page a person can act on (what happened, what to do), or for the API a
 * JSON object {"error": "..."}; never a stack trace or a message of the store's.
 */
#include "web/web_int.h"

#include <string.h>

#include "web/assets.h"
#include "web/html.h"
#include "web/jsonw.h"

#define CSP "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " \
	"font-src 'self'; connect-src 'self'; manifest-src 'self'; form-action 'self'; " \
	"base-uri 'none'; frame-ancestors 'none'"

int
web_security_headers(const struct web_req *r, struct web_header_pair *out, int max)
{
	int n = 0;

#define ADD(k, v) do { if (n < max) out[n++] = (struct web_header_pair){k, v}; } while (0)
	ADD("Content-Type", r->asset ? r->asset->type : r->content_type ? r->content_type :
	    "text/html; charset=utf-8");
	ADD("Content-Security-Policy", CSP);
	ADD("X-Content-Type-Options", "nosniff");
	ADD("Referrer-Policy", "no-referrer");
	ADD("X-Frame-Options", "DENY");
	ADD("Cross-Origin-Opener-Policy", "same-origin");
	ADD("Cross-Origin-Resource-Policy", "same-origin");
	ADD("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
	if (r->asset) {
		ADD("Cache-Control", "public, max-age=31536000, immutable");
		ADD("ETag", r->asset->etag);
	} else {
		ADD("Cache-Control", "no-store");
		ADD("Pragma", "no-cache");
	}
	if (r->disposition)
		ADD("Content-Disposition", r->disposition);
	if (r->https)
		ADD("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
	if (r->status == 401 && r->route && (r->route->flags & F_API))
		ADD("WWW-Authenticate", "Bearer realm=\"safeguard\"");
#undef ADD
	return n;
}

int
web_redirect(struct web_req *r, const char *location)
{
	r->status = 303;
	r->location = location;
	buf_reset(&r->out);
	return 0;
}

static int
is_api(const struct web_req *r)
{
	return (r->route && (r->route->flags & F_API)) ||
	    (r->path && strncmp(r->path, "/api/", 5) == 0);
}

int
web_json_error(struct web_req *r, int status, const char *message)
{
	struct jb j;

	r->status = status;
	r->content_type = "application/json";
	buf_reset(&r->out);
	jb_init(&j, &r->out);
	jb_obj(&j);
	jb_kstr(&j, "error", message);
	jb_kint(&j, "status", status);
	jb_obj_end(&j);
	buf_addc(&r->out, '\n');
	return 0;
}

int
web_error(struct web_req *r, int status, const char *title, const char *detail)
{
	if (is_api(r))
		return web_json_error(r, status, detail);
	r->status = status;
	r->content_type = NULL;
	r->asset = NULL;
	buf_reset(&r->out);
	h_page_begin(r, title, NAV_NONE);
	h(r, "<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">"
	    "<h1 class=\"govuk-heading-l\">%s</h1><p class=\"govuk-body\">%s</p>", title, detail);
	if (r->logged_in)
		h(r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"%s\">Go to your start "
		    "page</a></p>", web_home(r->role));
	else
		h(r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/login\">Log in</a></p>");
	h(r, "</div></div>");
	h_page_end(r);
	return 0;
}

int
web_not_found(struct web_req *r)
{
	return web_error(r, 404, "Page not found", "There is no page at this address. If you "
	    "typed it, check it; if you followed a link, the record may have been removed.");
}

int
web_forbidden(struct web_req *r, const char *why)
{
	return web_error(r, 403, "You cannot open this page", why ? why : "Your role does not "
	    "give you access to this page. If you need it for your work, ask your manager or "
	    "the system administrator.");
}
