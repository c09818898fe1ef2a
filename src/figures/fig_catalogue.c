/*
 * fig_catalogue.c: the catalogue of the figures, in the order the dashboard and the report
 * show them. Each summary is the first line of the figure's definition in docs/figures.md
 * (tests/unit/test_figures.c holds the two together); England's figures are those of
 * domain.md 2.2 for the year ending 31 March 2025, NAN where none is published.
 */
#include "figures/fig_int.h"

#include <math.h>
#include <string.h>

#define PLANS "Child protection plans"
#define PROFILE "Profile"
#define PATHWAY "The pathway"
#define AGENCY "Multi-agency participation"
#define CONF "Conferences"
#define TIME "Timeliness"
#define QA "Quality assurance"
#define ENCOMPASS "Operation Encompass"
#define MISSING "Missing children"
#define PLACED "Children placed in the area"
#define MISSING "Missing children"
#define E25 "2025"
#define ESC "Escalations"	/* issue 11 */
#define LADO "The LADO"		/* issue 11, point 2 (fig_lado.c) */
#define DEATHS "Child deaths"	/* issue 11, point 6 (fig_deaths.c) */
#define TRAINING "Training"	/* issue 11, point 5 (fig_training.c) */
#define AUDITS "Multi-agency case audits"	/* issue 11, point 4 (fig_audits.c) */
#define REVIEWS "Practice reviews"	/* issue 11, point 8 (fig_reviews.c) */
#define SELF_ASSESS "Agency self-assessments"	/* issue 11, point 8 (fig_self_assessments.c) */

