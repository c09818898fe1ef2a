/*
 * fuzz_web_html.c: the page writer h() (src/web/html.c), through a request of which only
 * the output buffer is set up, as pages use it.
 *
 * The input is text a record could hold. Written as an attribute, as element text and
 * through %.*s (its precision from the first byte, negative included: printf takes a
 * negative precision as none), the page must hold none of < > " ' and no bare & that came
 * from the text, and reading its entities back must give the text exactly. The integer
 * conversions, with the same numbers (from the first bytes), must write what snprintf
 * writes for the same format, widths and the 0 and - flags included.
 */
#include "fuzz_web.h"
#include "base/buf.h"
#include "web/html.h"
#include "web/web_int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Reads from page[*at] the escaped form of src[0..n), checking each byte and entity. */
static void
read_escaped(const char *page, size_t *at, const char *src, size_t n)
{
	static const struct {
		const char *entity;
		char c;
	} ents[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};

	for (size_t i = 0; i < n; i++) {
		const char *p = page + *at;
		size_t k = 0;
		if (*p != '&') {
			PROMISE(!strchr("<>\"'", *p) && *p != '\0');
			PROMISE(*p == src[i]);
			(*at)++;
			continue;
		}
		while (k < sizeof ents / sizeof ents[0] &&
		    strncmp(p, ents[k].entity, strlen(ents[k].entity)) != 0)
			k++;
		PROMISE(k < sizeof ents / sizeof ents[0]);	/* no bare & */
		PROMISE(ents[k].c == src[i]);
		*at += strlen(ents[k].entity);
	}
}

static void
read_literal(const char *page, size_t *at, const char *lit)
{
	PROMISE(strncmp(page + *at, lit, strlen(lit)) == 0);
	*at += strlen(lit);
}

static void
text(struct web_req *r, const char *s, int prec)
{
	size_t len = strlen(s), cut = prec < 0 || (size_t)prec > len ? len : (size_t)prec;
	const char *volatile none = NULL;	/* a NULL the compiler cannot see */
	size_t at = 0;

	buf_reset(&r->out);
	h(r, "<a title=\"%s\">%s</a>|%.*s|%s|", s, s, prec, s, none);
	read_literal(r->out.p, &at, "<a title=\"");
	read_escaped(r->out.p, &at, s, len);
	read_literal(r->out.p, &at, "\">");
	read_escaped(r->out.p, &at, s, len);
	read_literal(r->out.p, &at, "</a>|");
	read_escaped(r->out.p, &at, s, cut);
	read_literal(r->out.p, &at, "||");	/* NULL is written as nothing */
	PROMISE(at == r->out.len && !r->out.toobig);
}

#define SAME(r, fmt, ...)                                                             \
	do {                                                                         \
		char want_[128];                                                     \
		buf_reset(&(r)->out);                                                \
		h((r), fmt, __VA_ARGS__);                                            \
		snprintf(want_, sizeof want_, fmt, __VA_ARGS__);                     \
		if (strcmp(buf_str(&(r)->out), want_) != 0)                          \
			fprintf(stderr, "h wrote \"%s\", snprintf \"%s\" for %s\n",      \
			    buf_str(&(r)->out), want_, fmt);                         \
		PROMISE(strcmp(buf_str(&(r)->out), want_) == 0);                     \
	} while (0)

static void
numbers(struct web_req *r, long long v)
{
	int i = (int)v;
	unsigned u = (unsigned)v;
	unsigned long long ull = (unsigned long long)v;

	SAME(r, "%d|%i|%u|%x|%%", i, i, u, u);
	SAME(r, "%ld|%lu|%lx", (long)v, (unsigned long)v, (unsigned long)v);
	SAME(r, "%lld|%llu|%llx", v, ull, ull);
	SAME(r, "%zu|%zx", (size_t)ull, (size_t)ull);
	SAME(r, "[%5d][%-5d][%05d][%1d]", i, i, i, i);
	SAME(r, "[%012lld][%-12lld][%20llu][%08x][%3u]", v, v, ull, u, u);
	SAME(r, "[%03zu][%010ld][%02d:%02d]", (size_t)(ull % 1000), (long)v, i % 24, i % 60);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_cstr(data, size);
	struct web_req r;
	long long v = 0;

	memset(&r, 0, sizeof r);
	buf_init(&r.out, 1u << 20);
	text(&r, s, size ? (int)(signed char)data[0] : 0);
	text(&r, s, -1);
	memcpy(&v, data, size < sizeof v ? size : sizeof v);
	numbers(&r, v);
	numbers(&r, (long long)(0ull - (unsigned long long)v));
	numbers(&r, (long long)(signed char)(size ? data[0] : 0));
	buf_free(&r.out);
	free(s);
	return 0;
}
