/*
 * cin_read.c: the streaming reader of a census file (API in cin_read.h).
 *
 * libxml2's SAX2 push parser does the XML: it is fed 64 KB at a time and calls back for
 * each tag and run of text, which cin_read_tree.c turns into one struct cin_child at a
 * time. Measured here it parses about 450 MB a second, several times faster than
 * xmlTextReader, which matters because validating a 10,000-child return (12 MB) must take
 * at most 0.1 s with the business rules included (issue 4).
 *
 * The caller pulls children one by one while the parser pushes them: the children a chunk
 * completes wait in a short queue, each in its own pool, and a pool is reset and reused
 * once the caller has moved past its child. Memory is therefore a chunk's worth of
 * children, however long the file.
 *
 * Hostile input: no DTD is read and a DOCTYPE is refused (so no entity can expand), no
 * network access (XML_PARSE_NONET), namespaces are refused (a return has none), values,
 * children and the file are capped (cin_read.h), and the encoding must be UTF-8: a UTF-16
 * file or a declaration of another encoding is refused up front, and libxml2 rejects bytes
 * that are not UTF-8. Every error names its line.
 */
#include "census/cin_read_int.h"

#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/SAX2.h>

#include "base/mem.h"
#include "base/str.h"

#define MAX_SPARE 64

static int
current_line(const struct cin_reader *r)
{
	xmlParserCtxtPtr ctxt = r->ctxt;

	return ctxt && ctxt->input ? ctxt->input->line : 0;
}

void
cin_reader_fail(struct cin_reader *r, int line, const char *fmt, ...)
{
	char msg[400];
	va_list ap;

	if (r->failed)
		return;
	r->failed = 1;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	r->err_line = line ? line : current_line(r);
	if (r->err_line > 0)
		snprintf(r->err, sizeof r->err, "line %d: %s", r->err_line, msg);
	else
		snprintf(r->err, sizeof r->err, "%s", msg);
	if (r->ctxt)
		xmlStopParser(r->ctxt);
}

static void
on_start(void *ctx, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri,
    int nns, const xmlChar **ns, int nattr, int ndefaulted, const xmlChar **attrs)
{
	struct cin_reader *r = ctx;
	int line = current_line(r);

	(void)nns, (void)ns, (void)nattr, (void)ndefaulted, (void)attrs;
	if (r->failed)
		return;
	if (uri || prefix) {
		cin_reader_fail(r, line, "%s is in the namespace \"%s\"; census elements have no "
		    "namespace (remove the xmlns declaration)", (const char *)name,
		    uri ? (const char *)uri : (const char *)prefix);
		return;
	}
	if (r->depth >= CIN_MAX_DEPTH) {
		cin_reader_fail(r, line, "elements are nested too deeply");
		return;
	}
	cin_tree_start(r, (const char *)name, line);
}

static void
on_end(void *ctx, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri)
{
	struct cin_reader *r = ctx;

	(void)name, (void)prefix, (void)uri;
	if (!r->failed)
		cin_tree_end(r);
}

static void
on_text(void *ctx, const xmlChar *s, int len)
{
	struct cin_reader *r = ctx;

	if (!r->failed)
		cin_tree_text(r, (const char *)s, len);
}

static void
on_doctype(void *ctx, const xmlChar *name, const xmlChar *ext, const xmlChar *sys)
{
	(void)name, (void)ext, (void)sys;
	cin_reader_fail(ctx, 0, "the file has a DOCTYPE; a census return has none, and "
	    "safeguard reads no DTD (remove the <!DOCTYPE ...> line)");
}

/* libxml2's own complaints: the first line of its message, in our words where we can. */
static void
on_xml_error(void *ctx, xmlErrorPtr e)
{
	struct cin_reader *r = ctx;
	char msg[200];
	size_t n;

	if (r->failed || e->level < XML_ERR_ERROR)
		return;
	str_copy(msg, sizeof msg, e->message ? e->message : "unknown error");
	n = strcspn(msg, "\n");
	msg[n] = '\0';
	while (n > 0 && msg[n - 1] == ' ')
		msg[--n] = '\0';
	if (strncmp(msg, "Input is not proper UTF-8", 25) == 0)
		cin_reader_fail(r, e->line, "the text is not valid UTF-8; a census file is UTF-8 "
		    "(save it as UTF-8)");
	else
		cin_reader_fail(r, e->line, "not well-formed XML: %s", msg);
}

static xmlSAXHandler sax_handler = {
	.initialized = XML_SAX2_MAGIC,
	.startElementNs = on_start,
	.endElementNs = on_end,
	.characters = on_text,
	.ignorableWhitespace = on_text,
	.cdataBlock = on_text,
	.internalSubset = on_doctype,
	.serror = on_xml_error,
};

