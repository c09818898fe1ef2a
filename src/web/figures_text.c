/*
 * figures_text.c: a figure's numbers in words and digits (figures_web.h), so that the
 * dashboard, its lists, the CSV and the API write a value the same way.
 */
#include "web/figures_web.h"

#include <math.h>
#include <stdio.h>

#include "web/web_int.h"

const char *
fw_value_text(struct web_req *r, const struct fig_def *d, double v)
{
	if (isnan(v))
		return "none";
	switch (d->unit) {
	case FIG_COUNT:
		return arena_printf(&r->arena, "%.0f", v);
	case FIG_PERCENT:
		return arena_printf(&r->arena, "%.1f%%", v);
	default:
		return arena_printf(&r->arena, "%.1f", v);
	}
}

void
fw_number(char out[32], double v)
{
	if (isnan(v) || isinf(v))
		out[0] = '\0';
	else if (v == floor(v) && fabs(v) < 1e15)
		snprintf(out, 32, "%.0f", v);
	else
		snprintf(out, 32, "%.4g", v);
}

const char *
fw_row_label(const struct fig_result *res, size_t i)
{
	if (i >= res->n_rows)
		return "";
	if (res->rows[i].label && *res->rows[i].label)
		return res->rows[i].label;
	return res->def ? res->def->title : "";
}
