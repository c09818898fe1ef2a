/*
 * training.h: what the pages of the partnership's training share (issue 11, point 5):
 * the course list and an agency's bookings (page_training.c), a session with its booking
 * form and register (training_session.c).
 */
#ifndef SG_WEB_TRAINING_H
#define SG_WEB_TRAINING_H

#include "web/pages.h"
#include "web/form.h"
#include "web/html.h"
#include "web/web_int.h"
#include "timescales/ts.h"

struct web_snapshot;

/* The session or course of an id (the area keeps them by id), or NULL. */
const struct m_training_session *training_session_of(const struct area *a, int64_t id);
const struct m_training_course *training_course_of(const struct area *a, int64_t id);
const char *training_course_title(const struct area *a, const struct m_training_session *s);
/* The places of the session not taken by a booking that stands (not cancelled). */
int training_places_left(const struct area *a, const struct m_training_session *s);
/* A booking's status in words: "did not attend". */
const char *training_status_words(const char *code);
/* The day a held session's register is due (timescale.training_register_working_days
 * after it), while a booking on it is still only booked; CAL_NONE when nothing is due. */
cal_date training_register_due(const struct web_snapshot *s,
    const struct m_training_session *t);

/* The training administrator's registers overdue or due by horizon, for the worklist. */
void web_training_work(struct web_req *r, const struct web_snapshot *s, cal_date horizon);

#endif
