/* str.h: small string and number helpers used everywhere. See str.c. */
#ifndef SG_STR_H
#define SG_STR_H
#include <stddef.h>
#include <stdint.h>

/* Copies src into dst[size], always terminated; returns 0 when src did not fit. */
int str_copy(char *dst, size_t size, const char *src);
/* Appends s[0..len) and a NUL to buf[size] at *used (moved on past it): the copy, or NULL
 * when it does not fit (nothing written). For a record's texts held in one buffer. */
const char *str_keep(char *buf, size_t size, size_t *used, const char *s, size_t len);
/* Strict decimal: optional '-', digits only, no spaces, fits int64. 0 on failure. */
int str_to_i64(const char *s, int64_t *out);
int str_to_int(const char *s, int min, int max, int *out);
int str_eq(const char *a, const char *b);
int str_starts(const char *s, const char *prefix);
/* Whether s is well-formed UTF-8 (what the JSON import and every export expect). */
int str_is_utf8(const char *s);
/* The length (1 to 4) of the well-formed UTF-8 character s starts with; 0 if none. */
int str_utf8_seq(const char *s);

/* Growable arrays: VEC_GROW(ptr, len, cap) makes room for one more element of *ptr. */
#define VEC_GROW(ptr, len, cap) ((ptr) = vec_reserve((ptr), (len), &(cap), sizeof *(ptr)))

#endif
