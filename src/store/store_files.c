/*
 * store_files.c: the files a store is made of, so that nothing else is written over them.
 *
 * A SQLite store is its own file and, beside it, files SQLite keeps while it is in use:
 * the write-ahead log (-wal, holding transactions not yet copied into the store), the
 * shared memory index (-shm) and the rollback journal (-journal) of a large import. A
 * command that writes a file the user names (export json --out, export cin --out, a
 * backup) must never write over any of them: the store, or its last transactions, would
 * be lost. The same file can be named in many ways (./s.db, sub/../s.db, a symbolic or
 * hard link), so an existing file is compared by device and inode, and a name that does
 * not exist yet by its folder, resolved, and its last component.
 *
 * A store, or a backup of one, holds children's records: a new one is created readable and
 * writable by its owner only (SQLite gives the files it keeps beside a store the store's
 * own permissions), whatever the umask, as every export is. An existing file keeps the
 * permissions its owner gave it.
 *
 * A command that made a store only to compare a file against it (--check) or to fill it
 * (a demo that failed) removes it again whole, with whatever SQLite left beside it: only
 * this file knows what those are, so that a PostgreSQL store can take its place.
 */
#include "store/store_int.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"

static const char *const companions[] = {"", "-wal", "-shm", "-journal"};

/* The resolved folder of path into dir[PATH_MAX], and where its last component starts. */
static int
split(const char *path, char dir[PATH_MAX], const char **base)
{
	const char *slash = strrchr(path, '/');
	struct buf d;
	int ok;

	*base = slash ? slash + 1 : path;
	buf_init(&d, PATH_MAX);
	if (!slash)
		buf_adds(&d, ".");
	else if (slash == path)
		buf_adds(&d, "/");
	else
		buf_add(&d, path, (size_t)(slash - path));
	ok = !d.toobig && realpath(buf_str(&d), dir) != NULL;
	buf_free(&d);
	return ok;
}

static int
same_file(const char *a, const char *b)
{
	struct stat sa, sb;

	return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
	    sa.st_ino == sb.st_ino;
}

int
store_file_is_part(const char *store_path, const char *path)
{
	char sdir[PATH_MAX], pdir[PATH_MAX];
	const char *sbase, *pbase;
	int named = split(store_path, sdir, &sbase) && split(path, pdir, &pbase) &&
	    strcmp(sdir, pdir) == 0;
	struct buf f;
	int hit = 0;

	buf_init(&f, PATH_MAX + 16);
	for (size_t i = 0; !hit && i < sizeof companions / sizeof companions[0]; i++) {
		size_t n = strlen(sbase);
		buf_reset(&f);
		buf_printf(&f, "%s%s", store_path, companions[i]);
		hit = same_file(buf_str(&f), path) ||
		    (named && strncmp(pbase, sbase, n) == 0 && strcmp(pbase + n, companions[i]) == 0);
	}
	buf_free(&f);
	return hit;
}

int
store_file_create_private(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

	if (fd < 0)
		return errno == EEXIST ? 0 : -1;
	close(fd);
	return 0;
}

int
store_exists(const char *path)
{
	struct stat sb;

	if (stat(path, &sb) != 0)
		return 0;
	return !S_ISREG(sb.st_mode) || sb.st_size > 0;
}

int
store_remove(const char *path)
{
	struct buf f;
	int rc = 0;

	buf_init(&f, PATH_MAX + 16);
	for (size_t i = 0; i < sizeof companions / sizeof companions[0]; i++) {
		buf_reset(&f);
		buf_printf(&f, "%s%s", path, companions[i]);
		if (f.toobig)
			errno = ENAMETOOLONG, rc = -1;
		else if (unlink(buf_str(&f)) != 0 && errno != ENOENT)
			rc = -1;
	}
	buf_free(&f);
	return rc;
}
