/*
 * cin_import.h: loading a census return from another system into the store. See
 * cin_import.c for how its records are matched to the store's.
 */
#ifndef SG_CIN_IMPORT_H
#define SG_CIN_IMPORT_H
#include <stdint.h>

#include "base/buf.h"
#include "census/cin_read.h"
#include "store/store.h"

/* What an import did to one kind of record. */
struct cin_tally {
	long created, updated, unchanged;
};

enum cin_kind_of_record { CIN_CHILDREN, CIN_EPISODES, CIN_ASSESSMENTS, CIN_PLANS, CIN_S47S,
	CIN_CPPS, CIN_CONFERENCES, CIN_NKINDS };

struct cin_import_report {
	struct cin_year year;
	char lea[4];
	int la_code_set;		/* the store took its LA number from this return */
	struct cin_tally tally[CIN_NKINDS];
	uint64_t bytes;
};

/* "children", "episodes (referrals)" ... for the report. */
const char *cin_kind_name(enum cin_kind_of_record k);

#define CIN_IMPORT_MAX_ERRORS 20

/*
 * Reads the return r and writes it into st in one transaction. Returns 0 when it was
 * committed (rep says what changed), or -1 when anything was wrong: then nothing is
 * written, and errors holds one line per problem found (at most CIN_IMPORT_MAX_ERRORS),
 * each "line N: ..." naming the child, the element and the fix. With dry_run everything
 * is done and counted, then rolled back: what the import would do, changing nothing.
 * Every row is written through the record layer (rec_check, then rec_write_as): a record
 * changed gets its audit entry (who, before and after), and the import one entry of its
 * own, action "import", what the file's name (name), detail its counts by table.
 */
struct rec_actor;
int cin_import(struct store *st, const struct rec_actor *who, const char *name,
    struct cin_reader *r, struct cin_import_report *rep, struct buf *errors, int dry_run);

#endif
