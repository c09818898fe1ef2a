/*
 * auth.h: passwords, secret tokens and their hashes: what login, sessions and API tokens
 * are made of, for the server and the `user` commands alike. libsodium does the
 * cryptography. See password.c and token.c.
 */
#ifndef SG_AUTH_H
#define SG_AUTH_H
#include <stddef.h>
#include <stdint.h>

#define AUTH_HASH_MAX 128	/* an argon2id hash string, with room (crypto_pwhash_STRBYTES) */
#define AUTH_MIN_CHARS 10	/* characters, not bytes */
#define AUTH_MAX_BYTES 1024	/* a passphrase may be long, but not without bound */
#define AUTH_TOKEN_BYTES 32	/* 256 random bits: session ids, API tokens, CSRF tokens */
#define AUTH_TOKEN_HEX (AUTH_TOKEN_BYTES * 2 + 1)
#define AUTH_DIGEST_BYTES 32	/* BLAKE2b-256 of a token: what the store keeps */

/* Must be called once before any other function here (it starts libsodium): 0, or -1. */
int auth_init(void);

/*
 * Whether pw may be a password (NCSC guidance: length and a blocklist, no composition
 * rules): at least AUTH_MIN_CHARS characters, at most AUTH_MAX_BYTES bytes, UTF-8, and
 * not one of the 10,000 commonest passwords (compared without case). 1 yes; 0 no, with
 * why[size] saying what to do.
 */
int auth_password_ok(const char *pw, char *why, size_t size);

/* The argon2id hash of pw, as a self-describing string (its parameters inside). 0, or -1
 * when the machine lacks the memory. */
int auth_password_hash(const char *pw, char out[AUTH_HASH_MAX]);
/* The same at libsodium's lowest cost, for a password the store keeps in clear anyway
 * (the demo's printed ones): a thousand times cheaper to make, and made again at full
 * cost by the first login (auth_password_stale). */
int auth_password_hash_light(const char *pw, char out[AUTH_HASH_MAX]);
/* Whether pw matches hash: 1 yes, 0 no. */
int auth_password_verify(const char *hash, const char *pw);
/* Whether hash was made with other parameters than auth_password_hash uses now, so that
 * a login should store a new one: 1 yes, 0 no. */
int auth_password_stale(const char *hash);
/* Spends the time of a verification on nothing, so that a login for an account that does
 * not exist takes as long as one that does. */
void auth_password_waste(const char *pw);

/* A new random token, as hex (AUTH_TOKEN_HEX bytes with the NUL). */
void auth_token_new(char out[AUTH_TOKEN_HEX]);
/* BLAKE2b-256 of a token's text: a stolen copy of the store gives no usable session. */
void auth_token_digest(const char *token, unsigned char out[AUTH_DIGEST_BYTES]);
/* Compares two strings in time that does not depend on where they differ: 1 equal. */
int auth_equal(const char *a, const char *b);

/* The generated blocklist (build/gen/common_passwords.c): sorted, lower case. */
extern const char *const auth_common_passwords[];
extern const int auth_ncommon_passwords;

#endif
