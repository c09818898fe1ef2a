/*
 * cin_fixture.h: a child of a Children in Need return built in C for the rule tests, and
 * the runner that says which rules it breaks.
 *
 * fx_base() makes a child that breaks no rule in the 2025-26 census year (a school-age
 * girl referred by her school on 1 May 2025, assessed, a section 47 enquiry, an initial
 * conference on 27 May and a protection plan from that day, reviewed on 20 August). A test
 * changes or adds one thing and asserts which rule codes fire: fx_codes() returns them
 * sorted, space-separated, each as often as it fired. Every code a test expects is marked
 * in fx_tested[], so that main() can insist every rule has a test that makes it fire.
 */
#ifndef SG_CIN_FIXTURE_H
#define SG_CIN_FIXTURE_H
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "calendar/cal.h"
#include "census/cin.h"
#include "census/rules.h"

#define FX_EP 4		/* episodes */
#define FX_N 4		/* modules of a kind per episode */
#define FX_F 8		/* factors per assessment, reviews per plan */

struct fx {
	struct cin_child ch;
	struct cin_episode ep[FX_EP];
	struct cin_assessment as[FX_EP][FX_N];
	struct cin_text fac[FX_EP][FX_N][FX_F];
	struct cin_plan pl[FX_EP][FX_N];
	struct cin_s47 s47[FX_EP][FX_N];
	struct cin_cpp cpp[FX_EP][FX_N];
	struct cin_date rev[FX_EP][FX_N][FX_F];
	struct cin_text dis[FX_F];
};

static int fx_line = 100;
static char fx_got[2048];
static char fx_msg[4096];	/* every message of the last run, one a line */
static int fx_lines[64];	/* the line of each finding of the last run */
static int fx_nfound;
static int fx_tested[256];

static struct cin_text
T(const char *s)
{
	struct cin_text t = {s, s ? fx_line++ : 0};
	return t;
}

static struct cin_date
D(const char *s)
{
	struct cin_date d = {s, s ? fx_line++ : 0, CAL_NONE};

	if (s && !cal_parse(s, &d.d))
		d.d = CAL_NONE;
	return d;
}

static void
fx_disabilities(struct fx *f, ...)
{
	va_list ap;
	const char *s;

	f->ch.ndisabilities = 0;
	f->ch.has_disabilities = 1;
	va_start(ap, f);
	while ((s = va_arg(ap, const char *)) && f->ch.ndisabilities < FX_F)
		f->dis[f->ch.ndisabilities++] = T(s);
	va_end(ap);
	f->ch.disabilities = f->dis;
}

/* Episode e, received on ref (ReferralNFA 0, source 2A, need N1): appended if new. */
static struct cin_episode *
fx_episode(struct fx *f, int e, const char *ref)
{
	struct cin_episode *ep = &f->ep[e];

	memset(ep, 0, sizeof *ep);
	ep->line = fx_line++;
	ep->referral = D(ref);
	ep->source = T("2A");
	ep->primary_need = T("N1");
	ep->nfa = T("0");
	ep->assessments = f->as[e];
	ep->plans = f->pl[e];
	ep->s47s = f->s47[e];
	ep->cpps = f->cpp[e];
	if (e >= f->ch.nepisodes)
		f->ch.nepisodes = e + 1;
	return ep;
}

static void
fx_close(struct fx *f, int e, const char *date, const char *reason)
{
	f->ep[e].closure = D(date);
	f->ep[e].closure_reason = T(reason);
}

/* An assessment of episode e; factors follow, ended by NULL. */
static struct cin_assessment *
fx_assessment(struct fx *f, int e, const char *start, const char *auth, ...)
{
	struct cin_episode *ep = &f->ep[e];
	int k = ep->nassessments++;
	struct cin_assessment *a = &f->as[e][k];
	va_list ap;
	const char *s;

	memset(a, 0, sizeof *a);
	a->line = fx_line++;
	a->start = D(start);
	a->authorised = D(auth);
	a->factors = f->fac[e][k];
	va_start(ap, auth);
	while ((s = va_arg(ap, const char *)) && a->nfactors < FX_F)
		a->factors[a->nfactors++] = T(s);
	va_end(ap);
	a->has_factors = a->nfactors > 0;
	return a;
}

static struct cin_s47 *
fx_s47(struct fx *f, int e, const char *start, const char *target, const char *icpc,
    const char *not_required)
{
	struct cin_s47 *s = &f->s47[e][f->ep[e].ns47s++];

	memset(s, 0, sizeof *s);
	s->line = fx_line++;
	s->start = D(start);
	s->icpc_target = D(target);
	s->icpc = D(icpc);
	s->icpc_not_required = T(not_required);
	return s;
}

