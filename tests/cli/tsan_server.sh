# tsan_server.sh: the server under ThreadSanitizer (build/tsan/safeguard, make tsan), with
# clients at once for about TSAN_SECONDS (20): a social worker, a team manager and a
# police officer read the worklist, children's pages, search and the API, several
# threads each on one session (a browser with tabs open), while the administrator gives
# area.name new values and renames a team, so that records change and every reader's
# next request has the area read again (snapshot.c) while others still hold the old one;
# and the social worker saves contacts through the form, each followed by the child's
# record, built from a fresh load of the child until the area in memory has the save.
# ThreadSanitizer must report nothing: it stops the server at the first report
# (halt_on_error), and its stderr is searched for one besides. No request may fail with
# a 5xx, and every kind of request must have been made.
. "$SG_ROOT/tests/lib.sh"

TS="$SG_ROOT/build/tsan/safeguard"
secs="${TSAN_SECONDS:-20}"
if [ ! -x "$TS" ]; then
	not_ok "no ThreadSanitizer build at build/tsan/safeguard (make tsan)"
	finish
fi
run 0 "a small demo store" $SG demo --children 2000 --db t.db
mv out.txt demo.txt
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# Starts the server; waits until it listens (or has died), up to a minute.
start() {
	TSAN_OPTIONS="halt_on_error=1 exitcode=66 second_deadlock_stack=1" \
		"$@" "$TS" serve --db t.db --listen "127.0.0.1:$port" >serve.out 2>serve.err &
	server=$!
	i=0
	until grep -q "^safeguard serve: the store" serve.out 2>/dev/null || [ $i -ge 600 ]; do
		kill -0 $server 2>/dev/null || break
		sleep 0.1
		i=$((i + 1))
	done
}
start
# Kernels with more address-space randomisation than this TSan runtime expects refuse it
# at once ("unexpected memory mapping"): without the randomisation it runs.
if grep -q "unexpected memory mapping" serve.err; then
	wait $server
	start setarch "$(uname -m)" -R
fi
if grep -q "^safeguard serve: the store" serve.out; then ok "the TSan server listens"; else
	not_ok "the TSan server did not start"
	sed 's/^/    stderr: /' serve.err | head -n 40
	kill $server 2>/dev/null
	finish
fi

python3 - "$port" "$secs" demo.txt >clients.txt 2>&1 <<'EOF'
import datetime, http.client, re, sys, threading, time, urllib.parse

port, secs, demo = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
logins = {}
for line in open(demo):
    m = re.match(r'\s+(.+?)\s+([a-z0-9._-]+)\s+([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})(?: \((.*)\))?$', line)
    if m:
        role, user, pw, agency = m.groups()
        key = 'police' if role.startswith('partner') and 'Police' in (agency or '') else role
        logins.setdefault(key, (user, pw))
lock = threading.Lock()
counts, failures = {}, []

def request(method, path, jar, form=None):
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=120)
    headers = {'Cookie': '; '.join('%s=%s' % kv for kv in jar.items())} if jar else {}
    body = None
    if form is not None:
        body = urllib.parse.urlencode(form)
        headers['Content-Type'] = 'application/x-www-form-urlencoded'
    c.request(method, path, body=body, headers=headers)
    r = c.getresponse()
    text = r.read().decode('utf-8', 'replace')
    for k, v in r.getheaders():
        if k.lower() == 'set-cookie':
            name, value = v.split(';')[0].split('=', 1)
            if value:
                jar[name] = value
    c.close()
    kind = method + ' ' + re.sub(r'/\d+', '/N', path.split('?')[0])
    with lock:
        counts[kind] = counts.get(kind, 0) + 1
        if r.status >= 500:
            failures.append('%s %s: %d' % (method, path, r.status))
    return r.status, text

def csrf(text):
    m = re.search(r'name="csrf" value="([0-9a-f]+)"', text)
    return m.group(1) if m else ''

def login(role):
    user, pw = logins[role]
    jar = {}
    status, text = request('GET', '/login', jar)
    status, _ = request('POST', '/login', jar, {'csrf': csrf(text), 'username': user,
                                                'password': pw, 'next': ''})
    if status != 303 or 'sg_session' not in jar:
        failures.append('%s could not log in: %d' % (role, status))
    return jar

def reader(jar, pages, until):
    children = []
    while time.time() < until:
        for p in pages:
            status, text = request('GET', p, jar)
            if p == '/worklist':
                children = sorted(set(re.findall(r'href="/children/(\d+)', text)))[:8] or children
        for cid in children[:4]:
            request('GET', '/children/' + cid, jar)
            request('GET', '/api/v1/children/' + cid, jar)

