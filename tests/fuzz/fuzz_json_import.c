/*
 * fuzz_json_import.c: the JSON importer, reader and all, on arbitrary bytes, twice: into
 * an empty store (the batch path of json_batch.c) and into a store that already holds a
 * few records (a statement a record; ids, unique keys and references meet the store as
 * well as the file). Whatever the input, the import must end with a list of errors or a
 * clean check, never a crash, a leak or a read out of bounds; it runs as a check
 * (--check), so the stores are the same for every input. Every message must be one
 * printable line.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "json/jread.h"
#include "json/json.h"
#include "records/rec.h"
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
	"\"settings\": [{\"id\": 1, \"key\": \"area.name\", \"value\": \"v\", "
	"\"effective_from\": \"2020-01-01\"}]}\n";

static struct store *stores[2];	/* empty, seeded */
static const struct rec_actor fuzzer = {0, "fuzzer", "command", "terminal", NULL, "fuzz"};
static char paths[2][64];

static void
remove_stores(void)
{
	char more[80];

	for (int i = 0; i < 2; i++) {
		store_close(stores[i]);
		unlink(paths[i]);
		snprintf(more, sizeof more, "%s-wal", paths[i]);
		unlink(more);
		snprintf(more, sizeof more, "%s-shm", paths[i]);
		unlink(more);
	}
}

static struct store *
open_store(int k)
{
	struct store *st;
	const char *err;

	snprintf(paths[k], sizeof paths[k], "/tmp/sg-fuzz-json-%d-%d.db", (int)getpid(), k);
	unlink(paths[k]);
	if (!(st = store_open(paths[k], STORE_CREATE, &err)))
		abort();
	return st;
}

static void
open_stores(void)
{
	struct json_result res;
	struct jr r;

	stores[0] = open_store(0);
	stores[1] = open_store(1);
	jr_init_mem(&r, seed, sizeof seed - 1, NULL);
	if (json_import(stores[1], &fuzzer, &r, "seed", 0, &res) < 0)
		abort();
	json_result_free(&res);
	jr_free(&r);
	atexit(remove_stores);
}

static void
check(struct store *st, const uint8_t *data, size_t size)
{
	struct json_result res;
	struct jr r;

	jr_init_mem(&r, data, size, NULL);
	json_import(st, &fuzzer, &r, "fuzz", 1, &res);
	for (int i = 0; i < res.nkept; i++)
		for (const char *p = res.errors[i]; *p; p++)
			if ((unsigned char)*p < 0x20)
				abort();
	if (res.nkept > JSON_MAX_ERRORS || res.nerrors < res.nkept)
		abort();
	json_result_free(&res);
	jr_free(&r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!stores[0])
		open_stores();
	check(stores[0], data, size);
	check(stores[1], data, size);
	return 0;
}
