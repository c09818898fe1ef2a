/*
 * html.c: the escaping writer, and the parts of a page every page has (html.h).
 *
 * The writer understands the few printf conversions pages use: %s (escaped), %.*s
 * (escaped, at most that many bytes), and the integer conversions %d %i %u %x with the
 * l, ll and z lengths, a width and the 0 and - flags. The compiler checks the arguments against fmt (the format
 * attribute), and anything else in fmt is a bug in safeguard, so it aborts rather than
 * write something unescaped. The page frame follows the GOV.UK Design System's template
 * (skip link, service navigation, main, footer), with the stylesheets and script served
 * from the binary under names that change with their content, so they can be cached for
 * a year.
 */
#include "web/html.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/esc.h"
#include "base/mem.h"
#include "timescales/ts.h"
#include "web/assets.h"
#include "web/web_int.h"

/* An integer conversion with its flags and width as written ("%02d"), lengths l ll z:
 * the number is formatted alone, then padded here. */
static void
put_int(struct buf *b, const char *spec, size_t speclen, char conv, int len, va_list *ap)
{
	char num[32];
	int zero = 0, left = 0, width = 0, n;
	size_t i = 1;

	for (; i < speclen && (spec[i] == '0' || spec[i] == '-'); i++)
		zero |= spec[i] == '0', left |= spec[i] == '-';
	for (; i < speclen; i++)
		width = width * 10 + (spec[i] - '0');
	if (conv == 'd' || conv == 'i') {
		long long v = len == 2 ? va_arg(*ap, long long) : len == 1 ? va_arg(*ap, long) :
		    len == 3 ? (long long)va_arg(*ap, size_t) : va_arg(*ap, int);
		n = snprintf(num, sizeof num, "%lld", v);
	} else {
		unsigned long long v = len == 2 ? va_arg(*ap, unsigned long long) :
		    len == 1 ? va_arg(*ap, unsigned long) : len == 3 ? va_arg(*ap, size_t) :
		    va_arg(*ap, unsigned);
		n = snprintf(num, sizeof num, conv == 'x' ? "%llx" : "%llu", v);
	}
	if (!left && zero && num[0] == '-')
		buf_addc(b, '-');
	for (int k = n; !left && k < width; k++)
		buf_addc(b, zero ? '0' : ' ');
	buf_adds(b, !left && zero && num[0] == '-' ? num + 1 : num);
	for (int k = n; left && k < width; k++)
		buf_addc(b, ' ');
}

/* One conversion: pct points at its '%'; returns where the format goes on. */
static const char *
conversion(struct buf *b, const char *fmt, const char *pct, va_list *ap)
{
	const char *p = pct + 1;
	int prec = -1, len = 0, star = 0;

	while (*p == '0' || *p == '-' || (*p >= '1' && *p <= '9'))
		p++;
	if (p[0] == '.' && p[1] == '*') {
		prec = va_arg(*ap, int);	/* negative: no precision, as in printf */
		star = 1;
		p += 2;
	}
	if (*p == 'l')
		len = *++p == 'l' ? (p++, 2) : 1;
	else if (*p == 'z')
		len = 3, p++;
	if (*p == 's' && p == pct + 1 + (star ? 2 : 0)) {
		const char *s = va_arg(*ap, const char *);
		size_t n = !s ? 0 : prec >= 0 ? strnlen(s, (size_t)prec) : strlen(s);
		esc_html_n(b, s ? s : "", n);
	} else if (*p && strchr("diux", *p) && !star) {
		size_t n = 1;
		while (pct[n] == '0' || pct[n] == '-' || (pct[n] >= '1' && pct[n] <= '9'))
			n++;
		put_int(b, pct, n, *p, len, ap);
	} else {
		fprintf(stderr, "safeguard: html: conversion %%%c in \"%s\"\n", *p, fmt);
		abort();
	}
	return p + 1;
}

static void
vh(struct buf *b, const char *fmt, va_list *ap)
{
	const char *p = fmt;

	while (*p) {
		const char *pct = strchr(p, '%');
		if (!pct) {
			buf_adds(b, p);
			return;
		}
		buf_add(b, p, (size_t)(pct - p));
		if (pct[1] == '%') {
			buf_addc(b, '%');
			p = pct + 2;
		} else {
			p = conversion(b, fmt, pct, ap);
		}
	}
}

