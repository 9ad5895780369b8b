package telegram

import (
	"sync"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// offsets tracks the updates received by polling until they are answered,
// so that getUpdates confirms (by its offset) only updates whose answer
// was sent: an update still being answered when the process dies is
// delivered again after the restart.
type offsets struct {
	mu sync.Mutex
	// received is the highest update_id handed to the queue.
	received int
	pending  map[int]bool
	// advanced gets a token when the confirmable offset moves, so that a
	// long poll under way can be cut short to confirm at once.
	advanced chan struct{}
}

func newOffsets() *offsets {
	return &offsets{pending: map[int]bool{}, advanced: make(chan struct{}, 1)}
}

// take reports whether update id is new, and if so records it as pending.
// Updates still pending come back in every getUpdates until confirmed;
// they are not answered twice.
func (o *offsets) take(id int) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	if id <= o.received {
		return false
	}
	o.received = id
	o.pending[id] = true
	return true
}

// takeUpTo records every update up to id as taken and answered: a
// journal holds those still to answer.
func (o *offsets) takeUpTo(id int) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.received = max(o.received, id)
}

// done records that update id is answered (or will never be).
func (o *offsets) done(id int) {
	o.mu.Lock()
	defer o.mu.Unlock()
	before := o.offsetLocked()
	delete(o.pending, id)
	if o.offsetLocked() != before {
		select {
		case o.advanced <- struct{}{}:
		default:
		}
	}
}

// offset is the getUpdates offset that confirms every answered update and
// nothing after the oldest pending one; 0 before any update.
func (o *offsets) offset() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.offsetLocked()
}

func (o *offsets) offsetLocked() int {
	if o.received == 0 {
		return 0
	}
	low := o.received + 1
	for id := range o.pending {
		low = min(low, id)
	}
	return low
}

// maxRememberedUpdates bounds the update_ids the webhook remembers to
// recognise a redelivery: Telegram redelivers within minutes, and at most
// a few dozen updates are in flight at once.
const maxRememberedUpdates = 4096

// seenUpdates recognises webhook updates delivered more than once (after a
// timeout, or a 5xx from a proxy), in bounded memory: the last
// maxRememberedUpdates update_ids, each with a channel closed once its
// answer is sent.
type seenUpdates struct {
	mu    sync.Mutex
	done  map[int]chan struct{}
	order []int // ring of the ids in done, oldest at next
	next  int
}

func newSeenUpdates() *seenUpdates {
	return &seenUpdates{done: map[int]chan struct{}{}}
}

// first reports whether id is new, and returns the channel closed once
// the first delivery is answered (the caller closes it for a new id).
func (s *seenUpdates) first(id int) (chan struct{}, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if ch, ok := s.done[id]; ok {
		return ch, false
	}
	ch := make(chan struct{})
	if len(s.order) < maxRememberedUpdates {
		s.order = append(s.order, id)
	} else {
		delete(s.done, s.order[s.next])
		s.order[s.next] = id
		s.next = (s.next + 1) % maxRememberedUpdates
	}
	s.done[id] = ch
	return ch, true
}

// forget drops id, so that a delivery refused (shutting down) can be
// taken by a later one.
func (s *seenUpdates) forget(id int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.done, id)
}

// queueDurably records u in the journal, if there is one and it has room;
// it reports whether u is now safe to confirm before it is answered.
func (a *Adapter) queueDurably(u tgbotapi.Update) bool {
	if a.journal == nil {
		return false
	}
	ok, err := a.journal.add(u)
	if err != nil {
		a.log.Error("telegram: the queue file refused an update; it stays unconfirmed until answered", "update_id", u.UpdateID, "err", err)
		a.platformError("queue")
	}
	return ok
}

// journalDone records that update id is answered.
func (a *Adapter) journalDone(id int) {
	if err := a.journal.done(id); err != nil {
		a.log.Error("telegram: the queue file did not record an answer; it may be answered again after a restart", "update_id", id, "err", err)
		a.platformError("queue")
	}
}

// answerLeftovers queues the updates a previous run took but did not
// answer, before any new one, and marks them as taken so that a
// redelivery is not answered twice.
func (a *Adapter) answerLeftovers() {
	if a.journal == nil {
		return
	}
	a.offsets.takeUpTo(a.journal.highest())
	if len(a.replay) > 0 {
		a.log.Info("telegram: answering the updates left unanswered by the last run", "count", len(a.replay))
	}
	for _, u := range a.replay {
		id := u.UpdateID
		answered, _ := a.seen.first(id)
		a.dispatch(u, func() {
			a.journalDone(id)
			close(answered)
		})
	}
	a.replay = nil
}
