/*
 * json_ids.c: the importer's memory of what the file holds: the ids of each table with
 * the child each record belongs to (struct idmap), and the unique keys seen so far
 * (struct strset).
 *
 * A national file has millions of records, each naming two or three others, so these
 * lookups are the importer's inner loop. Ids in an export run 1, 2, 3 ..., so an idmap
 * keeps them in a flat array indexed by id: one memory access, in order, no hashing.
 * A hand-written file may use any ids up to 2^63, so an id far beyond the number of
 * ids seen (which would make the array huge) goes to an open-addressing hash instead,
 * kept at most 70% full; a Fibonacci multiplier spreads its keys. The string set of
 * unique keys is the same kind of hash, over offsets into one text buffer.
 */
#include <string.h>

#include "base/mem.h"
#include "json/json_int.h"

#define IDMAP_NONE INT64_MIN

static size_t
slot_of(uint64_t h, size_t cap)
{
	return (size_t)((h * 0x9E3779B97F4A7C15ull) >> 32) & (cap - 1);
}

static void
hash_grow(struct idmap *m)
{
	size_t cap = m->cap ? m->cap * 2 : 1024;
	struct idmap_slot *slots = xcalloc(cap, sizeof *slots);

	for (size_t i = 0; i < m->cap; i++) {
		size_t j;
		if (!m->slots[i].id)
			continue;
		for (j = slot_of((uint64_t)m->slots[i].id, cap); slots[j].id; j = (j + 1) & (cap - 1))
			;
		slots[j] = m->slots[i];
	}
	xfree(m->slots);
	m->slots = slots;
	m->cap = cap;
}

static struct idmap_slot *
hash_find(const struct idmap *m, int64_t id)
{
	if (!m->cap)
		return NULL;
	for (size_t i = slot_of((uint64_t)id, m->cap); m->slots[i].id; i = (i + 1) & (m->cap - 1))
		if (m->slots[i].id == id)
			return &m->slots[i];
	return NULL;
}

/* Makes the array cover id when that keeps it within about twice the ids held. */
static int
dense_covers(struct idmap *m, int64_t id)
{
	size_t cap = m->dense_cap;

	if ((uint64_t)id < cap)
		return 1;
	if ((uint64_t)id > 2 * (m->n + 1) + 65536)
		return 0;
	while (cap <= (uint64_t)id)
		cap = cap ? cap * 2 : 65536;
	m->dense = xreallocarray(m->dense, cap, sizeof *m->dense);
	for (size_t i = m->dense_cap; i < cap; i++)
		m->dense[i] = IDMAP_NONE;
	m->dense_cap = cap;
	return 1;
}

int
idmap_put(struct idmap *m, int64_t id, int64_t child)
{
	size_t i;

	/* An id may sit in the hash from before the array grew past it. */
	if (m->nsparse && hash_find(m, id))
		return 0;
	if (dense_covers(m, id)) {
		if (m->dense[id] != IDMAP_NONE)
			return 0;
		m->dense[id] = child;
		m->n++;
		return 1;
	}
	if ((m->nsparse + 1) * 10 > m->cap * 7)
		hash_grow(m);
	for (i = slot_of((uint64_t)id, m->cap); m->slots[i].id; i = (i + 1) & (m->cap - 1))
		;
	m->slots[i].id = id;
	m->slots[i].child = child;
	m->nsparse++;
	m->n++;
	return 1;
}

int
idmap_get(const struct idmap *m, int64_t id, int64_t *child)
{
	const struct idmap_slot *s;

	if ((uint64_t)id < m->dense_cap && m->dense[id] != IDMAP_NONE) {
		*child = m->dense[id];
		return 1;
	}
	if (!m->nsparse || !(s = hash_find(m, id)))
		return 0;
	*child = s->child;
	return 1;
}

void
idmap_free(struct idmap *m)
{
	xfree(m->dense);
	xfree(m->slots);
	memset(m, 0, sizeof *m);
}

/* FNV-1a: short keys, good enough spread, no allocation. */
static uint32_t
hash_text(const char *s, size_t len)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static size_t
strset_find(const struct strset *s, const char *key, size_t len, uint32_t h)
{
	size_t i = slot_of(h, s->cap);

	for (; s->slots[i]; i = (i + 1) & (s->cap - 1)) {
		const char *k = s->text + s->slots[i] - 1;
		if (s->hashes[i] == h && strlen(k) == len && memcmp(k, key, len) == 0)
			break;
	}
	return i;
}

static void
strset_grow(struct strset *s)
{
	size_t cap = s->cap ? s->cap * 2 : 1024;
	uint32_t *slots = xcalloc(cap, sizeof *slots), *hashes = xcalloc(cap, sizeof *hashes);

	for (size_t i = 0; i < s->cap; i++) {
		size_t j;
		if (!s->slots[i])
			continue;
		for (j = slot_of(s->hashes[i], cap); slots[j]; j = (j + 1) & (cap - 1))
			;
		slots[j] = s->slots[i];
		hashes[j] = s->hashes[i];
	}
	xfree(s->slots);
	xfree(s->hashes);
	s->slots = slots;
	s->hashes = hashes;
	s->cap = cap;
}

int
strset_add(struct strset *s, const char *key, size_t len)
{
	uint32_t h = hash_text(key, len);
	size_t i;

	if ((s->n + 1) * 10 > s->cap * 7)
		strset_grow(s);
	i = strset_find(s, key, len, h);
	if (s->slots[i])
		return 0;
	if (s->len + len + 1 > UINT32_MAX - 1)
		return 1;	/* beyond 4 GB of keys: no longer tracked; the store still refuses */
	while (s->len + len + 1 > s->textcap) {
		s->textcap = s->textcap ? s->textcap * 2 : 65536;
		s->text = xrealloc(s->text, s->textcap);
	}
	memcpy(s->text + s->len, key, len);
	s->text[s->len + len] = '\0';
	s->slots[i] = (uint32_t)s->len + 1;
	s->hashes[i] = h;
	s->len += len + 1;
	s->n++;
	return 1;
}

void
strset_free(struct strset *s)
{
	xfree(s->slots);
	xfree(s->hashes);
	xfree(s->text);
	memset(s, 0, sizeof *s);
}
