/*
 * test_web_routes.c: the permission model, every route for every role.
 *
 * The route table (src/web/routes.c) says which roles may ask for each path; this test
 * says it again, independently, in the table `expect` (routes_expect.h), and then asks for every row
 * as a user of every role and as nobody, through the whole pipeline (web_dispatch). A row
 * whose roles differ from this table fails, so a change to who may see what is a change
 * made twice, on purpose. For each answer:
 *
 *   - allowed: not 401 or 403 (a page, a redirect, or the form's own errors);
 *   - refused: 403 (a page, or JSON on the API), nothing of the child's record in it (the
 *     child's name), no record added or removed, and a "refused" entry in the audit trail
 *     made by this user for this request;
 *   - nobody logged in: the public rows answer, a page sends the browser to /login with
 *     the way back, and the API answers 401;
 *   - the administrator, the analyst, the LADO, hospital lookup and the school lead never
 *     see a child's name in anything they are allowed.
 *
 * Also: every row has a summary, no two rows share method and pattern, every row of this
 * table is a row of the route table, and docs/api.md names every API row.
 */
#include "harness.h"

#include "../web/web_fixture.h"

#include "base/buf.h"
#include "web/rform.h"

#include "routes_expect.h"

/* The records the walk asks for. */
static struct {
	struct wf_known k;		/* the partner's agency's children */
	int64_t child;			/* one of them, not restricted */
	int64_t conference;		/* of one of them, the agency invited */
	int64_t limited;		/* a child restricted to the manager and senior manager */
	int64_t professional, team, agency, spare_user;
	int64_t lookup;			/* a health lookup of child, to acknowledge */
	int64_t encompass;		/* a notification of child to the school lead's school */
	char child_name[220];
	char **names;			/* every child's name */
	int64_t nnames;
	int64_t rec[WF_MAX_TABLES];	/* per records table: a record to ask for */
	int64_t rchild;			/* the child of that referral, given the new records */
	int serial;			/* for names the forms make */
	int64_t sa_school;		/* the school lead's school's self-assessment */
	char letter;			/* the role asking, for id_for */
} w;

static const struct expect *
expected(const struct web_route *rt)
{
	for (int i = 0; i < NEXPECT; i++)
		if (strcmp(expect[i].method, rt->method) == 0 &&
		    strcmp(expect[i].pattern, rt->pattern) == 0)
			return &expect[i];
	return NULL;
}

/* A record of each table: of a child the partner's agency knows where the partner reads
 * the table (their own agency's invitation; a conference their agency is invited to). */
static void
pick_records(void)
{
	int n;
	const struct table *t = records_tables(&n);
	int64_t agency = wf_role("partner")->u.agency_id;

	for (int i = 0; i < n && i < WF_MAX_TABLES; i++) {
		int child = records_child_col(&t[i]) >= 0;
		if (strcmp(t[i].name, "conference_invitees") == 0)
			w.rec[i] = wf_first(t[i].name, "agency_id", agency, w.k.known, w.k.n);
		else if (strcmp(t[i].name, "conferences") == 0)
			w.rec[i] = w.conference;
		else if (strcmp(t[i].name, "restrictions") == 0)
			w.rec[i] = wf_first(t[i].name, "child_id", w.limited, NULL, 0);
		else
			w.rec[i] = wf_first(t[i].name, NULL, 0, child ? w.k.known : NULL,
			    child ? w.k.n : 0);
	}
}

static int64_t
rec_of(const char *table)
{
	int n;
	const struct table *t = records_tables(&n);

	for (int i = 0; i < n && i < WF_MAX_TABLES; i++)
		if (strcmp(t[i].name, table) == 0)
			return w.rec[i];
	return 0;
}

/* Children's names, for finding them in answers; the demo's names repeat, so a name a
 * professional or user also has is left out (the pages show people's own names). */
static int
take_name(void *ctx, const struct table *t, const struct field *row)
{
	int g = records_col_index(t, "given_name"), f = records_col_index(t, "family_name");
	char name[220];
	int professional = strcmp(t->name, "professionals") == 0;

	(void)ctx;
	if (!row[g].present || !row[f].present)
		return 0;
	snprintf(name, sizeof name, "%s %s", row[g].s, row[f].s);
	for (int64_t i = 0; i < w.nnames; i++)
		if (w.names[i] && strcmp(w.names[i], name) == 0) {
			if (professional) {
				xfree(w.names[i]);
				w.names[i] = w.names[--w.nnames];
			}
			return 0;
		}
	if (!professional)
		w.names[w.nnames++] = xstrdup(name);
	return 0;
}

