// area.mjs: what the browser tests stand on. A demo store of their own (4,000 children,
// two years ending 2026-12-02, with SAFEGUARD_TODAY the same day, so every run sees the
// same area), the logins the demo prints, the facts the journeys need taken from the
// store's JSON export (which child a worker or an agency has, every name in the store),
// one record restricted by importing a restrictions row, and the servers under test:
// `safeguard serve` on a free port of 127.0.0.1, stopped with SIGTERM at the end and
// expected to exit cleanly (the binary is the sanitizer build: a leak or an error it
// finds while serving is a failure of the tests).

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const TODAY = '2026-12-02';

// The environment of every command run here: today fixed, passwords hashed at the
// cheapest cost (tests make many), the sanitizers' options as tests/run.sh sets them.
export function testEnv(extra = {}) {
	return {
		...process.env,
		SAFEGUARD_TODAY: TODAY,
		SAFEGUARD_PWHASH: process.env.SAFEGUARD_PWHASH || 'fast',
		...extra,
	};
}

function sg(bin, args, what) {
	const r = spawnSync(bin, args, { env: testEnv(), encoding: 'utf8', maxBuffer: 64 << 20 });
	if (r.status !== 0)
		throw new Error(`${what}: safeguard ${args.join(' ')} exited ${r.status}\n` +
		    `${r.stderr}${r.stdout}`.slice(-2000));
	return r.stdout;
}

// "  social worker        mparker1       xg4j-fhz9-5yu2 (Demo Borough Council ...)"
function parseLogins(text) {
	const logins = [];
	for (const line of text.split('\n')) {
		const m = /^ {2}(\S.*?) {2,}(\S+) +(\S+) \((.*)\)$/.exec(line);
		if (m)
			logins.push({ role: m[1], username: m[2], password: m[3], agency: m[4] });
	}
	return logins;
}

function byId(rows) {
	return new Map(rows.map((x) => [x.id, x]));
}

// The children an agency works with, as the server decides it (access.c): invited to
// one of the child's conferences, on its core group, or the agency that referred it.
function agencyChildren(x, agencyId) {
	const prof = byId(x.professionals);
	const known = new Set();
	for (const v of x.conference_invitees)
		if (v.agency_id === agencyId) known.add(v.child_id);
	for (const m of x.core_group_members)
		if (prof.get(m.professional_id)?.agency_id === agencyId) known.add(m.child_id);
	for (const f of x.referrals)
		if (f.referrer_agency_id === agencyId) known.add(f.child_id);
	return known;
}

function openPlanChildren(x) {
	return new Set(x.cp_plans.filter((p) => !p.end_date || p.end_date > TODAY)
	    .map((p) => p.child_id));
}

// How many records each child has: a short record makes a short page to check.
function recordSizes(x) {
	const n = new Map();
	for (const rows of Object.values(x))
		for (const row of Array.isArray(rows) ? rows : [])
			if (row.child_id) n.set(row.child_id, (n.get(row.child_id) || 0) + 1);
	return n;
}

