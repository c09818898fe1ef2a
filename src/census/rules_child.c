/*
 * rules_child.c: the rules about a child's identifiers and characteristics (domain.md
 * 1.4, ChildIdentifiers and ChildCharacteristics; domain-cin.md, the 2025-26 rules):
 * LAchildID (8500, 1570, 1580), sex (4180, 8750), ethnicity (4220), birth, expected birth
 * and death dates (8520, 8525Q, 8530Q, 8535Q, 8545Q, 8775Q), the UPN expected of a child of
 * school age (8770Q, 8772), disabilities (8540, 8790, 8794) and the child's episodes
 * (8590). The UPN's own format is rules_upn.c.
 */
#include "census/rules_int.h"

#include <ctype.h>
#include <string.h>

/* NFA is 1 on every episode (-1: some episode's flag is unreadable), 0 if one is not. */
static int
progressed(const struct cin_child *ch, int definite)
{
	for (int i = 0; i < ch->nepisodes; i++) {
		int nfa = cin_bool(&ch->episodes[i].nfa);
		if (definite ? nfa == 0 : nfa != 1)
			return 1;
	}
	return 0;
}

/* The bytes of the UTF-8 character at p: a message quotes it whole, so that the text,
 * JSON and CSV reports stay UTF-8. */
static int
char_bytes(const char *p)
{
	int n = 1;

	while (p[n] && ((unsigned char)p[n] & 0xC0) == 0x80)
		n++;
	return n;
}

/* 8500, 1570, 1580: present, at most 20 characters, letters and digits only. */
static void
la_child_id(struct cin_check *c, const struct cin_child *ch)
{
	const char *s = ch->la_child_id.s;
	size_t len = 0;

	if (!cin_present(&ch->la_child_id)) {
		cin_fire(c, R8500, CIN_AT_CHILD, NULL, NULL, ch->line,
		    "The child has no LAchildID; give the local authority's own id for the child.");
		return;
	}
	for (const char *p = s; *p; p += char_bytes(p))
		len++;		/* characters, not bytes */
	if (len > 20)
		cin_fire(c, R1570, CIN_AT_CHILD, NULL, NULL, ch->la_child_id.line,
		    "LAchildID %s is %zu characters long; it may have at most 20.", s, len);
	for (const char *p = s; *p; p += char_bytes(p))
		if (!isalnum((unsigned char)*p) || (unsigned char)*p > 127) {
			cin_fire(c, R1580, CIN_AT_CHILD, NULL, NULL, ch->la_child_id.line,
			    "LAchildID \"%s\" contains '%.*s'; it may hold the letters A to Z "
			    "and digits only (no spaces, dashes, underscores or accents).", s, char_bytes(p), p);
			break;
		}
}

/* 4180 and 8750: Sex is M, F or U, and U for an unborn child. */
static void
sex(struct cin_check *c, const struct cin_child *ch)
{
	const char *s = ch->sex.s;

	if (!cin_present(&ch->sex) && ch->gender_current.s)
		cin_fire(c, R4180, CIN_AT_CHILD, NULL, NULL, ch->gender_current.line,
		    "The child has GenderCurrent but no Sex; from 2024-25 the return records "
		    "Sex as M, F or U.");
	else if (!cin_present(&ch->sex))
		cin_fire(c, R4180, CIN_AT_CHILD, NULL, NULL, ch->line,
		    "The child has no Sex; record M, F or U (unknown).");
	else if (!cin_code_ok(c->lists.sex, &ch->sex))
		cin_fire(c, R4180, CIN_AT_CHILD, NULL, NULL, ch->sex.line,
		    "Sex \"%s\" is not a sex code; use M, F or U (unknown).", s);
	else if (!ch->birth.s && ch->expected_birth.s && strcmp(s, "U") != 0)
		cin_fire(c, R8750, CIN_AT_CHILD, NULL, NULL, ch->sex.line,
		    "The child is unborn (only ExpectedPersonBirthDate %s) but Sex is %s; an "
		    "unborn child's sex is U.", ch->expected_birth.s, s);
}

static void
ethnicity(struct cin_check *c, const struct cin_child *ch)
{
	if (!cin_present(&ch->ethnicity))
		cin_fire(c, R4220, CIN_AT_CHILD, NULL, NULL, ch->line,
		    "The child has no Ethnicity; record one of the 20 codes (NOBT if not yet "
		    "obtained, REFU if refused).");
	else if (!cin_code_ok(c->lists.ethnicity, &ch->ethnicity))
		cin_fire(c, R4220, CIN_AT_CHILD, NULL, NULL, ch->ethnicity.line,
		    "Ethnicity \"%s\" is not one of the 20 ethnicity codes.", ch->ethnicity.s);
}

/* 8520, 8525Q, 8530Q: one of birth and expected birth, each in its range. */
static void
birth(struct cin_check *c, const struct cin_child *ch)
{
	char lo[11], hi[11];

	if (!ch->birth.s == !ch->expected_birth.s)
		cin_fire(c, R8525Q, CIN_AT_CHILD, NULL, NULL, ch->line, ch->birth.s ?
		    "The child has both PersonBirthDate and ExpectedPersonBirthDate; keep the "
		    "birth date once the child is born." :
		    "The child has neither PersonBirthDate nor ExpectedPersonBirthDate; record "
		    "one of them.");
	if (!c->have_year)
		return;
	if (cin_has_date(&ch->birth) && ch->birth.d > c->ref)
		cin_fire(c, R8520, CIN_AT_CHILD, NULL, NULL, ch->birth.line,
		    "PersonBirthDate %s is after the reference date; a child not yet born has an "
		    "ExpectedPersonBirthDate instead.", ch->birth.s);
	if (cin_has_date(&ch->expected_birth) && (ch->expected_birth.d < c->judge - 30 ||
	    ch->expected_birth.d > cal_add_months(c->ref, 9))) {
		cal_format(c->judge - 30, lo);
		cal_format(cal_add_months(c->ref, 9), hi);
		cin_fire(c, R8530Q, CIN_AT_CHILD, NULL, NULL, ch->expected_birth.line,
		    "ExpectedPersonBirthDate %s is not between %s and %s (30 days before %s to 9 "
		    "months after the reference date); if the child is born, record the birth "
		    "date instead.", ch->expected_birth.s, lo, hi, c->judge_words);
	}
}