/* A user to change in the walk: a social worker none of the walk's users is. */
static int
take_spare(void *ctx, const struct store_user *u)
{
	(void)ctx;
	for (int i = 0; i < WF_NROLES; i++)
		if (wf_roles[i].u.id == u->id)
			return 0;
	if (u->id > w.spare_user)
		w.spare_user = u->id;
	return 0;
}

/* A child's name in body (but for except), or NULL. */
static const char *
a_child_name(const char *body, const char *except)
{
	for (int64_t i = 0; i < w.nnames; i++)
		if ((!except || strcmp(except, w.names[i]) != 0) && strstr(body, w.names[i]))
			return w.names[i];
	return NULL;
}

/* A health lookup of the child, as the lookup page records one. */
#include "routes_records.h"

static void
set_rec(const char *table, int64_t id)
{
	int n;
	const struct table *t = records_tables(&n);

	for (int i = 0; i < n && i < WF_MAX_TABLES; i++)
		if (strcmp(t[i].name, table) == 0)
			w.rec[i] = id;
}

/* An Operation Encompass notification of the child from the partner's police force to
 * the school lead's school, sent and not read, as the police's page records one. */
static int
setup(void)
{
	struct wf_role *partner;
	struct wf_pick inv = {"agency_id", 0, NULL, 0, "conference_id", 0, 0, 0};
	int64_t esc[2], aud[5], sa[2];

	if (wf_setup() < 0)
		return -1;
	partner = wf_role("partner");
	wf_known_of(partner->u.agency_id, &w.k);
	inv.want = partner->u.agency_id;
	inv.known = w.k.known;
	inv.nknown = w.k.n;
	wf_find("conference_invitees", &inv);
	w.child = inv.child_id;
	w.conference = inv.got;
	for (w.limited = w.k.n - 1; w.limited > 0 && w.k.known[w.limited]; w.limited--)
		;
	store_user_each(wf_st, "social_worker", take_spare, NULL);
	w.lookup = add_lookup(w.child);
	w.encompass = add_encompass(w.child);
	if (!w.child || !w.conference || !w.limited || !w.spare_user || !w.lookup ||
	    !w.encompass)
		return printf("  the demo gives the partner no child\n"), -1;
	if (wf_restrict(w.limited, wf_role("manager")->u.id, "a manager's relative") < 0 ||
	    wf_restrict(w.limited, wf_role("senior_manager")->u.id, "a manager's relative") < 0)
		return -1;
	wf_child_name(w.child, w.child_name, sizeof w.child_name);
	w.professional = wf_role("social_worker")->u.professional_id;
	w.team = wf_role("social_worker")->u.team_id;
	w.agency = partner->u.agency_id;
	w.names = xcalloc((size_t)store_max_id(wf_st, records_table("children")) + 1,
	    sizeof *w.names);
	store_scan(wf_st, records_table("children"), 0, take_name, NULL);
	store_scan(wf_st, records_table("professionals"), 0, take_name, NULL);
	if (conference_records(inv.id, partner->u.agency_id) < 0 || add_escalation(esc) < 0 ||
	    lado_records(partner->u.agency_id) < 0 || death_records(partner->u.agency_id) < 0 ||
	    training_records(partner->u.agency_id) < 0)
		return -1;
	/* A missing episode of the child, for the walk's edit form and API rows. */
	if (save("missing_episodes", (const char *const[]){"child_id", "start_date",
	    "return_date", NULL}, (const int64_t[]){w.child, 0, 0},
	    (const char *const[]){NULL, "2026-11-20", "2026-11-21"}) < 0)
		return -1;
	/* A placement of the child by another authority, for the same. */
	if (save("placements_in_area", (const char *const[]){"child_id", "placing_authority",
	    "placement_kind", "start_date", NULL}, (const int64_t[]){w.child, 0, 0, 0},
	    (const char *const[]){NULL, "Northmoor", "foster", "2026-11-20"}) < 0)
		return -1;
	if (audit_records(partner->u.agency_id, aud) < 0)	/* migration_audits */
		return -1;
	pick_records();
	set_rec("escalations", esc[0]);
	set_rec("escalation_stages", esc[1]);
	set_rec("case_audits", aud[0]);
	set_rec("audit_cases", aud[1]);
	set_rec("audit_contributions", aud[2]);
	set_rec("actions", aud[3]);
	set_rec("practice_reviews", aud[4]);
	if (sa_records(partner->u.agency_id, wf_role("school_lead")->u.agency_id, sa) < 0)
		return -1;	/* migration_self_assessments */
	set_rec("self_assessments", sa[0]);
	w.sa_school = sa[1];
	if (store_lookup(wf_st, records_table("referrals"), rec_of("referrals"), &w.rchild) != 1)
		return printf("  no referral to give records to\n"), -1;
	return 0;
}