def form_fields(text, action):
    m = re.search(r'<form method="post" action="%s"[^>]*>(.*?)</form>' % re.escape(action), text, re.S)
    fields = {}
    for tag in re.findall(r'<input[^>]*>', m.group(1) if m else ''):
        n, v = re.search(r'name="([^"]*)"', tag), re.search(r'value="([^"]*)"', tag)
        if n and 'type="checkbox"' not in tag:
            fields[n.group(1)] = v.group(1) if v else ''
    for name, body in re.findall(r'<select[^>]*name="([^"]*)"[^>]*>(.*?)</select>', m.group(1) if m else '', re.S):
        sel = re.search(r'<option value="([^"]*)" selected', body) or re.search(r'<option value="([^"]*)"', body)
        fields[name] = sel.group(1) if sel else ''
    return fields

def admin(jar, until):
    n = 0
    while time.time() < until:
        n += 1
        status, text = request('GET', '/admin/settings', jar)
        day = datetime.date.today() + datetime.timedelta(days=1 + n % 200)
        status, _ = request('POST', '/admin/settings', jar, {'csrf': csrf(text), 'key': 'area.name',
                            'value': 'Demo Borough %d' % n, 'effective_from': day.isoformat()})
        if status != 303:
            failures.append('the setting was not saved: %d' % status)
        status, text = request('GET', '/admin/teams?edit=1', jar)
        fields = form_fields(text, '/admin/teams')
        fields['name'] = 'Assessment team %d' % n
        status, _ = request('POST', '/admin/teams', jar, fields)
        if status != 303:
            failures.append('the team was not saved: %d' % status)

def saver(jar, until):
    # Contacts saved through the form, each followed by the child's record it leads back
    # to: built from a fresh load of the child while the area in memory is behind.
    status, text = request('GET', '/worklist', jar)
    children = sorted(set(re.findall(r'href="/children/(\d+)', text)))[:6] or ['1']
    today = datetime.date.today()
    n = 0
    while time.time() < until:
        cid = children[n % len(children)]
        n += 1
        status, text = request('GET', '/children/%s/new/contacts' % cid, jar)
        if status == 403:
            continue
        status, _ = request('POST', '/children/%s/contacts' % cid, jar, {'csrf': csrf(text),
                            'received_date-day': today.day, 'received_date-month': today.month,
                            'received_date-year': today.year, 'source': '1A', 'outcome': 'advice'})
        if status != 303:
            failures.append('the contact was not saved: %d' % status)
        request('GET', '/children/%s?saved=contacts&as=edit' % cid, jar)

for role in ('social worker', 'team manager', 'police', 'administrator'):
    if role not in logins:
        failures.append('no demo login for ' + role)
# The four log in at once: the first requests of a server read its settings (session.c)
# while the others' pages are written.
jars = {}
def login_into(role):
    jars[role] = login(role)
starters = [threading.Thread(target=login_into, args=(role,)) for role in logins if role in
            ('social worker', 'team manager', 'police', 'administrator')]
for t in starters:
    t.start()
for t in starters:
    t.join()
until = time.time() + secs
threads = []
plan = {'social worker': ['/worklist', '/search?q=smith', '/api/v1/worklist'],
        'team manager': ['/worklist', '/overview', '/search?q=a'],
        'police': ['/worklist', '/search?q=jones']}
for role, pages in plan.items():
    for _ in range(3):
        threads.append(threading.Thread(target=reader, args=(jars.get(role, {}), pages, until)))
threads.append(threading.Thread(target=admin, args=(jars.get('administrator', {}), until)))
for _ in range(2):
    threads.append(threading.Thread(target=saver, args=(jars.get('social worker', {}), until)))
for t in threads:
    t.start()
for t in threads:
    t.join()
for kind in sorted(counts):
    print('requests %6d %s' % (counts[kind], kind))
for f in failures[:20]:
    print('FAILED ' + f)
EOF
cat clients.txt | sed 's/^/    /'
lacks clients.txt "FAILED" "no request failed and every role logged in"
for kind in "GET /worklist" "GET /children/N" "GET /api/v1/children/N" "GET /search" \
    "GET /api/v1/worklist" "GET /overview" "POST /admin/settings" "POST /admin/teams" \
    "POST /children/N/contacts"; do
	has clients.txt "$kind" "clients made $kind requests"
done
kill -TERM $server 2>/dev/null
wait $server
rc=$?
equal "$rc" "0" "the TSan server stopped cleanly on SIGTERM"
if grep -q "WARNING: ThreadSanitizer" serve.err; then
	not_ok "ThreadSanitizer reported a problem"
	grep -v '^20[0-9-]*T' serve.err | head -n 80 | sed 's/^/    /'
else
	ok "ThreadSanitizer reported nothing ($(grep -c '^20[0-9-]*T' serve.err) requests logged)"
fi
finish
