package bot

import (
	"container/list"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"sync"
	"time"
)

// MemoryLimits bound what a MemoryStore holds, whatever clients send. The
// zero value of a field means its default.
type MemoryLimits struct {
	// MaxConversations bounds the number of conversations kept (the least
	// recently used go first); default 10,000.
	MaxConversations int
	// MaxBytes bounds the estimated bytes of all the states kept, keys
	// included; default 32 MiB.
	MaxBytes int
	// MaxKeyBytes bounds the length of a key as stored: a longer key is
	// kept as its SHA-256 digest; default 256.
	MaxKeyBytes int
	// TTL forgets a conversation idle this long; default two hours.
	TTL time.Duration
	// Now is the clock, for tests; nil means time.Now.
	Now func() time.Time
}

// The defaults of MemoryLimits.
const (
	defaultMaxConversations = 10000
	defaultMaxBytes         = 32 << 20
	defaultMaxKeyBytes      = 256
	defaultConversationTTL  = 2 * time.Hour
)

func (l MemoryLimits) withDefaults() MemoryLimits {
	if l.MaxConversations <= 0 {
		l.MaxConversations = defaultMaxConversations
	}
	if l.MaxBytes <= 0 {
		l.MaxBytes = defaultMaxBytes
	}
	if l.MaxKeyBytes <= 0 {
		l.MaxKeyBytes = defaultMaxKeyBytes
	}
	if l.TTL <= 0 {
		l.TTL = defaultConversationTTL
	}
	if l.Now == nil {
		l.Now = time.Now
	}
	return l
}

// MemoryStore is the default Store: states in memory, bounded in number,
// bytes, key length and idle time, and sessions (at most maxMemoryEntries
// questions). A restart forgets them.
type MemoryStore struct {
	memSessions // classroom sessions, without a bound on time
	lim         MemoryLimits
	mu          sync.Mutex
	lru         *list.List // of *memEntry, most recently used first
	items       map[string]*list.Element
	bytes       int
}

type memEntry struct {
	key string
	// state is the ConversationState, encoded (encodeState).
	state string
	seen  time.Time
	// size is the state's estimated size (ConversationState.size) with
	// its key's, for MaxBytes.
	size int
}

// NewMemoryStore returns an empty MemoryStore.
func NewMemoryStore(lim MemoryLimits) *MemoryStore {
	return &MemoryStore{lim: lim.withDefaults(), lru: list.New(), items: map[string]*list.Element{}}
}

// storedKey bounds a key's length: a long key is kept as its digest.
func (s *MemoryStore) storedKey(key string) string {
	if len(key) <= s.lim.MaxKeyBytes {
		return key
	}
	sum := sha256.Sum256([]byte(key))
	return "sha256:" + hex.EncodeToString(sum[:])
}

// LoadConversation implements Store.
func (s *MemoryStore) LoadConversation(_ context.Context, key string) (ConversationState, error) {
	key = s.storedKey(key)
	now := s.lim.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	el := s.items[key]
	if el == nil {
		return ConversationState{}, ErrNotFound
	}
	e := el.Value.(*memEntry)
	if now.Sub(e.seen) > s.lim.TTL {
		s.remove(el)
		return ConversationState{}, ErrNotFound
	}
	e.seen = now
	s.lru.MoveToFront(el)
	return decodeState(e.state)
}

// SaveConversation implements Store.
func (s *MemoryStore) SaveConversation(_ context.Context, key string, st ConversationState) error {
	key = s.storedKey(key)
	state := encodeState(st)
	size := len(key) + st.size()
	now := s.lim.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	if el := s.items[key]; el != nil {
		s.remove(el)
	}
	e := &memEntry{key: key, state: state, seen: now, size: size}
	s.items[key] = s.lru.PushFront(e)
	s.bytes += size
	s.evict(now)
	return nil
}

// MoveConversation implements Store.
func (s *MemoryStore) MoveConversation(_ context.Context, from, to string) (bool, error) {
	from, to = s.storedKey(from), s.storedKey(to)
	now := s.lim.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	el := s.items[from]
	if el == nil || from == to {
		return false, nil
	}
	e := el.Value.(*memEntry)
	s.remove(el)
	if s.items[to] != nil || now.Sub(e.seen) > s.lim.TTL {
		return false, nil
	}
	e.size += len(to) - len(e.key)
	e.key = to
	s.items[to] = s.lru.PushFront(e)
	s.bytes += e.size
	s.evict(now)
	return true, nil
}

// Len returns the number of conversations held.
func (s *MemoryStore) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.items)
}

// Bytes returns the estimated bytes held.
func (s *MemoryStore) Bytes() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.bytes
}

// evict drops the least recently used states while a bound is exceeded,
// and those idle longer than the TTL. Called with s.mu held.
func (s *MemoryStore) evict(now time.Time) {
	for el := s.lru.Back(); el != nil; el = s.lru.Back() {
		e := el.Value.(*memEntry)
		over := len(s.items) > s.lim.MaxConversations || s.bytes > s.lim.MaxBytes
		if !over && now.Sub(e.seen) <= s.lim.TTL {
			return
		}
		s.remove(el)
	}
}

func (s *MemoryStore) remove(el *list.Element) {
	e := s.lru.Remove(el).(*memEntry)
	delete(s.items, e.key)
	s.bytes -= e.size
}
