/*
 * child_signoff.c: on a child's record, the manager's signature of a decision: awaiting
 * authorisation (by the manager of which team), or who signed it and when. A team manager
 * also gets the link to the page where the decision is signed (page_authorise.c).
 */
#include "web/child.h"

#include "model/signoff.h"
#include "web/html.h"
#include "web/web_int.h"

void
child_signoff(struct child_view *v, enum sign_kind k, int64_t id)
{
	struct web_req *r = v->r;
	const struct m_team *t;
	struct sign_info s;

	if (!sign_find(v->a, v->c, k, id, &s) || s.state == SIGN_UNDECIDED)
		return;
	if (s.state == SIGN_SIGNED) {
		h(r, "<p class=\"govuk-body\">Authorised %s%s on %s</p>", s.signed_by ? "by " :
		    "", s.signed_by ? child_person(v, s.signed_by) : "(who signed is not recorded)",
		    h_date(r, s.signed_on));
		return;
	}
	t = s.team_id ? m_team(v->a, s.team_id) : NULL;
	h(r, "<p class=\"govuk-body\">");
	h_tag(r, "orange", "Awaiting authorisation");
	h(r, " by the manager of %s", t && t->name ? t->name : "the team");
	if (r->role & R_MANAGER)
		h(r, ": <a class=\"govuk-link\" href=\"/authorise/%s/%lld\">authorise it</a>",
		    sign_table(k), (long long)id);
	h(r, "</p>");
}
