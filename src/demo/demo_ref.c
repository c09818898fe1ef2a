/*
 * demo_ref.c: the people and organisations of the demo area, and its settings.
 *
 * One local authority's children's services (a front door, social work teams with their
 * managers, a safeguarding unit of conference chairs, a LADO, performance and
 * administration) and the partners around it that the seeds name: police, GP practices,
 * health visiting, school nursing, midwifery, a hospital's paediatricians, schools, a
 * domestic abuse service, probation, housing, CAMHS and an advocacy service. Sizes follow the child population:
 * a social worker per 500 children (about 17 open cases each at national rates), a chair
 * per 12,000 (two for an area the size of Halton, whose 2013-14 report had two for 163
 * plans), a GP practice per 2,000 and a school per 400 children.
 *
 * Each kind of professional is created as one contiguous run of ids (a d_pool), so that
 * an episode can pick "a health visitor" with one random number, and the team of social
 * worker k is team k / D_SW_PER_TEAM of the social work teams.
 */
#include "demo/demo_int.h"

#include <ctype.h>
#include <stdio.h>

int64_t
d_pool_at(const struct d_pool *p, long k)
{
	return p->first + (k % p->n);
}

int64_t
d_pick(struct rng *r, const struct d_pool *p)
{
	return p->first + rng_below(r, (uint32_t)p->n);
}

/* Social work teams take the kinds assessment, child in need, child protection in turn
 * (social_work() below), D_SW_PER_TEAM workers each. */
int64_t
d_pick_sw(const struct d_world *w, struct rng *r, int kind)
{
	int nteams = w->sw_teams.n, of_kind = (nteams - kind + 2) / 3;
	int team = kind + 3 * (int)rng_below(r, (uint32_t)of_kind);
	int first = team * D_SW_PER_TEAM, in_team = w->sw.n - first;

	if (in_team > D_SW_PER_TEAM)
		in_team = D_SW_PER_TEAM;
	return w->sw.first + first + rng_below(r, (uint32_t)in_team);
}

int64_t
d_team_of(const struct d_world *w, int64_t sw)
{
	return w->sw_teams.first + (sw - w->sw.first) / D_SW_PER_TEAM;
}

int64_t
d_manager_of(const struct d_world *w, int64_t sw)
{
	return w->managers.first + (sw - w->sw.first) / D_SW_PER_TEAM;
}

static const char *
prefix(const struct d_world *w)
{
	return w->o->england ? "Demo England" : "Demo Borough";
}

static int64_t
agency(struct d_world *w, const char *name, const char *kind)
{
	int64_t id;
	struct field *f = d_row(&w->rows, T_AGENCIES, &id);

	d_textf(&w->rows, f, AG_NAME, "%s", name);
	d_text(&w->rows, f, AG_KIND, kind);
	if (kind[0] == 'l')	/* la_childrens_services */
		d_text(&w->rows, f, AG_LA_CODE, w->la_code);
	return id;
}

static int64_t
team(struct d_world *w, int64_t ag, const char *name, const char *kind)
{
	int64_t id;
	struct field *f = d_row(&w->rows, T_TEAMS, &id);

	d_ref(&w->rows, f, TM_AGENCY, ag);
	d_textf(&w->rows, f, TM_NAME, "%s", name);
	d_text(&w->rows, f, TM_KIND, kind);
	return id;
}

/* A user for a professional who logs in: initial, family name and id, in lower case. */
static void
user(struct d_world *w, int64_t prof, const char *given, const char *family, const char *role)
{
	char name[64];
	size_t n = 0;
	struct field *f = d_row(&w->rows, T_USERS, NULL);

	name[n++] = (char)tolower((unsigned char)given[0]);
	for (const char *p = family; *p && n < 40; p++)
		if (isalpha((unsigned char)*p))
			name[n++] = (char)tolower((unsigned char)*p);
	snprintf(name + n, sizeof name - n, "%lld", (long long)prof);
	d_textf(&w->rows, f, US_USERNAME, "%s", name);
	d_ref(&w->rows, f, US_PROFESSIONAL, prof);
	d_text(&w->rows, f, US_ROLE, role);
	d_bool(&w->rows, f, US_ACTIVE, 1);
}

