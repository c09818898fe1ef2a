/*
 * demo_family.c: the households of the demo, their children and adults.
 *
 * A family arrives with its first referral. Its children are placed in time around that
 * day: the youngest child's age follows the age profile of referrals (domain.md 2.2: about
 * one referral in six concerns a child under one, unborn children included), older
 * brothers and sisters follow one to four years apart, and some families have a baby
 * later, who may be referred before birth. Sibling group sizes follow the seeds (Haringey
 * 2012-13: most children on plans come from one- and two-child families, a few from
 * families of five or more). Each family has one ethnicity code for its children, drawn
 * from the profile of children in need in England.
 *
 * Only children who were referred, and whose records touch the kept window, are written;
 * the others are part of the story (they decide who is in an episode) but not of the store.
 */
#include "demo/demo_int.h"

#include <stdio.h>
#include <string.h>

#include "base/str.h"

static const struct d_weight ethnicity[] = {
	{"WBRI", 560}, {"WIRI", 5}, {"WIRT", 5}, {"WOTH", 70}, {"WROM", 10}, {"MWBC", 35},
	{"MWBA", 15}, {"MWAS", 15}, {"MOTH", 45}, {"AIND", 15}, {"APKN", 35}, {"ABAN", 15},
	{"AOTH", 15}, {"BCRB", 15}, {"BAFR", 50}, {"BOTH", 15}, {"CHNE", 3}, {"OOTH", 40},
	{"REFU", 7}, {"NOBT", 30},
};

/* One code for about one child in ten; two for about one in thirty (2887Q, 2888Q). */
static const struct d_weight disability[] = {
	{"BEH", 25}, {"LD", 20}, {"AUT", 20}, {"COMM", 12}, {"MOB", 5}, {"HAND", 3}, {"PC", 3},
	{"INC", 3}, {"HEAR", 3}, {"VIS", 3}, {"CON", 2}, {"DDA", 4},
};

/* Children in a family, and the age band of the youngest when the family is first referred. */
static const struct d_weight family_size[] = {
	{"1", 50}, {"2", 25}, {"3", 13}, {"4", 7}, {"5", 3}, {"6", 2},
};
static const struct d_weight youngest[] = {
	{"unborn", 7}, {"0", 15}, {"1-4", 21}, {"5-9", 21}, {"10-15", 29}, {"16", 7},
};

/* LA numbers a UPN can carry (rule 1530), for the national area's schools. */
static const short upn_la_ranges[][2] = {
	{201, 213}, {301, 320}, {330, 336}, {340, 344}, {350, 359}, {370, 373}, {380, 384},
	{390, 394}, {800, 803}, {805, 808}, {810, 813}, {820, 823}, {835, 841}, {850, 852},
	{855, 857}, {865, 896}, {935, 938},
};

int
d_age(const struct d_kid *k, cal_date on)
{
	if (on < k->birth)
		return -1;
	return cal_years_between(k->birth, on);
}

cal_date
d_kid_adult(const struct d_kid *k)
{
	return cal_add_days(cal_add_months(k->birth, 18 * 12), -1);
}

static void
pick_disabilities(struct rng *r, struct d_kid *k)
{
	double u = rng_unit(r);

	if (u < 0.87) {
		snprintf(k->disabilities, sizeof k->disabilities, "NONE");
	} else if (u < 0.97) {
		snprintf(k->disabilities, sizeof k->disabilities, "%s",
		    rng_code(r, disability, D_N(disability)));
	} else {
		int a = rng_index(r, disability, D_N(disability));
		int b = (a + 1 + (int)rng_below(r, (uint32_t)D_N(disability) - 1)) % D_N(disability);
		snprintf(k->disabilities, sizeof k->disabilities, "%s %s", disability[a].code,
		    disability[b].code);
	}
}

