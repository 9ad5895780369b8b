package storetest

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/citebot/citebot/bot"
)

// testMoveRoom: a room's sessions, open and ended, move to another room
// with everything recorded in them, seen from another connection; a room
// that already has an open session refuses an open one, and nothing
// moves.
func testMoveRoom(t *testing.T, open Opener) {
	ctx := context.Background()
	s := mustOpen(t, open)
	old := start(t, s, session("s1", "group", t0))
	if _, err := s.EndSession(ctx, old.ID, t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	start(t, s, session("s2", "group", t0.Add(2*time.Hour)))
	start(t, s, session("s3", "elsewhere", t0))
	e, err := s.Record(ctx, entry("s2", "stu1", "Qui ?", "k1", true))
	if err != nil {
		t.Fatal(err)
	}
	n, err := s.MoveRoom(ctx, "group", "supergroup")
	if err != nil || n != 2 {
		t.Fatalf("MoveRoom = %d, %v; want 2 sessions moved", n, err)
	}
	other := mustOpen(t, open)
	if got, err := other.OpenSession(ctx, "supergroup"); err != nil || got.ID != "s2" {
		t.Errorf("the supergroup's open session: %+v, %v; want s2", got, err)
	}
	if got, err := other.Session(ctx, "s1"); err != nil || got.Room != "supergroup" || got.Open() {
		t.Errorf("the ended session: %+v, %v; want it ended, in the supergroup", got, err)
	}
	if _, err := other.LastSession(ctx, "group"); !errors.Is(err, bot.ErrNoSession) {
		t.Errorf("the old room still has a session: %v", err)
	}
	if got, err := other.Session(ctx, "s3"); err != nil || got.Room != "elsewhere" {
		t.Errorf("another room's session moved: %+v, %v", got, err)
	}
	if es, err := other.Entries(ctx, "s2", 0, 0); err != nil || len(es) != 1 || es[0].ID != e.ID {
		t.Errorf("the moved session's entries: %+v, %v", es, err)
	}
	// The session can be ended where it now is, and a new one started.
	if n, err := s.MoveRoom(ctx, "group", "supergroup"); err != nil || n != 0 {
		t.Errorf("moving an empty room: %d, %v; want 0, nil", n, err)
	}

	// Both rooms open: refused, all or nothing.
	start(t, s, session("s4", "group2", t0))
	start(t, s, session("s5", "group2-new", t0))
	if n, err := s.MoveRoom(ctx, "group2", "group2-new"); !errors.Is(err, bot.ErrSessionOpen) || n != 0 {
		t.Errorf("MoveRoom into a room with an open session = %d, %v; want ErrSessionOpen", n, err)
	}
	for id, room := range map[string]string{"s4": "group2", "s5": "group2-new"} {
		if got, err := other.Session(ctx, id); err != nil || got.Room != room {
			t.Errorf("after a refused move, %s is in %q (%v); want %q", id, got.Room, err, room)
		}
	}
}

// testMoveConversation: a conversation's state moves to another key; a
// state already there wins; nothing under the old key is no error.
func testMoveConversation(t *testing.T, open Opener) {
	ctx := context.Background()
	s := mustOpen(t, open)
	st := bot.ConversationState{Turns: 2, Article: "a1", Focus: &bot.EntityRef{Article: "a1", Name: "Lu Wei"},
		Last: []bot.SentenceRef{{Article: "a1", Paragraph: 2, Sentence: 1}}}
	const from, to = "telegram:chat:-9:user:8", "telegram:chat:-1009:user:8"
	if err := s.SaveConversation(ctx, from, st); err != nil {
		t.Fatal(err)
	}
	if moved, err := s.MoveConversation(ctx, from, to); err != nil || !moved {
		t.Fatalf("MoveConversation = %v, %v; want moved", moved, err)
	}
	other := mustOpen(t, open)
	if got, err := other.LoadConversation(ctx, to); err != nil || !reflect.DeepEqual(got, st) {
		t.Errorf("the moved state: %+v, %v; want %+v", got, err, st)
	}
	if _, err := other.LoadConversation(ctx, from); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("the old key after the move: %v; want ErrNotFound", err)
	}
	if moved, err := s.MoveConversation(ctx, from, to); err != nil || moved {
		t.Errorf("moving a key with no state = %v, %v; want false, nil", moved, err)
	}
	// A newer state under the new key is kept; the old one is dropped.
	if err := s.SaveConversation(ctx, from, bot.ConversationState{Turns: 9}); err != nil {
		t.Fatal(err)
	}
	if moved, err := s.MoveConversation(ctx, from, to); err != nil || moved {
		t.Errorf("moving onto a state = %v, %v; want false, nil", moved, err)
	}
	if got, err := other.LoadConversation(ctx, to); err != nil || got.Turns != 2 {
		t.Errorf("the state under the new key: turns %d, %v; want 2 (kept)", got.Turns, err)
	}
	if _, err := other.LoadConversation(ctx, from); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("the old key after a move onto a state: %v; want ErrNotFound", err)
	}
}
