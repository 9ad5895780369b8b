package bot

import (
	"cmp"
	"context"
	"crypto/rand"
	"errors"
	"slices"
	"sync"
	"time"
)

// maxMemoryEntries bounds the questions a MemoryStore keeps for all its
// sessions together: a database is the place for more.
const maxMemoryEntries = 100000

// errMemoryFull: a MemoryStore's sessions hold maxMemoryEntries questions.
var errMemoryFull = errors.New("the in-memory store is full: use a database (CITEBOT_DB)")

// memSessions is the session half of a MemoryStore; its zero value is
// empty and ready.
type memSessions struct {
	mu       sync.Mutex
	secret   []byte
	sessions map[string]*Session
	entries  []Entry          // in ID order
	votes    map[int64][]Vote // by entry
	lastID   int64
	rounds   []QuizRound // in ID order, with their answers
}

// Secret implements SessionStore.
func (m *memSessions) Secret(context.Context) ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.secret == nil {
		m.secret = make([]byte, 32)
		_, _ = rand.Read(m.secret) // never fails (crypto/rand's contract)
	}
	return m.secret, nil
}

// StartSession implements SessionStore.
func (m *memSessions) StartSession(_ context.Context, s Session) (Session, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if open := m.open(s.Room); open != nil {
		return *open, ErrSessionOpen
	}
	if m.sessions == nil {
		m.sessions = map[string]*Session{}
	}
	s.EndedAt = time.Time{}
	s.Salt = slices.Clone(s.Salt)
	m.sessions[s.ID] = &s
	return s, nil
}

func (m *memSessions) open(room string) *Session {
	for _, s := range m.sessions {
		if s.Room == room && s.Open() {
			return s
		}
	}
	return nil
}

// OpenSession implements SessionStore.
func (m *memSessions) OpenSession(_ context.Context, room string) (Session, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if s := m.open(room); s != nil {
		return *s, nil
	}
	return Session{}, ErrNoSession
}

// LastSession implements SessionStore.
func (m *memSessions) LastSession(_ context.Context, room string) (Session, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var last *Session
	for _, s := range m.sessions {
		if s.Room == room && (last == nil || s.StartedAt.After(last.StartedAt) ||
			s.StartedAt.Equal(last.StartedAt) && s.ID > last.ID) {
			last = s
		}
	}
	if last == nil {
		return Session{}, ErrNoSession
	}
	return *last, nil
}

// Session implements SessionStore.
func (m *memSessions) Session(_ context.Context, id string) (Session, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if s := m.sessions[id]; s != nil {
		return *s, nil
	}
	return Session{}, ErrNoSession
}

// EndSession implements SessionStore.
func (m *memSessions) EndSession(_ context.Context, id string, at time.Time) (Session, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s := m.sessions[id]
	if s == nil || !s.Open() {
		return Session{}, ErrNoSession
	}
	s.EndedAt = at
	return *s, nil
}

// ShowNames implements SessionStore.
func (m *memSessions) ShowNames(_ context.Context, id string, on bool) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	s := m.sessions[id]
	if s == nil {
		return ErrNoSession
	}
	s.Names = on
	return nil
}

// Record implements SessionStore.
func (m *memSessions) Record(_ context.Context, e Entry) (Entry, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.sessions[e.Session] == nil {
		return Entry{}, ErrNoSession
	}
	if len(m.entries) >= maxMemoryEntries {
		return Entry{}, errMemoryFull
	}
	m.lastID++
	e.ID, e.RepeatOf, e.Times, e.Up, e.Down = m.lastID, 0, 1, 0, 0
	e.Citations = slices.Clone(e.Citations)
	if e.Citations == nil {
		e.Citations = []Citation{}
	}
	if e.Similar != "" {
		for _, o := range m.entries {
			if o.Session == e.Session && o.Similar == e.Similar {
				if e.RepeatOf == 0 {
					e.RepeatOf = o.ID
				}
				e.Times++
			}
		}
	}
	m.entries = append(m.entries, e)
	return e, nil
}

// find is the index of entry id in m.entries, or -1.
func (m *memSessions) find(id int64) int {
	i, ok := slices.BinarySearchFunc(m.entries, id, func(e Entry, id int64) int { return cmp.Compare(e.ID, id) })
	if !ok {
		return -1
	}
	return i
}

// counted is entry i with its votes counted.
func (m *memSessions) counted(i int) Entry {
	e := m.entries[i]
	e.Times = 0
	e.Citations = slices.Clone(e.Citations)
	for _, v := range m.votes[e.ID] {
		if v.Up {
			e.Up++
		} else {
			e.Down++
		}
	}
	return e
}

