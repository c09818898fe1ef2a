// journeys_staff.mjs: the journeys of the people who do not work on cases (issue 8,
// point 7, c and d), and the start page of every role: an analyst's pages, which name no
// child or parent; an administrator adding a user with a password, who then logs in and
// changes it; the administration of teams, agencies and the dated settings; and each
// role's own pages (a manager's team, a chair's conferences, a senior manager's
// overview, the LADO's and the school's work, the hospital's lookup).

import fs from 'node:fs';

import { TODAY } from './area.mjs';
import { expect } from './harness.mjs';

const byRole = (area, role) => area.logins.find((l) => l.user?.role === role);

// No name of a child or an adult of the store appears in the page (its main part: the
// header names the analyst, who may share a name with someone in the store).
async function noNames(j, area, where) {
	const text = await j.page.locator('main').innerHTML();
	const shown = area.names.filter((n) => text.includes(n));
	expect(shown.length === 0, `${j.name}/${where}: the analyst's page names ` +
	    `${shown.slice(0, 5).join(', ')}`);
}

// (c) The analyst's pages: overview, a team, an agency, the worklist API. No names.
export async function analyst(j, area) {
	const page = j.page;
	await j.login(byRole(area, 'analyst'), { path: '/overview' });
	await noNames(j, area, 'overview');
	await j.follow(page.locator('a[href^="/teams/"]').first(), 'team');
	await noNames(j, area, 'team');
	await j.back('overview-again', { path: '/overview' });
	await j.follow(page.locator('a[href^="/agencies/"]').first(), 'agency');
	await noNames(j, area, 'agency');
	await j.goto('/api/v1/worklist', 'worklist-api', { path: '/api/v1/worklist' });
	const body = await j.page.locator('body').innerText();
	expect(typeof JSON.parse(body) === 'object', 'the worklist API answers JSON');
	const shown = area.names.filter((n) => body.includes(n));
	expect(!shown.length, `the worklist API names ${shown.slice(0, 5).join(', ')}`);
	await j.goto('/', 'start-page', { path: '/overview' });
	await j.follow(page.getByRole('link', { name: 'Your account' }), 'account',
	    { path: '/account' });
	await j.logout();
}

// A team manager prepares Ofsted's Annex A lists for an inspection: from the overview, a
// date that is not one refused with its error, then the lists asked for, "being prepared"
// until a refresh shows them ready, and one downloaded: the CSV with the guidance's header.
export async function annexA(j, area) {
	const page = j.page;
	await j.login(byRole(area, 'manager'));
	await j.goto('/overview', 'overview', { path: '/overview' });
	await j.follow(page.getByRole('link', { name: "Ofsted's Annex A lists" }), 'annex-a',
	    { path: '/annex-a' });
	await page.getByLabel('The date of the inspection').fill('2026-02-30');
	await j.follow(page.getByRole('button', { name: 'Prepare the lists' }), 'annex-a-error',
	    { path: '/annex-a' });
	expect(await page.locator('.govuk-error-summary').isVisible(), 'a date that is not one ' +
	    'says what to fix');
	await page.getByLabel('The date of the inspection').fill(TODAY);
	await j.follow(page.getByRole('button', { name: 'Prepare the lists' }), 'annex-a-asked',
	    { path: '/annex-a' });
	const list7 = page.getByRole('link', { name: /^List 7: Child protection/ });
	for (let i = 0; i < 120 && !(await list7.count()); i++) {
		await page.waitForTimeout(250);
		j.doc = null;
		await page.reload();
	}
	await j.look('annex-a-ready', { path: '/annex-a' });
	expect(await list7.count() === 1, 'the lists are ready after a refresh');
	const [download] = await Promise.all([page.waitForEvent('download'), list7.click()]);
	j.run.noteRequest('GET', new URL(download.url()).pathname);
	const text = fs.readFileSync(await download.path(), 'utf8');
	expect(text.startsWith('Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child ' +
	    '(Years),Does the Child have a Disability,Child Protection Plan Start Date'),
	    'list 7 downloads with the guidance\'s header');
	expect(download.suggestedFilename().endsWith('list7_child_protection.csv'),
	    `the download is named ${download.suggestedFilename()}`);
	await j.logout();
}

const NEW_USER = { username: 'browser.tester', password: 'Tangerine lantern orbit 58' };
const NEW_PASSWORD = 'Quiet harbour pencil 903';