void
h(struct web_req *r, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vh(&r->out, fmt, &ap);
	va_end(ap);
}

size_t
h_mark(const struct web_req *r)
{
	return r->out.len;
}

char *
h_copy(const struct web_req *r, size_t mark, size_t *len)
{
	size_t n = mark <= r->out.len ? r->out.len - mark : 0;
	char *p = xmalloc(n + 1);

	memcpy(p, r->out.p + mark, n);
	p[n] = '\0';
	*len = n;
	return p;
}

void
h_again(struct web_req *r, const char *markup, size_t len)
{
	buf_add(&r->out, markup, len);
}

const char *
h_url(struct web_req *r, const char *s)
{
	struct buf b;
	const char *out;

	buf_init(&b, 1u << 16);
	esc_url(&b, s);
	out = arena_strdup(&r->arena, buf_str(&b));
	buf_free(&b);
	return out ? out : "";
}

const char *
h_date(struct web_req *r, cal_date d)
{
	char s[20];
	const char *out;

	ts_human_date(d, s);
	out = arena_strdup(&r->arena, s);
	return out ? out : "";
}

/* "/assets/app.css?v=1a2b...": the asset's address with its content's hash. */
static const char *
versioned(const char *url)
{
	const struct web_asset *a = web_asset_find(url);

	return a ? a->version : "0";
}

static void
nav_item(struct web_req *r, enum h_nav nav, enum h_nav item, const char *href,
    const char *text)
{
	if (nav == item)
		h(r, "<li class=\"govuk-service-navigation__item "
		    "govuk-service-navigation__item--active\"><a class=\"govuk-service-navigation__link\" "
		    "href=\"%s\" aria-current=\"page\"><strong class=\""
		    "govuk-service-navigation__active-fallback\">%s</strong></a></li>", href, text);
	else
		h(r, "<li class=\"govuk-service-navigation__item\"><a class=\""
		    "govuk-service-navigation__link\" href=\"%s\">%s</a></li>", href, text);
}

static void
navigation(struct web_req *r, enum h_nav nav)
{
	unsigned role = r->role;

	h(r, "<nav aria-label=\"Menu\" class=\"govuk-service-navigation__wrapper\">"
	    "<button type=\"button\" class=\"govuk-service-navigation__toggle "
	    "govuk-js-service-navigation-toggle\" aria-controls=\"navigation\" hidden "
	    "aria-hidden=\"true\">Menu</button><ul class=\"govuk-service-navigation__list\" "
	    "id=\"navigation\">");
	if (role & (R_CASE | R_PARTNER | R_LADO | R_SCHOOL | R_CDOP))
		nav_item(r, nav, NAV_WORK, "/worklist", "My work");
	if (role & (R_CASE | R_PARTNER))
		nav_item(r, nav, NAV_SEARCH, "/search", "Find a child");
	if (role & R_HEALTH)
		nav_item(r, nav, NAV_LOOKUP, "/lookup", "Look up a child");
	if (role & R_LADO)	/* issue 11, point 2 */
		nav_item(r, nav, NAV_LADO, "/lado", "LADO cases");
	if (role & R_CDOP)	/* issue 11, point 6 */
		nav_item(r, nav, NAV_DEATHS, "/deaths", "Child deaths");
	if ((role & R_SCHOOL) || ((role & R_PARTNER) && strcmp(r->user.agency_kind, "police") == 0))
		nav_item(r, nav, NAV_ENCOMPASS, "/encompass", "Operation Encompass");
	if (role & (R_CASE | R_PARTNER))	/* training (issue 11, point 5) */
		nav_item(r, nav, NAV_TRAINING, "/training", "Training");
	if (role & (R_MANAGER | R_SENIOR | R_PARTNER))	/* multi-agency case audits */
		nav_item(r, nav, NAV_AUDITS, "/audits", "Audits");
	if (role & (R_MANAGER | R_SENIOR | R_PARTNER | R_SCHOOL))	/* Section 11 and 175 */
		nav_item(r, nav, NAV_SELF_ASSESS, "/self-assessments", "Self-assessments");
	if (role & (R_ANALYST | R_SENIOR | R_MANAGER))
		nav_item(r, nav, NAV_OVERVIEW, "/overview", "Overview");
	if (role & (R_ANALYST | R_SENIOR | R_MANAGER | R_CHAIR))
		nav_item(r, nav, NAV_FIGURES, "/figures", "Figures");
	if (role & R_ADMIN)
		nav_item(r, nav, NAV_ADMIN, "/admin", "Administration");
	nav_item(r, nav, NAV_ACCOUNT, "/account", "Your account");
	h(r, "<li class=\"govuk-service-navigation__item\"><form method=\"post\" "
	    "action=\"/logout\" class=\"sg-inline-form\">");
	h_csrf(r);
	h(r, "<button type=\"submit\" class=\"sg-link-button govuk-service-navigation__link\">"
	    "Log out</button></form></li></ul></nav>");
}