// Everything the journeys need to know of the area, from the export.
function facts(x, logins) {
	const users = new Map(x.users.map((u) => [u.username, u]));
	const prof = byId(x.professionals);
	const children = byId(x.children);
	const onPlan = openPlanChildren(x);
	const conferenced = new Set(x.conferences.map((k) => k.child_id));
	// The demo restricts a few records of its own: the journeys use others.
	const demoRestricted = new Set((x.restrictions || []).map((r) => r.child_id));
	const usable = (c) => c && c.given_name && c.family_name && c.nhs_number &&
	    !demoRestricted.has(c.id);
	for (const l of logins) {
		const u = users.get(l.username);
		l.user = u;
		l.professional = u?.professional_id ? prof.get(u.professional_id) : undefined;
	}
	const sw = logins.find((l) => l.user?.role === 'social_worker');
	// The social worker's child: on a plan, with a conference, theirs if they have one.
	const theirs = x.referrals.filter((f) => f.social_worker_id === sw.user.professional_id)
	    .map((f) => f.child_id);
	const size = recordSizes(x);
	const candidates = [...new Set([...theirs, ...onPlan])].filter((id) => onPlan.has(id) &&
	    conferenced.has(id) && usable(children.get(id)));
	const own = candidates.filter((id) => theirs.includes(id));
	const pick = (own.length ? own : candidates).sort((a, b) => size.get(a) - size.get(b));
	const swChild = children.get(pick[0]);
	// One record restricted to a user who is no demo login, and used by no other journey.
	const loginIds = new Set(logins.map((l) => l.user?.id));
	const named = x.users.find((u) => !loginIds.has(u.id));
	const restricted = x.children.find((c) => usable(c) && c.id !== swChild.id &&
	    !onPlan.has(c.id));
	const partners = logins.filter((l) => l.user?.role === 'partner').map((l) => {
		const known = agencyChildren(x, l.professional.agency_id);
		const mine = [...known].map((id) => children.get(id)).filter((c) => usable(c) &&
		    c.id !== restricted.id).sort((a, b) => size.get(a.id) - size.get(b.id));
		const other = x.children.find((c) => usable(c) && !known.has(c.id) &&
		    c.id !== restricted.id);
		return { ...l, kind: l.professional.role, child: mine[0], other };
	});
	const names = [...x.children, ...x.adults].filter((p) => p.given_name && p.family_name)
	    .map((p) => `${p.given_name} ${p.family_name}`);
	const nextRestriction = 1 + Math.max(0, ...(x.restrictions || []).map((r) => r.id));
	return { logins, sw, swChild, restricted, restrictedTo: named, partners, names,
	    children, export: x, nextRestriction };
}

// Makes the store in dir and learns the area. Returns the facts and the store's path.
export function makeArea(bin, dir) {
	const db = path.join(dir, 'browser.db');
	const out = sg(bin, ['demo', '--db', db, '--children', '4000', '--years', '2', '--end',
	    TODAY], 'the demo');
	const logins = parseLogins(out);
	if (logins.length < 10)
		throw new Error(`the demo printed ${logins.length} logins, expected one a role:\n${out}`);
	const file = path.join(dir, 'export.json');
	sg(bin, ['export', 'json', '--db', db, '--out', file], 'the export');
	const area = facts(JSON.parse(fs.readFileSync(file, 'utf8')), logins);
	const restriction = path.join(dir, 'restriction.json');
	fs.writeFileSync(restriction, JSON.stringify({ format: 'safeguard', version: 1,
	    restrictions: [{ id: area.nextRestriction, child_id: area.restricted.id, user_id: area.restrictedTo.id,
	        reason: 'A member of staff is a relative' }] }));
	sg(bin, ['import', 'json', restriction, '--db', db], 'the restriction');
	const awaiting = path.join(dir, 'awaiting.json');
	fs.writeFileSync(awaiting, JSON.stringify({ format: 'safeguard', version: 1,
	    ...toSign(area) }));
	sg(bin, ['import', 'json', awaiting, '--db', db], 'the decisions to sign');
	return { db, area };
}

