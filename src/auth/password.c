/*
 * password.c: what a password may be, and its argon2id hash.
 *
 * The rules are the NCSC's: a minimum length and a blocklist of the passwords people
 * choose most (build/gen/common_passwords.c, 10,000 of them), and no rules about digits
 * or symbols, which only push people to predictable substitutions. Hashes are argon2id
 * at libsodium's "interactive" limits (64 MiB, about 50 ms here), a memory-hard hash that
 * makes a stolen store slow to attack; each hash string carries its own parameters, so a
 * login can tell a hash made under older parameters and store a new one
 * (auth_password_stale).
 *
 * Test builds read SAFEGUARD_PWHASH=fast, which hashes at libsodium's minimum limits: the
 * tests create many users under AddressSanitizer, and a test of rehashing needs a hash
 * with other parameters than the normal ones.
 */
#include "auth/auth.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/str.h"

int
auth_init(void)
{
	return sodium_init() < 0 ? -1 : 0;
}

static void
limits(unsigned long long *ops, size_t *mem)
{
	*ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
	*mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
#ifdef SAFEGUARD_TEST
	{
		const char *v = getenv("SAFEGUARD_PWHASH");
		if (v && strcmp(v, "fast") == 0) {
			*ops = crypto_pwhash_OPSLIMIT_MIN;
			*mem = crypto_pwhash_MEMLIMIT_MIN;
		}
	}
#endif
}

static size_t
utf8_chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

static int
cmp_word(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

/* Whether pw, lower-cased, is on the blocklist. */
static int
common(const char *pw)
{
	char low[AUTH_MAX_BYTES + 1];
	size_t i;

	for (i = 0; pw[i] && i < AUTH_MAX_BYTES; i++)
		low[i] = pw[i] >= 'A' && pw[i] <= 'Z' ? (char)(pw[i] - 'A' + 'a') : pw[i];
	low[i] = '\0';
	return bsearch(low, auth_common_passwords, (size_t)auth_ncommon_passwords,
	    sizeof auth_common_passwords[0], cmp_word) != NULL;
}

int
auth_password_ok(const char *pw, char *why, size_t size)
{
	if (!str_is_utf8(pw)) {
		snprintf(why, size, "the password is not valid text (type it again)");
		return 0;
	}
	if (strlen(pw) > AUTH_MAX_BYTES) {
		snprintf(why, size, "the password is too long (at most %d bytes)", AUTH_MAX_BYTES);
		return 0;
	}
	if (utf8_chars(pw) < AUTH_MIN_CHARS) {
		snprintf(why, size, "the password must be at least %d characters long (three or "
		    "four unrelated words make a strong one)", AUTH_MIN_CHARS);
		return 0;
	}
	if (common(pw)) {
		snprintf(why, size, "the password is one of the 10,000 most common passwords, "
		    "which are tried first (choose another: three or four unrelated words make "
		    "a strong one)");
		return 0;
	}
	return 1;
}

int
auth_password_hash(const char *pw, char out[AUTH_HASH_MAX])
{
	unsigned long long ops;
	size_t mem;

	limits(&ops, &mem);
	return crypto_pwhash_str(out, pw, strlen(pw), ops, mem) == 0 ? 0 : -1;
}

int
auth_password_hash_light(const char *pw, char out[AUTH_HASH_MAX])
{
	return crypto_pwhash_str(out, pw, strlen(pw), crypto_pwhash_OPSLIMIT_MIN,
	    crypto_pwhash_MEMLIMIT_MIN) == 0 ? 0 : -1;
}

int
auth_password_verify(const char *hash, const char *pw)
{
	return crypto_pwhash_str_verify(hash, pw, strlen(pw)) == 0;
}

int
auth_password_stale(const char *hash)
{
	unsigned long long ops;
	size_t mem;

	limits(&ops, &mem);
	return crypto_pwhash_str_needs_rehash(hash, ops, mem) != 0;
}

void
auth_password_waste(const char *pw)
{
	char h[AUTH_HASH_MAX];

	/* Hashing costs what verifying costs: the same function at the same limits. */
	if (auth_password_hash(pw, h) == 0)
		sodium_memzero(h, sizeof h);
}

void
auth_token_new(char out[AUTH_TOKEN_HEX])
{
	unsigned char raw[AUTH_TOKEN_BYTES];

	randombytes_buf(raw, sizeof raw);
	sodium_bin2hex(out, AUTH_TOKEN_HEX, raw, sizeof raw);
	sodium_memzero(raw, sizeof raw);
}

void
auth_token_digest(const char *token, unsigned char out[AUTH_DIGEST_BYTES])
{
	crypto_generichash(out, AUTH_DIGEST_BYTES, (const unsigned char *)token, strlen(token),
	    NULL, 0);
}

int
auth_equal(const char *a, const char *b)
{
	size_t n = strlen(a);

	return n == strlen(b) && sodium_memcmp(a, b, n) == 0;
}
