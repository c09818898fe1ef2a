/* admin.h: what the administrator's pages share (page_admin.c). */
#ifndef SG_WEB_ADMIN_H
#define SG_WEB_ADMIN_H

struct web_req;

void admin_back(struct web_req *r);		/* the back link to the administration */
void admin_saved_banner(struct web_req *r);	/* "Saved" */

#endif
