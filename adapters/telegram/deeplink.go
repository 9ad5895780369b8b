package telegram

import (
	"encoding/base64"
	"strings"
	"unicode/utf8"
)

// A deep link t.me/<bot>?start=<payload> opens a private chat with the bot
// and sends "/start <payload>". Telegram allows 64 characters of
// A-Z a-z 0-9 _ - in a payload: a question travels base64url-encoded
// (without padding), so a link can carry up to 48 bytes of question.
const maxPayload = 64

// DeepLink is the link that opens the bot and asks question, and false when
// the question is too long for a link.
func DeepLink(botName, question string) (string, bool) {
	p, ok := startPayload(question)
	if !ok {
		return "", false
	}
	return "https://t.me/" + botName + "?start=" + p, true
}

// startPayload is the /start payload that asks question, and false when
// the question is empty or too long for one.
func startPayload(question string) (string, bool) {
	p := base64.RawURLEncoding.EncodeToString([]byte(strings.TrimSpace(question)))
	return p, p != "" && len(p) <= maxPayload
}

// startText is what "/start payload" asks: the question the payload
// carries, or the help when it carries none (a bare /start, a payload
// from another link).
func startText(payload string) string {
	if payload == "" || payload == "aide" || len(payload) > maxPayload {
		return "/aide"
	}
	q, err := base64.RawURLEncoding.DecodeString(payload)
	if err != nil || !utf8.Valid(q) || strings.TrimSpace(string(q)) == "" {
		return "/aide"
	}
	return strings.TrimSpace(string(q))
}
