// journeys_quality.mjs: quality assurance of a conference in the browser (issue 11 point
// 3). After the conference journey has recorded its conference, the chair opens its
// quality form from the conference's page, sends it unanswered (the error summary names
// the questions and the rating), answers it and saves it; then enters a parent's feedback.
// A team manager reads the period's ratings, which name no child. Every page is checked
// as harness.mjs says (axe-core, status, headers, a screenshot).

import { TODAY } from './area.mjs';
import { expect } from './harness.mjs';

export async function quality(j, area) {
	const page = j.page;
	const chair = area.logins.find((l) => l.user?.role === 'chair');
	const k = area.conferenceId;
	expect(chair && k, 'the conference journeys recorded a conference with its chair');
	await j.login(chair, { path: '/worklist' });
	expect((await j.text()).includes("chair's quality form on the conference of"),
	    'the form of the conference just held is on the chair\'s list');
	await j.goto(`/conferences/${k}`, 'conference');
	await j.follow(page.getByRole('link', { name: "Complete the chair's quality form" }),
	    'quality-form');
	if (j.js) await j.focusWalk('quality-form');
	await j.follow(page.getByRole('button', { name: 'Save the quality form' }),
	    'quality-errors');
	const summary = await page.locator('.govuk-error-summary').innerText();
	expect(summary.includes('Plan smart') && summary.includes('Rating'),
	    'the error summary names the questions and the rating');
	for (const q of ['premeeting_held', 'report_to_chair_in_time', 'agencies_contributed',
	    'child_voice_heard', 'plan_smart'])
		await page.locator(`#${q}`).check();
	await page.locator('#reports_shared_in_time-no').check();
	await page.selectOption('#rating', 'requires_improvement');
	await page.getByLabel('Comments (optional)').fill('The reports reached the family late');
	await j.follow(page.getByRole('button', { name: 'Save the quality form' }), 'quality-saved',
	    { path: `/conferences/${k}` });
	expect((await j.text()).includes('The quality form is saved.'), 'the form is saved');
	expect((await j.text()).includes('Requires improvement'), 'the page gives its rating');
	await j.follow(page.getByRole('link', { name: "Enter a parent's feedback" }),
	    'feedback-form');
	await page.locator('#understood_why').check();
	await page.locator('#listened_to').check();
	await page.getByLabel('What would they change?').fill('The reports sooner, please');
	await j.follow(page.getByRole('button', { name: 'Save the feedback' }), 'feedback-saved',
	    { path: `/conferences/${k}` });
	expect((await j.text()).includes('Feedback returned: 1 from parents or carers'),
	    'the feedback is counted on the conference\'s page');
	await j.logout();
	const manager = area.logins.find((l) => l.user?.role === 'manager');
	await j.login(manager);
	await j.goto(`/quality?from=${TODAY}&to=${TODAY}`, 'ratings', { path: '/quality' });
	const text = await j.text();
	expect(text.includes('Requires improvement') && text.includes('5 of 6'),
	    'the manager reads the conference\'s rating and its answers');
	const c = area.conferenceChild;
	expect(!c?.family_name || !text.includes(c.family_name), 'the ratings name no child');
	await j.logout();
}
