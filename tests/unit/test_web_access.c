/*
 * test_web_access.c: need-to-know, past the route table's roles (src/web/access.c).
 *
 *   - A partner practitioner opens the children their agency works with (invited to a
 *     conference, on the core group, or the agency that referred), in pages and the API,
 *     and of those only their agency's part; another child's address typed by hand is 403,
 *     with nothing of that child in the answer and the refusal in the audit trail.
 *   - A restricted record (rows of restrictions) opens to the people it names; anyone
 *     else allowed the record is asked why (403, the reason page), opens it by giving a
 *     reason, which goes with their audit entries, holds only for them, and shows on a
 *     manager's worklist under "Restricted records opened".
 *   - Every view, API view and search is in the audit trail by the time its answer has
 *     been received, with who, from where, what and the reason.
 */
#include "harness.h"

#include <stdarg.h>

#include "../web/web_fixture.h"

static struct {
	struct wf_known k;
	int64_t child, other, restricted;	/* known to the partner; not; not, restricted */
	int64_t conference;		/* of child, the partner's agency invited */
	int64_t uninvited, uninvited_child;	/* a conference the agency is not invited to */
	int64_t other_invitation;	/* another agency's invitation, to child's conference */
	char child_name[220], other_name[220], restricted_name[220], uninvited_name[220];
	struct wf_session sw, manager, chair, partner;
	unsigned char *invited;		/* conferences the partner's agency is invited to */
	int64_t ninvited;
} a;

static int
take_invited(void *ctx, const struct table *t, const struct field *row)
{
	int64_t conf = row[records_col_index(t, "conference_id")].i;

	(void)ctx;
	if (row[records_col_index(t, "agency_id")].i == wf_role("partner")->u.agency_id &&
	    conf < a.ninvited)
		a.invited[conf] = 1;
	return 0;
}

/* An invitation to the same conference of an agency other than the partner's. */
static int
take_other_agency(void *ctx, const struct table *t, const struct field *row)
{
	struct wf_pick *p = ctx;

	if (row[records_col_index(t, "conference_id")].i != p->want ||
	    row[records_col_index(t, "agency_id")].i == wf_role("partner")->u.agency_id)
		return 0;
	p->id = row[0].i;
	return 1;
}

static int
take_uninvited(void *ctx, const struct table *t, const struct field *row)
{
	(void)ctx;
	if (row[0].i >= a.ninvited || a.invited[row[0].i])
		return 0;
	a.uninvited = row[0].i;
	a.uninvited_child = row[records_child_col(t)].i;
	return 1;
}

static int
setup(void)
{
	struct wf_pick inv = {"agency_id", 0, NULL, 0, "conference_id", 0, 0, 0};

	if (wf_setup() < 0)
		return -1;
	wf_known_of(wf_role("partner")->u.agency_id, &a.k);
	inv.want = wf_role("partner")->u.agency_id;
	inv.known = a.k.known;
	inv.nknown = a.k.n;
	wf_find("conference_invitees", &inv);
	a.child = inv.child_id;
	a.conference = inv.got;
	{
		struct wf_pick other = {"conference_id", a.conference, NULL, 0, "agency_id", 0, 0, 0};
		store_scan(wf_st, records_table("conference_invitees"), 0, take_other_agency,
		    &other);
		a.other_invitation = other.id;
	}
	a.ninvited = store_max_id(wf_st, records_table("conferences")) + 1;
	a.invited = xcalloc((size_t)a.ninvited, 1);
	store_scan(wf_st, records_table("conference_invitees"), 0, take_invited, NULL);
	store_scan(wf_st, records_table("conferences"), 0, take_uninvited, NULL);
	/* Two children the agency does not know. */
	for (int64_t id = a.k.n - 1; id > 0 && !a.restricted; id--)
		if (!a.k.known[id] && a.other)
			a.restricted = id;
		else if (!a.k.known[id])
			a.other = id;
	if (!a.child || !a.other || !a.restricted || !a.uninvited)
		return printf("  the demo lacks the children this test needs\n"), -1;
	wf_child_name(a.child, a.child_name, sizeof a.child_name);
	wf_child_name(a.other, a.other_name, sizeof a.other_name);
	wf_child_name(a.restricted, a.restricted_name, sizeof a.restricted_name);
	wf_child_name(a.uninvited_child, a.uninvited_name, sizeof a.uninvited_name);
	if (wf_restrict(a.restricted, wf_role("social_worker")->u.id, "the worker's nephew") < 0)
		return -1;
	return wf_session_new(&wf_role("social_worker")->u, &a.sw) < 0 ||
	    wf_session_new(&wf_role("manager")->u, &a.manager) < 0 ||
	    wf_session_new(&wf_role("chair")->u, &a.chair) < 0 ||
	    wf_session_new(&wf_role("partner")->u, &a.partner) < 0 ? -1 : 0;
}

