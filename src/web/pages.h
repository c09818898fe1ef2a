/*
 * pages.h: the handlers of the route table (routes.c), one file an area of the site:
 * page_login.c, page_work.c, page_search.c, page_child*.c, page_people.c, page_admin*.c,
 * page_account.c, api*.c. A handler is called only once the pipeline (dispatch.c) has
 * found the person and checked the route's roles and scope; it writes its page or JSON
 * into the request and returns 0, or -1 for a failure of safeguard's own (a 500).
 */
#ifndef SG_WEB_PAGES_H
#define SG_WEB_PAGES_H

struct web_req;
struct table;
struct field;

int page_asset(struct web_req *r);
int page_root(struct web_req *r);
int page_login(struct web_req *r);
int page_login_post(struct web_req *r);
int page_logout(struct web_req *r);
int page_account(struct web_req *r);
int page_account_password(struct web_req *r);

int page_worklist(struct web_req *r);
int page_overview(struct web_req *r);
int page_search(struct web_req *r);
int page_child(struct web_req *r);
int page_child_reason(struct web_req *r);
int page_child_views(struct web_req *r);
int page_conference(struct web_req *r);
int page_professional(struct web_req *r);
int page_conf_new(struct web_req *r);
int page_conf_schedule(struct web_req *r);
int page_conf_reschedule_form(struct web_req *r);
int page_conf_reschedule(struct web_req *r);
int page_conf_cancel_form(struct web_req *r);
int page_conf_cancel(struct web_req *r);
int page_conf_invite_form(struct web_req *r);
int page_conf_invite(struct web_req *r);
int page_invitations(struct web_req *r);
int page_conf_respond(struct web_req *r);
int page_conf_reply(struct web_req *r);
int page_conf_report(struct web_req *r);
int page_conf_record_form(struct web_req *r);
int page_conf_record(struct web_req *r);
int page_conf_document(struct web_req *r);
int page_conf_circulate(struct web_req *r);
int page_core_groups(struct web_req *r);
int page_core_group_save(struct web_req *r);
int page_core_action_done(struct web_req *r);
int page_plan(struct web_req *r);
int page_plan_add(struct web_req *r);
int page_plan_done(struct web_req *r);
int page_agency(struct web_req *r);
int page_team(struct web_req *r);
int page_authorise(struct web_req *r);
int page_authorise_post(struct web_req *r);
/* The figures: the dashboard, the children behind a number, the CSV (page_figures*.c,
 * api_figures.c). */
int page_figures(struct web_req *r);
int page_figure_children(struct web_req *r);
int page_figures_csv(struct web_req *r);
int api_figures(struct web_req *r);
int api_figure(struct web_req *r);

