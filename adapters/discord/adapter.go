package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	contract "github.com/citebot/citebot/adapters/platform"
)

// platform is the name the adapter gives itself in messages and metrics.
const platform = "discord"

// Handler answers one message; *bot.Bot is one.
type Handler = contract.Handler

// ErrorReporter counts platform errors, for metrics. op names what failed:
// "me", "gateway", "commands", "send", "respond", "edit", "followup",
// "autocomplete", "rate_limit", "panic".
type ErrorReporter = contract.ErrorReporter

// Options configure an Adapter. Token and Handler are required.
type Options struct {
	// Token is the bot token from the Developer Portal, with or without its
	// "Bot " prefix. It is never logged.
	Token string
	// GuildID registers the slash commands in that guild only, where they
	// appear at once (handy while testing); "" registers them globally.
	GuildID string
	// Handler answers messages.
	Handler Handler
	// Names lists the speakers offered by /quote autocomplete; nil offers none.
	Names func() []string
	// TeacherRole is the id of a role whose members may run classroom
	// sessions, besides those who may manage messages; "" is none.
	TeacherRole string
	// Logger receives operational logs; nil discards them.
	Logger *slog.Logger
	// Errors is told of every platform error; nil ignores them.
	Errors ErrorReporter

	// HTTPClient carries every REST call, and the gateway URL lookup; nil
	// means discordgo's client. Tests point it at a fake server.
	HTTPClient *http.Client
	// AnswerTimeout bounds the answer to one message, sending included;
	// zero means one minute. An interaction token lives 15 minutes.
	AnswerTimeout time.Duration
	// StartTimeout bounds the token check in New and the wait for READY in
	// Run; zero means 20 seconds.
	StartTimeout time.Duration
	// Retries is how many times a REST call that failed with a 5xx or a
	// network error is tried again; zero means 3, negative means never.
	// (discordgo itself waits out 429s and retries 502s.)
	Retries int
	// RetryBackoff is the first wait before such a retry, doubled each
	// time; zero means 500ms.
	RetryBackoff time.Duration
	// WithoutMessageContent leaves out the privileged Message Content
	// intent, for a bot whose intent is not enabled in the Developer Portal:
	// mentions, DMs and slash commands still work, replies that do not
	// mention the bot arrive without their text.
	WithoutMessageContent bool
	// ShardID and ShardCount run this process as one shard of the bot
	// (Discord requires shards past 2,500 servers): each process gets the
	// servers whose id falls to its shard. ShardCount 0 or 1 is no
	// sharding. Only shard 0 registers the commands.
	ShardID, ShardCount int
	// Status is told when the gateway connects and disconnects; nil tells
	// no one.
	Status contract.StatusReporter
	// QuizTime is how long a /quiz round takes answers before its results
	// are shown; zero means one minute.
	QuizTime time.Duration
}

// ErrBadToken is wrapped by New when Discord refuses the token.
var ErrBadToken = errors.New("discord: the bot token was refused")

// Adapter connects one Discord bot to a Handler.
type Adapter struct {
	opts     Options
	log      *slog.Logger
	session  *discordgo.Session
	me       *discordgo.User
	threads  *threads
	inflight *inflight
	rounds   quizRounds

	ready     chan struct{} // closed at the first READY
	readyOnce sync.Once
	mu        sync.Mutex
	appID     string // from READY; guarded by mu
	running   bool   // Run was called; guarded by mu
	stopping  bool   // Run is shutting the gateway down; guarded by mu
}

// New checks the token with Discord (GET /users/@me) and returns an Adapter
// ready to Run. A refused token fails here, with ErrBadToken.
func New(opts Options) (*Adapter, error) {
	token := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(opts.Token), "Bot "))
	if token == "" {
		return nil, errors.New("discord: no bot token: set CITEBOT_DISCORD_TOKEN to the token of the Developer Portal's Bot page")
	}
	if opts.Handler == nil {
		return nil, errors.New("discord: no Handler")
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.AnswerTimeout <= 0 {
		opts.AnswerTimeout = time.Minute
	}
	if opts.StartTimeout <= 0 {
		opts.StartTimeout = 20 * time.Second
	}
	if opts.Retries == 0 {
		opts.Retries = 3
	}
	if opts.RetryBackoff <= 0 {
		opts.RetryBackoff = 500 * time.Millisecond
	}
	if opts.ShardCount > 1 && (opts.ShardID < 0 || opts.ShardID >= opts.ShardCount) {
		return nil, fmt.Errorf("discord: shard %d out of %d: a shard id goes from 0 to the shard count minus one", opts.ShardID, opts.ShardCount)
	}

	s, err := discordgo.New("Bot " + token)
	if err != nil {
		return nil, fmt.Errorf("discord: session: %w", err)
	}
	if opts.HTTPClient != nil {
		s.Client = opts.HTTPClient
	}
	// discordgo logs through the standard logger, and at debug level would
	// print the IDENTIFY packet with the token: keep it silent and log what
	// matters through slog from the events it emits.
	s.LogLevel = discordgo.LogError - 1
	s.StateEnabled = false
	s.Identify.Intents = intents(opts.WithoutMessageContent)
	if opts.ShardCount > 1 {
		s.ShardID, s.ShardCount = opts.ShardID, opts.ShardCount
	} else {
		opts.ShardID = 0
	}

	a := &Adapter{
		opts:     opts,
		log:      opts.Logger.With("platform", platform),
		session:  s,
		threads:  newThreads(threadCapacity),
		inflight: newInflight(),
		ready:    make(chan struct{}),
	}

	ctx, cancel := context.WithTimeout(context.Background(), opts.StartTimeout)
	defer cancel()
	var me *discordgo.User
	err = a.withRetry(ctx, "me", func(opts ...discordgo.RequestOption) error {
		var err error
		me, err = s.User("@me", opts...)
		return err
	})
	if err != nil {
		if statusOf(err) == http.StatusUnauthorized {
			return nil, fmt.Errorf("%w (HTTP 401 Unauthorized): copy the token again from the Developer Portal (Applications → your app → Bot → Reset Token) into CITEBOT_DISCORD_TOKEN", ErrBadToken)
		}
		return nil, fmt.Errorf("%w (while checking the bot token with GET users/@me)", err)
	}
	a.me = me

	s.AddHandler(a.onReady)
	s.AddHandler(a.onConnect)
	s.AddHandler(a.onResumed)
	s.AddHandler(a.onDisconnect)
	s.AddHandler(a.onRateLimit)
	s.AddHandler(a.onMessageCreate)
	s.AddHandler(a.onInteractionCreate)
	return a, nil
}

