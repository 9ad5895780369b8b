package telegram

import (
	"log/slog"
	"runtime/debug"
	"sync"
)

// chatQueue runs jobs one chat at a time, in arrival order, so that a
// follow-up is never answered before the question it follows, while
// different chats are answered in parallel.
//
// Only the answering itself takes one of the max slots (see answering):
// a job waiting out a chat's flood wait holds no slot, so one busy chat
// never delays another.
type chatQueue struct {
	mu      sync.Mutex
	pending map[int64][]func()
	closed  bool
	wg      sync.WaitGroup
	slots   chan struct{}
	log     *slog.Logger
}

func newChatQueue(max int, log *slog.Logger) *chatQueue {
	return &chatQueue{pending: map[int64][]func(){}, slots: make(chan struct{}, max), log: log}
}

// submit queues job for chat; it reports false once the queue is closed.
func (q *chatQueue) submit(chat int64, job func()) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return false
	}
	jobs, running := q.pending[chat]
	q.pending[chat] = append(jobs, job)
	if !running {
		q.wg.Add(1)
		go q.drain(chat)
	}
	return true
}

// drain runs chat's jobs until none is left.
func (q *chatQueue) drain(chat int64) {
	defer q.wg.Done()
	for {
		q.mu.Lock()
		jobs := q.pending[chat]
		if len(jobs) == 0 {
			delete(q.pending, chat)
			q.mu.Unlock()
			return
		}
		job := jobs[0]
		q.pending[chat] = jobs[1:]
		q.mu.Unlock()
		q.run(job)
	}
}

// answering runs f (the CPU-bound part of a job) in one of the slots.
func (q *chatQueue) answering(f func()) {
	q.slots <- struct{}{}
	defer func() { <-q.slots }()
	f()
}

// run calls job, recovering a panic so that one bad message cannot stop
// the others; jobs apologise to their user themselves (recoverAndApologise),
// this is the last guard.
func (q *chatQueue) run(job func()) {
	defer func() {
		if p := recover(); p != nil {
			q.log.Error("telegram: panic while answering", "panic", p, "stack", string(debug.Stack()))
		}
	}()
	job()
}

// closeAndWait refuses new jobs and waits for the queued ones.
func (q *chatQueue) closeAndWait() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.wg.Wait()
}
