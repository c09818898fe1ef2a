// journeys_forms.mjs: a social worker keeps a child's record on the web (issue 9, points 1
// and 3): a new child, warned of one already recorded; then every kind of record of the
// pathway added from the child's page, each form first sent empty (its errors checked by
// axe-core as well as the form), each record then changed; a parent not yet recorded
// added with her relationship to the child, then chosen by name on the relationship
// form; a record changed by someone else while the form was open, the panel showing
// each field as opened and as saved since; an episode closed and a plan ended.

import { expect } from './harness.mjs';
import { TODAY } from './area.mjs';
import { lookupChildren } from './journeys_lookup.mjs';

export async function date(page, legend, [d, m, y]) {
	const g = page.getByRole('group', { name: legend, exact: true });
	await g.getByLabel('Day').fill(String(d));
	await g.getByLabel('Month').fill(String(m));
	await g.getByLabel('Year').fill(String(y));
}

export const pick = (page, label) => page.getByLabel(label, { exact: true })
    .selectOption({ index: 1 });
export const radio = (page, legend, label) => page.getByRole('group', { name: legend,
    exact: true }).getByLabel(label, { exact: true }).check();

// Each form of a record of the child: the link that opens it, what a right one says, and
// the link that changes the record afterwards.
const FORMS = [
	{ table: 'referrals', add: 'Add a referral', change: 'Change the referral',
	  fill: async (p) => {
		await date(p, 'Date received', [30, 11, 2026]);
		await p.getByLabel('Source', { exact: true }).selectOption('1A');
		await radio(p, 'No further action', 'No');
	} },
	{ table: 'contacts', add: 'Add a contact', change: 'Change the contact',
	  fill: async (p) => {
		await date(p, 'Date received', [30, 11, 2026]);
		await p.getByLabel('Source', { exact: true }).selectOption('1A');
		await p.getByLabel('Referred to children\'s social care').check();
	} },
	/* a parent not yet recorded, added with her relationship to the child (no form of its
	 * own changes an adult); then the relationship form offers her by name */
	{ table: 'adults', add: 'Add an adult (a parent or carer not yet recorded)', change: null,
	  fill: async (p) => {
		await p.getByLabel('Given name').fill('Brenda');
		await p.getByLabel('Family name').fill('Formparent');
		await date(p, 'Date of birth', [3, 3, 1985]);
		await radio(p, 'Sex', 'Female');
		await radio(p, 'Lives in the child\'s household', 'Yes');
		await p.getByLabel('Relationship to the child').selectOption('mother');
		await radio(p, 'Has parental responsibility', 'Yes');
	} },
	{ table: 'relationships', add: 'Add a relationship', change: 'Change the relationship',
	  fill: async (p) => {
		await p.getByLabel('Relationship to the child').selectOption('carer');
		const adult = p.getByLabel('The adult', { exact: true });
		const v = await adult.locator('option', { hasText: 'Brenda Formparent' })
		    .getAttribute('value');
		expect(v, 'the relationship form offers the adult just added, by name');
		await adult.selectOption(v);
	} },
	{ table: 'assessments', add: 'Add an assessment', change: 'Change the assessment',
	  fill: async (p) => {
		await pick(p, 'The referral');
		await date(p, 'Date started', [1, 12, 2026]);
		await p.locator('input[name="factors"][value="1B"]').check();
		await p.locator('input[name="factors"][value="16A"]').check();
	} },
	{ table: 'strategy_discussions', add: 'Add a strategy discussion',
	  change: 'Change the strategy discussion',
	  fill: async (p) => {
		await pick(p, 'The referral');
		await date(p, 'Date held', [1, 12, 2026]);
		await p.getByLabel('Police').check();
		await p.getByLabel('Health').check();
		await p.getByLabel('Section 47 enquiry').check();
	} },
	{ table: 's47_enquiries', add: 'Add a section 47 enquiry',
	  change: 'Change the section 47 enquiry',
	  fill: async (p) => {
		await pick(p, 'The referral');
		await pick(p, 'The strategy discussion that started it');
		await date(p, 'Date started', [1, 12, 2026]);
		await radio(p, 'Initial conference not required', 'No');
	} },
	{ table: 'cin_plans', add: 'Add a child in need plan', change: 'Change the child in need plan',
	  fill: async (p) => {
		await pick(p, 'The referral');
		await date(p, 'Date started', [2, 12, 2026]);
	} },
	{ table: 'care_periods', add: 'Add a period in care', change: 'Change the period in care',
	  fill: async (p) => {
		await pick(p, 'The referral');
		await date(p, 'Date the period in care started', [2, 12, 2026]);
		await p.getByLabel('Legal status').selectOption('C1');
	} },
	{ table: 'missing_episodes', add: 'Add a missing episode',
	  change: 'Change the missing episode',
	  fill: async (p) => {
		await date(p, 'Date the child went missing', [1, 12, 2026]);
		await date(p, 'Date the child returned', [2, 12, 2026]);
	} },
];

