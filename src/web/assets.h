/*
 * assets.h: the files the server sends as they are (styles, fonts, images, scripts),
 * carried inside the binary (tools/embed.c writes the table at build time from
 * govuk-frontend's package and src/web/assets/). See assets.c.
 */
#ifndef SG_WEB_ASSETS_H
#define SG_WEB_ASSETS_H
#include <stddef.h>

struct web_asset {
	const char *url;	/* "/assets/fonts/bold-b542beb274-v2.woff2" */
	const char *type;	/* its Content-Type */
	const unsigned char *data;
	size_t len;
	const char *version;	/* 16 hex digits of a hash of data, for ?v= */
	const char *etag;	/* the same in quotes, for ETag and If-None-Match */
};

extern const struct web_asset web_assets[];
extern const int web_nassets;

/* The asset at url (exactly; no query), or NULL. */
const struct web_asset *web_asset_find(const char *url);

#endif
