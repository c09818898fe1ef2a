/* watch.h: every connection's deadline for sending its request. See watch.c. */
#ifndef SG_WEB_WATCH_H
#define SG_WEB_WATCH_H

struct web_watch;

int web_watch_start(int request_seconds);
void web_watch_stop(void);
/* A new connection on fd, with its first deadline running. */
struct web_watch *web_watch_add(int fd);
void web_watch_remove(struct web_watch *c);
void web_watch_arm(struct web_watch *c);	/* a response sent: the next request's clock */
void web_watch_disarm(struct web_watch *c);	/* the request has arrived whole */
long web_watch_cut(void);			/* connections cut so far */

#endif