/* The forms of a child's records (page_records.c, page_records_child.c). */
int page_child_new(struct web_req *r);
int page_child_create(struct web_req *r);
int page_record_new(struct web_req *r);
int page_record_create(struct web_req *r);
int page_record_edit(struct web_req *r);
int page_record_save(struct web_req *r);
int page_household(struct web_req *r);
int page_household_save(struct web_req *r);
int page_adult_new(struct web_req *r);		/* page_records_adult.c */
int page_adult_create(struct web_req *r);
int page_lookup(struct web_req *r);
/* Child deaths (issue 11, point 6; page_deaths.c, death_case.c) */
int page_deaths(struct web_req *r);
int page_death_new(struct web_req *r);
int page_death_create(struct web_req *r);
int page_death(struct web_req *r);
int page_death_edit(struct web_req *r);
int page_death_save(struct web_req *r);
/* The child death review's clocks due and overdue, for their worklist. */
void web_deaths_work(struct web_req *r);
/* Training (issue 11, point 5; page_training.c, training_session.c) */
int page_training(struct web_req *r);
int page_training_course(struct web_req *r);
int page_training_session_add(struct web_req *r);
int page_training_session(struct web_req *r);
int page_training_book(struct web_req *r);
int page_training_register(struct web_req *r);
int page_training_cancel(struct web_req *r);
int page_training_bookings(struct web_req *r);
/* The LADO (issue 11, point 2; page_lado.c, lado_case.c) */
int page_lado(struct web_req *r);
int page_lado_new(struct web_req *r);
int page_lado_create(struct web_req *r);
int page_lado_case(struct web_req *r);
int page_lado_edit(struct web_req *r);
int page_lado_save(struct web_req *r);
int page_lado_meeting(struct web_req *r);
/* The LADO's clocks due and overdue, for the LADO's worklist. */
void web_lado_work(struct web_req *r);
int page_lookup_post(struct web_req *r);
/* page_escalation.c, page_escalations.c (issue 11) */
int page_escalations(struct web_req *r);
/* Children placed in the area by other authorities (page_placed.c) */
int page_placements(struct web_req *r);
int page_esc_new(struct web_req *r);
int page_esc_raise(struct web_req *r);
int page_escalation(struct web_req *r);
int page_esc_next(struct web_req *r);
int page_child_lookup_ack(struct web_req *r);
/* Operation Encompass (page_encompass.c) */
int page_encompass(struct web_req *r);
int page_encompass_record(struct web_req *r);
int page_encompass_sent(struct web_req *r);
int page_encompass_read(struct web_req *r);
/* Multi-agency case audits (issue 11, point 4; page_audits.c, audit_page.c, audit_edit.c) */
int page_audits(struct web_req *r);
int page_audit_new(struct web_req *r);
int page_audit_create(struct web_req *r);
int page_case_audit(struct web_req *r);
int page_audit_case_add(struct web_req *r);
int page_audit_return_ask(struct web_req *r);
int page_audit_action_add(struct web_req *r);
int page_audit_edit(struct web_req *r);
int page_audit_save(struct web_req *r);
/* Rapid reviews and practice reviews (issue 11, point 8; page_reviews.c) */
int page_reviews(struct web_req *r);
int page_review_new(struct web_req *r);
int page_review_create(struct web_req *r);
int page_practice_review(struct web_req *r);
int page_review_action_add(struct web_req *r);
void web_reviews_work(struct web_req *r);
/* Section 11 and Section 175 self-assessments (issue 11, point 8; page_self_assessments.c) */
int page_self_assessments(struct web_req *r);
int page_sa_new(struct web_req *r);
int page_sa_create(struct web_req *r);
int page_self_assessment(struct web_req *r);
int page_sa_action_add(struct web_req *r);
/* The person's actions from audits overdue and due, for their worklist (audit_rows.c). */
void web_actions_work(struct web_req *r);

/* Ofsted's Annex A lists: page_annex.c. */
int page_annex(struct web_req *r);
int page_annex_post(struct web_req *r);
int page_annex_download(struct web_req *r);
int page_admin(struct web_req *r);
int page_admin_users(struct web_req *r);
int page_admin_user_new(struct web_req *r);
int page_admin_user_add(struct web_req *r);
int page_admin_user(struct web_req *r);
int page_admin_user_save(struct web_req *r);
int page_admin_teams(struct web_req *r);
int page_admin_team_save(struct web_req *r);
int page_admin_agencies(struct web_req *r);
int page_admin_agency_save(struct web_req *r);
int page_admin_settings(struct web_req *r);
int page_admin_setting_save(struct web_req *r);

int api_me(struct web_req *r);
int api_children(struct web_req *r);
int api_child(struct web_req *r);
int api_worklist(struct web_req *r);
int api_record(struct web_req *r);
int api_records(struct web_req *r);
int api_create(struct web_req *r);
int api_patch(struct web_req *r);
/* A record as GET /api/v1/TABLE/{id} writes it, with its ETag when the person writes
 * the table (api.c). */
/* Ends a JSON answer: its type, and one newline. */
void api_json_answer(struct web_req *r);
int api_send_record(struct web_req *r, const struct table *t, const struct field *row);

#endif