export async function save(j, step, want) {
	return j.follow(j.page.getByRole('button', { name: 'Save' }), step, want);
}

// Back on the child's record after a save: the banner says what was saved, what is due,
// and what the census return would say.
export async function saved(j, words) {
	const banner = j.page.locator('.govuk-notification-banner--success');
	expect(await banner.isVisible(), `${j.name}: no banner after saving (${words})`);
	const text = await banner.innerText();
	expect(text.includes(words), `${j.name}: the banner says "${text}", not "${words}"`);
	expect(/due for the child/.test(text) && text.includes('census return would now say'),
	    `${j.name}: the banner lacks what is due and what the census would say`);
}

// A new child, warned first of the child it might be.
async function newChild(j, area) {
	const page = j.page;
	await j.goto('/children/new', 'new-child', { path: '/children/new' });
	await save(j, 'new-child-errors', { status: 422 });
	expect(await page.locator('.govuk-error-summary a[href="#sex"]').count() === 1,
	    'the error summary links to the field Sex');
	await page.getByLabel('Local child id').fill('BROWSER1');
	await page.getByLabel('Given name').fill('Ada');
	await page.getByLabel('Family name').fill('Formtest');
	await date(page, 'Date of birth', [5, 6, 2020]);
	await page.getByLabel('Female', { exact: true }).check();
	await page.getByLabel('Ethnicity').selectOption('WBRI');
	await save(j, 'new-child-saved');
	const id = Number(new URL(page.url()).pathname.split('/')[2]);
	await saved(j, 'Child\'s details saved');
	await j.goto('/children/new', 'new-child-again', { path: '/children/new' });
	await page.getByLabel('Local child id').fill('BROWSER2');
	await page.getByLabel('Given name').fill('ada');
	await page.getByLabel('Family name').fill('FORMTEST');
	await date(page, 'Date of birth', [5, 6, 2020]);
	await page.getByLabel('Female', { exact: true }).check();
	await page.getByLabel('Ethnicity').selectOption('WBRI');
	await save(j, 'new-child-like-one-recorded', { status: 409 });
	expect(await page.locator(`#matches a[href="/children/${id}"]`).count() === 1,
	    'the warning links to the child already recorded');
	await page.getByLabel('This is a different child: save a new record').check();
	await save(j, 'different-child-saved');
	await saved(j, 'Child\'s details saved');
	return id;
}

// The referral's form opened, then changed by someone else (the same person in another
// tab, sent by the page's own session) before it is saved.
async function conflict(j) {
	const page = j.page;
	await j.follow(page.getByRole('link', { name: 'Change the referral' }).first(), 'referral-edit');
	const form = page.locator('form[action$="/edit"]');
	const fields = {};
	for (const name of ['csrf', 'version', 'since'])
		fields[name] = await form.locator(`input[name="${name}"]`).inputValue();
	const r = await j.context.request.post(j.url(await form.getAttribute('action')), {
		form: { ...fields, 'received_date-day': '30', 'received_date-month': '11',
		    'received_date-year': '2026', source: '1B', nfa: 'false' },
		maxRedirects: 0 });
	expect(r.status() === 303, `the change made in the other tab answered ${r.status()}`);
	await page.getByLabel('Primary need').selectOption('N1');
	await save(j, 'referral-changed-meanwhile', { status: 409 });
	expect((await j.text()).includes('Someone else changed this record'), 'the form says ' +
	    'the record changed since it was opened');
	expect(await page.getByLabel('Primary need').inputValue() === 'N1', 'what was chosen ' +
	    'is kept');
	const table = await page.locator('#conflict-changes').innerText();
	expect(table.includes('Individual: family member, relative or carer') &&
	    table.includes('Individual: acquaintance'), 'the panel shows the source as it was ' +
	    `opened and as the other tab saved it, by its label: "${table}"`);
	await save(j, 'referral-saved-over');
	await saved(j, 'Referral saved');
}

