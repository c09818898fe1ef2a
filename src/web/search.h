/* search.h: finding children, for the search page and the API (page_search.c). */
#ifndef SG_WEB_SEARCH_H
#define SG_WEB_SEARCH_H

#include "store/store_users.h"

struct web_req;

#define WEB_SEARCH_MAX 100

struct web_hit {
	struct store_hit h;	/* name and details blanked when hidden */
	int hidden;		/* restricted, and not open to this person */
};

/* Searches as the person may (a partner: their agency's children), audits the search,
 * and returns the number of hits (at most max), or -1. */
int web_search(struct web_req *r, const char *q, struct web_hit *hits, int max, int *more);

#endif