static void
get(const char *target, const struct wf_session *s, struct wf_resp *p)
{
	wf_request("GET", target, NULL, s, p);
}

/* An address or text with an id in it, in one of a few buffers that take turns. */
static const char *at(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static const char *
at(const char *fmt, ...)
{
	static char t[4][200];
	static int k;
	va_list ap;

	k = (k + 1) % 4;
	va_start(ap, fmt);
	vsnprintf(t[k], sizeof t[k], fmt, ap);
	va_end(ap);
	return t[k];
}
#define AT(fmt, id) at(fmt, (long long)(id))

/* The answer is a refusal of this user for this child, seen in the audit trail. */
static void
refused(const struct wf_resp *p, const char *username, int64_t since, int64_t child,
    const char *name)
{
	struct wf_entry e;

	CHECK_INT(p->status, 403);
	CHECK(!strstr(p->body, name));
	CHECK(wf_audit_find(since, username, "refused", &e) == 1);
	CHECK_INT(e.child_id, child);
}

static void
test_partner_pages(void)
{
	const char *me = wf_role("partner")->u.username;
	struct wf_resp p;
	int64_t since;

	get(AT("/children/%lld", a.child), &a.partner, &p);
	CHECK_INT(p.status, 200);
	CHECK(strstr(p.body, a.child_name) != NULL);
	wf_resp_free(&p);
	get(AT("/conferences/%lld", a.conference), &a.partner, &p);
	CHECK_INT(p.status, 200);
	wf_resp_free(&p);
	since = wf_audit_last();
	get(AT("/children/%lld", a.other), &a.partner, &p);
	refused(&p, me, since, a.other, a.other_name);
	wf_resp_free(&p);
	since = wf_audit_last();
	get(AT("/conferences/%lld", a.uninvited), &a.partner, &p);
	refused(&p, me, since, a.uninvited_child, a.uninvited_name);
	wf_resp_free(&p);
	since = wf_audit_last();
	wf_request("POST", AT("/children/%lld/reason", a.other), "reason=Just+looking+at+it+now",
	    &a.partner, &p);
	refused(&p, me, since, a.other, a.other_name);
	wf_resp_free(&p);
}

static void
test_partner_api(void)
{
	const char *me = wf_role("partner")->u.username;
	char want[40];
	struct wf_resp p;
	int64_t since;

	get(AT("/api/v1/children/%lld", a.child), &a.partner, &p);
	CHECK_INT(p.status, 200);
	CHECK(strstr(p.body, "\"conferences\"") != NULL);
	/* Their agency's part only: no assessment, enquiry or visit, and of the child their
	 * identity, not their ethnicity. */
	CHECK(!strstr(p.body, "\"assessments\"") && !strstr(p.body, "\"s47_enquiries\""));
	CHECK(!strstr(p.body, "\"visits\"") && !strstr(p.body, "\"ethnicity\""));
	wf_resp_free(&p);
	/* Of the invitations, only their own agency's. */
	get(AT("/api/v1/conference_invitees?child_id=%lld", a.child), &a.partner, &p);
	CHECK_INT(p.status, 200);
	snprintf(want, sizeof want, "\"agency_id\": %lld", (long long)wf_role("partner")->u.agency_id);
	for (const char *q = strstr(p.body, "\"agency_id\""); q; q = strstr(q + 1, "\"agency_id\""))
		CHECK(strncmp(q, want, strlen(want)) == 0);
	wf_resp_free(&p);
	since = wf_audit_last();
	get(AT("/api/v1/children/%lld", a.other), &a.partner, &p);
	refused(&p, me, since, a.other, a.other_name);
	CHECK(strstr(p.body, "\"status\":403") != NULL);
	wf_resp_free(&p);
	since = wf_audit_last();
	get(AT("/api/v1/cp_plans?child_id=%lld", a.other), &a.partner, &p);
	refused(&p, me, since, a.other, a.other_name);
	wf_resp_free(&p);
	/* A conference of a child the agency knows, but not one it is invited to, asked for
	 * by its id; and another agency's invitation. */
	since = wf_audit_last();
	get(AT("/api/v1/conferences/%lld", a.uninvited), &a.partner, &p);
	refused(&p, me, since, a.uninvited_child, a.uninvited_name);
	wf_resp_free(&p);
	if (a.other_invitation) {
		since = wf_audit_last();
		get(AT("/api/v1/conference_invitees/%lld", a.other_invitation), &a.partner, &p);
		refused(&p, me, since, a.child, "Not a name at all");
		wf_resp_free(&p);
	}
	CHECK(a.other_invitation != 0);
	since = wf_audit_last();
	get(AT("/api/v1/conference_invitees?child_id=%lld", a.other), &a.partner, &p);
	refused(&p, me, since, a.other, a.other_name);
	wf_resp_free(&p);
}

/* A search finds only the children the agency knows, and says so in the trail. */
static void
test_partner_search(void)
{
	const char *family = strchr(a.other_name, ' ') + 1;
	char q[200], id[40];
	struct wf_resp p;
	struct wf_entry e;
	int64_t since = wf_audit_last();

	snprintf(q, sizeof q, "/api/v1/children?q=%s", family);
	get(q, &a.partner, &p);
	CHECK_INT(p.status, 200);
	snprintf(id, sizeof id, "{\"id\":%lld,", (long long)a.other);
	CHECK(!strstr(p.body, id));
	CHECK(wf_audit_find(since, wf_role("partner")->u.username, "search", &e) == 1);
	CHECK_STR(e.what, family);
	wf_resp_free(&p);
	snprintf(q, sizeof q, "/search?q=%s", family);
	get(q, &a.partner, &p);
	CHECK_INT(p.status, 200);
	CHECK(!strstr(p.body, a.other_name));
	snprintf(id, sizeof id, "/children/%lld\"", (long long)a.other);
	CHECK(!strstr(p.body, id));
	wf_resp_free(&p);
}

/* The named user opens a restricted record as any other. */
static void
test_restricted_named(void)
{
	struct wf_resp p;
	struct wf_entry e;
	int64_t since = wf_audit_last();

	get(AT("/children/%lld", a.restricted), &a.sw, &p);
	CHECK_INT(p.status, 200);
	CHECK(strstr(p.body, a.restricted_name) != NULL);
	CHECK(wf_audit_find(since, wf_role("social_worker")->u.username, "view", &e) == 1);
	CHECK_INT(e.child_id, a.restricted);
	wf_resp_free(&p);
}

/* Anyone else allowed the record is asked why, in pages; the API says to use them. */
static void
test_restricted_asked(void)
{
	const char *me = wf_role("manager")->u.username;
	char id[40], *hit;
	struct wf_resp p;
	struct wf_entry e;
	int64_t since = wf_audit_last();

	get(AT("/children/%lld", a.restricted), &a.manager, &p);
	CHECK_INT(p.status, 403);
	CHECK(strstr(p.body, "This record is restricted") != NULL);
	CHECK(strstr(p.body, AT("action=\"/children/%lld/reason\"", a.restricted)) != NULL);
	CHECK(strstr(p.body, a.manager.csrf) != NULL);
	CHECK(!strstr(p.body, a.restricted_name));
	CHECK(wf_audit_find(since, me, "refused", &e) == 1);
	CHECK_INT(e.child_id, a.restricted);
	CHECK_STR(e.what, "restricted: reason asked");
	wf_resp_free(&p);
	since = wf_audit_last();
	get(AT("/api/v1/children/%lld", a.restricted), &a.manager, &p);
	refused(&p, me, since, a.restricted, a.restricted_name);
	CHECK(strstr(p.body, "\"status\":403") != NULL);
	wf_resp_free(&p);
	/* Found by a search, but without a name. */
	get(AT("/api/v1/children?q=C%07lld", a.restricted), &a.manager, &p);
	snprintf(id, sizeof id, "{\"id\":%lld,", (long long)a.restricted);
	CHECK((hit = strstr(p.body, id)) != NULL);
	if (hit) {
		CHECK(strncmp(strchr(hit, '}') - 17, "\"restricted\":true", 17) == 0);
		CHECK(!strstr(p.body, "given_name"));
	}
	wf_resp_free(&p);
}

/* A reason given opens the record for this person, goes with their entries, and shows
 * on a manager's worklist; it holds for nobody else. */
static void
test_restricted_reason(void)
{
	const char *me = wf_role("manager")->u.username;
	const char *why = "Duty manager: a new referral was received today";
	struct wf_resp p;
	struct wf_entry e;
	int64_t since = wf_audit_last();
	char why_html[200];

	wf_request("POST", AT("/children/%lld/reason", a.restricted), "reason=too+short",
	    &a.manager, &p);
	CHECK_INT(p.status, 400);
	wf_resp_free(&p);
	wf_request("POST", AT("/children/%lld/reason", a.restricted),
	    "reason=Duty+manager%3A+a+new+referral+was+received+today", &a.manager, &p);
	CHECK_INT(p.status, 303);
	CHECK_STR(p.location, AT("/children/%lld", a.restricted));
	CHECK(wf_audit_find(since, me, "restricted view", &e) == 1);
	CHECK_STR(e.reason, why);
	CHECK_INT(e.child_id, a.restricted);
	wf_resp_free(&p);
	since = wf_audit_last();
	get(AT("/children/%lld", a.restricted), &a.manager, &p);
	CHECK_INT(p.status, 200);
	CHECK(strstr(p.body, a.restricted_name) != NULL);
	snprintf(why_html, sizeof why_html, "giving the reason: %s", why);
	CHECK(strstr(p.body, why_html) != NULL);
	CHECK(wf_audit_find(since, me, "restricted view", &e) == 1);
	CHECK_STR(e.reason, why);
	CHECK_STR(e.what, "/children/{id}");
	wf_resp_free(&p);
	get(AT("/api/v1/children/%lld", a.restricted), &a.manager, &p);
	CHECK_INT(p.status, 200);
	wf_resp_free(&p);
	get("/worklist", &a.manager, &p);
	CHECK_INT(p.status, 200);
	CHECK(strstr(p.body, "Restricted records opened") != NULL);
	CHECK(strstr(p.body, why) != NULL);
	wf_resp_free(&p);
	get(AT("/children/%lld", a.restricted), &a.chair, &p);
	CHECK_INT(p.status, 403);
	CHECK(strstr(p.body, "This record is restricted") != NULL);
	wf_resp_free(&p);
	get(AT("/children/%lld", a.restricted), &a.partner, &p);
	CHECK_INT(p.status, 403);
	CHECK(!strstr(p.body, "This record is restricted"));
	wf_resp_free(&p);
}

/* Each view, API view and search is an entry by the time its answer is back. */
static void
test_views_audited(void)
{
	const char *me = wf_role("social_worker")->u.username;
	struct wf_resp p;
	struct wf_entry e;
	int64_t since = wf_audit_last();

	get(AT("/children/%lld", a.child), &a.sw, &p);
	CHECK_INT(p.status, 200);
	CHECK(wf_audit_find(since, me, "view", &e) == 1);
	CHECK_INT(e.child_id, a.child);
	CHECK_STR(e.what, "/children/{id}");
	CHECK_STR(e.address, "192.0.2.7");
	CHECK_STR(e.role, "social_worker");
	wf_resp_free(&p);
	since = wf_audit_last();
	get(AT("/api/v1/children/%lld", a.child), &a.sw, &p);
	CHECK(wf_audit_find(since, me, "view", &e) == 1);
	CHECK_STR(e.what, "/api/v1/children/{id}");
	wf_resp_free(&p);
	since = wf_audit_last();
	get(AT("/conferences/%lld", a.conference), &a.sw, &p);
	CHECK(wf_audit_find(since, me, "view", &e) == 1);
	CHECK_INT(e.child_id, a.child);
	wf_resp_free(&p);
	since = wf_audit_last();
	get("/search?q=Smith", &a.sw, &p);
	CHECK(wf_audit_find(since, me, "search", &e) == 1);
	CHECK_STR(e.what, "Smith");
	wf_resp_free(&p);
	/* A page refused is no view. */
	since = wf_audit_last();
	get(AT("/children/%lld", a.child), NULL, &p);
	CHECK(!wf_audit_find(since, NULL, "view", &e));
	wf_resp_free(&p);
}

int
main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (setup() < 0) {
		CHECK(!"setup");
		return DONE();
	}
	RUN(test_partner_pages);
	RUN(test_partner_api);
	RUN(test_partner_search);
	RUN(test_restricted_named);
	RUN(test_restricted_asked);
	RUN(test_restricted_reason);
	RUN(test_views_audited);
	wf_known_free(&a.k);
	xfree(a.invited);
	wf_teardown();
	return DONE();
}
