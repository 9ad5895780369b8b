package platform

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/citebot/citebot/bot"
)

func TestClassCode(t *testing.T) {
	for _, tc := range []struct{ typed, want string }{
		{"K7P2QX", "K7P2QX"},
		{" k7p2qx\n", "K7P2QX"},
		{"K7P2Q", ""},
		{"K7P2QXY", ""},
		{"K0P2QX", ""}, // 0 is left out of the alphabet
		{"K7P2Q-", ""},
		{"ķ7P2QX", ""},
		{"", ""},
	} {
		if got := ClassCode(tc.typed); got != tc.want {
			t.Errorf("ClassCode(%q) = %q, want %q", tc.typed, got, tc.want)
		}
	}
}

// FuzzClassCode: a code is empty or six characters of the alphabet, and
// normalising it again changes nothing.
func FuzzClassCode(f *testing.F) {
	for _, s := range []string{"K7P2QX", " k7p2qx ", "classe_K7P2QX", "ß", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := ClassCode(s)
		if c == "" {
			return
		}
		if len(c) != ClassCodeLen || strings.Trim(c, ClassCodeAlphabet) != "" || ClassCode(c) != c {
			t.Errorf("ClassCode(%q) = %q", s, c)
		}
	})
}

type finder map[string]bot.Session

func (f finder) LatestRoomSession(_ context.Context, room string) (bot.Session, error) {
	if room == "web:FAKE22" {
		return bot.Session{}, errors.New("store down")
	}
	s, ok := f[room]
	if !ok {
		return bot.Session{}, bot.ErrNoSession
	}
	return s, nil
}

func TestJoinedClass(t *testing.T) {
	f := finder{
		"web:K7P2QX": {ID: "open", Title: "3e B"},
		"web:ABCDEF": {ID: "ended", EndedAt: time.Unix(1, 0)},
	}
	for _, tc := range []struct {
		typed, code, id string
		err             error
	}{
		{"k7p2qx", "K7P2QX", "open", nil},
		{"ABCDEF", "ABCDEF", "ended", ErrClassClosed},
		{"ZZZZZZ", "ZZZZZZ", "", bot.ErrNoSession},
		{"nope", "", "", ErrClassCode},
	} {
		code, sess, err := JoinedClass(context.Background(), f, tc.typed)
		if code != tc.code || sess.ID != tc.id || !errors.Is(err, tc.err) {
			t.Errorf("JoinedClass(%q) = %q, %q, %v; want %q, %q, %v", tc.typed, code, sess.ID, err, tc.code, tc.id, tc.err)
		}
	}
	if _, _, err := JoinedClass(context.Background(), f, "FAKE22"); err == nil || err.Error() != "store down" {
		t.Errorf("a failing store: %v; want its error", err)
	}
}