/* A protection plan of episode e (NEG, NEG, 0 previous); reviews follow, ended by NULL. */
static struct cin_cpp *
fx_cpp(struct fx *f, int e, const char *start, const char *end, ...)
{
	int k = f->ep[e].ncpps++;
	struct cin_cpp *p = &f->cpp[e][k];
	va_list ap;
	const char *s;

	memset(p, 0, sizeof *p);
	p->line = fx_line++;
	p->start = D(start);
	p->end = D(end);
	p->initial_category = T("NEG");
	p->latest_category = T("NEG");
	p->previous = T("0");
	p->reviews = f->rev[e][k];
	va_start(ap, end);
	while ((s = va_arg(ap, const char *)) && p->nreviews < FX_F)
		p->reviews[p->nreviews++] = D(s);
	va_end(ap);
	p->has_reviews = p->nreviews > 0;
	return p;
}

static void
fx_no_reviews(struct cin_cpp *p)
{
	p->nreviews = 0;
	p->has_reviews = 0;
}

static struct cin_plan *
fx_plan(struct fx *f, int e, const char *start, const char *end)
{
	struct cin_plan *p = &f->pl[e][f->ep[e].nplans++];

	memset(p, 0, sizeof *p);
	p->line = fx_line++;
	p->start = D(start);
	p->end = D(end);
	return p;
}

/* The clean child of the comment at the top. */
static void
fx_base(struct fx *f)
{
	memset(f, 0, sizeof *f);
	f->ch.line = fx_line++;
	f->ch.la_child_id = T("CHILDA001");
	f->ch.upn = T("F201123412001");
	f->ch.birth = D("2015-05-10");
	f->ch.sex = T("F");
	f->ch.ethnicity = T("WBRI");
	f->ch.episodes = f->ep;
	fx_disabilities(f, "MOB", "HAND", NULL);
	fx_episode(f, 0, "2025-05-01");
	fx_assessment(f, 0, "2025-05-02", "2025-06-10", "3A", "4B", NULL);
	fx_s47(f, 0, "2025-05-05", "2025-05-27", "2025-05-27", "0");
	fx_cpp(f, 0, "2025-05-27", NULL, "2025-08-20", NULL);
}

static int
fx_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static const char *fx_codes_found[256];

static void
fx_collect(void *ctx, const struct cin_finding *f)
{
	size_t len = strlen(fx_msg);

	(void)ctx;
	if (fx_nfound < 256)
		fx_codes_found[fx_nfound] = f->rule->code;
	if (fx_nfound < 64)
		fx_lines[fx_nfound] = f->line;
	fx_nfound++;
	snprintf(fx_msg + len, sizeof fx_msg - len, "%s %s\n", f->rule->code, f->message);
}

static const char *
fx_join(void)
{
	size_t len = 0;
	int n = fx_nfound < 256 ? fx_nfound : 256;

	qsort(fx_codes_found, (size_t)n, sizeof fx_codes_found[0], fx_cmp);
	fx_got[0] = '\0';
	for (int i = 0; i < n; i++) {
		snprintf(fx_got + len, sizeof fx_got - len, "%s%s", i ? " " : "", fx_codes_found[i]);
		len = strlen(fx_got);
	}
	return fx_got;
}

/* s is well-formed UTF-8. */
static int
fx_utf8(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	while (*p) {
		int n = *p < 0x80 ? 0 : *p >= 0xF0 ? 3 : *p >= 0xE0 ? 2 : *p >= 0xC0 ? 1 : -1;

		if (n < 0)
			return 0;
		for (p++; n > 0; n--, p++)
			if ((*p & 0xC0) != 0x80)
				return 0;
	}
	return 1;
}

static void
fx_reset(void)
{
	fx_nfound = 0;
	fx_msg[0] = '\0';
}

/* The codes child f breaks in the census year ending 31 March 2026 (child rules only). */
static const char *
fx_codes(struct fx *f)
{
	struct cin_check *c = cin_check_new_year(2026, fx_collect, NULL);

	fx_reset();
	cin_check_child(c, &f->ch);
	cin_check_free(c);
	return fx_join();
}

/* Marks the codes of an expectation as tested. */
static void
fx_mark(const char *want)
{
	int n;
	const struct cin_rule *all = cin_rules_all(&n);

	for (int i = 0; i < n && i < 256; i++) {
		const char *p = strstr(want, all[i].code);
		size_t len = strlen(all[i].code);

		for (; p; p = strstr(p + 1, all[i].code))
			if ((p == want || p[-1] == ' ') && (p[len] == ' ' || p[len] == '\0'))
				fx_tested[i] = 1;
	}
}

/* f breaks exactly the rules of want (codes sorted, space-separated). */
#define EXPECT(f, want)                                                              \
	do {                                                                         \
		fx_mark(want);                                                       \
		CHECK_STR(fx_codes(f), want);                                        \
	} while (0)

#endif
