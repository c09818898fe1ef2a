// journeys_audits.mjs: a multi-agency case audit in the browser (issue 11, point 4). A team
// manager of the partnership's quality-assurance subgroup opens the audits, sends the new
// audit's form empty (the error summary names the fields), records an audit, changes it,
// adds a child's case, asks a partner agency for its return on the case, sets an action
// the agency owns, grades the case, and changes and updates the action. The partner then
// finds the return on their own audits page and completes it. Every page is checked as
// harness.mjs says (axe-core, status, headers, a screenshot).

import { expect } from './harness.mjs';

async function date(page, id, d, m, y) {
	await page.locator(`#${id}-day`).fill(d);
	await page.locator(`#${id}-month`).fill(m);
	await page.locator(`#${id}-year`).fill(y);
}

// The manager's part: the audit, its case, the return asked for and an action; the ids.
async function subgroup(j, area, agency) {
	const page = j.page;
	const manager = area.logins.find((l) => l.user?.role === 'manager');
	await j.login(manager);
	await j.goto('/audits', 'audits');
	await j.follow(page.getByRole('link', { name: 'Add an audit' }), 'audit-new');
	await j.follow(page.getByRole('button', { name: 'Save' }), 'audit-errors', { status: 422 });
	expect((await page.locator('.govuk-error-summary').innerText()).includes('Theme'),
	    'the error summary names the theme');
	await page.getByLabel('Theme').fill('Was not brought');
	await date(page, 'period_from', '1', '4', '2026');
	await date(page, 'period_to', '30', '9', '2026');
	await page.getByLabel('In progress').check();
	await date(page, 'started_date', '2', '11', '2026');
	await j.follow(page.getByRole('button', { name: 'Save' }), 'audit-saved');
	const audit = new URL(page.url()).pathname;
	expect(/^\/case_audits\/\d+$/.test(audit), 'the new audit\'s page');
	await j.follow(page.getByRole('link', { name: 'Change the audit' }), 'audit-edit');
	await page.getByLabel('Learning').fill('Attendance at health appointments not tracked');
	await j.follow(page.getByRole('button', { name: 'Save' }), 'audit-changed',
	    { path: audit });
	await page.locator('#case_child_id').fill(String(area.swChild.id));
	await j.follow(page.getByRole('button', { name: 'Add the case' }), 'case-added',
	    { path: audit });
	const grade = await page.locator('#cases a[href^="/audit_cases/"]').first()
	    .getAttribute('href');
	const caseId = grade.split('/')[2];
	await page.locator('#audit_case_id').fill(caseId);
	await page.selectOption('#agency_id', String(agency));
	await date(page, 'requested_date', '2', '11', '2026');
	await j.follow(page.getByRole('button', { name: 'Ask for the return' }), 'return-asked',
	    { path: audit });
	await page.getByLabel('Action', { exact: true }).fill('Track missed health appointments');
	await page.selectOption('#owner_agency_id', String(agency));
	await date(page, 'set_date', '16', '11', '2026');
	await date(page, 'due_date', '29', '1', '2027');
	await page.locator('input[name="status"][value="open"]').check();
	await j.follow(page.getByRole('button', { name: 'Add the action' }), 'action-added',
	    { path: audit });
	const update = await page.getByRole('link', { name: 'Track missed health appointments' })
	    .getAttribute('href');
	await j.goto(grade, 'case-grade');
	await page.locator('input[name="grade"][value="requires_improvement"]').check();
	await date(page, 'graded_date', '30', '11', '2026');
	await j.follow(page.getByRole('button', { name: 'Save' }), 'case-graded', { path: audit });
	expect((await j.text()).includes('Requires improvement'), 'the case\'s grade is shown');
	const edit = update.replace(/update$/, 'edit');
	await j.goto(edit, 'action-edit');
	await date(page, 'due_date', '26', '2', '2027');
	await j.follow(page.getByRole('button', { name: 'Save' }), 'action-changed',
	    { path: audit });
	await j.goto(update, 'action-update');
	await page.locator('input[name="status"][value="in_progress"]').check();
	await j.follow(page.getByRole('button', { name: 'Save' }), 'action-updated',
	    { path: audit });
	await j.logout();
}

export async function audit(j, area) {
	const page = j.page;
	const partner = area.partners[0];
	const agency = partner?.professional?.agency_id;
	expect(agency, 'the demo has a partner with an agency');
	await subgroup(j, area, agency);
	await j.login(partner, { path: '/worklist' });
	await j.goto('/audits', 'partner-audits');
	await j.follow(page.locator('a[href$="/return"]').last(), 'return-form');
	await date(page, 'chronology_date', '20', '11', '2026');
	await page.locator('input[name="grade"][value="good"]').check();
	await page.getByLabel('The agency\'s findings').fill('Two appointments missed');
	await j.follow(page.getByRole('button', { name: 'Save' }), 'return-saved',
	    { path: '/audits' });
	await j.logout();
}

