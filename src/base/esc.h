/*
 * esc.h: the one escaper, one function an output context. Every byte of text that comes
 * from a record, a user or a file reaches an HTML page, a JSON document, a URL or a CSV
 * cell through one of these, so a name can never end the string, the attribute or the
 * cell it sits in. See esc.c.
 */
#ifndef SG_ESC_H
#define SG_ESC_H
#include <stddef.h>
#include <stdio.h>

struct buf;

/*
 * Calls emit with the JSON string body of s[0..n) (no quotes): quote, backslash and
 * control characters escaped as RFC 8259 section 7 requires, everything else (UTF-8
 * included) byte for byte, in as few pieces as the text allows. The writers of large
 * outputs (jwrite.c) hand their own emit; others use esc_json.
 */
typedef void (*esc_emit_fn)(void *ctx, const char *piece, size_t n);
void esc_json_each(const char *s, size_t n, esc_emit_fn emit, void *ctx);

/* A JSON string, quoted; NULL is written as null. The _file forms write to a stream, for
 * the commands that print JSON as they go. */
void esc_json(struct buf *b, const char *s);
void esc_json_n(struct buf *b, const char *s, size_t n);
void esc_json_file(FILE *f, const char *s);
/* HTML element text or a double- or single-quoted attribute value: & < > " ' escaped. */
void esc_html(struct buf *b, const char *s);
void esc_html_n(struct buf *b, const char *s, size_t n);
/* A URL path segment or query value: everything but A-Z a-z 0-9 - . _ ~ percent-encoded. */
void esc_url(struct buf *b, const char *s);
/* A CSV cell (RFC 4180): quoted, with quotes doubled, when it holds , " CR or LF. */
void esc_csv(struct buf *b, const char *s);
void esc_csv_file(FILE *f, const char *s);

#endif
