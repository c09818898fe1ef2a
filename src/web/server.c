/*
 * server.c: safeguard serve, on GNU libmicrohttpd. The only file that knows the HTTP
 * library: it accepts connections, hands each request's target, headers and body to
 * the pipeline (dispatch.c), and sends what the pipeline wrote.
 *
 * One thread per connection (style.md: a slow handler then delays only its own client),
 * with HTTP/1.1 keep-alive. Limits, so that slow or huge clients cannot starve others:
 * connections in all and per address; headers in a fixed memory pool per connection
 * (larger ones are refused with 431); bodies of at most WEB_BODY_MAX (413); the time to
 * send a request (watch.c); and the library's own idle timeout. The request log has one
 * line a request: time, user, method, route (the pattern, never the address asked with
 * its ids or query), status, bytes and microseconds; nothing a client typed reaches it.
 *
 * SIGTERM and SIGINT stop the listening socket at once, let the requests in flight
 * finish, then close the connections and return 0.
 */
#include "web/web_int.h"

#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netdb.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "auth/auth.h"
#include "base/mem.h"
#include "base/str.h"
#include "web/annex_jobs.h"
#include "web/assets.h"
#include "web/snapshot.h"
#include "web/watch.h"

#define DEFAULT_CONNECTIONS 512
#define DEFAULT_PER_ADDRESS 64
#define DEFAULT_REQUEST_SECONDS 20
#define IDLE_SECONDS 15
#define HEADER_POOL (32 * 1024)

struct conn_req {
	struct web_req r;
	int phase;		/* 0: nothing seen yet; 1: reading the body; 2: answered */
	int no_host;		/* HTTP/1.1 without the Host header it must carry */
};

static atomic_int inflight;
static FILE *log_file;
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;

int64_t
web_now(void)
{
	return (int64_t)time(NULL);
}

int64_t
web_now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

cal_date
web_today(const struct web_server *srv)
{
	time_t now = time(NULL);
	struct tm tm;

	if (srv && srv->today != CAL_NONE)
		return srv->today;
	localtime_r(&now, &tm);
	return cal_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

const char *
web_header(struct web_req *r, const char *name)
{
	if (r->conn)
		return MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, name);
	for (int i = 0; i < r->nheaders; i++)
		if (strcasecmp(r->headers[i].name, name) == 0)
			return r->headers[i].value;
	return NULL;
}

/* libmicrohttpd decodes %-escapes in place unless told otherwise: parse.c does it. */
static size_t
no_unescape(void *cls, struct MHD_Connection *c, char *s)
{
	(void)cls;
	(void)c;
	return strlen(s);
}

/* Called with the request target as it arrived, before anything else of the request. */
static void *
on_uri(void *cls, const char *uri, struct MHD_Connection *c)
{
	struct conn_req *cr = xcalloc(1, sizeof *cr);
	struct web_req *r = &cr->r;

	(void)c;
	r->srv = cls;
	r->started_us = web_now_us();
	arena_init(&r->arena, WEB_ARENA_MAX);
	buf_init(&r->body, WEB_BODY_MAX);
	buf_init(&r->out, WEB_PAGE_MAX);
	r->target = arena_strndup(&r->arena, uri, strnlen(uri, WEB_MAX_TARGET + 1));
	atomic_fetch_add(&inflight, 1);
	return cr;
}

/* The client's address: the peer, or behind a trusted proxy the last address of
 * X-Forwarded-For (the one the proxy itself saw). */
static void
client_address(struct web_req *r, struct MHD_Connection *c)
{
	const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c,
	    MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	const struct sockaddr *sa = ci ? ci->client_addr : NULL;
	const char *fwd, *proto;

	str_copy(r->addr, sizeof r->addr, "unknown");
	if (sa && sa->sa_family == AF_INET)
		inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr,
		    r->addr, sizeof r->addr);
	else if (sa && sa->sa_family == AF_INET6)
		inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr,
		    r->addr, sizeof r->addr);
	r->https = r->srv->https;
	if (!r->srv->opts.trust_proxy)
		return;
	if ((fwd = web_header(r, "X-Forwarded-For"))) {
		const char *last = strrchr(fwd, ',');
		last = last ? last + 1 : fwd;
		while (*last == ' ')
			last++;
		if (*last && strlen(last) < sizeof r->addr && web_text_ok(last, strlen(last), 0))
			str_copy(r->addr, sizeof r->addr, last);
	}
	if ((proto = web_header(r, "X-Forwarded-Proto")) && strcmp(proto, "https") == 0)
		r->https = 1;
}