static void
teardown(void)
{
	for (int64_t i = 0; i < w.nnames; i++)
		xfree(w.names[i]);
	xfree(w.names);
	wf_known_free(&w.k);
	wf_teardown();
}

/* The pages of a record of issue 11's partnership records, of no child: its own id. */
static const char *const own_pages[][2] = {
	{"/lado_cases/{id}", "lado_cases"}, {"/child_deaths/{id}", "child_deaths"},
	{"/training/sessions/", "training_sessions"}, {"/case_audits/{id}", "case_audits"},
	{"/practice_reviews/{id}", "practice_reviews"},
	{"/self_assessments/{id}", "self_assessments"},
};

/* The id a pattern's {id} is given in the walk. */
static int64_t
id_for(const struct web_route *rt)
{
	const char *p = rt->pattern;

	/* a school lead returns only its own school's self-assessment */
	if (rt->table && strcmp(rt->table, "self_assessments") == 0 && w.letter == 'K')
		return w.sa_school;
	if (strncmp(p, "/children/{id}/new/", 19) == 0 || (strncmp(p, "/children/{id}/", 15) == 0 &&
	    rt->table && strcmp(rt->table, "children") != 0))
		return w.rchild;
	if (strncmp(p, "/children/", 10) == 0 || strcmp(p, "/api/v1/children/{id}") == 0)
		return w.child;
	if (rt->table && (strncmp(p, "/api/v1/", 8) == 0 || strstr(p, "/{id}/") ||
	    strncmp(p, "/authorise/", 11) == 0 || strcmp(p, "/escalations/{id}") == 0))
		return rec_of(rt->table);
	for (size_t i = 0; i < sizeof own_pages / sizeof own_pages[0]; i++)
		if (strncmp(p, own_pages[i][0], strlen(own_pages[i][0])) == 0)
			return rec_of(own_pages[i][1]);
	if (strncmp(p, "/conferences/", 13) == 0)
		return w.conference;
	if (strncmp(p, "/professionals/", 15) == 0)
		return w.professional;
	if (strncmp(p, "/agencies/", 10) == 0)
		return w.agency;
	if (strncmp(p, "/teams/", 7) == 0)
		return w.team;
	if (strncmp(p, "/admin/users/", 13) == 0)
		return w.spare_user;
	return 0;
}

/* The address the walk asks for a row: its {id} filled in, a query where it takes one. */
static void
target_of(const struct web_route *rt, char *out, size_t size)
{
	const char *p = rt->pattern, *id = strstr(p, "{id}");
	const char *family = strchr(w.child_name, ' ');
	const struct table *t = rt->table ? records_table(rt->table) : NULL;

	if (strcmp(p, "/assets/*") == 0)
		snprintf(out, size, "/assets/app.css");
	else if (strcmp(p, "/figures/*") == 0)	/* the children behind a figure */
		snprintf(out, size, "/figures/plans_started/children");
	else if (strcmp(p, "/api/v1/figures/*") == 0)
		snprintf(out, size, "/api/v1/figures/plans_started");
	else if (strcmp(p, "/children/{id}/lookups/{id}") == 0)
		snprintf(out, size, "/children/%lld/lookups/%lld", (long long)w.child,
		    (long long)w.lookup);
	else if (strcmp(p, "/annex-a/{id}/{id}") == 0)
		snprintf(out, size, "/annex-a/1/7");	/* list 7 of an export never asked for */
	else if (id)
		snprintf(out, size, "%.*s%lld%s", (int)(id - p), p, (long long)id_for(rt), id + 4);
	else if (strcmp(p, "/search") == 0 || strcmp(p, "/api/v1/children") == 0)
		snprintf(out, size, "%s?q=%s", p, family ? family + 1 : "a");
	else if (t && records_child_col(t) >= 0 && strcmp(rt->method, "GET") == 0)
		snprintf(out, size, "%s?child_id=%lld", p, (long long)(strcmp(t->name,
		    "restrictions") == 0 ? w.limited : w.child));
	else
		snprintf(out, size, "%s", p);
}

