/* test_auth.c: passwords and tokens (src/auth/password.c). The NCSC policy: at least 10
 * characters counted as characters, not bytes; at most 1024 bytes; UTF-8; not on the
 * blocklist, whatever the case (the list itself sorted and lower case, as bsearch needs).
 * Hashes verify, and a hash made at the test suite's fast cost (SAFEGUARD_PWHASH=fast) is
 * stale under the normal limits, so that a login stores a new one; auth_equal and the
 * tokens. run.sh sets SAFEGUARD_PWHASH=fast for every test: this one unsets it where it
 * needs the normal cost. */
#include <stdlib.h>

#include "harness.h"
#include "auth/auth.h"
#include "base/str.h"

static int
ok(const char *pw, const char *why_starts)
{
	char why[300] = "";
	int rc = auth_password_ok(pw, why, sizeof why);

	if (why_starts && strncmp(why, why_starts, strlen(why_starts)) != 0)
		printf("  why: \"%s\", expected \"%s...\"\n", why, why_starts);
	return rc && !why_starts ? 1 : !rc && why_starts &&
	    strncmp(why, why_starts, strlen(why_starts)) == 0 ? 0 : -1;
}

#define SHORT "the password must be at least 10 characters"
#define COMMON "the password is one of the 10,000 most common passwords"

static void
policy(void)
{
	char s[AUTH_MAX_BYTES + 2];

	CHECK_INT(ok("tall red barn sky", NULL), 1);
	CHECK_INT(ok("qwxz7-plmk", NULL), 1);		/* 10 characters */
	CHECK_INT(ok("qwxz7-plm", SHORT), 0);		/* 9 */
	CHECK_INT(ok("", SHORT), 0);
	/* Characters, not bytes: nine e-acutes are 18 bytes and still too short. */
	CHECK_INT(ok("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9",
	    SHORT), 0);
	CHECK_INT(ok("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9", NULL), 1);
	CHECK_INT(ok("\xf0\x9f\x90\xb1\xf0\x9f\x90\xb1\xf0\x9f\x90\xb1\xf0\x9f\x90\xb1\xf0\x9f"
	    "\x90\xb1\xf0\x9f\x90\xb1\xf0\x9f\x90\xb1\xf0\x9f\x90\xb1\xf0\x9f\x90\xb1", SHORT), 0);
	CHECK_INT(ok("abcdefghi\xff", "the password is not valid text"), 0);
	CHECK_INT(ok("abcdefghi\xc0\xaf", "the password is not valid text"), 0);
	CHECK_INT(ok("abcdefgh\xed\xa0\x80", "the password is not valid text"), 0);
	memset(s, 'q', AUTH_MAX_BYTES);
	s[AUTH_MAX_BYTES] = '\0';
	CHECK_INT(ok(s, NULL), 1);
	s[AUTH_MAX_BYTES] = 'q';
	s[AUTH_MAX_BYTES + 1] = '\0';
	CHECK_INT(ok(s, "the password is too long (at most 1024 bytes)"), 0);
}

/* Capitals: every letter (every == 1), or every other one (every == 2). */
static void
capitals(char *s, int every)
{
	for (int k = 0; *s; s++)
		if (*s >= 'a' && *s <= 'z' && k++ % every == 0)
			*s = (char)(*s - 'a' + 'A');
}

/* Every entry of 10 characters or more is refused, as it is, in capitals, and with
 * every other letter a capital. */
static void
blocklist(void)
{
	int long_ones = 0;

	CHECK(auth_ncommon_passwords >= 9000);
	for (int i = 0; i < auth_ncommon_passwords; i++) {
		const char *w = auth_common_passwords[i];
		char v[AUTH_MAX_BYTES + 1];
		if (i > 0)
			CHECK(strcmp(auth_common_passwords[i - 1], w) < 0);
		for (const char *p = w; *p; p++)
			CHECK(!(*p >= 'A' && *p <= 'Z'));
		if (strlen(w) < AUTH_MIN_CHARS || !str_copy(v, sizeof v, w))
			continue;
		long_ones++;
		CHECK_INT(ok(v, COMMON), 0);
		capitals(v, 2);
		CHECK_INT(ok(v, COMMON), 0);
		capitals(v, 1);
		CHECK_INT(ok(v, COMMON), 0);
	}
	CHECK(long_ones > 100);
}

