// journeys_placed.mjs: children placed in the area by other local authorities (issue 11
// point 9), as a social worker meets them. Every page goes through the harness's look:
// axe-core, the page's structure, a screenshot.
//
//   (k) The social worker follows the worklist's link to the area's list of children placed
//       here, opens a placed child's record at its placements, then, for a child whose
//       placement here has ended and who is placed here again, adds the new placement:
//       sent empty first (each missing field named, linked to it), then in full, made in
//       an emergency and not yet notified. The record shows it, with the notice's clock;
//       the worker then records the notice, received today, on the placement's form.

import { expect } from './harness.mjs';
import { TODAY } from './area.mjs';

async function fillDate(page, legend, when) {
	const [y, m, d] = when.split('-');
	const group = page.getByRole('group', { name: legend, exact: true });
	await group.getByLabel('Day', { exact: true }).fill(String(Number(d)));
	await group.getByLabel('Month', { exact: true }).fill(String(Number(m)));
	await group.getByLabel('Year', { exact: true }).fill(y);
}

export async function placed(j, area) {
	const page = j.page;
	const rows = area.export.placements_in_area || [];
	expect(rows.length > 0, 'the demo has children placed in the area');
	const open = new Set(rows.filter((p) => !p.end_date).map((p) => p.child_id));
	const ended = rows.find((p) => p.end_date && !open.has(p.child_id));
	expect(ended, 'the demo has a child whose placement here ended');
	await j.login(area.sw, { path: '/worklist' });
	await j.follow(page.getByRole('link', { name: 'Children placed in the area by other ' +
	    'authorities' }), 'placed-list', { path: '/placements' });
	expect((await j.text()).includes('who live in the area today'), 'the list counts them');
	await j.follow(page.locator('a[href$="#placed"]').first(), 'placed-record');
	expect((await j.text()).includes('Placed in the area by another authority'),
	    'the record shows the placement');
	const id = ended.child_id;
	await j.goto(`/children/${id}`, 'placed-ended', { path: `/children/${id}` });
	await j.follow(page.getByRole('link', { name: 'Add a placement by another authority' }),
	    'placed-form', { path: `/children/${id}/new/placements_in_area` });
	const save = page.getByRole('button', { name: 'Save' });
	await j.follow(save, 'placed-empty', { path: `/children/${id}/placements_in_area`,
	    status: 422 });
	expect(await page.locator('.govuk-error-summary a[href="#placing_authority"]').count() ===
	    1, 'the missing placing authority is named and linked');
	await page.getByLabel('Placing authority', { exact: true }).fill('Kingsford City Council');
	await page.getByLabel('Kind of placement').selectOption('childrens_home');
	await page.getByRole('group', { name: 'Was the placement made in an emergency?' })
	    .getByLabel('Yes', { exact: true }).check();
	await fillDate(page, 'Date the placement started', TODAY);
	await j.follow(save, 'placed-saved', { path: `/children/${id}` });
	const text = await j.text();
	expect(text.includes('Kingsford City Council'), 'the record shows the new placement');
	expect(text.includes('emergency placement, within 5 working days'),
	    'with the notice\'s clock');
	const row = page.locator('tr[id^="placements_in_area-"]', { hasText: 'Kingsford' });
	await j.follow(row.getByRole('link', { name: /^Change/ }), 'placed-change');
	await fillDate(page, 'Date the placing authority told the area', TODAY);
	await j.follow(save, 'placed-notified', { path: `/children/${id}` });
	expect(await page.locator('tr[id^="placements_in_area-"]', { hasText: 'Kingsford' })
	    .filter({ hasText: 'Not received' }).count() === 0, 'the notice is recorded');
	await j.logout();
}