async function addUser(j, area) {
	const page = j.page;
	await j.follow(page.getByRole('link', { name: 'Users' }), 'users', { path: '/admin/users' });
	await j.follow(page.getByRole('link', { name: area.sw.username, exact: true }), 'a-user',
	    { path: `/admin/users/${area.sw.user.id}` });
	await j.follow(page.getByRole('link', { name: 'Users' }).last(), 'users-again',
	    { path: '/admin/users' });
	await j.follow(page.getByRole('link', { name: 'Add a user' }), 'new-user',
	    { path: '/admin/users/new' });
	await j.follow(page.getByRole('button', { name: 'Add the user' }), 'new-user-errors',
	    { path: '/admin/users' });
	expect(await page.locator('.govuk-error-summary').isVisible(), 'an empty form says what ' +
	    'to fix');
	await j.focusWalk('new-user-errors-by-keyboard');
	await page.getByLabel('Username').fill(NEW_USER.username);
	await page.getByLabel('Role').selectOption('social_worker');
	await page.getByLabel('The person (their professional record)')
	    .selectOption(String(area.sw.professional.id));
	await page.getByLabel('Password').fill(NEW_USER.password);
	const url = await j.follow(page.getByRole('button', { name: 'Add the user' }), 'user-added');
	expect(/^\/admin\/users\/\d+$/.test(url.pathname) && url.search === '?saved=1',
	    `adding the user lands on its page, not ${url.pathname}${url.search}`);
	await j.follow(page.getByRole('button', { name: 'Save' }), 'user-saved');
}

async function teamsAndAgencies(j) {
	const page = j.page;
	await j.follow(page.getByRole('link', { name: 'Administration' }), 'admin-again',
	    { path: '/admin' });
	await j.follow(page.getByRole('link', { name: 'Teams' }), 'teams', { path: '/admin/teams' });
	await j.follow(page.getByRole('link', { name: /^Change/ }).first(), 'team-to-change',
	    { path: '/admin/teams' });
	await j.follow(page.getByRole('button', { name: 'Save' }), 'team-saved',
	    { path: '/admin/teams' });
	await j.goto('/admin/agencies', 'agencies', { path: '/admin/agencies' });
	await page.getByLabel('Name').fill('Browser Test Advocacy Service');
	await page.getByLabel('Kind').selectOption({ index: 1 });
	await j.follow(page.getByRole('button', { name: 'Save' }), 'agency-added',
	    { path: '/admin/agencies' });
	expect((await j.text()).includes('Browser Test Advocacy Service'), 'the new agency is listed');
}

async function settings(j) {
	const page = j.page;
	await j.goto('/admin/settings', 'settings', { path: '/admin/settings' });
	expect((await j.text()).includes('Values stored'), 'the settings show their history');
	await j.focusWalk('settings-by-keyboard');
	await page.getByLabel('Setting').selectOption('area.child_population');
	await page.getByLabel('Value', { exact: true }).fill('4100');
	await page.getByLabel('Applies from').fill('2026-01-01');
	await j.follow(page.getByRole('button', { name: 'Save the value' }), 'setting-in-the-past',
	    { path: '/admin/settings' });
	expect(await page.locator('.govuk-error-summary').isVisible(), 'a date in the past is ' +
	    'refused without the box ticked');
	await page.getByLabel('Applies from').fill('2027-04-01');
	await j.follow(page.getByRole('button', { name: 'Save the value' }), 'setting-saved',
	    { path: '/admin/settings' });
	expect((await j.text()).includes('4100 from Thu 1 Apr 2027'), 'the new value is in the ' +
	    'dated history');
}

// (d) An administrator adds a user with a password; the new user logs in.
export async function administrator(j, area) {
	const page = j.page;
	await j.login(byRole(area, 'administrator'), { path: '/admin' });
	await addUser(j, area);
	await teamsAndAgencies(j);
	await settings(j);
	await j.logout();
	await j.login(NEW_USER, { here: true, step: 'new-user-logged-in', path: '/worklist' });
	await j.follow(page.getByRole('link', { name: 'Your account' }), 'account',
	    { path: '/account' });
	await page.getByLabel('Your current password').fill(NEW_USER.password);
	await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
	await page.getByLabel('New password again').fill('something else entirely');
	await j.follow(page.getByRole('button', { name: 'Change password' }), 'password-mismatch',
	    { path: '/account/password' });
	await page.getByLabel('Your current password').fill(NEW_USER.password);
	await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
	await page.getByLabel('New password again').fill(NEW_PASSWORD);
	await j.follow(page.getByRole('button', { name: 'Change password' }), 'password-changed',
	    { path: '/account' });
	await j.logout();
	await j.login({ ...NEW_USER, password: NEW_PASSWORD }, { here: true, step: 'new-password',
	    path: '/worklist' });
}