/* At the fast cost, then at the normal one: each verifies, and each is stale under the
 * other's limits, which is what makes a login rehash a fast hash. */
static void
hashes(void)
{
	char fast[AUTH_HASH_MAX], normal[AUTH_HASH_MAX];
	const char *pw = "tall red barn sky";

	setenv("SAFEGUARD_PWHASH", "fast", 1);
	CHECK_INT(auth_password_hash(pw, fast), 0);
	CHECK(strncmp(fast, "$argon2id$", 10) == 0);
	CHECK_INT(auth_password_verify(fast, pw), 1);
	CHECK_INT(auth_password_verify(fast, "tall red barn skY"), 0);
	CHECK_INT(auth_password_verify(fast, ""), 0);
	CHECK_INT(auth_password_stale(fast), 0);
	unsetenv("SAFEGUARD_PWHASH");
	CHECK_INT(auth_password_stale(fast), 1);
	CHECK_INT(auth_password_verify(fast, pw), 1);	/* its own parameters inside */
	CHECK_INT(auth_password_hash(pw, normal), 0);
	CHECK(strcmp(normal, fast) != 0);
	CHECK(strstr(normal, "m=65536") != NULL);	/* 64 MiB */
	CHECK_INT(auth_password_verify(normal, pw), 1);
	CHECK_INT(auth_password_verify(normal, "tall red barn"), 0);
	CHECK_INT(auth_password_stale(normal), 0);
	setenv("SAFEGUARD_PWHASH", "fast", 1);
	CHECK_INT(auth_password_stale(normal), 1);
	CHECK_INT(auth_password_hash(pw, normal), 0);	/* a salt of its own each time */
	CHECK(strcmp(normal, fast) != 0);
	CHECK_INT(auth_password_verify("", pw), 0);
	CHECK_INT(auth_password_verify("$argon2id$v=19$m=8,t=1,p=1$garbage", pw), 0);
	auth_password_waste(pw);
}

static void
equal_and_tokens(void)
{
	char a[AUTH_TOKEN_HEX], b[AUTH_TOKEN_HEX];
	unsigned char da[AUTH_DIGEST_BYTES], db[AUTH_DIGEST_BYTES], again[AUTH_DIGEST_BYTES];

	CHECK_INT(auth_equal("abc", "abc"), 1);
	CHECK_INT(auth_equal("", ""), 1);
	CHECK_INT(auth_equal("abc", "abd"), 0);
	CHECK_INT(auth_equal("abc", "ab"), 0);
	CHECK_INT(auth_equal("ab", "abc"), 0);
	CHECK_INT(auth_equal("", "a"), 0);
	CHECK_INT(auth_equal("Abc", "abc"), 0);
	auth_token_new(a);
	auth_token_new(b);
	CHECK_INT(strlen(a), AUTH_TOKEN_HEX - 1);
	CHECK_INT(strspn(a, "0123456789abcdef"), AUTH_TOKEN_HEX - 1);
	CHECK(strcmp(a, b) != 0);
	auth_token_digest(a, da);
	auth_token_digest(b, db);
	auth_token_digest(a, again);
	CHECK(memcmp(da, again, sizeof da) == 0);
	CHECK(memcmp(da, db, sizeof da) != 0);
}

int
main(void)
{
	CHECK_INT(auth_init(), 0);
	RUN(policy);
	RUN(blocklist);
	RUN(hashes);
	RUN(equal_and_tokens);
	return DONE();
}