static void
new_kid(struct d_world *w, struct d_family *f, cal_date birth)
{
	struct d_kid *k = &f->kid[f->nkids++];
	struct rng *r = &f->rng;

	memset(k, 0, sizeof *k);
	k->birth = birth;
	k->edd = cal_add_days(birth, rng_range(r, -14, 14));	/* 8530Q: within a fortnight */
	k->expected = CAL_NONE;
	k->death = CAL_NONE;
	k->sex = rng_chance(r, 0.51) ? 'M' : 'F';
	k->given = d_name_given(r, k->sex);
	pick_disabilities(r, k);
	k->school = (unsigned char)rng_below(r, 4);
	/* A few school-age children have no UPN yet, for a reason other than age (8770Q). */
	if (rng_chance(r, 0.01))
		k->upn_unknown = (unsigned char)rng_range(r, 2, 6);
	(void)w;
}

static cal_date
youngest_birth(struct rng *r, cal_date arrival)
{
	const char *band = rng_code(r, youngest, D_N(youngest));
	int lo_days, hi_days;

	if (strcmp(band, "unborn") == 0)
		return cal_add_days(arrival, rng_range(r, 60, 240));
	if (strcmp(band, "0") == 0)
		lo_days = 0, hi_days = 364;
	else if (strcmp(band, "1-4") == 0)
		lo_days = 365, hi_days = 5 * 365 - 1;
	else if (strcmp(band, "5-9") == 0)
		lo_days = 5 * 365, hi_days = 10 * 365 - 1;
	else if (strcmp(band, "10-15") == 0)
		lo_days = 10 * 365, hi_days = 16 * 365 - 1;
	else
		lo_days = 16 * 365, hi_days = 17 * 365 - 30;
	return cal_add_days(arrival, -rng_range(r, lo_days, hi_days));
}

static void
make_kids(struct d_world *w, struct d_family *f)
{
	struct rng *r = &f->rng;
	int want = rng_code(r, family_size, D_N(family_size))[0] - '0';
	cal_date b = youngest_birth(r, f->arrival);
	cal_date oldest = cal_add_months(f->arrival, -17 * 12);

	new_kid(w, f, b);
	/* Brothers and sisters, older, while they are still children. */
	while (f->nkids < want) {
		b = cal_add_days(b, -rng_range(r, 365, 4 * 365));
		if (b <= oldest)
			break;
		new_kid(w, f, b);
	}
	if (f->nkids < D_MAX_KIDS && rng_chance(r, 0.15))
		new_kid(w, f, cal_add_days(f->arrival, rng_range(r, 200, 1800)));
}

void
d_family_make(struct d_world *w, struct d_family *f, long number)
{
	struct rng *r = &f->rng;
	cal_date first_birth;
	long span = (long)(w->keep_end - w->sim_start) + 1;

	memset(f, 0, sizeof *f);
	f->number = number;
	f->rng = rng_stream(w->o->seed, 1, (uint64_t)number);
	f->arrival = cal_add_days(w->sim_start, (int)rng_below(r, (uint32_t)span));
	f->ethnicity = rng_code(r, ethnicity, D_N(ethnicity));
	f->family_name = d_name_family(r);
	make_kids(w, f);
	first_birth = f->kid[0].birth;
	for (int i = 1; i < f->nkids; i++)
		if (f->kid[i].birth < first_birth)
			first_birth = f->kid[i].birth;
	f->mother = d_name_given(r, 'F');
	f->mother_birth = cal_add_days(first_birth, -rng_range(r, 16 * 365, 38 * 365));
	f->has_father = rng_chance(r, 0.55);
	f->father_pr = rng_chance(r, 0.7);
	f->father = d_name_given(r, 'M');
	f->father_birth = cal_add_days(f->mother_birth, -rng_range(r, -3 * 365, 8 * 365));
	f->street = d_name_place((long)rng_below(r, (uint32_t)d_name_places()));
	f->house_number = rng_range(r, 1, 180);
	f->gp = (int)rng_below(r, (uint32_t)w->gps.n);
	f->hv = (int)rng_below(r, (uint32_t)w->hvs.n);
	f->school_nurse = (int)rng_below(r, (uint32_t)w->school_nurses.n);
	f->probation = rng_chance(r, 0.08);
	f->housing = rng_chance(r, 0.05);
}

