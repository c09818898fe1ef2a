/* test_store_load.c: the loader's descriptors (store_load.c) agree with the record registry
 * (records.c): every column they name is a column of their table, of a type the field's
 * kind can hold (a code list's every code fits its char array, a text its maxlen); every
 * pathway table has its child; and a store's rows arrive in the model whole, for the area,
 * one child (by statements prepared once per store) and a range of children. */
#include "harness.h"
#include "store_fixture.h"
#include "codes/codes.h"
#include "store/store_load.c"

/* The longest code of a list, in bytes. */
static size_t
longest_code(const char *list)
{
	const struct code_list *l = codes_list(list);
	size_t n = 0;

	for (int i = 0; l && i < l->n; i++)
		if (strlen(l->codes[i].code) > n)
			n = strlen(l->codes[i].code);
	return n;
}

static int
compatible(const struct ld_col *c, const struct column *col)
{
	switch (c->kind) {
	case LD_ID: return col->type == COL_ID || col->type == COL_REF;
	case LD_INT: return col->type == COL_INT;
	case LD_DATE: return col->type == COL_DATE;
	case LD_BOOL: return col->type == COL_BOOL && (col->flags & COL_REQUIRED);
	case LD_TRI: return col->type == COL_BOOL && !(col->flags & COL_REQUIRED);
	case LD_STR: return col->type == COL_TEXT || col->type == COL_CODES;
	case LD_SEX: return col->type == COL_CODE && longest_code(col->list) == 1;
	case LD_CATEGORIES: return col->type == COL_CODES && strcmp(col->list, "abuse_category") == 0;
	case LD_CONF_KIND: return col->type == COL_CODE && strcmp(col->list, "conference_kind") == 0;
	case LD_CODE:
		if (col->type == COL_CODE)
			return longest_code(col->list) < c->size;
		return col->type == COL_TEXT && (size_t)col->maxlen < c->size;
	}
	return 0;
}

static void
descriptors_match_the_registry(void)
{
	for (int i = 0; i < N(loaders); i++) {
		const struct loader *l = &loaders[i];
		const struct table *t = records_table(l->table);
		CHECK(t != NULL);
		if (!t)
			continue;
		if (l->filter == LD_BY_CHILD)
			CHECK(records_child_col(t) >= 0);
		for (int k = 0; k < l->ncols; k++) {
			int col = records_col_index(t, l->cols[k].name);
			if (col < 0 || !compatible(&l->cols[k], &t->cols[col]))
				printf("  %s.%s: not a column of records.c of a type its field takes\n",
				    l->table, l->cols[k].name);
			CHECK(col >= 0);
			CHECK(col >= 0 && compatible(&l->cols[k], &t->cols[col]));
			for (int j = 0; j < k; j++)
				CHECK(strcmp(l->cols[j].name, l->cols[k].name) != 0);
		}
	}
}

/* Two children with a referral each, a plan with a review, and the shared records. */
static void
fill(struct store *st)
{
	CHECK_INT(store_exec(st,
	    "INSERT INTO agencies VALUES (1, 'Council', 'la_childrens_services', '876'),"
	    " (2, 'Police', 'police', NULL);"
	    "INSERT INTO teams VALUES (1, 1, 'Front door', 'front_door');"
	    "INSERT INTO professionals(id, agency_id, team_id, given_name, family_name, role)"
	    " VALUES (1, 1, 1, 'Ann', 'Worker', 'social_worker');"
	    "INSERT INTO children(id, la_child_id, given_name, birth_date, sex, ethnicity,"
	    " disabilities, upn) VALUES (1, 'C1', 'Zoe', '2019-02-28', 'F', 'WBRI', 'MOB HAND',"
	    " 'A123456789012'), (2, 'C2', NULL, NULL, 'U', 'NOBT', NULL, NULL);"
	    "INSERT INTO referrals(id, child_id, received_date, source, nfa, team_id,"
	    " closure_reason, referrer_agency_id) VALUES (1, 1, '2025-01-07', '2A', 0, 1, 'RC7', 2),"
	    " (2, 2, '2025-03-01', '1A', 1, NULL, NULL, NULL);"
	    "INSERT INTO conferences(id, child_id, referral_id, kind, scheduled_date, held_date,"
	    " parents_met_chair, advocate, categories) VALUES"
	    " (1, 1, 1, 'initial', '2025-02-04', '2025-02-04', 1, NULL, 'NEG EMO'),"
	    " (2, 1, 1, 'review', '2025-05-04', NULL, 0, NULL, NULL);"
	    "INSERT INTO cp_plans(id, child_id, referral_id, start_conference_id, start_date,"
	    " initial_category, latest_category, previous_plans) VALUES"
	    " (1, 1, 1, 1, '2025-02-04', 'NEG', 'EMO', 2);"
	    "INSERT INTO settings(key, value, effective_from) VALUES"
	    " ('timescale.visit_working_days', '15', '2025-01-01')"), 0);
}

