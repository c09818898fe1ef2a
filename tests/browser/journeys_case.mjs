// journeys_case.mjs: the journeys of the people who work on children's cases (issue 8,
// point 7, a, b, e and f): a social worker finding a child and reading the record; a
// restricted record opened with a reason; the error pages; each partner practitioner
// seeing their own children and refused the others; the back button after logging out;
// a session that ends while idle, and the login that returns to the page asked for.

import { expect } from './harness.mjs';

const spaced = (nhs) => `${nhs.slice(0, 3)} ${nhs.slice(3, 6)} ${nhs.slice(6)}`;
const fullName = (c) => `${c.given_name} ${c.family_name}`;

async function search(j, q, step) {
	const page = j.page;
	await page.getByLabel('Name, local child id, NHS number or date of birth').fill(q);
	return j.follow(page.getByRole('button', { name: 'Search' }), step, { path: '/search' });
}

// Nothing of the child in the page: name, local id, date of birth, and the NHS number
// unless it is what the person typed.
async function nothingOf(j, c, where, typed = false) {
	const text = await j.page.content();
	const nhs = typed ? [] : [c.nhs_number, spaced(c.nhs_number)];
	for (const v of [fullName(c), c.la_child_id, c.birth_date, ...nhs])
		expect(!v || !text.includes(v), `${j.name}/${where}: the page shows "${v}" of the ` +
		    `child ${c.id}`);
}

async function printed(j, step) {
	const page = j.page;
	await page.emulateMedia({ media: 'print' });
	expect(!(await page.locator('.govuk-service-navigation').isVisible()), `${j.name}/${step}: ` +
	    'the navigation is printed');
	expect(!(await page.locator('.govuk-footer').isVisible()), `${j.name}/${step}: the footer ` +
	    'is printed');
	await j.look(step, { axe: false });
	await page.emulateMedia({ media: 'screen' });
	await page.pdf({ path: `${j.run.shots}/${j.name}/${step}.pdf`, format: 'A4' });
}

// (a) A social worker finds a child by NHS number and reads the record.
export async function socialWorker(j, area) {
	const page = j.page, c = area.swChild;
	await j.login(area.sw, { path: '/worklist' });
	expect(await j.h1() === 'My work', 'a social worker lands on My work');
	if (j.js) await j.focusWalk('my-work-by-keyboard');
	await j.follow(page.getByRole('link', { name: 'Find a child' }), 'search', { path: '/search' });
	await search(j, spaced(c.nhs_number), 'found-by-nhs-number');
	if (j.js) await j.focusWalk('results-by-keyboard');
	await j.follow(page.getByRole('link', { name: fullName(c), exact: true }), 'record',
	    { path: `/children/${c.id}` });
	expect(await j.h1() === fullName(c), 'the record is headed with the child\'s name');
	const pathway = page.locator('#timeline');
	expect(await pathway.isVisible(), 'the record shows the pathway');
	expect(await page.locator('table.sg-clocks').count() > 0, 'the pathway has its tables of ' +
	    'timescales');
	expect(await page.locator('table.sg-clocks .govuk-tag').count() > 0, 'each timescale ' +
	    'has a state tag');
	expect(await page.getByText('On a child protection plan').first().isVisible(), 'the ' +
	    'record says the child is on a plan');
	if (j.js) {
		await j.focusWalk('record-by-keyboard');
		await printed(j, 'record-printed');
	}
	await j.follow(page.getByRole('link', { name: 'Who has viewed this record' }), 'views',
	    { path: `/children/${c.id}/views` });
	expect((await j.text()).includes(area.sw.username), 'the views page lists the social ' +
	    'worker\'s own view');
	await j.follow(page.getByRole('link', { name: 'Back to the record' }), 'record-again',
	    { path: `/children/${c.id}` });
	if (!j.js)
		return j.logout();
	await j.follow(page.locator('section[id^="conferences-"] h3 a').first(), 'conference');
	expect(/^\/conferences\/\d+$/.test(new URL(page.url()).pathname), 'a conference page');
	await j.follow(page.locator('a.govuk-back-link'), 'record-from-conference',
	    { path: `/children/${c.id}` });
	await j.follow(page.locator('a[href^="/professionals/"]').first(), 'professional');
	expect(/^\/professionals\/\d+$/.test(new URL(page.url()).pathname), 'a professional page');
	await j.logout();
}

// A team manager signs the decisions waiting in their worklist (issue 9, point 4), one of
// each kind: the decision's page, the signature, and the child's record saying who signed.
export async function manager(j, area) {
	const page = j.page;
	const m = area.logins.find((l) => l.user?.role === 'manager');
	await j.login(m, { path: '/worklist' });
	expect(await page.locator('h2#authorise').isVisible(), 'My work has the decisions ' +
	    'awaiting the manager\'s authorisation');
	for (const table of ['referrals', 'assessments', 's47_enquiries', 'cp_plans']) {
		const link = page.locator(`#authorise ~ ul a[href^="/authorise/${table}/"]`).first();
		expect(await link.count() > 0, `the manager has a decision of ${table} to sign`);
		const href = await link.getAttribute('href');
		await j.follow(link, `${table}-decision`, { path: href });
		expect((await j.text()).includes('Awaiting authorisation'), 'the decision awaits ' +
		    'authorisation');
		if (j.js && table === 'referrals') await j.focusWalk('decision-by-keyboard');
		await j.follow(page.getByRole('button', { name: 'Authorise this decision' }),
		    `${table}-signed`, { path: href });
		expect((await j.text()).includes('Authorised on'), 'the page says when it was signed');
		await j.follow(page.getByRole('link', { name: 'The child\'s record' }),
		    `${table}-record`);
		expect((await j.text()).includes('Authorised by'), 'the record says who signed');
		await j.follow(page.getByRole('link', { name: 'My work' }).first(), `${table}-back`,
		    { path: '/worklist' });
	}
	await j.logout();
}