static void
free_out(void *p)
{
	xfree(p);
}

static struct MHD_Response *
make_response(struct web_req *r)
{
	struct MHD_Response *resp;
	struct web_header_pair hs[16];
	int n;

	if (r->asset && !r->not_modified) {
		r->sent = r->asset->len;
		resp = MHD_create_response_from_buffer(r->asset->len, (void *)r->asset->data,
		    MHD_RESPMEM_PERSISTENT);
	} else {
		size_t len = r->not_modified ? 0 : r->out.len;
		char *p = r->out.p;
		r->sent = len;
		resp = MHD_create_response_from_buffer_with_free_callback(len, p, free_out);
		buf_init(&r->out, WEB_PAGE_MAX);	/* the response owns the bytes now */
	}
	if (!resp)
		return NULL;
	n = web_security_headers(r, hs, 16);
	for (int i = 0; i < n; i++)
		MHD_add_response_header(resp, hs[i].name, hs[i].value);
	for (int i = 0; i < r->ncookies; i++)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_SET_COOKIE, r->cookies[i]);
	if (r->location)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_LOCATION, r->location);
	if (r->allow)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, r->allow);
	if (r->etag)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_ETAG, r->etag);
	return resp;
}

static struct web_watch *
watch_of(struct MHD_Connection *c)
{
	const union MHD_ConnectionInfo *si = MHD_get_connection_info(c,
	    MHD_CONNECTION_INFO_SOCKET_CONTEXT);

	return si ? si->socket_context : NULL;
}

static enum MHD_Result
answer(struct conn_req *cr, struct MHD_Connection *c)
{
	struct web_req *r = &cr->r;
	struct MHD_Response *resp;
	enum MHD_Result rc;

	if (cr->phase == 2)
		return MHD_YES;
	cr->phase = 2;
	/* The whole request is here: from now on the time is ours, not the client's. */
	web_watch_disarm(watch_of(c));
	if (cr->no_host)	/* RFC 9112 3.2: a server must answer 400 */
		web_error(r, 400, "This request cannot be read", "A request of HTTP/1.1 must "
		    "name the host it is for.");
	else
		web_dispatch(r);
	if (r->st) {
		web_pool_put(r->srv->pool, r->st);
		r->st = NULL;
	}
	if (!(resp = make_response(r)))
		return MHD_NO;
	rc = MHD_queue_response(c, (unsigned)r->status, resp);
	MHD_destroy_response(resp);
	return rc;
}

static int
too_long(const char *content_length)
{
	int64_t n;

	return content_length && (!str_to_i64(content_length, &n) || n < 0 ||
	    (uint64_t)n > WEB_BODY_MAX);
}

/*
 * The request's headers have arrived. Its deadline (watch.c) still runs: the body must
 * arrive within it too, or a client could hold the connection by sending a byte of its
 * body every few seconds.
 */
static void
first_call(struct conn_req *cr, struct MHD_Connection *c, const char *method,
    const char *version)
{
	struct web_req *r = &cr->r;

	cr->phase = 1;
	r->conn = c;
	if (!str_copy(r->method, sizeof r->method, method))
		str_copy(r->method, sizeof r->method, "?");
	client_address(r, c);
	cr->no_host = strcmp(version, MHD_HTTP_VERSION_1_1) == 0 &&
	    !web_header(r, MHD_HTTP_HEADER_HOST);
	r->body_toobig = too_long(web_header(r, MHD_HTTP_HEADER_CONTENT_LENGTH));
}