// A serious incident (issue 11, point 8): the manager records it (the empty form's errors
// first), finds its two clocks on its page, records the notification and the rapid
// review's decision, and sets an action of its plan.
export async function review(j, area) {
	const page = j.page;
	const manager = area.logins.find((l) => l.user?.role === 'manager');
	const agency = area.partners[0]?.professional?.agency_id;
	await j.login(manager);
	await j.goto('/reviews', 'reviews');
	await j.follow(page.getByRole('link', { name: 'Record a serious incident' }), 'review-new');
	await j.follow(page.getByRole('button', { name: 'Save' }), 'review-errors',
	    { status: 422 });
	expect((await page.locator('.govuk-error-summary').innerText())
	    .includes('Date the partnership learned of it'), 'the error summary names the date');
	await page.getByLabel('The incident').fill('A baby with a serious head injury');
	await date(page, 'incident_date', '27', '11', '2026');
	await date(page, 'aware_date', '30', '11', '2026');
	await j.follow(page.getByRole('button', { name: 'Save' }), 'review-saved');
	const review = new URL(page.url()).pathname;
	expect(/^\/practice_reviews\/\d+$/.test(review), 'the new review\'s page');
	expect((await j.text()).includes('national panel told'), 'its notification clock');
	await j.follow(page.getByRole('link', { name: 'Change the review' }), 'review-edit');
	await date(page, 'notified_date', '1', '12', '2026');
	await date(page, 'rapid_review_date', '2', '12', '2026');
	await page.locator('input[name="decision"][value="cspr"]').check();
	await date(page, 'decision_date', '2', '12', '2026');
	await j.follow(page.getByRole('button', { name: 'Save' }), 'review-changed',
	    { path: review });
	expect((await j.text()).includes('completed on time'), 'both clocks met');
	await page.getByLabel('Action', { exact: true }).fill('Refer every ALTE to the police');
	await page.selectOption('#owner_agency_id', String(agency));
	await date(page, 'set_date', '2', '12', '2026');
	await date(page, 'due_date', '26', '2', '2027');
	await page.locator('input[name="status"][value="open"]').check();
	await j.follow(page.getByRole('button', { name: 'Add the action' }), 'review-action',
	    { path: review });
	expect((await j.text()).includes('Refer every ALTE to the police'), 'the plan has it');
	await j.logout();
}

// A school's Section 175 self-assessment (issue 11, point 8): the manager asks the school
// lead's school for it (the empty form's errors first) and sets an action; the school's
// safeguarding lead finds it by the menu, opens it and returns it graded.
export async function selfAssessment(j, area) {
	const page = j.page;
	const manager = area.logins.find((l) => l.user?.role === 'manager');
	const lead = area.logins.find((l) => l.user?.role === 'school_lead');
	const school = lead?.professional?.agency_id;
	expect(school, 'the demo has a school lead with a school');
	await j.login(manager);
	await j.goto('/self-assessments', 'self-assessments');
	await j.follow(page.getByRole('link', { name: 'Ask for a self-assessment' }), 'sa-new');
	await j.follow(page.getByRole('button', { name: 'Save' }), 'sa-errors', { status: 422 });
	expect((await page.locator('.govuk-error-summary').innerText()).includes('Self-assessment'),
	    'the error summary names the kind');
	await page.selectOption('#agency_id', String(school));
	await page.locator('input[name="kind"][value="section_175"]').check();
	await date(page, 'period_from', '1', '9', '2025');
	await date(page, 'period_to', '31', '8', '2026');
	await date(page, 'requested_date', '2', '11', '2026');
	await j.follow(page.getByRole('button', { name: 'Save' }), 'sa-saved');
	const sa = new URL(page.url()).pathname;
	expect(/^\/self_assessments\/\d+$/.test(sa), 'the new self-assessment\'s page');
	await page.getByLabel('Action', { exact: true }).fill('Refresh the online safety training');
	await page.selectOption('#owner_agency_id', String(school));
	await date(page, 'set_date', '16', '11', '2026');
	await date(page, 'due_date', '26', '2', '2027');
	await page.locator('input[name="status"][value="open"]').check();
	await j.follow(page.getByRole('button', { name: 'Add the action' }), 'sa-action',
	    { path: sa });
	expect((await j.text()).includes('Refresh the online safety training'), 'the action');
	await j.logout();
	await j.login(lead, { path: '/worklist' });
	await j.follow(page.getByRole('link', { name: 'Self-assessments' }), 'school-sas',
	    { path: '/self-assessments' });
	await j.follow(page.locator(`a[href="${sa}"]`), 'school-sa', { path: sa });
	await j.follow(page.getByRole('link', { name: 'Return the self-assessment' }),
	    'school-return');
	await date(page, 'returned_date', '20', '11', '2026');
	for (let s = 1; s <= 8; s++)
		await page.locator(`input[name="standard_${s}"][value="${s === 7 ? 'partly_met' :
		    'met'}"]`).check();
	await page.locator('input[name="overall_grade"][value="met"]').check();
	await j.follow(page.getByRole('button', { name: 'Save' }), 'school-returned', { path: sa });
	expect((await j.text()).includes('Online safety, with filtering and monitoring'),
	    'the Section 175 standards are shown');
	await j.logout();
}
