/*
 * jsonw.h: writing a JSON document into a buffer, commas and escaping done by the writer
 * (base/esc.h), for the API's answers. See jsonw.c.
 */
#ifndef SG_WEB_JSONW_H
#define SG_WEB_JSONW_H
#include <stdint.h>

#include "calendar/cal.h"

struct buf;

#define JB_DEPTH 32

struct jb {
	struct buf *b;
	int depth;
	unsigned char need_comma[JB_DEPTH];
	int after_key;
};

void jb_init(struct jb *j, struct buf *b);
void jb_obj(struct jb *j);
void jb_obj_end(struct jb *j);
void jb_arr(struct jb *j);
void jb_arr_end(struct jb *j);
void jb_key(struct jb *j, const char *key);
void jb_str(struct jb *j, const char *s);	/* NULL writes null */
void jb_int(struct jb *j, int64_t v);
void jb_bool(struct jb *j, int v);
void jb_null(struct jb *j);
void jb_date(struct jb *j, cal_date d);
void jb_num(struct jb *j, double v);	/* null for NAN or an infinity */	/* "YYYY-MM-DD", or null for none */
/* Key and value at once. */
void jb_kstr(struct jb *j, const char *key, const char *s);
void jb_kint(struct jb *j, const char *key, int64_t v);
void jb_kid(struct jb *j, const char *key, int64_t id);	/* null when 0 */
void jb_kdate(struct jb *j, const char *key, cal_date d);
void jb_kbool(struct jb *j, const char *key, int v);
void jb_knum(struct jb *j, const char *key, double v);

#endif