/* A field of a stored record as its form sends it (rform.h), appended to b. */
static void
field_text(struct buf *b, const struct rf_field *fd, const struct column *c,
    const struct field *v)
{
	if (!v->present)
		return;
	if (fd->kind == RF_DATE)
		buf_printf(b, "&%s-day=%.2s&%s-month=%.2s&%s-year=%.4s", fd->col, v->s + 8, fd->col,
		    v->s + 5, fd->col, v->s);
	else if (fd->kind == RF_TICK)
		buf_printf(b, v->i ? "&%s=1" : "", fd->col);
	else if (c->type == COL_BOOL)
		buf_printf(b, "&%s=%s", fd->col, v->i ? "true" : "false");
	else if (c->type == COL_CODES)
		for (const char *q = v->s; *q; q += strcspn(q, " "), q += *q == ' ')
			buf_printf(b, "&%s=%.*s", fd->col, (int)strcspn(q, " "), q);
	else if (v->s)
		buf_printf(b, "&%s=%s", fd->col, v->s);
	else
		buf_printf(b, "&%s=%lld", fd->col, (long long)v->i);
}

/* The edit form of a stored record sent back as it was opened: its version, then its
 * fields as stored (a save of nothing changed, answered as a save). */
static void
edit_form(const struct web_route *rt, const char *verb, int64_t id, char *out, size_t size)
{
	const struct rf_spec *sp = rf_spec_find(rt->table, verb);
	const struct table *t = records_table(rt->table);
	struct field row[64];
	char version[REC_DIGEST_HEX + 1];
	struct buf text, b;

	buf_init(&text, 1u << 16);
	buf_init(&b, 1u << 16);
	if (sp && t && store_get(wf_st, t, id, row, &text) == 1) {
		rec_digest(t, row, version);
		buf_printf(&b, "version=%s", version);
		for (int k = 0; k < sp->nfields; k++) {
			int c = records_col_index(t, sp->fields[k].col);
			field_text(&b, &sp->fields[k], &t->cols[c], &row[c]);
		}
	}
	snprintf(out, size, "%s", buf_str(&b));
	buf_free(&text);
	buf_free(&b);
}

/* The household of a child, or 0. */
static int64_t
household_of(int64_t child)
{
	const struct table *t = records_table("children");
	int col = records_col_index(t, "household_id");
	struct field row[64];
	struct buf text;
	int64_t id = 0;

	buf_init(&text, 1u << 16);
	if (store_get(wf_st, t, child, row, &text) == 1 && row[col].present)
		id = row[col].i;
	buf_free(&text);
	return id;
}

/* A new record of table for the walk's referral's child. */
static void
new_form(const char *table, char *out, size_t size)
{
	static const char *const day = "-day=1&%s-month=12&%s-year=2026";
	char date[100];
	const char *col = strcmp(table, "contacts") == 0 || strcmp(table, "referrals") == 0 ?
	    "received_date" : strcmp(table, "strategy_discussions") == 0 ? "held_date" :
	    "start_date";

	snprintf(date, sizeof date, "%s", col);
	snprintf(date + strlen(date), sizeof date - strlen(date), day, col, col);
	if (strcmp(table, "relationships") == 0)
		snprintf(out, size, "kind=grandparent&adult_id=%lld", (long long)rec_of("adults"));
	else if (strcmp(table, "adults") == 0)
		snprintf(out, size, "given_name=Walk&family_name=Adult&sex=F&kind=grandparent");
	else if (strcmp(table, "contacts") == 0)
		snprintf(out, size, "%s&source=1A&outcome=advice", date);
	else if (strcmp(table, "placements_in_area") == 0)
		snprintf(out, size, "%s&placing_authority=Northmoor&placement_kind=foster", date);
	else if (strcmp(table, "referrals") == 0)
		snprintf(out, size, "%s&source=1A&nfa=false", date);
	else
		snprintf(out, size, "referral_id=%lld&%s&outcome=no_further_action&icpc_not_required="
		    "false", (long long)rec_of("referrals"), date);
}

