package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
)

// jsonStore is a Store that keeps states as JSON, the way a database
// would: nothing but what ConversationState serialises survives.
type jsonStore struct {
	memSessions
	m map[string][]byte
}

func (s *jsonStore) LoadConversation(_ context.Context, key string) (ConversationState, error) {
	raw, ok := s.m[key]
	if !ok {
		return ConversationState{}, ErrNotFound
	}
	var st ConversationState
	err := json.Unmarshal(raw, &st)
	return st, err
}

func (s *jsonStore) SaveConversation(_ context.Context, key string, st ConversationState) error {
	raw, err := json.Marshal(st)
	s.m[key] = raw
	return err
}

func (s *jsonStore) MoveConversation(_ context.Context, from, to string) (bool, error) {
	raw, ok := s.m[from]
	delete(s.m, from)
	if _, taken := s.m[to]; !ok || taken {
		return false, nil
	}
	s.m[to] = raw
	return true, nil
}

// TestConversationSurvivesRestart answers a follow-up with a new Bot (a
// restart) whose store holds only the first answer's JSON state.
func TestConversationSurvivesRestart(t *testing.T) {
	store := &jsonStore{m: map[string][]byte{}}
	base := seedBase(t)
	first := New(base, Options{Store: store})
	ask(t, first, "c", "Qui est William Nee ?")
	raw := string(store.m["c"])
	for _, want := range []string{`"turns":1`, `"focus":{"article":`, `"name":"William Nee"`, `"last":[{"article":`} {
		if !strings.Contains(raw, want) {
			t.Errorf("stored state %s lacks %s", raw, want)
		}
	}
	again := New(base, Options{Store: store})
	r := ask(t, again, "c", "Et selon lui, que semble vouloir faire la Chine ?")
	if !r.Answered || r.Citations[0].Speaker != "William Nee" {
		t.Errorf("follow-up after restart: %s", r.Text)
	}
	if p := ask(t, again, "c", "/plus"); p.Kind != KindAnswer && p.Kind != KindInfo {
		t.Errorf("/plus after restart: %s %s", p.Kind, p.Text)
	}
}

// TestRestoreDropsUnknownReferences reads back a state that names what the
// articles do not hold (an edited corpus): it is ignored, not a crash.
func TestRestoreDropsUnknownReferences(t *testing.T) {
	base := seedBase(t)
	a := base.Articles[0]
	st := ConversationState{
		Turns:   2,
		Article: "gone",
		Last:    []SentenceRef{{Article: a.ID, Paragraph: 1, Sentence: 1}, {Article: a.ID, Paragraph: 999, Sentence: 1}, {Article: a.ID, Paragraph: 1, Sentence: 0}},
		Focus:   &EntityRef{Article: a.ID, Name: "Personne Inconnue"},
		More:    []SentenceRef{{Article: "gone", Paragraph: 1, Sentence: 1}},
	}
	c := restoreConversation(base, st)
	if c.ctx.Article != nil || c.ctx.Focus != nil || len(c.more) != 0 || len(c.ctx.Last) != 1 || c.ctx.Last[0] != a.Paragraphs[0].Sentences[0] {
		t.Errorf("restored %+v", c)
	}
}

// TestMemoryStoreBounds sends what a hostile client could: many
// conversations with huge keys. Memory stays under the limits.
func TestMemoryStoreBounds(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{now: time.Unix(1_700_000_000, 0)}
	s := NewMemoryStore(MemoryLimits{MaxConversations: 100, MaxBytes: 20_000, MaxKeyBytes: 64, Now: clock.Now})
	st := ConversationState{Turns: 1, Article: "a", Last: []SentenceRef{{Article: "a", Paragraph: 1, Sentence: 1}}}
	for i := range 3000 {
		key := fmt.Sprintf("%d-%s", i, strings.Repeat("x", 60_000))
		if err := s.SaveConversation(ctx, key, st); err != nil {
			t.Fatal(err)
		}
	}
	if s.Len() > 100 || s.Bytes() > 20_000 {
		t.Fatalf("holds %d conversations, %d bytes; want ≤ 100, ≤ 20000", s.Len(), s.Bytes())
	}
	// The newest is still there, under its long key.
	last := fmt.Sprintf("%d-%s", 2999, strings.Repeat("x", 60_000))
	if got, err := s.LoadConversation(ctx, last); err != nil || got.Turns != 1 {
		t.Errorf("newest conversation: %+v, %v", got, err)
	}
	// Long keys that differ only at the end stay apart.
	other := fmt.Sprintf("%d-%sy", 2999, strings.Repeat("x", 60_000))
	if _, err := s.LoadConversation(ctx, other); err != ErrNotFound {
		t.Errorf("a different long key found a state: %v", err)
	}
	clock.Add(3 * time.Hour)
	if _, err := s.LoadConversation(ctx, last); err != ErrNotFound {
		t.Errorf("an expired state was returned: %v", err)
	}
}

// TestMemoryStoreCopies checks that a caller changing what it saved or
// loaded does not change what the store holds.
func TestMemoryStoreCopies(t *testing.T) {
	ctx := context.Background()
	s := NewMemoryStore(MemoryLimits{})
	st := ConversationState{Last: []SentenceRef{{Article: "a", Paragraph: 1, Sentence: 1}}, Focus: &EntityRef{Name: "X"}}
	_ = s.SaveConversation(ctx, "k", st)
	st.Last[0].Article, st.Focus.Name = "changed", "changed"
	got, _ := s.LoadConversation(ctx, "k")
	got.Last[0].Paragraph = 7
	again, _ := s.LoadConversation(ctx, "k")
	if again.Last[0] != (SentenceRef{Article: "a", Paragraph: 1, Sentence: 1}) || again.Focus.Name != "X" {
		t.Errorf("store state changed through a caller's copy: %+v", again)
	}
}

// TestCitedIsBounded: a long conversation remembers at most maxCited
// citations, the newest.
func TestCitedIsBounded(t *testing.T) {
	base := seedBase(t)
	c := &conversation{}
	for range 3 {
		for _, s := range base.Sentences {
			c.cite(s)
		}
	}
	if len(c.ctx.Cited) > maxCited || len(c.citedOrder) > maxCited {
		t.Fatalf("%d cited kept, want ≤ %d", len(c.ctx.Cited), maxCited)
	}
	if n := len(base.Sentences); n > maxCited && !c.ctx.Cited[base.Sentences[n-1].ID] {
		t.Error("the newest citation was forgotten")
	}
}