static enum MHD_Result
on_access(void *cls, struct MHD_Connection *c, const char *url, const char *method,
    const char *version, const char *data, size_t *size, void **con_cls)
{
	struct conn_req *cr = *con_cls;

	(void)cls;
	(void)url;
	if (!cr)
		return MHD_NO;
	if (cr->phase == 0) {
		first_call(cr, c, method, version);
		return cr->r.body_toobig ? answer(cr, c) : MHD_YES;
	}
	/* A body found too large only as it arrives (no Content-Length: chunked) is read to
	 * its end and dropped, then answered 413: libmicrohttpd takes no response while a
	 * body is still arriving, and would close the connection without a word. */
	if (*size) {
		if (cr->phase == 1 && !cr->r.body_toobig) {
			buf_add(&cr->r.body, data, *size);
			cr->r.body_toobig = cr->r.body.toobig;
		}
		*size = 0;
		return MHD_YES;
	}
	return answer(cr, c);
}

static void
log_line(const struct web_req *r)
{
	char when[32], user[80];
	time_t t = (time_t)(r->started_us / 1000000);
	struct tm tm;
	size_t bytes = r->asset && !r->not_modified ? r->asset->len : r->sent;

	if (r->srv->opts.quiet)
		return;
	gmtime_r(&t, &tm);
	strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
	str_copy(user, sizeof user, r->logged_in ? r->user.username : "-");
	for (char *p = user; *p; p++)	/* never a character that could forge a line */
		if ((unsigned char)*p <= ' ' || *p == 0x7f)
			*p = '?';
	pthread_mutex_lock(&log_lock);
	fprintf(log_file, "%s %s %s %s %d %zu %lldus\n", when, user, r->method[0] ? r->method : "-",
	    r->route ? r->route->pattern : "-", r->status, bytes,
	    (long long)(web_now_us() - r->started_us));
	fflush(log_file);
	pthread_mutex_unlock(&log_lock);
}

static void
on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
    enum MHD_RequestTerminationCode toe)
{
	struct conn_req *cr = *con_cls;
	const union MHD_ConnectionInfo *si = MHD_get_connection_info(c,
	    MHD_CONNECTION_INFO_SOCKET_CONTEXT);

	(void)cls;
	(void)toe;
	if (!cr)
		return;
	web_watch_arm(si ? si->socket_context : NULL);	/* the next request's deadline */
	if (cr->phase == 2)
		log_line(&cr->r);
	if (cr->r.st)
		web_pool_put(cr->r.srv->pool, cr->r.st);
	buf_free(&cr->r.body);
	buf_free(&cr->r.out);
	arena_free(&cr->r.arena);
	xfree(cr);
	*con_cls = NULL;
	atomic_fetch_sub(&inflight, 1);
}

static void
on_connection(void *cls, struct MHD_Connection *c, void **socket_context,
    enum MHD_ConnectionNotificationCode toe)
{
	const union MHD_ConnectionInfo *fd;

	(void)cls;
	if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
		fd = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
		*socket_context = fd ? web_watch_add(fd->connect_fd) : NULL;
	} else {
		web_watch_remove(*socket_context);
		*socket_context = NULL;
	}
}

/* libmicrohttpd's own messages carry no request data; they go to the log as they are. */
static void
on_library_error(void *cls, const char *fmt, va_list ap)
{
	(void)cls;
	pthread_mutex_lock(&log_lock);
	fputs("libmicrohttpd: ", log_file);
	vfprintf(log_file, fmt, ap);
	fflush(log_file);
	pthread_mutex_unlock(&log_lock);
}

int
web_is_loopback(const char *address)
{
	struct in_addr v4;
	struct in6_addr v6;

	if (strcmp(address, "localhost") == 0)
		return 1;
	if (inet_pton(AF_INET, address, &v4) == 1)
		return (ntohl(v4.s_addr) >> 24) == 127;
	return inet_pton(AF_INET6, address, &v6) == 1 && IN6_IS_ADDR_LOOPBACK(&v6);
}