static void
rows_arrive_whole(void)
{
	struct store *st = fresh();
	struct area a;

	fill(st);
	CHECK_INT(store_load_area(st, 0, &a), 0);
	CHECK_INT(a.n_children, 2);
	CHECK_STR(a.children[0].la_child_id, "C1");
	CHECK_STR(a.children[0].given_name, "Zoe");
	CHECK(a.children[1].given_name == NULL);
	CHECK_INT(a.children[0].sex, 'F');
	CHECK_STR(a.children[0].disabilities, "MOB HAND");
	CHECK_STR(a.children[0].upn, "A123456789012");
	CHECK_INT(a.children[1].birth, CAL_NONE);
	CHECK_INT(a.referrals[0].referrer_agency_id, 2);
	CHECK_INT(a.referrals[1].team_id, 0);
	CHECK_STR(a.referrals[0].closure_reason, "RC7");
	CHECK_INT(a.referrals[1].nfa, 1);
	CHECK_INT(a.conferences[0].categories, M_NEG | M_EMO);
	CHECK_INT(a.conferences[0].parents_met_chair, M_YES);
	CHECK_INT(a.conferences[1].parents_met_chair, M_NO);
	CHECK_INT(a.conferences[0].advocate, M_UNKNOWN);
	CHECK_INT(a.conferences[1].kind, M_REVIEW);
	CHECK_INT(a.conferences[1].held, CAL_NONE);
	CHECK_INT(a.plans[0].previous_plans, 2);
	CHECK_STR(a.plans[0].latest_category, "EMO");
	CHECK_STR(a.agencies[0].la_code, "876");
	CHECK_STR(a.agencies[1].la_code, "");
	CHECK_STR(a.settings[0].value, "15");
	CHECK_INT(a.children[0].referrals.count, 1);
	area_free(&a);
	cleanup(st);
}

/* One child, many times over: the same statements serve every call (none prepared after
 * the first), and each call sees only that child and the whole reference tables. */
static void
one_child_from_kept_statements(void)
{
	struct store *st = fresh();
	sqlite3_stmt *kept[STORE_LOAD_SLOTS];
	struct area a;

	fill(st);
	for (int round = 0; round < 3; round++)
		for (int64_t id = 1; id <= 2; id++) {
			CHECK_INT(store_load_area(st, id, &a), 0);
			CHECK_INT(a.n_children, 1);
			CHECK_INT(a.children[0].id, id);
			CHECK_INT(a.n_referrals, 1);
			CHECK_INT(a.n_conferences, id == 1 ? 2 : 0);
			CHECK_INT(a.n_agencies, 2);
			CHECK_INT(a.n_settings, 1);
			area_free(&a);
			if (round == 0 && id == 1)
				memcpy(kept, st->load, sizeof kept);
		}
	CHECK(memcmp(kept, st->load, sizeof kept) == 0);
	CHECK(st->load[LD_ONE] != NULL);
	cleanup(st);
}

static void
a_range_of_children(void)
{
	struct store *st = fresh();
	static const char *const tables[] = {"children", "referrals", "agencies", NULL};
	struct area a;

	fill(st);
	CHECK_INT(store_load_range(st, 2, 5, tables, &a), 0);
	CHECK_INT(a.n_children, 1);
	CHECK_INT(a.n_referrals, 1);
	CHECK_INT(a.referrals[0].child_id, 2);
	CHECK_INT(a.n_agencies, 2);
	CHECK_INT(a.n_conferences, 0);
	area_free(&a);
	CHECK_INT(store_load_range(st, 0, 0, tables, &a), 0);
	CHECK_INT(a.n_children, 0);
	area_free(&a);
	cleanup(st);
}

int
main(void)
{
	RUN(descriptors_match_the_registry);
	RUN(rows_arrive_whole);
	RUN(one_child_from_kept_statements);
	RUN(a_range_of_children);
	return DONE();
}
