/*
 * cin_read.h: the streaming reader of a Children in Need census file. See cin_read.c.
 *
 *     struct cin_reader *r = cin_reader_open_file("return.xml");
 *     const struct cin_header *h;
 *     const struct cin_child *c;
 *     if (cin_read_header(r, &h) < 0) ... cin_reader_error(r)
 *     while ((rc = cin_read_child(r, &c)) > 0) ... one child, valid until the next call
 *     if (rc < 0) ... cin_reader_error(r)
 *     cin_reader_close(r);
 *
 * A reader is never NULL (opening a missing file gives a reader whose first read fails,
 * with the reason). Errors are final: once a read returns -1 every later read does too.
 */
#ifndef SG_CIN_READ_H
#define SG_CIN_READ_H
#include <stddef.h>
#include <stdint.h>

#include "census/cin.h"

/* Limits on hostile input; a file that passes one is refused with a message saying so. */
#define CIN_MAX_VALUE 1024			/* bytes of one element's text */
#define CIN_MAX_CHILD_BYTES (1u << 20)		/* memory one child may take */
#define CIN_MAX_FILE_BYTES (8ull << 30)		/* the national year is under 1 GB */

struct cin_reader;

struct cin_reader *cin_reader_open_file(const char *path);
/* Reads data[0..len), which must stay valid until the reader is closed. */
struct cin_reader *cin_reader_open_mem(const char *data, size_t len);
void cin_reader_close(struct cin_reader *r);
/* Lowers the file size limit (tests). */
void cin_reader_set_max_bytes(struct cin_reader *r, uint64_t max);

/* The header: 1 read, -1 error (a file without one is an error). Owned by the reader. */
int cin_read_header(struct cin_reader *r, const struct cin_header **h);
/* The next child: 1 read, 0 no more children (the file is complete), -1 error. The child
 * and everything under it stay valid until the next call. Reads the header first if the
 * caller has not. */
int cin_read_child(struct cin_reader *r, const struct cin_child **c);

/* Why the last read failed, with the line: "line 12: ...". */
const char *cin_reader_error(const struct cin_reader *r);
/* The line of the error, or 0 when it has none (a missing file). */
int cin_reader_error_line(const struct cin_reader *r);
/* Bytes read from the input so far. */
uint64_t cin_reader_bytes(const struct cin_reader *r);

#endif