void
h_page_begin(struct web_req *r, const char *title, enum h_nav nav)
{
	h(r, "<!DOCTYPE html>\n<html lang=\"en\" class=\"govuk-template\"><head>"
	    "<meta charset=\"utf-8\"><title>%s - safeguard</title>"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, "
	    "viewport-fit=cover\"><meta name=\"robots\" content=\"noindex, nofollow\">"
	    "<link rel=\"icon\" sizes=\"48x48\" href=\"/assets/images/favicon.ico\">"
	    "<link rel=\"stylesheet\" href=\"/assets/govuk-frontend.min.css?v=%s\">"
	    "<link rel=\"stylesheet\" href=\"/assets/app.css?v=%s\">"
	    "<script type=\"module\" src=\"/assets/app.js?v=%s\"></script></head>"
	    "<body class=\"govuk-template__body\">"
	    "<a href=\"#main-content\" class=\"govuk-skip-link\" data-module=\"govuk-skip-link\">"
	    "Skip to main content</a>"
	    "<header><section aria-label=\"Service information\" class=\"govuk-service-navigation\" "
	    "data-module=\"govuk-service-navigation\"><div class=\"govuk-width-container\">"
	    "<div class=\"govuk-service-navigation__container\">"
	    "<span class=\"govuk-service-navigation__service-name\"><a href=\"/\" "
	    "class=\"govuk-service-navigation__link\">safeguard</a></span>", title,
	    versioned("/assets/govuk-frontend.min.css"), versioned("/assets/app.css"),
	    versioned("/assets/app.js"));
	if (r->logged_in && !r->via_token)
		navigation(r, nav);
	h(r, "</div></div></section>");
	/* Who is logged in belongs to the page's header (the banner landmark), not to the
	 * main content: every part of a page is in a landmark. */
	if (r->logged_in)
		h(r, "<div class=\"govuk-width-container\"><p class=\"govuk-body-s sg-who "
		    "govuk-!-margin-top-2 govuk-!-margin-bottom-0\">%s %s, %s%s%s</p></div>",
		    r->user.given_name[0] ? r->user.given_name : r->user.username,
		    r->user.family_name, web_role_name(r->role), r->user.agency_name[0] ? ", " : "",
		    r->user.agency_name);
	h(r, "</header><div class=\"govuk-width-container\"><main class=\"govuk-main-wrapper\" "
	    "id=\"main-content\">");
}

void
h_page_end(struct web_req *r)
{
	h(r, "</main></div><footer class=\"govuk-footer\"><div class=\"govuk-width-container\">"
	    "<div class=\"govuk-footer__meta\"><div class=\"govuk-footer__meta-item "
	    "govuk-footer__meta-item--grow\"><p class=\"govuk-body-s\">safeguard: the records "
	    "of the child-protection system%s%s. Every view of a child's record is written to "
	    "the audit trail.</p></div></div></div></footer></body></html>\n",
	    r->area_name[0] ? " of " : "", r->area_name);
}