// A record restricted to someone else: the reason page, a reason too short, then one.
export async function restricted(j, area) {
	const page = j.page, c = area.restricted;
	await j.login(area.sw, { path: '/worklist' });
	await j.goto(`/children/${c.id}`, 'restricted', { status: 403 });
	expect(await j.h1() === 'This record is restricted', 'the reason page');
	await nothingOf(j, c, 'restricted');
	await page.getByLabel('Why do you need to open this record?').fill('because');
	await j.follow(page.getByRole('button', { name: 'Open the record' }), 'reason-too-short',
	    { status: 400 });
	await j.goto(`/children/${c.id}`, 'restricted-again', { status: 403 });
	await page.getByLabel('Why do you need to open this record?')
	    .fill('Duty social worker: a new referral came in this morning');
	await j.follow(page.getByRole('button', { name: 'Open the record' }), 'opened-with-reason',
	    { path: `/children/${c.id}` });
	expect((await j.text()).includes('You opened it giving the reason: Duty social worker'),
	    'the record says it was opened with a reason');
}

// The error pages: an address that is no page, a record that is not there, a page of
// another role.
export async function errors(j, area) {
	const analyst = area.logins.find((l) => l.user?.role === 'analyst');
	await j.goto('/no-such-page', 'no-such-page', { status: 404 });
	expect(await j.h1() === 'Page not found', 'the 404 page');
	await j.login(area.sw, { path: '/worklist' });
	await j.goto('/children/999999', 'no-such-child', { status: 404 });
	await j.logout();
	await j.login(analyst, { path: '/overview' });
	await j.goto(`/children/${area.swChild.id}`, 'not-for-this-role', { status: 403 });
	expect(await j.h1() === 'You cannot open this page', 'the 403 page');
	await nothingOf(j, area.swChild, 'not-for-this-role');
	await j.focusWalk('403-by-keyboard');
	await j.goto('/admin', 'admin-not-for-analyst', { status: 403 });
}

// (b) A partner practitioner: their own children, and no other.
export async function partner(j, area, p) {
	const page = j.page;
	expect(p.child && p.other, `${p.username}: the demo gives the ${p.kind} a child`);
	await j.login(p, { path: '/worklist' });
	expect((await j.text()).includes(`Work of ${p.agency}`), 'the partner\'s work is their ' +
	    'agency\'s');
	if (p.kind === 'police_officer') await j.focusWalk('my-work-by-keyboard');
	await j.follow(page.getByRole('link', { name: 'Find a child' }), 'search', { path: '/search' });
	await search(j, p.child.nhs_number, 'their-child-found');
	await j.follow(page.getByRole('link', { name: fullName(p.child), exact: true }),
	    'their-child', { path: `/children/${p.child.id}` });
	const text = await j.text();
	expect(!text.includes('The pathway') && !text.includes('Household and relationships'),
	    'a partner sees neither the pathway nor the household');
	await j.back('their-child-found-again', { path: '/search' });
	await search(j, p.other.nhs_number, 'other-child-not-found');
	expect((await j.text()).includes('No child found'), 'a child the agency does not work ' +
	    'with is not found');
	await nothingOf(j, p.other, 'other-child-not-found', true);
	await j.goto(`/children/${p.other.id}`, 'other-child-refused', { status: 403 });
	expect(await j.h1() === 'You cannot open this page', 'the 403 page');
	await nothingOf(j, p.other, 'other-child-refused');
	await j.logout();
}

// (e) After logging out, the back button shows nothing of the record.
export async function backAfterLogout(j, area) {
	const c = area.swChild;
	await j.login(area.sw, { path: '/worklist' });
	await j.goto(`/children/${c.id}`, 'record', { path: `/children/${c.id}` });
	await j.logout();
	const url = await j.back('back-after-logout');
	expect(url.pathname === '/login', `the back button after logging out shows ${url.pathname}` +
	    ', not the login page');
	await nothingOf(j, c, 'back-after-logout');
}

// (f) A session idle too long ends; logging in again returns to the page asked for.
// Run against the server whose sessions last two seconds (SAFEGUARD_IDLE_SECONDS).
export async function idle(j, area) {
	const page = j.page;
	const chair = area.logins.find((l) => l.user?.role === 'chair');
	await j.login(chair, { path: '/worklist' });
	const link = page.locator('#conferences ~ table a[href^="/conferences/"]').first();
	expect(await link.count() === 1, 'the chair has a conference coming up');
	const target = await link.getAttribute('href');
	await page.waitForTimeout(3500);
	await j.follow(link, 'session-expired', { path: '/login' });
	expect((await j.text()).includes('Your session ended'), 'the login page says the ' +
	    'session ended');
	await j.login(chair, { here: true, step: 'back-where-you-were', path: target });
}
