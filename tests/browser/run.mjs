// run.mjs: the browser tests (tests/run.sh starts them after the other tests).
//
//   node tests/browser/run.mjs SAFEGUARD-BINARY
//
// Makes a demo store, serves it twice (once as configured, once with sessions that end
// after two seconds idle, for the journey that needs one to end), and drives Debian's
// chromium through playwright-core along the journeys of issue 8 point 7, one browser
// context a journey; a few journeys run again with JavaScript switched off. Every page is
// checked as harness.mjs says (axe-core, status, headers, a screenshot under
// build/screenshots/). At the end every page of the route table (src/web/routes.c) that
// is not the API or an asset must have been asked for at least once, by its method.
// Prints "ok - ..." / "not ok - ..." a journey and a summary; exits 1 on any failure.
// SG_BROWSER_TIMES=1 prints what each page's checks cost. The journeys run one after
// another, in this order: a restricted record is opened before the manager reads who
// opened it, and the idle session's journey comes last, because starting a session on
// that server ends every session of the store idle for longer than two seconds.
// SG_BROWSER_ONLY=NAME,... runs only the journeys named (while working on them); the
// check that every page was visited is left out then.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { makeArea, startServer, stopServer } from './area.mjs';
import { axeFindings, Failure, Journey } from './harness.mjs';
import * as audits from './journeys_audits.mjs';
import * as cases from './journeys_case.mjs';
import * as encompass from './journeys_encompass.mjs';
import * as conferences from './journeys_conference.mjs';
import * as figures from './journeys_figures.mjs';
import * as escalations from './journeys_escalation.mjs';
import * as forms from './journeys_forms.mjs';
import * as lookup from './journeys_lookup.mjs';
import * as pathway from './journeys_pathway.mjs';
import * as placedIn from './journeys_placed.mjs';
import * as qa from './journeys_quality.mjs';
import * as staff from './journeys_staff.mjs';
import * as training from './journeys_training.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = '/usr/bin/chromium';
// Without these chromium waits on connections the closed network never answers.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
	'--disable-component-update', '--disable-sync', '--no-first-run'];
const JOURNEY_MS = 120000;

class Run {
	constructor() {
		this.failures = [];
		this.pages = 0;
		this.axed = new Set();	// the digests of the pages axe-core has checked
		this.requests = new Set();
		this.shots = path.join(ROOT, 'build', 'screenshots');
		this.axeSource = fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core',
		    'axe.min.js'), 'utf8');
	}

	fail(message) {
		this.failures.push(message);
		console.log(`# ${message}`);
	}

	noteRequest(method, pathname) {
		this.requests.add(`${method} ${pathname}`);
	}
}

