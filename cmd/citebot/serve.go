package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/citebot/citebot/adapters/discord"
	"github.com/citebot/citebot/adapters/health"
	"github.com/citebot/citebot/adapters/httpapi"
	"github.com/citebot/citebot/adapters/metrics"
	contract "github.com/citebot/citebot/adapters/platform"
	"github.com/citebot/citebot/adapters/telegram"
	"github.com/citebot/citebot/adapters/web"
	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/config"
)

// shutdownTimeout bounds how long serve waits, once asked to stop, for
// the answers under way to be sent.
const shutdownTimeout = 30 * time.Second

// errNothingToServe says what to set when no platform is configured.
var errNothingToServe = errors.New("serve: no platform is configured: set CITEBOT_DISCORD_TOKEN, CITEBOT_TELEGRAM_TOKEN " +
	"or CITEBOT_HTTP_ADDR (for example CITEBOT_HTTP_ADDR=127.0.0.1:8080), or their keys in the config file")

// platform is one adapter that runs until its context is cancelled and
// returns once its answers under way are sent.
type platform struct {
	name string
	desc string // for the start-up line a person reads
	run  func(ctx context.Context) error
}

// serve runs every configured adapter until ctx is cancelled.
//
// All adapters share one bot, wrapped by one metrics instance, so /metrics
// counts every platform. Each adapter is checked before any starts (a bad
// token fails at once); if one fails while running, the others are stopped
// too, so that a supervisor restarts the whole and nobody runs half a bot
// unknowingly.
func serve(ctx context.Context, cfg config.Config, b *bot.Bot, logger *slog.Logger, stderr io.Writer) error {
	if cfg.HTTPAddr == "" && cfg.Telegram.Token == "" && cfg.Discord.Token == "" {
		return errNothingToServe
	}
	if cfg.Telegram.Token != "" && cfg.Telegram.WebhookURL != "" && cfg.HTTPAddr == "" {
		return errors.New("serve: the Telegram webhook is received by the HTTP server: set CITEBOT_HTTP_ADDR " +
			"to the address your HTTPS proxy forwards to, or unset CITEBOT_TELEGRAM_WEBHOOK_URL to poll instead")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m := metrics.New(reg)
	h := m.Wrap(b)
	hl, status := observe(cfg, m, b)

	var api *httpapi.API
	var site *web.Site
	// tgName is the Telegram bot's username, known once getMe has
	// answered (below), before any page is served.
	var tgName string
	if cfg.HTTPAddr != "" {
		var err error
		var teacherKey func(string) bool
		if len(cfg.HTTP.Keys()) > 0 {
			teacherKey = func(k string) bool { return api.IsKey(k) }
		}
		site, err = web.New(web.Options{Handler: h, Base: b.Base(), Classroom: b, TeacherKey: teacherKey, Logger: logger,
			Admit: func(r *http.Request) bot.Verdict { return api.AdmitPage(r) }, TelegramLink: telegramLink(&tgName)})
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		var keys []httpapi.Key
		for _, k := range cfg.HTTP.Keys() {
			keys = append(keys, k)
		}
		access := httpapi.AccessOptions{Keys: keys, KeyRatePerMinute: cfg.HTTP.KeyRatePerMinute,
			AddressRatePerMinute: cfg.HTTP.AddressRatePerMinute, TrustedProxies: cfg.HTTP.Proxies()}
		opts := httpapi.Options{Handler: h, Base: b.Base(), Metrics: m.Handler(), Logger: logger, Access: access, Quiz: b, Sessions: b,
			Health: hl, CORSOrigins: cfg.Ops.Origins(), Pages: site}
		if cfg.Ops.MetricsAddr != "" {
			opts.Metrics = nil // on their own port, below
		}
		if api, err = httpapi.New(opts); err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		m.ExpectRoutes(api.Routes())
	}
	var platforms []platform
	if cfg.Telegram.Token != "" {
		tg, err := telegram.New(telegram.Options{
			Token: cfg.Telegram.Token.Reveal(), APIURL: cfg.Telegram.APIURL,
			WebhookURL: cfg.Telegram.WebhookURL, WebhookSecret: cfg.Telegram.WebhookSecret.Reveal(),
			QueueFile: cfg.Telegram.QueueFile,
			Handler:   h, Logger: logger, Errors: m, Status: status, Classroom: b, Rooms: b,
		})
		if err != nil {
			return err
		}
		tgName = tg.UserName()
		mode := "long polling"
		if path := tg.WebhookPath(); path != "" {
			if err := api.Handle(path, tg.WebhookHandler()); err != nil {
				return fmt.Errorf("serve: the Telegram webhook URL's path: %w", err)
			}
			mode = "webhook at " + path
		}
		platforms = append(platforms, platform{"telegram", "Telegram @" + tg.UserName() + " (" + mode + ")", tg.Run})
	}
	if cfg.Discord.Token != "" {
		names := b.Speakers()
		dc, err := discord.New(discord.Options{
			Token: cfg.Discord.Token.Reveal(), GuildID: cfg.Discord.GuildID, TeacherRole: cfg.Discord.TeacherRole,
			Handler: h, Names: func() []string { return names }, Logger: logger, Errors: m, Status: status,
			WithoutMessageContent: cfg.Ops.DiscordWithoutMessageContent,
			ShardID:               cfg.Ops.DiscordShardID, ShardCount: cfg.Ops.DiscordShardCount,
		})
		if err != nil {
			return err
		}
		platforms = append(platforms, platform{"discord", "Discord", dc.Run})
	}
	if api != nil {
		// Bound last: a refused token above leaves no port taken.
		srv, err := httpapi.Listen(cfg.HTTPAddr, m.InstrumentHTTP(api), logger)
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		run := func(ctx context.Context) error {
			// The boards' live streams end first, or they would hold
			// the graceful shutdown until its timeout.
			defer context.AfterFunc(ctx, site.Close)()
			return srv.Run(ctx)
		}
		platforms = append(platforms, platform{"http", "web pages and HTTP API on http://" + srv.Addr().String(), run})
	}
	if cfg.Ops.MetricsAddr != "" {
		srv, err := httpapi.Listen(cfg.Ops.MetricsAddr, httpapi.Operations(hl, m.Handler()), logger)
		if err != nil {
			return fmt.Errorf("serve: metrics: %w", err)
		}
		platforms = append(platforms, platform{"metrics", "metrics and health on http://" + srv.Addr().String(), srv.Run})
	}
	descs := make([]string, len(platforms))
	for i, p := range platforms {
		descs[i] = p.desc
	}
	fmt.Fprintf(stderr, "citebot: serving %s; Ctrl-C to stop\n", strings.Join(descs, ", "))
	return runAll(ctx, platforms, logger, shutdownTimeout)
}

// observe sets up what operators watch: readiness (the corpus loaded, each
// configured chat platform connected) and every citebot_ series at zero
// from the start, with the build's version; adapters report their
// connection to both through the returned reporter.
func observe(cfg config.Config, m *metrics.Metrics, b *bot.Bot) (*health.Health, contract.StatusReporter) {
	var chats []string
	if cfg.Telegram.Token != "" {
		chats = append(chats, "telegram")
		m.Expect("telegram", "getUpdates", "sendMessage")
	}
	if cfg.Discord.Token != "" {
		chats = append(chats, "discord")
		m.Expect("discord", "gateway", "send")
	}
	if cfg.HTTPAddr != "" {
		m.Expect("http")
	}
	m.BuildInfo(buildInfo())
	hl := health.New(chats...)
	hl.CorpusLoaded(len(b.Base().Articles))
	return hl, contract.Statuses{hl, m}
}

// runAll runs the platforms until ctx is cancelled or one of them fails,
// then stops them all and waits (up to timeout) for them to finish.
func runAll(parent context.Context, platforms []platform, logger *slog.Logger, timeout time.Duration) error {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	type result struct {
		name string
		err  error
	}
	done := make(chan result, len(platforms))
	for _, p := range platforms {
		go func() {
			defer func() {
				if r := recover(); r != nil {
					logger.Error("serve: panic in a platform", "platform", p.name, "panic", r, "stack", string(debug.Stack()))
					done <- result{p.name, fmt.Errorf("panic: %v", r)}
				}
			}()
			done <- result{p.name, p.run(ctx)}
		}()
	}
	var errs []error
	stopping := ctx.Done()
	var deadline <-chan time.Time
	for pending := len(platforms); pending > 0; {
		select {
		case r := <-done:
			pending--
			switch {
			case r.err != nil:
				logger.Error("serve: platform stopped", "platform", r.name, "err", r.err)
				errs = append(errs, fmt.Errorf("%s: %w", r.name, r.err))
			case ctx.Err() == nil:
				errs = append(errs, fmt.Errorf("%s stopped on its own; stopping the others", r.name))
			}
			cancel() // one down, all down
		case <-stopping:
			stopping = nil
			logger.Info("serve: stopping; finishing the answers under way", "timeout", timeout)
			deadline = time.After(timeout)
		case <-deadline:
			errs = append(errs, fmt.Errorf("serve: %d platform(s) still busy %s after the stop signal; answers under way may be lost", pending, timeout))
			return errors.Join(errs...)
		}
	}
	return errors.Join(errs...)
}

// telegramLink is the web pages' link that joins a class from Telegram,
// once *name (the bot's username) is known; "" without a Telegram bot.
func telegramLink(name *string) func(code string) string {
	return func(code string) string {
		if *name == "" {
			return ""
		}
		return telegram.ClassLink(*name, code)
	}
}
