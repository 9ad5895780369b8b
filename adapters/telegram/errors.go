package telegram

import (
	"errors"
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

// scrub returns err with the token replaced by "[redacted]".
func (a *Adapter) scrub(err error) error {
	if err == nil || a.opts.Token == "" || !strings.Contains(err.Error(), a.opts.Token) {
		return err
	}
	e := &scrubbedError{msg: strings.ReplaceAll(err.Error(), a.opts.Token, "[redacted]")}
	for c := errors.Unwrap(err); c != nil; c = errors.Unwrap(c) {
		if !strings.Contains(c.Error(), a.opts.Token) {
			e.cause = c
			break
		}
	}
	return e
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
