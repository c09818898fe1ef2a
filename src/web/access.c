/*
 * access.c: need-to-know. The route table says which roles may ask for a page; this
 * file says, for the records the page concerns, whether this person may see them. It is
 * the one place those rules are written (product.md 7):
 *
 *   - Social workers, team managers, conference chairs and senior managers read the
 *     case records of the area.
 *   - A partner practitioner reads only the children their agency works with (invited to
 *     one of the child's conferences, on its core group, or the agency that referred
 *     the child), and of those only the parts
 *     their agency needs: the child's identity, the conferences their agency is invited
 *     to, their own agency's invitation, the plan and its core groups. Never an
 *     assessment, an enquiry, or another agency's invitation and report.
 *   - Administrators, analysts, the LADO, child death review, hospital lookup and school
 *     safeguarding leads
 *     read no child's record at all (their pages show figures without names, or records
 *     of their own).
 *   - Operation Encompass: a police officer records notifications and sees those of
 *     their own force; a school's safeguarding lead sees their own school's, never
 *     another's (web_encompass_mine); a social worker sees them on the child's record.
 *   - Training (issue 11, point 5): the partnership's business unit, whose training
 *     administrator is a senior manager, runs the courses, sessions and registers. Anyone
 *     else books and cancels places and no more (web_training_write); a partner books
 *     for the people of their own agency only, and sees their own agency's bookings,
 *     never another agency's people.
 *   - Multi-agency case audits: the quality-assurance subgroup (team and senior managers)
 *     reads and writes them; a partner reads and updates only its own agency's returns
 *     on audited cases and the actions its agency owns, and cannot give one away.
 *   - Self-assessments (Section 11, Section 175): the subgroup reads and writes them; a
 *     partner or a school's safeguarding lead reads and returns only its own agency's.
 *   - A child's record can be restricted to named people (a staff member's own family).
 *     Anyone else allowed the record must first say why they open it; the reason goes to
 *     the audit trail and to the managers' worklists, and holds for WEB_REASON_SECONDS.
 *
 * Every refusal is written to the audit trail.
 */
#include "web/web_int.h"

#include <stdio.h>
#include <string.h>

#include "base/str.h"
#include "web/html.h"
#include "model/model.h"
#include "web/snapshot.h"

static const struct {
	const char *code, *name;
	unsigned bit;
} roles[] = {
	{"administrator", "administrator", R_ADMIN},
	{"social_worker", "social worker", R_SW},
	{"manager", "team manager", R_MANAGER},
	{"chair", "conference chair", R_CHAIR},
	{"senior_manager", "senior manager", R_SENIOR},
	{"partner", "partner agency practitioner", R_PARTNER},
	{"analyst", "performance analyst", R_ANALYST},
	{"lado", "LADO", R_LADO},
	{"health_lookup", "hospital lookup", R_HEALTH},
	{"school_lead", "school safeguarding lead", R_SCHOOL},
	{"cdop", "child death review", R_CDOP},	/* issue 11, point 6 */
};

unsigned
web_role_bit(const char *role)
{
	for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
		if (role && strcmp(roles[i].code, role) == 0)
			return roles[i].bit;
	return 0;
}

const char *
web_role_name(unsigned bit)
{
	for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
		if (roles[i].bit == bit)
			return roles[i].name;
	return "no role";
}

const char *
web_role_code(unsigned bit)
{
	for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
		if (roles[i].bit == bit)
			return roles[i].code;
	return "";
}

/*
 * A partner's view of a child is its identity, not its profile; of a conference, when
 * and who chairs it and what it decided, not what the family said or the social worker's
 * own deadlines.
 */
static const struct {
	const char *table, *cols;
} partner_cols[] = {
	{"children", " id la_child_id given_name family_name birth_date expected_birth_date sex "
	 "upn nhs_number death_date "},
	{"conferences", " id child_id kind plan_id scheduled_date rescheduled_from held_date "
	 "chair_id decision categories key_worker_id plan_circulated_date "
	 "minutes_circulated_date scheduled_time venue cancelled_date outline_plan "},
};

int
web_col_visible(const struct web_req *r, const char *table, const char *col)
{
	char key[80];

	if (!(r->role & R_PARTNER))
		return 1;
	snprintf(key, sizeof key, " %s ", col);
	for (size_t i = 0; i < sizeof partner_cols / sizeof partner_cols[0]; i++)
		if (strcmp(partner_cols[i].table, table) == 0)
			return strstr(partner_cols[i].cols, key) != NULL;
	return 1;
}

static int64_t
col_i(const struct table *t, const struct field *row, const char *name)
{
	int c = records_col_index(t, name);

	return c >= 0 && row[c].present ? row[c].i : 0;
}

