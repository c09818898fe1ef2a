/*
 * store_fixture.h: a new, empty store for a unit test (fresh) and its removal with its
 * WAL files (cleanup). The file carries the test's process id, so that tests running side
 * by side never share one; `path` names it, for tests that reopen it.
 */
#ifndef SG_STORE_FIXTURE_H
#define SG_STORE_FIXTURE_H
#include <stdio.h>
#include <unistd.h>

#include "store/store.h"

static char path[96];

static struct store *
fresh(void)
{
	const char *err;
	struct store *st;

	snprintf(path, sizeof path, "/tmp/sg-test-%d.db", (int)getpid());
	unlink(path);
	st = store_open(path, STORE_CREATE, &err);
	CHECK(st != NULL);
	return st;
}

static void
cleanup(struct store *st)
{
	char side[128];

	store_close(st);
	unlink(path);
	snprintf(side, sizeof side, "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", path);
	unlink(side);
}

#endif
