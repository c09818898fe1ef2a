/*
 * cin_import_int.h: what the files of the census importer share: the import's state
 * (cin_import.c), the checks of one child (cin_import_check.c) and the writing of its
 * records (cin_import_write.c).
 */
#ifndef SG_CIN_IMPORT_INT_H
#define SG_CIN_IMPORT_INT_H
#include "census/cin_import.h"
#include "model/model.h"

#define MAX_COLS 32

/* The columns of one table an import writes, resolved once to their indexes. */
struct rowspec {
	const struct table *t;
	int idx[16];
};

enum { K_CHILD, K_REFERRAL, K_ASSESSMENT, K_CIN_PLAN, K_S47, K_CONFERENCE, K_CP_PLAN,
	K_SETTING, K_NSPECS };

/* Column positions in each rowspec's idx, in the order of the names in cin_import.c. */
enum { CH_ID, CH_LA, CH_BIRTH, CH_EXPECTED, CH_SEX, CH_ETHNICITY, CH_DISABILITIES, CH_UPN,
	CH_FORMER_UPN, CH_UPN_UNKNOWN, CH_DEATH };
enum { RF_ID, RF_CHILD, RF_RECEIVED, RF_SOURCE, RF_NEED, RF_NFA, RF_CLOSURE, RF_REASON,
	RF_DECISION, RF_NFA_SIGNED };
enum { AS_ID, AS_CHILD, AS_REFERRAL, AS_START, AS_REVIEW, AS_AUTHORISED, AS_FACTORS };
enum { CP_ID, CP_CHILD, CP_REFERRAL, CP_START, CP_END };
enum { S4_ID, S4_CHILD, S4_REFERRAL, S4_START, S4_TARGET, S4_COMPLETED, S4_NOT_REQUIRED };
enum { CF_ID, CF_CHILD, CF_REFERRAL, CF_KIND, CF_S47, CF_PLAN, CF_SCHEDULED, CF_HELD };
enum { PL_ID, PL_CHILD, PL_REFERRAL, PL_CONFERENCE, PL_START, PL_INITIAL, PL_LATEST,
	PL_PREVIOUS, PL_END, PL_END_SIGNED };
enum { ST_ID, ST_KEY, ST_VALUE, ST_FROM };

/* The records of one stored child that this file has already matched: flags by position
 * in the child's runs of referrals, assessments ... (offsets at_*). */
struct imp_used {
	unsigned char *flags;
	size_t cap;
	uint32_t at_ref, at_ass, at_s47, at_cinp, at_plan, at_conf;
};

/* The dates of the child's records written so far, that orders compare with
 * (cin_import_dates.c). */
#define CIN_IMP_DATES 512
struct imp_date {
	const struct table *t;
	int64_t id;
	int col;
	int32_t date;
};

struct imp {
	struct store *st;
	const struct rec_actor *who;	/* for the audit trail */
	const char *name;		/* the file's name, for its entry */
	struct store_rewriter *rw;
	struct store_reader *rd;
	struct area a;			/* the store as it was before the import */
	const struct m_child **by_la;	/* a.children sorted by local id */
	unsigned char *seen;		/* by a.children index: met in this file already */
	struct rowspec spec[K_NSPECS];
	int64_t next_id[K_NSPECS];
	struct cin_year year;
	struct cin_import_report *rep;
	struct buf *errors;
	int nerrors, child_errors;
	const struct cin_child *child;	/* the child being imported */
	struct buf text, scratch;	/* a stored row's text; joined code lists */
	struct imp_used used;
	int store_failed;
	int ids_exhausted;	/* a table has no id left below RECORDS_MAX_ID */
	struct {
		struct imp_date v[CIN_IMP_DATES];
		int n;
	} dates;
};

/* Records one problem, "line N: child X: ..." (the child when there is one). */
void cin_imp_error(struct imp *im, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Checks every value of the child against what the store needs; errors via cin_imp_error. */
void cin_imp_check_child(struct imp *im, const struct cin_child *c);
/* Writes the (checked) child: matched to the store's records, created or updated. */
void cin_imp_write_child(struct imp *im, const struct cin_child *c);
/* cin_import_dates.c: the orders of dates across linked records. A new child forgets the
 * last one's dates; each record written or matched keeps its own; a record is checked
 * against those it names (and, existing: held by the store, those that name it). Returns
 * the errors added to e, or -1 when the store could not be read. */
struct rec_errors;
void cin_imp_dates_clear(struct imp *im);
void cin_imp_dates_keep(struct imp *im, const struct table *t, const struct field *row);
int cin_imp_linked_dates(struct imp *im, const struct table *t, const struct field *row,
    int existing, struct rec_errors *e);
/* The store child with this local id, or NULL; and its index in a.children. */
const struct m_child *cin_imp_find_child(struct imp *im, const char *la_child_id, size_t *index);
/* "1", "true" (any case) is 1; "0", "false" is 0; anything else -1 (rule 8568). */
int cin_imp_bool(const char *s);

#endif