/* A partner's part of escalations (issue 11): those their agency raised or that are about
 * it, and the stages of those. */
static int
escalation_ours(struct web_req *r, const char *table, const struct field *row)
{
	const struct table *t = records_table("escalations");
	struct field esc[32];
	struct buf text;
	int found, ours;

	if (strcmp(table, "escalations") == 0)
		return col_i(t, row, "about_agency_id") == r->user.agency_id ||
		    col_i(t, row, "raised_by_agency_id") == r->user.agency_id;
	buf_init(&text, 1u << 16);
	found = store_get(r->st, t, col_i(records_table(table), row, "escalation_id"), esc,
	    &text);
	ours = found == 1 && escalation_ours(r, "escalations", esc);
	buf_free(&text);
	return ours;
}

int
web_row_visible(struct web_req *r, const char *table, const struct field *row)
{
	const struct table *t = records_table(table);

	if (!t || !web_table_readable(r, table))
		return 0;
	/* migration_self_assessments: a partner's or a school's own agency's */
	if ((r->role & (R_PARTNER | R_SCHOOL)) && strcmp(table, "self_assessments") == 0)
		return col_i(t, row, "agency_id") == r->user.agency_id;
	if (!(r->role & R_PARTNER))
		return 1;
	if (strcmp(table, "conference_invitees") == 0 || strcmp(table, "conference_reports") == 0)
		return col_i(t, row, "agency_id") == r->user.agency_id;
	if (strcmp(table, "conferences") == 0)
		return store_agency_invited(r->st, r->user.agency_id, row[0].i) == 1;
	if (strcmp(table, "escalations") == 0 || strcmp(table, "escalation_stages") == 0)
		return escalation_ours(r, table, row);
	if (strcmp(table, "training_bookings") == 0)	/* training (issue 11, point 5) */
		return web_training_visible(r, col_i(t, row, "agency_id"));
	/* migration_audits: a partner's part of an audit is its own agency's */
	if (strcmp(table, "audit_contributions") == 0)
		return col_i(t, row, "agency_id") == r->user.agency_id;
	if (strcmp(table, "actions") == 0)
		return col_i(t, row, "owner_agency_id") == r->user.agency_id;
	return 1;
}

int
web_training_visible(const struct web_req *r, int64_t agency_id)
{
	return !(r->role & R_PARTNER) || agency_id == r->user.agency_id;
}

static int refuse(struct web_req *r, const char *table, int64_t id, const char *why);

/* A column of a booking changed by a write (old NULL: a new record that gives it). */
static int
changed(const struct field *row, const struct field *old, int c)
{
	if (!old)
		return row[c].present;
	if (row[c].present != old[c].present || row[c].i != old[c].i)
		return 1;
	return row[c].s && old[c].s && strcmp(row[c].s, old[c].s) != 0;
}

/*
 * Training (issue 11, point 5): the training administrator (a senior manager) writes any
 * booking; anyone else books and cancels places, a partner those of their own agency's
 * people only, and leaves attendance, fees and evaluations to the administrator. 1 go on,
 * 0 refused.
 */
int
web_training_write(struct web_req *r, const struct table *t, const struct field *row,
    const struct field *old)
{
	static const char *const admin_only[] = {"fee_applies", "fee_pounds", "evaluation_date",
	    "confidence_before", "confidence_after", "rating"};
	int ag = records_col_index(t, "agency_id"), st = records_col_index(t, "status");
	int64_t id = old ? old[0].i : 0;

	if (r->role & R_SENIOR)
		return 1;
	if ((r->role & R_PARTNER) && ((old && col_i(t, old, "agency_id") != r->user.agency_id) ||
	    (row[ag].present && row[ag].i != r->user.agency_id)))
		return refuse(r, t->name, id, "agency_id: you book places for the people of your "
		    "own agency only");
	if (changed(row, old, st) && row[st].s && strcmp(row[st].s, "booked") != 0 &&
	    strcmp(row[st].s, "cancelled") != 0)
		return refuse(r, t->name, id, "status: a place is booked or cancelled here; the "
		    "training administrator records who attended");
	for (size_t i = 0; i < sizeof admin_only / sizeof *admin_only; i++)
		if (changed(row, old, records_col_index(t, admin_only[i])))
			return refuse(r, t->name, id, arena_printf(&r->arena, "%s: the training "
			    "administrator records fees and evaluations; leave it out",
			    admin_only[i]));
	return 1;
}

