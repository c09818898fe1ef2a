/*
 * rep_html.c: a report document as one HTML file. The stylesheet (rep_css.c) goes in the
 * head, the charts as inline SVG from the chart module, and each chart sits in a <figure>
 * with the table that follows it, so that a screen reader or a printout without graphics
 * has every number. Every text is escaped here, by the one escaper.
 */
#include "report/report.h"

#include "base/buf.h"
#include "base/esc.h"

static void
put_text(struct buf *b, const char *pre, const char *text, const char *post)
{
	buf_adds(b, pre);
	esc_html(b, text);
	buf_adds(b, post);
}

static void
contents(const struct rep_doc *d, struct buf *b)
{
	int open2 = 0, any = 0;
	buf_adds(b, "<nav aria-labelledby=\"contents\"><h2 id=\"contents\">Contents</h2><ol>");
	for (size_t i = 0; i < d->n; i++) {
		const struct rep_block *h = &d->blocks[i];
		if (h->kind != REP_HEADING)
			continue;
		if (h->level == 1) {
			buf_adds(b, open2 ? "</ol></li>" : any ? "</li>" : "");
			open2 = 0;
		} else if (!open2) {
			buf_adds(b, "<ol>");
			open2 = 1;
		}
		buf_printf(b, "<li><a href=\"#%s\">%s ", h->id, h->number);
		esc_html(b, h->text);
		buf_adds(b, h->level == 1 ? "</a>" : "</a></li>");
		any = 1;
	}
	buf_adds(b, open2 ? "</ol></li>" : any ? "</li>" : "");
	buf_adds(b, "</ol></nav>");
}

static void
table(const struct rep_table *t, struct buf *b)
{
	put_text(b, "<table><caption>", t->caption, "</caption><thead><tr>");
	for (size_t c = 0; c < t->n_cols; c++)
		put_text(b, (t->numeric >> c) & 1 ? "<th scope=\"col\" class=\"num\">" :
		    "<th scope=\"col\">", t->head[c], "</th>");
	buf_adds(b, "</tr></thead><tbody>");
	for (size_t r = 0; r < t->n_rows; r++) {
		buf_adds(b, "<tr>");
		for (size_t c = 0; c < t->n_cols; c++) {
			const char *cell = t->cells[r * t->n_cols + c];
			if (c == 0)
				put_text(b, "<th scope=\"row\">", cell, "</th>");
			else
				put_text(b, (t->numeric >> c) & 1 ? "<td class=\"num\">" : "<td>",
				    cell, "</td>");
		}
		buf_adds(b, "</tr>");
	}
	buf_adds(b, "</tbody></table>");
}

static void
blocks(const struct rep_doc *d, struct buf *b)
{
	int in_list = 0;
	for (size_t i = 0; i < d->n; i++) {
		const struct rep_block *k = &d->blocks[i];
		if (in_list && k->kind != REP_BULLET)
			buf_adds(b, "</ul>"), in_list = 0;
		switch (k->kind) {
		case REP_HEADING:
			buf_printf(b, "<h%d id=\"%s\">%s ", k->level + 1, k->id, k->number);
			put_text(b, "", k->text, k->level == 1 ? "</h2>" : "</h3>");
			break;
		case REP_PARA:
			put_text(b, "<p>", k->text, "</p>");
			break;
		case REP_BULLET:
			if (!in_list)
				buf_adds(b, "<ul class=\"changes\">"), in_list = 1;
			put_text(b, "<li>", k->text, "</li>");
			break;
		case REP_CHART:
			put_text(b, "<figure><figcaption>", k->chart.title, "</figcaption>");
			chart_svg(b, &k->chart);
			if (i + 1 < d->n && d->blocks[i + 1].kind == REP_TABLE)
				table(&d->blocks[++i].table, b);
			buf_adds(b, "</figure>");
			break;
		case REP_TABLE:
			table(&k->table, b);
			break;
		}
	}
	if (in_list)
		buf_adds(b, "</ul>");
}

void
rep_html(const struct rep_doc *d, FILE *out)
{
	struct buf b;
	buf_init(&b, (size_t)256 << 20);
	buf_adds(&b, "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
	put_text(&b, "<title>", d->title, "</title><style>");
	buf_adds(&b, rep_css);
	buf_adds(&b, "</style></head><body><main>");
	put_text(&b, "<header class=\"cover\"><h1>", d->title, "</h1>");
	put_text(&b, "<p>", d->subtitle, "</p>");
	put_text(&b, "<p class=\"note\">", d->note, "</p></header>");
	contents(d, &b);
	blocks(d, &b);
	buf_adds(&b, "</main></body></html>\n");
	fwrite(b.p, 1, b.len, out);
	buf_free(&b);
}