static int64_t
person(struct d_world *w, struct rng *r, int64_t ag, int64_t tm, const char *role,
    const char *user_role)
{
	int64_t id;
	struct field *f = d_row(&w->rows, T_PROFESSIONALS, &id);
	const char *given = d_name_given(r, rng_chance(r, 0.75) ? 'F' : 'M');
	const char *family = d_name_family(r);

	d_ref(&w->rows, f, PR_AGENCY, ag);
	d_ref(&w->rows, f, PR_TEAM, tm);
	d_text(&w->rows, f, PR_GIVEN, given);
	d_text(&w->rows, f, PR_FAMILY, family);
	d_text(&w->rows, f, PR_ROLE, role);
	d_textf(&w->rows, f, PR_EMAIL, "%s.%s.%lld@demo.example", given, family, (long long)id);
	if (user_role)
		user(w, id, given, family, user_role);
	return id;
}

/* n partner professionals of one agency, as a pool; each one logs in as a partner. */
static struct d_pool
pool(struct d_world *w, struct rng *r, int64_t ag, int n, const char *role)
{
	struct d_pool p = {0, n};

	for (int i = 0; i < n; i++) {
		int64_t id = person(w, r, ag, 0, role, "partner");
		if (i == 0)
			p.first = id;
	}
	return p;
}

static long
per(long population, long each, long least)
{
	long n = population / each;
	return n < least ? least : n;
}

static void
social_work(struct d_world *w, struct rng *r)
{
	static const char *const kinds[] = {"assessment", "child_in_need", "child_protection"};
	static const char *const names[] = {"Assessment", "Child in Need", "Child Protection"};
	long p = w->o->population;
	int nsw = (int)per(p, 500, 24);	/* three teams at least, one of each kind */
	int nteams = (nsw + D_SW_PER_TEAM - 1) / D_SW_PER_TEAM;
	char name[80];

	w->sw_teams.n = nteams;
	for (int j = 0; j < nteams; j++) {
		snprintf(name, sizeof name, "%s Team %d", names[j % 3], j + 1);
		int64_t id = team(w, w->ag_la, name, kinds[j % 3]);
		if (j == 0)
			w->sw_teams.first = id;
	}
	w->sw.n = nsw;
	for (int k = 0; k < nsw; k++) {
		int64_t id = person(w, r, w->ag_la, w->sw_teams.first + k / D_SW_PER_TEAM,
		    "social_worker", "social_worker");
		if (k == 0)
			w->sw.first = id;
	}
	w->managers.n = nteams;
	for (int j = 0; j < nteams; j++) {
		int64_t id = person(w, r, w->ag_la, w->sw_teams.first + j, "team_manager",
		    "manager");
		if (j == 0)
			w->managers.first = id;
	}
}

static void
safeguarding_unit(struct d_world *w, struct rng *r)
{
	int64_t unit = team(w, w->ag_la, "Safeguarding Unit", "safeguarding_unit");
	int64_t front = team(w, w->ag_la, "Front Door (MASH)", "front_door");
	int64_t lado = team(w, w->ag_la, "LADO Service", "lado");
	int64_t perf = team(w, w->ag_la, "Performance and Quality", "performance");
	int64_t admin = team(w, w->ag_la, "Business Support", "administration");

	w->chairs.n = (int)per(w->o->population, 12000, 2);
	for (int i = 0; i < w->chairs.n; i++) {
		int64_t id = person(w, r, w->ag_la, unit, "conference_chair", "chair");
		if (i == 0)
			w->chairs.first = id;
	}
	person(w, r, w->ag_la, front, "team_manager", "manager");
	person(w, r, w->ag_la, lado, "lado", "lado");
	person(w, r, w->ag_la, perf, "performance_officer", "analyst");
	person(w, r, w->ag_la, admin, "administrator", "administrator");
}

/* "Oakfield Surgery"; once the place words run out, "Oakfield Surgery 2". */
static void
place_name(char *out, size_t size, long i, const char *ending)
{
	int np = d_name_places();

	if (i < np)
		snprintf(out, size, "%s %s", d_name_place(i), ending);
	else
		snprintf(out, size, "%s %s %ld", d_name_place(i), ending, i / np + 1);
}

