// journeys_conference.mjs: a conference's life in the browser (issue 9, points 2, 5 and
// 7). The chair schedules a conference for a child (a wrong date first, named by the
// error summary), invites the police, moves it, and calls off a second one; the police
// officer answers and sends the report from their invitations; the chair reads it,
// records the conference (the plan it decides on starts), opens the plan and minutes as
// one document, prints it, and records its circulation. Every page is checked as
// harness.mjs says (axe-core, status, headers, a screenshot).

import { TODAY } from './area.mjs';
import { expect } from './harness.mjs';

// A child with an open episode whose record no journey restricts and no other journey
// reads: the conference this journey makes changes nothing they look at.
function childWithEpisode(area) {
	const x = area.export;
	const busy = new Set([area.swChild.id, area.restricted.id,
	    ...area.partners.flatMap((p) => [p.child?.id, p.other?.id])]);
	const restricted = new Set((x.restrictions || []).map((r) => r.child_id));
	const open = x.referrals.filter((f) => !f.closure_date || f.closure_date > TODAY)
	    .map((f) => f.child_id);
	const id = open.find((c) => !busy.has(c) && !restricted.has(c) &&
	    area.children.get(c)?.given_name);
	return area.children.get(id);
}

export function days(n) {
	const d = new Date(`${TODAY}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + n);
	return d.toISOString().slice(0, 10);
}

async function schedule(j, c, date, step) {
	const page = j.page;
	await j.goto(`/children/${c.id}/conferences/new`, `${step}-form`);
	await page.selectOption('#kind', 'initial');
	await page.getByLabel('Date', { exact: true }).fill(date);
	await page.getByLabel('Time').fill('09:30');
	await page.getByLabel('Venue').fill('Town Hall, Room 2');
	return j.follow(page.getByRole('button', { name: 'Schedule the conference' }), step);
}

// The chair: schedule, invite, move; a second conference cancelled.
async function chairBooks(j, area, c, police) {
	const page = j.page;
	await j.goto(`/children/${c.id}/conferences/new`, 'schedule-form');
	await page.selectOption('#kind', 'initial');
	await page.getByLabel('Date', { exact: true }).fill('2026-02-30');
	await page.getByLabel('Time').fill('25:00');
	await j.follow(page.getByRole('button', { name: 'Schedule the conference' }),
	    'schedule-errors');
	const summary = await page.locator('.govuk-error-summary').innerText();
	expect(summary.includes('Scheduled date') && summary.includes('Scheduled time'),
	    'the error summary names the date and the time');
	await page.getByLabel('Date', { exact: true }).fill(days(14));
	await page.getByLabel('Time').fill('09:30');
	await page.getByLabel('Venue').fill('Town Hall, Room 2');
	const url = await j.follow(page.getByRole('button', { name: 'Schedule the conference' }),
	    'scheduled');
	expect(/^\/conferences\/\d+$/.test(url.pathname), 'the new conference\'s page');
	expect((await j.text()).includes('The conference is scheduled.'), 'it says it is scheduled');
	await j.follow(page.getByRole('link', { name: 'Invite an agency' }), 'invite-form');
	await page.selectOption('#agency_id', String(police.professional.agency_id));
	await page.selectOption('#professional_id', String(police.professional.id));
	await page.locator('#report_requested').check();
	await j.follow(page.getByRole('button', { name: 'Send the invitation' }), 'invited');
	expect((await j.text()).includes('Not answered'), 'the chair sees the police have not ' +
	    'answered');
	await j.follow(page.getByRole('link', { name: 'Move the conference' }), 'move-form');
	await page.getByLabel('Date', { exact: true }).fill(TODAY);
	await j.follow(page.getByRole('button', { name: 'Move the conference' }), 'moved');
	expect((await j.text()).includes('Moved from'), 'the page keeps the date first booked');
	const k = url.pathname.split('/')[2];
	await schedule(j, c, days(20), 'second-scheduled');
	await j.follow(page.getByRole('link', { name: 'Cancel the conference' }), 'cancel-form');
	await j.follow(page.getByRole('button', { name: 'Cancel the conference' }),
	    'cancel-without-reason');
	expect((await page.locator('.govuk-error-summary').innerText()).includes('Cancel reason'),
	    'a cancellation without a reason is refused, naming it');
	await page.getByLabel('Why is it cancelled?').fill('The family moved to another area');
	await j.follow(page.getByRole('button', { name: 'Cancel the conference' }), 'cancelled');
	expect((await j.text()).includes('Cancelled on'), 'the page says it is cancelled');
	return k;
}

// The police officer answers and reports.
export async function policeReport(j, police, k) {
	const page = j.page;
	await j.login(police, { path: '/worklist' });
	await j.goto('/invitations', 'invitations');
	await j.follow(page.locator(`a[href="/conferences/${k}/respond"]`), 'invitation');
	await page.locator('#reply_attending').check();
	await j.follow(page.getByRole('button', { name: 'Send your answer' }), 'answered');
	await page.getByLabel('Your agency\'s involvement with the child and family')
	    .fill('Two call-outs to the home since May');
	await page.getByLabel('What you recommend').fill('A child protection plan');
	await j.follow(page.getByRole('button', { name: 'Send the report' }), 'report-errors');
	expect((await page.locator('.govuk-error-summary').innerText()).includes('Concerns'),
	    'a report without concerns: named');
	await page.getByLabel('Your concerns').fill('Shouting heard by neighbours, twice');
	await j.follow(page.getByRole('button', { name: 'Send the report' }), 'reported');
	expect((await j.text()).includes('Report sent'), 'the report is sent');
	await j.logout();
}

// The chair records the conference, opens the document, prints it, circulates it, and
// records the plan's first core group with an action, then marks the action done; adds
// an outcome and its action to the plan, and marks that done.
async function chairRecords(j, chair, k, c) {
	const page = j.page;
	await j.login(chair, { path: '/worklist' });
	await j.goto(`/conferences/${k}`, 'conference-with-report');
	expect((await j.text()).includes('Shouting heard by neighbours'), 'the chair reads the report');
	await j.follow(page.getByRole('link', { name: 'Record the conference' }), 'record-form');
	await page.locator('input[name^="attend_"][value="attended"]').first().check();
	await page.selectOption('#decision', 'plan');
	await page.locator('#categories').check();
	await page.getByLabel('The child\'s views').fill('I want to stay at home');
	await page.getByLabel('Outline plan').fill('Weekly visits; a parenting course by March');
	await page.locator('#key_worker_id option:not([value=""])').first().waitFor({ state: 'attached' });
	const kw = await page.locator('#key_worker_id option:not([value=""])').first()
	    .getAttribute('value');
	await page.selectOption('#key_worker_id', kw);
	await page.locator('#core_member').check();
	await page.locator('#dissent-no').check();
	await j.follow(page.getByRole('button', { name: 'Save the record' }), 'recorded');
	expect((await j.text()).includes('The conference is recorded.'), 'the conference is recorded');
	await j.follow(page.getByRole('link', { name: 'The plan and the minutes, to print' }),
	    'document');
	expect((await j.text()).includes('Weekly visits; a parenting course by March'),
	    'the document holds the outline plan');
	await page.emulateMedia({ media: 'print' });
	expect(!(await page.locator('form.sg-noprint').isVisible()), 'the circulation form is ' +
	    'not printed');
	expect(!(await page.locator('.govuk-header').isVisible()), 'nor the header');
	await j.look('document-printed', { axe: false });
	await page.emulateMedia({ media: 'screen' });
	await page.pdf({ path: `${j.run.shots}/${j.name}/document.pdf`, format: 'A4' });
	await page.selectOption('#document', 'plan_and_minutes');
	await page.locator('#to').check();
	await page.getByLabel('Sent on').fill(TODAY);
	await j.follow(page.getByRole('button', { name: 'Record the circulation' }), 'circulated');
	expect((await j.text()).includes('The parents'), 'the circulation lists the parents');
	await j.goto(`/children/${c.id}/core-groups`, 'core-groups');
	await page.getByLabel('Date it was held').fill(TODAY);
	await page.locator('input[name^="attend_"][value="attended"]').first().check();
	await page.getByLabel('Notes').fill('School attendance is up; the family kept every visit');
	await page.getByLabel('Action', { exact: true }).fill('Book the dental check');
	await page.getByLabel('By', { exact: true }).fill(days(10));
	await j.follow(page.getByRole('button', { name: 'Save the meeting' }), 'core-group-saved');
	expect((await j.text()).includes('Book the dental check'), 'the meeting\'s action is listed');
	await j.follow(page.getByRole('button', { name: /Mark done/ }).first(), 'action-done');
	await j.follow(page.getByRole('link', { name: 'The plan\'s outcomes and actions' }), 'plan');
	await page.getByLabel('Outcome for the child').fill('Goes to school every day');
	await page.getByLabel('Action', { exact: true }).fill('Walk to school together');
	await page.getByLabel('By', { exact: true }).fill(days(30));
	await j.follow(page.getByRole('button', { name: 'Add to the plan' }), 'plan-added');
	await j.follow(page.getByRole('button', { name: /Mark done/ }).first(), 'plan-action-done');
	expect((await j.text()).includes(TODAY), 'the plan\'s action is done today');
	await j.logout();
}

// Three journeys, one after another, each in its own browser context: the chair books
// the conference, the police officer reports to it, the chair records it. What the
// later ones need of the first is kept on the area.
function cast(area) {
	const chair = area.logins.find((l) => l.user?.role === 'chair');
	const police = area.partners.find((p) => p.kind === 'police_officer');
	const c = area.conferenceChild || (area.conferenceChild = childWithEpisode(area));
	expect(chair && police && c, 'the demo gives a chair, a police officer and a child with ' +
	    'an open episode');
	return { chair, police, c };
}

export async function booking(j, area) {
	const { chair, police, c } = cast(area);
	await j.login(chair, { path: '/worklist' });
	area.conferenceId = await chairBooks(j, area, c, police);
	await j.logout();
}

export async function reporting(j, area) {
	const { police } = cast(area);
	expect(area.conferenceId, 'the conference was booked by the journey before');
	await policeReport(j, police, area.conferenceId);
}

export async function recording(j, area) {
	const { chair, c } = cast(area);
	expect(area.conferenceId, 'the conference was booked by the journey before');
	await chairRecords(j, chair, area.conferenceId, c);
}
