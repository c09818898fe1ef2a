// journeys_pathway.mjs: one child's way through the pathway in the browser, end to end
// (issue 9 point 9), on a child the journey records itself so that no other journey's
// records change. A social worker records the child, a referral, an assessment (first
// dated before the referral: refused, named, then right), a strategy discussion and a
// section 47 enquiry, in the weeks before today; the chair schedules the initial
// conference (today: see D) and invites the police, the health visitor, the school and
// the GP; the police officer reports from their invitations; the chair records the conference (a plan, its categories, the key worker,
// the core group) and circulates the plan; the child's record then shows the first core
// group due ten working days after the conference; a hospital's lookup of the child
// reaches the child's record. Every page goes through the harness's look (axe-core, the
// page's structure, a screenshot).

import { TODAY } from './area.mjs';
import { policeReport } from './journeys_conference.mjs';
import { date, pick, radio, save, saved } from './journeys_forms.mjs';
import { expect } from './harness.mjs';
import { answer, ask, freeNumber } from './journeys_lookup.mjs';

// The dates of the pathway, in the weeks before the demo's today (2026-12-02). An
// invitation is dated the day it is sent and cannot come after the conference, so the
// conference is held today; its first core group falls due ten working days later.
const D = {
	referral: [9, 11, 2026], assessment: [10, 11, 2026], strategy: [11, 11, 2026],
	enquiry: [12, 11, 2026], conference: TODAY,
	firstCoreGroup: ['16 Dec 2026', '16 December 2026', '2026-12-16'],	/* no bank holiday */
};
const BIRTH = '2021-03-14';

function login(area, role) {
	const l = area.logins.find((x) => x.user?.role === role);
	expect(l, `the demo printed no login for the role ${role}`);
	return l;
}

// The partner login the demo prints for the kind of agency (police, school ...).
function partner(area, kind) {
	const agencies = new Map(area.export.agencies.map((a) => [a.id, a.kind]));
	const p = area.partners.find((x) => agencies.get(x.professional.agency_id) === kind);
	expect(p, `the demo printed no partner login of an agency of the kind ${kind}`);
	return p;
}

// The social worker: the child, then the records up to the enquiry.
async function records(j, area, nhs) {
	const page = j.page;
	await j.login(area.sw, { path: '/worklist' });
	await j.goto('/children/new', 'new-child', { path: '/children/new' });
	await page.getByLabel('Local child id').fill('PATHWAY1');
	await page.getByLabel('Given name').fill('Pia');
	await page.getByLabel('Family name').fill('Pathway');
	await page.getByLabel('NHS number').fill(nhs);
	const [y, m, d] = BIRTH.split('-').map(Number);
	await date(page, 'Date of birth', [d, m, y]);
	await page.getByLabel('Female', { exact: true }).check();
	await page.getByLabel('Ethnicity').selectOption('WBRI');
	await save(j, 'child-saved');
	const id = Number(new URL(page.url()).pathname.split('/')[2]);
	expect(id > 0, 'the new child has a record');
	await saved(j, 'Child\'s details saved');
	const form = (table, step) => j.goto(`/children/${id}/new/${table}`, step,
	    { path: `/children/${id}/new/${table}` });
	await form('referrals', 'referral');
	await date(page, 'Date received', D.referral);
	await page.getByLabel('Source', { exact: true }).selectOption('1A');
	await radio(page, 'No further action', 'No');
	/* allocated: the case's work is on the social worker's list, its team's manager signs */
	await page.selectOption('#team_id', String(area.sw.professional.team_id));
	await page.selectOption('#social_worker_id', String(area.sw.professional.id));
	await save(j, 'referral-saved', { path: `/children/${id}` });
	await saved(j, 'saved');
	await form('assessments', 'assessment');
	await pick(page, 'The referral');
	await date(page, 'Date started', [2, 11, 2026]);	/* a week before the referral */
	await page.locator('input[name="factors"][value="2B"]').check();
	await save(j, 'assessment-before-referral', { status: 422 });
	const summary = await page.locator('.govuk-error-summary').innerText();
	expect(/start/i.test(summary) && /referral/i.test(summary), 'the error summary ' +
	    `names the start date and the referral it comes before: ${summary}`);
	await date(page, 'Date started', D.assessment);
	await save(j, 'assessment-saved', { path: `/children/${id}` });
	await saved(j, 'saved');
	await form('strategy_discussions', 'strategy-discussion');
	await pick(page, 'The referral');
	await date(page, 'Date held', D.strategy);
	await page.getByLabel('Police').check();
	await page.getByLabel('Health').check();
	await page.getByLabel('Section 47 enquiry').check();
	await save(j, 'strategy-discussion-saved', { path: `/children/${id}` });
	await saved(j, 'saved');
	await form('s47_enquiries', 'enquiry');
	await pick(page, 'The referral');
	await pick(page, 'The strategy discussion that started it');
	await date(page, 'Date started', D.enquiry);
	await radio(page, 'Initial conference not required', 'No');
	await save(j, 'enquiry-saved', { path: `/children/${id}` });
	await saved(j, 'saved');
	await j.logout();
	return id;
}

