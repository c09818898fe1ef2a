/* snapshot.h: the area's records and whole worklist in memory. See snapshot.c. */
#ifndef SG_WEB_SNAPSHOT_H
#define SG_WEB_SNAPSHOT_H
#include <stdint.h>

#include "model/model.h"
#include "timescales/ts.h"

struct web_req;
struct store;

/* What the snapshot holds beside the pathway (snapshot_people.c). */
struct web_household {
	int64_t id;
	const char *address, *postcode;
};
struct web_adult {
	int64_t id, household_id;
	const char *given_name, *family_name;
	const char *birth_date;		/* YYYY-MM-DD, or NULL */
};
struct web_link {		/* a relationship of a child with an adult */
	int64_t child_id, adult_id;
	const char *kind;
	int parental_responsibility;	/* 1, 0, or -1 not recorded */
};
struct web_restriction {
	int64_t child_id, user_id;
};
struct web_name {		/* a folded word of a child's names (snapshot_names.c) */
	const char *word;
	uint32_t child;
};

struct web_snapshot {
	int refs;
	int64_t generation;	/* store_generation when it was read */
	cal_date today;		/* the day its clocks are judged on */
	struct area a;		/* every record of the area (store_load_area) */
	struct ts_config *cfg;
	uint32_t *groups;	/* sibling group of each child (ts_sibling_groups) */
	uint32_t *by_group;	/* children's indexes in order of group, then index */
	uint32_t *by_la;	/* children's indexes in order of local child id */
	uint32_t *by_nhs;	/* those with an NHS number, in its order */
	size_t n_nhs;
	struct ts_worklist all;	/* the area's worklist, 20 working days ahead */
	/* Clocks whose target fell in the last 365 days, by kind and state. */
	long year_states[TS_NKINDS][5];
	long open_plans;	/* plans started and not ended by today */
	M_ARRAY(struct web_household, households);	/* by id */
	M_ARRAY(struct web_adult, adults);		/* by id */
	M_ARRAY(struct web_link, links);		/* by child */
	M_ARRAY(struct web_restriction, restrictions);	/* by child */
	M_ARRAY(struct web_name, names);		/* by word */
};

/* The current snapshot, read again first if records changed or the day turned; NULL
 * when the store cannot be read. Give it back with web_snapshot_put. */
struct web_snapshot *web_snapshot_get(struct web_req *r);
void web_snapshot_put(struct web_snapshot *s);
/* The server reads the area before it listens, then a thread reads it again whenever
 * records change (web_snapshot_start, _stop). 0, or -1 with *err. */
struct web_server;
int web_snapshot_start(const struct web_server *srv, const char **err);
void web_snapshot_stop(void);
/* After a request of this server changed records: waits until the area in memory holds
 * the change, so the page that follows shows it. 0, or -1 after a minute. */
int web_snapshot_fresh(struct web_req *r);
/* After a request of this server saved a record of table t (of child child_id, or 0):
 * a record that a child's page reads from a fresh load of the child (a pathway record)
 * is only noted, as a change of that child and a save of this person; any other waits
 * as web_snapshot_fresh does. 0, or -1. */
struct table;
int web_snapshot_saved(struct web_req *r, const struct table *t, int64_t child_id);
/* The records a page of the child is built from: s's, or a fresh load of the child (in
 * *fresh) when a save of this server changed them after s was read. Free *fresh with
 * area_free whatever is returned; NULL when the store cannot be read. */
const struct area *web_snapshot_child_area(struct web_req *r, const struct web_snapshot *s,
    int64_t child_id, struct area *fresh);
/* The end of a request: the snapshot it held is let go (dispatch.c). */
void web_snapshot_release(struct web_req *r);
/* The children of child ci's sibling group (itself included): *n indexes from the
 * returned array, which belongs to the snapshot. */
const uint32_t *web_snapshot_group(const struct web_snapshot *s, uint32_t ci, size_t *n);
int web_snapshot_load_people(struct store *st, struct web_snapshot *s);
void web_snapshot_free_people(struct web_snapshot *s);
const struct web_household *web_snapshot_household(const struct web_snapshot *s, int64_t id);
const struct web_adult *web_snapshot_adult(const struct web_snapshot *s, int64_t id);
/* The child's relationships with adults: *n of them from the returned array. */
const struct web_link *web_snapshot_links(const struct web_snapshot *s, int64_t child_id,
    size_t *n);
/* Whether the child's record is restricted (1, *named when user_id is named), or not. */
int web_snapshot_restricted(const struct web_snapshot *s, int64_t child_id, int64_t user_id,
    int *named);
/* Whether a partner agency works with the child: invited to one of its conferences, on
 * its core group, or the agency that referred it. */
int web_snapshot_agency_knows(const struct web_snapshot *s, int64_t agency_id,
    const struct m_child *c);
/* The children whose local id, or NHS number, is key: *n indexes from the returned
 * array, which belongs to the snapshot. */
const uint32_t *web_snapshot_find_la(const struct web_snapshot *s, const char *key,
    size_t *n);
const uint32_t *web_snapshot_find_nhs(const struct web_snapshot *s, const char *key,
    size_t *n);
/* The words of the children's names, folded and sorted (snapshot_names.c); and the
 * children whose names have words beginning with each word of q: indexes into the
 * area, at most max (*more when there were others). Returns how many. */
void web_snapshot_index_names(struct web_snapshot *s);
int web_snapshot_find_names(const struct web_snapshot *s, const char *q, uint32_t *out,
    int max, int *more);
/* At shutdown: lets go of the server's own reference. */
void web_snapshot_drop_all(void);

#endif
