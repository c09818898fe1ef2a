/*
 * rec_digest.c: a record's version, as a short digest of its fields (rec.h).
 *
 * A form carries the digest of the record as it was opened, and an API client the ETag
 * of the record it read; a save whose digest is no longer the stored record's was made
 * over someone else's change, and is refused with what changed instead of overwriting it.
 * The digest is of the values, not of a counter kept beside them, so it needs nothing
 * from the store beyond the record itself and holds for any store.
 */
#include "records/rec_int.h"

#include <sodium.h>
#include <string.h>

void
rec_digest(const struct table *t, const struct field *row, char out[REC_DIGEST_HEX + 1])
{
	crypto_generichash_state h;
	unsigned char d[REC_DIGEST_HEX / 2];

	crypto_generichash_init(&h, NULL, 0, sizeof d);
	crypto_generichash_update(&h, (const unsigned char *)t->name, strlen(t->name) + 1);
	for (int c = 0; c < t->ncols; c++) {
		/* A tag a field keeps an absent value apart from an empty or zero one, and
		 * the terminating zero keeps "ab","c" apart from "a","bc". */
		unsigned char tag = !row[c].present ? 0 : rec_is_integer(t->cols[c].type) ? 1 : 2;
		crypto_generichash_update(&h, &tag, 1);
		if (tag == 1)
			crypto_generichash_update(&h, (const unsigned char *)&row[c].i,
			    sizeof row[c].i);
		else if (tag == 2)
			crypto_generichash_update(&h, (const unsigned char *)row[c].s,
			    strlen(row[c].s) + 1);
	}
	crypto_generichash_final(&h, d, sizeof d);
	sodium_bin2hex(out, REC_DIGEST_HEX + 1, d, sizeof d);
}
