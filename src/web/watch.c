/*
 * watch.c: a deadline for every connection, so that a client sending a byte a second
 * cannot hold a thread and a connection slot for ever.
 *
 * libmicrohttpd's own timeout measures silence, and a slow client is never silent for
 * long, so each connection also gets a deadline here: from the moment it opens, or its
 * last response was sent, the client has request_seconds to send the whole next request
 * (headers and body). A thread checks four times a second and shuts down the socket of a
 * connection past its deadline; the connection's own thread then sees the end of the
 * stream and closes it. While a request is being answered there is no deadline, because
 * then the time is ours. shutdown() leaves the descriptor open (libmicrohttpd closes it,
 * after telling us), so a descriptor number is never shut down after it has been reused.
 */
#include "web/watch.h"

#include <pthread.h>
#include <stdint.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "base/mem.h"

struct web_watch {
	struct web_watch *next, *prev;
	int fd;
	int64_t deadline_us;	/* 0: none */
	int shut;
};

static struct {
	pthread_mutex_t lock;
	struct web_watch *head;
	pthread_t thread;
	int running, stop;
	int64_t allow_us;
	long shut;		/* connections cut, for the tests and the log */
} w = {PTHREAD_MUTEX_INITIALIZER, NULL, 0, 0, 0, 0, 0};

static int64_t
now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static void *
run(void *arg)
{
	(void)arg;
	for (;;) {
		int64_t t = now_us();
		pthread_mutex_lock(&w.lock);
		if (w.stop) {
			pthread_mutex_unlock(&w.lock);
			return NULL;
		}
		for (struct web_watch *c = w.head; c; c = c->next)
			if (!c->shut && c->deadline_us && t > c->deadline_us) {
				shutdown(c->fd, SHUT_RDWR);
				c->shut = 1;
				w.shut++;
			}
		pthread_mutex_unlock(&w.lock);
		usleep(250000);
	}
}

int
web_watch_start(int request_seconds)
{
	w.allow_us = (int64_t)request_seconds * 1000000;
	w.stop = 0;
	if (pthread_create(&w.thread, NULL, run, NULL) != 0)
		return -1;
	w.running = 1;
	return 0;
}

void
web_watch_stop(void)
{
	if (!w.running)
		return;
	pthread_mutex_lock(&w.lock);
	w.stop = 1;
	pthread_mutex_unlock(&w.lock);
	pthread_join(w.thread, NULL);
	w.running = 0;
}

struct web_watch *
web_watch_add(int fd)
{
	struct web_watch *c = xcalloc(1, sizeof *c);

	c->fd = fd;
	pthread_mutex_lock(&w.lock);
	c->deadline_us = now_us() + w.allow_us;
	c->next = w.head;
	if (w.head)
		w.head->prev = c;
	w.head = c;
	pthread_mutex_unlock(&w.lock);
	return c;
}

void
web_watch_remove(struct web_watch *c)
{
	if (!c)
		return;
	pthread_mutex_lock(&w.lock);
	if (c->prev)
		c->prev->next = c->next;
	else
		w.head = c->next;
	if (c->next)
		c->next->prev = c->prev;
	pthread_mutex_unlock(&w.lock);
	xfree(c);
}

void
web_watch_arm(struct web_watch *c)
{
	if (!c)
		return;
	pthread_mutex_lock(&w.lock);
	c->deadline_us = now_us() + w.allow_us;
	pthread_mutex_unlock(&w.lock);
}

void
web_watch_disarm(struct web_watch *c)
{
	if (!c)
		return;
	pthread_mutex_lock(&w.lock);
	c->deadline_us = 0;
	pthread_mutex_unlock(&w.lock);
}

long
web_watch_cut(void)
{
	long n;

	pthread_mutex_lock(&w.lock);
	n = w.shut;
	pthread_mutex_unlock(&w.lock);
	return n;
}
