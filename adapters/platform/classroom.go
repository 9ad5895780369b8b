package platform

import (
	"context"
	"errors"
	"strings"

	"github.com/citebot/citebot/bot"
)

// A class opened on the web pages meets in a room named by a short code
// that the board shows and students type ("web:K7P2QX"); a student on
// another platform joins it with the same code (Telegram:
// t.me/<bot>?start=classe_K7P2QX).
const (
	// ClassRoomPrefix names the rooms of classes opened on the web.
	ClassRoomPrefix = "web:"
	// ClassCodeLen is a class code's length.
	ClassCodeLen = 6
	// ClassCodeAlphabet leaves out 0, O, 1 and I, which a class misreads
	// on a projector.
	ClassCodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
)

// ClassCode normalises what a student typed ("k7p2qx ") to a code, or "".
func ClassCode(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	if len(s) != ClassCodeLen {
		return ""
	}
	for _, c := range []byte(s) {
		if strings.IndexByte(ClassCodeAlphabet, c) < 0 {
			return ""
		}
	}
	return s
}

// ClassRoom is the room of the class with that code.
func ClassRoom(code string) string { return ClassRoomPrefix + code }

// ClassFinder finds a room's latest session; *bot.Bot is one.
type ClassFinder interface {
	LatestRoomSession(ctx context.Context, room string) (bot.Session, error)
}

// Why a class cannot be joined.
var (
	// ErrClassCode: what was given is not a class code.
	ErrClassCode = errors.New("not a class code")
	// ErrClassClosed: the class's session has ended.
	ErrClassClosed = errors.New("the class session has ended")
)

// JoinedClass is the open session of the class with the code given (as
// typed: it is normalised), which a student's questions are then recorded
// in. ErrClassCode: not a code; bot.ErrNoSession: no class has that code;
// ErrClassClosed: its session has ended (and is returned); any other
// error is the store's.
func JoinedClass(ctx context.Context, f ClassFinder, typed string) (code string, sess bot.Session, err error) {
	code = ClassCode(typed)
	if code == "" {
		return "", bot.Session{}, ErrClassCode
	}
	sess, err = f.LatestRoomSession(ctx, ClassRoom(code))
	if err != nil {
		return code, bot.Session{}, err
	}
	if !sess.Open() {
		return code, sess, ErrClassClosed
	}
	return code, sess, nil
}
