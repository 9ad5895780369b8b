package discord

import "sync"

// threadCapacity bounds how many bot messages the adapter remembers; a
// reply to an older one starts a conversation of its own.
const threadCapacity = 10000

// threads remembers which conversation each message the bot sent belongs
// to, so that a reply to it continues that conversation, whoever replies.
// It forgets the oldest messages first, keeping memory bounded.
type threads struct {
	mu    sync.Mutex
	conv  map[string]string // bot message id → conversation key
	order []string          // ring of message ids, oldest at next
	next  int
	// onRemember, when set (by tests, before Run), is told of each message
	// remembered, so a test can reply to it knowing the adapter has it.
	onRemember func(id, conv string)
}

func newThreads(capacity int) *threads {
	return &threads{conv: make(map[string]string, capacity), order: make([]string, 0, capacity)}
}

// remember records that message id continues conversation conv.
func (t *threads) remember(id, conv string) {
	if id == "" || conv == "" {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.onRemember != nil {
		defer t.onRemember(id, conv)
	}
	if _, ok := t.conv[id]; ok {
		t.conv[id] = conv
		return
	}
	if len(t.order) < cap(t.order) {
		t.order = append(t.order, id)
	} else {
		delete(t.conv, t.order[t.next])
		t.order[t.next] = id
		t.next = (t.next + 1) % len(t.order)
	}
	t.conv[id] = conv
}

// lookup returns the conversation of a bot message, if remembered.
func (t *threads) lookup(id string) (string, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	c, ok := t.conv[id]
	return c, ok
}
