/*
 * report.h: a document written once and printed two ways. The annual report (annual.c)
 * builds a rep_doc of headings, paragraphs, tables and charts from the figures; the HTML
 * writer (rep_html.c) and the PDF writer (rep_pdf.c) each print it whole. Neither writer
 * knows what a figure is, and the builder knows nothing of HTML or pages, so the two
 * formats cannot say different things.
 *
 * Everything a document holds lives in its arena and goes in one rep_doc_free.
 */
#ifndef SG_REPORT_H
#define SG_REPORT_H
#include <stddef.h>
#include <stdio.h>

#include "base/arena.h"
#include "chart/chart.h"

enum rep_kind { REP_HEADING, REP_PARA, REP_BULLET, REP_TABLE, REP_CHART };

struct rep_table {
	const char *caption;
	size_t n_cols, n_rows;	/* rows after the header row */
	const char **head;	/* n_cols */
	const char **cells;	/* n_rows * n_cols, row by row */
	size_t cap_rows;
	unsigned numeric;	/* bit c: column c holds numbers (set right-aligned) */
};

struct rep_block {
	enum rep_kind kind;
	int level;		/* a heading: 1 a chapter, 2 a section */
	const char *id;		/* a heading: its anchor, "s3-2" */
	const char *number;	/* a heading: "3" or "3.2" */
	const char *text;	/* a heading, paragraph or bullet */
	struct rep_table table;
	struct chart chart;	/* a chart: its labels and series are the arena's copies */
};

struct rep_doc {
	struct arena mem;
	const char *title, *subtitle, *note;	/* the cover */
	struct rep_block *blocks;
	size_t n, cap;
	int chapters, sections;	/* to number the headings */
};

void rep_doc_init(struct rep_doc *d);
void rep_doc_free(struct rep_doc *d);
/* The text is copied; a heading is numbered ("3.2") and given an anchor. */
void rep_heading(struct rep_doc *d, int level, const char *text);
void rep_para(struct rep_doc *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void rep_bullet(struct rep_doc *d, const char *text);
/* A table with n_cols columns and the given header; rows follow with rep_row. */
struct rep_table *rep_table(struct rep_doc *d, const char *caption, size_t n_cols,
    const char *const *head, unsigned numeric);
void rep_row(struct rep_doc *d, struct rep_table *t, const char *const *cells);
/* A copy of c (labels, series names and values too). */
void rep_chart(struct rep_doc *d, const struct chart *c);

/* The writers. Each returns 0, or -1 with why[size] said (only the PDF writer can fail). */
void rep_html(const struct rep_doc *d, FILE *out);
int rep_pdf(const struct rep_doc *d, FILE *out, char *why, size_t size);
/* The report's stylesheet (rep_css.c): screen and A4 print. */
extern const char rep_css[];

#endif
