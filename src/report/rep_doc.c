/*
 * rep_doc.c: building a report document (report.h). The builder copies everything it is
 * given into the document's arena, so a caller may hand it stack buffers and the figures'
 * own rows, free them, and still print the document afterwards.
 */
#include "report/report.h"

#include <stdarg.h>
#include <string.h>

#include "base/buf.h"
#include "base/mem.h"
#include "base/str.h"

/* A report is a few hundred blocks; the cap only guards against a runaway loop. */
#define REP_MAX_BYTES ((size_t)256 << 20)

void
rep_doc_init(struct rep_doc *d)
{
	memset(d, 0, sizeof *d);
	arena_init(&d->mem, REP_MAX_BYTES);
}

void
rep_doc_free(struct rep_doc *d)
{
	xfree(d->blocks);
	arena_free(&d->mem);
	memset(d, 0, sizeof *d);
}

static const char *
keep(struct rep_doc *d, const char *s)
{
	const char *c = arena_strdup(&d->mem, s ? s : "");
	return c ? c : "";
}

static struct rep_block *
block(struct rep_doc *d, enum rep_kind kind)
{
	VEC_GROW(d->blocks, d->n, d->cap);
	struct rep_block *b = &d->blocks[d->n++];
	memset(b, 0, sizeof *b);
	b->kind = kind;
	return b;
}

void
rep_heading(struct rep_doc *d, int level, const char *text)
{
	struct rep_block *b = block(d, REP_HEADING);
	char num[16], id[20];
	if (level <= 1) {
		d->chapters++, d->sections = 0;
		snprintf(num, sizeof num, "%d", d->chapters);
		snprintf(id, sizeof id, "s%d", d->chapters);
	} else {
		d->sections++;
		snprintf(num, sizeof num, "%d.%d", d->chapters, d->sections);
		snprintf(id, sizeof id, "s%d-%d", d->chapters, d->sections);
	}
	b->level = level <= 1 ? 1 : 2;
	b->text = keep(d, text);
	b->number = keep(d, num);
	b->id = keep(d, id);
}

void
rep_para(struct rep_doc *d, const char *fmt, ...)
{
	struct buf t;
	va_list ap;
	buf_init(&t, 1 << 20);
	va_start(ap, fmt);
	buf_vprintf(&t, fmt, ap);
	va_end(ap);
	block(d, REP_PARA)->text = keep(d, buf_str(&t));
	buf_free(&t);
}

void
rep_bullet(struct rep_doc *d, const char *text)
{
	block(d, REP_BULLET)->text = keep(d, text);
}

struct rep_table *
rep_table(struct rep_doc *d, const char *caption, size_t n_cols, const char *const *head,
    unsigned numeric)
{
	struct rep_block *b = block(d, REP_TABLE);
	struct rep_table *t = &b->table;
	t->caption = keep(d, caption);
	t->n_cols = n_cols;
	t->numeric = numeric;
	t->head = arena_alloc(&d->mem, n_cols * sizeof *t->head);
	for (size_t c = 0; t->head && c < n_cols; c++)
		t->head[c] = keep(d, head[c]);
	return t;
}

void
rep_row(struct rep_doc *d, struct rep_table *t, const char *const *cells)
{
	if (t->n_rows == t->cap_rows) {
		size_t cap = t->cap_rows ? 2 * t->cap_rows : 8;
		const char **grown = arena_alloc(&d->mem, cap * t->n_cols * sizeof *grown);
		if (!grown)
			return;
		if (t->cells)
			memcpy(grown, t->cells, t->n_rows * t->n_cols * sizeof *grown);
		t->cells = grown, t->cap_rows = cap;
	}
	for (size_t c = 0; c < t->n_cols; c++)
		t->cells[t->n_rows * t->n_cols + c] = keep(d, cells[c]);
	t->n_rows++;
}

void
rep_chart(struct rep_doc *d, const struct chart *c)
{
	struct rep_block *b = block(d, REP_CHART);
	struct chart *k = &b->chart;
	*k = *c;
	k->title = keep(d, c->title);
	k->unit = keep(d, c->unit);
	const char **labels = arena_alloc(&d->mem, (c->n_labels + 1) * sizeof *labels);
	struct chart_series *series = arena_alloc(&d->mem, (c->n_series + 1) * sizeof *series);
	if (!labels || !series) {
		k->n_labels = k->n_series = 0;
		return;
	}
	for (size_t i = 0; i < c->n_labels; i++)
		labels[i] = keep(d, c->labels[i]);
	for (size_t s = 0; s < c->n_series; s++) {
		double *v = arena_alloc(&d->mem, (c->n_labels + 1) * sizeof *v);
		if (v && c->n_labels)
			memcpy(v, c->series[s].values, c->n_labels * sizeof *v);
		series[s].name = keep(d, c->series[s].name);
		series[s].values = v;
	}
	k->labels = labels;
	k->series = series;
}
