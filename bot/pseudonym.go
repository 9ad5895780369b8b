package bot

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/citebot/citebot/knowledge/french"
)

// pseudonymHexLen is the length of a student's pseudonym: 64 bits, ample
// to tell a class's students apart, too short to be worth reversing.
const pseudonymHexLen = 16

// secretCache holds the store's secret once read.
type secretCache struct {
	mu  sync.Mutex
	key []byte
}

// roomKey is the keyed hash under which a room's sessions are stored: the
// store never sees the channel or chat id.
func (b *Bot) roomKey(ctx context.Context, room string) (string, error) {
	return b.keyed(ctx, "room\x00"+room)
}

// keyed is the keyed hash of s under the store's secret, read once.
func (b *Bot) keyed(ctx context.Context, s string) (string, error) {
	b.secret.mu.Lock()
	defer b.secret.mu.Unlock()
	if b.secret.key == nil {
		key, err := b.store.Secret(ctx)
		if err != nil {
			return "", err
		}
		b.secret.key = key
	}
	return keyedHash(b.secret.key, s), nil
}

// pseudonym is a student's id within one session: a hash of the platform
// user id salted per session, so that two sessions cannot be linked.
func pseudonym(salt []byte, platform, userID string) string {
	return keyedHash(salt, platform+"\x00"+userID)[:pseudonymHexLen]
}

func keyedHash(key []byte, s string) string {
	h := hmac.New(sha256.New, key)
	h.Write([]byte(s))
	return hex.EncodeToString(h.Sum(nil))
}

// newSessionID is a random id short enough to type in a URL.
func newSessionID() string {
	b := make([]byte, 10)
	_, _ = rand.Read(b) // never fails (crypto/rand's contract)
	return strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b))
}

func newSalt() []byte {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return b
}

// cleanText is user text as it may be stored and shown: valid UTF-8,
// without control or format characters (which could drive a terminal or
// hide text), on one line.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t' || r == '\r':
			return ' '
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// titlePunct is the punctuation a title or a name keeps; the rest (markup
// such as * _ ` < > [ ] # | ~ and the @ of mentions) goes, so that a title
// shown on any platform or in an export is plain text.
const titlePunct = "'’-–—,.;:!?«»\"()/&+°%"

// cleanTitle is a session title or a display name made safe to show:
// plain text, one line, at most maxTitleRunes.
func cleanTitle(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r) || strings.ContainsRune(titlePunct, r) {
			return r
		}
		return ' '
	}, cleanText(s))
	return truncateRunes(strings.Join(strings.Fields(s), " "), maxTitleRunes-1) // "…" is the last

}

// frenchDate is "3 décembre 2026 à 09:15".
func frenchDate(t time.Time) string {
	return fmt.Sprintf("%d %s %d à %02d:%02d", t.Day(), french.MonthName(t.Month()), t.Year(), t.Hour(), t.Minute())
}

// frenchDuration is "1 h 05", "12 min" or "moins d'une minute".
func frenchDuration(d time.Duration) string {
	m := int(d.Round(time.Minute) / time.Minute)
	switch {
	case d < time.Minute:
		return "moins d'une minute"
	case m < 60:
		return fmt.Sprintf("%d min", m)
	}
	return fmt.Sprintf("%d h %02d", m/60, m%60)
}