enum web_access
web_child_access(struct web_req *r, int64_t child_id)
{
	char reason[320];
	int named = 0, restricted;
	struct web_snapshot *snap;
	const struct m_child *c;

	if (!(r->role & (R_CASE | R_PARTNER)) || !(snap = web_snapshot_get(r)))
		return WA_NO;
	c = m_child_by_id(&snap->a, child_id);
	if (!c || ((r->role & R_PARTNER) &&
	    !web_snapshot_agency_knows(snap, r->user.agency_id, c))) {
		web_snapshot_put(snap);
		return WA_NO;
	}
	restricted = web_snapshot_restricted(snap, child_id, r->user.id, &named);
	web_snapshot_put(snap);
	if (!restricted || named)
		return WA_YES;
	if (store_reason_current(r->st, r->user.id, child_id, web_now(), reason,
	    sizeof reason) == 1) {
		r->reason = arena_strdup(&r->arena, reason);
		return WA_YES;
	}
	return WA_REASON;
}

static int
refuse(struct web_req *r, const char *table, int64_t id, const char *why)
{
	web_audit(r, "refused", table, id, r->child_id, r->route->pattern, NULL);
	return web_forbidden(r, why), 0;
}

int
web_encompass_police(struct web_req *r)
{
	if ((r->role & R_PARTNER) && strcmp(r->user.agency_kind, "police") == 0)
		return 1;
	return refuse(r, "encompass_notifications", 0, "Only a police force records and sends "
	    "Operation Encompass notifications.");
}

int
web_encompass_is_mine(const struct web_req *r, const struct m_encompass *e)
{
	if (!r->user.agency_id)
		return 0;
	if (r->role & R_SCHOOL)
		return e->school_id == r->user.agency_id;
	return (r->role & R_PARTNER) && e->police_agency_id == r->user.agency_id;
}

int
web_encompass_mine(struct web_req *r, const struct m_encompass *e)
{
	if (web_encompass_is_mine(r, e))
		return 1;
	return refuse(r, "encompass_notifications", e->id, (r->role & R_SCHOOL) ?
	    "This notification is for another school." : "This notification is another "
	    "force's.");
}

/* The page that asks why a restricted record is opened. */
static int
ask_reason(struct web_req *r)
{
	if (r->route->flags & F_API)
		return refuse(r, "children", r->child_id, "This child's record is restricted: "
		    "open it in the browser, giving your reason."), 0;
	web_audit(r, "refused", "children", r->child_id, r->child_id, "restricted: reason asked",
	    NULL);
	r->status = 403;
	h_page_begin(r, "This record is restricted", NAV_NONE);
	h(r, "<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">"
	    "<h1 class=\"govuk-heading-l\">This record is restricted</h1><p class=\"govuk-body\">"
	    "Access to this child's record is limited to named people. You can open it if your "
	    "work needs it: say why. Your reason is kept in the audit trail and shown to the "
	    "managers who review access to restricted records.</p>"
	    "<form method=\"post\" action=\"/children/%lld/reason\" novalidate>",
	    (long long)r->child_id);
	h_csrf(r);
	h(r, "<div class=\"govuk-form-group\"><label class=\"govuk-label govuk-label--s\" "
	    "for=\"reason\">Why do you need to open this record?</label><div class=\"govuk-hint\" "
	    "id=\"reason-hint\">For example: duty social worker, new referral received today."
	    "</div><textarea class=\"govuk-textarea\" id=\"reason\" name=\"reason\" rows=\"3\" "
	    "aria-describedby=\"reason-hint\"></textarea></div>"
	    "<button type=\"submit\" class=\"govuk-button\">Open the record</button></form>"
	    "</div></div>");
	h_page_end(r);
	return 0;
}

/* The child a route's record belongs to (0 for shared records): 1 found, 0 no such. */
static int
record_child(struct web_req *r, const char *table, int64_t id)
{
	const struct table *t = records_table(table);
	int64_t child = 0;
	int rc;

	if (!t)
		return 0;
	if ((rc = store_lookup(r->st, t, id, &child)) <= 0)
		return 0;
	r->child_id = strcmp(table, "children") == 0 ? id : child;
	return 1;
}

static int
check_child(struct web_req *r)
{
	switch (web_child_access(r, r->child_id)) {
	case WA_YES:
		return 1;
	case WA_REASON:
		if (r->route->flags & F_REASON)
			return 1;
		return ask_reason(r);
	default:
		return refuse(r, "children", r->child_id, "Your role, or your agency's part in "
		    "this child's case, does not give you access to this record.");
	}
}

/*
 * A partner reads only a part of a child's record: of its conferences those their agency
 * is invited to, of the invitations their agency's own. A record of another part, asked
 * for by its id, is refused (and audited) here like any other, not merely left out.
 */
