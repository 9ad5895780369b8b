// Package httpapi is citebot's HTTP API: POST /v1/ask answers one question
// with the same JSON object as `citebot ask --json`, GET /v1/articles lists
// the corpus, GET /healthz and GET /metrics serve operators.
//
// Rate limiting and panic recovery belong to the bot; this package only
// translates HTTP to bot.Message (Platform "http", UserID the client's IP)
// and guards the edges: body size, JSON shape, methods, timeouts.
package httpapi

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/knowledge"
)

// Handler answers one message; *bot.Bot is one.
type Handler interface {
	Handle(ctx context.Context, m bot.Message) bot.Reply
}

// DefaultMaxBodyBytes bounds a request body: a question is a sentence, so
// 64 KiB is generous and still stops a client from filling memory.
const DefaultMaxBodyBytes = 64 << 10

// Options configure the API.
type Options struct {
	// Handler answers questions; required.
	Handler Handler
	// Base is the corpus listed by /v1/articles and counted by /healthz.
	Base *knowledge.Base
	// Metrics serves /metrics; nil answers 404 there.
	Metrics http.Handler
	// Logger receives request errors; nil discards them.
	Logger *slog.Logger
	// MaxBodyBytes bounds request bodies; 0 means DefaultMaxBodyBytes.
	MaxBodyBytes int64
}

// API routes citebot's HTTP endpoints. Other adapters may mount their own
// handlers on it (the Telegram webhook) so that one server listens.
type API struct {
	mux  *http.ServeMux
	opts Options
}

// New returns the API. It panics if opts.Handler is nil, a programming
// error that no request could recover from.
func New(opts Options) *API {
	if opts.Handler == nil {
		panic("httpapi: New needs a Handler")
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	a := &API{mux: http.NewServeMux(), opts: opts}
	a.mux.Handle("/v1/ask", allow(http.MethodPost, http.HandlerFunc(a.ask)))
	a.mux.Handle("/v1/articles", allow(http.MethodGet, http.HandlerFunc(a.articles)))
	a.mux.Handle("/healthz", allow(http.MethodGet, http.HandlerFunc(a.healthz)))
	if opts.Metrics != nil {
		a.mux.Handle("/metrics", allow(http.MethodGet, opts.Metrics))
	}
	a.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: try POST /v1/ask, GET /v1/articles, GET /healthz")
	})
	return a
}

// Handle mounts h at pattern (http.ServeMux syntax), for another adapter's
// endpoint such as the Telegram webhook.
func (a *API) Handle(pattern string, h http.Handler) { a.mux.Handle(pattern, h) }

// ServeHTTP routes the request.
func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	a.mux.ServeHTTP(w, r)
}

// allow answers 405 with a JSON error and an Allow header unless the
// request uses method (GET also allows HEAD).
func allow(method string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == method || (method == http.MethodGet && r.Method == http.MethodHead) {
			h.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Allow", method)
		writeError(w, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed here: use "+method)
	})
}
