/*
 * rec.h: the one record layer. Every front end (import json, import cin, settings set,
 * the demo where speed allows, every web form and API write) checks and saves a record
 * through these functions, so a record is judged by one piece of code with one set of
 * messages, and every change carries who made it, in what role, and why (the audit trail).
 *
 * A record is a row of struct field as records.h describes it. Messages name no table
 * or field: the caller puts its own prefix in front ("children[3].birth_date: " in an
 * import, the field's label on a form), so one message serves every front end.
 */
#ifndef SG_REC_H
#define SG_REC_H
#include <stddef.h>
#include <stdint.h>

#include "records/records.h"

struct store;

#define REC_MAX_ERRORS 32

/* Who is saving, for the audit trail. */
struct rec_actor {
	int64_t user_id;	/* the user's record id; 0 for a command run at a terminal */
	const char *username;	/* the user's username, or the login running the command */
	const char *role;	/* a user_role code, or "command" */
	const char *address;	/* the client's IP address, or "terminal" */
	const char *reason;	/* why, when the person was asked; NULL otherwise */
	const char *via;	/* "web", "api", "import json", "settings set", "demo" ... */
};

struct rec_error {
	int col;		/* the column at fault, or -1 for the record as a whole */
	char message[320];	/* "\"2019-02-30\" is not a date (use YYYY-MM-DD)" */
};

struct rec_errors {
	int n;					/* every error found */
	struct rec_error v[REC_MAX_ERRORS];	/* the first ones */
};

void rec_errors_clear(struct rec_errors *e);

/*
 * Reads the text of one value (a form field, a census value, a command-line argument)
 * for column col of t into *out, copying text into buf[size]. An empty text is the
 * value left out. 1 when the value is one the column takes, else 0 with why (its col
 * set) saying what is wrong and what to write instead.
 */
int rec_parse_text(const struct table *t, int col, const char *text, struct field *out,
    char *buf, size_t size, struct rec_error *why);

/*
 * The checks that need only the record: required fields, every value against its column
 * (types, code lists, lengths, dates within the calendar 1970-2100), the date orders of
 * records.c, the rules records.c cannot say in a row (a relationship is with one child
 * or one adult, and never with the child itself; a setting's key is one safeguard knows
 * and its value one the key takes). Returns the number of errors added to e.
 */
int rec_check(const struct table *t, const struct field *row, struct rec_errors *e);

/*
 * The checks that need the store: every reference names a stored record (of the same
 * child where records.c says so), no unique key is taken by another record, and, when
 * the references are sound, the orders of dates across linked records (below), both ways.
 * Returns the number of errors added, or -1 when the store could not be read.
 */
int rec_check_store(struct store *st, const struct table *t, const struct field *row,
    struct rec_errors *e);

/*
 * The orders of dates across linked records (records.c's ref_orders): a date of the record
 * against a date of the record one of its references names. get says where a linked
 * record's dates are: column col of record id of t into *out (CAL_NONE when it has none);
 * 1 found, 0 when that record is not known (yet: an import reading a file), -1 when it
 * could not be read. rec_check_links checks every order of the record (columns of bad
 * left out); an order whose record get did not know sets bit k (its index among t's
 * orders) of *waiting, for rec_check_link to check later with the date (days since
 * 1970-01-01) and the id the record gave. Both return the errors added, or -1.
 */
typedef int (*rec_date_fn)(void *ctx, const struct table *t, int64_t id, int col,
    int32_t *out);
int rec_check_links(const struct table *t, const struct field *row, uint32_t bad,
    rec_date_fn get, void *ctx, struct rec_errors *e, uint32_t *waiting);
int rec_check_link(const struct table *t, int k, int32_t date, int64_t target, rec_date_fn get,
    void *ctx, struct rec_errors *e);
/* The number of t's orders, and order k's date and reference columns. */
int rec_order_count(const struct table *t);
void rec_order_columns(const struct table *t, int k, int *date, int *via);
/* The columns of t (bit col) that some record's order compares with: what an importer
 * keeps of each record of t it reads. */
uint32_t rec_order_targets(const struct table *t);
/* rec_check_links with the linked records' dates read from the store. */
int rec_check_links_stored(struct store *st, const struct table *t, const struct field *row,
    struct rec_errors *e);
/* The other way: the stored records that name this one (row[0], when given), against the
 * dates it now has (a referral moved after the assessment that answers it). */
int rec_check_linked_to(struct store *st, const struct table *t, const struct field *row,
    struct rec_errors *e);

