/*
 * test_report.c: the words of "what changed since last year", the report's year, and the
 * document's two writers (escaping, a table for the chart, a PDF that is one).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"

#include "base/buf.h"
#include "base/mem.h"
#include "report/annual.h"

/* What a writer wrote to a temporary file, NUL-terminated (xfree it). */
static char *
slurp(FILE *f, size_t *len)
{
	long n;
	fflush(f);
	n = ftell(f);
	char *s = xmalloc((size_t)(n > 0 ? n : 0) + 1);
	rewind(f);
	*len = fread(s, 1, (size_t)(n > 0 ? n : 0), f);
	s[*len] = '\0';
	fclose(f);
	return s;
}

static const char *
said(enum fig_unit unit, double prev, double cur, double prev_num, double cur_num)
{
	static char out[512];
	struct rep_change c = { "GP reports on time", unit, prev, cur, prev_num, cur_num };
	struct buf b;
	buf_init(&b, 4096);
	int any = rep_change_sentence(&b, &c);
	snprintf(out, sizeof out, "%s", any ? buf_str(&b) : "(nothing)");
	buf_free(&b);
	return out;
}

static void
test_rose_fell_stayed(void)
{
	CHECK_STR(said(FIG_PERCENT, 4, 9, 1, 2), "GP reports on time rose from 4% to 9%.");
	CHECK_STR(said(FIG_PERCENT, 9.04, 4.46, 1, 2), "GP reports on time fell from 9% to 4.5%.");
	/* Two values that print alike are the same to the reader. */
	CHECK_STR(said(FIG_PERCENT, 9.01, 8.98, 1, 2), "GP reports on time stayed at 9%.");
	CHECK_STR(said(FIG_COUNT, 1200, 1350, 0, 0), "GP reports on time rose from 1,200 to 1,350.");
	CHECK_STR(said(FIG_COUNT, 7, 7, 0, 0), "GP reports on time stayed at 7.");
	CHECK_STR(said(FIG_DAYS, 250.4, 270.6, 0, 0),
	    "GP reports on time rose from 250 days to 271 days.");
}

static void
test_rates_lead_with_counts(void)
{
	CHECK_STR(said(FIG_PER_10K, 44.12, 40.68, 412, 380),
	    "GP reports on time fell from 412 to 380 (44.1 to 40.7 per 10,000).");
	CHECK_STR(said(FIG_PER_10K, 40, 40, 380, 380),
	    "GP reports on time stayed at 380 (40.0 per 10,000).");
	/* The same count in a larger population: the rate moved, the count did not. */
	CHECK_STR(said(FIG_PER_10K, 40, 38, 380, 380),
	    "GP reports on time stayed at 380 (40.0 to 38.0 per 10,000).");
}

static void
test_missing_years(void)
{
	CHECK_STR(said(FIG_PERCENT, NAN, NAN, 0, 0), "(nothing)");
	CHECK_STR(said(FIG_PERCENT, NAN, 9, 0, 1),
	    "GP reports on time: 9% this year; there is no figure for the year before.");
	CHECK_STR(said(FIG_PERCENT, 9, NAN, 1, 0),
	    "GP reports on time: no figure this year (the year before: 9%).");
	CHECK_STR(said(FIG_PER_10K, NAN, 40, NAN, 380),
	    "GP reports on time: 380 (40.0 per 10,000) this year; there is no figure for the "
	    "year before.");
	char v[32];
	rep_value(FIG_PERCENT, NAN, v, sizeof v);
	CHECK_STR(v, "-");
}

static void
test_year(void)
{
	int y = 0;
	CHECK(annual_year_parse("2025-26", &y) && y == 2025);
	CHECK(annual_year_parse("1999-00", &y) && y == 1999);
	CHECK(!annual_year_parse("2025-27", &y));
	CHECK(!annual_year_parse("25-26", &y));
	CHECK(!annual_year_parse("2025/26", &y));
	CHECK(!annual_year_parse("2025-26x", &y));
	CHECK(!annual_year_parse(NULL, &y));
}

static void
sample(struct rep_doc *d)
{
	static const char *const labels[] = { "Neglect", "<b>&" };
	double cur[] = { 3, 4 }, prev[] = { 2, NAN };
	struct chart_series s[] = { { "2025-26", cur }, { "2024-25", prev } };
	struct chart c = { CHART_BARS, "Plans <by> category", "children", labels, 2, s, 2, 600, 260 };
	rep_doc_init(d);
	d->title = "Area & <Co>: report";
	d->subtitle = "sub";
	d->note = "note";
	rep_heading(d, 1, "Context & <setting>");
	rep_para(d, "%d children in \"the\" area", 3000);
	rep_heading(d, 2, "Plans");
	rep_bullet(d, "Plans rose from 2 to 3.");
	rep_chart(d, &c);
	const char *head[] = { "Category", "2025-26", "2024-25" };
	struct rep_table *t = rep_table(d, "Plans by category", 3, head, 0x6);
	for (int i = 0; i < 60; i++) {
		const char *row[] = { i ? "Neglect" : "<b>&", "3", "2" };
		rep_row(d, t, row);
	}
}

static void
test_html(void)
{
	struct rep_doc d;
	size_t len = 0;
	sample(&d);
	FILE *f = tmpfile();
	rep_html(&d, f);
	char *text = slurp(f, &len);
	CHECK(strstr(text, "<title>Area &amp; &lt;Co&gt;: report</title>") != NULL);
	CHECK(strstr(text, "<h2 id=\"s1\">1 Context &amp; &lt;setting&gt;</h2>") != NULL);
	CHECK(strstr(text, "<a href=\"#s1-1\">1.1 Plans</a>") != NULL);
	CHECK(strstr(text, "&quot;the&quot;") != NULL);
	CHECK(strstr(text, "<b>") == NULL);
	CHECK(strstr(text, "</svg><table><caption>Plans by category</caption>") != NULL);
	CHECK(strstr(text, "<li>Plans rose from 2 to 3.</li>") != NULL);
	CHECK(strstr(text, " style=") == NULL);
	xfree(text);
	rep_doc_free(&d);
}

static void
test_pdf(void)
{
	struct rep_doc d;
	char why[200] = "";
	size_t len = 0;
	sample(&d);
	FILE *f = tmpfile();
	CHECK_INT(rep_pdf(&d, f, why, sizeof why), 0);
	char *bytes = slurp(f, &len);
	CHECK(len > 2000 && strncmp(bytes, "%PDF", 4) == 0);
	/* Sixty rows run over a page: the cover, the contents and two pages of body. */
	int pages = 0;
	for (size_t i = 0; i + 10 < len; i++)
		if (memcmp(bytes + i, "/Type /Page", 11) == 0 && bytes[i + 11] != 's')
			pages++;
	CHECK(pages >= 4);
	xfree(bytes);
	rep_doc_free(&d);
	chart_cairo_done();
}

int
main(void)
{
	RUN(test_rose_fell_stayed);
	RUN(test_rates_lead_with_counts);
	RUN(test_missing_years);
	RUN(test_year);
	RUN(test_html);
	RUN(test_pdf);
	return DONE();
}
