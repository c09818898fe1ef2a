/*
 * cli.h: the command table and what a command's handler receives. See cli.c.
 * A command is one row (struct cli_cmd) in commands.c; its handler lives in its own file.
 */
#ifndef SG_CLI_H
#define SG_CLI_H
#include <stdint.h>
#include <stdio.h>

#define SAFEGUARD_VERSION "0.1.0"	/* also the Release of the census returns it writes */

#define CLI_MAX_OPTS 16
#define CLI_MAX_POS 4

struct cli_opt {
	const char *name;	/* "--child" */
	const char *value;	/* what it takes, e.g. "ID"; NULL for a flag */
	const char *help;
};

struct cli_args;

struct cli_cmd {
	const char *name;	/* one or two words: "init", "export json" */
	const char *positional;	/* e.g. "FILE", or NULL */
	int min_pos, max_pos;
	const char *summary;	/* one line for 'safeguard help' */
	const char *help;	/* a paragraph for 'safeguard help CMD' */
	const struct cli_opt *opts;	/* terminated by a {NULL} row */
	int (*run)(const struct cli_args *args);
};

struct cli_args {
	const struct cli_cmd *cmd;
	const char *db;		/* --db FILE, or the default */
	int db_given;		/* --db was on the command line (once only) */
	const char *pos[CLI_MAX_POS];
	int npos;
	const char *vals[CLI_MAX_OPTS];	/* by index into cmd->opts; flags get "" */
};

/* Exit statuses. */
enum { CLI_OK = 0, CLI_FINDINGS = 1, CLI_BAD = 2 };

const struct cli_cmd *cli_commands(int *n);
int cli_main(int argc, char **argv);
/* The value of an option (NULL if not given); a flag's value is "". */
const char *cli_value(const struct cli_args *a, const char *name);
int cli_flag(const struct cli_args *a, const char *name);
/* Prints "safeguard CMD: message" to stderr; returns CLI_BAD. */
int cli_fail(const struct cli_args *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Parses --name as a positive id or a date; on error prints why and returns 0. */
int cli_id(const struct cli_args *a, const char *name, const char *text, long long *out);
int cli_date(const struct cli_args *a, const char *name, const char *text, int *out);

/* Opens the store named by --db (creating it if create); prints why not and returns NULL. */
struct store;
struct store *cli_open_store(const struct cli_args *a, int create);
/* The child named by text (option name): its local id, else its record id. 1 found (id
 * in *id), 0 not, after saying why. */
int cli_child(const struct cli_args *a, struct store *st, const char *name, const char *text,
    int64_t *id);
/* Writes (appends to b) s as printable UTF-8: a control character but the line feed, or
 * a stray byte, becomes '?', so that text from a record or a file cannot rewrite the
 * terminal. */
struct buf;
void cli_put_clean(FILE *f, const char *s);
void cli_clean(struct buf *b, const char *s);

/*
 * The audit trail of what a command does to the store (cmd_audit.c): one entry, by the
 * person at the terminal (user 0, $USER, role "command", address "terminal"). An export
 * is recorded before it begins, so that nothing leaves the store unrecorded: when the
 * entry cannot be written the command stops, saying so. CLI_OK, or CLI_BAD after saying
 * why; table NULL and ids 0 when none.
 */
int cli_audit(const struct cli_args *a, struct store *st, const char *action,
    const char *table, int64_t record_id, int64_t child_id, const char *what);
/* Sets the person of an entry of this command (the four fields above). */
struct audit_entry;
void cli_audit_actor(const struct cli_args *a, struct audit_entry *e);

/* Who the command acts as, for the audit trail: the login running it ($USER, else
 * "unknown"), role "command", address "terminal", via the command's name (actor.c). */
struct rec_actor;
void cli_actor(const struct cli_args *a, struct rec_actor *who);

#endif
