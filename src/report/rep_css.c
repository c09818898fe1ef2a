/*
 * rep_css.c: the stylesheet of the HTML report, kept in one place and written into the
 * file's <style> element, so that a downloaded report is one self-contained file that
 * reads on screen and prints on A4 (each chapter on a new page, a table's header repeated
 * on every page it runs over, no row or chart cut in two). GOV.UK's type and colours.
 */
#include "report/report.h"

const char rep_css[] =
	"html{font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;line-height:1.4}"
	"body{margin:0;background:#fff}"
	"main{max-width:960px;margin:0 auto;padding:24px}"
	".cover{border-bottom:10px solid #1d70b8;padding-bottom:16px;margin-bottom:24px}"
	".cover h1{font-size:2.2em;margin:0 0 8px}"
	".cover p{margin:4px 0;font-size:1.1em}"
	"h2{font-size:1.6em;margin:40px 0 12px;border-bottom:2px solid #b1b4b6}"
	"h3{font-size:1.2em;margin:28px 0 8px}"
	"nav ol{list-style:none;padding-left:0}"
	"nav ol ol{padding-left:1.5em}"
	"nav a{color:#1d70b8}"
	"ul.changes li{margin-bottom:4px}"
	"figure{margin:16px 0 24px}"
	"figcaption{font-weight:bold;margin-bottom:8px}"
	"svg.sg-chart{max-width:100%;height:auto;display:block}"
	"table{border-collapse:collapse;width:100%;margin:8px 0 20px;font-size:0.95em}"
	"caption{text-align:left;font-weight:bold;padding-bottom:6px}"
	"th,td{border-bottom:1px solid #b1b4b6;padding:4px 8px 4px 0;text-align:left;"
	"vertical-align:top}"
	"thead th{border-bottom:2px solid #0b0c0c}"
	"td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}"
	".note{color:#505a5f}"
	"@page{size:A4;margin:18mm 16mm 20mm}"
	"@media print{"
	"main{max-width:none;padding:0}"
	"html{font-size:10.5pt}"
	"h2{break-before:page}"
	"h2,h3{break-after:avoid}"
	"figure,tr{break-inside:avoid}"
	"thead{display:table-header-group}"
	"nav a{color:#0b0c0c;text-decoration:none}"
	"}";
