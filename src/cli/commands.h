/* commands.h: the handlers of the commands listed in commands.c, one file each. */
#ifndef SG_COMMANDS_H
#define SG_COMMANDS_H
#include "cli/cli.h"

int cmd_init(const struct cli_args *a);
int cmd_backup(const struct cli_args *a);
int cmd_restore(const struct cli_args *a);
int cmd_version(const struct cli_args *a);
/* Timescales: cmd_check.c, cmd_show.c, cmd_settings.c, cmd_tsbench.c. */
int cmd_check(const struct cli_args *a);
int cmd_show_child(const struct cli_args *a);
int cmd_settings_list(const struct cli_args *a);
int cmd_settings_set(const struct cli_args *a);
int cmd_tsbench(const struct cli_args *a);
int cmd_validate_cin(const struct cli_args *a);
int cmd_export_json(const struct cli_args *a);
int cmd_import_json(const struct cli_args *a);
/* Census return in and out: cmd_census_io.c. */
int cmd_export_cin(const struct cli_args *a);
int cmd_import_cin(const struct cli_args *a);
int cmd_cin_generate(const struct cli_args *a);
int cmd_cin_read(const struct cli_args *a);
int cmd_demo(const struct cli_args *a);
int cmd_summary(const struct cli_args *a);
int cmd_census_entry_bench(const struct cli_args *a);
/* The web interface: cmd_serve.c; its users: cmd_user.c. */
int cmd_serve(const struct cli_args *a);
int cmd_user_add(const struct cli_args *a);
int cmd_user_password(const struct cli_args *a);
int cmd_user_disable(const struct cli_args *a);
int cmd_user_list(const struct cli_args *a);
int cmd_user_token(const struct cli_args *a);
/* The figures: cmd_figures.c. */
int cmd_report_figures(const struct cli_args *a);
int cmd_figures_bench(const struct cli_args *a);
/* The audit trail: cmd_audit.c. */
int cmd_audit_verify(const struct cli_args *a);
int cmd_audit_show(const struct cli_args *a);
int cmd_audit_bench(const struct cli_args *a);
/* The partnership's annual report: cmd_report.c. */
int cmd_report_annual(const struct cli_args *a);

#endif