// The chair schedules the initial conference and invites the four agencies.
async function book(j, area, id, invited) {
	const page = j.page;
	await j.login(login(area, 'chair'), { path: '/worklist' });
	await j.goto(`/children/${id}/conferences/new`, 'schedule');
	await page.selectOption('#kind', 'initial');
	await page.getByLabel('Date', { exact: true }).fill(D.conference);
	await page.getByLabel('Time').fill('10:00');
	await page.getByLabel('Venue').fill('Town Hall, Room 3');
	const url = await j.follow(page.getByRole('button', { name: 'Schedule the conference' }),
	    'scheduled');
	expect(/^\/conferences\/\d+$/.test(url.pathname), `the conference's page, not ${url.pathname}`);
	for (const p of invited) {
		const kind = p.kind.replace(/_/g, '-');
		await j.follow(page.getByRole('link', { name: 'Invite an agency' }), `invite-${kind}`);
		await page.selectOption('#agency_id', String(p.professional.agency_id));
		await page.selectOption('#professional_id', String(p.professional.id));
		if (p === invited[0]) await page.locator('#report_requested').check();
		await j.follow(page.getByRole('button', { name: 'Send the invitation' }),
		    `invited-${kind}`);
	}
	const text = await j.text();
	for (const p of invited)
		expect(text.includes(p.agency), `the conference lists ${p.agency} as invited`);
	await j.logout();
	return url.pathname.split('/')[2];
}

// The chair records the conference: everyone attended, a plan, the key worker (the
// social worker), the core group; then circulates the plan and the minutes.
async function record(j, area, k) {
	const page = j.page;
	await j.login(login(area, 'chair'), { path: '/worklist' });
	await j.goto(`/conferences/${k}`, 'conference-reported');
	expect((await j.text()).includes('Shouting heard by neighbours'), 'the police report is there');
	await j.follow(page.getByRole('link', { name: 'Record the conference' }), 'record-form',
	    { path: `/conferences/${k}/record` });
	for (const r of await page.locator('input[name^="attend_"][value="attended"]').all())
		await r.check();
	await page.selectOption('#decision', 'plan');
	await page.locator('#categories').check();
	await page.getByLabel('The child\'s views').fill('I like my school');
	await page.getByLabel('Outline plan').fill('Visits every ten days; a health check by January');
	const sw = String(area.sw.professional.id);
	const kw = page.locator(`#key_worker_id option[value="${sw}"]`);
	await page.selectOption('#key_worker_id', await kw.count() ? sw :
	    await page.locator('#key_worker_id option:not([value=""])').first().getAttribute('value'));
	for (const c of await page.locator('input[name^="core_"]').all()) await c.check();
	await page.locator('#dissent-no').check();
	await j.follow(page.getByRole('button', { name: 'Save the record' }), 'recorded');
	expect((await j.text()).includes('The conference is recorded.'), 'the conference is recorded');
	await j.follow(page.getByRole('link', { name: 'The plan and the minutes, to print' }),
	    'document', { path: `/conferences/${k}/document` });
	await page.selectOption('#document', 'plan_and_minutes');
	await page.locator('#to').check();
	await page.getByLabel('Sent on').fill(TODAY);
	await j.follow(page.getByRole('button', { name: 'Record the circulation' }), 'circulated');
	expect((await j.text()).includes('The parents'), 'the circulation is recorded');
	await j.logout();
}

// The social worker's worklist, then the child's record: the first core group due.
async function coreGroupDue(j, area, id) {
	await j.login(area.sw, { path: '/worklist' });
	/* the list looks 5 working days ahead unless asked for more: ten, to the core group */
	await j.goto('/worklist?days=10', 'worklist-ten-days', { path: '/worklist' });
	const items = await j.page.locator('li, tr', { has: j.page.locator(
	    `a[href^="/children/${id}"]`) }).allInnerTexts();
	expect(items.some((t) => /core group/i.test(t)), 'the social worker\'s worklist shows ' +
	    `the first core group of child ${id}: ${items.join(' | ')}`);
	await j.goto(`/children/${id}`, 'child-on-a-plan', { path: `/children/${id}` });
	const text = await j.text();
	const line = text.split('\n').find((l) => /first core group, 10 working days after/
	    .test(l) && D.firstCoreGroup.some((d) => l.includes(d)) && /\bdue\b/.test(l));
	expect(line, `the child's record shows no first core group due on ${D.firstCoreGroup[0]}: ` +
	    text.split('\n').filter((l) => /core group/i.test(l)).join(' | '));
	await j.logout();
}

// The hospital looks the child up; the social worker finds the lookup on the record.
async function lookedUp(j, area, id, nhs) {
	await j.login(login(area, 'health_lookup'), { path: '/lookup' });
	await ask(j, nhs, BIRTH, 'lookup');
	expect((await answer(j)) === 'On a child protection plan', 'the hospital is told the ' +
	    'child is on a plan');
	await j.logout();
	await j.login(area.sw, { path: '/worklist' });
	await j.goto(`/children/${id}`, 'child-looked-up', { path: `/children/${id}` });
	const rows = j.page.locator('tr[id^="health_lookups-"]');
	expect(await rows.count() === 1, 'the child\'s record has the hospital\'s lookup');
	expect((await rows.first().innerText()).includes(TODAY.slice(0, 4)), 'the lookup is dated');
	await j.logout();
}

export async function pathway(j, area) {
	const invited = ['police', 'health_visiting', 'school', 'gp'].map((k) =>
	    partner(area, k));
	const nhs = freeNumber(area, [freeNumber(area)]);	/* not the lookup journey's */
	const id = await records(j, area, nhs);
	const k = await book(j, area, id, invited);
	await policeReport(j, invited[0], k);
	await record(j, area, k);
	await coreGroupDue(j, area, id);
	await lookedUp(j, area, id, nhs);
}