static const char *
find_word(const char *p, size_t n, const char *word)
{
	size_t k = strlen(word);

	for (size_t i = 0; i + k <= n; i++)
		if (memcmp(p + i, word, k) == 0)
			return p + i;
	return NULL;
}

/* The encoding a file declares in its XML declaration, if any, into out. */
static void
declared_encoding(const char *p, size_t n, char *out, size_t size)
{
	const char *end, *enc;
	size_t len;

	out[0] = '\0';
	if (n < 5 || memcmp(p, "<?xml", 5) != 0)
		return;
	end = memchr(p, '>', n > 256 ? 256 : n);
	enc = find_word(p, end ? (size_t)(end - p) : (n > 256 ? 256 : n), "encoding");
	if (!enc)
		return;
	enc += 8;
	while (enc < p + n && (*enc == ' ' || *enc == '=' || *enc == '"' || *enc == '\''))
		enc++;
	len = 0;
	while (enc + len < p + n && len + 1 < size && enc[len] != '"' && enc[len] != '\'')
		len++;
	memcpy(out, enc, len);
	out[len] = '\0';
}

/* What the first bytes of the file say: empty, not XML, not UTF-8. 0 when all is well. */
static int
check_start(struct cin_reader *r, const char *p, size_t n)
{
	char enc[40];
	size_t i = 0;

	if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		i = 3;		/* a UTF-8 byte order mark */
	if (n == 0)
		return cin_reader_fail(r, 0, "the file is empty: a census return is XML"), -1;
	if (n >= 2 && ((p[0] == '\xFE' && p[1] == '\xFF') || (p[0] == '\xFF' && p[1] == '\xFE') ||
	    p[0] == '\0' || p[1] == '\0'))
		return cin_reader_fail(r, 1, "the file is UTF-16 (or another wide encoding); a "
		    "census file is UTF-8 (save it as UTF-8)"), -1;
	while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r'))
		i++;
	if (i == n || p[i] != '<')
		return cin_reader_fail(r, 1, "the file is not XML: it does not start with '<' "
		    "(is it a census return?)"), -1;
	declared_encoding(p + i, n - i, enc, sizeof enc);
	if (enc[0] && strcasecmp(enc, "UTF-8") != 0 && strcasecmp(enc, "UTF8") != 0 &&
	    strcasecmp(enc, "US-ASCII") != 0 && strcasecmp(enc, "ASCII") != 0)
		return cin_reader_fail(r, 1, "the file declares the encoding %s; a census file "
		    "is UTF-8 (convert it, and declare encoding=\"UTF-8\")", enc), -1;
	return 0;
}

static int
start_parser(struct cin_reader *r)
{
	xmlInitParser();
	r->ctxt = xmlCreatePushParserCtxt(&sax_handler, r, NULL, 0, r->path);
	if (!r->ctxt) {
		cin_reader_fail(r, 0, "cannot start the XML parser");
		return -1;
	}
	xmlCtxtUseOptions(r->ctxt, XML_PARSE_NONET);
	return 0;
}

/* After the last byte: the file must have held a whole return. */
static void
check_end(struct cin_reader *r)
{
	if (r->failed)
		return;
	if (!r->seen_header && r->message_closed)
		cin_reader_fail(r, 0, "the file has no Header: a census return starts with a "
		    "Header giving its year and local authority");
	else if (!r->seen_children && r->message_closed)
		cin_reader_fail(r, 0, "the file has no Children element, so no children");
	else if (!r->message_closed)
		cin_reader_fail(r, 0, "the file ends before the return does: it has been cut "
		    "short (truncated)");
}

/*
 * The end of the input. A file cut short inside the return is told as such, whatever
 * libxml2 made of its last, broken tag (a name cut in half reads as an unknown element).
 */
static void
finish(struct cin_reader *r)
{
	int failed_before = r->failed;

	r->finished = 1;
	xmlParseChunk(r->ctxt, NULL, 0, 1);
	if (!failed_before && r->failed && r->depth > 0 && !r->message_closed) {
		r->failed = 0;
		cin_reader_fail(r, 0, "the file ends inside %s before the return does: it has "
		    "been cut short (truncated)", cin_els[r->stack[r->depth]].name);
	}
	check_end(r);
}

/* Feeds the parser its next chunk, or tells it the input has ended. */
static void
feed(struct cin_reader *r, char *buf)
{
	const char *p = buf;
	size_t n;

	if (r->mem) {
		n = r->memlen - r->mempos < CIN_CHUNK ? r->memlen - r->mempos : CIN_CHUNK;
		p = r->mem + r->mempos;
		r->mempos += n;
	} else {
		n = fread(buf, 1, CIN_CHUNK, r->file);
		if (n == 0 && ferror(r->file)) {
			cin_reader_fail(r, 0, "cannot read %s: %s", r->path, strerror(errno));
			return;
		}
	}
	if (!r->started) {
		r->started = 1;
		if (check_start(r, p, n) < 0 || start_parser(r) < 0)
			return;
	}
	r->bytes += n;
	if (r->bytes > r->max_bytes) {
		cin_reader_fail(r, 0, "the file is larger than %llu MB; no census return is",
		    (unsigned long long)(r->max_bytes >> 20));
		return;
	}
	if (n == 0)
		finish(r);
	else
		xmlParseChunk(r->ctxt, p, (int)n, 0);
}

