/*
 * fold.c: names as a search compares them (fold.h): in lower case, without accents, cut
 * into words.
 *
 * A worker types "zoe" for Zoë, "oconnor" or "o'connor" for O'Connor, "lodz" for Łódź.
 * Letters of Latin-1 and Latin Extended-A (U+00C0 to U+017F: the accented letters of
 * the names of Europe) become their base letters, and a few become two (Æ ae, ß ss,
 * Œ oe, Þ th); other letters (other scripts) are kept as they are written. A word is a
 * run of letters and digits; an apostrophe inside a word joins it, and its parts count as
 * words too ("O'Connor" is oconnor, o and connor); anything else separates words.
 */
#include "base/fold.h"

#include <string.h>

#include "base/str.h"

/* U+00C0 to U+00FF; NULL: not a letter (× and ÷). */
static const char *const latin1[64] = {
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", NULL, "o", "u", "u", "u", "u", "y", "th", "ss",
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", NULL, "o", "u", "u", "u", "u", "y", "th", "y",
};

/* U+0100 to U+017F, two by two (capital, small) but for ĸ, ŉ and ſ, which stand alone. */
static const char *const extended_a[128] = {
	"a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
	"d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
	"g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
	"i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
	"l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
	"o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
	"s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
	"u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
};

/* The code point s begins with, and its length (0 when s holds no whole character). */
static unsigned
decode(const char *s, int *len)
{
	const unsigned char *u = (const unsigned char *)s;

	*len = str_utf8_seq(s);
	switch (*len) {
	case 1: return u[0];
	case 2: return (unsigned)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
	case 3: return (unsigned)(u[0] & 0x0F) << 12 | (unsigned)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
	case 4: return (unsigned)(u[0] & 0x07) << 18 | (unsigned)(u[1] & 0x3F) << 12 |
		    (unsigned)(u[2] & 0x3F) << 6 | (u[3] & 0x3F);
	default: return 0;
	}
}

/* Kinds of character: a letter or digit (with its folded form), an apostrophe, or
 * anything else (which separates words). */
enum { SEP, APOSTROPHE, LETTER };

static int
classify(const char *s, int *len, const char **folded, char *ascii)
{
	unsigned c = decode(s, len);

	*folded = NULL;
	if (*len == 0) {
		*len = 1;	/* a stray byte: a separator, skipped */
		return SEP;
	}
	if (c == '\'' || c == 0x2019)
		return APOSTROPHE;
	if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
		ascii[0] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
		ascii[1] = '\0';
		*folded = ascii;
		return LETTER;
	}
	if (c >= 0xC0 && c <= 0xFF)
		return (*folded = latin1[c - 0xC0]) ? LETTER : SEP;
	if (c >= 0x100 && c <= 0x17F) {
		*folded = extended_a[c - 0x100];
		return LETTER;
	}
	return c >= 0x80 && !(c >= 0x2000 && c <= 0x206F) && c != 0xA0 ? LETTER : SEP;
}

static int
add_word(struct fold_words *w, const char *s, size_t n)
{
	if (n == 0 || w->n == FOLD_MAX_WORDS)
		return 0;
	if (n >= FOLD_WORD)
		n = FOLD_WORD - 1;
	memcpy(w->word[w->n], s, n);
	w->word[w->n][n] = '\0';
	for (int i = 0; i < w->n; i++)
		if (strcmp(w->word[i], w->word[w->n]) == 0)
			return 0;	/* "Anna-Anna": once is enough */
	w->n++;
	return 1;
}

void
fold_words(const char *s, struct fold_words *w)
{
	char whole[FOLD_WORD], part[FOLD_WORD], ascii[2];
	size_t wn = 0, pn = 0;
	int parts = 0;

	w->n = 0;
	for (;; ) {
		int len, kind = *s ? SEP : -1;
		const char *f = NULL;
		if (*s)
			kind = classify(s, &len, &f, ascii);
		if (kind == LETTER) {
			const char *src = f ? f : s;
			size_t k = f ? strlen(f) : (size_t)len;
			if (wn + k < sizeof whole && pn + k < sizeof part) {
				memcpy(whole + wn, src, k);
				memcpy(part + pn, src, k);
				wn += k;
				pn += k;
			}
		} else if (kind == APOSTROPHE && wn > 0) {
			parts += add_word(w, part, pn) || 1;	/* the part before it */
			pn = 0;
		} else {
			if (parts && pn)
				add_word(w, part, pn);
			add_word(w, whole, wn);
			wn = pn = 0;
			parts = 0;
			if (kind < 0)
				return;
		}
		s += kind < 0 ? 0 : len;
	}
}
