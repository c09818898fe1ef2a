/*
 * fig_themes.c: the words the family used most in their feedback (docs/figures.md,
 * "feedback_themes"). A plain count, not an analysis: each feedback form's free text (what
 * they would change, and their comments) is cut into words (runs of letters, lowercased;
 * an apostrophe inside a word is dropped, so "didn't" is "didnt"), words of fewer than
 * three letters and common English words (the list below) are left out, and each word is
 * counted once a form. The rows are the ten words used by the most forms in the first
 * period asked for (ties in alphabetical order); the other periods count the same words.
 */
#include "figures/fig_int.h"

#include <stdlib.h>
#include <string.h>

#include "base/mem.h"
#include "base/str.h"

#define THEME_ROWS 10
#define WORD_MAX 24		/* the row's key holds the word: longer words are left out */
#define FORM_WORDS 512		/* distinct words kept of one form */

typedef char word[WORD_MAX];

/* Sorted, for bsearch: English function words, and the words any answer is made of. */
static const char *const stop[] = {
	"about", "above", "after", "again", "all", "also", "and", "any", "are", "because",
	"been", "before", "being", "both", "but", "can", "cant", "could", "couldnt", "did",
	"didnt", "does", "doesnt", "doing", "dont", "down", "during", "each", "even", "every",
	"few", "for", "from", "get", "got", "had", "has", "have", "having", "her", "here",
	"hers", "herself", "him", "himself", "his", "how", "into", "isnt", "its", "itself",
	"just", "let", "lot", "made", "make", "many", "more", "most", "much", "must", "myself",
	"not", "now", "off", "once", "one", "only", "other", "our", "ours", "out", "over",
	"own", "really", "same", "she", "should", "some", "such", "than", "that", "thats",
	"the", "their", "theirs", "them", "then", "there", "these", "they", "thing", "things",
	"think", "this", "those", "through", "too", "under", "until", "very", "was", "wasnt",
	"way", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
	"with", "would", "wouldnt", "yes", "yet", "you", "your", "yours", "yourself",
};

static int
cmp_str(const void *k, const void *e)
{
	return strcmp(k, *(const char *const *)e);
}

static int
stopped(const char *w)
{
	return bsearch(w, stop, sizeof stop / sizeof stop[0], sizeof stop[0], cmp_str) != NULL;
}

static int
letter(unsigned char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch >= 0x80;
}

/* Appends the meaningful words of text not yet in out[0..n), returning the new n. */
static size_t
cut(const char *text, word *out, size_t n)
{
	const unsigned char *p = (const unsigned char *)text;

	while (p && *p && n < FORM_WORDS) {
		word w;
		size_t len = 0, i;
		int fits = 1;
		for (; *p && !letter(*p); p++)
			;
		for (; *p && (letter(*p) || (*p == '\'' && letter(p[1]))); p++) {
			if (*p == '\'')
				continue;
			if (len + 1 >= WORD_MAX)
				fits = 0;
			else
				w[len++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
		}
		w[len] = 0;
		if (!fits || len < 3 || stopped(w))
			continue;
		for (i = 0; i < n && strcmp(out[i], w) != 0; i++)
			;
		if (i == n)
			memcpy(out[n++], w, WORD_MAX);
	}
	return n;
}

static size_t
form_words(const struct m_feedback *b, word *out)
{
	return cut(b->comments, out, cut(b->would_change, out, 0));
}

/* Calls fn for each form on a conference held in some window, with the windows' bits. */
typedef void (*form_fn)(struct fig_job *j, const struct m_child *c, const struct m_feedback *b,
    uint64_t mask, void *ctx);

static void
each_form(struct fig_job *j, form_fn fn, void *ctx)
{
	const struct m_child *c;

	FIG_OWNERS(c, j->a, feedback, feedback) {
		for (uint32_t i = 0; i < c->feedback.count; i++) {
			const struct m_feedback *b = &j->a->feedback[c->feedback.first + i];
			const struct m_conference *f = m_find_conference(j->a, c, b->conference_id);
			uint64_t m = 0;
			size_t w;
			if (!f || !fig_in_any(j, f->held) || !fig_conf_ok(j, c, f))
				continue;
			FIG_EACH(w, fig_mask(j, f->held))
				if (fig_age_ok(j, w, c))
					m |= UINT64_C(1) << w;
			if (m)
				fn(j, c, b, m, ctx);
		}
	}
}

struct pool {
	word *v;
	size_t n, cap;
	word *scratch;
};

static void
gather(struct fig_job *j, const struct m_child *c, const struct m_feedback *b, uint64_t mask,
    void *ctx)
{
	struct pool *p = ctx;
	size_t n;

	(void)j;
	(void)c;
	if (!(mask & 1))
		return;
	n = form_words(b, p->scratch);
	for (size_t i = 0; i < n; i++) {
		VEC_GROW(p->v, p->n, p->cap);
		memcpy(p->v[p->n++], p->scratch[i], WORD_MAX);
	}
}

struct ranked {
	const char *w;
	size_t n;
};

static int
cmp_word(const void *x, const void *y)
{
	return strcmp(x, y);
}

static int
cmp_rank(const void *x, const void *y)
{
	const struct ranked *p = x, *q = y;

	if (p->n != q->n)
		return p->n > q->n ? -1 : 1;
	return strcmp(p->w, q->w);
}

/* The top words of the first window into top, how many. */
static size_t
choose(struct fig_job *j, struct pool *p, word *top)
{
	struct ranked *r;
	size_t nr = 0, k;

	each_form(j, gather, p);
	if (p->n)
		qsort(p->v, p->n, sizeof *p->v, cmp_word);
	r = xcalloc(p->n ? p->n : 1, sizeof *r);
	for (size_t i = 0; i < p->n; i++) {
		if (nr && strcmp(r[nr - 1].w, p->v[i]) == 0) {
			r[nr - 1].n++;
			continue;
		}
		r[nr].w = p->v[i];
		r[nr++].n = 1;
	}
	if (nr)
		qsort(r, nr, sizeof *r, cmp_rank);
	for (k = 0; k < nr && k < THEME_ROWS; k++)
		memcpy(top[k], r[k].w, WORD_MAX);
	xfree(r);
	return k;
}

struct tally {
	word *top;
	size_t n;
	word *scratch;
};

static void
count(struct fig_job *j, const struct m_child *c, const struct m_feedback *b, uint64_t mask,
    void *ctx)
{
	struct tally *t = ctx;
	size_t n = form_words(b, t->scratch), w;

	for (size_t k = 0; k < t->n; k++)
		for (size_t i = 0; i < n; i++)
			if (strcmp(t->scratch[i], t->top[k]) == 0) {
				FIG_EACH(w, mask)
					fig_add(j, w, k, 1, 0, c->id);
				break;
			}
}

void
fig_feedback_themes(struct fig_job *j)
{
	struct pool p = {0};
	word top[THEME_ROWS];
	struct tally t;

	p.scratch = xcalloc(FORM_WORDS, sizeof *p.scratch);
	t.n = choose(j, &p, top);
	t.top = top;
	t.scratch = p.scratch;
	fig_rows(j, t.n);
	/* No label of its own: a row is named by its key, the word (every reader falls back
	 * on the key when a row has no label). */
	for (size_t k = 0; k < t.n; k++)
		fig_row(j, k, NULL, top[k]);
	each_form(j, count, &t);
	xfree(p.v);
	xfree(p.scratch);
}
