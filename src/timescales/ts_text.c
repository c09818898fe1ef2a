/*
 * ts_text.c: a clock in words, for the people who read the worklist and the timeline:
 * "statutory visit, at most 10 working days after the last visit on Mon 12 May 2025".
 *
 * The same phrases serve the command line and, later, the web pages and emails, so they
 * are written once here, from the clock and the area's records (names of agencies and
 * professionals), into a caller's buffer. Output is plain text: a web page escapes it.
 */
#include "timescales/ts_int.h"

#include <stdio.h>
#include <string.h>

#include "base/buf.h"

static const char *const weekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
    "Sep", "Oct", "Nov", "Dec"};

void
ts_human_date(cal_date d, char out[20])
{
	int y, m, day;

	if (d == CAL_NONE) {
		out[0] = 0;
		return;
	}
	cal_to_ymd(d, &y, &m, &day);
	snprintf(out, 20, "%s %d %s %d", weekdays[cal_weekday(d) - 1], day, months[m - 1],
	    y % 10000);
}

void
ts_child_name(const struct m_child *c, char *out, size_t size)
{
	if (!c->given_name && !c->family_name)
		snprintf(out, size, "(no name recorded)");
	else
		snprintf(out, size, "%s%s%s", c->given_name ? c->given_name : "",
		    c->given_name && c->family_name ? " " : "",
		    c->family_name ? c->family_name : "");
}

const char *
ts_person(const struct area *a, int64_t id, char *out, size_t size)
{
	const struct m_professional *p = id ? m_professional(a, id) : NULL;

	if (!p)
		return NULL;
	snprintf(out, size, "%s %s", p->given_name ? p->given_name : "",
	    p->family_name ? p->family_name : "");
	return out;
}

static const char *
agency_of_invitee(const struct area *a, const struct ts_clock *k)
{
	const struct m_child *c = m_child_by_id(a, k->child_id);
	const struct m_agency *g = NULL;

	for (uint32_t i = 0; c && i < c->invitees.count; i++)
		if (a->invitees[c->invitees.first + i].id == k->record_id)
			g = m_agency(a, a->invitees[c->invitees.first + i].agency_id);
	return g && g->name ? g->name : "an invited agency";
}

/* Whether a visit clock runs from the plan's start rather than from a visit. */
static int
from_plan_start(const struct area *a, const struct ts_clock *k)
{
	const struct m_child *c = m_child_by_id(a, k->child_id);
	const struct m_plan *p = c ? m_find_plan(a, c, k->record_id) : NULL;

	return p && p->start == k->start;
}

/* "1 working day", "10 working days": the clock's amount in its unit. */
static const char *
amount(const struct ts_clock *k, char out[40])
{
	static const char *const units[] = {"working day", "day", "month", "school day"};
	int n = k->amount;

	snprintf(out, 40, "%d %s%s", n, units[ts_kind_unit(k->kind)], n == 1 ? "" : "s");
	return out;
}

/* The clocks around the pathway (the partnership's records): 1 when k is one of them. */
static int
describe_around(const struct ts_clock *k, const char *start, const char *wd, struct buf *out)
{
	switch ((enum ts_kind)k->kind) {
	case TS_K_ESCALATION_STAGE:
		buf_printf(out, "escalation stage opened on %s answered, %s after it", start, wd);
		break;
	case TS_K_HEALTH_LOOKUP:
		buf_printf(out, "health lookup of %s acknowledged, %s after it", start, wd);
		break;
	case TS_K_LADO_INITIAL:
		buf_printf(out, "allegation received %s first considered (%s)", start, wd);
		break;
	case TS_K_LADO_RESOLUTION:
		buf_printf(out, "allegation received %s resolved within %s", start, wd);
		break;
	case TS_K_QUALITY_FORM:
		buf_printf(out, "chair's quality form on the conference of %s, within %s", start,
		    wd);
		break;
	case TS_K_CDR_JAR:	/* child deaths (issue 11, point 6) */
		buf_printf(out, "joint agency response to the unexpected death notified %s (%s)",
		    start, wd);
		break;
	case TS_K_CDR_REVIEW:
		buf_printf(out, "review by the child death overview panel within %s of the "
		    "death on %s", wd, start);
		break;
	case TS_K_ACTION:	/* migration_audits: its target is the date agreed */
		buf_printf(out, "action set on %s completed by the date agreed", start);
		break;
	case TS_K_PANEL_NOTIFICATION:
		buf_printf(out, "serious incident learned of %s: national panel told within %s",
		    start, wd);
		break;
	case TS_K_RAPID_REVIEW:
		buf_printf(out, "serious incident learned of %s: rapid review completed within %s",
		    start, wd);
		break;
	default:
		return 0;
	}
	return 1;
}

