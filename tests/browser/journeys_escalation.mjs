// journeys_escalation.mjs: escalations (issue 11 point 1), as a partner who disagrees and
// the managers who answer meet them. Every page goes through the harness's look: axe-core,
// the page's structure, a screenshot.
//
//   (k) A partner practitioner raises an escalation from the record of a child their
//       agency works with: sent empty first (each missing field named, linked to it),
//       then about the local authority's children's services, category delay. It opens
//       at stage 1 with its answer due.
//   (l) The team manager finds it among the open escalations, answers stage 1, takes it
//       to stage 2, and records how it was resolved.

import { expect } from './harness.mjs';
import { TODAY } from './area.mjs';

let raisedId = null;

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

// (k) The partner raises it.
export async function raised(j, area) {
	const page = j.page;
	const p = area.partners.find((x) => x.child);
	expect(p, 'the demo gives no partner a child');
	const child = p.child;
	await j.login(p, { path: '/worklist' });
	await j.goto(`/children/${child.id}`, 'record', { path: `/children/${child.id}` });
	await j.follow(page.getByRole('link', { name: 'Raise an escalation' }), 'raise-form',
	    { path: `/children/${child.id}/new/escalations` });
	const raise = page.getByRole('button', { name: 'Raise the escalation' });
	await j.follow(raise, 'raise-empty', { path: `/children/${child.id}/escalations` });
	expect(await page.locator('.govuk-error-summary a[href="#concern"]').count() === 1,
	    'the missing concern is named and linked');
	const agency = page.getByLabel('The agency it is about');
	const la = (await agency.locator('option').allInnerTexts())
	    .find((t) => t.includes("Children's Services"));
	expect(la, 'the agencies to choose from hold the local authority\'s children\'s services');
	await agency.selectOption({ label: la });
	await page.getByLabel('Delay', { exact: true }).check();
	await page.getByLabel('The concern').fill('The core group has not met for eight weeks');
	const url = await j.follow(raise, 'raised');
	const m = /^\/escalations\/([0-9]+)$/.exec(url.pathname);
	expect(m, `raising it leads to the escalation's page, not ${url.pathname}`);
	raisedId = m[1];
	expect((await j.h1()).includes('Escalation, stage 1'), 'it opens at stage 1');
	expect((await j.text()).includes('Answer due'), 'its answer is due');
	await j.logout();
}

// (l) The manager answers, takes it higher, resolves it.
export async function answered(j, area) {
	const page = j.page;
	await j.login(byRole(area, 'manager'), { path: '/worklist' });
	await j.goto('/escalations', 'open-escalations', { path: '/escalations' });
	const link = raisedId ? page.locator(`a[href="/escalations/${raisedId}"]`) :
	    page.locator('a[href^="/escalations/"]');
	expect(await link.count() > 0, 'the open escalations list it');
	const at = await j.follow(link.first(), 'escalation');
	const id = at.pathname.split('/').pop();
	await j.follow(page.getByRole('link', { name: /^Answer/ }).first(), 'answer-form');
	await fillDate(page, TODAY);
	await page.getByLabel('The answer').fill('Core group booked for next week');
	await j.follow(page.getByRole('button', { name: 'Save' }), 'answered');
	await j.goto(`/escalations/${id}`, 'escalation-answered', { path: `/escalations/${id}` });
	const higher = page.getByRole('button', { name: /^Take it to stage/ });
	if (await higher.count()) {
		const before = await j.h1();
		await j.follow(higher, 'taken-higher', { path: `/escalations/${id}` });
		expect((await j.h1()) !== before, 'taken to the next stage');
	}
	await j.follow(page.getByRole('link', { name: 'Record how it was resolved' }),
	    'resolve-form', { path: `/escalations/${id}/resolve` });
	await fillDate(page, TODAY);
	await page.getByLabel(/action agreed/i).check();
	await j.follow(page.getByRole('button', { name: 'Save' }), 'resolved');
	await j.goto(`/escalations/${id}`, 'escalation-resolved', { path: `/escalations/${id}` });
	expect((await j.text()).includes('Resolved'), 'the escalation is resolved');
	await j.logout();
}
