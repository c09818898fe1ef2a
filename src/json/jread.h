/* jread.h: a streaming JSON tokenizer with line, column and hard limits. See jread.c. */
#ifndef SG_JREAD_H
#define SG_JREAD_H
#include <stddef.h>
#include <stdint.h>

enum jr_kind {
	JR_EOF, JR_ERROR,
	JR_OBJECT, JR_OBJECT_END, JR_ARRAY, JR_ARRAY_END, JR_COLON, JR_COMMA,
	JR_STRING, JR_NUMBER, JR_TRUE, JR_FALSE, JR_NULL,
};

struct jr_limits {
	uint64_t max_file;	/* bytes in the whole input */
	size_t max_string;	/* bytes of one decoded string */
	int max_depth;		/* objects and arrays inside one another (at most 64) */
	int max_number;		/* characters of one number */
};

/* One token. s (strings decoded, numbers as written) is NUL-terminated and valid until
 * the next call; a string may hold a NUL byte of its own (\u0000), hence len. */
struct jr_tok {
	enum jr_kind kind;
	const char *s;
	size_t len;
	long line, col;
	int nul;		/* a string holding a NUL byte of its own */
	int is_int;		/* a number that is a whole number within int64: i */
	int64_t i;
};

struct jr {
	int fd;			/* -1 when reading from memory */
	const unsigned char *pos, *end;
	const unsigned char *chunk_start;
	unsigned char *chunk;	/* our read buffer (file input only) */
	uint64_t base;		/* offset in the input of chunk_start */
	uint64_t line_start;	/* offset of the current line's first byte */
	long line;
	long tok_line, tok_col;	/* where the token being read began */
	int depth, eof, started;
	char *str;		/* decoded string or number of the last token */
	struct jr_limits lim;
	int nul;		/* the string being read holds a NUL byte */
	int failed;		/* once set, every call returns JR_ERROR */
	long err_line, err_col;
	char err[256];		/* what is wrong, without the position */
};

/* Limits that suit safeguard's own files (jread.c says why). */
extern const struct jr_limits jr_default_limits;

void jr_init_fd(struct jr *r, int fd, const struct jr_limits *lim);
void jr_init_mem(struct jr *r, const void *data, size_t size, const struct jr_limits *lim);
void jr_free(struct jr *r);
/* The next token; after an error, JR_ERROR for ever, with the reason in r->err. */
enum jr_kind jr_next(struct jr *r, struct jr_tok *t);
/* Skips the rest of the value that began with token t (a scalar is already whole);
 * 0 when skipped, -1 on a syntax error. */
int jr_skip(struct jr *r, const struct jr_tok *t);
/* Records a failure at (line, col) unless one is already recorded; returns JR_ERROR. */
enum jr_kind jr_fail(struct jr *r, long line, long col, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* A token as a user would recognise it in a message: "abc" (quoted, escaped, shortened),
 * 12, true, a list, an object, ':' , the end of the file. */
void jr_describe(const struct jr_tok *t, char *out, size_t size);
/* Bytes consumed so far. */
uint64_t jr_offset(const struct jr *r);

#endif
