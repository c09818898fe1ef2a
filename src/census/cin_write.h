/*
 * cin_write.h: the streaming writer of a census file. See cin_write.c.
 *
 *     struct cin_writer *w = cin_writer_new(file);
 *     cin_write_header(w, &header);
 *     for each child: cin_write_child(w, &child);
 *     if (cin_writer_finish(w) < 0) ... the file could not be written (errno)
 *     cin_writer_free(w);
 */
#ifndef SG_CIN_WRITE_H
#define SG_CIN_WRITE_H
#include <stdint.h>
#include <stdio.h>

#include "census/cin.h"

struct cin_writer;

struct cin_writer *cin_writer_new(FILE *out);
/* The XML declaration, <Message>, the Header, and the opening of <Children>. */
void cin_write_header(struct cin_writer *w, const struct cin_header *h);
/* One Child with everything under it: every value that is present (not NULL). */
void cin_write_child(struct cin_writer *w, const struct cin_child *c);
/* Closes the return and flushes it: 0, or -1 when anything failed to be written. */
int cin_writer_finish(struct cin_writer *w);
void cin_writer_free(struct cin_writer *w);
/* Bytes written so far. */
uint64_t cin_writer_bytes(const struct cin_writer *w);

#endif
