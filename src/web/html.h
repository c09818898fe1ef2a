/*
 * html.h: writing pages, escaped by construction. See html.c.
 *
 * h(r, fmt, ...) is the one way a page is written: fmt is markup (a string constant,
 * tools/check-web.sh checks it is one), and every %s argument is HTML-escaped as it goes
 * in, so a child's name can never open a tag or close an attribute. Numbers (%d, %lld,
 * %zu ...) need no escaping. There is no unescaped %s: markup built elsewhere is written
 * by calling the function that builds it, into the same page.
 */
#ifndef SG_WEB_HTML_H
#define SG_WEB_HTML_H
#include <stddef.h>
#include <stdint.h>

#include "calendar/cal.h"

struct web_req;

void h(struct web_req *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A part of a page written once through h() and sent again as it was, in later pages
 * (the dashboard's figures, kept per snapshot and filters: figures_cache.c). h_mark is
 * where the part begins; h_copy returns what was written since (xmalloc'd, *len bytes);
 * h_again writes such a copy into another page. Only markup this writer wrote is replayed,
 * so the escaping done when it was written holds. */
size_t h_mark(const struct web_req *r);
char *h_copy(const struct web_req *r, size_t mark, size_t *len);
void h_again(struct web_req *r, const char *markup, size_t len);

/* A URL-encoded copy of s, from the request's arena, for a query value in an href. */
const char *h_url(struct web_req *r, const char *s);
/* "Mon 12 May 2025" for a date; "" for none. From the arena. */
const char *h_date(struct web_req *r, cal_date d);

/* The page around the content. */
enum h_nav { NAV_NONE, NAV_WORK, NAV_SEARCH, NAV_OVERVIEW, NAV_ADMIN, NAV_ACCOUNT, NAV_LOOKUP,
	NAV_FIGURES, NAV_LADO, NAV_ENCOMPASS, NAV_DEATHS, NAV_TRAINING,
	NAV_AUDITS,		/* migration_audits */
	NAV_SELF_ASSESS };	/* migration_self_assessments */
void h_page_begin(struct web_req *r, const char *title, enum h_nav nav);
void h_page_end(struct web_req *r);
/* A back link and a caption over the h1: both may be NULL. */
void h_heading(struct web_req *r, const char *caption, const char *title);

/* GOV.UK components. */
void h_tag(struct web_req *r, const char *colour, const char *text);
void h_summary_begin(struct web_req *r);
void h_summary_row(struct web_req *r, const char *key, const char *value);
void h_summary_end(struct web_req *r);
void h_inset(struct web_req *r, const char *text);
/* An error summary (GOV.UK pattern): a title and one linked line an error. */
struct h_field_error {
	const char *field;	/* the id of the input */
	const char *message;
};
void h_error_summary(struct web_req *r, const struct h_field_error *e, int n);
void h_csrf(struct web_req *r);		/* the hidden csrf field of every form */

/* A labelled text input (GOV.UK pattern), its error above it when there is one. */
struct h_input {
	const char *id;		/* the field's name and id */
	const char *label;
	const char *hint;	/* or NULL */
	const char *value;	/* what was typed, kept when the form comes back */
	const char *error;	/* or NULL */
	const char *type;	/* "text", "password", "date" ...; NULL: text */
	const char *autocomplete;	/* or NULL */
	const char *width;	/* a govuk-input--width-N class, or NULL */
};
void h_input(struct web_req *r, const struct h_input *in);
/* A select of codes: value is the chosen code. options are code, words pairs, NULL-ended. */
void h_select(struct web_req *r, const char *id, const char *label, const char *error,
    const char *const *options, const char *value);

#endif
