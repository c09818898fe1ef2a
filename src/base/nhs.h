/* nhs.h: reading an NHS number as a person types it. See nhs.c. */
#ifndef SG_NHS_H
#define SG_NHS_H

enum nhs_result { NHS_OK, NHS_EMPTY, NHS_NOT_TEN_DIGITS, NHS_BAD_CHECK };

/*
 * Reads s (spaces and hyphens between the digits are allowed: "943 476 5919") into
 * out[11] as ten digits; NHS_OK only when the tenth digit is the modulus 11 check digit
 * of the first nine.
 */
enum nhs_result nhs_number_read(const char *s, char out[11]);

#endif
