/*
 * commands.c: every command of the safeguard binary, one row each: its words, arguments,
 * options with their help, and the handler. 'safeguard help' is generated from this table,
 * and tests/unit/test_cli.c fails if a row lacks help text.
 */
#include <stddef.h>

#include "cli/commands.h"

static const struct cli_opt no_opts[] = {{0}};

static const struct cli_opt restore_opts[] = {
	{"--force", NULL, "replace a store that already holds records"},
	{0},
};

static const struct cli_opt check_opts[] = {
	{"--as-of", "DATE", "judge every clock as at the end of DATE (default today)"},
	{"--user", "USERNAME", "only what this user must do, or oversees as chair"},
	{"--team", "TEAM", "only what falls to this team (its id or its name)"},
	{"--chair", "CHAIR", "only the conferences and plans this chair oversees (username or "
	 "professional id)"},
	{"--days", "N", "list what falls due in the next N working days too (default 5)"},
	{"--json", NULL, "write JSON (the shape is in README.md) instead of text"},
	{0},
};

static const struct cli_opt as_of_opts[] = {
	{"--as-of", "DATE", "as the records stood at the end of DATE (default today)"},
	{0},
};

static const struct cli_opt settings_set_opts[] = {
	{"--from", "DATE", "the first day the value applies (default today)"},
	{"--backdate", NULL, "allow a date before today, re-judging clocks started since then"},
	{0},
};

static const struct cli_opt tsbench_opts[] = {
	{"--as-of", "DATE", "judge the clocks as at DATE (default today)"},
	{"--repeat", "N", "compute N times and report the fastest (default 3)"},
	{0},
};

static const struct cli_opt validate_cin_opts[] = {
	{"--json", NULL, "print the findings as one JSON object"},
	{"--csv", NULL, "print the findings as CSV, one row a finding"},
	{"--store", NULL, "check the store's return instead of a file"},
	{"--year", "YEAR", "with --store: the census year, e.g. 2025-26"},
	{"--child", "ID", "with --store: only this child (LAchildID or store id)"},
	{0},
};

static const struct cli_opt export_json_opts[] = {
	{"--child", "ID", "only this child's record: a local child id (la_child_id), or a child's "
	 "record id"},
	{"--out", "FILE", "write to FILE (replaced whole, once complete) instead of the standard "
	 "output"},
	{0},
};

static const struct cli_opt import_json_opts[] = {
	{"--check", NULL, "check the file against the store and report, writing nothing"},
	{0},
};

static const struct cli_opt export_cin_opts[] = {
	{"--year", "YEAR", "the census year, e.g. 2025-26 (2024-25 and 2025-26 can be written)"},
	{"--out", "FILE", "write the return to FILE (default: standard output)"},
	{0},
};

static const struct cli_opt export_annex_opts[] = {
	{"--as-of", "DATE", "the inspection's date: the lists as the records stood at its end "
	 "(default today)"},
	{"--out", "DIR", "the folder to write the lists in (it must exist); files of an earlier "
	 "export there are replaced"},
	{0},
};

static const struct cli_opt cin_generate_opts[] = {
	{"--children", "N", "how many children (default 1000)"},
	{"--year", "YEAR", "the census year (default 2025-26)"},
	{"--seed", "S", "the random seed: the same seed gives the same file (default 1)"},
	{"--lea", "NNN", "the local authority number in the header (default 201)"},
	{"--out", "FILE", "write to FILE (default: standard output)"},
	{0},
};

static const struct cli_opt import_cin_opts[] = {
	{"--check", NULL, "check the file against the store and report what would be created "
	 "and updated, writing nothing"},
	{0},
};

static const struct cli_opt demo_opts[] = {
	{"--children", "N", "the area's child population aged 0-17 (default 30000)"},
	{"--years", "Y", "years of history to keep before the end (default 5)"},
	{"--seed", "S", "the random seed; the same seed and end give the same store (default 1)"},
	{"--end", "DATE", "the last day of the history, YYYY-MM-DD (default today)"},
	{"--scale", "england", "one census year at England's volume instead of one area"},
	{0},
};

static const struct cli_opt entry_bench_opts[] = {
	{"--year", "YEAR", "the census year to judge each child for (default 2025-26)"},
	{0},
};

