/*
 * cmd_census_gen.c: `safeguard test-cin-generate`, a synthetic census return of any size
 * (census/cin_synth.c), for the tests, the fuzz seeds and `make bench`: the importer and
 * the readers are measured on files of 10,000 to 700,000 children; and `test-cin-read`,
 * the reader alone over a file. Like every test-* command they are for developers; the
 * children are made up.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/str.h"
#include "census/cin_read.h"
#include "census/cin_synth.h"
#include "census/cin_write.h"
#include "cli/commands.h"

static int
header_of(const struct cin_year *y, const char *lea, struct cin_header *h, char *year,
    char *ref)
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	static char when[20];
	int64_t fixed;
	time_t t = time(NULL);
	struct tm tm;

	if (epoch && str_to_i64(epoch, &fixed) && fixed >= 0)
		t = (time_t)fixed;
	if (!gmtime_r(&t, &tm))
		return -1;
	strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(year, 8, "%d", y->end_year);
	cal_format(y->reference, ref);
	cin_header_init(h);
	h->collection.s = "CIN";
	h->year.s = year;
	h->reference_date.s = ref;
	h->reference_date.d = y->reference;
	h->source_level.s = "L";
	h->lea.s = lea;
	h->software_code.s = "safeguard";
	h->release.s = SAFEGUARD_VERSION;
	h->serial_no.s = "001";
	h->datetime.s = when;
	return 0;
}

static int
generate(FILE *f, const struct cin_year *y, long n, uint64_t seed, const char *lea)
{
	struct cin_writer *w = cin_writer_new(f);
	struct cin_pool *pool = cin_pool_new();
	struct cin_synth g;
	struct cin_header h;
	struct cin_child c;
	char year[8], ref[11];
	int rc;

	header_of(y, lea, &h, year, ref);
	cin_write_header(w, &h);
	cin_synth_init(&g, y, seed);
	for (long i = 1; i <= n; i++) {
		cin_pool_reset(pool);
		cin_synth_child(&g, i, pool, &c);
		cin_write_child(w, &c);
	}
	rc = cin_writer_finish(w);
	cin_writer_free(w);
	cin_pool_free(pool);
	return rc;
}

int
cmd_cin_generate(const struct cli_args *a)
{
	const char *text = cli_value(a, "--year"), *out = cli_value(a, "--out");
	const char *lea = cli_value(a, "--lea") ? cli_value(a, "--lea") : "201";
	struct cin_year y = cin_year_of(2026);
	int64_t n = 1000, seed = 1;
	FILE *f = stdout;
	int rc;

	if (text && !cin_year_parse(text, &y))
		return cli_fail(a, "--year: \"%s\" is not a census year (use e.g. 2025-26)", text);
	if (cli_value(a, "--children") && (!str_to_i64(cli_value(a, "--children"), &n) ||
	    n < 1 || n > 10000000))
		return cli_fail(a, "--children: give a whole number from 1 to 10000000");
	if (cli_value(a, "--seed") && !str_to_i64(cli_value(a, "--seed"), &seed))
		return cli_fail(a, "--seed: give a whole number");
	if (strlen(lea) != 3 || strspn(lea, "0123456789") != 3)
		return cli_fail(a, "--lea: give a three-digit DfE local authority number");
	if (out && !(f = fopen(out, "wb")))
		return cli_fail(a, "cannot write %s", out);
	rc = generate(f, &y, (long)n, (uint64_t)seed, lea);
	if (out && fclose(f) != 0)
		rc = -1;
	return rc < 0 ? cli_fail(a, "cannot write the return") : CLI_OK;
}

int
cmd_cin_read(const struct cli_args *a)
{
	struct cin_reader *r = cin_reader_open_file(a->pos[0]);
	const struct cin_child *c;
	long children = 0, episodes = 0;
	int rc;

	while ((rc = cin_read_child(r, &c)) > 0) {
		children++;
		episodes += c->nepisodes;
	}
	if (rc < 0)
		cli_fail(a, "%s: %s", a->pos[0], cin_reader_error(r));
	else
		printf("%s: %ld children, %ld episodes, %llu bytes\n", a->pos[0], children,
		    episodes, (unsigned long long)cin_reader_bytes(r));
	cin_reader_close(r);
	return rc < 0 ? CLI_BAD : CLI_OK;
}
