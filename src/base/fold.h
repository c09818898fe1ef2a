/*
 * fold.h: names in the form a search compares: folded to lower case without accents,
 * and cut into words. See fold.c.
 */
#ifndef SG_FOLD_H
#define SG_FOLD_H

#define FOLD_WORD 48		/* bytes of a word kept, with its NUL; longer ones are cut */
#define FOLD_MAX_WORDS 12

struct fold_words {
	int n;
	char word[FOLD_MAX_WORDS][FOLD_WORD];
};

/* The words of s, each folded, each once: "Zoë O'Connor-Lee" is zoe, o, connor,
 * oconnor, lee. */
void fold_words(const char *s, struct fold_words *w);

#endif