/* The forms of the partnership's learning: audits, reviews, self-assessments, and an action
 * of any of them (one form). Writes out only for one of their rows. */
static void
learning_form(const char *p, int k, char *out, size_t size)
{
	if (strcmp(p, "/case_audits/{id}/actions") == 0 ||
	    strcmp(p, "/practice_reviews/{id}/actions") == 0 ||
	    strcmp(p, "/self_assessments/{id}/actions") == 0)
		snprintf(out, size, "action=Walk+%d&owner_agency_id=%lld&set_date-day=2&"
		    "set_date-month=2&set_date-year=2026&due_date-day=2&due_date-month=3&"
		    "due_date-year=2026&status=open", k, (long long)w.agency);
	else if (strcmp(p, "/audits") == 0)	/* multi-agency case audits */
		snprintf(out, size, "theme=Walk+%d&period_from-day=1&period_from-month=4&"
		    "period_from-year=2025&period_to-day=30&period_to-month=9&period_to-year=2025&"
		    "status=planned&started_date-day=1&started_date-month=12&started_date-year=2026",
		    k);
	else if (strcmp(p, "/case_audits/{id}/cases") == 0)
		snprintf(out, size, "case_child_id=%lld", (long long)w.child);
	else if (strcmp(p, "/case_audits/{id}/returns") == 0)
		snprintf(out, size, "audit_case_id=%lld&agency_id=%lld&requested_date-day=2&"
		    "requested_date-month=2&requested_date-year=2026", (long long)rec_of(
		    "audit_cases"), (long long)w.agency);
	else if (strcmp(p, "/reviews") == 0)	/* a serious incident */
		snprintf(out, size, "summary=Walk+%d&incident_date-day=1&incident_date-month=2&"
		    "incident_date-year=2026&aware_date-day=2&aware_date-month=2&"
		    "aware_date-year=2026", k);
	else if (strcmp(p, "/self-assessments") == 0)	/* ask for a self-assessment */
		snprintf(out, size, "agency_id=%lld&kind=section_11&period_from-day=1&"
		    "period_from-month=4&period_from-year=2025&period_to-day=31&period_to-month=3&"
		    "period_to-year=2026&requested_date-day=2&requested_date-month=2&"
		    "requested_date-year=2026", (long long)w.agency);
}

/* The form a POST row is sent: one that would change something, where it can. */
static void
form_of(const struct web_route *rt, char *out, size_t size)
{
	const char *p = rt->pattern;
	int k = ++w.serial;

	out[0] = '\0';
	if (strcmp(p, "/children") == 0)
		snprintf(out, size, "la_child_id=WALK%d&given_name=Walk&family_name=Routes&sex=F&"
		    "ethnicity=WBRI", k);
	else if (strcmp(p, "/children/{id}/household") == 0)
		edit_form(rt, "edit", household_of(id_for(rt)), out, size);
	else if (strncmp(p, "/children/{id}/", 15) == 0 && rt->table &&
	    strcmp(rt->table, "children") != 0)
		new_form(rt->table, out, size);
	else if (strcmp(p, "/self_assessments/{id}/return") == 0)	/* its kind's form */
		edit_form(rt, "section_11", id_for(rt), out, size);
	else if (rt->table && strstr(p, "/{id}/") && strncmp(p, "/api/", 5) != 0)
		edit_form(rt, strrchr(p, '/') + 1, id_for(rt), out, size);
	if (strcmp(p, "/account/password") == 0)
		snprintf(out, size, "current=not-the-password&password=walk+the+routes+%d&"
		    "confirm=walk+the+routes+%d", k, k);
	else if (strcmp(p, "/children/{id}/reason") == 0)
		snprintf(out, size, "reason=Duty+social+worker%%3A+a+new+referral+today");
	else if (strcmp(p, "/admin/users") == 0)
		snprintf(out, size, "username=walk.%d&role=social_worker&active=1", k);
	else if (strcmp(p, "/admin/users/{id}") == 0)
		snprintf(out, size, "role=analyst&active=1");
	else if (strcmp(p, "/admin/teams") == 0)
		snprintf(out, size, "name=Walk+team+%d&kind=assessment&agency_id=%lld", k,
		    (long long)wf_role("social_worker")->u.agency_id);
	else if (strcmp(p, "/admin/agencies") == 0)
		snprintf(out, size, "name=Walk+agency+%d&kind=voluntary", k);
	else if (strcmp(p, "/admin/settings") == 0)
		snprintf(out, size, "key=session.idle_minutes&value=30&effective_from=2027-01-04");
	else if (strcmp(p, "/lado") == 0)	/* the LADO (issue 11, point 2) */
		snprintf(out, size, "kind=query&received_date-day=5&received_date-month=1&"
		    "received_date-year=2026&referrer_agency_id=%lld&employee_given_name=Walk&"
		    "employee_family_name=Routes&sector=sport&employee_role=coach&category=emotional",
		    (long long)w.agency);
	else if (strcmp(p, "/deaths") == 0)	/* child deaths (issue 11, point 6) */
		snprintf(out, size, "death_date-day=%d&death_date-month=1&death_date-year=2026&"
		    "notified_date-day=%d&notified_date-month=1&notified_date-year=2026&"
		    "notifying_agency_id=%lld&age_band=1-4&expectation=expected", 1 + k % 28,
		    1 + k % 28, (long long)w.agency);
	else if (strcmp(p, "/lado_cases/{id}/meetings") == 0)
		snprintf(out, size, "kind=evaluation&held_date-day=%d&held_date-month=2&"
		    "held_date-year=2026", 1 + k % 28);
	else
		learning_form(p, k, out, size);
}

