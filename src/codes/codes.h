/* codes.h: the code lists of the records and the census. See codes.c. */
#ifndef SG_CODES_H
#define SG_CODES_H

struct code {
	const char *code;
	const char *label;
};

struct code_list {
	const char *name;	/* e.g. "referral_source" */
	const char *what;	/* for messages: "a referral source code" */
	const struct code *codes;
	int n;
};

const struct code_list *codes_list(const char *name);
/* Index of code in list, or -1. */
int codes_index(const struct code_list *l, const char *code);
const char *codes_label(const struct code_list *l, const char *code);
/* Writes "A, B, C" (all codes) into out; truncated with "..." when long. */
void codes_join(const struct code_list *l, char *out, unsigned size);
/* All lists, for tests and help. */
const struct code_list *codes_all(int *n);

#endif