static int
check_row(struct web_req *r, const char *table)
{
	const struct table *t = records_table(table);
	struct field row[64];
	struct buf text;
	int found, visible;

	if (!(r->role & (R_PARTNER | R_SCHOOL)) || !t || t->ncols > 64)
		return 1;
	buf_init(&text, 1u << 20);
	found = store_get(r->st, t, r->ids[0], row, &text);
	visible = found == 1 && web_row_visible(r, table, row);
	buf_free(&text);
	if (found < 0)
		return web_error(r, 500, "Something went wrong", "safeguard could not read this "
		    "record. Try again; if it goes on, tell the system administrator."), 0;
	return visible ? 1 : refuse(r, table, r->ids[0], strcmp(table, "training_bookings") == 0 ?
	    "This booking is of another agency's people." : "This is not your agency's part of "
	    "the child's record.");
}

/* /api/v1/TABLE?child_id=N: the records of one child, so the child's need-to-know. */
static int
table_child(struct web_req *r)
{
	const char *v = web_kv_get(&r->query, "child_id");
	int64_t id;

	if (!v || !str_to_i64(v, &id) || id <= 0 || id > RECORDS_MAX_ID)
		return web_json_error(r, 400, "child_id: give the record id of the child whose "
		    "records you want (?child_id=N)"), 0;
	if (!record_child(r, "children", id))
		return web_json_error(r, 404, "child_id: no child has this id"), 0;
	return check_child(r);
}

int
web_write_child(struct web_req *r, int64_t child_id)
{
	int64_t keep = r->child_id;

	if (child_id <= 0 || !record_child(r, "children", child_id))
		return 1;
	if (!check_child(r))
		return 0;
	r->child_id = keep ? keep : child_id;
	return 1;
}

int
web_write_linked(struct web_req *r, const struct table *t, const struct field *row,
    const struct field *old)
{
	int own = records_child_col(t);

	/* A LADO case may name a child it concerns without opening the child's record: the
	 * link is the LADO's own, and reads nothing of the child (issue 11, point 2). */
	if (strcmp(t->name, "lado_cases") == 0)
		return 1;
	/* So may a child's death name the child's record (issue 11, point 6): the child death
	 * review reads from it only the child's age, sex, ethnicity and status at death. */
	if (strcmp(t->name, "child_deaths") == 0)
		return 1;
	if (strcmp(t->name, "training_bookings") == 0)	/* no child: its agency's rule */
		return web_training_write(r, t, row, old);
	/* A partner's return or action stays its own agency's (migration_audits). */
	if ((r->role & (R_PARTNER | R_SCHOOL)) && (strcmp(t->name, "audit_contributions") == 0
	    || strcmp(t->name, "actions") == 0 || strcmp(t->name, "self_assessments") == 0) &&
	    !web_row_visible(r, t->name, row))
		return refuse(r, t->name, row[0].present ? row[0].i : 0, "A return or an action "
		    "of your agency cannot be given to another agency.");
	for (int c = 1; c < t->ncols; c++) {
		const struct column *col = &t->cols[c];
		if (c == own || col->type != COL_REF || !col->ref ||
		    strcmp(col->ref, "children") != 0 || !row[c].present)
			continue;
		if (old && old[c].present && old[c].i == row[c].i)
			continue;
		if (!web_write_child(r, row[c].i))
			return 0;
	}
	return 1;
}

int
web_scope_check(struct web_req *r)
{
	const char *table = r->route->table;

	switch (r->route->scope) {
	case SC_CHILD:
		table = "children";
		/* fall through */
	case SC_RECORD:
		if (!web_table_readable(r, table))
			return refuse(r, table, r->ids[0], NULL);
		if (!record_child(r, table, r->ids[0]))
			return web_not_found(r), 0;
		if (r->child_id && !check_child(r))
			return 0;
		return r->route->scope == SC_RECORD ? check_row(r, table) : 1;
	case SC_CONFERENCE:
		if (!record_child(r, "conferences", r->ids[0]))
			return web_not_found(r), 0;
		if ((r->role & R_PARTNER) &&
		    store_agency_invited(r->st, r->user.agency_id, r->ids[0]) != 1)
			return refuse(r, "conferences", r->ids[0], "Your agency is not invited to "
			    "this conference.");
		return check_child(r);
	case SC_TABLE:
		if (!web_table_readable(r, table))
			return refuse(r, table, 0, NULL);
		return records_child_col(records_table(table)) < 0 &&
		    strcmp(table, "children") != 0 ? 1 : table_child(r);
	default:
		return 1;
	}
}
