/*
 * route_match.c: finding a request's row in the route table (routes.c).
 *
 * A pattern is literal segments, {id} (a record id: a whole number from 1 to 2^53 - 1,
 * written without leading zeros, so every record has one address) and, last, * (the rest
 * of the path, for the assets). The table is small, so it is read from the top: the first
 * row whose pattern and method match wins. A path that some row matches with another
 * method is 405, with those methods in Allow; one no row matches is 404.
 */
#include "web/web_int.h"

#include <stdio.h>
#include <string.h>

#include "base/str.h"

static int
id_segment(const char *s, size_t n, int64_t *id)
{
	char tmp[24];
	int64_t v;

	if (n == 0 || n >= sizeof tmp || s[0] < '1' || s[0] > '9')
		return 0;
	memcpy(tmp, s, n);
	tmp[n] = '\0';
	if (!str_to_i64(tmp, &v) || v <= 0 || v > RECORDS_MAX_ID)
		return 0;
	*id = v;
	return 1;
}

/* Whether path fits pattern; the ids it holds go to ids[0], ids[1]. */
static int
fits(const char *p, const char *q, int64_t ids[2])
{
	int k = 0;

	if (*p != '/' || *q != '/')
		return 0;
	for (;;) {
		size_t pn, qn;
		p++;
		q++;
		if (strcmp(p, "*") == 0)
			return *q != '\0';
		pn = strcspn(p, "/");
		qn = strcspn(q, "/");
		if (pn == 4 && strncmp(p, "{id}", 4) == 0) {
			if (k >= 2 || !id_segment(q, qn, &ids[k]))
				return 0;
			k++;
		} else if (pn != qn || strncmp(p, q, pn) != 0) {
			return 0;
		}
		p += pn;
		q += qn;
		if (!*p || !*q)
			return !*p && !*q;
	}
}

const struct web_route *
web_route_match(const char *method, const char *path, int64_t ids[2], int *status, char *allow,
    size_t size)
{
	int n;
	const struct web_route *t = web_routes(&n);
	const char *m = strcmp(method, "HEAD") == 0 ? "GET" : method;
	size_t used = 0;

	*status = 404;
	allow[0] = '\0';
	for (int i = 0; i < n; i++) {
		int64_t got[2] = {0, 0};
		if (!fits(t[i].pattern, path, got))
			continue;
		if (strcmp(t[i].method, m) == 0) {
			ids[0] = got[0];
			ids[1] = got[1];
			*status = 200;
			return &t[i];
		}
		*status = 405;
		if (!strstr(allow, t[i].method) && used + strlen(t[i].method) + 7 < size) {
			int w = snprintf(allow + used, size - used, "%s%s%s", used ? ", " : "",
			    t[i].method, strcmp(t[i].method, "GET") == 0 ? ", HEAD" : "");
			used += (size_t)w;
		}
	}
	return NULL;
}
