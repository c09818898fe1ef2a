/*
 * web.h: safeguard serve, the web interface and JSON API over one store. See server.c.
 */
#ifndef SG_WEB_H
#define SG_WEB_H

struct web_opts {
	const char *db;		/* the store */
	const char *address;	/* "127.0.0.1", "::1", "0.0.0.0" ... */
	int port;
	const char *cert, *key;	/* PEM files: HTTPS when both are given */
	int trust_proxy;	/* the client's address from X-Forwarded-For; scheme from
				 * X-Forwarded-Proto */
	const char *log;	/* request log file; NULL: standard error */
	int max_connections, per_address;	/* 0: the defaults */
	int request_seconds;	/* time a client has to send a request; 0: default */
	int quiet;		/* no log lines (benchmarks) */
	int today;		/* a cal_date standing in for today, or CAL_NONE */
};

/* Serves until SIGTERM or SIGINT, then lets the requests in flight finish and returns 0;
 * a message on standard error and 2 when it cannot start (the address in use, a
 * certificate that does not load, a store that cannot be opened). */
int web_serve(const struct web_opts *o);

/* Whether an address is the machine's own (127.0.0.0/8, ::1, localhost): 1 or 0. */
int web_is_loopback(const char *address);

#endif