static const struct cli_opt serve_opts[] = {
	{"--listen", "ADDRESS:PORT", "where to listen (default 127.0.0.1:8080; [::1]:8080 for "
	 "IPv6)"},
	{"--cert", "FILE", "serve HTTPS with this certificate chain (PEM); needs --key"},
	{"--key", "FILE", "the certificate's private key (PEM)"},
	{"--trust-proxy", NULL, "behind a reverse proxy: take the client's address from "
	 "X-Forwarded-For and HTTPS from X-Forwarded-Proto"},
	{"--log", "FILE", "append the request log to FILE (default: standard error)"},
	{"--quiet", NULL, "write no request log"},
	{"--max-connections", "N", "connections at once, in all (default 512)"},
	{"--per-address", "N", "connections at once from one address (default 64)"},
	{"--request-seconds", "N", "time a client has to send a whole request (default 20)"},
	{0},
};

static const struct cli_opt user_add_opts[] = {
	{"--role", "ROLE", "what the user does: administrator, social_worker, manager, chair, "
	 "senior_manager, partner, analyst, lado, cdop (child death review), health_lookup or "
	 "school_lead"},
	{"--professional", "ID", "the professional record of the person (their name, agency and "
	 "team); a partner practitioner needs one to see their agency's children"},
	{"--password-stdin", NULL, "then read their password as one line from the standard input"},
	{0},
};

static const struct cli_opt user_list_opts[] = {
	{"--role", "ROLE", "only users of this role"},
	{"--json", NULL, "write JSON: {\"users\": [{\"username\", \"role\", ...}]}"},
	{0},
};

static const struct cli_opt audit_show_opts[] = {
	{"--child", "ID", "only entries about this child: a local child id (la_child_id), or a "
	 "child's record id"},
	{"--user", "USERNAME", "only what this person did (or, for a failed login, typed)"},
	{"--action", "ACTION", "only entries of this action: view, search, create, change, "
	 "export, import, login, login failed, logout, refused, restricted view, restore, "
	 "health lookup"},
	{"--from", "DATE", "only entries from this day on (UTC), YYYY-MM-DD"},
	{"--to", "DATE", "only entries up to the end of this day (UTC), YYYY-MM-DD"},
	{"--limit", "N", "at most N entries, the newest (default 100)"},
	{"--json", NULL, "write one JSON object, {\"entries\": [...], \"more\": false}"},
	{0},
};

static const struct cli_opt audit_bench_opts[] = {
	{"--entries", "N", "how many view entries to append (default 100000)"},
	{"--batch", "N", "how many entries a transaction (default 100, as the web server)"},
	{0},
};

static const struct cli_opt report_figures_opts[] = {
	{"--from", "DATE", "the period's first day, YYYY-MM-DD"},
	{"--to", "DATE", "the period's last day (a stock is counted at its end)"},
	{"--team", "TEAM", "only the records of this team's referrals (its id or its name)"},
	{"--chair", "CHAIR", "only the conferences and plans of this chair (professional id or "
	 "username)"},
	{"--agency", "ID", "only this agency's invitations, or the referrals it made"},
	{"--category", "CODE", "only plans and conferences of this category: NEG, PHY, SAB, EMO "
	 "or MUL"},
	{"--age-band", "BAND", "only children of this age on the period's last day: unborn, "
	 "under1, 1-4, 5-9, 10-15 or 16+"},
	{"--figure", "NAME", "only this figure (--list names them)"},
	{"--json", NULL, "write JSON (the shape is in docs/figures.md)"},
	{"--csv", NULL, "write CSV, one line a figure's row, a column a month"},
	{"--list", NULL, "name every figure with the first line of its definition"},
	{0},
};

static const struct cli_opt figures_bench_opts[] = {
	{"--from", "DATE", "the period's first day"},
	{"--to", "DATE", "the period's last day"},
	{"--repeat", "N", "compute N times and report the fastest (default 3)"},
	{0},
};

/* The annual report (issue 10). */
static const struct cli_opt report_annual_opts[] = {
	{"--year", "YEAR", "the year from 1 April to 31 March, e.g. 2025-26"},
	{"--out", "FILE", "write the report to FILE.html (one file that prints on A4) or "
	 "FILE.pdf; the format is taken from the name"},
	{0},
};