unsigned
d_family_kids_at(const struct d_world *w, const struct d_family *f, cal_date r, int adolescent)
{
	unsigned kids = 0;
	int eldest = -1;

	(void)w;
	for (int i = 0; i < f->nkids; i++) {
		const struct d_kid *k = &f->kid[i];
		if (k->death != CAL_NONE && k->death <= r)
			continue;
		if (k->birth > r) {
			/* Before birth: referred within 260 days of the expected date (8606). */
			int until = k->edd - r;
			if (until >= 14 && until <= 260 && k->birth > r)
				kids |= 1u << i;
			continue;
		}
		/* Old enough to turn 18 inside an episode only after its assessment. */
		if (cal_add_months(r, 12) >= d_kid_adult(k))
			continue;
		kids |= 1u << i;
		if (eldest < 0 || k->birth < f->kid[eldest].birth)
			eldest = i;
	}
	if (adolescent && eldest >= 0 && d_age(&f->kid[eldest], r) >= 11)
		return 1u << eldest;
	return adolescent ? 0 : kids;
}

/* ---- writing the family ---- */

/* The last n decimal digits of v, zero-padded. */
static void
digits(char *out, long long v, int n)
{
	for (int i = n - 1; i >= 0; i--, v /= 10)
		out[i] = (char)('0' + v % 10);
}

static void
upn(const struct d_world *w, const struct d_family *f, int64_t id, char out[14])
{
	static const char letters[] = "ABCDEFGHJKLMNPQRTUVWXYZ";
	int la = 0, sum = 0;

	if (w->o->england) {
		long n = 0, k;
		for (int i = 0; i < D_N(upn_la_ranges); i++)
			n += upn_la_ranges[i][1] - upn_la_ranges[i][0] + 1;
		k = f->number % n;
		for (int i = 0; i < D_N(upn_la_ranges); i++) {
			int len = upn_la_ranges[i][1] - upn_la_ranges[i][0] + 1;
			if (k < len) {
				la = upn_la_ranges[i][0] + (int)k;
				break;
			}
			k -= len;
		}
	} else {
		str_to_int(w->la_code, 1, 999, &la);
	}
	digits(out + 1, la, 3);
	digits(out + 4, id, 9);
	out[13] = '\0';
	/* Rule 1510: characters 2-13 weighted by their position, mod 23, as a letter. */
	for (int i = 1; i < 13; i++)
		sum += (out[i] - '0') * (i + 1);
	out[0] = letters[sum % 23];
}

/* A test-range NHS number (999...), with its modulus 11 check digit; 0 if none fits. */
static int
nhs_number(int64_t id, char out[11])
{
	int sum = 0, check;

	if (id > 999999)
		return 0;
	out[0] = out[1] = out[2] = '9';
	digits(out + 3, id, 6);
	for (int i = 0; i < 9; i++)
		sum += (out[i] - '0') * (10 - i);
	check = 11 - sum % 11;
	if (check == 10)
		return 0;
	out[9] = (char)('0' + (check == 11 ? 0 : check));
	out[10] = '\0';
	return 1;
}

