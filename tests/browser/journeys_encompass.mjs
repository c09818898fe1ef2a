// journeys_encompass.mjs: Operation Encompass (issue 11 point 7), as the police and a
// school meet it. Every page goes through the harness's look: axe-core, the page's
// structure, a screenshot.
//
//   (k) The police officer follows the menu to their force's notifications and sends the
//       one of last night still to send; the school's safeguarding lead finds last night's
//       notification for their pupil on their worklist, follows it to their page and marks
//       it read, which takes it off the worklist. Without JavaScript the lead's page works
//       the same.

import { expect } from './harness.mjs';

function byRole(area, role, kind) {
	const l = area.logins.find((x) => x.user?.role === role &&
	    (!kind || x.professional?.role === kind));
	expect(l, `the demo printed no login for the role ${role} ${kind || ''}`);
	return l;
}

export async function police(j, area) {
	const page = j.page;
	await j.login(byRole(area, 'partner', 'police_officer'), { path: '/worklist' });
	await j.follow(page.getByRole('link', { name: 'Operation Encompass' }), 'police-page',
	    { path: '/encompass' });
	expect((await j.text()).includes('Notify a school'), 'the police can notify a school');
	await j.follow(page.getByRole('button', { name: 'Record, send later' }), 'police-errors',
	    { path: '/encompass' });
	expect(await page.locator('.govuk-error-summary a[href="#child"]').count() === 1,
	    'the empty form\'s error summary links to the child\'s local id');
	const send = page.getByRole('button', { name: /^Send now/ });
	expect(await send.count() > 0, 'last night\'s notification is still to send');
	await j.follow(send.first(), 'police-sent', { path: '/encompass' });
	await j.logout();
}

export async function school(j, area) {
	const page = j.page;
	await j.login(byRole(area, 'school_lead'), { path: '/worklist' });
	const item = page.locator('a[href^="/encompass#encompass-"]');
	expect(await item.count() > 0, 'last night\'s notification is on the lead\'s worklist');
	await j.follow(item.first(), 'school-page', { path: '/encompass' });
	const read = page.getByRole('button', { name: /^Mark as read/ });
	expect(await read.count() > 0, 'the notification is to mark read');
	await j.follow(read.first(), 'school-read', { path: '/encompass' });
	await j.follow(page.getByRole('link', { name: 'My work' }), 'school-worklist-after',
	    { path: '/worklist' });
	expect(await item.count() === 0, 'a notification read is off the worklist');
	await j.logout();
}

export async function schoolNoJs(j, area) {
	await j.login(byRole(area, 'school_lead'), { path: '/worklist' });
	await j.follow(j.page.getByRole('link', { name: 'Operation Encompass' }), 'school-page',
	    { path: '/encompass' });
	expect((await j.text()).includes('Not yet read'), 'the lead\'s page lists what is unread');
	await j.logout();
}
