/*
 * test_cin_rules.c: every census business rule fires, under its code, on a child that
 * breaks it (and, wherever the data allow, on nothing else), and stays quiet on children
 * that keep it. The children are built in C (cin_fixture.h); the tests are in three parts
 * by family, and main() fails if any rule of the table has no test that makes it fire.
 */
#include "harness.h"

#include <stdio.h>

#include "census/cin_read.h"
#include "cin_fixture.h"

#include "cin_rules_child.c"
#include "cin_rules_episode.c"
#include "cin_rules_modules.c"

static void
test_every_rule_has_a_test(void)
{
	int n;
	const struct cin_rule *all = cin_rules_all(&n);

	CHECK_INT(n, 109);
	for (int i = 0; i < n; i++)
		if (!fx_tested[i]) {
			printf("  rule %s has no test that makes it fire\n", all[i].code);
			CHECK(fx_tested[i]);
		}
	for (int i = 1; i < n; i++)
		CHECK(strcmp(all[i - 1].code, all[i].code) < 0);
	CHECK(cin_rule_by_code("8565") == &all[46]);
	CHECK(cin_rule_by_code("9999") == NULL);
}

/* A finding names the line of the field at fault, and the message names the episode. */
static void
test_finding_lines_and_words(void)
{
	struct fx f;

	fx_base(&f);
	f.as[0][0].start = D("2025-04-30");
	CHECK_STR(fx_codes(&f), "1103");
	CHECK_INT(fx_lines[0], f.as[0][0].start.line);
	CHECK(strstr(fx_msg, "the episode referred on 2025-05-01") != NULL);
	CHECK(strstr(fx_msg, "2025-04-30") != NULL);
}

int
main(void)
{
	RUN(test_clean_children);
	RUN(test_100_reference_date);
	RUN(test_no_year_no_period_rules);
	RUN(test_8500_1570_1580_la_child_id);
	RUN(test_4180_8750_sex);
	RUN(test_4220_ethnicity);
	RUN(test_8520_8525Q_8530Q_birth);
	RUN(test_8535Q_8545Q_death);
	RUN(test_8590_no_episode);
	RUN(test_8770Q_8772_upn_expected);
	RUN(test_8775Q_over_25);
	RUN(test_8540_8790_8794_disabilities);
	RUN(test_upn_format);
	RUN(test_return_duplicates);
	RUN(test_return_counts);
	RUN(test_2883_more_plans_than_conferences);
	RUN(test_8600_8606_8555Q_referral_date);
	RUN(test_8866_referral_source);
	RUN(test_8568_8569Q_8610_8650_nfa_and_need);
	RUN(test_closure_fields);
	RUN(test_8815_8816_8820_episodes_together);
	RUN(test_8565_after_closure);
	RUN(test_8867_8868_closed_with_work_open);
	RUN(test_8831_8832_4000_no_further_action);
	RUN(test_2990_8825Q_2991Q_reasons);
	RUN(test_assessment_dates);
	RUN(test_assessment_factors);
	RUN(test_assessments_together);
	RUN(test_s47_dates);
	RUN(test_s47_waiting);
	RUN(test_cpp_start);
	RUN(test_cpp_end);
	RUN(test_cpp_codes_and_reviews);
	RUN(test_cpps_together);
	RUN(test_cin_plan_dates);
	RUN(test_cin_plans_together);
	RUN(test_cin_plans_beside_cpps);
	RUN(test_dates_that_are_not_dates);
	RUN(test_finding_lines_and_words);
	RUN(test_every_rule_has_a_test);
	return DONE();
}