// The demo leaves its manager only the kinds of decision its last weeks happened to make:
// for every other kind, a copy of one of the team's signed decisions, without its
// signature, is added (a stored record is imported only unchanged), so that the
// manager's journey signs one of each.
function toSign(area) {
	const x = area.export;
	const manager = area.logins.find((l) => l.user?.role === 'manager');
	const team = manager.professional.team_id;
	const teamOf = new Map(x.referrals.map((f) => [f.id, f.team_id]));
	const off = new Set([area.restricted.id, ...(x.restrictions || []).map((r) => r.child_id)]);
	const ours = (r) => teamOf.get(r.referral_id) === team && !off.has(r.child_id);
	const out = {};
	const drop = (r, cols) => Object.fromEntries(Object.entries(r).filter(([k]) =>
	    !cols.includes(k)));
	const kinds = [
		['referrals', (r) => r.nfa, (r) => teamOf.get(r.id) === team && !off.has(r.child_id),
		    ['nfa_authorised_date', 'nfa_authorised_by_id']],
		['assessments', (r) => r.authorised_date, ours,
		    ['authorised_date', 'authorised_by_id', 'factors']],
		['s47_enquiries', (r) => r.outcome, ours,
		    ['outcome_authorised_date', 'outcome_authorised_by_id']],
		['cp_plans', (r) => r.end_date, ours, ['end_authorised_date', 'end_authorised_by_id']],
	];
	const nextId = (table) => 1 + Math.max(...x[table].map((y) => y.id),
	    ...(out[table] || []).map((y) => y.id));
	for (const [table, decided, mine, signature] of kinds) {
		let rows = x[table].filter((r) => decided(r) && mine(r));
		if (rows.some((r) => !r[signature[0]]))
			continue;	/* one of the team's waits already */
		if (!rows.length && table === 'cp_plans') {
			/* Plans belong to the protection team: one moves to a new referral of the
			 * manager's team, of the same child. */
			rows = x[table].filter((r) => decided(r) && !off.has(r.child_id));
			const f = drop(x.referrals.find((y) => y.id === rows[rows.length - 1].referral_id),
			    ['nfa_authorised_date', 'nfa_authorised_by_id', 'contact_id']);
			/* received a day before the first, so that the record's two episodes are
			 * told apart by their headings (and so from no contact: a referral cannot
			 * come before the contact it came from) */
			const day = new Date(`${f.received_date}T12:00:00Z`);
			day.setUTCDate(day.getUTCDate() - 1);
			(out.referrals ||= []).push({ ...f, id: nextId('referrals'), team_id: team,
			    received_date: day.toISOString().slice(0, 10) });
		}
		if (!rows.length)
			continue;
		const r = drop(rows[rows.length - 1], signature);
		r.id = nextId(table);
		if (table === 'assessments')
			r.submitted_date = r.submitted_date || rows[rows.length - 1].authorised_date;
		if (table === 'cp_plans' && out.referrals && teamOf.get(r.referral_id) !== team)
			r.referral_id = out.referrals[out.referrals.length - 1].id;
		(out[table] ||= []).push(r);
	}
	/* In the order of the export, which is the order an import takes. */
	return Object.fromEntries(['referrals', 'assessments', 's47_enquiries', 'cp_plans']
	    .filter((t) => out[t]).map((t) => [t, out[t]]));
}

function freePort() {
	return new Promise((resolve, reject) => {
		const s = net.createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address();
			s.close(() => resolve(port));
		});
	});
}

async function answers(url, deadline) {
	while (Date.now() < deadline) {
		try {
			const r = await fetch(url);
			if (r.status === 200) return true;
		} catch { /* not listening yet */ }
		await new Promise((r) => setTimeout(r, 100));
	}
	return false;
}

// `safeguard serve` on a free port; resolves when it answers its login page.
export async function startServer(bin, db, dir, name, env = {}) {
	const port = await freePort();
	const log = path.join(dir, `${name}.log`);
	const fd = fs.openSync(log, 'w');
	const child = spawn(bin, ['serve', '--db', db, '--listen', `127.0.0.1:${port}`],
	    { env: testEnv(env), stdio: ['ignore', fd, fd] });
	fs.closeSync(fd);
	const exited = new Promise((resolve) => child.once('exit', (code, signal) =>
	    resolve({ code, signal })));
	const base = `http://127.0.0.1:${port}`;
	const up = await Promise.race([answers(`${base}/login`, Date.now() + 30000),
	    exited.then(() => false)]);
	const server = { name, base, child, exited, log };
	if (!up) {
		await stopServer(server);
		throw new Error(`${name}: safeguard serve did not answer on ${base}\n${tail(log)}`);
	}
	return server;
}

export function tail(file, n = 40) {
	try {
		return fs.readFileSync(file, 'utf8').split('\n').slice(-n).join('\n');
	} catch {
		return '';
	}
}

// Stops the server by its process id; resolves to a message when it did not end well.
export async function stopServer(server) {
	if (server.child.exitCode === null && server.child.signalCode === null)
		server.child.kill('SIGTERM');
	const timer = setTimeout(() => server.child.kill('SIGKILL'), 15000);
	const { code, signal } = await server.exited;
	clearTimeout(timer);
	if (code === 0) return null;
	return `${server.name}: safeguard serve ended with ${signal ? `signal ${signal}` :
	    `status ${code}`}\n${tail(server.log)}`;
}
