// journeys_figures.mjs: the dashboard (issue 10 point 3). An analyst opens the figures,
// which name no child; a bad date in the filters comes back as an error naming the field
// (axe again on the page with errors); the filters put right show the figures again; and a
// number opens the children behind it, without names. A team manager follows a number to
// the same list, which names the children and links to their records.

import { expect } from './harness.mjs';

const byRole = (area, role) => area.logins.find((l) => l.user?.role === role);

async function noNames(j, area, where) {
	const text = await j.page.locator('main').innerHTML();
	const shown = area.names.filter((n) => text.includes(n));
	expect(shown.length === 0, `${j.name}/${where}: the analyst's page names ` +
	    `${shown.slice(0, 5).join(', ')}`);
}

// The first number of the dashboard that has children behind it.
const aNumber = (page) => page.locator('main a[href^="/figures/"][href*="/children?"]').first();

export async function analyst(j, area) {
	const page = j.page;
	await j.login(byRole(area, 'analyst'), { path: '/overview' });
	await j.follow(page.getByRole('link', { name: 'Figures' }), 'dashboard', { path: '/figures' });
	await noNames(j, area, 'dashboard');
	expect(await page.locator('main svg[role="img"]').count() > 0, 'the dashboard draws charts');
	expect(await page.locator('main table.govuk-table').count() >=
	    await page.locator('main svg[role="img"]').count(), 'every chart has its table');
	await page.getByLabel('From').fill('the first of April');
	await j.follow(page.getByRole('button', { name: 'Show the figures' }), 'filter-errors',
	    { path: '/figures', status: 422 });
	expect(await page.locator('.govuk-error-summary a[href="#from"]').isVisible(),
	    'a bad date is named in the error summary');
	expect(await page.locator('main .sg-figure').count() === 0, 'nothing computed for it');
	await page.getByLabel('From').fill('2025-04-01');
	await page.getByLabel('To').fill('2026-03-31');
	await j.follow(page.getByRole('button', { name: 'Show the figures' }), 'filtered',
	    { path: '/figures' });
	expect(/From .*1 Apr 2025 to .*31 Mar 2026/.test(await page.locator('main').innerText()),
	    'the dashboard says the period it counts');
	const [status, header] = await page.evaluate(async () => {
		const r = await fetch('/figures.csv?from=2025-04-01&to=2026-03-31');
		return [r.status, (await r.text()).split('\r\n')[0]];
	});
	expect(status === 200 && header.startsWith('figure,section,title'),
	    `the figures' CSV download answers ${status}: ${header}`);
	// A download is not a page the browser opens, so the runner's count of the pages
	// visited (navigations) is told of it here.
	j.run.noteRequest('GET', '/figures.csv');
	await j.follow(aNumber(page), 'children-behind');
	expect(/^\/figures\/[a-z0-9_]+\/children$/.test(new URL(page.url()).pathname),
	    'a number opens the children behind it');
	await noNames(j, area, 'children-behind');
	expect(await page.locator('main a[href^="/children/"]').count() === 0,
	    'the analyst\'s list links to no child\'s record');
	await j.logout();
}

export async function manager(j, area) {
	const page = j.page;
	await j.login(byRole(area, 'manager'), { path: '/worklist' });
	await j.goto('/figures', 'dashboard', { path: '/figures' });
	await j.follow(aNumber(page), 'children-behind');
	const rows = await page.locator('main tbody tr').count();
	const caption = await page.locator('main caption').first().innerText();
	expect(caption.startsWith(`${rows} child`), `the list's caption (${caption}) counts ` +
	    `its ${rows} rows`);
	expect(await page.locator('main a[href^="/children/"]').count() > 0,
	    'the manager\'s list links to the children\'s records');
	await j.logout();
}
