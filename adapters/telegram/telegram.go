// Package telegram puts citebot on Telegram: direct messages (any text is
// a question), groups (commands, mentions and replies to the bot), the
// "Plus de sources" button, by long polling or by webhook.
//
// It uses go-telegram-bot-api for the wire format but drives it itself:
// the library's update channel has no context and ignores retry_after, and
// its errors carry the token inside request URLs, so every error leaving
// this package is scrubbed.
package telegram

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/citebot/citebot/adapters/platform"
	"github.com/citebot/citebot/redact"
)

// Platform is the bot.Message platform of Telegram messages.
const Platform = "telegram"

// Handler answers one message; *bot.Bot is one.
type Handler = platform.Handler

// ErrorReporter counts failed platform calls (the metrics package).
type ErrorReporter = platform.ErrorReporter

// Options configure the adapter.
type Options struct {
	// Token is the bot token from @BotFather; required, never logged.
	Token string
	// APIURL is a Bot API endpoint of the form "http://host:port/bot%s/%s"
	// (token, then method); "" means Telegram's own.
	APIURL string
	// WebhookURL switches from long polling to a webhook: Telegram posts
	// updates to this public URL, whose path WebhookPath serves.
	WebhookURL string
	// WebhookSecret is the secret_token Telegram echoes in every webhook
	// request; required with WebhookURL (1-256 of A-Z a-z 0-9 _ -).
	WebhookSecret string
	// Handler answers questions; required.
	Handler Handler
	// Logger receives operational logs; nil discards them.
	Logger *slog.Logger
	// Errors counts failed Telegram calls, by method: every failed
	// getUpdates, and every other call given up after its retries; nil
	// counts nothing.
	Errors ErrorReporter
	// HTTPClient makes the Bot API calls; nil means a client whose timeout
	// outlasts a long poll. A custom one must too.
	HTTPClient *http.Client
	// PollTimeout is how long one getUpdates call waits for an update;
	// 0 means 50 seconds.
	PollTimeout time.Duration
	// MaxConcurrent bounds how many answers are computed at once; 0 means
	// 8. Sending, and waiting out a flood wait, takes no slot.
	MaxConcurrent int
	// Status is told when Telegram answers getUpdates (up) and when it
	// fails (down), or when the webhook is set; nil tells no one.
	Status platform.StatusReporter
	// QueueFile, when set, is a file where updates taken but not yet
	// answered are kept (see journal), so that they are confirmed to
	// Telegram at once and answered after a crash; "" keeps each update
	// unconfirmed until answered.
	QueueFile string
	// Classroom finds the classes opened on the web pages, which a
	// student joins with /start classe_<code> (see ClassLink); nil: none
	// can be joined.
	Classroom platform.ClassFinder
	// Rooms moves a group's sessions and its members' conversations to
	// the supergroup it becomes; nil: they stay behind (migrate.go).
	Rooms RoomMover
	// Wait pauses before a retry; nil waits on a timer. Tests record the
	// delays instead of spending them.
	Wait func(ctx context.Context, d time.Duration) error
}

// Adapter connects one Telegram bot to a Handler.
type Adapter struct {
	api   *tgbotapi.BotAPI
	opts  Options
	log   *slog.Logger
	self  tgbotapi.User
	queue *chatQueue
	pace  *pacer
	// offsets tracks polled updates until answered; seen recognises
	// webhook redeliveries.
	offsets *offsets
	seen    *seenUpdates
	// journal keeps updates until answered (nil without QueueFile);
	// replay are the ones a previous run left unanswered.
	journal *journal
	replay  []tgbotapi.Update
	// hookPath is the path of WebhookURL; "" when polling.
	hookPath string
	// polls are the session quiz polls whose answers go to the bot.
	polls quizPolls
	// classes are the web classes students joined from their private chat.
	classes *joinedClasses
	// migrations are the groups that became supergroups.
	migrations *migrations
}

