/*
 * cin_read_int.h: what the two files of the census reader share: the element tree of a
 * return as a table (cin_read_tree.c), and the reader's state (cin_read.c).
 */
#ifndef SG_CIN_READ_INT_H
#define SG_CIN_READ_INT_H
#include <stdint.h>
#include <stdio.h>

#include "census/cin_read.h"

/* Every element of a return (domain-cin.md "Element tree"), in schema order. */
enum cin_el {
	EL_DOC,			/* the document itself: the root's parent */
	EL_MESSAGE, EL_HEADER, EL_COLLECTION_DETAILS, EL_COLLECTION, EL_YEAR, EL_REFERENCE_DATE,
	EL_SOURCE, EL_SOURCE_LEVEL, EL_LEA, EL_SOFTWARE_CODE, EL_RELEASE, EL_SERIAL_NO,
	EL_DATETIME,
	EL_CHILDREN, EL_CHILD,
	EL_IDENTIFIERS, EL_LA_CHILD_ID, EL_UPN, EL_FORMER_UPN, EL_UPN_UNKNOWN, EL_BIRTH,
	EL_EXPECTED_BIRTH, EL_SEX, EL_GENDER_CURRENT, EL_DEATH,
	EL_CHARACTERISTICS, EL_ETHNICITY, EL_DISABILITIES, EL_DISABILITY,
	EL_CINDETAILS, EL_REFERRAL_DATE, EL_REFERRAL_SOURCE, EL_PRIMARY_NEED, EL_CLOSURE_DATE,
	EL_CLOSURE_REASON, EL_EPISODE_ICPC,
	EL_ASSESSMENTS, EL_ASSESSMENT_START, EL_ASSESSMENT_REVIEW, EL_ASSESSMENT_AUTHORISED,
	EL_FACTORS, EL_FACTOR,
	EL_CINPLAN, EL_CINPLAN_START, EL_CINPLAN_END,
	EL_S47, EL_S47_START, EL_S47_TARGET, EL_S47_ICPC, EL_S47_NOT_REQUIRED,
	EL_NFA,
	EL_CPP, EL_CPP_START, EL_CPP_END, EL_CPP_INITIAL, EL_CPP_LATEST, EL_CPP_PREVIOUS,
	EL_REVIEWS, EL_REVIEW_DATE,
	EL_COUNT
};

/* What an element is. */
enum cin_kind {
	EK_GROUP,	/* holds other elements; at most one under its parent */
	EK_ITEM,	/* holds other elements; one per item (Child, CINdetails, Assessments ...) */
	EK_TEXT,	/* a value, kept as text (struct cin_text) */
	EK_DATE,	/* a value that is a date (struct cin_date) */
	EK_LIST,	/* a value of which there may be many (Disability, AssessmentFactors ...) */
};

/* The object a value belongs to: the innermost item around it. */
enum cin_obj { OBJ_NONE, OBJ_HEADER, OBJ_CHILD, OBJ_EPISODE, OBJ_ASSESSMENT, OBJ_PLAN,
	OBJ_S47, OBJ_CPP };

struct cin_el_def {
	const char *name;
	unsigned char parent;	/* enum cin_el */
	unsigned char kind;	/* enum cin_kind */
	unsigned char obj;	/* enum cin_obj, for values */
	unsigned short off;	/* where the value goes in its object */
};

extern const struct cin_el_def cin_els[EL_COUNT];

#define CIN_MAX_DEPTH 8		/* Message/Children/Child/CINdetails/.../CPPreviewDate is 7 */
#define CIN_MAX_KIDS 12		/* the most elements one element may hold (Source has 6) */
#define CIN_CHUNK 65536

struct cin_queued {
	struct cin_child *child;
	struct cin_pool *pool;
};

struct cin_reader {
	void *ctxt;			/* libxml2's xmlParserCtxtPtr */
	FILE *file;
	char *chunk;			/* what fread fills, for a file */
	char *path;			/* for messages */
	const char *mem;
	size_t memlen, mempos;
	uint64_t bytes, max_bytes;
	int started, finished;		/* first chunk checked; end of input fed */
	char err[512];
	int err_line, failed;

	/* Where the parser is: the element at each depth, and for each depth the instance
	 * number of the element open there, so that a repeated once-only element is caught
	 * without clearing anything (seen_in[el] == instance of its parent). */
	unsigned char stack[CIN_MAX_DEPTH + 1];
	uint32_t instance[CIN_MAX_DEPTH + 1];
	uint32_t seen_in[EL_COUNT], next_instance;
	int seen_line[EL_COUNT];
	int depth;
	unsigned char kids[EL_COUNT][CIN_MAX_KIDS], nkids[EL_COUNT];

	/* The value being read. */
	char text[CIN_MAX_VALUE + 1];
	size_t textlen;
	int collecting, text_line;

	/* The header, and the state of the file around it. */
	struct cin_header header;
	struct cin_pool *header_pool;
	int seen_header, header_done, seen_children, message_closed;
	int nsources;		/* Source groups met: the first names the authority */

	/* The child being built, with the room of the arrays it is filling. */
	struct cin_child *child;
	struct cin_pool *pool;
	int cap_episodes, cap_disabilities, cap_assessments, cap_plans, cap_s47s, cap_cpps,
	    cap_factors, cap_reviews;

	/* Children read and not yet handed out, and pools ready for reuse. */
	struct cin_queued *queue;
	size_t qhead, qlen, qcap;
	struct cin_pool **spare;
	size_t nspare, capspare;
	struct cin_pool *delivered;
};

/* Records the first error, with its line, and stops the parser. */
void cin_reader_fail(struct cin_reader *r, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The element-tree side of the parser (cin_read_tree.c). */
void cin_tree_init(struct cin_reader *r);
void cin_tree_start(struct cin_reader *r, const char *name, int line);
void cin_tree_end(struct cin_reader *r);
void cin_tree_text(struct cin_reader *r, const char *s, int len);
/* A pool for the next child, and the queue of finished ones (cin_read.c). */
struct cin_pool *cin_reader_take_pool(struct cin_reader *r);
void cin_reader_push_child(struct cin_reader *r);

#endif
