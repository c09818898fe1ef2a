/*
 * snapshot_names.c: finding children by name in the area in memory.
 *
 * Every word of every child's given and family names, folded (base/fold.h: lower case,
 * no accents), sorted; a search folds its own words the same way and finds, by binary
 * search, the children with a name word that begins with the longest of them, then keeps
 * those whose names also have a word beginning with each of the others. So "smi" finds
 * Smith and Smithson, "ava smi" Ava Smith, "zoe" Zoë, "oconnor" and "o'connor" O'Connor.
 * Built with the snapshot; a search reads memory only.
 */
#include "web/snapshot.h"

#include <stdlib.h>
#include <string.h>

#include "base/fold.h"
#include "base/mem.h"
#include "base/str.h"

static void
add_names(struct web_snapshot *s, uint32_t ci, const char *name)
{
	struct fold_words w;

	if (!name)
		return;
	fold_words(name, &w);
	for (int i = 0; i < w.n; i++) {
		VEC_GROW(s->names, s->n_names, s->cap_names);
		s->names[s->n_names].word = area_strdup(&s->a, w.word[i]);
		s->names[s->n_names++].child = ci;
	}
}

static int
by_word(const void *p, const void *q)
{
	const struct web_name *a = p, *b = q;
	int c = strcmp(a->word, b->word);

	return c ? c : (a->child > b->child) - (a->child < b->child);
}

void
web_snapshot_index_names(struct web_snapshot *s)
{
	for (size_t i = 0; i < s->a.n_children; i++) {
		add_names(s, (uint32_t)i, s->a.children[i].given_name);
		add_names(s, (uint32_t)i, s->a.children[i].family_name);
	}
	mem_sort(s->names, s->n_names, sizeof *s->names, by_word);
}

static int
begins(const char *word, const char *prefix)
{
	return strncmp(word, prefix, strlen(prefix)) == 0;
}

/* Whether one of the child's name words begins with prefix. */
static int
has_word(const struct m_child *c, const char *prefix)
{
	const char *names[2] = {c->given_name, c->family_name};
	struct fold_words w;

	for (int k = 0; k < 2; k++) {
		if (!names[k])
			continue;
		fold_words(names[k], &w);
		for (int i = 0; i < w.n; i++)
			if (begins(w.word[i], prefix))
				return 1;
	}
	return 0;
}

int
web_snapshot_find_names(const struct web_snapshot *s, const char *q, uint32_t *out, int max,
    int *more)
{
	struct fold_words w;
	size_t lo = 0, hi = s->n_names;
	int key = 0, n = 0;

	*more = 0;
	fold_words(q, &w);
	if (w.n == 0)
		return 0;
	for (int i = 1; i < w.n; i++)	/* the longest word narrows most */
		if (strlen(w.word[i]) > strlen(w.word[key]))
			key = i;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (strcmp(s->names[mid].word, w.word[key]) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < s->n_names && begins(s->names[i].word, w.word[key]); i++) {
		const struct m_child *c = &s->a.children[s->names[i].child];
		int all = 1, dup = 0;
		for (int k = 0; k < w.n && all; k++)
			all = k == key || has_word(c, w.word[k]);
		for (int k = 0; k < n && !dup; k++)
			dup = out[k] == s->names[i].child;	/* two of its words begin so */
		if (!all || dup)
			continue;
		if (n == max) {
			*more = 1;
			break;
		}
		out[n++] = s->names[i].child;
	}
	return n;
}
