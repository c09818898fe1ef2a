// harness.mjs: a journey through the web interface, as a person makes it in chromium.
//
// A journey has a browser context of its own (its own cookies: one person) and moves
// from page to page only through goto, follow (a click that loads a page) and back; each
// of them ends in look, which checks the page that came: its status and address, that it
// was sent with Cache-Control: no-store, that the browser refused nothing under the
// Content-Security-Policy and the page threw nothing, the checks of structure() below;
// then runs axe-core over it (WCAG 2.0, 2.1 and 2.2 at A and AA, and axe's best
// practices) and keeps a full-page screenshot, named by journey and step, under
// build/screenshots/. So no page is visited without being checked. focusWalk, called on
// some pages, tabs through them looking for an element that hides its focus.
//
// axe-core is put into the page through the DevTools protocol (page.evaluate of its
// source), which the page's Content-Security-Policy does not govern: the server's policy
// stays as it is, and the test still sees any inline script or style of ours refused.
// A page with JavaScript switched off cannot run axe; the same pages are checked in the
// journeys that have it.
//
// A failed expectation ends the journey (throws); axe's findings do not, so that one run
// lists every violation of every page.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// WCAG 2.0, 2.1 and 2.2 at A and AA, and axe's best practices (headings in order, every
// part of the page in a landmark, one main ...), which GOV.UK's patterns keep too.
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// What axe does not check and GOV.UK's patterns ask, run in the page: exactly one h1; the
// skip link first, to a target that exists; every table named (a caption or a label) with
// header cells; an ids once each; a page with an error summary titled "Error: ...", each
// of its links to a field in the page, each field in error described by its message.
function structure() {
	const out = [];
	const h1 = document.querySelectorAll('h1').length;
	if (h1 !== 1) out.push(`${h1} h1 elements, not one`);
	const skip = document.querySelector('a.govuk-skip-link');
	if (!skip || skip !== document.querySelector('a[href], button, input, select, textarea'))
		out.push('the skip link is not the first thing to focus');
	else if (!document.getElementById(skip.getAttribute('href').slice(1)))
		out.push(`the skip link goes to ${skip.getAttribute('href')}, which is not in the page`);
	for (const t of document.querySelectorAll('table')) {
		if (!t.caption && !t.hasAttribute('aria-label') && !t.hasAttribute('aria-labelledby'))
			out.push(`a table without a caption: ${t.outerHTML.slice(0, 160)}`);
		if (!t.querySelector('th'))
			out.push(`a table without header cells: ${t.outerHTML.slice(0, 160)}`);
	}
	const ids = new Map();
	for (const e of document.querySelectorAll('[id]')) ids.set(e.id, (ids.get(e.id) || 0) + 1);
	for (const [id, n] of ids) if (n > 1) out.push(`the id "${id}" is on ${n} elements`);
	const summary = document.querySelector('.govuk-error-summary');
	if (summary && !document.title.startsWith('Error: '))
		out.push(`a page with errors is titled "${document.title}", not "Error: ..."`);
	for (const a of summary ? summary.querySelectorAll('a') : []) {
		if (!document.getElementById((a.getAttribute('href') || '').replace(/^#/, '')))
			out.push(`the error summary links to ${a.getAttribute('href')}, not in the page`);
	}
	for (const f of document.querySelectorAll('.govuk-input--error, .govuk-select--error, ' +
	    '.govuk-textarea--error')) {
		const by = (f.getAttribute('aria-describedby') || '').split(/\s+/);
		if (!by.some((id) => document.getElementById(id)?.classList.contains('govuk-error-message')))
			out.push(`the field ${f.id} in error is not described by its message`);
	}
	return out;
}

export class Failure extends Error {}

// axe-core's violations on the page as it is.
export async function axeFindings(page, source) {
	await page.evaluate(source);
	return page.evaluate(async (tags) => {
		const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags },
		    resultTypes: ['violations'] });
		return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
		    nodes: v.nodes.map((x) => ({ target: x.target.join(' '), html: x.html })) }));
	}, AXE_TAGS);
}

export function expect(cond, message) {
	if (!cond) throw new Failure(message);
}

export class Journey {
	constructor(run, name, context, server, { js = true } = {}) {
		this.run = run;
		this.name = name;
		this.context = context;
		this.server = server;
		this.js = js;
		this.steps = 0;
		this.problems = [];	// found by the page's listeners, reported at the next look
	}

	async open() {
		this.page = await this.context.newPage();
		this.page.setDefaultTimeout(20000);
		this.page.on('response', (r) => this.noteResponse(r));
		this.page.on('request', (q) => {
			if (q.isNavigationRequest() && q.frame() === this.page.mainFrame())
				this.run.noteRequest(q.method(), new URL(q.url()).pathname);
		});
		this.page.on('console', (m) => {
			if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
				this.problems.push(`the browser refused under the CSP: ${m.text()}`);
		});
		this.page.on('pageerror', (e) => this.problems.push(`the page threw: ${e.message}`));
		return this.page;
	}

	noteResponse(r) {
		const q = r.request();
		if (!q.isNavigationRequest() || q.frame() !== this.page.mainFrame()) return;
		if (r.status() >= 300 && r.status() < 400) return;
		const hd = r.headers();
		this.doc = { status: r.status(), type: hd['content-type'] || '',
		    cache: hd['cache-control'] || '', url: r.url() };
	}

	url(p) {
		return new URL(p, this.server.base).href;
	}

	async goto(p, step, want) {
		this.doc = null;
		await this.page.goto(this.url(p));
		return this.look(step, want);
	}

