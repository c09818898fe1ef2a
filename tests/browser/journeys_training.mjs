// journeys_training.mjs: the partnership's training (issue 11 point 5), as its training
// administrator (a senior manager) and a partner meet it. Every page goes through the
// harness's look: axe-core, the page's structure, a screenshot.
//
//   (k) The training administrator follows the menu to the courses, sends the new course's
//       form empty first (its title named and linked), adds a course and a session of it
//       with two places, books a place on it for an agency, and tries the register of a
//       session not yet held (refused, saying why); then marks a register still due, when
//       the worklist holds one.
//   (l) A partner books the session's last place for a colleague, sees the session full,
//       cancels the place, and finds it among their agency's bookings, cancelled.

import { expect } from './harness.mjs';

let sessionPath = null;

function byRole(area, role) {
	const l = area.logins.find((x) => x.user?.role === role);
	expect(l, `the demo printed no login for the role ${role}`);
	return l;
}

async function fillDate(page, when) {
	const [y, m, d] = when.split('-');
	await page.getByLabel('Day', { exact: true }).fill(String(Number(d)));
	await page.getByLabel('Month', { exact: true }).fill(String(Number(m)));
	await page.getByLabel('Year', { exact: true }).fill(y);
}

// A register the worklist says is due, marked: every place attended but the first.
async function markDue(j) {
	const page = j.page;
	await j.follow(page.getByRole('link', { name: 'My work' }), 'worklist', { path: '/worklist' });
	const due = page.locator('#training-registers ~ ul a').first();
	if (!(await due.count()))
		return;
	await j.follow(due, 'register-due');
	const radios = page.locator('input[type="radio"][value="attended"]');
	const n = await radios.count();
	for (let i = 0; i < n; i++)
		await radios.nth(i).check();
	if (n)
		await page.locator('input[type="radio"][value="did_not_attend"]').first().check();
	await j.follow(page.getByRole('button', { name: 'Save the register' }), 'register-saved');
	expect(!(await j.text()).includes('There is a problem'), 'the register is saved');
}

export async function administrator(j, area) {
	const page = j.page;
	await j.login(byRole(area, 'senior_manager'), { path: '/worklist' });
	await j.follow(page.getByRole('link', { name: 'Training' }), 'courses', { path: '/training' });
	await j.follow(page.getByRole('button', { name: 'Add the course' }), 'course-empty',
	    { path: '/training/courses' });
	expect(await page.locator('.govuk-error-summary a[href="#title"]').count() === 1,
	    'the empty course\'s error summary links to its title');
	await page.getByLabel('Course title').fill('Browser journey: Working Together');
	await page.getByLabel('Basic awareness').check();
	await j.follow(page.getByRole('button', { name: 'Add the course' }), 'course-added',
	    { path: '/training' });
	await page.getByLabel('Course', { exact: true }).selectOption({ label: 'Browser journey: Working Together' });
	await fillDate(page, '2026-12-21');
	await page.getByLabel('Start time').fill('09:30');
	await page.getByLabel('Yes', { exact: true }).check();
	await page.getByLabel('Places', { exact: true }).fill('2');
	const at = await j.follow(page.getByRole('button', { name: 'Add the session' }),
	    'session-added');
	expect(/^\/training\/sessions\/[0-9]+$/.test(at.pathname), `adding a session leads to ` +
	    `its page, not ${at.pathname}`);
	sessionPath = at.pathname;
	expect((await j.text()).includes('Places left'), 'the session shows its places left');
	const agency = page.getByLabel('Agency', { exact: true });
	const la = (await agency.locator('option').allInnerTexts())
	    .find((t) => t.includes("Children's Services"));
	await agency.selectOption({ label: la });
	await page.getByLabel('First name').fill('Rowan');
	await page.getByLabel('Last name').fill('Trainee');
	await j.follow(page.getByRole('button', { name: 'Book the place' }), 'booked',
	    { path: sessionPath });
	expect((await j.text()).includes('Rowan Trainee'), 'the place is booked');
	await j.follow(page.getByRole('button', { name: 'Save the register' }), 'register-early',
	    { path: `${sessionPath}/register` });
	expect((await j.text()).includes('has not been held yet'), 'a register before the session ' +
	    'is refused, saying why');
	await markDue(j);
	await j.logout();
}

export async function partner(j, area) {
	const page = j.page;
	const p = area.partners[0];
	expect(p && sessionPath, 'a partner and the administrator\'s session');
	await j.login(p, { path: '/worklist' });
	await j.goto(sessionPath, 'session', { path: sessionPath });
	expect(!(await j.text()).includes('Rowan Trainee'), 'a partner sees no other agency\'s people');
	await page.getByLabel('First name').fill('Jo');
	await page.getByLabel('Last name').fill('Colleague');
	await j.follow(page.getByRole('button', { name: 'Book the place' }), 'booked',
	    { path: sessionPath });
	expect((await j.text()).includes('Jo Colleague'), 'the partner\'s place is booked');
	await j.follow(page.getByRole('button', { name: /^Cancel/ }).first(), 'cancelled',
	    { path: sessionPath });
	await j.follow(page.getByRole('link', { name: 'Training' }), 'courses', { path: '/training' });
	await j.follow(page.getByRole('link', { name: 'Your agency\'s bookings' }), 'bookings',
	    { path: '/training/bookings' });
	expect((await j.text()).includes('Jo Colleague'), 'the agency\'s bookings list the place');
	expect((await j.text()).includes('cancelled'), '... cancelled');
	await j.logout();
}
