package bot

import (
	"context"
	"errors"
	"sync"
)

// conversation loads the conversation saved under key; "" is a fresh
// conversation of its own. A store that fails is logged and the question
// is answered as a fresh one: a lost context is better than no answer.
func (b *Bot) conversation(ctx context.Context, key string) *conversation {
	if key == "" {
		return &conversation{}
	}
	st, err := b.store.LoadConversation(ctx, key)
	if err != nil {
		if !errors.Is(err, ErrNotFound) {
			b.opts.Logger.Error("loading a conversation", "err", err)
		}
		return &conversation{}
	}
	return restoreConversation(b.base, st)
}

// saveConversation saves conv under key, unless key is "".
func (b *Bot) saveConversation(ctx context.Context, key string, conv *conversation) {
	if key == "" {
		return
	}
	if err := b.store.SaveConversation(ctx, key, conv.state(b.base)); err != nil {
		b.opts.Logger.Error("saving a conversation", "err", err)
	}
}

// keyLocks serialises the messages of one conversation, so that its
// questions are answered in order. A lock lives only while a message of
// its key is being handled: memory is bounded by the messages in flight.
type keyLocks struct {
	mu    sync.Mutex
	locks map[string]*keyLock
}

type keyLock struct {
	mu    sync.Mutex
	users int
}

func newKeyLocks() *keyLocks { return &keyLocks{locks: map[string]*keyLock{}} }

// lock takes the lock of key and returns its release; "" needs none.
func (k *keyLocks) lock(key string) (unlock func()) {
	if key == "" {
		return func() {}
	}
	k.mu.Lock()
	l := k.locks[key]
	if l == nil {
		l = &keyLock{}
		k.locks[key] = l
	}
	l.users++
	k.mu.Unlock()
	l.mu.Lock()
	return func() {
		l.mu.Unlock()
		k.mu.Lock()
		if l.users--; l.users == 0 {
			delete(k.locks, key)
		}
		k.mu.Unlock()
	}
}
