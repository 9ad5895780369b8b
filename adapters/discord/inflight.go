package discord

import "sync"

// inflight counts the answers under way so that shutdown can wait for them
// to be sent. Unlike a bare sync.WaitGroup it refuses new work once closed,
// so no answer starts after the wait has begun.
type inflight struct {
	mu     sync.Mutex
	n      int
	closed bool
	idle   chan struct{} // closed when closed and n reaches zero
}

func newInflight() *inflight { return &inflight{idle: make(chan struct{})} }

// begin registers one answer; false means the adapter is shutting down and
// the event must be dropped.
func (f *inflight) begin() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return false
	}
	f.n++
	return true
}

// end marks one answer sent (or given up).
func (f *inflight) end() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.n--
	if f.closed && f.n == 0 {
		close(f.idle)
	}
}

// close refuses new answers from now on.
func (f *inflight) close() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.closed {
		f.closed = true
		if f.n == 0 {
			close(f.idle)
		}
	}
}

// closeAndWait refuses new answers and waits for those under way.
func (f *inflight) closeAndWait() {
	f.close()
	<-f.idle
}