// The rows of the route table that are pages: METHOD and pattern, {id} any number.
function pageRoutes() {
	const src = fs.readFileSync(path.join(ROOT, 'src', 'web', 'routes.c'), 'utf8');
	const rows = [...src.matchAll(/\{"(GET|POST)", "(\/[^"]*)"/g)]
	    .map((m) => ({ method: m[1], pattern: m[2] }))
	    .filter((r) => !r.pattern.startsWith('/api/') && !r.pattern.startsWith('/assets/'));
	if (rows.length < 10)
		throw new Error(`src/web/routes.c: ${rows.length} pages read: has its format changed?`);
	for (const r of rows)
		r.re = new RegExp(`^${r.pattern.replace(/\{id\}/g, '[0-9]+').replace(/\.|\*$/g,
		    (c) => c === '*' ? '.+' : '\\.')}$`);
	return rows;
}

function unvisited(run) {
	const asked = [...run.requests].map((x) => x.split(' '));
	return pageRoutes().filter((r) => !asked.some(([m, p]) => m === r.method && r.re.test(p)));
}

async function launch() {
	const { chromium } = await import('playwright-core');
	// launch() gives the browser a new, empty profile (user-data-dir) of its own each time.
	return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

// axe-core must find what it is there to find, or its silence on our pages means nothing:
// an image without a text alternative, under the same Content-Security-Policy as ours.
async function canary(run, browser, server) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.route(`${server.base}/canary`, (route) => route.fulfill({
		contentType: 'text/html', headers: { 'Content-Security-Policy': "default-src 'none'" },
		body: '<!DOCTYPE html><html lang="en"><title>canary</title><main><h1>Canary</h1>' +
		    '<img src="x.png"></main></html>' }));
	await page.goto(`${server.base}/canary`);
	const found = await axeFindings(page, run.axeSource);
	await context.close();
	if (!found.some((v) => v.id === 'image-alt'))
		run.fail(`axe-core did not find an image without alt text (found: ${found.map((v) =>
		    v.id).join(', ') || 'nothing'}): it is not checking the pages`);
}

async function journey(run, browser, server, area, name, fn, opts = {}) {
	const started = Date.now();
	const before = run.failures.length;
	if (server.child.exitCode !== null || server.child.signalCode !== null) {
		run.fail(`${name}: not run: the server under test has stopped (its log follows)`);
		return;
	}
	const context = await browser.newContext({ javaScriptEnabled: opts.js !== false,
	    viewport: { width: 1280, height: 900 } });
	const j = new Journey(run, name, context, server, opts);
	let timer;
	try {
		await j.open();
		await Promise.race([fn(j, area), new Promise((_, reject) => {
			timer = setTimeout(() => reject(new Failure(`took over ${JOURNEY_MS / 1000} s`)),
			    JOURNEY_MS);
		})]);
	} catch (e) {
		run.fail(`${name}: ${e instanceof Failure ? e.message : e.stack || e}`);
	} finally {
		clearTimeout(timer);
		await context.close().catch(() => {});
	}
	const ok = run.failures.length === before;
	console.log(`${ok ? 'ok' : 'not ok'} - ${name}: ${j.steps} pages, ` +
	    `${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function journeys(area) {
	const list = [	// name, journey, options: js false, idle (the second server)
		['a-social-worker', cases.socialWorker],
		['a-social-worker-nojs', cases.socialWorker, { js: false }],
		['restricted-record', cases.restricted],
		['error-pages', cases.errors],
		['h-manager-signs', cases.manager],
	];
	for (const p of area.partners)
		list.push([`b-partner-${p.kind.replace(/_/g, '-')}`, (j, a) => cases.partner(j, a, p)]);
	list.push(['c-analyst', staff.analyst], ['k-annex-a', staff.annexA], ['d-administrator', staff.administrator],
	    ['e-back-after-logout', cases.backAfterLogout],
	    ['e-back-after-logout-nojs', cases.backAfterLogout, { js: false }],
	    ['g-roles', staff.roles], ['h-new-child', forms.child], ['h-records-added', forms.add],
	    ['h-records-changed', forms.change], ['h-hospital-lookup', lookup.hospital],
	    ['h-hospital-lookup-nojs', lookup.hospitalNoJs, { js: false }],
	    ['i-lookup-acknowledged', lookup.acknowledged],
	    ['h-conference-booked', conferences.booking],
	    ['h-conference-reported', conferences.reporting],
	    ['h-conference-recorded', conferences.recording],
	    ['k-conference-quality', qa.quality],
	    ['j-pathway', pathway.pathway],
	    ['k-figures-analyst', figures.analyst], ['k-figures-manager', figures.manager],
	    ['k-escalation-raised', escalations.raised],
	    ['l-escalation-answered', escalations.answered],
	    ['k-encompass-police', encompass.police], ['k-encompass-school', encompass.school],
	    ['k-encompass-school-nojs', encompass.schoolNoJs, { js: false }],
	    ['k-placed-in-area', placedIn.placed],
	    ['k-training-administrator', training.administrator],
	    ['l-training-partner', training.partner],
	    ['k-case-audit', audits.audit], ['k-practice-review', audits.review],
	    ['k-self-assessment', audits.selfAssessment],
	    ['f-idle-session', cases.idle, { idle: true }]);
	return list;
}

async function main() {
	const bin = process.argv[2];
	if (!bin || !fs.existsSync(bin)) {
		console.log(`not ok - browser tests: no safeguard binary at "${bin}"`);
		return 1;
	}
	if (!fs.existsSync(CHROMIUM)) {
		console.log(`not ok - browser tests: ${CHROMIUM} is missing: run tools/deps.sh ` +
		    '(it installs Debian\'s chromium), then make check again');
		return 1;
	}
	const started = Date.now();
	const run = new Run();
	fs.rmSync(run.shots, { recursive: true, force: true });
	fs.mkdirSync(run.shots, { recursive: true });
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-browser-'));
	const servers = [];
	let browser;
	try {
		const { db, area } = makeArea(bin, dir);
		servers.push(await startServer(bin, db, dir, 'server'));
		servers.push(await startServer(bin, db, dir, 'idle-server',
		    { SAFEGUARD_IDLE_SECONDS: '2' }));
		browser = await launch();
		await canary(run, browser, servers[0]);
		const only = process.env.SG_BROWSER_ONLY?.split(',');
		for (const [name, fn, opts = {}] of journeys(area))
			if (!only || only.includes(name))
				await journey(run, browser, servers[opts.idle ? 1 : 0], area, name, fn, opts);
		for (const r of only ? [] : unvisited(run))
			run.fail(`no journey asks for ${r.method} ${r.pattern} (every page of ` +
			    'src/web/routes.c is to be visited by one)');
	} catch (e) {
		run.fail(`browser tests: ${e.stack || e}`);
	} finally {
		if (browser) await browser.close().catch(() => {});
		for (const s of servers) {
			const why = await stopServer(s);
			if (why) run.fail(why);
		}
		if (!run.failures.length) fs.rmSync(dir, { recursive: true, force: true });
	}
	const secs = ((Date.now() - started) / 1000).toFixed(0);
	console.log(`# browser: ${run.pages} pages visited, ${run.axed.size} distinct ones checked ` +
	    `by axe-core, ${run.failures.length} failures, ${secs} s; screenshots in ` +
	    'build/screenshots/');
	if (run.failures.length) console.log(`# the store and the server logs are kept in ${dir}`);
	return run.failures.length ? 1 : 0;
}

process.exitCode = await main();
