/*
 * annex_jobs.h: the Annex A lists, prepared away from the requests. See annex_jobs.c.
 */
#ifndef SG_WEB_ANNEX_JOBS_H
#define SG_WEB_ANNEX_JOBS_H
#include <stddef.h>
#include <stdint.h>

#include "calendar/cal.h"

struct web_snapshot;
struct buf;

enum annex_job_state { AJ_WAITING, AJ_PREPARING, AJ_READY, AJ_FAILED };

/* What a page shows of one export. */
struct annex_job_view {
	int64_t id;
	cal_date as_of;
	int64_t asked_at;			/* Unix seconds */
	enum annex_job_state state;
	long rows[7];				/* ANNEX_NLISTS */
	long left_out;				/* restricted children left out */
};

/*
 * Asks for the lists as of as_of, from snapshot s (whose reference the job takes, given
 * back when it is built), for user_id, who alone may then have them. The id, or 0 when
 * WEB_ANNEX_JOBS exports are waiting or being prepared already.
 */
#define WEB_ANNEX_JOBS 8
int64_t web_annex_submit(struct web_snapshot *s, int64_t user_id, cal_date as_of,
    int64_t now);
/* The user's exports, newest first, into out[max]: how many. */
int web_annex_list(int64_t user_id, struct annex_job_view *out, int max);
/* Appends list index `list` of the user's export `id` to b, with its as-of date: 1, or 0
 * when there is no such export of theirs ready. */
int web_annex_copy(int64_t user_id, int64_t id, int list, struct buf *b, cal_date *as_of);
/* At shutdown: waits for the export being built, then lets every one go. */
void web_annex_stop(void);

#endif
