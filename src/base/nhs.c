/*
 * nhs.c: an NHS number is ten digits, the last a check on the first nine: each digit
 * weighted 10 down to 2, the sum's remainder by 11 taken from 11 (11 becomes 0; a
 * result of 10 means no number was ever issued with those nine digits). A number
 * mistyped by one digit, or by two digits swapped, fails the check, which is why a
 * lookup refuses it rather than answering "not known" for a child it would know.
 */
#include "base/nhs.h"

#include <stddef.h>

enum nhs_result
nhs_number_read(const char *s, char out[11])
{
	size_t n = 0;
	int sum = 0, check;

	out[0] = '\0';
	for (; s && *s; s++) {
		if (*s == ' ' || *s == '-' || *s == '\t')
			continue;
		if (*s < '0' || *s > '9' || n == 10) {
			out[n] = '\0';
			return NHS_NOT_TEN_DIGITS;
		}
		out[n++] = *s;
	}
	out[n] = '\0';
	if (n == 0)
		return NHS_EMPTY;
	if (n != 10)
		return NHS_NOT_TEN_DIGITS;
	for (int i = 0; i < 9; i++)
		sum += (out[i] - '0') * (10 - i);
	check = 11 - sum % 11;
	if (check == 11)
		check = 0;
	return check == out[9] - '0' ? NHS_OK : NHS_BAD_CHECK;
}