void
ts_describe(const struct area *a, const struct ts_clock *k, struct buf *out)
{
	char start[20], n[40];
	const char *wd = amount(k, n);

	ts_human_date(k->start, start);
	if (ts_encompass_describe(k, start, out) || ts_missing_describe(k, start, out) ||
	    ts_placed_describe(k, start, out) ||
	    describe_around(k, start, wd, out))
		return;
	switch ((enum ts_kind)k->kind) {
	case TS_K_DECISION:
		buf_printf(out, "decision on the referral received %s (%s)", start, wd);
		break;
	case TS_K_ASSESSMENT:
		buf_printf(out, "assessment authorised, %s from %s", wd, start);
		break;
	case TS_K_ICPC:
		buf_printf(out, "initial conference, %s from the strategy discussion of %s", wd,
		    start);
		break;
	case TS_K_TRANSFER_IN:
		buf_printf(out, "transfer-in conference, %s from the notification of %s", wd, start);
		break;
	case TS_K_CHAIR_REPORT:
		buf_printf(out, "social worker's report to the chair, %s before the conference "
		    "of %s", wd, start);
		break;
	case TS_K_PARENT_REPORT:
		buf_printf(out, "social worker's report shared with the parents, %s before the "
		    "conference of %s", wd, start);
		break;
	case TS_K_AGENCY_REPORT:
		buf_printf(out, "report from %s, %s before the conference of %s",
		    agency_of_invitee(a, k), wd, start);
		break;
	case TS_K_PLAN_CIRCULATED:
		buf_printf(out, "plan circulated, %s after the conference of %s", wd, start);
		break;
	case TS_K_PLAN_LIMIT:
		buf_printf(out, "plan circulated at the latest, %s after the conference of %s",
		    wd, start);
		break;
	case TS_K_MINUTES:
		buf_printf(out, "minutes circulated, %s after the conference of %s", wd, start);
		break;
	case TS_K_FIRST_CORE_GROUP:
		buf_printf(out, "first core group, %s after the conference of %s", wd, start);
		break;
	case TS_K_CORE_GROUP:
		buf_printf(out, "core group, at most %s after the last on %s",
		    wd, start);
		break;
	case TS_K_FIRST_REVIEW:
		buf_printf(out, "first review conference, %s after the conference of %s",
		    wd, start);
		break;
	case TS_K_REVIEW:
		buf_printf(out, "review conference, at most %s after the last on %s",
		    wd, start);
		break;
	case TS_K_VISIT:
		buf_printf(out, "statutory visit, at most %s after %s %s", wd,
		    from_plan_start(a, k) ? "the plan began on" : "the last visit on", start);
		break;
	default:
		buf_printf(out, "plan reaching %s (it began on %s)", wd,
		    start);
		break;
	}
}

/* How the state reads: a plan-length flag is reached, not overdue. */
const char *
ts_state_words(const struct ts_clock *k)
{
	static const char *const words[] = {
	    [TS_NA] = "not applicable", [TS_MET] = "met", [TS_MISSED] = "missed",
	    [TS_DUE] = "due", [TS_OVERDUE] = "overdue"};

	if (k->kind == TS_K_PLAN_LENGTH) {
		if (k->state == TS_OVERDUE)
			return "reached";
		if (k->state == TS_MET)
			return "ended before";
		if (k->state == TS_MISSED)
			return "reached";
	}
	return k->state <= TS_OVERDUE ? words[k->state] : "?";
}
