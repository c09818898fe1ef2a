/*
 * rules.h: the Department for Education's business rules for the Children in Need census
 * (domain-cin.md, "The business rules for 2025-26"; the same rules apply to 2024-25), run
 * over a return one child at a time. See rules.c.
 *
 *     struct cin_check *c = cin_check_new(&header, report, ctx);   rule 100, the year
 *     for each child: cin_check_child(c, &child);                   child and episode rules
 *     cin_check_finish(c);                                          return-level rules
 *     cin_check_free(c);
 *
 * Each broken rule is handed to the caller's report function as a struct cin_finding, valid
 * only during the call: the rule, what it points at (child, episode, module, with their
 * line in the file or their store id) and a message in plain English naming the episode
 * and the fields. The caller prints it, counts it or keeps a copy.
 */
#ifndef SG_CIN_RULES_H
#define SG_CIN_RULES_H
#include <stddef.h>
#include <stdint.h>

#include "census/cin.h"

enum cin_kind { CIN_ERROR, CIN_QUERY };

struct cin_rule {
	const char *code;	/* the department's code: "8565", "2886Q" */
	enum cin_kind kind;	/* an error must be fixed; a query fixed or explained */
	const char *module;	/* the part of the return it is filed under: "Assessments" */
	const char *what;	/* what it checks, one sentence */
};

/* What a finding points at. */
enum cin_at {
	CIN_AT_RETURN,		/* the return as a whole (2883, 2886Q, 2887Q, 2888Q) */
	CIN_AT_HEADER,
	CIN_AT_CHILD,
	CIN_AT_EPISODE,		/* item is the struct cin_episode */
	CIN_AT_ICPC,		/* the episode's CINdetails-level DateOfInitialCPC */
	CIN_AT_ASSESSMENT,	/* item is a struct cin_assessment */
	CIN_AT_PLAN,		/* item is a struct cin_plan (CINPlanDates) */
	CIN_AT_S47,		/* item is a struct cin_s47 */
	CIN_AT_CPP,		/* item is a struct cin_cpp */
	CIN_AT_REVIEW,		/* item is the struct cin_cpp whose review it is */
};

struct cin_finding {
	const struct cin_rule *rule;
	const struct cin_child *child;		/* NULL for header and return rules */
	const struct cin_episode *episode;	/* NULL above the episode */
	enum cin_at at;
	const void *item;
	int line;		/* the line in the file; 0 when built from the store */
	const char *message;
};

typedef void (*cin_report_fn)(void *ctx, const struct cin_finding *f);

/* Every rule, in code order. */
const struct cin_rule *cin_rules_all(int *n);
const struct cin_rule *cin_rule_by_code(const char *code);

struct cin_check;

/*
 * A check of a file: the header's ReferenceDate decides the census year. When it is
 * missing, unreadable or not a 31 March, rule 100 fires and the rules that need the
 * census year are not judged at all rather than against a guessed year.
 */
struct cin_check *cin_check_new(const struct cin_header *h, cin_report_fn fn, void *ctx);
/* A check of the store's return for the census year ending on 31 March end_year. */
struct cin_check *cin_check_new_year(int end_year, cin_report_fn fn, void *ctx);
/*
 * For a census year not over yet: judge the rules about how old something has grown by
 * the reference date (8670Q, 8675Q, 8530Q's lower bound, 8775Q) as of today instead, so
 * that an assessment begun last week is not reported as more than 45 working days old on
 * a 31 March still to come. No effect on or after the reference date.
 */
void cin_check_as_of(struct cin_check *c, cal_date today);
void cin_check_child(struct cin_check *c, const struct cin_child *child);
/* The return-level rules, once every child has been seen. */
void cin_check_finish(struct cin_check *c);
void cin_check_free(struct cin_check *c);

/*
 * The record a finding points at in the store, for a finding about a child built from the
 * store: its table ("referrals"; NULL for header and return rules) and id, and the words
 * "referral 123 of child ABC" in out. The module's own record, else its episode's.
 */
const char *cin_finding_table(const struct cin_finding *f, int64_t *id);
void cin_finding_record(const struct cin_finding *f, char *out, size_t size);

/*
 * At entry: the rules one child's records break, for the web interface to call on every
 * save. a holds the child's records (store_load_area(st, child_id, &a)); the child is
 * judged as the return for the census year ending 31 March end_year would show it
 * (cin_store.h), by the rules about one child: the return-level rules (duplicates across
 * children, the counts of 2883 and 2886Q-2888Q) need the whole return. today is as
 * cin_check_as_of() (CAL_NONE: judge as on the reference date). Each finding is copied,
 * with the record to fix.
 */
struct cin_entry {
	const struct cin_rule *rule;
	const char *table;	/* the record to fix: "referrals", "cp_plans" ... */
	int64_t id;
	char *message;
};

struct cin_entries {
	struct cin_entry *v;
	size_t n, cap;
	int in_return;		/* the child has an episode in that year's return */
};

struct area;
/* Fills out (emptied first) and returns how many rules are broken; -1 when the area has
 * no child child_id. */
int cin_rules_at_entry(const struct area *a, int64_t child_id, int end_year, cal_date today,
    struct cin_entries *out);
void cin_entries_free(struct cin_entries *e);

/* The census year being checked; 0 when the header gave none. */
int cin_check_year(const struct cin_check *c, struct cin_year *out);
long cin_check_children(const struct cin_check *c);

#endif