/* The socket address to listen on: a numeric IPv4 or IPv6 address, or localhost. */
static int
listen_address(const struct web_opts *o, struct sockaddr_storage *ss, int *v6)
{
	struct addrinfo hints, *res = NULL;
	char port[16];
	int rc;

	memset(&hints, 0, sizeof hints);
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
	if (strcmp(o->address, "localhost") != 0)
		hints.ai_flags |= AI_NUMERICHOST;
	snprintf(port, sizeof port, "%d", o->port);
	if ((rc = getaddrinfo(o->address, port, &hints, &res)) != 0 || !res) {
		fprintf(stderr, "safeguard serve: --listen: \"%s\" is not an address this machine "
		    "can listen on (use an IP address such as 127.0.0.1 or ::1): %s\n", o->address,
		    gai_strerror(rc));
		return -1;
	}
	memcpy(ss, res->ai_addr, res->ai_addrlen);
	*v6 = res->ai_family == AF_INET6;
	freeaddrinfo(res);
	return 0;
}

static char *
read_pem(const char *option, const char *path)
{
	FILE *f = fopen(path, "rb");
	struct buf b;
	char chunk[4096];
	size_t n;

	if (!f) {
		fprintf(stderr, "safeguard serve: %s: cannot read %s: %s\n", option, path,
		    strerror(errno));
		return NULL;
	}
	buf_init(&b, 1u << 20);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	if (b.toobig || !strstr(buf_str(&b), "-----BEGIN")) {
		fprintf(stderr, "safeguard serve: %s: %s is not a PEM file (give the %s in PEM "
		    "form)\n", option, path, strcmp(option, "--cert") == 0 ? "certificate chain" :
		    "private key");
		buf_free(&b);
		return NULL;
	}
	return b.p;
}

static struct MHD_Daemon *
start_daemon(struct web_server *srv, char *cert, char *key)
{
	const struct web_opts *o = &srv->opts;
	struct sockaddr_storage ss;
	unsigned flags = MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD |
	    MHD_USE_POLL | MHD_USE_ITC | MHD_USE_ERROR_LOG;
	int v6 = 0;
	struct MHD_OptionItem tls[] = {
		{MHD_OPTION_HTTPS_MEM_CERT, 0, cert}, {MHD_OPTION_HTTPS_MEM_KEY, 0, key},
		{MHD_OPTION_END, 0, NULL},
	};

	if (listen_address(o, &ss, &v6) < 0)
		return NULL;
	if (v6)
		flags |= MHD_USE_IPv6;
	if (cert)
		flags |= MHD_USE_TLS;
	return MHD_start_daemon(flags, (uint16_t)o->port, NULL, NULL, on_access, srv,
	    MHD_OPTION_EXTERNAL_LOGGER, on_library_error, NULL,	/* first, so it takes all */
	    MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
	    MHD_OPTION_CONNECTION_LIMIT, (unsigned)o->max_connections,
	    MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)o->per_address,
	    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)IDLE_SECONDS,
	    MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)HEADER_POOL,
	    MHD_OPTION_URI_LOG_CALLBACK, on_uri, srv,
	    MHD_OPTION_UNESCAPE_CALLBACK, no_unescape, NULL,
	    MHD_OPTION_NOTIFY_COMPLETED, on_completed, NULL,
	    MHD_OPTION_NOTIFY_CONNECTION, on_connection, NULL,
	    MHD_OPTION_LISTENING_ADDRESS_REUSE, (unsigned)1,
	    MHD_OPTION_ARRAY, cert ? tls : tls + 2,
	    MHD_OPTION_END);
}

/* Waits for SIGTERM or SIGINT (blocked in every thread, so only this one takes it). */
static void
wait_for_signal(const sigset_t *set)
{
	int sig = 0;

	while (sigwait(set, &sig) != 0 || (sig != SIGTERM && sig != SIGINT))
		;
}

static void
drain(struct MHD_Daemon *d, int seconds)
{
	MHD_socket ls = MHD_quiesce_daemon(d);

	if (ls != MHD_INVALID_SOCKET)
		close(ls);
	for (int i = 0; i < seconds * 20 && atomic_load(&inflight) > 0; i++)
		usleep(50000);
}

static int
count_login(void *ctx, const struct store_user *u, const char *password)
{
	(void)u;
	(void)password;
	(*(int *)ctx)++;
	return 0;
}