static const struct fig_entry entries[] = {
	{{"plans_at_date", "Children on a child protection plan", PLANS,
	  "Children subject of a child protection plan at the end of the period's last day.",
	  FIG_COUNT, 1, 0, 49420, E25}, fig_plans_at_date},
	{{"plans_rate", "Children on a plan per 10,000 children", PLANS,
	  "Children on a plan at the period's end per 10,000 children aged 0 to 17 living in "
	  "the area.", FIG_PER_10K, 1, 0, 40.6, E25}, fig_plans_rate},
	{{"plans_started", "Child protection plans started", PLANS,
	  "Plans whose start date falls in the period.", FIG_COUNT, 0, 0, 61840, E25},
	 fig_plans_started},
	{{"plans_ended", "Child protection plans ended", PLANS,
	  "Plans whose end date falls in the period.", FIG_COUNT, 0, 0, 62300, E25},
	 fig_plans_ended},
	{{"plans_by_initial_category", "Plans started by initial category of abuse", PLANS,
	  "Plans started in the period, by the category of abuse recorded at the start, as a "
	  "share of all plans started.", FIG_PERCENT, 0, 0, NAN, NULL}, fig_plans_initial},
	{{"plans_by_latest_category", "Children on a plan by latest category of abuse", PLANS,
	  "Plans open at the period's end, by their latest category of abuse, as a share of all "
	  "open plans.", FIG_PERCENT, 1, 0, NAN, NULL}, fig_plans_latest},
	{{"open_plan_length", "Open plans by length", PLANS,
	  "Plans open at the period's end, by how long they had lasted on that day, as a share "
	  "of all open plans.", FIG_PERCENT, 1, 0, NAN, NULL}, fig_open_length},
	{{"ended_plan_length", "Ended plans by length", PLANS,
	  "Plans ended in the period, by how long they lasted, as a share of all plans ended.",
	  FIG_PERCENT, 0, 0, NAN, NULL}, fig_ended_length},
	{{"ended_plan_average_days", "Average length of ended plans (days)", PLANS,
	  "The mean length in calendar days, start to end, of the plans ended in the period.",
	  FIG_DAYS, 0, 0, NAN, NULL}, fig_ended_average},
	{{"second_plans", "Children starting a second or later plan", PLANS,
	  "Of the children starting a plan in the period, the share who had been on a plan "
	  "before, at any time.", FIG_PERCENT, 0, -1, NAN, NULL}, fig_second_plans},
	{{"second_plans_2y", "Children starting a plan within 2 years of the last", PLANS,
	  "Of the children starting a plan in the period, the share whose previous plan ended "
	  "less than 2 years before the new one started.", FIG_PERCENT, 0, -1, NAN, NULL},
	 fig_second_plans_2y},

	{{"profile_age", "Children on a plan by age", PROFILE,
	  "Children on a plan at the period's end, by their age on that day, as a share of all "
	  "children on a plan.", FIG_PERCENT, 1, 0, NAN, NULL}, fig_profile_age},
	{{"profile_sex", "Children on a plan by sex", PROFILE,
	  "Children on a plan at the period's end, by sex, as a share of all children on a "
	  "plan.", FIG_PERCENT, 1, 0, NAN, NULL}, fig_profile_sex},
	{{"profile_ethnicity", "Children on a plan by ethnicity", PROFILE,
	  "Children on a plan at the period's end, by ethnicity, as a share of all children on "
	  "a plan.", FIG_PERCENT, 1, 0, NAN, NULL}, fig_profile_ethnicity},
	{{"sibling_groups", "Families by number of their children on a plan", PROFILE,
	  "Families with a child on a plan at the period's end, by how many of their children "
	  "were on a plan, as a share of those families.", FIG_PERCENT, 1, 0, NAN, NULL},
	 fig_sibling_groups},
	{{"families_on_plans", "Families with a child on a plan", PROFILE,
	  "Households with at least one child on a plan at the period's end.", FIG_COUNT, 1, 0,
	  NAN, NULL}, fig_families},

	{{"referrals", "Referrals", PATHWAY,
	  "Referrals received in the period.", FIG_COUNT, 0, 0, 632830, E25}, fig_referrals},
	{{"re_referrals", "Re-referrals within 12 months", PATHWAY,
	  "Of the referrals received in the period, the share received within 12 months of an "
	  "earlier referral of the same child.", FIG_PERCENT, 0, -1, 22.6, E25},
	 fig_re_referrals},
	{{"referrals_nfa", "Referrals leading to no further action", PATHWAY,
	  "Of the referrals received in the period, the share decided as no further action.",
	  FIG_PERCENT, 0, 0, 6.5, E25}, fig_referrals_nfa},
	{{"assessments_completed", "Assessments completed", PATHWAY,
	  "Assessments authorised in the period.", FIG_COUNT, 0, 0, 648830, E25},
	 fig_assessments},
	{{"assessments_45wd", "Assessments completed within 45 working days", PATHWAY,
	  "Of the assessments authorised in the period, the share authorised within 45 working "
	  "days of their start.", FIG_PERCENT, 0, 1, 85.7, E25}, fig_assessments_45},
	{{"s47_enquiries", "Section 47 enquiries", PATHWAY,
	  "Section 47 enquiries started in the period.", FIG_COUNT, 0, 0, 230590, E25},
	 fig_s47s},
	{{"icpcs", "Initial child protection conferences", PATHWAY,
	  "Initial conferences held in the period.", FIG_COUNT, 0, 0, 72100, E25}, fig_icpcs},
	{{"icpc_15wd", "Initial conferences within 15 working days", PATHWAY,
	  "Of the initial conferences held in the period, the share held within 15 working days "
	  "of the start of the section 47 enquiry.", FIG_PERCENT, 0, 1, 81.4, E25},
	 fig_icpc_15},
	{{"icpc_to_plan", "Initial conferences leading to a plan", PATHWAY,
	  "Of the initial conferences held in the period, the share that made a child "
	  "protection plan.", FIG_PERCENT, 0, 0, NAN, NULL}, fig_icpc_plan},
	{{"reviews_in_time", "Review conferences in time", PATHWAY,
	  "Of the review conferences falling due in the period, the share held by their "
	  "target date.", FIG_PERCENT, 0, 1, NAN, NULL}, fig_reviews},
	{{"core_groups_in_time", "Core groups in time", PATHWAY,
	  "Of the core group meetings falling due in the period, the share held by their "
	  "target date.", FIG_PERCENT, 0, 1, NAN, NULL}, fig_core_groups},
	{{"visits_in_time", "Statutory visits in time", PATHWAY,
	  "Of the statutory visits to children on a plan falling due in the period, the share "
	  "made by their target date.", FIG_PERCENT, 0, 1, NAN, NULL}, fig_visits},

	{{"agency_invitations", "Invitations to conferences, by agency", AGENCY,
	  "Invitations to conferences held in the period, by the invitee's agency.", FIG_COUNT,
	  0, 0, NAN, NULL}, fig_agency_invitations},
	{{"agency_attendance", "Attendance at conferences, by agency", AGENCY,
	  "Of the invitations to conferences held in the period, the share whose invitee "
	  "attended, by agency.", FIG_PERCENT, 0, 1, NAN, NULL}, fig_agency_attendance},
	{{"agency_reports", "Reports submitted to conferences, by agency", AGENCY,
	  "Of the invitations to conferences held in the period that asked for a report, the "
	  "share whose report was received, by agency.", FIG_PERCENT, 0, 1, NAN, NULL},
	 fig_agency_reports},
	{{"agency_reports_on_time", "Reports to conferences on time, by agency", AGENCY,
	  "Of the invitations to conferences held in the period that asked for a report, the "
	  "share whose report was received by its due date, by agency.", FIG_PERCENT, 0, 1,
	  NAN, NULL}, fig_agency_on_time},
	{{"kind_attendance", "Attendance at conferences, by kind of agency", AGENCY,
	  "Of the invitations to conferences held in the period, the share whose invitee "
	  "attended, by the kind of the invitee's agency.", FIG_PERCENT, 0, 1, NAN, NULL},
	 fig_kind_attendance},
	{{"kind_reports", "Reports submitted to conferences, by kind of agency", AGENCY,
	  "Of the invitations to conferences held in the period that asked for a report, the "
	  "share whose report was received, by the kind of the invitee's agency.", FIG_PERCENT,
	  0, 1, NAN, NULL}, fig_kind_reports},
	{{"kind_reports_on_time", "Reports to conferences on time, by kind of agency", AGENCY,
	  "Of the invitations to conferences held in the period that asked for a report, the "
	  "share whose report was received by its due date, by the kind of the invitee's "
	  "agency.", FIG_PERCENT, 0, 1, NAN, NULL}, fig_kind_on_time},

	{{"reports_to_chair_on_time", "Social worker's reports to the chair on time", CONF,
	  "Of the conferences held in the period, the share whose social worker's report "
	  "reached the chair by its due date.", FIG_PERCENT, 0, 1, NAN, NULL},
	 fig_chair_reports},
	{{"reports_to_parents_on_time", "Reports shared with parents on time", CONF,
	  "Of the conferences held in the period, the share whose social worker's report was "
	  "shared with the parents by its due date.", FIG_PERCENT, 0, 1, NAN, NULL},
	 fig_parent_reports},
	{{"plans_circulated_1wd", "Plans circulated within 1 working day", CONF,
	  "Of the conferences held in the period that made or continued a plan, the share whose "
	  "plan was circulated within 1 working day.", FIG_PERCENT, 0, 1, NAN, NULL},
	 fig_plans_1wd},
	{{"plans_circulated_7d", "Plans circulated within 7 days", CONF,
	  "Of the conferences held in the period that made or continued a plan, the share whose "
	  "plan was circulated within 7 calendar days.", FIG_PERCENT, 0, 1, NAN, NULL},
	 fig_plans_7d},
	{{"minutes_15wd", "Minutes circulated within 15 working days", CONF,
	  "Of the conferences held in the period, the share whose minutes were circulated "
	  "within 15 working days.", FIG_PERCENT, 0, 1, NAN, NULL}, fig_minutes},
	{{"parents_met_chair", "Parents who met the chair beforehand", CONF,
	  "Of the conferences held in the period where it was recorded, the share where the "
	  "parents met the chair before the conference.", FIG_PERCENT, 0, 1, NAN, NULL},
	 fig_met_chair},
	{{"parents_understood", "Parents who understood why the conference was held", CONF,
	  "Of the conferences held in the period where it was recorded, the share where the "
	  "parents understood why it was held.", FIG_PERCENT, 0, 1, NAN, NULL}, fig_understood},
	{{"children_participated", "Children who took part", CONF,
	  "Of the conferences held in the period whose child was old enough and whose "
	  "participation was recorded, the share where the child took part.", FIG_PERCENT, 0,
	  1, NAN, NULL}, fig_participated},
	{{"advocacy", "Children with an advocate", CONF,
	  "Of the conferences held in the period where it was recorded, the share where the "
	  "child had an advocate.", FIG_PERCENT, 0, 1, NAN, NULL}, fig_advocacy},

	{{"timeliness", "Timeliness of every statutory step", TIME,
	  "For each timescale of the engine, of the steps falling due in the period, the share "
	  "done by their target date.", FIG_PERCENT, 0, 1, NAN, NULL}, fig_timeliness},

	/* Escalations (issue 11): fig_escalation.c */
	{{"escalations_raised", "Escalations raised", ESC,
	  "Escalations (professional disagreements) whose raised date falls in the period.",
	  FIG_COUNT, 0, 0, NAN, NULL}, fig_esc_raised},
	{{"escalations_by_category", "Escalations by category of concern", ESC,
	  "Escalations raised in the period, by their category of concern, as a share of all "
	  "escalations raised.", FIG_PERCENT, 0, 0, NAN, NULL}, fig_esc_category},
	{{"escalations_by_stage", "Escalations by the stage reached", ESC,
	  "Escalations raised in the period, by the highest stage opened by the period's end, "
	  "as a share of all escalations raised.", FIG_PERCENT, 0, 0, NAN, NULL}, fig_esc_stage},
	{{"escalations_by_outcome", "Escalations by outcome", ESC,
	  "Escalations resolved in the period, by their outcome, as a share of all escalations "
	  "resolved.", FIG_PERCENT, 0, 0, NAN, NULL}, fig_esc_outcome},
	{{"escalation_days_to_resolve", "Average working days to resolve an escalation", ESC,
	  "The mean number of working days from raised to resolved of the escalations "
	  "resolved in the period.", FIG_DAYS, 0, -1, NAN, NULL}, fig_esc_days},
	{{"escalation_stages_on_time", "Escalation stages answered in time", ESC,
	  "Of the escalation stages whose answer fell due in the period, the share answered "
	  "within the working days of the local setting (5 by default).", FIG_PERCENT, 0, 1,
	  NAN, NULL}, fig_esc_on_time},
	/* The LADO (issue 11, point 2): counts, with no list of people behind them */
	{{"lado_queries", "LADO queries received", LADO,
	  "Queries to the LADO (advice, not managed as an allegation) received in the period.",
	  FIG_COUNT, 0, 0, NAN, NULL}, fig_lado_queries},
	{{"lado_referrals", "LADO referrals received", LADO,
	  "Allegations against people who work with children referred to the LADO and "
	  "received in the period.", FIG_COUNT, 0, 0, NAN, NULL}, fig_lado_referrals},
	{{"lado_outcomes", "LADO referrals resolved by outcome", LADO,
	  "LADO referrals resolved in the period, by their outcome.", FIG_COUNT, 0, 0, NAN,
	  NULL}, fig_lado_outcomes},
	{{"lado_barring", "Referrals to the barring service or a regulator", LADO,
	  "LADO cases referred to the Disclosure and Barring Service or a regulator in the "
	  "period.", FIG_COUNT, 0, 0, NAN, NULL}, fig_lado_barring},
	{{"lado_initial_1wd", "LADO cases first considered within 1 working day", LADO,
	  "Of the LADO cases whose initial consideration fell due or was made in the period, "
	  "the share considered within the working days of the local setting of their receipt.",
	  FIG_PERCENT, 0, 1, NAN, NULL}, fig_lado_initial},
	{{"lado_resolution", "LADO referrals resolved within 1, 3 and 12 months", LADO,
	  "Of the LADO referrals whose resolution at each number of months fell due or was "
	  "reached in the period, the share resolved by then, each beside its target.",
	  FIG_PERCENT, 0, 1, NAN, NULL}, fig_lado_resolution},
	/* migration_qa: the chairs' quality forms and the family's feedback */
	{{"qa_forms", "Conferences with the chair's quality form", QA,
	  "Of the conferences held in the period, the share whose chair completed the quality "
	  "form.", FIG_PERCENT, 0, 1, NAN, NULL}, fig_qa_forms},
	{{"qa_ratings", "Conferences by the chair's quality rating", QA,
	  "Of the quality forms on conferences held in the period, the share giving each "
	  "rating.", FIG_PERCENT, 0, 0, NAN, NULL}, fig_qa_ratings},
	{{"qa_questions", "Quality questions answered yes", QA,
	  "Of the quality forms on conferences held in the period, the share answering yes to "
	  "each question.", FIG_PERCENT, 0, 1, NAN, NULL}, fig_qa_questions},
	{{"feedback_returned", "Conferences with the family's feedback", QA,
	  "Of the conferences held in the period, the share with at least one feedback form "
	  "returned, by who gave it.", FIG_PERCENT, 0, 1, NAN, NULL}, fig_feedback_returned},
	{{"feedback_understood", "Feedback: understood why the conference was held", QA,
	  "Of the feedback forms on conferences held in the period that answered the question, "
	  "the share saying they understood why the conference was held.", FIG_PERCENT, 0, 1,
	  NAN, NULL}, fig_feedback_understood},
	{{"feedback_listened", "Feedback: felt listened to", QA,
	  "Of the feedback forms on conferences held in the period that answered the question, "
	  "the share saying they felt listened to.", FIG_PERCENT, 0, 1, NAN, NULL},
	 fig_feedback_listened},
	{{"feedback_themes", "Words most used in the family's feedback", QA,
	  "The ten words used by the most feedback forms on conferences held in the period, "
	  "each with the number of forms using it.", FIG_COUNT, 0, 0, NAN, NULL},
	 fig_feedback_themes},
	/* Operation Encompass (fig_encompass.c) */
	{{"encompass_notifications", "Operation Encompass notifications", ENCOMPASS,
	  "The police's notifications to schools of domestic abuse incidents in the period "
	  "that involved a child.", FIG_COUNT, 0, 0, NAN, NULL}, fig_encompass_count},
	{{"encompass_sent_on_time", "Notifications sent before the next school day", ENCOMPASS,
	  "Of the notifications of incidents in the period, the share the police sent before "
	  "the start of the next school day after the incident.", FIG_PERCENT, 0, 1, NAN, NULL},
	 fig_encompass_sent},
	{{"encompass_read_on_time", "Notifications read before the next school day", ENCOMPASS,
	  "Of the notifications of incidents in the period, the share the school's safeguarding "
	  "lead read before the start of the next school day after the incident.", FIG_PERCENT,
	  0, 1, NAN, NULL}, fig_encompass_read},
	{{"encompass_by_school", "Notifications read on time, by school", ENCOMPASS,
	  "Of the notifications of incidents in the period, the share read by the school's "
	  "safeguarding lead before the start of the next school day, by school.", FIG_PERCENT,
	  0, 1, NAN, NULL}, fig_encompass_by_school},

	/* Missing children (fig_missing.c) */
	{{"missing_episodes", "Missing episodes", MISSING,
	  "The episodes in which a child went missing from home or care that began in the "
	  "period.", FIG_COUNT, 0, 0, NAN, NULL}, fig_missing_count},
	{{"return_interviews_72h", "Return interviews offered within 72 hours", MISSING,
	  "Of the children's returns from a missing episode in the period, the share offered "
	  "an independent return interview within 72 hours.", FIG_PERCENT, 0, 1, NAN, NULL},
	 fig_missing_interviews},
	{{"return_interviews_accepted", "Return interviews accepted", MISSING,
	  "Of the return interviews offered in the period whose answer was recorded, the share "
	  "the child accepted.", FIG_PERCENT, 0, 1, NAN, NULL}, fig_missing_accepted},

	/* Children placed in the area by other authorities (fig_placed.c) */
	{{"placed_in_area", "Children placed in the area by other authorities", PLACED,
	  "Children placed in the area by another local authority on the period's last day.",
	  FIG_COUNT, 1, 0, NAN, NULL}, fig_placed_count},
	{{"placed_in_area_by_kind", "Children placed in the area by kind of placement", PLACED,
	  "Children placed in the area by another local authority on the period's last day, by "
	  "kind of placement, as a share of all of them.", FIG_PERCENT, 1, 0, NAN, NULL},
	 fig_placed_by_kind},
	{{"placed_in_area_by_authority", "Children placed in the area by placing authority",
	  PLACED, "Children placed in the area by another local authority on the period's last "
	  "day, by the authority that placed them.", FIG_COUNT, 1, 0, NAN, NULL},
	 fig_placed_by_authority},
	{{"placements_in_area_started", "Placements in the area begun", PLACED,
	  "Placements of children in the area by other local authorities that began in the "
	  "period.", FIG_COUNT, 0, 0, NAN, NULL}, fig_placed_started},
	{{"placement_notices_on_time", "Placements notified in time", PLACED,
	  "Of the placements in the area by other authorities begun in the period, the share "
	  "the placing authority told the area of in time.", FIG_PERCENT, 0, 1, NAN, NULL},
	 fig_placed_notified},
	{{"placed_children_missing", "Placed children who went missing", PLACED,
	  "Of the children placed in the area by other authorities at some time in the period, "
	  "the share who went missing while placed here.", FIG_PERCENT, 0, -1, NAN, NULL},
	 fig_placed_missing},
	/* Child deaths (issue 11, point 6): counts, with no list of children behind them */
	{{"deaths_notified", "Child deaths notified", DEATHS,
	  "Deaths of children normally resident in the area notified in the period.",
	  FIG_COUNT, 0, 0, NAN, NULL}, fig_deaths_notified},
	{{"deaths_by_year", "Child deaths notified by year", DEATHS,
	  "Deaths of children notified in the period, by the year ending 31 March of their "
	  "notification.", FIG_COUNT, 0, 0, NAN, NULL}, fig_deaths_by_year},
	{{"deaths_expected", "Child deaths expected and unexpected", DEATHS,
	  "Deaths of children notified in the period, as expected or unexpected.", FIG_COUNT,
	  0, 0, NAN, NULL}, fig_deaths_expected},
	{{"deaths_by_age", "Child deaths by age at death", DEATHS,
	  "Deaths of children notified in the period, by the child's age band at death.",
	  FIG_COUNT, 0, 0, NAN, NULL}, fig_deaths_by_age},
	{{"deaths_known", "Child deaths by social care status", DEATHS,
	  "Of the deaths of children notified in the period, the share of children known to "
	  "children's social care, on a child protection plan and looked after at death.",
	  FIG_PERCENT, 0, 0, NAN, NULL}, fig_deaths_known},
	{{"deaths_jar_in_time", "Joint agency responses in time", DEATHS,
	  "Of the unexpected deaths whose joint agency response fell due or was begun in the "
	  "period, the share begun within the working days of the local setting of the "
	  "notification.", FIG_PERCENT, 0, 1, NAN, NULL}, fig_deaths_jar},
	{{"deaths_reviewed", "Child death reviews completed", DEATHS,
	  "Deaths of children reviewed by the child death overview panel in the period.",
	  FIG_COUNT, 0, 0, NAN, NULL}, fig_deaths_reviewed},
	{{"deaths_days_to_review", "Median days between death and review", DEATHS,
	  "The median number of days from the death to the panel's review of the deaths "
	  "reviewed in the period.", FIG_DAYS, 0, -1, NAN, NULL}, fig_deaths_days},
	{{"deaths_review_in_time", "Child death reviews within the local timescale", DEATHS,
	  "Of the deaths whose review fell due or was completed in the period, the share "
	  "reviewed within the months of the local setting of the death.", FIG_PERCENT, 0, 1,
	  NAN, NULL}, fig_deaths_review_in_time},
	{{"deaths_by_category", "Child death reviews by category of death", DEATHS,
	  "Deaths of children reviewed in the period, by the panel's category of death.",
	  FIG_COUNT, 0, 0, NAN, NULL}, fig_deaths_by_category},
	{{"deaths_modifiable", "Child death reviews with modifiable factors", DEATHS,
	  "Of the deaths of children reviewed in the period, the share in which the panel "
	  "found modifiable factors, found none, or had insufficient information.",
	  FIG_PERCENT, 0, 0, NAN, NULL}, fig_deaths_modifiable},
	/* Training (issue 11, point 5; fig_training.c) */
	{{"training_sessions", "Training sessions held", TRAINING,
	  "The partnership's training sessions dated in the period.", FIG_COUNT, 0, 0, NAN,
	  NULL}, fig_training_sessions},
	{{"training_places", "Training places offered", TRAINING,
	  "The places offered on the training sessions dated in the period.", FIG_COUNT, 0, 0,
	  NAN, NULL}, fig_training_places},
	{{"training_bookings", "Training places booked, by what became of them", TRAINING,
	  "The places booked on the training sessions dated in the period, by the booking's "
	  "status: booked, attended, did not attend or cancelled.", FIG_COUNT, 0, 0, NAN, NULL},
	 fig_training_bookings},
	{{"training_attendance", "Training attendance rate", TRAINING,
	  "Of the places on the period's sessions whose attendance is recorded, the share "
	  "attended.", FIG_PERCENT, 0, 1, NAN, NULL}, fig_training_attendance},
	{{"training_dna_by_agency", "Training places not attended, by agency", TRAINING,
	  "Of the places on the period's sessions whose attendance is recorded, the share not "
	  "attended, by the agency of the person booked.", FIG_PERCENT, 0, -1, NAN, NULL},
	 fig_training_dna_by_agency},
	{{"training_attendance_by_course", "Training attendance rate, by course", TRAINING,
	  "Of the places on the period's sessions whose attendance is recorded, the share "
	  "attended, by course.", FIG_PERCENT, 0, 1, NAN, NULL}, fig_training_by_course},
	{{"training_fees", "Non-attendance fees charged", TRAINING,
	  "The non-attendance fees charged for places on the period's sessions, and their "
	  "total in pounds.", FIG_COUNT, 0, 0, NAN, NULL}, fig_training_fees},
	{{"training_cancellations", "Training places cancelled", TRAINING,
	  "The training places cancelled in the period: with the notice that makes a "
	  "cancellation free, or late.", FIG_COUNT, 0, 0, NAN, NULL},
	 fig_training_cancellations},
	{{"training_attended_by_quarter", "Training attendees, by quarter", TRAINING,
	  "The places attended on the period's sessions, by the quarter of the financial year "
	  "the session fell in.", FIG_COUNT, 0, 0, NAN, NULL}, fig_training_by_quarter},
	{{"training_confidence_rose", "Attendees whose confidence rose", TRAINING,
	  "Of the evaluations of the period's sessions giving the person's confidence before "
	  "and after, the share whose confidence rose.", FIG_PERCENT, 0, 1, NAN, NULL},
	 fig_training_confidence},
	{{"training_rated_good", "Training sessions rated good", TRAINING,
	  "Of the evaluations of the period's sessions that rated the session, the share "
	  "rating it 4 or 5 out of 5.", FIG_PERCENT, 0, 1, NAN, NULL}, fig_training_rating},
	{{"training_registers_on_time", "Training registers marked on time", TRAINING,
	  "Of the period's sessions with places booked, the share whose register was marked "
	  "within the working days the setting allows after the session.", FIG_PERCENT, 0, 1,
	  NAN, NULL}, fig_training_registers},
	/* Multi-agency case audits (issue 11, point 4): counts, no children behind them */
	{{"audit_returns", "Agencies' returns on audited cases", AUDITS,
	  "The agencies' returns (chronology, grade and findings) on cases of the "
	  "partnership's multi-agency audits received in the period.", FIG_COUNT, 0, 0, NAN,
	  NULL}, fig_audit_returns},
	{{"audit_agency_grades", "Agencies' own grades of audited cases", AUDITS,
	  "Of the agencies' returns on audited cases received in the period with a grade, the "
	  "share giving each grade.", FIG_PERCENT, 0, 0, NAN, NULL}, fig_audit_agency_grades},
	{{"audit_multi_grades", "Multi-agency grades of audited cases", AUDITS,
	  "Of the audited cases given their multi-agency grade in the period, the share given "
	  "each grade.", FIG_PERCENT, 0, 0, NAN, NULL}, fig_audit_multi_grades},
	{{"actions_completed", "Audit actions completed", AUDITS,
	  "Actions of the partnership's audits and reviews completed in the period.", FIG_COUNT, 0, 1,
	  NAN, NULL}, fig_actions_completed},
	{{"actions_on_time", "Audit actions completed by their due date", AUDITS,
	  "Of the actions of audits and reviews completed or falling due in the period, the "
	  "share completed by their due date.", FIG_PERCENT, 0, 1, NAN, NULL}, fig_actions_on_time},
	{{"actions_overdue", "Audit actions overdue", AUDITS,
	  "Actions of audits and reviews not completed or withdrawn and past their due date at "
	  "the end of the period's last day.", FIG_COUNT, 1, -1, NAN, NULL}, fig_actions_overdue},

	/* Rapid reviews and practice reviews (issue 11, point 8): no children behind them */
	{{"reviews_incidents", "Serious incidents learned of", REVIEWS,
	  "Serious incidents (a child died or was seriously harmed, abuse or neglect known or "
	  "suspected) the partnership learned of in the period.", FIG_COUNT, 0, 0, NAN, NULL},
	 fig_reviews_incidents},
	{{"reviews_notified_on_time", "National panel told in time", REVIEWS,
	  "Of the serious incidents whose notification to the national panel fell due or was "
	  "made in the period, the share told within the working days of the local setting "
	  "(5 by default).", FIG_PERCENT, 0, 1, NAN, NULL}, fig_reviews_notified},
	{{"rapid_reviews_on_time", "Rapid reviews completed in time", REVIEWS,
	  "Of the serious incidents whose rapid review fell due or was completed in the "
	  "period, the share completed within the working days of the local setting (15 by "
	  "default).", FIG_PERCENT, 0, 1, NAN, NULL}, fig_reviews_rapid},
	{{"reviews_cspr", "Child safeguarding practice reviews decided on", REVIEWS,
	  "Rapid reviews that decided in the period on a child safeguarding practice review.",
	  FIG_COUNT, 0, 0, NAN, NULL}, fig_reviews_cspr},
	{{"reviews_published", "Child safeguarding practice reviews published", REVIEWS,
	  "Child safeguarding practice reviews published in the period.", FIG_COUNT, 0, 0,
	  NAN, NULL}, fig_reviews_published},

	/* Section 11 and Section 175 self-assessments (issue 11, point 8): agencies' records */
	{{"sa_section_11_returned", "Section 11 self-assessments returned", SELF_ASSESS,
	  "Agencies' Section 11 self-assessments returned to the partnership in the period.",
	  FIG_COUNT, 0, 1, NAN, NULL}, fig_sa_section_11},
	{{"sa_section_175_returned", "Section 175 self-assessments returned", SELF_ASSESS,
	  "Schools' and colleges' Section 175 self-assessments returned to the partnership in "
	  "the period.", FIG_COUNT, 0, 1, NAN, NULL}, fig_sa_section_175},
	{{"sa_overall_grades", "Self-assessments' overall grades", SELF_ASSESS,
	  "Of the self-assessments returned in the period with an overall grade, the share "
	  "given each grade.", FIG_PERCENT, 0, 0, NAN, NULL}, fig_sa_overall},
	{{"sa_standards_not_met", "Standards not met", SELF_ASSESS,
	  "Standards graded not met in the self-assessments returned in the period, of each "
	  "kind.", FIG_COUNT, 0, -1, NAN, NULL}, fig_sa_not_met},
};

size_t
fig_count(void)
{
	return sizeof entries / sizeof entries[0];
}

const struct fig_def *
fig_at(size_t i)
{
	return i < fig_count() ? &entries[i].def : NULL;
}

const struct fig_def *
fig_find(const char *name)
{
	for (size_t i = 0; name && i < fig_count(); i++)
		if (strcmp(entries[i].def.name, name) == 0)
			return &entries[i].def;
	return NULL;
}
