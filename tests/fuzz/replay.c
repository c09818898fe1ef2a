/*
 * replay.c: runs a libFuzzer entry point over every file of its committed corpus, so that
 * `make check` (gcc, ASan, UBSan) replays past findings without clang. The corpus of
 * build/san/fuzz/fuzz_NAME is tests/fuzz/corpus/fuzz_NAME.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/buf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	struct buf b;
	char chunk[65536];
	size_t n;

	if (!f)
		return 0;
	buf_init(&b, 64u << 20);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	LLVMFuzzerTestOneInput((const uint8_t *)(b.p ? b.p : ""), b.len);
	buf_free(&b);
	return 1;
}

int
main(int argc, char **argv)
{
	const char *name = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
	char dir[512], path[1024];
	DIR *d;
	struct dirent *e;
	int n = 0;

	(void)argc;
	snprintf(dir, sizeof dir, "tests/fuzz/corpus/%s", name);
	if (!(d = opendir(dir))) {
		printf("# %s: no corpus at %s\n", name, dir);
		return 1;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		n += replay_file(path);
	}
	closedir(d);
	printf("# %s: replayed %d corpus files\n", name, n);
	return 0;
}