/* Checks the store opens, and may be served on this address. */
static int
preflight(struct web_server *srv)
{
	const char *err;
	struct store *st = web_pool_get(srv->pool, &err);
	int demo = 0, rc = 0;

	if (!st) {
		fprintf(stderr, "safeguard serve: %s\n", err);
		return -1;
	}
	if (store_demo_logins(st, count_login, &demo) < 0) {
		fprintf(stderr, "safeguard serve: %s\n", store_error(st));
		rc = -1;
	} else if (demo && !web_is_loopback(srv->opts.address)) {
		fprintf(stderr, "safeguard serve: --listen: this store's demo users still have the "
		    "printed passwords, which anyone who has seen them can use; it is served "
		    "only on this machine (127.0.0.1) until every one is changed with 'safeguard "
		    "user password USERNAME'\n");
		rc = -1;
	}
	web_pool_put(srv->pool, st);
	return rc;
}

static void
defaults(struct web_server *srv, const struct web_opts *o)
{
	srv->opts = *o;
	if (!srv->opts.max_connections)
		srv->opts.max_connections = DEFAULT_CONNECTIONS;
	if (!srv->opts.per_address)
		srv->opts.per_address = DEFAULT_PER_ADDRESS;
	if (!srv->opts.request_seconds)
		srv->opts.request_seconds = DEFAULT_REQUEST_SECONDS;
	srv->idle_minutes = 30;
	srv->today = o->today;
	srv->https = o->cert != NULL;
}

static int
open_parts(struct web_server *srv)
{
	const char *err;

	if (auth_init() < 0) {
		fprintf(stderr, "safeguard serve: cannot start libsodium\n");
		return -1;
	}
	log_file = srv->opts.log ? fopen(srv->opts.log, "a") : stderr;
	if (!log_file) {
		fprintf(stderr, "safeguard serve: --log: cannot open %s: %s\n", srv->opts.log,
		    strerror(errno));
		return -1;
	}
	srv->pool = web_pool_new(srv->opts.db, 16);
	srv->throttle = web_throttle_new();
	if (preflight(srv) < 0)
		return -1;
	if (!(srv->auditq = web_auditq_new(srv->opts.db, &err)) ||
	    web_snapshot_start(srv, &err) < 0) {
		fprintf(stderr, "safeguard serve: %s\n", err);
		return -1;
	}
	return 0;
}

static void
close_parts(struct web_server *srv)
{
	web_annex_stop();	/* before the snapshots: an export being built holds one */
	web_snapshot_stop();
	web_snapshot_drop_all();
	web_auditq_free(srv->auditq);
	web_pool_free(srv->pool);
	web_throttle_free(srv->throttle);
	if (log_file && log_file != stderr)
		fclose(log_file);
	log_file = NULL;
}

int
web_serve(const struct web_opts *o)
{
	struct web_server srv;
	struct MHD_Daemon *d = NULL;
	char *cert = NULL, *key = NULL;
	sigset_t set;
	int rc = 2;

	memset(&srv, 0, sizeof srv);
	defaults(&srv, o);
	if (o->cert && (!(cert = read_pem("--cert", o->cert)) || !(key = read_pem("--key", o->key))))
		goto out;
	if (open_parts(&srv) < 0)
		goto out;
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);
	if (web_watch_start(srv.opts.request_seconds) < 0 || !(d = start_daemon(&srv, cert, key))) {
		fprintf(stderr, "safeguard serve: cannot listen on %s port %d: %s (is another "
		    "program using it? choose another with --listen ADDRESS:PORT)\n", o->address,
		    o->port, strerror(errno));
		goto out;
	}
	printf("safeguard serve: the store %s on %s://%s%s%s:%d/ (stop with Ctrl-C)\n", o->db,
	    cert ? "https" : "http", strchr(o->address, ':') ? "[" : "", o->address,
	    strchr(o->address, ':') ? "]" : "", o->port);
	fflush(stdout);
	wait_for_signal(&set);
	drain(d, srv.opts.request_seconds + 10);
	MHD_stop_daemon(d);
	d = NULL;
	rc = 0;
out:
	if (d)
		MHD_stop_daemon(d);
	web_watch_stop();
	close_parts(&srv);
	if (key)
		xfree(key);
	xfree(cert);
	return rc;
}
