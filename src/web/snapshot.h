/* snapshot.h: the area's records and whole worklist in memory. See snapshot.c. */
#ifndef SG_WEB_SNAPSHOT_H
#define SG_WEB_SNAPSHOT_H
#include <stdint.h>

#include "model/model.h"
#include "timescales/ts.h"

struct web_req;

struct web_snapshot {
	int refs;
	int64_t generation;	/* store_generation when it was read */
	cal_date today;		/* the day its clocks are judged on */
	struct area a;		/* every record of the area (store_load_area) */
	struct ts_config *cfg;
	uint32_t *groups;	/* sibling group of each child (ts_sibling_groups) */
	struct ts_worklist all;	/* the area's worklist, 20 working days ahead */
	/* Clocks whose target fell in the last 365 days, by kind and state. */
	long year_states[TS_NKINDS][5];
	long open_plans;	/* plans started and not ended by today */
};

/* The current snapshot, read again first if records changed or the day turned; NULL
 * when the store cannot be read. Give it back with web_snapshot_put. */
struct web_snapshot *web_snapshot_get(struct web_req *r);
void web_snapshot_put(struct web_snapshot *s);
/* At shutdown: lets go of the server's own reference. */
void web_snapshot_drop_all(void);

#endif
