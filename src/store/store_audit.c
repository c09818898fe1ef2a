/*
 * store_audit.c: PLACEHOLDER, to be replaced at merge by the real audit trail (written on
 * another branch). It exists only so that the record layer (records/rec_save.c), which
 * appends an entry for every change, builds and runs on this branch: it stores nothing,
 * finds nothing and has nothing to verify. The lead engineer takes the other branch's
 * store_audit.c in place of this file, whole.
 */
#include "store/store_int.h"

#include <string.h>

int
store_audit_append(struct store *st, const struct audit_entry *v, size_t n)
{
	(void)st;
	(void)v;
	(void)n;
	return 0;
}

int
store_audit_scan(struct store *st, const struct audit_filter *f, store_audit_fn fn, void *ctx)
{
	(void)st;
	(void)f;
	(void)fn;
	(void)ctx;
	return 0;
}

int
store_audit_verify(struct store *st, struct audit_verdict *v)
{
	(void)st;
	memset(v, 0, sizeof *v);
	return 0;
}