// intents are the gateway events the bot needs: guild and direct messages,
// and their text (privileged) unless told otherwise.
func intents(withoutContent bool) discordgo.Intent {
	i := discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	if !withoutContent {
		i |= discordgo.IntentMessageContent
	}
	return i
}

// Run opens the gateway, registers the slash commands and answers until ctx
// is cancelled; then it closes the gateway, waits for the answers under way
// to be sent, and returns nil. While Discord or the network is down it keeps
// trying to connect; it returns an error only when Discord refuses the
// configuration (token, intents). Once connected, discordgo reconnects by
// itself after a dropped connection, resuming the session.
func (a *Adapter) Run(ctx context.Context) error {
	a.mu.Lock()
	if a.running {
		a.mu.Unlock()
		return errors.New("discord: Run called twice")
	}
	a.running = true
	a.mu.Unlock()

	connected, err := a.open(ctx)
	if !connected {
		return err // nil when stopped before the gateway could be reached
	}
	a.log.Info("discord gateway connected", "bot", a.me.Username, "id", a.me.ID)

	select {
	case <-a.ready:
		a.registerCommands(ctx)
	case <-ctx.Done():
	case <-time.After(a.opts.StartTimeout):
		a.failed("gateway", errors.New("no READY from the gateway: slash commands not registered"))
	}

	<-ctx.Done()
	a.shutdown()
	return nil
}

// up tells the status reporter whether the gateway is connected.
func (a *Adapter) up(connected bool) {
	if a.opts.Status != nil {
		a.opts.Status.PlatformUp(platform, connected)
	}
}

// shutdown closes the gateway so no new event arrives, then waits for the
// answers already under way.
func (a *Adapter) shutdown() {
	a.mu.Lock()
	a.stopping = true
	a.mu.Unlock()
	a.up(false)
	if err := a.session.Close(); err != nil {
		a.log.Warn("discord: close gateway", "err", err)
	}
	a.inflight.closeAndWait()
	a.log.Info("discord adapter stopped")
}

// maxGatewayBackoff caps the wait between attempts to open the gateway.
const maxGatewayBackoff = time.Minute

// open connects to the gateway, trying again while Discord or the network
// fails (an outage must not stop citebot), but not when the configuration
// is wrong. If ctx ends first it returns false and no error.
func (a *Adapter) open(ctx context.Context) (connected bool, err error) {
	wait := a.opts.RetryBackoff
	for {
		err := a.session.Open()
		if err == nil {
			return true, nil
		}
		err = gatewayError(err)
		a.failed("gateway", err)
		if fatalGateway(err) {
			return false, err
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return false, nil
		case <-t.C:
		}
		wait = min(wait*2, maxGatewayBackoff)
	}
}

// fatalGateway tells configuration errors, which retrying cannot fix, from
// outages: a refused token, intents or shard settings Discord rejects.
func fatalGateway(err error) bool {
	if errors.Is(err, ErrBadToken) {
		return true
	}
	if s := statusOf(err); s == http.StatusUnauthorized || s == http.StatusForbidden {
		return true
	}
	var ce *websocket.CloseError
	return errors.As(err, &ce) && ce.Code >= 4010 && ce.Code <= 4014
}

// gatewayError explains the close codes a misconfigured bot meets first.
func gatewayError(err error) error {
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		switch ce.Code {
		case 4004:
			return fmt.Errorf("%w by the gateway (close 4004): %w", ErrBadToken, err)
		case 4014:
			return fmt.Errorf("discord: open gateway: the Message Content intent is not enabled (close 4014): enable it in the Developer Portal (Bot → Privileged Gateway Intents → Message Content Intent), or run without it (CITEBOT_DISCORD_MESSAGE_CONTENT=false: mentions, DMs and slash commands only): %w", err)
		}
	}
	return fmt.Errorf("discord: open gateway: %w", err)
}

// failed logs a platform error with its context (never the token: errors
// from discordgo carry the status and body, not the request) and reports it.
func (a *Adapter) failed(op string, err error, attrs ...any) {
	a.log.Error("discord: "+op+" failed", append(attrs, "err", err)...)
	if a.opts.Errors != nil {
		a.opts.Errors.PlatformError(platform, op)
	}
}

// statusOf returns the HTTP status of a REST error, or 0.
func statusOf(err error) int {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		return re.Response.StatusCode
	}
	return 0
}

// appID is the application whose commands and interactions these are.
func (a *Adapter) application() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.appID != "" {
		return a.appID
	}
	return a.me.ID
}

func (a *Adapter) isStopping() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.stopping
}
