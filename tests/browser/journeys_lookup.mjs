// journeys_lookup.mjs: the health lookup (issue 9 point 6), as the hospital and the
// local authority meet it. Every page goes through the harness's look: axe-core, the
// page's structure, a screenshot.
//
//   (h) A hospital's professional starts at the lookup, sends it empty and with a number
//       whose check digit is wrong (each error named, linked to its field), then looks
//       up a child on a plan (told only that, and whom to call: no name), the same
//       number with another date of birth and a number no child has (not known both).
//       Without JavaScript the same form works, for a child looked after.
//   (i) The lookup of the child on a plan is on the area's worklist (the senior
//       manager's); followed to the child's record, its section has the lookups, and
//       acknowledging each one takes it off the worklist.

import { expect } from './harness.mjs';
import { TODAY } from './area.mjs';

function byRole(area, role) {
	const l = area.logins.find((x) => x.user?.role === role);
	expect(l, `the demo printed no login for the role ${role}`);
	return l;
}

// A child on a plan and one looked after (not on a plan) today, neither of the records the
// other journeys use, each with an NHS number and a date of birth.
export function lookupChildren(area) {
	const x = area.export;
	const open = (p) => p.start_date <= TODAY && (!p.end_date || p.end_date > TODAY);
	const onPlan = new Set(x.cp_plans.filter(open).map((p) => p.child_id));
	const inCare = new Set(x.care_periods.filter(open).map((p) => p.child_id));
	const restricted = new Set((x.restrictions || []).map((r) => r.child_id));
	const usable = (c) => c.nhs_number && c.birth_date && !restricted.has(c.id) &&
	    c.id !== area.swChild.id && c.id !== area.restricted.id;
	const plan = x.children.find((c) => usable(c) && onPlan.has(c.id));
	const care = x.children.find((c) => usable(c) && inCare.has(c.id) && !onPlan.has(c.id));
	expect(plan && care, 'the demo has no child on a plan, or none looked after, to look up');
	return { plan, care };
}

const taken = (area) => new Set(area.export.children.map((c) => c.nhs_number));

// A valid NHS number (modulus 11) that no child of the area has, nor any of also.
export function freeNumber(area, also = []) {
	const have = new Set([...taken(area), ...also]);
	for (let i = 999999; i > 0; i--) {
		const n = `999${String(i).padStart(6, '0')}`;
		let s = 0;
		for (let k = 0; k < 9; k++) s += Number(n[k]) * (10 - k);
		const c = (11 - (s % 11)) % 11;
		if (c !== 10 && !have.has(n + c)) return n + c;
	}
	throw new Error('no free NHS number');
}

export async function ask(j, nhs, birth, step, want = {}) {
	const page = j.page;
	const [y, m, d] = birth ? birth.split('-') : ['', '', ''];
	await page.getByLabel('NHS number', { exact: true }).fill(nhs);
	await page.getByLabel('Day', { exact: true }).fill(birth ? String(Number(d)) : '');
	await page.getByLabel('Month', { exact: true }).fill(birth ? String(Number(m)) : '');
	await page.getByLabel('Year', { exact: true }).fill(y);
	return j.follow(page.getByRole('button', { name: 'Look up' }), step,
	    { path: '/lookup', ...want });
}

export async function answer(j) {
	return (await j.page.locator('#answer h2').innerText()).trim();
}

async function again(j) {
	await j.follow(j.page.getByRole('link', { name: 'Look up another child' }), 'again',
	    { path: '/lookup' });
}

// (h) The hospital.
export async function hospital(j, area) {
	const page = j.page;
	const { plan, care } = lookupChildren(area);
	await j.login(byRole(area, 'health_lookup'), { path: '/lookup' });
	expect((await j.h1()) === 'Look up a child', 'the hospital starts at the lookup');
	if (j.js) await j.focusWalk('lookup-form');
	await ask(j, '', null, 'empty');
	let text = await j.text();
	expect(text.includes("Enter the child's NHS number") &&
	    text.includes("Enter the child's date of birth"), 'an empty lookup names both fields');
	await page.locator('.govuk-error-summary a[href="#nhs_number"]').waitFor();
	const bad = plan.nhs_number.slice(0, 9) + String((Number(plan.nhs_number[9]) + 1) % 10);
	await ask(j, bad, plan.birth_date, 'bad-check-digit');
	expect((await j.text()).includes('is not a valid NHS number'), 'a wrong check digit is named');
	await ask(j, `${plan.nhs_number.slice(0, 3)} ${plan.nhs_number.slice(3, 6)} ` +
	    plan.nhs_number.slice(6), plan.birth_date, 'on-a-plan');
	expect((await answer(j)) === 'On a child protection plan', 'the child is on a plan');
	text = await j.text();
	for (const name of [plan.given_name, plan.family_name].filter(Boolean))
		expect(!text.includes(name), `the answer shows the child's name (${name})`);
	expect(/Call .+ and tell them/.test(text), 'the answer says whom to call');
	await again(j);
	await ask(j, plan.nhs_number, '2001-01-01', 'wrong-birth');
	expect((await answer(j)) === 'Not known', 'a number with the wrong date of birth is not known');
	await again(j);
	await ask(j, freeNumber(area), '2019-03-27', 'unknown-number');
	expect((await answer(j)) === 'Not known', 'a number no child has is not known');
	await again(j);
	await ask(j, care.nhs_number, care.birth_date, 'looked-after');
	expect((await answer(j)) === 'Looked after', 'the child in care is looked after');
	await j.logout();
}

// (h, without JavaScript) The same form, for the child looked after.
export async function hospitalNoJs(j, area) {
	const { care } = lookupChildren(area);
	await j.login(byRole(area, 'health_lookup'), { path: '/lookup' });
	await ask(j, care.nhs_number, care.birth_date, 'looked-after');
	expect((await answer(j)) === 'Looked after', 'without JavaScript: looked after');
	await j.logout();
}

// (i) The lookup on the worklist, acknowledged on the child's record.
export async function acknowledged(j, area) {
	const page = j.page;
	const { plan } = lookupChildren(area);
	const item = page.locator(`a[href^="/children/${plan.id}#health_lookups-"]`);
	await j.login(byRole(area, 'senior_manager'), { path: '/worklist' });
	expect(await item.count() > 0, 'the lookup of a child on a plan is on the worklist');
	const row = await page.locator('tr').filter({ has: item.first() }).first().innerText();
	expect(row.includes('health lookup of') && /\bdue\b/.test(row),
	    `the worklist says the lookup is due: ${row}`);
	await j.follow(item.first(), 'child-record', { path: `/children/${plan.id}` });
	expect((await j.text()).includes('Health lookups'), 'the record has its health lookups');
	const buttons = page.getByRole('button', { name: /^Acknowledge/ });
	for (let n = 0; await buttons.count() > 0; n++) {
		expect(n < 10, 'the lookups are still to acknowledge after ten presses');
		await j.follow(buttons.first(), `acknowledged-${n + 1}`, { path: `/children/${plan.id}` });
	}
	expect((await j.text()).includes('Acknowledged'), 'the record says the lookup is acknowledged');
	await j.follow(page.getByRole('link', { name: 'My work' }), 'worklist-after',
	    { path: '/worklist' });
	expect(await item.count() === 0, 'an acknowledged lookup is off the worklist');
	await j.logout();
}
