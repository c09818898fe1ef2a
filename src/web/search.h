/* search.h: finding children, for the search page and the API (page_search.c). */
#ifndef SG_WEB_SEARCH_H
#define SG_WEB_SEARCH_H

#include "model/model.h"

struct web_req;

#define WEB_SEARCH_MAX 100

struct web_hit {
	const struct m_child *c;	/* in the request's snapshot */
	const char *postcode;		/* or NULL */
	int hidden;			/* restricted, and not open to this person */
};

/* Searches as the person may (a partner: their agency's children), audits the search,
 * and returns the number of hits (at most max, by family and given name), or -1. */
int web_search(struct web_req *r, const char *q, struct web_hit *hits, int max, int *more);

#endif
