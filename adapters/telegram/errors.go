package telegram

import (
	"errors"
	"net/url"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// scrubbedError hides the token that the library's errors carry in their
// request URLs ("Post "https://api.telegram.org/bot123:ABC/getMe": ...").
type scrubbedError struct {
	msg string
	// cause is the first error down the chain whose text holds no token,
	// so errors.Is and errors.As still see the network error or the API
	// error while nothing reachable prints the token.
	cause error
}

func (e *scrubbedError) Error() string { return e.msg }
func (e *scrubbedError) Unwrap() error { return e.cause }

// minSecretHalf is the shortest secret half worth redacting alone: any
// real token's is 35 characters, and a tiny one would blank common words.
const minSecretHalf = 8

// scrub is the one redaction every error from the library or the network
// goes through before it is logged or returned: it replaces with
// "[redacted]" the token, the token as a URL escapes it, and its secret
// half alone (a malformed API URL makes the URL parser quote only the part
// after the colon: "invalid port \":SECRET\" after host").
func (a *Adapter) scrub(err error) error {
	if err == nil {
		return nil
	}
	secrets := tokenParts(a.opts.Token)
	leaks := func(s string) bool {
		for _, p := range secrets {
			if strings.Contains(s, p) {
				return true
			}
		}
		return false
	}
	if !leaks(err.Error()) {
		return err
	}
	msg := err.Error()
	for _, p := range secrets {
		msg = strings.ReplaceAll(msg, p, "[redacted]")
	}
	e := &scrubbedError{msg: msg}
	for c := errors.Unwrap(err); c != nil; c = errors.Unwrap(c) {
		if !leaks(c.Error()) {
			e.cause = c
			break
		}
	}
	return e
}

// tokenParts are the forms of token that must never be printed, longest
// first so that the whole token is replaced before its half.
func tokenParts(token string) []string {
	if token == "" {
		return nil
	}
	parts := []string{token}
	if esc := url.PathEscape(token); esc != token {
		parts = append(parts, esc)
	}
	if esc := url.QueryEscape(token); esc != token {
		parts = append(parts, esc)
	}
	if _, half, ok := strings.Cut(token, ":"); ok && len(half) >= minSecretHalf {
		parts = append(parts, half)
	}
	return parts
}

// apiCode is the Bot API's error_code when err is an API refusal, else 0
// (network error, unreadable response).
func apiCode(err error) int {
	var e *tgbotapi.Error
	if errors.As(err, &e) {
		return e.Code
	}
	return 0
}

// retryAfter is the flood-control wait Telegram asked for, in seconds.
func retryAfter(err error) int {
	var e *tgbotapi.Error
	if errors.As(err, &e) {
		return e.RetryAfter
	}
	return 0
}

// migratedTo is the supergroup a group became, when Telegram refused a
// message to the old group for that reason; 0 otherwise.
func migratedTo(err error) int64 {
	var e *tgbotapi.Error
	if errors.As(err, &e) {
		return e.MigrateToChatID
	}
	return 0
}