static struct cin_reader *
reader_new(void)
{
	struct cin_reader *r = xcalloc(1, sizeof *r);

	r->max_bytes = CIN_MAX_FILE_BYTES;
	r->header_pool = cin_pool_new();
	cin_header_init(&r->header);
	cin_tree_init(r);
	return r;
}

struct cin_reader *
cin_reader_open_file(const char *path)
{
	struct cin_reader *r = reader_new();

	r->path = xstrdup(path);
	r->chunk = xmalloc(CIN_CHUNK);
	if (!(r->file = fopen(path, "rb")))
		cin_reader_fail(r, 0, "cannot open %s: %s", path, strerror(errno));
	return r;
}

struct cin_reader *
cin_reader_open_mem(const char *data, size_t len)
{
	struct cin_reader *r = reader_new();

	r->path = xstrdup("(memory)");
	r->mem = data ? data : "";
	r->memlen = len;
	return r;
}

void
cin_reader_set_max_bytes(struct cin_reader *r, uint64_t max)
{
	r->max_bytes = max;
}

struct cin_pool *
cin_reader_take_pool(struct cin_reader *r)
{
	return r->nspare ? r->spare[--r->nspare] : cin_pool_new();
}

static void
give_back_pool(struct cin_reader *r, struct cin_pool *p)
{
	if (r->nspare == MAX_SPARE) {
		cin_pool_free(p);
		return;
	}
	cin_pool_reset(p);
	VEC_GROW(r->spare, r->nspare, r->capspare);
	r->spare[r->nspare++] = p;
}

void
cin_reader_push_child(struct cin_reader *r)
{
	if (r->qhead + r->qlen == r->qcap && r->qhead > 0) {
		memmove(r->queue, r->queue + r->qhead, r->qlen * sizeof *r->queue);
		r->qhead = 0;
	}
	VEC_GROW(r->queue, r->qhead + r->qlen, r->qcap);
	r->queue[r->qhead + r->qlen].child = r->child;
	r->queue[r->qhead + r->qlen].pool = r->pool;
	r->qlen++;
	r->child = NULL;
	r->pool = NULL;
}

int
cin_read_header(struct cin_reader *r, const struct cin_header **h)
{
	while (!r->header_done && !r->finished && !r->failed)
		feed(r, r->chunk);
	if (r->failed)
		return -1;
	if (!r->seen_header) {
		cin_reader_fail(r, 0, "the file has no Header: a census return starts with a "
		    "Header giving its year and local authority");
		return -1;
	}
	*h = &r->header;
	return 1;
}

int
cin_read_child(struct cin_reader *r, const struct cin_child **c)
{
	const struct cin_header *h;

	if (r->delivered) {
		give_back_pool(r, r->delivered);
		r->delivered = NULL;
	}
	if (!r->header_done && cin_read_header(r, &h) < 0)
		return -1;
	while (r->qlen == 0 && !r->finished && !r->failed)
		feed(r, r->chunk);
	if (r->qlen == 0)
		return r->failed ? -1 : 0;
	*c = r->queue[r->qhead].child;
	r->delivered = r->queue[r->qhead].pool;
	r->qhead++;
	if (--r->qlen == 0)
		r->qhead = 0;
	return 1;
}

const char *
cin_reader_error(const struct cin_reader *r)
{
	return r->failed ? r->err : "";
}

int
cin_reader_error_line(const struct cin_reader *r)
{
	return r->failed ? r->err_line : 0;
}

uint64_t
cin_reader_bytes(const struct cin_reader *r)
{
	return r->bytes;
}

void
cin_reader_close(struct cin_reader *r)
{
	if (!r)
		return;
	if (r->ctxt)
		xmlFreeParserCtxt(r->ctxt);
	if (r->file)
		fclose(r->file);
	for (size_t i = 0; i < r->qlen; i++)
		cin_pool_free(r->queue[r->qhead + i].pool);
	for (size_t i = 0; i < r->nspare; i++)
		cin_pool_free(r->spare[i]);
	cin_pool_free(r->delivered);
	cin_pool_free(r->pool);
	cin_pool_free(r->header_pool);
	xfree(r->queue);
	xfree(r->spare);
	xfree(r->chunk);
	xfree(r->path);
	xfree(r);
}