// A plan of a child no other journey reads, ended with a date before it began, then right.
async function endPlan(j, area) {
	const page = j.page, x = area.export;
	/* not the children the hospital's lookup asks after: their plan must stay open */
	const looked = lookupChildren(area);
	const used = new Set([area.swChild.id, area.restricted.id, looked.plan.id, looked.care.id,
	    ...area.partners.map((p) => p.child?.id)]);
	const restricted = new Set((x.restrictions || []).map((r) => r.child_id));
	const plan = x.cp_plans.find((p) => (!p.end_date || p.end_date > TODAY) &&
	    !used.has(p.child_id) && !restricted.has(p.child_id));
	expect(plan, 'an open plan to end');
	await j.goto(`/cp_plans/${plan.id}/end`, 'plan-end');
	await date(page, 'Date the plan ended', [1, 1, 1971]);
	await radio(page, 'Reason', 'Universal services');
	await save(j, 'plan-end-errors', { status: 422 });
	expect(await page.locator('.govuk-error-summary a[href="#end_date-day"]').count() === 1,
	    'the error is linked to the day box of the end date');
	await date(page, 'Date the plan ended', [2, 12, 2026]);
	await save(j, 'plan-ended', { path: `/children/${plan.child_id}` });
	await saved(j, 'Child protection plan ended');
}

// The three journeys share the child the first one makes (area.formsChild); each is
// short enough to finish within a journey's time on a loaded machine.
export async function child(j, area) {
	const page = j.page;
	await j.login(area.sw, { path: '/worklist' });
	const id = area.formsChild = await newChild(j, area);
	await j.goto(`/children/${id}`, 'the-new-child', { path: `/children/${id}` });
	await j.follow(page.getByRole('link', { name: 'Change the child\'s details' }), 'child-edit',
	    { path: `/children/${id}/edit` });
	await page.getByLabel('Hearing').check();
	await save(j, 'child-edit-saved', { path: `/children/${id}` });
	await j.follow(page.getByRole('link', { name: 'Add a household' }), 'household-new',
	    { path: `/children/${id}/household` });
	await page.getByLabel('Address').fill('1 Form Street, Demo Borough');
	await page.getByLabel('Postcode').fill('DM1 9ZZ');
	await save(j, 'household-saved', { path: `/children/${id}` });
	await saved(j, 'Household saved');
	await j.follow(page.getByRole('link', { name: 'Change the household\'s address' }),
	    'household-edit', { path: `/children/${id}/household` });
	await save(j, 'household-edit-saved', { path: `/children/${id}` });
	await j.logout();
}

export async function add(j, area) {
	const page = j.page, id = area.formsChild;
	expect(id, 'the journey of a new child made one');
	await j.login(area.sw, { path: '/worklist' });
	await j.goto(`/children/${id}`, 'the-child', { path: `/children/${id}` });
	for (const f of FORMS) {
		await j.follow(page.getByRole('link', { name: f.add }), `${f.table}-new`,
		    { path: `/children/${id}/new/${f.table}` });
		await save(j, `${f.table}-errors`, { status: 422 });
		expect(await page.locator('.govuk-error-summary a').count() > 0, `${f.table}: the ` +
		    'empty form has an error summary');
		await f.fill(page, area);
		await save(j, `${f.table}-saved`, { path: `/children/${id}` });
		await saved(j, 'saved');
	}
	await j.logout();
}

export async function change(j, area) {
	const page = j.page, id = area.formsChild;
	expect(id, 'the journey of a new child made one');
	await j.login(area.sw, { path: '/worklist' });
	await j.goto(`/children/${id}`, 'the-child', { path: `/children/${id}` });
	for (const f of FORMS.filter((x) => x.change)) {
		await j.follow(page.getByRole('link', { name: f.change }).first(), `${f.table}-edit`);
		await save(j, `${f.table}-edit-saved`, { path: `/children/${id}` });
	}
	await conflict(j);
	await j.follow(page.getByRole('link', { name: 'Close the episode' }).first(), 'close');
	await date(page, 'Date the episode closed', [2, 12, 2026]);
	await page.getByLabel('Reason for closing').selectOption('RC8');
	await save(j, 'closed', { path: `/children/${id}` });
	await saved(j, 'Episode closed');
	await endPlan(j, area);
	await j.logout();
}