/* The session of each role; logging out ends one, so that row has a new one each time. */
static struct wf_session sessions[WF_NROLES];

static int
session_of(const struct web_route *rt, const struct wf_role *role, struct wf_session *s)
{
	int k = (int)(role - wf_roles);

	if (strcmp(rt->pattern, "/logout") == 0)
		return wf_session_new(&role->u, s);
	if (!sessions[k].user_id && wf_session_new(&role->u, &sessions[k]) < 0)
		return -1;
	*s = sessions[k];
	return 0;
}

/* An API write: JSON in, with the session's CSRF token as a header. */
static int
is_write(const struct web_route *rt)
{
	return strncmp(rt->pattern, "/api/", 5) == 0 && strcmp(rt->method, "GET") != 0;
}

/* Asks for a row as role (NULL: nobody logged in). */
static void
ask(const struct web_route *rt, const struct wf_role *role, struct wf_resp *out)
{
	char target[300], form[2000], login[AUTH_TOKEN_HEX], body[400], cookie[100];
	struct wf_session s;
	int have = role && session_of(rt, role, &s) == 0;

	CHECK(!role || have);
	w.letter = role ? role->letter : 0;
	target_of(rt, target, sizeof target);
	form_of(rt, form, sizeof form);
	if (is_write(rt)) {
		/* {} changes nothing on a PATCH; on a POST it is a record the record layer
		 * judges (check_allowed). */
		struct wf_hdr csrf[] = {{"X-CSRF-Token", have ? s.csrf : ""}, {NULL, NULL}};
		wf_request_as(rt->method, target, "{}", have ? &s : NULL, 1, csrf, out);
		return;
	}
	if (strcmp(rt->pattern, "/login") != 0 || strcmp(rt->method, "POST") != 0) {
		wf_request(rt->method, target, form, have ? &s : NULL, out);
		return;
	}
	/* The login form: its token is matched by the login cookie, not by a session. */
	auth_token_new(login);
	snprintf(body, sizeof body, "csrf=%s&username=nobody.%d&password=not-it", login,
	    ++w.serial);
	snprintf(cookie, sizeof cookie, WEB_LOGIN_COOKIE "=%s", login);
	wf_more_cookie = cookie;
	wf_request_as("POST", target, body, have ? &s : NULL, 1, NULL, out);
	wf_more_cookie = NULL;
}

static int
is_api(const struct web_route *rt)
{
	return strncmp(rt->pattern, "/api/", 5) == 0;
}

static void
say(const struct web_route *rt, const char *who, const char *what, const struct wf_resp *p)
{
	printf("  %s %s as %s: %s (status %d)\n", rt->method, rt->pattern, who, what, p->status);
}

