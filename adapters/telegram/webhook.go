package telegram

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"fmt"
	"net/http"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/citebot/citebot/redact"
)

// secretHeader carries the webhook's secret_token on every update.
const secretHeader = "X-Telegram-Bot-Api-Secret-Token"

// maxUpdateBytes bounds one webhook body; updates are a few kilobytes.
const maxUpdateBytes = 1 << 20

// WebhookPath is the path Telegram posts updates to (the path of
// WebhookURL), or "" when the adapter polls.
func (a *Adapter) WebhookPath() string { return a.hookPath }

// WebhookHandler receives Telegram's webhook posts; mount it at
// WebhookPath on a public HTTPS server. Requests without the right secret
// get 401: anyone who learns the URL could otherwise speak as any user.
func (a *Adapter) WebhookHandler() http.Handler {
	return http.HandlerFunc(a.serveWebhook)
}

func (a *Adapter) serveWebhook(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "use POST", http.StatusMethodNotAllowed)
		return
	}
	got := r.Header.Get(secretHeader)
	if subtle.ConstantTimeCompare([]byte(got), []byte(a.opts.WebhookSecret)) != 1 || a.opts.WebhookSecret == "" {
		a.log.Warn("telegram: webhook request with a wrong secret refused", "remote", r.RemoteAddr)
		http.Error(w, "wrong secret token", http.StatusUnauthorized)
		return
	}
	var u tgbotapi.Update
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxUpdateBytes)).Decode(&u); err != nil {
		http.Error(w, "not a Telegram update", http.StatusBadRequest)
		return
	}
	// Telegram delivers again an update that got no 200: answering first
	// and acknowledging after makes delivery at-least-once, and the
	// update_id makes it exactly-once for the user.
	answered, isNew := a.seen.first(u.UpdateID)
	if isNew && a.queueDurably(u) {
		// Safe on disk: acknowledge now, answer after.
		id := u.UpdateID
		if !a.dispatch(u, func() { a.journalDone(id); close(answered) }) {
			http.Error(w, "shutting down", http.StatusServiceUnavailable) // answered after the restart
			return
		}
		w.WriteHeader(http.StatusOK)
		return
	}
	if isNew && !a.dispatch(u, func() { close(answered) }) {
		// Shutting down: Telegram will deliver the update again, to the
		// next instance.
		a.seen.forget(u.UpdateID)
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return
	}
	if !isNew {
		a.log.Debug("telegram: webhook update delivered again; answered once", "update_id", u.UpdateID)
	}
	select {
	case <-answered:
		w.WriteHeader(http.StatusOK)
	case <-r.Context().Done():
		// Telegram gave up waiting; it will deliver again, and the
		// redelivery waits for this same answer.
	}
}

// runWebhook registers the webhook with its secret and waits for ctx.
// The webhook stays set on exit so that Telegram keeps updates for the
// next start.
func (a *Adapter) runWebhook(ctx context.Context) error {
	params := tgbotapi.Params{"url": a.opts.WebhookURL, "secret_token": a.opts.WebhookSecret}
	if err := params.AddInterface("allowed_updates", allowedUpdates); err != nil {
		return fmt.Errorf("telegram: setWebhook: %w", err)
	}
	// MakeRequest, not WebhookConfig: v5.5.1 cannot send secret_token.
	setWebhook := func() (*tgbotapi.APIResponse, error) { return a.api.MakeRequest("setWebhook", params) }
	if _, err := a.call(ctx, "setWebhook", setWebhook); err != nil {
		return fmt.Errorf("telegram: register the webhook at %s: %w", redact.URL(a.opts.WebhookURL), err)
	}
	a.log.Info("telegram: webhook set", "url", redact.URL(a.opts.WebhookURL))
	a.up(true)
	<-ctx.Done()
	return nil
}
