/*
 * death.c: who a child who died was, for the child death pages and figures (issue 11,
 * point 6). When the death is linked to a child's record the record is the truth: the
 * age at death from the birth date, the sex and ethnicity recorded, and whether the child
 * was known to children's social care (a referral received by the day of death), on a
 * child protection plan or looked after that day. Otherwise the notification's own
 * answers stand, as the child death review partners recorded them.
 */
#include "model/model.h"

#include <string.h>

const char *
m_death_age_band(cal_date birth, cal_date death)
{
	static const char *const bands[] = {"1-4", "5-9", "10-14", "15-17"};
	static const int upto[] = {4, 9, 14, 17};
	int years = 0;

	if (birth == CAL_NONE || death == CAL_NONE || death < birth)
		return "";
	if (death - birth < 28)
		return "0-27d";
	while (years < 18 && cal_add_months(birth, 12 * (years + 1)) <= death)
		years++;
	if (years == 0)
		return "28-364d";
	for (int i = 0; i < 4; i++)
		if (years <= upto[i])
			return bands[i];
	return "";	/* 18 or over: not a child's death */
}

static int
open_on(cal_date start, cal_date end, cal_date day)
{
	return start != CAL_NONE && start <= day && (end == CAL_NONE || end >= day);
}

static void
from_record(const struct area *a, const struct m_child *c, cal_date day,
    struct m_death_profile *out)
{
	out->linked = 1;
	out->age_band = m_death_age_band(c->birth, day);
	out->sex = c->sex;
	out->ethnicity = c->ethnicity;
	out->known_to_csc = out->on_plan = out->looked_after = M_NO;
	for (uint32_t i = 0; i < c->referrals.count; i++)
		if (a->referrals[c->referrals.first + i].received <= day)
			out->known_to_csc = M_YES;
	for (uint32_t i = 0; i < c->plans.count; i++) {
		const struct m_plan *p = &a->plans[c->plans.first + i];
		if (open_on(p->start, p->end, day))
			out->on_plan = M_YES;
	}
	for (uint32_t i = 0; i < c->care_periods.count; i++) {
		const struct m_care_period *p = &a->care_periods[c->care_periods.first + i];
		if (open_on(p->start, p->end, day))
			out->looked_after = M_YES;
	}
}

void
m_death_profile(const struct area *a, const struct m_death *d, struct m_death_profile *out)
{
	const struct m_child *c = d->linked_child_id ? m_child_by_id(a, d->linked_child_id) :
	    NULL;

	memset(out, 0, sizeof *out);
	if (c) {
		from_record(a, c, d->death, out);
		if (!out->age_band[0])	/* no birth date on the record: the notification's */
			out->age_band = d->age_band;
		return;
	}
	out->age_band = d->age_band;
	out->sex = d->sex ? d->sex : 'U';
	out->ethnicity = d->ethnicity;
	out->known_to_csc = d->known_to_csc;
	out->on_plan = d->on_plan;
	out->looked_after = d->looked_after;
}