static long allowed_n, refused_n, anonymous_n;

static void
check_allowed(const struct web_route *rt, const struct wf_role *role, const struct wf_resp *p)
{
	const char *name;
	char own[220];
	int answered;

	allowed_n++;
	CHECK(p->status != 401 && p->status != 403 && p->status < 500);
	/* {} is a whole household or adult (no field is required), and not a whole record
	 * of any other table: 201 or 422, either way past every permission. */
	/* An Annex A list of an export the person never asked for is not found: past every
	 * permission, and nobody else's export either (tests/cli/web_annex.sh). */
	answered = p->status == 200 || p->status == 303 || (is_write(rt) &&
	    strcmp(rt->method, "POST") == 0 && (p->status == 201 || p->status == 422)) ||
	    (strcmp(rt->pattern, "/annex-a/{id}/{id}") == 0 && p->status == 404);
	CHECK(answered);
	if (!answered)
		say(rt, role->code, "allowed, but not answered", p);
	/* The administration's forms the walk sends are right: saved, so the same form
	 * refused to every other role is one that would have changed something. */
	if (strcmp(rt->method, "POST") == 0 && strncmp(rt->pattern, "/admin/", 7) == 0)
		CHECK_INT(p->status, 303);
	/* So are the forms of a child's records: a new record, or one sent back unchanged
	 * with its version (saved: back to the child's record). A signature is not: the walk's
	 * decision may be signed already or not yet made, which the page says (200); signing
	 * is tried in tests/cli/web_signoff.sh. */
	if (strcmp(rt->method, "POST") == 0 && rt->table && !is_api(rt) &&
	    strncmp(rt->pattern, "/authorise/", 11) != 0)
		CHECK_INT(p->status, 303);
	/* Roles that read no child's record never see a child's name (the demo's names
	 * repeat, so a child may share the user's own, which the pages show). */
	snprintf(own, sizeof own, "%s %s", role->u.given_name, role->u.family_name);
	/* The school lead's Operation Encompass page and worklist name the pupil notified to
	 * their own school, and no other child. */
	if (role->letter == 'K' && (name = a_child_name(p->body, own)) &&
	    strcmp(name, w.child_name) == 0)
		name = a_child_name(p->body, w.child_name);
	else if (strchr("ANLHKD", role->letter))
		name = a_child_name(p->body, own);
	else
		name = NULL;
	if (name) {
		CHECK(!"a child's name shown to a role that reads no child's record");
		say(rt, role->code, name, p);
	}
}

static void
check_refused(const struct web_route *rt, const struct wf_role *role, const struct wf_resp *p,
    const struct wf_counts *before, int64_t since)
{
	struct wf_counts after;
	struct wf_entry e;

	refused_n++;
	CHECK_INT(p->status, 403);
	if (p->status != 403)
		say(rt, role->code, "should be refused", p);
	CHECK(!strstr(p->body, w.child_name));
	if (is_api(rt)) {
		CHECK_STR(p->ctype, "application/json");
		CHECK(strstr(p->body, "\"status\":403") != NULL);
	}
	wf_count(&after, strcmp(rt->method, "GET") != 0);
	CHECK(wf_counts_same(before, &after));
	if (strcmp(rt->pattern, "/children/{id}/reason") == 0) {
		char why[320];
		CHECK_INT(store_reason_current(wf_st, role->u.id, w.child, web_now(), why,
		    sizeof why), 0);
	}
	CHECK(wf_audit_find(since, role->u.username, "refused", &e) == 1);
	if (e.found) {
		CHECK_STR(e.what, rt->pattern);
		CHECK_STR(e.address, "192.0.2.7");
		CHECK_STR(e.role, role->code);
	} else {
		say(rt, role->code, "refused without an audit entry", p);
	}
}

static void
check_anonymous(const struct web_route *rt, const struct expect *x, const struct wf_resp *p)
{
	anonymous_n++;
	if (strcmp(x->roles, PUB) == 0) {
		CHECK_INT(p->status, 200);	/* a failed login is the form again */
	} else if (is_api(rt)) {
		CHECK_INT(p->status, 401);
		CHECK(strstr(p->body, "\"status\":401") != NULL);
	} else {
		CHECK_INT(p->status, 303);
		CHECK(strncmp(p->location, "/login?next=", 12) == 0);
	}
	if (a_child_name(p->body, NULL))
		say(rt, "nobody", "a child's name shown", p);
	CHECK(!a_child_name(p->body, NULL));
}

