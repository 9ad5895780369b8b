package telegram

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// maxAttempts bounds the tries of one call: enough to ride out a flood
// wait or a short outage, not so many that a dead API holds shutdown.
const maxAttempts = 5

// request makes one Bot API call, retrying after a 429 (as long as
// retry_after says), a 5xx or a network error. Request, not Send: Send
// fails on the methods that return true instead of a message.
func (a *Adapter) request(ctx context.Context, c tgbotapi.Chattable, op string) (*tgbotapi.APIResponse, error) {
	return a.call(ctx, op, func() (*tgbotapi.APIResponse, error) { return a.api.Request(c) })
}

// call runs do with request's retries; op names the call in errors, logs
// and metrics.
func (a *Adapter) call(ctx context.Context, op string, do func() (*tgbotapi.APIResponse, error)) (*tgbotapi.APIResponse, error) {
	for attempt := 1; ; attempt++ {
		resp, err := do()
		if err == nil {
			return resp, nil
		}
		var e *tgbotapi.Error
		if errors.As(err, &e) && e.Code == 0 && resp != nil {
			// The library's uploads (sendDocument) leave the code out of
			// their error; the response has it. Without it a refusal
			// would pass for a network error and be retried.
			e.Code = resp.ErrorCode
		}
		err = a.scrub(err)
		delay, retry := retryDelay(err, attempt)
		if !retry || attempt == maxAttempts {
			a.platformError(op)
			return nil, fmt.Errorf("telegram: %s: %w", op, err)
		}
		a.log.Warn("telegram: call failed, retrying", "op", op, "attempt", attempt, "in", delay, "err", err)
		if err := a.opts.Wait(ctx, delay); err != nil {
			a.platformError(op)
			return nil, fmt.Errorf("telegram: %s: gave up waiting to retry: %w", op, err)
		}
	}
}

// retryDelay says whether a failed call is worth retrying, and when.
func retryDelay(err error, attempt int) (time.Duration, bool) {
	if s := retryAfter(err); s > 0 {
		return time.Duration(s) * time.Second, true
	}
	code := apiCode(err)
	if code == 0 || code >= 500 || code == http.StatusTooManyRequests {
		return backoff(attempt), true
	}
	return 0, false
}

// backoff doubles from one second up to a minute.
func backoff(attempt int) time.Duration {
	d := time.Second << min(attempt-1, 6)
	return min(d, time.Minute)
}

func (a *Adapter) platformError(op string) {
	if a.opts.Errors != nil {
		a.opts.Errors.PlatformError(Platform, op)
	}
}

// outgoing is where and how a reply goes.
type outgoing struct {
	chat int64
	// replyTo threads the answer under the question in groups; 0 in
	// private chats, where threading is noise.
	replyTo int
	// markup goes on the last message: the "Plus de sources" keyboard or
	// a force-reply prompt.
	markup any
}

// sendHTML sends messages in order; if Telegram cannot parse our HTML (it
// should never happen, but then the user would get nothing), it falls back
// to plain text.
func (a *Adapter) sendHTML(ctx context.Context, out outgoing, html []string, plain string) error {
	for i := 0; i < len(html); i++ {
		text := html[i]
		if err := a.pace.wait(ctx, out.chat); err != nil {
			return fmt.Errorf("telegram: sendMessage: %w", err)
		}
		msg := tgbotapi.NewMessage(out.chat, text)
		msg.ParseMode = tgbotapi.ModeHTML
		msg.DisableWebPagePreview = true
		msg.ReplyToMessageID = out.replyTo
		msg.AllowSendingWithoutReply = true
		if i == len(html)-1 && out.markup != nil {
			msg.ReplyMarkup = out.markup
		}
		_, err := a.request(ctx, msg, "sendMessage")
		if to := migratedTo(err); to != 0 && to != out.chat {
			// The group became a supergroup: it lives on under a new id,
			// and the answer goes there.
			a.log.Info("telegram: group migrated to a supergroup; answering there", "from", out.chat, "to", to)
			a.migrate(ctx, out.chat, to)
			out.chat, out.replyTo = to, 0
			i--
			continue
		}
		if err != nil && apiCode(err) == http.StatusBadRequest && strings.Contains(strings.ToLower(err.Error()), "parse entities") {
			a.log.Error("telegram: HTML refused, sending plain text", "err", err)
			return a.sendPlain(ctx, out, plain)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (a *Adapter) sendPlain(ctx context.Context, out outgoing, text string) error {
	chunks := pack([]segment{{text: neutralise(text)}}, MaxMessageLength)
	for i, c := range chunks {
		if err := a.pace.wait(ctx, out.chat); err != nil {
			return fmt.Errorf("telegram: sendMessage: %w", err)
		}
		// pack escaped the text for HTML; plain text must not be.
		msg := tgbotapi.NewMessage(out.chat, unescape(c))
		msg.DisableWebPagePreview = true
		msg.ReplyToMessageID = out.replyTo
		msg.AllowSendingWithoutReply = true
		if i == len(chunks)-1 && out.markup != nil {
			msg.ReplyMarkup = out.markup
		}
		if _, err := a.request(ctx, msg, "sendMessage"); err != nil {
			return err
		}
	}
	return nil
}

var htmlUnescaper = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">")

func unescape(s string) string { return htmlUnescaper.Replace(s) }