// validWebhookSecret reports a secret Telegram accepts: 1 to 256
// letters, digits, _ or -. A loop rather than a regexp: the {1,256}
// repetition compiles to some 3,000 allocations, 1 ms at every start of
// every command, webhook or not.
func validWebhookSecret(s string) bool {
	if len(s) < 1 || len(s) > 256 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// New checks the options and the token (with getMe), so that a bad token
// fails at start with a message that says what to fix.
func New(opts Options) (*Adapter, error) {
	if opts.Token == "" {
		return nil, errors.New("telegram: no bot token: set CITEBOT_TELEGRAM_TOKEN to the token @BotFather gave you")
	}
	if opts.Handler == nil {
		return nil, errors.New("telegram: New needs a Handler")
	}
	endpoint := opts.APIURL
	if endpoint == "" {
		endpoint = tgbotapi.APIEndpoint
	}
	if _, rest, _ := strings.Cut(endpoint, "://"); strings.Count(endpoint, "%s") != 2 || strings.Count(endpoint, "%") != 2 ||
		strings.Contains(strings.SplitN(rest, "/", 2)[0], "%s") {
		return nil, fmt.Errorf("telegram: API URL %q must hold two %%s in its path, for the token and the method, as in http://host:port/bot%%s/%%s", redact.Tokens(endpoint))
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.PollTimeout <= 0 {
		opts.PollTimeout = 50 * time.Second
	}
	if opts.MaxConcurrent <= 0 {
		opts.MaxConcurrent = 8
	}
	if opts.Wait == nil {
		opts.Wait = sleep
	}
	if opts.HTTPClient == nil {
		opts.HTTPClient = &http.Client{Timeout: opts.PollTimeout + 20*time.Second}
	}
	a := &Adapter{opts: opts, log: opts.Logger.With("platform", Platform)}
	if opts.WebhookURL != "" {
		u, err := url.Parse(opts.WebhookURL)
		if err != nil || u.Scheme == "" || u.Host == "" {
			return nil, fmt.Errorf("telegram: webhook URL %q is not an absolute URL such as https://example.org/telegram", redact.URL(opts.WebhookURL))
		}
		if u.Path == "" || u.Path == "/" {
			return nil, fmt.Errorf("telegram: webhook URL %q needs a path, such as https://example.org/telegram", redact.URL(opts.WebhookURL))
		}
		if !validWebhookSecret(opts.WebhookSecret) {
			return nil, errors.New("telegram: a webhook needs a secret of 1 to 256 letters, digits, _ or -: set CITEBOT_TELEGRAM_WEBHOOK_SECRET")
		}
		a.hookPath = u.Path
	}
	api, err := tgbotapi.NewBotAPIWithClient(opts.Token, endpoint, opts.HTTPClient)
	if err != nil {
		if code := apiCode(err); code == http.StatusUnauthorized || code == http.StatusNotFound {
			return nil, fmt.Errorf("telegram: the bot token was refused (%d %s): check CITEBOT_TELEGRAM_TOKEN against the token @BotFather gave you", code, http.StatusText(code))
		}
		return nil, fmt.Errorf("telegram: check the token with getMe: %w", a.scrub(err))
	}
	if opts.QueueFile != "" {
		var skipped int
		if a.journal, a.replay, skipped, err = openJournal(opts.QueueFile); err != nil {
			return nil, fmt.Errorf("%w: check CITEBOT_TELEGRAM_QUEUE_FILE", err)
		}
		if skipped > 0 {
			a.log.Warn("telegram: unreadable lines of the queue file skipped", "lines", skipped)
		}
	}
	a.api = api
	a.self = api.Self
	a.queue = newChatQueue(opts.MaxConcurrent, a.log)
	a.pace = newPacer()
	a.offsets = newOffsets()
	a.seen = newSeenUpdates()
	a.classes = newJoinedClasses()
	a.migrations = newMigrations()
	a.log.Info("telegram: connected", "bot", "@"+a.self.UserName)
	return a, nil
}

// UserName is the bot's @username without the @, as getMe reported it.
func (a *Adapter) UserName() string { return a.self.UserName }

// Run publishes the commands, then receives updates (by webhook or long
// polling) until ctx is cancelled, and returns once the answers under way
// are sent. It returns an error only when Telegram refuses the bot for
// good (a revoked token).
func (a *Adapter) Run(ctx context.Context) error {
	work := context.WithoutCancel(ctx)
	a.setCommands(work)
	a.answerLeftovers()
	watching := make(chan struct{})
	watchCtx, stopWatching := context.WithCancel(ctx)
	go func() {
		defer close(watching)
		a.watchClasses(watchCtx)
	}()
	defer func() { stopWatching(); <-watching }()
	var err error
	if a.hookPath != "" {
		err = a.runWebhook(ctx)
	} else {
		err = a.poll(ctx)
	}
	a.up(false)
	a.queue.closeAndWait()
	if a.hookPath == "" && err == nil {
		a.confirm(a.offsets.offset())
	}
	if a.journal != nil {
		if cerr := a.journal.close(); cerr != nil {
			a.log.Error("telegram: closing the queue file", "err", cerr)
		}
	}
	a.log.Info("telegram: stopped")
	return err
}

// up tells the status reporter whether Telegram is reachable.
func (a *Adapter) up(ok bool) {
	if a.opts.Status != nil {
		a.opts.Status.PlatformUp(Platform, ok)
	}
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
