/*
 * assets.c: sending the embedded files (assets.h). Each is sent with its hash as ETag,
 * and pages link to it with ?v=HASH, so a browser keeps it a year and asks again only
 * when a new safeguard changes it; a request with the current ETag gets 304.
 */
#include "web/assets.h"

#include <string.h>

#include "web/pages.h"
#include "web/web_int.h"

const struct web_asset *
web_asset_find(const char *url)
{
	for (int i = 0; i < web_nassets; i++)
		if (strcmp(web_assets[i].url, url) == 0)
			return &web_assets[i];
	return NULL;
}

int
page_asset(struct web_req *r)
{
	const struct web_asset *a = web_asset_find(r->path);
	const char *inm;

	if (!a)
		return web_not_found(r);
	r->asset = a;
	inm = web_header(r, "If-None-Match");
	if (inm && strcmp(inm, a->etag) == 0) {
		r->status = 304;
		r->not_modified = 1;
	}
	return 0;
}
