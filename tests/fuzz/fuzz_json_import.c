/*
 * fuzz_json_import.c: the JSON importer, reader and all, on arbitrary bytes, against a
 * store that already holds a few records (so that ids, unique keys and references can
 * meet the store as well as the file). Whatever the input, the import must end with a
 * list of errors or a clean check, never a crash, a leak or a read out of bounds; it runs
 * as a check (--check), so the store is the same for every input. Every message must be
 * one printable line.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "json/jread.h"
#include "json/json.h"
#include "store/store.h"

static const char seed[] =
	"{\"format\": \"safeguard\", \"version\": 1,\n"
	"\"agencies\": [{\"id\": 1, \"name\": \"LA\", \"kind\": \"la_childrens_services\"}],\n"
	"\"users\": [{\"id\": 1, \"username\": \"admin\", \"role\": \"administrator\", "
	"\"active\": true}],\n"
	"\"children\": [{\"id\": 1, \"la_child_id\": \"A1\", \"sex\": \"F\", \"ethnicity\": "
	"\"WBRI\"}, {\"id\": 2, \"la_child_id\": \"A2\", \"sex\": \"M\", \"ethnicity\": "
	"\"WBRI\"}],\n"
	"\"referrals\": [{\"id\": 1, \"child_id\": 1, \"received_date\": \"2025-01-02\", "
	"\"source\": \"2A\", \"nfa\": false}],\n"
	"\"settings\": [{\"id\": 1, \"key\": \"k\", \"value\": \"v\", \"effective_from\": "
	"\"2020-01-01\"}]}\n";

static struct store *st;
static char path[64];

static void
remove_store(void)
{
	char more[80];

	store_close(st);
	unlink(path);
	snprintf(more, sizeof more, "%s-wal", path);
	unlink(more);
	snprintf(more, sizeof more, "%s-shm", path);
	unlink(more);
}

static void
open_store(void)
{
	struct json_result res;
	struct jr r;
	const char *err;

	snprintf(path, sizeof path, "/tmp/sg-fuzz-json-%d.db", (int)getpid());
	unlink(path);
	if (!(st = store_open(path, STORE_CREATE, &err)))
		abort();
	jr_init_mem(&r, seed, sizeof seed - 1, NULL);
	if (json_import(st, &r, "seed", 0, &res) < 0)
		abort();
	json_result_free(&res);
	jr_free(&r);
	atexit(remove_store);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct json_result res;
	struct jr r;

	if (!st)
		open_store();
	jr_init_mem(&r, data, size, NULL);
	json_import(st, &r, "fuzz", 1, &res);
	for (int i = 0; i < res.nkept; i++)
		for (const char *p = res.errors[i]; *p; p++)
			if ((unsigned char)*p < 0x20)
				abort();
	if (res.nkept > JSON_MAX_ERRORS || res.nerrors < res.nkept)
		abort();
	json_result_free(&res);
	jr_free(&r);
	return 0;
}