void
h_heading(struct web_req *r, const char *caption, const char *title)
{
	if (caption)
		h(r, "<span class=\"govuk-caption-l\">%s</span>", caption);
	h(r, "<h1 class=\"govuk-heading-l\">%s</h1>", title);
}

void
h_tag(struct web_req *r, const char *colour, const char *text)
{
	if (colour)
		h(r, "<strong class=\"govuk-tag govuk-tag--%s\">%s</strong>", colour, text);
	else
		h(r, "<strong class=\"govuk-tag\">%s</strong>", text);
}

void
h_summary_begin(struct web_req *r)
{
	h(r, "<dl class=\"govuk-summary-list\">");
}

void
h_summary_row(struct web_req *r, const char *key, const char *value)
{
	h(r, "<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">%s"
	    "</dt><dd class=\"govuk-summary-list__value\">%s</dd></div>", key,
	    value && *value ? value : "Not recorded");
}

void
h_summary_end(struct web_req *r)
{
	h(r, "</dl>");
}

void
h_inset(struct web_req *r, const char *text)
{
	h(r, "<div class=\"govuk-inset-text\">%s</div>", text);
}

void
h_error_summary(struct web_req *r, const struct h_field_error *e, int n)
{
	if (n <= 0)
		return;
	h(r, "<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div "
	    "role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2>"
	    "<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list "
	    "govuk-error-summary__list\">");
	for (int i = 0; i < n; i++)
		h(r, "<li><a href=\"#%s\">%s</a></li>", e[i].field, e[i].message);
	h(r, "</ul></div></div></div>");
}

void
h_csrf(struct web_req *r)
{
	h(r, "<input type=\"hidden\" name=\"csrf\" value=\"%s\">", r->csrf);
}

static void
error_message(struct web_req *r, const char *id, const char *error)
{
	if (error)
		h(r, "<p id=\"%s-error\" class=\"govuk-error-message\"><span class=\""
		    "govuk-visually-hidden\">Error:</span> %s</p>", id, error);
}

void
h_input(struct web_req *r, const struct h_input *in)
{
	h(r, "<div class=\"govuk-form-group%s\"><label class=\"govuk-label\" for=\"%s\">%s"
	    "</label>", in->error ? " govuk-form-group--error" : "", in->id, in->label);
	if (in->hint)
		h(r, "<div id=\"%s-hint\" class=\"govuk-hint\">%s</div>", in->id, in->hint);
	error_message(r, in->id, in->error);
	h(r, "<input class=\"govuk-input%s%s%s\" id=\"%s\" name=\"%s\" type=\"%s\" "
	    "value=\"%s\" spellcheck=\"false\"", in->width ? " " : "", in->width ? in->width : "",
	    in->error ? " govuk-input--error" : "", in->id, in->id, in->type ? in->type : "text",
	    in->value ? in->value : "");
	if (in->autocomplete)
		h(r, " autocomplete=\"%s\"", in->autocomplete);
	if (in->hint || in->error)
		h(r, " aria-describedby=\"%s%s%s%s%s\"", in->hint ? in->id : "",
		    in->hint ? "-hint" : "", in->hint && in->error ? " " : "",
		    in->error ? in->id : "", in->error ? "-error" : "");
	h(r, "></div>");
}

void
h_select(struct web_req *r, const char *id, const char *label, const char *error,
    const char *const *options, const char *value)
{
	h(r, "<div class=\"govuk-form-group%s\"><label class=\"govuk-label\" for=\"%s\">%s"
	    "</label>", error ? " govuk-form-group--error" : "", id, label);
	error_message(r, id, error);
	if (error)
		h(r, "<select class=\"govuk-select govuk-select--error\" id=\"%s\" name=\"%s\" "
		    "aria-describedby=\"%s-error\">", id, id, id);
	else
		h(r, "<select class=\"govuk-select\" id=\"%s\" name=\"%s\">", id, id);
	for (int i = 0; options[i]; i += 2)
		h(r, "<option value=\"%s\"%s>%s</option>", options[i],
		    value && strcmp(value, options[i]) == 0 ? " selected" : "", options[i + 1]);
	h(r, "</select></div>");
}