static void
write_kid(struct d_world *w, struct d_family *f, struct d_kid *k, int64_t household)
{
	struct d_rows *rw = &w->rows;
	struct field *row = d_row_id(rw, T_CHILDREN, k->id);
	int born = k->birth <= w->end;
	char text[16];

	d_textf(rw, row, CH_LA_ID, "C%07lld", (long long)k->id);
	d_text(rw, row, CH_GIVEN, born ? k->given : NULL);
	d_text(rw, row, CH_FAMILY, f->family_name);
	d_date(rw, row, CH_BIRTH, born ? k->birth : CAL_NONE);
	d_date(rw, row, CH_EXPECTED, k->expected);
	d_text(rw, row, CH_SEX, born ? (k->sex == 'M' ? "M" : "F") : "U");
	d_text(rw, row, CH_ETHNICITY, f->ethnicity);
	if (born)
		d_textf(rw, row, CH_DISABILITIES, "%s", k->disabilities);
	if (born && d_age(k, w->end) >= 3 && !k->upn_unknown) {
		upn(w, f, k->id, text);
		d_textf(rw, row, CH_UPN, "%s", text);
	} else if (born) {
		d_textf(rw, row, CH_UPN_UNKNOWN, "UN%d", d_age(k, w->end) >= 3 ? k->upn_unknown : 1);
	}
	if (nhs_number(k->id, text))
		d_textf(rw, row, CH_NHS, "%s", text);
	d_date(rw, row, CH_DEATH, k->death != CAL_NONE && k->death <= w->end ? k->death : CAL_NONE);
	d_ref(rw, row, CH_HOUSEHOLD, household);
	w->children++;
}

static int64_t
adult(struct d_world *w, struct d_family *f, const char *given, cal_date birth, const char *sex,
    int64_t household)
{
	int64_t id;
	struct field *row = d_row(&w->rows, T_ADULTS, &id);

	d_text(&w->rows, row, AD_GIVEN, given);
	d_text(&w->rows, row, AD_FAMILY, f->family_name);
	d_date(&w->rows, row, AD_BIRTH, birth);
	d_text(&w->rows, row, AD_SEX, sex);
	d_ref(&w->rows, row, AD_HOUSEHOLD, household);
	return id;
}

static void
relation(struct d_world *w, int64_t child, int64_t relative, int64_t adult_id, const char *kind,
    int pr)
{
	struct field *row = d_row(&w->rows, T_RELATIONSHIPS, NULL);

	d_ref(&w->rows, row, RL_CHILD, child);
	d_ref(&w->rows, row, RL_RELATIVE, relative);
	d_ref(&w->rows, row, RL_ADULT, adult_id);
	d_text(&w->rows, row, RL_KIND, kind);
	if (adult_id)
		d_bool(&w->rows, row, RL_PR, pr);
}

/* The household, its adults and its kept children, with how they are related. Kept
 * children already have their ids (d_reserve), taken before their episodes were written. */
void
d_family_write(struct d_world *w, struct d_family *f)
{
	int64_t household, mother, father = 0;
	struct field *row = d_row(&w->rows, T_HOUSEHOLDS, &household);

	d_textf(&w->rows, row, HH_ADDRESS, "%d %s Road, %s", f->house_number, f->street,
	    w->o->england ? "Demo England" : "Demo Borough");
	d_textf(&w->rows, row, HH_POSTCODE, "DM%d %d%c%c", (int)(f->number % 19) + 1,
	    (int)(f->number / 19 % 9) + 1, 'A' + (int)(f->number / 171 % 26),
	    'A' + (int)(f->number / 4446 % 26));
	mother = adult(w, f, f->mother, f->mother_birth, "F", household);
	if (f->has_father)
		father = adult(w, f, f->father, f->father_birth, "M", household);
	for (int i = 0; i < f->nkids; i++) {
		struct d_kid *k = &f->kid[i];
		if (!k->id)
			continue;
		write_kid(w, f, k, household);
		relation(w, k->id, 0, mother, "mother", 1);
		if (father)
			relation(w, k->id, 0, father, f->father_pr ? "father" : "parent_partner",
			    f->father_pr);
		for (int j = 0; j < f->nkids; j++)
			if (j != i && f->kid[j].id)
				relation(w, k->id, f->kid[j].id, 0, "sibling", 0);
	}
}
