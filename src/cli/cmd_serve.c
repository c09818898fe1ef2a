/*
 * cmd_serve.c: safeguard serve, the web interface and API (src/web/). The options are
 * checked here, before anything listens: an address that is not ADDRESS:PORT, a
 * certificate without its key, a limit out of range.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/str.h"
#include "calendar/cal.h"
#include "store/store.h"
#include "cli/commands.h"
#include "cli/demo_logins.h"
#include "cli/today.h"
#include "web/web.h"

/* "127.0.0.1:8080", "[::1]:8080", "0.0.0.0:80" into address and port. */
static int
listen_option(const struct cli_args *a, const char *v, char *addr, size_t size, int *port)
{
	const char *colon = strrchr(v, ':');
	size_t n;

	if (!colon || !str_to_int(colon + 1, 1, 65535, port))
		return cli_fail(a, "--listen: \"%s\" is not ADDRESS:PORT (for example 127.0.0.1:8080 "
		    "or [::1]:8080; the port from 1 to 65535)", v);
	n = (size_t)(colon - v);
	if (n >= 2 && v[0] == '[' && v[n - 1] == ']') {
		v++;
		n -= 2;
	}
	if (n == 0 || n >= size)
		return cli_fail(a, "--listen: \"%s\" has no address before the port (for example "
		    "127.0.0.1:8080)", v);
	memcpy(addr, v, n);
	addr[n] = '\0';
	return CLI_OK;
}

static int
limit_option(const struct cli_args *a, const char *name, int min, int max, int *out)
{
	const char *v = cli_value(a, name);

	if (v && !str_to_int(v, min, max, out))
		return cli_fail(a, "%s: \"%s\" is not a whole number from %d to %d", name, v, min,
		    max);
	return CLI_OK;
}

int
cmd_serve(const struct cli_args *a)
{
	struct web_opts o;
	char addr[128] = "127.0.0.1";
	const char *listen = cli_value(a, "--listen");
	cal_date today;
	struct store *st;

	memset(&o, 0, sizeof o);
	o.port = 8080;
	if ((listen && listen_option(a, listen, addr, sizeof addr, &o.port) != CLI_OK) ||
	    limit_option(a, "--max-connections", 1, 10000, &o.max_connections) != CLI_OK ||
	    limit_option(a, "--per-address", 1, 10000, &o.per_address) != CLI_OK ||
	    limit_option(a, "--request-seconds", 1, 600, &o.request_seconds) != CLI_OK)
		return CLI_BAD;
	o.address = addr;
	o.cert = cli_value(a, "--cert");
	o.key = cli_value(a, "--key");
	if ((o.cert != NULL) != (o.key != NULL))
		return cli_fail(a, "%s is given without %s (HTTPS needs the certificate and its "
		    "private key)", o.cert ? "--cert" : "--key", o.cert ? "--key" : "--cert");
	o.trust_proxy = cli_flag(a, "--trust-proxy");
	o.log = cli_value(a, "--log");
	o.quiet = cli_flag(a, "--quiet");
	o.db = a->db;
	o.today = CAL_NONE;
	/* $SAFEGUARD_TODAY stands in for today here as in every command (today.c). */
	if (getenv("SAFEGUARD_TODAY") && *getenv("SAFEGUARD_TODAY")) {
		if (!cli_today(a, &today))
			return CLI_BAD;
		o.today = today;
	}
	if (!(st = cli_open_store(a, 0)))
		return CLI_BAD;
	cli_demo_logins_print(st);
	store_close(st);
	return web_serve(&o);
}