/* GP practices and schools: many agencies, one named professional each. */
static void
practices_and_schools(struct d_world *w, struct rng *r)
{
	static const char *const gp_end[] = {"Surgery", "Medical Centre", "Health Centre"};
	static const char *const school_end[] = {"Primary School", "Primary School",
	    "High School", "Academy"};
	int ngp = (int)per(w->o->population, 2000, 3);
	int nsch = (int)per(w->o->population, 400, 5);
	char name[120];

	w->gp_agencies.n = w->gps.n = ngp;
	for (int i = 0; i < ngp; i++) {
		place_name(name, sizeof name, i, gp_end[i % 3]);
		int64_t ag = agency(w, name, "gp");
		int64_t gp = person(w, r, ag, 0, "gp", "partner");
		if (i == 0)
			w->gp_agencies.first = ag, w->gps.first = gp;
	}
	w->school_agencies.n = w->dsls.n = nsch;
	for (int i = 0; i < nsch; i++) {
		place_name(name, sizeof name, i, school_end[i % 4]);
		int64_t ag = agency(w, name, "school");
		int64_t dsl = person(w, r, ag, 0, "designated_safeguarding_lead", "partner");
		if (i == 0)
			w->school_agencies.first = ag, w->dsls.first = dsl;
	}
	/* The first school's deputy lead reads its Operation Encompass notifications. */
	person(w, r, w->school_agencies.first, 0, "designated_safeguarding_lead", "school_lead");
}

static void
partners(struct d_world *w, struct rng *r)
{
	long p = w->o->population;
	char name[120];

#define AGENCY(var, what, kind) \
	(snprintf(name, sizeof name, "%s %s", prefix(w), what), var = agency(w, name, kind))
	AGENCY(w->ag_police, "Police Public Protection Unit", "police");
	AGENCY(w->ag_hv, "Health Visiting Service", "health_visiting");
	AGENCY(w->ag_sn, "School Nursing Service", "school_nursing");
	AGENCY(w->ag_midwifery, "Hospital Midwifery", "midwifery");
	AGENCY(w->ag_da, "Domestic Abuse Service", "domestic_abuse");
	AGENCY(w->ag_probation, "Probation Delivery Unit", "probation");
	AGENCY(w->ag_housing, "Housing Options", "housing");
	AGENCY(w->ag_camhs, "CAMHS", "camhs");
	AGENCY(w->ag_advocacy, "Children's Advocacy Service", "voluntary");
	AGENCY(w->ag_hospital, "Hospital Trust", "hospital");
#undef AGENCY
	w->police = pool(w, r, w->ag_police, (int)per(p, 6000, 2), "police_officer");
	w->hvs = pool(w, r, w->ag_hv, (int)per(p, 1500, 2), "health_visitor");
	w->school_nurses = pool(w, r, w->ag_sn, (int)per(p, 3000, 2), "school_nurse");
	w->midwives = pool(w, r, w->ag_midwifery, (int)per(p, 4000, 2), "midwife");
	w->da_workers = pool(w, r, w->ag_da, (int)per(p, 10000, 1), "domestic_abuse_worker");
	w->probation = pool(w, r, w->ag_probation, (int)per(p, 10000, 1), "probation_officer");
	w->housing = pool(w, r, w->ag_housing, (int)per(p, 15000, 1), "housing_officer");
	w->camhs = pool(w, r, w->ag_camhs, (int)per(p, 8000, 1), "camhs_practitioner");
	w->advocates = pool(w, r, w->ag_advocacy, (int)per(p, 15000, 1), "advocate");
	w->paediatricians = pool(w, r, w->ag_hospital, (int)per(p, 15000, 1), "paediatrician");
}

/* The two roles without a caseload: the head of service, who oversees the whole area, and
 * a hospital's emergency department, which asks whether a child is on a plan. Made last,
 * so that adding them moved no one else's id or name. The professional_role list has no
 * head of service or emergency department nurse, hence "other". */
static void
overseers(struct d_world *w, struct rng *r)
{
	person(w, r, w->ag_la, 0, "other", "senior_manager");
	person(w, r, w->ag_hospital, 0, "other", "health_lookup");
}

static void
setting(struct d_world *w, const char *key, const char *value)
{
	struct field *f = d_row(&w->rows, T_SETTINGS, NULL);

	d_text(&w->rows, f, ST_KEY, key);
	d_textf(&w->rows, f, ST_VALUE, "%s", value);
	d_date(&w->rows, f, ST_FROM, w->sim_start);
}

void
d_reference(struct d_world *w)
{
	struct rng r = rng_stream(w->o->seed, 0x5245465FULL, 0);
	char text[120];

	snprintf(text, sizeof text, "%s Council Children's Services", prefix(w));
	w->ag_la = agency(w, text, "la_childrens_services");
	social_work(w, &r);
	safeguarding_unit(w, &r);
	partners(w, &r);
	practices_and_schools(w, &r);
	overseers(w, &r);
	snprintf(text, sizeof text, "%s (synthetic demo area)", prefix(w));
	setting(w, "area.name", text);
	setting(w, "area.la_code", w->la_code);
	snprintf(text, sizeof text, "%ld", w->o->population);
	setting(w, "area.child_population", text);
}
