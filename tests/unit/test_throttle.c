/* test_throttle.c: failed logins slow the next attempt (src/web/throttle.c, included to
 * see its table): the free tries, the doubling waits up to MAX_WAIT, the window after
 * which the count starts again, per account and per address apart, a success clearing
 * the account but not the address, and a flood of invented usernames taking no more
 * than the table's fixed slots while the newest entries stay counted. Time is given, so
 * nothing here sleeps. */
#include "harness.h"
#include "web/throttle.c"

#define T0 1000000

static int
used_slots(const struct web_throttle *t)
{
	int n = 0;

	for (int i = 0; i < SLOTS; i++)
		n += t->v[i].key[0] != '\0';
	return n;
}

/* One account from many addresses: only the account's count matters. */
static void
account(void)
{
	struct web_throttle *t = web_throttle_new();
	char addr[32];

	CHECK_INT(web_throttle_wait(t, "bob", "10.0.0.1", T0), 0);
	for (int i = 1; i < FREE_TRIES; i++) {
		snprintf(addr, sizeof addr, "10.0.0.%d", i);
		web_throttle_failed(t, "bob", addr, T0);
		CHECK_INT(web_throttle_wait(t, "bob", "10.9.9.9", T0), 0);
	}
	web_throttle_failed(t, "bob", "10.0.1.1", T0);		/* the fifth */
	CHECK_INT(web_throttle_wait(t, "bob", "10.9.9.9", T0), 1);
	CHECK_INT(web_throttle_wait(t, "bob", "10.9.9.9", T0 + 1), 0);
	CHECK_INT(web_throttle_wait(t, "alice", "10.9.9.9", T0), 0);	/* others go ahead */
	for (int k = 1; k <= 9; k++) {
		web_throttle_failed(t, "bob", "10.0.2.1", T0 + 10);
		CHECK_INT(web_throttle_wait(t, "bob", "10.9.9.9", T0 + 10), 1 << k);
	}
	web_throttle_failed(t, "bob", "10.0.2.1", T0 + 10);	/* 1024 s, capped */
	CHECK_INT(web_throttle_wait(t, "bob", "10.9.9.9", T0 + 10), MAX_WAIT);
	CHECK_INT(web_throttle_wait(t, "bob", "10.9.9.9", T0 + 10 + 500), MAX_WAIT - 500);
	/* Past the window from the first failure, the account goes free, and a new failure
	 * starts a new count. */
	CHECK_INT(web_throttle_wait(t, "bob", "10.9.9.9", T0 + WINDOW + 1), 0);
	web_throttle_failed(t, "bob", "10.0.3.1", T0 + WINDOW + 1);
	CHECK_INT(web_throttle_wait(t, "bob", "10.9.9.9", T0 + WINDOW + 1), 0);
	web_throttle_free(t);
}

/* One address trying many accounts: ADDRESS_TRIES free, then the address waits for
 * every username, and a success on an account does not clear the address. */
static void
address(void)
{
	struct web_throttle *t = web_throttle_new();
	char user[32];

	for (int i = 0; i < ADDRESS_TRIES; i++) {
		CHECK_INT(web_throttle_wait(t, "anyone", "192.0.2.7", T0), 0);
		snprintf(user, sizeof user, "user%d", i);
		web_throttle_failed(t, user, "192.0.2.7", T0);
	}
	CHECK_INT(web_throttle_wait(t, "anyone", "192.0.2.7", T0), 1);
	CHECK_INT(web_throttle_wait(t, "anyone", "192.0.2.8", T0), 0);
	web_throttle_failed(t, "user0", "192.0.2.7", T0);
	CHECK_INT(web_throttle_wait(t, "newcomer", "192.0.2.7", T0), 2);
	web_throttle_succeeded(t, "user0");
	CHECK_INT(web_throttle_wait(t, "user0", "192.0.2.7", T0), 2);
	CHECK_INT(web_throttle_wait(t, "user0", "192.0.2.8", T0), 0);
	web_throttle_free(t);
}

/* A success clears the account's count at once, and a name never seen is no trouble. */
static void
success(void)
{
	struct web_throttle *t = web_throttle_new();

	for (int i = 0; i < FREE_TRIES + 3; i++)
		web_throttle_failed(t, "carol", i % 2 ? "10.1.0.1" : "10.1.0.2", T0);
	CHECK(web_throttle_wait(t, "carol", "10.1.0.3", T0) > 0);
	web_throttle_succeeded(t, "carol");
	CHECK_INT(web_throttle_wait(t, "carol", "10.1.0.3", T0), 0);
	web_throttle_failed(t, "carol", "10.1.0.3", T0);
	CHECK_INT(web_throttle_wait(t, "carol", "10.1.0.3", T0), 0);	/* one failure, free */
	web_throttle_succeeded(t, "nobody-at-all");
	CHECK_INT(web_throttle_wait(t, "", "", T0), 0);
	web_throttle_free(t);
}

/* 100,000 invented usernames from 100,000 addresses: the table has its fixed slots and
 * no more, and the names failed last are still counted. */
static void
flood(void)
{
	struct web_throttle *t = web_throttle_new();
	char user[40], addr[40];
	int still = 0;

	for (int i = 0; i < 100000; i++) {
		snprintf(user, sizeof user, "invented%d", i);
		snprintf(addr, sizeof addr, "198.51.%d.%d", i / 250 % 250, i % 250);
		for (int k = 0; k < FREE_TRIES; k++)
			web_throttle_failed(t, user, addr, T0 + i / 100);
	}
	CHECK(used_slots(t) <= SLOTS);
	CHECK(used_slots(t) > SLOTS / 2);
	for (int i = 100000 - 100; i < 100000; i++) {
		snprintf(user, sizeof user, "invented%d", i);
		still += web_throttle_wait(t, user, "203.0.113.1", T0 + 999) > 0;
	}
	CHECK(still >= 90);
	web_throttle_free(t);
}

/* A name longer than a slot's key is cut, not written past it. */
static void
long_names(void)
{
	struct web_throttle *t = web_throttle_new();
	char user[300];

	memset(user, 'x', sizeof user - 1);
	user[sizeof user - 1] = '\0';
	for (int i = 0; i < FREE_TRIES; i++)
		web_throttle_failed(t, user, user, T0);
	CHECK_INT(web_throttle_wait(t, user, "10.2.0.1", T0), 1);
	web_throttle_free(t);
}

int
main(void)
{
	RUN(account);
	RUN(address);
	RUN(success);
	RUN(flood);
	RUN(long_names);
	return DONE();
}