// Entry implements SessionStore.
func (m *memSessions) Entry(_ context.Context, id int64) (Entry, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	i := m.find(id)
	if i < 0 {
		return Entry{}, ErrNoEntry
	}
	return m.counted(i), nil
}

// Vote implements SessionStore.
func (m *memSessions) Vote(_ context.Context, v Vote) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.find(v.Entry) < 0 {
		return ErrNoEntry
	}
	if m.votes == nil {
		m.votes = map[int64][]Vote{}
	}
	vs := slices.DeleteFunc(m.votes[v.Entry], func(o Vote) bool { return o.Student == v.Student })
	m.votes[v.Entry] = append(vs, v)
	return nil
}

// Entries implements SessionStore.
func (m *memSessions) Entries(_ context.Context, session string, after int64, limit int) ([]Entry, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Entry
	for i, e := range m.entries {
		if e.Session != session || e.ID <= after {
			continue
		}
		if limit > 0 && len(out) == limit {
			break
		}
		out = append(out, m.counted(i))
	}
	return out, nil
}

// ForgetSession implements SessionStore.
func (m *memSessions) ForgetSession(_ context.Context, id string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.sessions[id] == nil {
		return ErrNoSession
	}
	m.drop(func(s *Session) bool { return s.ID == id })
	return nil
}

// Purge implements SessionStore.
func (m *memSessions) Purge(_ context.Context, before time.Time) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.drop(func(s *Session) bool { return s.StartedAt.Before(before) }), nil
}

// drop deletes the sessions gone says, with their entries and votes.
func (m *memSessions) drop(gone func(*Session) bool) int {
	n := 0
	for id, s := range m.sessions {
		if gone(s) {
			delete(m.sessions, id)
			n++
		}
	}
	m.rounds = slices.DeleteFunc(m.rounds, func(r QuizRound) bool { return m.sessions[r.Session] == nil })
	m.entries = slices.DeleteFunc(m.entries, func(e Entry) bool {
		if m.sessions[e.Session] != nil {
			return false
		}
		delete(m.votes, e.ID)
		return true
	})
	return n
}

// AskQuiz implements SessionStore.
func (m *memSessions) AskQuiz(_ context.Context, r QuizRound) (QuizRound, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.sessions[r.Session] == nil {
		return QuizRound{}, ErrNoSession
	}
	for _, o := range m.rounds {
		if o.Session == r.Session && o.Item == r.Item {
			return cloneRound(o), nil
		}
	}
	if len(m.rounds) >= maxMemoryEntries {
		return QuizRound{}, errMemoryFull
	}
	m.lastID++
	r.ID = m.lastID
	r.Answers = nil
	r = cloneRound(r)
	m.rounds = append(m.rounds, r)
	return cloneRound(r), nil
}

// AnswerQuiz implements SessionStore.
func (m *memSessions) AnswerQuiz(_ context.Context, a QuizAnswer) (QuizAnswer, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	i := slices.IndexFunc(m.rounds, func(r QuizRound) bool { return r.ID == a.Round })
	if i < 0 {
		return QuizAnswer{}, ErrNoRound
	}
	r := &m.rounds[i]
	if j := slices.IndexFunc(r.Answers, func(o QuizAnswer) bool { return o.Student == a.Student }); j >= 0 {
		return r.Answers[j], ErrAnswered
	}
	if len(r.Answers) >= maxMemoryEntries {
		return QuizAnswer{}, errMemoryFull
	}
	r.Answers = append(r.Answers, a)
	return a, nil
}

// QuizRounds implements SessionStore.
func (m *memSessions) QuizRounds(_ context.Context, session string) ([]QuizRound, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []QuizRound
	for _, r := range m.rounds {
		if r.Session == session {
			out = append(out, cloneRound(r))
		}
	}
	return out, nil
}

// cloneRound is r with slices of its own.
func cloneRound(r QuizRound) QuizRound {
	r.Options = slices.Clone(r.Options)
	r.Answers = slices.Clone(r.Answers)
	return r
}

// MoveRoom implements SessionStore.
func (m *memSessions) MoveRoom(_ context.Context, from, to string) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if from == to {
		return 0, nil
	}
	if m.open(from) != nil && m.open(to) != nil {
		return 0, ErrSessionOpen
	}
	n := 0
	for _, s := range m.sessions {
		if s.Room == from {
			s.Room = to
			n++
		}
	}
	return n, nil
}
