package bot

import (
	"context"
	"errors"
	"testing"
)

func TestLatestRoomSessionAndSecret(t *testing.T) {
	ctx := context.Background()
	b := New(seedBase(t), Options{})
	if _, err := b.LatestRoomSession(ctx, "web:ABC"); !errors.Is(err, ErrNoSession) {
		t.Fatalf("a room without sessions: %v, want ErrNoSession", err)
	}
	r := b.Handle(ctx, Message{Platform: "web", UserID: "t", Room: "web:ABC", Teacher: true, Text: "/session start Cours"})
	s, err := b.LatestRoomSession(ctx, "web:ABC")
	if err != nil || s.ID != r.Session || s.Title != "Cours" || !s.Open() {
		t.Fatalf("LatestRoomSession = %+v, %v; started %q", s, err, r.Session)
	}
	b.Handle(ctx, Message{Platform: "web", UserID: "t", Room: "web:ABC", Teacher: true, Text: "/session fin"})
	if s, err := b.LatestRoomSession(ctx, "web:ABC"); err != nil || s.Open() {
		t.Errorf("after /session fin: %+v, %v: want the ended session", s, err)
	}
	a, _ := b.RoomSecret(ctx, "web:ABC")
	again, _ := b.RoomSecret(ctx, "web:ABC")
	other, _ := b.RoomSecret(ctx, "web:XYZ")
	if len(a) != teacherSecretLen || a != again || a == other {
		t.Errorf("secrets %q %q %q: want stable, per room, %d characters", a, again, other, teacherSecretLen)
	}
}