	// Clicks what loads a page (a link, a form's button) and checks the page it loads.
	async follow(locator, step, want) {
		this.doc = null;
		await Promise.all([this.page.waitForEvent('load'), locator.click()]);
		return this.look(step, want);
	}

	// The browser's back button. With Cache-Control: no-store the page is asked for again;
	// one shown from the browser's memory instead would bring no response.
	async back(step, want) {
		this.doc = null;
		await this.page.goBack();
		expect(this.doc, `${this.name}/${step}: the back button showed a page the browser kept, ` +
		    'without asking the server');
		return this.look(step, want);
	}

	async text() {
		return this.page.locator('body').innerText();
	}

	async h1() {
		return (await this.page.locator('h1').first().innerText()).trim();
	}

	// The checks of every page. want: status (200), path, axe (true).
	async look(step, want = {}) {
		const page = this.page;
		const status = want.status ?? 200;
		const n = String(++this.steps).padStart(2, '0');
		const where = `${this.name}/${n}-${step}`;
		await page.waitForLoadState('load');
		const url = new URL(page.url());
		const doc = this.doc;
		expect(doc, `${where}: no page was loaded (${url.pathname})`);
		expect(doc.status === status, `${where}: ${url.pathname}${url.search} answered ` +
		    `${doc.status}, expected ${status}`);
		if (want.path)
			expect(url.pathname === want.path, `${where}: at ${url.pathname}, expected ` +
			    `${want.path}`);
		expect(/\bno-store\b/.test(doc.cache), `${where}: ${url.pathname} was sent with ` +
		    `Cache-Control "${doc.cache}", not no-store`);
		const problems = this.problems.splice(0);
		for (const p of problems) this.run.fail(`${where}: ${p}`);
		const html = doc.type.startsWith('text/html');
		const t0 = Date.now();
		if (html)
			for (const p of await page.evaluate(structure))
				this.run.fail(`${where}: ${url.pathname}${url.search}: ${p}`);
		if (html && this.js && want.axe !== false)
			await this.axe(where, url);
		const t1 = Date.now();
		const file = path.join(this.run.shots, this.name, `${n}-${step}.png`);
		fs.mkdirSync(path.dirname(file), { recursive: true });
		await page.screenshot({ path: file, fullPage: true });
		if (process.env.SG_BROWSER_TIMES)
			console.log(`# ${where}: axe ${t1 - t0} ms, screenshot ${Date.now() - t1} ms`);
		this.run.pages++;
		return url;
	}

	// axe runs once for each distinct page: the same markup (its session's tokens aside)
	// at the same size has the same findings, and a journey comes back to a record or a
	// login page often.
	async axe(where, url) {
		const page = this.page;
		const markup = (await page.content()).replace(/\b[0-9a-f]{64}\b/g, 'TOKEN');
		const digest = crypto.createHash('sha256').update(markup).digest('hex');
		if (this.run.axed.has(digest)) return;
		this.run.axed.add(digest);
		for (const v of await axeFindings(page, this.run.axeSource)) {
			for (const x of v.nodes.slice(0, 5))
				this.run.fail(`${where}: axe ${v.id} (${v.impact}: ${v.help}) on ` +
				    `${url.pathname}${url.search} at ${x.target}: ${x.html.slice(0, 200)}`);
			if (v.nodes.length > 5)
				this.run.fail(`${where}: axe ${v.id}: and ${v.nodes.length - 5} more elements`);
		}
	}

	// Tabs through the whole page: every element that takes the focus must show it (WCAG
	// 2.4.7, which axe cannot see): GOV.UK's yellow, an outline or a shadow.
	async focusWalk(step) {
		const page = this.page, where = `${this.name}/${step}`;
		// From the skip link (the first to focus, structure() says), whatever a script of
		// the page focused on load (the error summary takes the focus).
		await page.evaluate(() => document.querySelector('a.govuk-skip-link')?.focus());
		let n = 0;
		for (; n < 300; n++) {
			if (n) await page.keyboard.press('Tab');
			const f = await page.evaluate(() => {
				const e = document.activeElement;
				if (!e || e === document.body || e.dataset.sgFocused) return null;
				e.dataset.sgFocused = '1';	// once round the page is enough
				const s = getComputedStyle(e);
				const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 &&
				    !/rgba\(0, 0, 0, 0\)|transparent/.test(s.outlineColor);
				const shown = outline || s.boxShadow !== 'none' ||
				    s.backgroundColor === 'rgb(255, 221, 0)';
				return { html: e.outerHTML.slice(0, 160), shown };
			});
			if (!f) break;
			if (!f.shown) this.run.fail(`${where}: no visible focus on ${f.html}`);
		}
		expect(n > 1, `${where}: the keyboard reaches ${n} elements`);
		if (process.env.SG_BROWSER_TIMES) console.log(`# ${where}: ${n} elements by keyboard`);
	}

	// Logs in through the form; lands on the person's start page (or want.path).
	async login(who, want = {}) {
		const page = this.page;
		if (!want.here)
			await this.goto('/login', 'login', { path: '/login' });
		await page.getByLabel('Username').fill(who.username);
		await page.getByLabel('Password').fill(who.password);
		return this.follow(page.getByRole('button', { name: 'Log in' }), want.step ||
		    'logged-in', { path: want.path });
	}

	async logout() {
		const url = await this.follow(this.page.getByRole('button', { name: 'Log out' }),
		    'logged-out', { path: '/login' });
		expect(/You have logged out/.test(await this.text()), `${this.name}: the login page ` +
		    'after logging out does not say so');
		return url;
	}
}