/* Every row for every role and for nobody. */
static void
test_walk(void)
{
	int n;
	const struct web_route *t = web_routes(&n);
	struct wf_resp p;

	for (int i = 0; i < n; i++) {
		const struct expect *x = expected(&t[i]);
		if (!x)
			continue;	/* test_table says so */
		for (int k = 0; k < WF_NROLES; k++) {
			const struct wf_role *role = &wf_roles[k];
			struct wf_counts before;
			int64_t since = wf_audit_last();
			int allowed = strcmp(x->roles, PUB) == 0 || strchr(x->roles, role->letter);
			if (!allowed)
				wf_count(&before, strcmp(t[i].method, "GET") != 0);
			ask(&t[i], role, &p);
			if (allowed)
				check_allowed(&t[i], role, &p);
			else
				check_refused(&t[i], role, &p, &before, since);
			wf_resp_free(&p);
		}
		ask(&t[i], NULL, &p);
		check_anonymous(&t[i], x, &p);
		wf_resp_free(&p);
	}
	printf("# %d routes x %d roles and nobody: %ld allowed, %ld refused, %ld anonymous\n", n,
	    WF_NROLES, allowed_n, refused_n, anonymous_n);
}

/* The route table itself: a summary each, no two rows alike, and this test's table the
 * same rows. */
static void
test_table(void)
{
	int n;
	const struct web_route *t = web_routes(&n);

	for (int i = 0; i < n; i++) {
		CHECK(t[i].summary && *t[i].summary);
		CHECK(t[i].handler != NULL);
		if (!expected(&t[i])) {
			CHECK(!"a route this test does not expect");
			printf("  not in the test's table: %s %s\n", t[i].method, t[i].pattern);
		}
		for (int j = 0; j < i; j++)
			if (strcmp(t[i].method, t[j].method) == 0 &&
			    strcmp(t[i].pattern, t[j].pattern) == 0) {
				CHECK(!"two rows of one method and pattern");
				printf("  twice: %s %s\n", t[i].method, t[i].pattern);
			}
		CHECK(t[i].scope == SC_PUBLIC || (t[i].roles & ~R_ALL) == 0);
	}
	for (int k = 0; k < NEXPECT; k++) {
		int found = 0;
		for (int i = 0; i < n; i++)
			found += strcmp(expect[k].method, t[i].method) == 0 &&
			    strcmp(expect[k].pattern, t[i].pattern) == 0;
		if (!found)
			printf("  no route for the test's %s %s\n", expect[k].method,
			    expect[k].pattern);
		CHECK(found >= 1);
	}
}

/* Whether doc names "METHOD PATTERN" as a path of its own (not only as the start of a
 * longer one). */
static int
documented(const char *doc, const char *method, const char *pattern)
{
	char want[200];
	size_t n = (size_t)snprintf(want, sizeof want, "%s %s", method, pattern);

	for (const char *p = strstr(doc, want); p; p = strstr(p + 1, want)) {
		char next = p[n];
		if (next != '/' && next != '_' && !(next >= 'a' && next <= 'z') &&
		    !(next >= '0' && next <= '9') && next != '{')
			return 1;
	}
	return 0;
}

/* docs/api.md documents every API row of the table (the tests run from the project). */
static void
test_docs(void)
{
	int n;
	const struct web_route *t = web_routes(&n);
	FILE *f = fopen("docs/api.md", "rb");
	static char doc[1 << 17];
	size_t len = f ? fread(doc, 1, sizeof doc - 1, f) : 0;

	CHECK(f != NULL);
	if (f)
		fclose(f);
	doc[len] = '\0';
	for (int i = 0; i < n; i++) {
		if (!(t[i].flags & F_API))
			continue;
		if (!documented(doc, t[i].method, t[i].pattern)) {
			CHECK(!"an API path docs/api.md does not document");
			printf("  docs/api.md lacks %s %s\n", t[i].method, t[i].pattern);
		}
	}
}

int
main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (setup() < 0) {
		CHECK(!"setup");
		return DONE();
	}
	RUN(test_table);
	RUN(test_docs);
	RUN(test_walk);
	teardown();
	return DONE();
}