// The LADO's cases: the list with what is due, a case with a meeting sent empty, the
// case changed (sent back as it was), and a new case sent empty.
async function lado(j) {
	const page = j.page;
	await j.follow(page.getByRole('link', { name: 'LADO cases', exact: true }), 'lado-cases',
	    { path: '/lado' });
	expect((await j.text()).includes('Every case, newest first'), 'the LADO lists the cases');
	await j.follow(page.locator('a[href^="/lado_cases/"]').first(), 'lado-case');
	await j.follow(page.getByRole('button', { name: 'Save the meeting' }), 'lado-meeting-errors',
	    { status: 422 });
	expect((await j.text()).includes('There is a problem'), 'an empty meeting has its errors');
	await j.follow(page.getByRole('link', { name: 'Change the case' }), 'lado-edit');
	await j.follow(page.getByRole('button', { name: 'Save', exact: true }), 'lado-saved');
	expect((await j.text()).includes('Saved'), 'the case sent back as it was is saved');
	await j.goto('/lado/new', 'lado-new', { path: '/lado/new' });
	await j.follow(page.getByRole('button', { name: 'Save', exact: true }), 'lado-new-errors',
	    { path: '/lado', status: 422 });
	expect((await j.text()).includes('There is a problem'), 'an empty case has its errors');
}

// The child death review's deaths (issue 11, point 6): the list with what is due, a death,
// its notification sent back as it was, and a new notification sent empty.
async function deaths(j) {
	const page = j.page;
	await j.follow(page.getByRole('link', { name: 'Child deaths', exact: true }), 'deaths',
	    { path: '/deaths' });
	expect((await j.text()).includes('Every death, newest first'), 'the deaths are listed');
	await j.follow(page.locator('a[href^="/child_deaths/"]').first(), 'death');
	expect((await j.text()).includes('The child at death'), 'a death shows the child at death');
	await j.follow(page.getByRole('link', { name: 'Change the notification' }), 'death-edit');
	await j.follow(page.getByRole('button', { name: 'Save', exact: true }), 'death-saved');
	expect((await j.text()).includes('Saved'), 'the notification sent back as it was is saved');
	await j.follow(page.locator('a[href$="/review"]').first(), 'death-review');
	await j.follow(page.getByRole('button', { name: 'Save', exact: true }), 'death-reviewed');
	expect((await j.text()).includes('Saved'), 'the review sent back as it was is saved');
	await j.goto('/deaths/new', 'death-new', { path: '/deaths/new' });
	await j.follow(page.getByRole('button', { name: 'Save', exact: true }), 'death-new-errors',
	    { path: '/deaths', status: 422 });
	expect((await j.text()).includes('There is a problem'), 'an empty notification has its errors');
}

// Every other role's start page, and the pages of a team and an agency with names.
export async function roles(j, area) {
	const page = j.page;
	const manager = byRole(area, 'manager');
	await j.login(manager, { path: '/worklist' });
	const work = await j.text();
	expect(work.includes('Restricted records opened in the last 30 days') &&
	    work.includes('Duty social worker: a new referral came in this morning'),
	    'a manager sees who opened a restricted record, and why');
	await j.goto(`/teams/${manager.professional.team_id}`, 'team',
	    { path: `/teams/${manager.professional.team_id}` });
	await j.goto(`/agencies/${area.partners[0].professional.agency_id}`, 'agency');
	await j.logout();
	for (const [role, home, step] of [['senior_manager', '/worklist', 'senior'],
	    ['lado', '/worklist', 'lado'], ['cdop', '/worklist', 'cdop'],
	    ['school_lead', '/worklist', 'school-lead'],
	    ['health_lookup', '/lookup', 'hospital']]) {
		await j.login(byRole(area, role), { step, path: home });
		if (role === 'senior_manager')
			await j.follow(page.getByRole('link', { name: 'Overview' }), 'senior-overview',
			    { path: '/overview' });
		if (role === 'lado')	/* the LADO's cases (issue 11, point 2) */
			await lado(j);
		if (role === 'cdop')	/* child deaths (issue 11, point 6) */
			await deaths(j);
		await j.logout();
	}
}