/*
 * Checks and writes one record and its audit entry in one transaction. row[0] (the id)
 * absent: a new record, given the next id, written back into row[0]. Present and held
 * by the store: every column is rewritten, and the entry carries the fields before and
 * after. Present and not held: a new record with that id. Returns 1 when saved, 0 when
 * the stored record was the same field for field (nothing written), -1 when refused:
 * the errors are in e and nothing changed (a store failure is one error of col -1).
 */
int rec_save(struct store *st, const struct rec_actor *who, const struct table *t,
    struct field *row, struct rec_errors *e);

/*
 * The same inside a transaction the caller holds (store_begin), for a caller that saves
 * several records as one change (a conference and its invitees) or many (an import).
 */
int rec_write(struct store *st, const struct rec_actor *who, const struct table *t,
    struct field *row, struct rec_errors *e);

/*
 * The version of a record: a digest of its fields in hex. A form keeps the digest of the
 * record it opened and the API sends it as the ETag; a save is made over the record
 * opened only while the stored record still has that digest.
 */
#define REC_DIGEST_HEX 32
void rec_digest(const struct table *t, const struct field *row, char out[REC_DIGEST_HEX + 1]);

/* ---- Beyond the forms: what importers and other front ends share (rec_value.c ...) ---- */

/*
 * The rules of one value, for a front end that reads values its own way (the JSON import
 * reads typed tokens, and says itself when a token is of the wrong kind): s[0..len) is
 * the text of one value for column c, which may hold any byte. 1 when c takes it, else 0
 * with why (col left to the caller: -1) saying what is wrong and what to write instead.
 * Dates must lie in the calendar the clocks use, 1970-01-01 to 2100-12-31, unless the
 * column says other years (records.h: a date column's min and max).
 */
int rec_value_text(const struct column *c, const char *s, size_t len, struct rec_error *why);
int rec_value_date(const struct column *c, const char *s, size_t len, struct rec_error *why);
int rec_value_code(const struct column *c, const char *s, size_t len, struct rec_error *why);
/* One code of a list of codes: in c's list, and not given before (*had: a bit a code,
 * by its index in the list, updated). */
int rec_value_list_code(const struct column *c, const char *s, size_t len, uint64_t *had,
    struct rec_error *why);
/* An id (ids and references: 1 to RECORDS_MAX_ID), a whole number within c's range, or a
 * boolean (0 or 1). */
int rec_value_int(const struct column *c, int64_t v, struct rec_error *why);

/* What column col of t takes, for messages: "one of M, F, U", "the id of a referral". */
void rec_takes(const struct table *t, int col, char *out, size_t size);
/* "one of M, F, U" for a code list (codes.h name), or its first few codes and how many. */
void rec_codes_hint(const char *list, char *out, size_t size);
/* Text as a message shows it: in double quotes, with quotes, backslashes and control
 * characters escaped (\u0009), a byte that is not UTF-8 as '?', cut after 40 bytes. */
void rec_show_text(const char *s, size_t len, char *out, size_t size);

/*
 * rec_check, for a front end that has judged every value itself by the rules above as it
 * read it (the JSON import, which says what is wrong with a token there and then, with
 * its line): values are not judged again, and the columns it refused (bit col of
 * unreadable set) are neither reported missing nor compared with others. A national
 * import reads eighteen million records: judging each value twice costs a sixth of it.
 */
int rec_check_given(const struct table *t, const struct field *row, uint32_t unreadable,
    struct rec_errors *e);

/* How rec_write_as writes. */
#define REC_REFS_CHECKED 1u	/* the caller has set every reference and unique key itself,
				 * to records it has just written or matched (an importer):
				 * rec_check_store is not run */
#define REC_NO_CREATE_ENTRY 2u	/* a new record gets no audit entry of its own: the caller
				 * writes one entry for all it created (an import) */
#define REC_CHECKED 4u		/* the caller has run rec_check on the row itself (to say
				 * what is wrong in its own words) and it found nothing */
#define REC_NEW 8u		/* row[0] is an id the caller gave and the store does not
				 * hold (an importer numbering its new records): not looked up */

/*
 * rec_write for a front end that writes many records inside its own transaction: flags
 * above; before, when not NULL, is the record with row's id as the caller has just read
 * it from the store (NULL: rec_write_as reads it). A record that changes always gets its
 * "change" entry.
 */
int rec_write_as(struct store *st, const struct rec_actor *who, const struct table *t,
    struct field *row, const struct field *before, unsigned flags, struct rec_errors *e);

/* Appends the entry of an action that concerns no one record (an import: action
 * "import", what the file's name, detail its counts): who's fields, and the rest given. */
int rec_audit(struct store *st, const struct rec_actor *who, const char *action,
    const char *what, const char *detail);

#endif
