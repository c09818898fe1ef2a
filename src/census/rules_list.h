/*
 * rules_list.h: every business rule of the Children in Need census for 2025-26 (also
 * applied to 2024-25), as data: X(id, code, kind, module, what). The codes, kinds and
 * modules are the Department for Education's (domain-cin.md, "The business rules for
 * 2025-26"); the descriptions are ours. rules.c makes the table and rules_int.h the enum
 * from this one list, so the two cannot drift apart.
 */
#ifndef SG_CIN_RULES_LIST_H
#define SG_CIN_RULES_LIST_H

#define CIN_RULE_LIST(X) \
	X(R100, "100", E, "Header", \
	    "Header ReferenceDate is missing or is not 31 March of the header Year.") \
	X(R1103, "1103", E, "Assessments", \
	    "An assessment starts before the referral date of its episode.") \
	X(R1104, "1104", E, "Section47", \
	    "An initial child protection conference (ICPC) date, on a Section 47 or on " \
	    "CINdetails, is before the episode's referral date.") \
	X(R1105, "1105", E, "ChildProtectionPlans", \
	    "A child protection plan (CPP) starts before the episode's referral date.") \
	X(R1510, "1510", E, "ChildIdentifiers", \
	    "A 13-character UPN has the wrong check letter in position 1 (weighted sum mod 23; " \
	    "a temporary UPN's final letter counts as its place in the check alphabet).") \
	X(R1520, "1520", E, "ChildIdentifiers", \
	    "The same UPN appears on more than one child.") \
	X(R1530, "1530", E, "ChildIdentifiers", \
	    "Characters 2-4 of a 13-character UPN are not a recognised LA or pseudo-LA number " \
	    "(list under Code lists).") \
	X(R1540, "1540", E, "ChildIdentifiers", \
	    "Characters 5-12 of a UPN are not all digits (or the UPN is not 13 characters).") \
	X(R1550, "1550", E, "ChildIdentifiers", \
	    "The 13th UPN character is not a digit or a capital letter other than I, O and S.") \
	X(R1560Q, "1560Q", Q, "ChildIdentifiers", \
	    "FormerUPN is not a letter followed by 12 digits (so a former temporary UPN ending in" \
	    " a letter is also queried).") \
	X(R1570, "1570", E, "ChildIdentifiers", \
	    "LAchildID is longer than 20 characters.") \
	X(R1580, "1580", E, "ChildIdentifiers", \
	    "LAchildID contains something other than letters and digits (spaces, dashes, " \
	    "underscores...).") \
	X(R2883, "2883", E, "ChildProtectionPlans", \
	    "Return level: more CPPs start in the census year than ICPCs are recorded in the year" \
	    " (CINdetails-level plus Section 47-level).") \
	X(R2884, "2884", E, "Section47", \
	    "The same ICPC date is recorded both on the CINdetails module and on a Section 47 " \
	    "module of that episode.") \
	X(R2885, "2885", E, "ChildProtectionPlans", \
	    "An in-year CPP start date does not equal an ICPC date of its episode (on a Section " \
	    "47, or on CINdetails when the episode has no Section 47).") \
	X(R2886Q, "2886Q", Q, "ChildIdentifiers", \
	    "Return level: more than 2% of children have Sex missing or U while having no " \
	    "expected birth date.") \
	X(R2887Q, "2887Q", Q, "Disabilities", \
	    "Return level: the return uses fewer than 8 distinct disability codes.") \
	X(R2888Q, "2888Q", Q, "Disabilities", \
	    "Return level: no child has more than one disability code (NONE ignored).") \
	X(R2889, "2889", E, "Section47", \
	    "A Section 47 enquiry starts before the episode's referral date.") \
	X(R2990, "2990", E, "CINdetails", \
	    "An episode closed with RC8 or RC9 still has a Section 47, a CPP, a CINdetails-level " \
	    "ICPC date or a CIN plan.") \
	X(R2991Q, "2991Q", Q, "CINdetails", \
	    "An episode has a Section 47 module but no assessment.") \
	X(R4000, "4000", E, "CINplanDates", \
	    "A CIN plan is recorded on a referral flagged as no further action (NFA).") \
	X(R4001, "4001", E, "CINplanDates", \
	    "An episode has an open CPP and an open CIN plan at the same time.") \
	X(R4003, "4003", E, "Reviews", \
	    "A CPP review date falls inside a CIN plan period of the child (a review on the CPP " \
	    "end date is allowed).") \
	X(R4004, "4004", E, "CINplanDates", \
	    "An episode has more than one CIN plan without an end date.") \
	X(R4008, "4008", E, "ChildIdentifiers", \
	    "A CIN plan starts after the child's recorded death date.") \
	X(R4009Q, "4009Q", Q, "ChildIdentifiers", \
	    "A CIN plan ends after the child's recorded death date, or is still open on a " \
	    "reference date after it.") \
	X(R4010, "4010", E, "CINplanDates", \
	    "A CIN plan has no start date or starts after the reference date.") \
	X(R4011, "4011", E, "CINplanDates", \
	    "A CIN plan ends before it starts.") \
	X(R4012Q, "4012Q", Q, "CINplanDates", \
	    "A CIN plan starts and ends on the same day.") \
	X(R4013, "4013", E, "CINplanDates", \
	    "A CIN plan end date lies outside the census year.") \
	X(R4014, "4014", E, "CINplanDates", \
	    "Two CIN plans of the same child overlap (an open plan runs to the reference date).") \
	X(R4015, "4015", E, "CINplanDates", \
	    "A CIN plan starts before the episode's referral date.") \
	X(R4016, "4016", E, "CINplanDates", \
	    "A CIN plan starts while one of the child's CPPs is running.") \
	X(R4017, "4017", E, "CINplanDates", \
	    "A CPP starts while one of the child's CIN plans is running.") \
	X(R4180, "4180", E, "ChildIdentifiers", \
	    "Sex is missing or not M, F or U.") \
	X(R4220, "4220", E, "ChildCharacteristics", \
	    "Ethnicity is missing or not one of the 20 ethnicity codes.") \
	X(R8500, "8500", E, "ChildIdentifiers", \
	    "LAchildID is missing.") \
	X(R8510, "8510", E, "ChildIdentifiers", \
	    "The same LAchildID is used for more than one child.") \
	X(R8520, "8520", E, "ChildIdentifiers", \
	    "Date of birth is after the reference date.") \
	X(R8525Q, "8525Q", Q, "ChildIdentifiers", \
	    "A child has neither, or both, of PersonBirthDate and ExpectedPersonBirthDate.") \
	X(R8530Q, "8530Q", Q, "ChildIdentifiers", \
	    "Expected birth date is not between 30 days before and 9 months after the reference " \
	    "date.") \
	X(R8535Q, "8535Q", Q, "ChildIdentifiers", \
	    "Death date is before birth date.") \
	X(R8540, "8540", E, "ChildCharacteristics", \
	    "A child with a birth date and at least one non-NFA episode has no disability entry " \
	    "or an invalid disability code.") \
	X(R8545Q, "8545Q", Q, "ChildIdentifiers", \
	    "Death date lies outside the census year.") \
	X(R8555Q, "8555Q", Q, "CINdetails", \
	    "A referral is dated after the child's death date.") \
	X(R8565, "8565", E, "ChildProtectionPlans", \
	    "Something in an episode is dated after its closure date (assessment start or " \
	    "authorisation, Section 47 start, ICPC, CPP end, CIN plan start or end).") \
	X(R8568, "8568", E, "CINdetails", \
	    "ReferralNFA is missing or not 1, 0, true or false (any letter case).") \
	X(R8569Q, "8569Q", Q, "CINdetails", \
	    "A referral dated before the census start (less one working day) is flagged NFA.") \
	X(R8585Q, "8585Q", Q, "CINdetails", \
	    "Closure reason RC2 (died) without a death date.") \
	X(R8590, "8590", E, "ChildIdentifiers", \
	    "A child has no CINdetails episode.") \
	X(R8600, "8600", E, "CINdetails", \
	    "Referral date is missing or after the reference date.") \
	X(R8606, "8606", E, "CINdetails", \
	    "Referral date is more than 280 days before the birth date or expected birth date.") \
	X(R8608, "8608", E, "Assessments", \
	    "An assessment's authorisation (completion) date is before its start date.") \
	X(R8610, "8610", E, "CINdetails", \
	    "A referral that is not NFA has no PrimaryNeedCode.") \
	X(R8614, "8614", E, "Assessments", \
	    "Assessment factors are recorded on an assessment that has no authorisation date.") \
	X(R8615, "8615", E, "Section47", \
	    "A Section 47 with an ICPC date has no start date or starts after the ICPC.") \
	X(R8620, "8620", E, "CINdetails", \
	    "A closure date lies outside the census year.") \
	X(R8630, "8630", E, "CINdetails", \
	    "A closure date is before the referral date of the same episode.") \
	X(R8640, "8640", E, "CINdetails", \
	    "ReasonForClosure is present but not RC1-RC9.") \
	X(R8650, "8650", E, "CINdetails", \
	    "PrimaryNeedCode is present but not N0-N9.") \
	X(R8670Q, "8670Q", Q, "Assessments", \
	    "An assessment with no authorisation date started more than 45 working days before " \
	    "the reference date.") \
	X(R8675Q, "8675Q", Q, "Section47", \
	    "A Section 47 with no ICPC date and ICPC not flagged as not required started more " \
	    "than 15 working days before the reference date.") \
	X(R8696, "8696", E, "Assessments", \
	    "An assessment authorisation date lies outside the census year.") \
	X(R8715, "8715", E, "Section47", \
	    "An ICPC date (on a Section 47 or on CINdetails) lies outside the census year.") \
	X(R8720, "8720", E, "ChildProtectionPlans", \
	    "A CPP has no start date or starts after the reference date.") \
	X(R8730, "8730", E, "ChildProtectionPlans", \
	    "NumberOfPreviousCPP is missing or negative.") \
	X(R8736, "8736", E, "Assessments", \
	    "An uncompleted assessment (no authorisation date) started outside the census year.") \
	X(R8740, "8740", E, "Section47", \
	    "A Section 47 with no ICPC and ICPCnotRequired = 0 started outside the census year.") \
	X(R8750, "8750", E, "ChildIdentifiers", \
	    "A child with only an expected birth date (unborn) does not have Sex = U.") \
	X(R8770Q, "8770Q", Q, "ChildIdentifiers", \
	    "A child of school age (born on or before 31 August six years before the reference " \
	    "year) with a non-NFA episode has no UPN and no UPNunknown code other than UN1.") \
	X(R8772, "8772", E, "ChildIdentifiers", \
	    "UPNunknown is UN7 (referral with NFA) but at least one of the child's episodes is " \
	    "not NFA.") \
	X(R8775Q, "8775Q", Q, "ChildIdentifiers", \
	    "The child was over 25 at the reference date and the episode is open or closed after " \
	    "the 25th birthday.") \
	X(R8790, "8790", E, "Disabilities", \
	    "A child has NONE together with other disability codes.") \
	X(R8794, "8794", E, "Disabilities", \
	    "A child has the same disability code more than once.") \
	X(R8805, "8805", E, "CINdetails", \
	    "An episode has a closure date but no reason for closure.") \
	X(R8810, "8810", E, "CINdetails", \
	    "An episode has a reason for closure but no closure date.") \
	X(R8815, "8815", E, "CINdetails", \
	    "A child has more than one open (no closure date) episode that is not NFA.") \
	X(R8816, "8816", E, "CINdetails", \
	    "A child's open non-NFA episode is not the episode with the latest referral date.") \
	X(R8820, "8820", E, "CINdetails", \
	    "A child's episodes overlap: a referral date falls inside another episode (referral " \
	    "to closure, or to the reference date for an open non-NFA one).") \
	X(R8825Q, "8825Q", Q, "CINdetails", \
	    "An episode closed with RC8 or RC9 has no assessment.") \
	X(R8831, "8831", E, "CINdetails", \
	    "An NFA episode has assessment dates, a Section 47 start or an ICPC date.") \
	X(R8832, "8832", E, "ChildProtectionPlans", \
	    "An NFA episode has a CPP.") \
	X(R8839, "8839", E, "Section47", \
	    "An episode has more than one Section 47 with no ICPC date that is not flagged ICPC-" \
	    "not-required.") \
	X(R8840, "8840", E, "ChildProtectionPlans", \
	    "A CPP starts and ends on the same day.") \
	X(R8841, "8841", E, "ChildProtectionPlans", \
	    "A CPP review date is on or before the CPP start date.") \
	X(R8842Q, "8842Q", Q, "Reviews", \
	    "A Reviews entry has no usable CPPreviewDate.") \
	X(R8863Q, "8863Q", Q, "Assessments", \
	    "An assessment starts while another assessment of the same episode is still running " \
	    "(or overlaps it).") \
	X(R8866, "8866", E, "CINdetails", \
	    "For a referral on or after 1 April 2013, ReferralSource is missing or not a valid " \
	    "code.") \
	X(R8867, "8867", E, "CINdetails", \
	    "A closed episode has an assessment without an authorisation date.") \
	X(R8868, "8868", E, "CINdetails", \
	    "A closed episode has a Section 47 that has neither an ICPC date nor ICPCnotRequired " \
	    "true (or has both).") \
	X(R8869, "8869", E, "Assessments", \
	    "Assessment factor 21 (no factors) is combined with other factors.") \
	X(R8870Q, "8870Q", Q, "Section47", \
	    "The ICPC target date falls on a Saturday or Sunday.") \
	X(R8873Q, "8873Q", Q, "Assessments", \
	    "An episode with a single assessment whose factors include 21 is not closed with RC8 " \
	    "or RC9.") \
	X(R8875, "8875", E, "Section47", \
	    "An ICPC date (on a Section 47 or on CINdetails) falls on a Saturday or Sunday.") \
	X(R8890, "8890", E, "CINdetails", \
	    "A Section 47 starts while another Section 47 of the same episode is still running.") \
	X(R8896, "8896", E, "Assessments", \
	    "An episode has more than one assessment without an authorisation date.") \
	X(R8897Q, "8897Q", Q, "Assessments", \
	    "An assessment completed on or after the census start has no valid assessment factor.") \
	X(R8898, "8898", E, "Assessments", \
	    "An assessment lists the same factor twice.") \
	X(R8905, "8905", E, "ChildProtectionPlans", \
	    "InitialCategoryOfAbuse is missing or not NEG, PHY, SAB, EMO or MUL.") \
	X(R8910, "8910", E, "ChildProtectionPlans", \
	    "LatestCategoryOfAbuse is missing or not NEG, PHY, SAB, EMO or MUL.") \
	X(R8915, "8915", E, "ChildProtectionPlans", \
	    "A CPP starts after the child's death date.") \
	X(R8920, "8920", E, "ChildProtectionPlans", \
	    "A CPP ends after the child's death date, or is still open on a reference date " \
	    "after it.") \
	X(R8925, "8925", E, "ChildProtectionPlans", \
	    "A CPP ends before it starts.") \
	X(R8930, "8930", E, "ChildProtectionPlans", \
	    "A CPP end date lies outside the census year.") \
	X(R8935, "8935", E, "ChildProtectionPlans", \
	    "A child has more than one CPP without an end date.") \
	X(R8940, "8940", E, "ChildProtectionPlans", \
	    "Two CPPs of the same child overlap (an open plan runs to the reference date).") \
	X(R8945Q, "8945Q", Q, "Assessments", \
	    "Assessment factor 18A is used where 18B or 18C is now expected.") \
	X(R8950Q, "8950Q", Q, "Assessments", \
	    "Assessment factor 19A is used where 19B or 19C is now expected.")

#endif
