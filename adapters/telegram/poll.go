package telegram

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// allowedUpdates asks Telegram for only what the bot answers.
// poll_answer: the votes on a session's quiz polls.
var allowedUpdates = []string{"message", "callback_query", "inline_query", "poll_answer"}

// ctxClient binds the library's requests to a context: its own calls
// take none, and a long poll must end when the adapter stops.
type ctxClient struct {
	ctx context.Context
	c   tgbotapi.HTTPClient
}

func (c ctxClient) Do(req *http.Request) (*http.Response, error) {
	return c.c.Do(req.WithContext(c.ctx))
}

// pollBusyPause is how long polling rests when getUpdates returned only
// updates still being answered (they come back until confirmed): long
// enough not to spin, short enough that another chat's new message waits
// at most this long.
const pollBusyPause = 500 * time.Millisecond

// poll long-polls getUpdates until ctx is cancelled. Its offset confirms
// only the updates already answered (see offsets), retry_after is
// honoured, 5xx and network errors back off, and a 409 (another poller,
// or a webhook, holds the token) is reported clearly and retried. A
// revoked token ends it with an error.
func (a *Adapter) poll(ctx context.Context) error {
	if _, err := a.request(ctx, tgbotapi.DeleteWebhookConfig{}, "deleteWebhook"); err != nil {
		a.log.Warn("telegram: could not remove a webhook; polling may meet 409 Conflict", "err", err)
	}
	poller := *a.api // a copy whose requests end with ctx
	poller.Client = ctxClient{ctx: ctx, c: a.opts.HTTPClient}
	cfg := tgbotapi.UpdateConfig{Timeout: int(a.opts.PollTimeout / time.Second), AllowedUpdates: allowedUpdates}
	failures, polled := 0, false
	a.log.Info("telegram: polling for updates")
	longPoll := cfg.Timeout
	for ctx.Err() == nil {
		cfg.Offset = a.offsets.offset()
		// At start and after a failure the call returns at once, so that
		// Telegram is known reachable (and the bot ready) without waiting
		// out a long poll; then polls are long again.
		cfg.Timeout = longPoll
		if failures > 0 || !polled {
			cfg.Timeout = 0
		}
		polled = true
		updates, err := poller.GetUpdates(cfg)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			err = a.scrub(err)
			a.up(false)
			failures++
			delay, fatal := a.pollFailure(err, failures)
			if fatal != nil {
				return fatal
			}
			if a.opts.Wait(ctx, delay) != nil {
				break
			}
			continue
		}
		failures = 0
		a.up(true)
		fresh := 0
		for _, u := range updates {
			if !a.offsets.take(u.UpdateID) {
				continue // being answered: never answer twice
			}
			fresh++
			id := u.UpdateID
			if a.queueDurably(u) {
				a.offsets.done(id) // safe on disk: confirm it now
				a.dispatch(u, func() { a.journalDone(id) })
				continue
			}
			a.dispatch(u, func() { a.offsets.done(id) })
		}
		if fresh == 0 && len(updates) > 0 {
			a.restWhileBusy(ctx)
		}
	}
	return nil
}

// restWhileBusy waits until an update is answered, ctx ends, or
// pollBusyPause passes.
func (a *Adapter) restWhileBusy(ctx context.Context) {
	t := time.NewTimer(pollBusyPause)
	defer t.Stop()
	select {
	case <-a.offsets.advanced:
	case <-t.C:
	case <-ctx.Done():
	}
}

// pollFailure logs a failed getUpdates and says how long to wait, or
// returns an error when retrying cannot help.
func (a *Adapter) pollFailure(err error, failures int) (time.Duration, error) {
	a.platformError("getUpdates")
	code := apiCode(err)
	switch {
	case code == http.StatusUnauthorized || code == http.StatusNotFound:
		return 0, fmt.Errorf("telegram: the bot token was revoked or is wrong (%d): check CITEBOT_TELEGRAM_TOKEN: %w", code, err)
	case code == http.StatusConflict:
		d := backoff(failures + 2)
		a.log.Error("telegram: 409 Conflict: another process is polling with this token, or a webhook is set; "+
			"stop the other instance (only one may poll) or use CITEBOT_TELEGRAM_WEBHOOK_URL on one of them", "retry_in", d, "err", err)
		return d, nil
	}
	d, _ := retryDelay(err, failures)
	if d == 0 {
		d = backoff(failures)
	}
	a.log.Warn("telegram: getUpdates failed, retrying", "in", d, "err", err)
	return d, nil
}

// confirm tells Telegram that every update before offset was handled, so
// that a restart does not answer them again. getUpdates confirms by its
// offset; limit 1 and timeout 0 make the call cheap, and the update it may
// return stays unconfirmed for the next run.
func (a *Adapter) confirm(offset int) {
	if offset == 0 {
		return
	}
	_, err := a.api.GetUpdates(tgbotapi.UpdateConfig{Offset: offset, Limit: 1, AllowedUpdates: allowedUpdates})
	if err != nil && !errors.Is(err, context.Canceled) {
		a.log.Warn("telegram: could not confirm the last updates; they may be answered again after a restart", "err", a.scrub(err))
	}
}
