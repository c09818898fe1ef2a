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
 * child where records.c says so), and no unique key is taken by another record.
 * Returns the number of errors added, or -1 when the store could not be read.
 */
int rec_check_store(struct store *st, const struct table *t, const struct field *row,
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

#endif
