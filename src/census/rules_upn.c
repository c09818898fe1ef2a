/*
 * rules_upn.c: the format of a unique pupil number (domain.md 1.6; domain-cin.md, Code
 * lists and rules 1510-1560Q). A UPN is 13 characters: a check letter, the 3-digit number
 * of the local authority that issued it (2-4), eight digits (5-12), and a digit, or for a
 * temporary UPN a capital letter other than I, O and S (13).
 *
 *   1540   characters 5-12 are digits (and, so that the others can be judged, 13 long)
 *   1550   character 13 is a digit or an allowed capital letter
 *   1530   characters 2-4 are an LA or pseudo-LA number of the department's list
 *   1510   character 1 is the check letter: the sum of each of characters 2-13 times its
 *          position (2 to 13), mod 23, names a letter of ABCDEFGHJKLMNPQRTUVWXYZ. The
 *          rule is judged only when characters 2-13 are all digits, as domain-cin.md
 *          words it (it takes precedence over domain.md 1.6, which would also weigh a
 *          temporary UPN's final letter): a temporary UPN's check letter is not queried.
 *   1560Q  a FormerUPN is a letter followed by 12 digits
 */
#include "census/rules_int.h"

#include <string.h>

static const char check_alphabet[] = "ABCDEFGHJKLMNPQRTUVWXYZ";

/* LA and pseudo-LA numbers, as ranges (domain-cin.md, UPN characters 2-4; 942 and 943
 * joined in the 2023-24 set). */
static const short la_ranges[][2] = {
	{1, 5}, {201, 213}, {301, 320}, {330, 336}, {340, 344}, {350, 359}, {370, 373},
	{380, 384}, {390, 394}, {420, 420}, {660, 681}, {701, 708}, {800, 803}, {805, 808},
	{810, 813}, {815, 816}, {820, 823}, {825, 826}, {830, 831}, {835, 841}, {845, 846},
	{850, 852}, {855, 857}, {860, 861}, {865, 896}, {908, 909}, {916, 916}, {919, 919},
	{921, 921}, {925, 926}, {928, 929}, {931, 931}, {933, 933}, {935, 938}, {940, 943},
};

static int
digits(const char *s, int from, int to)
{
	for (int i = from; i <= to; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static int
la_number_ok(const char *upn)
{
	int n;

	if (!digits(upn, 1, 3))
		return 0;
	n = (upn[1] - '0') * 100 + (upn[2] - '0') * 10 + (upn[3] - '0');
	for (size_t i = 0; i < sizeof la_ranges / sizeof la_ranges[0]; i++)
		if (n >= la_ranges[i][0] && n <= la_ranges[i][1])
			return 1;
	return 0;
}

/* The value of the last character for the check sum: a digit, or a letter's place in
 * the check alphabet; -1 if it may not stand there (1550). */
static int
last_value(char ch)
{
	const char *p;

	if (ch >= '0' && ch <= '9')
		return ch - '0';
	p = ch ? strchr(check_alphabet, ch) : NULL;
	return p ? (int)(p - check_alphabet) : -1;
}

static char
check_letter(const char *upn)
{
	int sum = 0;

	for (int pos = 2; pos <= 12; pos++)
		sum += (upn[pos - 1] - '0') * pos;
	sum += last_value(upn[12]) * 13;
	return check_alphabet[sum % 23];
}

void
cin_rules_upn(struct cin_check *c, const struct cin_child *ch)
{
	const char *u = ch->upn.s;
	int line = ch->upn.line;
	char want;

	if (cin_present(&ch->former_upn) && (strlen(ch->former_upn.s) != 13 ||
	    !((ch->former_upn.s[0] >= 'A' && ch->former_upn.s[0] <= 'Z') ||
	    (ch->former_upn.s[0] >= 'a' && ch->former_upn.s[0] <= 'z')) ||
	    !digits(ch->former_upn.s, 1, 12)))
		cin_fire(c, R1560Q, CIN_AT_CHILD, NULL, NULL, ch->former_upn.line,
		    "FormerUPN %s is not a letter followed by 12 digits.", ch->former_upn.s);
	if (!cin_present(&ch->upn))
		return;
	if (strlen(u) != 13 || !digits(u, 4, 11)) {
		cin_fire(c, R1540, CIN_AT_CHILD, NULL, NULL, line, strlen(u) != 13 ?
		    "UPN %s is not 13 characters long (a check letter, 3-digit LA number, 8 "
		    "digits and a final digit or letter)." :
		    "UPN %s: characters 5 to 12 must all be digits.", u);
		return;
	}
	if (last_value(u[12]) < 0)
		cin_fire(c, R1550, CIN_AT_CHILD, NULL, NULL, line,
		    "UPN %s ends in '%c'; the 13th character is a digit or a capital letter "
		    "other than I, O and S.", u, u[12]);
	if (!la_number_ok(u))
		cin_fire(c, R1530, CIN_AT_CHILD, NULL, NULL, line,
		    "UPN %s: characters 2-4 (%.3s) are not a local authority number that issues "
		    "UPNs.", u, u + 1);
	if (digits(u, 1, 12) && u[0] != (want = check_letter(u)))
		cin_fire(c, R1510, CIN_AT_CHILD, NULL, NULL, line,
		    "UPN %s has the wrong check letter: for these digits it is %c; check the "
		    "number against the school's record.", u, want);
}
