package web

import (
	"container/list"
	"strconv"
	"sync"
	"time"

	"github.com/citebot/citebot/bot"
)

// turn is one question of a conversation and the bot's reply, as the page
// shows it.
type turn struct {
	// N numbers the browser's turns from 1; the page's anchor is #tN.
	N        int
	Question string
	Reply    bot.Reply
	// Vote is the label of the feedback action the reader chose on this
	// answer (👍, 👎), and Note the bot's reply to it.
	Vote, Note string
}

// history is one browser's conversation on the ask page. Its lock is
// held while a question is answered, so that a browser's questions are
// answered, and numbered, in order.
type history struct {
	mu      sync.Mutex
	browser string
	// gen numbers the browser's conversations: "Nouvelle conversation"
	// starts the next one, which the bot then sees as a fresh thread.
	gen   int
	next  int
	turns []turn
	seen  time.Time
}

// conversation is the bot's key for the browser's current conversation.
func (h *history) conversation() string {
	return Platform + ":" + h.browser + ":" + strconv.Itoa(h.gen)
}

// add records a turn, dropping the oldest beyond maxTurns.
func (h *history) add(question string, r bot.Reply) turn {
	h.next++
	t := turn{N: h.next, Question: question, Reply: r}
	h.turns = append(h.turns, t)
	if len(h.turns) > maxTurns {
		h.turns = append(h.turns[:0], h.turns[len(h.turns)-maxTurns:]...)
	}
	return t
}

// restart begins a new conversation: the page is cleared and the bot
// forgets what follow-ups referred to.
func (h *history) restart() {
	h.gen++
	h.turns = nil
}

// last is the latest turn, or nil.
func (h *history) last() *turn {
	if len(h.turns) == 0 {
		return nil
	}
	return &h.turns[len(h.turns)-1]
}

// moreCommand is the bot's "Plus de sources": it continues the
// conversation, so only the latest answer offers it. Any other action
// (👍, 👎) is about the answer that offers it.
const moreCommand = "/plus"

// offered finds the turn whose reply offers the action cmd, the latest
// first; "Plus de sources" only on the latest turn.
func (h *history) offered(cmd string) (*turn, bot.Action, bool) {
	for i := len(h.turns) - 1; i >= 0; i-- {
		t := &h.turns[i]
		for _, a := range t.Reply.Actions {
			if a.Command == cmd {
				return t, a, true
			}
		}
		if cmd == moreCommand {
			break
		}
	}
	return nil, bot.Action{}, false
}

// snapshot copies the turns for rendering outside the lock.
func (h *history) snapshot() []turn {
	return append([]turn(nil), h.turns...)
}

// histories keeps the browsers' conversations, bounded in number (least
// recently used first out) and in idle time.
type histories struct {
	mu    sync.Mutex
	max   int
	ttl   time.Duration
	now   func() time.Time
	byID  map[string]*list.Element
	order *list.List // of *history, most recent at the front
}

func newHistories(max int, ttl time.Duration, now func() time.Time) *histories {
	return &histories{max: max, ttl: ttl, now: now, byID: map[string]*list.Element{}, order: list.New()}
}

// get returns the browser's history, locked; the caller calls unlock.
func (hs *histories) get(browser string) (h *history, unlock func()) {
	hs.mu.Lock()
	now := hs.now()
	hs.evict(now)
	if e, ok := hs.byID[browser]; ok {
		hs.order.MoveToFront(e)
		h = e.Value.(*history)
	} else {
		h = &history{browser: browser}
		hs.byID[browser] = hs.order.PushFront(h)
	}
	h.seen = now
	hs.mu.Unlock()
	h.mu.Lock()
	return h, h.mu.Unlock
}

// evict drops the idle histories and those beyond max; hs.mu is held.
func (hs *histories) evict(now time.Time) {
	for e := hs.order.Back(); e != nil; e = hs.order.Back() {
		h := e.Value.(*history)
		if hs.order.Len() < hs.max && now.Sub(h.seen) < hs.ttl {
			return
		}
		hs.order.Remove(e)
		delete(hs.byID, h.browser)
	}
}

// len is the number of histories kept, for tests.
func (hs *histories) len() int {
	hs.mu.Lock()
	defer hs.mu.Unlock()
	return hs.order.Len()
}