static const struct cli_cmd commands[] = {
	{"init", NULL, 0, 0, "create a store, or bring an existing one up to date",
	 "Creates the SQLite store named by --db with the current schema. An existing store is "
	 "upgraded to this version's schema in one transaction; a store written by a newer "
	 "safeguard is refused.", no_opts, cmd_init},
	{"backup", "FILE", 1, 1, "copy the store, consistently, even while it is in use",
	 "Writes a complete copy of the store to FILE, which must not exist yet. Other users can "
	 "go on working while it runs; the copy is the store as it was when the backup began.",
	 no_opts, cmd_backup},
	{"restore", "FILE", 1, 1, "replace the store with a backup",
	 "Checks that FILE is a complete, undamaged safeguard backup this version can read, then "
	 "puts it in place of the store in one step. A store that already holds records is only "
	 "replaced with --force.", restore_opts, cmd_restore},
	{"check", NULL, 0, 0, "the worklist: what is overdue and what falls due soon",
	 "Lists every statutory timescale that is overdue, and those falling due in the next "
	 "--days working days, most urgent first, grouped by sibling group and child, with the "
	 "target date and who must act. Without --user, --team or --chair it is the whole "
	 "area's list. A chair's list shows the drift of the plans they chair: core groups and "
	 "visits not held, reports not received, reviews due, plans reaching 12, 18 and 24 "
	 "months. Exit status 0 whenever the list could be made, however long it is.",
	 check_opts, cmd_check},
	{"show child", "ID", 1, 1, "a child's pathway, each timescale against what was done",
	 "Prints the child's record step by step (referrals, assessments, enquiries, "
	 "conferences, plans) with every statutory timescale under the record it belongs to: "
	 "its rule, target date, the date it was done, and whether it was met, missed, is due "
	 "or overdue. ID is the child's local id, or its record id.", as_of_opts, cmd_show_child},
	{"settings list", NULL, 0, 0, "the local settings, their values, defaults and sources",
	 "Lists every setting: the value in force (on --as-of, default today), its default, "
	 "what it means and where the default comes from, and every value stored with the date "
	 "it applies from.", as_of_opts, cmd_settings_list},
	{"settings set", "KEY VALUE", 2, 2, "give a setting a new value from a date",
	 "Stores VALUE for KEY from --from DATE (default today) on; clocks that started before "
	 "that date keep the value in force when they started, so past compliance does not "
	 "change. The value is checked first ('safeguard settings list' shows what each key "
	 "takes). A date in the past needs --backdate.", settings_set_opts, cmd_settings_set},
	{"test-timescales-bench", NULL, 0, 0, "time the timescale engine on the store (for make "
	 "bench)", "Loads the whole store, then computes every clock of every child several "
	 "times and builds the area's worklist, and prints how long loading and computing took "
	 "and how many clocks there were in each state. Used by tools/bench/20-timescales.sh.",
	 tsbench_opts, cmd_tsbench},
	{"validate cin", "FILE", 0, 1, "check a census return against the department's rules",
	 "Applies every business rule of the Children in Need census (2025-26, also used for "
	 "2024-25) to FILE, or with --store to the return the store would export for --year, "
	 "or to one --child. Each broken rule is listed under its code, errors apart from "
	 "queries, with the child, the line (or the store record to fix) and what is wrong; "
	 "then a count by rule. Exit status 0 when clean, 1 when any rule is broken, 2 when "
	 "the file cannot be read.", validate_cin_opts, cmd_validate_cin},
	{"export json", NULL, 0, 0, "write the store, or one child's record, as JSON",
	 "Writes every record of the store (or, with --child, one child's record with all the "
	 "store's agencies, teams and professionals, so that it imports on its own) as one "
	 "JSON object: {\"format\": \"safeguard\", \"version\": 1, \"agencies\": [...], ...}, "
	 "every table in dependency order, one record a line, absent fields left out. The same "
	 "store always gives the same bytes; the export is one snapshot even while others "
	 "write.", export_json_opts, cmd_export_json},
	{"import json", "FILE", 1, 1, "read records from a JSON export into the store",
	 "Reads a file written by 'safeguard export json' (FILE, or - for the standard input) "
	 "and adds its records to the store in one transaction. Everything is checked first: "
	 "the JSON, every field against its type and code list, dates and their order, ids, "
	 "references (to records earlier in the file, later in it, or in the store) and "
	 "unique keys. Any error changes nothing; every error is printed as "
	 "FILE:LINE: table[index].field: what is wrong (the fix). A record already in the "
	 "store with the same values is left alone, so importing a file twice changes "
	 "nothing.", import_json_opts, cmd_import_json},
	{"export cin", NULL, 0, 0, "write the Children in Need census return for a year",
	 "Writes the return for the census year given by --year from the store: every child with "
	 "an episode open in the year, with their identifiers, characteristics, episodes, "
	 "assessments, child in need plans, section 47 enquiries and child protection plans "
	 "with reviews, as they stood on 31 March, in the department's schema order. The "
	 "header's LEA is the setting area.la_code. Run 'safeguard validate cin --store' first.",
	 export_cin_opts, cmd_export_cin},
	{"export annex-a", NULL, 0, 0, "write Ofsted's Annex A lists as CSV files",
	 "Writes the Annex A lists the records support, one CSV file each in --out DIR: "
	 "list1_contacts.csv, list3_referrals.csv, list4_assessments.csv, list5_section47.csv, "
	 "list6_children_in_need.csv, list7_child_protection.csv and "
	 "list8_children_in_care.csv. Their columns are the guidance's, in its order, with "
	 "its spellings of the codes (\"a) Male\", \"a) Neglect\"); a column the records "
	 "cannot fill is there and empty. Lists 1, 3, 4 and 5 hold the six months before "
	 "--as-of; 6, 7 and 8 what was open on it or ended in those six months "
	 "(docs/annex-a.md says which records each row comes from). The export is audited.",
	 export_annex_opts, cmd_export_annex},
	{"import cin", "FILE", 1, 1, "load a Children in Need census return from another system",
	 "Reads a census return (any year from 2013-14 to 2025-26) and loads its children, "
	 "episodes, assessments, child in need plans, section 47 enquiries, conferences, child "
	 "protection plans and reviews, matched to the store's records: a child by LAchildID, "
	 "an episode by its referral date, everything under it by its start date. Reports what "
	 "was created, updated and left unchanged. A file with any problem changes nothing; "
	 "each problem is told with its line.", import_cin_opts, cmd_import_cin},
	{"test-cin-generate", NULL, 0, 0, "write a synthetic census return (for tests and make "
	 "bench)", "Writes a census return of made-up children, shaped to pass the department's "
	 "rules, for testing the importer and measuring the readers on returns of any size. The "
	 "same seed gives the same file; SOURCE_DATE_EPOCH fixes the header's DateTime.",
	 cin_generate_opts, cmd_cin_generate},
	{"test-cin-read", "FILE", 1, 1, "read a census return and count it (for make bench)",
	 "Reads FILE with the streaming census reader and prints how many children and episodes "
	 "it holds, or why it cannot be read (exit status 2). Used to measure the reader's speed "
	 "and memory on returns of any size.", no_opts, cmd_cin_read},
	{"demo", NULL, 0, 0, "fill a new store with a synthetic but realistic area",
	 "Creates the store named by --db (or fills an empty one) with a synthetic local "
	 "authority: its teams, partners and users, and the children known to its services "
	 "with every referral, assessment, enquiry, conference, plan, core group and visit, at "
	 "England's rates. --scale england writes one census year at national volume instead. "
	 "The same --seed and --end give the same records. A store that already holds records "
	 "is refused and left as it is.", demo_opts, cmd_demo},
	{"summary", NULL, 0, 0, "count the records the store holds, by kind",
	 "Prints how many records of each kind the store holds: agencies, children, referrals, "
	 "conferences, plans and the rest.", no_opts, cmd_summary},
	{"test-census-entry-bench", NULL, 0, 0, "time the census rules at entry (for make bench)",
	 "For every child of the store in turn, loads its records and applies the census rules "
	 "to it as the web interface does on every save, and prints the mean and worst time a "
	 "child took. Used by tools/bench/45-census-validate.sh.", entry_bench_opts,
	 cmd_census_entry_bench},
	{"serve", NULL, 0, 0, "the web interface and JSON API over the store",
	 "Serves the store in the browser and through the JSON API until stopped (SIGTERM or "
	 "Ctrl-C: requests in flight finish first). People log in as the users of the store "
	 "('safeguard user'); what each may see is decided by their role. Listens on "
	 "127.0.0.1:8080 unless told otherwise; while the demo's printed passwords are "
	 "unchanged, only on this machine. One line a request goes to the log: time, user, "
	 "method, route, status, bytes, microseconds.", serve_opts, cmd_serve},
	{"user add", "USERNAME", 1, 1, "add a person who logs in",
	 "Adds a user with a role (which decides what they may see and do) and, optionally, the "
	 "professional record of the person. The user can log in once they have a password "
	 "('safeguard user password'). The new record is written to the audit trail.",
	 user_add_opts, cmd_user_add},
	{"user password", "USERNAME", 1, 1, "set a user's password",
	 "Reads a new password (typed twice without echo at a terminal, or one line of the "
	 "standard input) and sets it: at least 10 characters, not one of the 10,000 most "
	 "common. Every session of the user ends. A demo user's printed password stops working.",
	 no_opts, cmd_user_password},
	{"user disable", "USERNAME", 1, 1, "stop a user logging in",
	 "Marks the user as no longer active: they cannot log in, their sessions end and their "
	 "API tokens stop working. Their record and their part in the audit trail stay.",
	 no_opts, cmd_user_disable},
	{"user list", NULL, 0, 0, "list the users",
	 "Lists every user (or those of --role): username, role, the person, whether they are "
	 "active and whether a password is set (\"demo\": the demo's printed one).",
	 user_list_opts, cmd_user_list},
	{"user token", "USERNAME", 1, 1, "make a personal API token for a user",
	 "Prints a new API token for the user, once: a program sends it as 'Authorization: "
	 "Bearer TOKEN' and acts as the user, with their role. Only its digest is stored.",
	 no_opts, cmd_user_token},
	{"audit verify", NULL, 0, 0, "check that no audit entry was changed, removed or slipped "
	 "in", "Walks the whole audit trail in order, checking each entry's hash against its "
	 "fields and the entry before it. Exit status 0 when it holds (with the number of "
	 "entries, their first and last times, and the last entry's hash, worth keeping "
	 "elsewhere: only a copy shows later that the trail was not cut short or rewritten "
	 "whole); 1, naming the first entry that was changed, removed or added, when it does "
	 "not.", no_opts, cmd_audit_verify},
	{"audit show", NULL, 0, 0, "list the audit trail: who did what, when, from where",
	 "Prints audit entries, newest first, as a table (or --json): the entry's number, "
	 "time (UTC), who, from where, the action, the child and record it concerns, what "
	 "(the page, the search, the file) and the reason given. The filters combine: one "
	 "child's entries, one person's, one action's, a range of days.", audit_show_opts,
	 cmd_audit_show},
	{"test-audit-bench", NULL, 0, 0, "time appending to the audit trail (for make bench)",
	 "Creates the store named by --db, which must not exist, and appends --entries made-up "
	 "view entries to its audit trail in transactions of --batch entries, as the web "
	 "server does, and prints how many it appended a second.", audit_bench_opts,
	 cmd_audit_bench},
	{"report figures", NULL, 0, 0, "every figure of the partnership for a period",
	 "Computes each figure defined in docs/figures.md (children on plans, plans started "
	 "and ended, categories, lengths, second plans, the profile, the pathway, each "
	 "agency's part in conferences, the conferences' own timeliness and every statutory "
	 "timescale) for the period --from to --to, with the filters given, and beside each "
	 "row its numerator and denominator, the previous period of the same length, "
	 "England's figure where there is one, and the trend month by month. --list names "
	 "the figures.", report_figures_opts, cmd_report_figures},
	{"test-figures-bench", NULL, 0, 0, "time every figure on the store (for make bench)",
	 "Loads the whole store, then computes every figure with its previous period and "
	 "monthly trend several times, and prints how long loading and computing took, each "
	 "figure's time and its value. Used by tools/bench/80-figures.sh.", figures_bench_opts,
	 cmd_figures_bench},
	/* The annual report (issue 10). */
	{"report annual", NULL, 0, 0, "write the partnership's annual report (HTML or PDF)",
	 "Writes the child protection annual report of --year (1 April to 31 March) from the "
	 "records: the area's context (child population, deprivation: the settings "
	 "area.child_population and context.deprivation), what changed since the year before "
	 "in words, then every figure of the catalogue by section (activity, profile, "
	 "timeliness, each agency's part) with charts and their tables, and the figures' "
	 "definitions. FILE.html is one file with its own print stylesheet; FILE.pdf is an A4 "
	 "PDF with contents, page numbers and bookmarks. The file is replaced whole, once "
	 "complete.", report_annual_opts, cmd_report_annual},
	{"version", NULL, 0, 0, "print the version and schema version",
	 "Prints safeguard's version and the store schema version it reads and writes.", no_opts,
	 cmd_version},
};

const struct cli_cmd *
cli_commands(int *n)
{
	*n = (int)(sizeof commands / sizeof commands[0]);
	return commands;
}