/* 8535Q, 8545Q: death after birth, and within the census year. */
static void
death(struct cin_check *c, const struct cin_child *ch)
{
	if (!cin_has_date(&ch->death))
		return;
	if (cin_has_date(&ch->birth) && ch->death.d < ch->birth.d)
		cin_fire(c, R8535Q, CIN_AT_CHILD, NULL, NULL, ch->death.line,
		    "PersonDeathDate %s is before PersonBirthDate %s.", ch->death.s, ch->birth.s);
	if (c->have_year && !cin_in_year(c, ch->death.d))
		cin_fire(c, R8545Q, CIN_AT_CHILD, NULL, NULL, ch->death.line,
		    "PersonDeathDate %s is outside the census year; a death date is only returned "
		    "when it falls in the year.", ch->death.s);
}

/*
 * 8770Q: a child of school age (born on or before 31 August six years before the year
 * of the reference date) with a referral that led to further action has a UPN, or a
 * reason for having none other than UN1 ("not of school age"). 8772: UN7 ("referral with
 * no further action") only when every episode is NFA.
 */
static void
upn_expected(struct cin_check *c, const struct cin_child *ch)
{
	const char *un = ch->upn_unknown.s;
	int reason = cin_code_ok(c->lists.upn_unknown, &ch->upn_unknown) &&
	    strcmp(un, "UN1") != 0;

	if (un && strcmp(un, "UN7") == 0 && progressed(ch, 0))
		cin_fire(c, R8772, CIN_AT_CHILD, NULL, NULL, ch->upn_unknown.line,
		    "UPNunknown is UN7 (referral with no further action) but not every episode "
		    "has ReferralNFA 1; give the UPN or another reason.");
	if (!c->have_year || !cin_has_date(&ch->birth) || cin_present(&ch->upn) || reason)
		return;
	if (ch->birth.d <= cal_from_ymd(c->end_year - 6, 8, 31) && progressed(ch, 1))
		cin_fire(c, R8770Q, CIN_AT_CHILD, NULL, NULL, un ? ch->upn_unknown.line : ch->line,
		    "The child (born %s) is of school age and was referred for further action, "
		    "but has no UPN%s; record the UPN, or why it is unknown (UN2-UN6).",
		    ch->birth.s, un ? " and UPNunknown is UN1 (not of school age)" : "");
}

/* 8775Q: an episode open, or closed, after the child's 25th birthday. */
static void
over_25(struct cin_check *c, const struct cin_child *ch)
{
	cal_date b25;

	if (!c->have_year || !cin_has_date(&ch->birth))
		return;
	b25 = cal_add_months(ch->birth.d, 25 * 12);
	if (b25 >= c->judge)
		return;
	for (int i = 0; i < ch->nepisodes; i++) {
		const struct cin_episode *ep = &ch->episodes[i];

		if (cin_has_date(&ep->closure) && ep->closure.d <= b25)
			continue;
		cin_fire(c, R8775Q, CIN_AT_EPISODE, ep, ep, ep->line,
		    "The child (born %s) is over 25 at %s and %s is %s after the 25th "
		    "birthday; check the birth date.", ch->birth.s, c->judge_words,
		    cin_episode_name(c, ep), ep->closure.s ? "closed" : "still open");
	}
}

/* 8540, 8790, 8794: the disability list. */
static void
disabilities(struct cin_check *c, const struct cin_child *ch)
{
	unsigned seen = 0;
	int none = 0, other = 0;

	if (ch->ndisabilities == 0 && cin_has_date(&ch->birth) && progressed(ch, 1))
		cin_fire(c, R8540, CIN_AT_CHILD, NULL, NULL, ch->line,
		    "The child has no Disability recorded; record each disability, or NONE.");
	for (int i = 0; i < ch->ndisabilities; i++) {
		const struct cin_text *d = &ch->disabilities[i];
		int k = d->s ? codes_index(c->lists.disability, d->s) : -1;

		if (k < 0) {
			cin_fire(c, R8540, CIN_AT_CHILD, NULL, NULL, d->line,
			    "Disability \"%s\" is not a disability code.", d->s ? d->s : "");
			continue;
		}
		if (seen & (1u << k))
			cin_fire(c, R8794, CIN_AT_CHILD, NULL, NULL, d->line,
			    "Disability %s is recorded twice; record each code once.", d->s);
		seen |= 1u << k;
		none += k == 0;
		other += k != 0;
	}
	if (none && other)
		cin_fire(c, R8790, CIN_AT_CHILD, NULL, NULL, ch->line,
		    "The child has NONE together with other disability codes; keep either NONE "
		    "or the disabilities.");
}

void
cin_rules_identifiers(struct cin_check *c, const struct cin_child *ch)
{
	la_child_id(c, ch);
	sex(c, ch);
	ethnicity(c, ch);
	birth(c, ch);
	death(c, ch);
	upn_expected(c, ch);
	over_25(c, ch);
	disabilities(c, ch);
	if (ch->nepisodes == 0)
		cin_fire(c, R8590, CIN_AT_CHILD, NULL, NULL, ch->line,
		    "The child has no CINdetails episode; every child in the return has at least "
		    "one referral.");
}
