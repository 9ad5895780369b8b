// Package httpapi is citebot's HTTP API: POST /v1/ask answers one question
// with the same JSON object as `citebot ask --json`, GET /v1/articles lists
// the corpus, GET /healthz and GET /metrics serve operators.
//
// It translates HTTP to bot.Message (Platform "http") and guards the edges:
// who is asking and how much (identity.go: API keys, users, addresses,
// trusted proxies), body size, content type, JSON shape, methods,
// timeouts, panics. Errors are RFC 9457 problem details.
package httpapi

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/citebot/citebot/adapters/platform"
	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/knowledge"
)

// Handler answers one message; *bot.Bot is one.
type Handler = platform.Handler

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
	// Quiz finds quiz items for /v1/quiz; nil answers 404 there.
	Quiz QuizSource
	// MaxBodyBytes bounds request bodies; 0 means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// Access says who may ask and how much; the zero value has no keys.
	Access AccessOptions
	// Sessions serves the classroom session endpoints (sessions.go) to
	// callers with an API key; nil turns them off.
	Sessions Sessions
	// Health answers /readyz (and /healthz); nil is ready once Base is set.
	Health Readiness
	// CORSOrigins are the web origins whose pages may call the API ("*"
	// for any); none answers no cross-origin request.
	CORSOrigins []string
	// Pages serves every path the API does not (the web pages); nil
	// answers those with a JSON 404.
	Pages http.Handler
}

// API routes citebot's HTTP endpoints. Other adapters may mount their own
// handlers on it (the Telegram webhook) so that one server listens.
type API struct {
	mux     *http.ServeMux
	opts    Options
	access  *access
	mounted map[string]bool
	// routes are the "METHOD /path" patterns served, for the OpenAPI
	// contract test.
	routes []string
}

// New returns the API; opts.Handler is required.
func New(opts Options) (*API, error) {
	if opts.Handler == nil {
		return nil, errors.New("httpapi: New needs a Handler")
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	a := &API{mux: http.NewServeMux(), opts: opts, access: newAccess(opts.Access), mounted: map[string]bool{}}
	a.route(http.MethodPost, "/v1/ask", http.HandlerFunc(a.ask))
	a.route(http.MethodGet, "/v1/articles", http.HandlerFunc(a.articles))
	a.route(http.MethodGet, "/v1/openapi.json", http.HandlerFunc(serveOpenAPI))
	a.route(http.MethodGet, "/healthz", http.HandlerFunc(a.readyz))
	a.route(http.MethodGet, "/livez", http.HandlerFunc(livez))
	a.route(http.MethodGet, "/readyz", http.HandlerFunc(a.readyz))
	a.mountQuiz()
	// /metrics is reserved even when off, so that no webhook takes it.
	metrics := opts.Metrics
	if metrics == nil {
		metrics = http.HandlerFunc(notFound)
	}
	a.route(http.MethodGet, "/metrics", metrics)
	a.mountSessions()
	// Unknown API paths stay JSON errors, whatever serves the pages.
	a.mount("/v1/", http.HandlerFunc(notFound))
	pages := opts.Pages
	if pages == nil {
		pages = http.HandlerFunc(notFound)
	}
	a.mount("/", pages)
	return a, nil
}

func notFound(w http.ResponseWriter, _ *http.Request) {
	writeError(w, http.StatusNotFound, "no such endpoint: try POST /v1/ask, GET /v1/articles, GET /healthz")
}

// Routes are the "METHOD /path" patterns the API serves.
func (a *API) Routes() []string { return slices.Clone(a.routes) }

// route serves h at path for method only (GET also answers HEAD).
func (a *API) route(method, path string, h http.Handler) {
	a.routes = append(a.routes, method+" "+path)
	a.mount(path, allow(method, h))
}

// handle serves h at a method pattern ("GET /v1/sessions/{id}").
func (a *API) handle(pattern string, h http.HandlerFunc) {
	a.routes = append(a.routes, pattern)
	a.mux.HandleFunc(pattern, h)
}

func (a *API) mount(path string, h http.Handler) {
	a.mounted[path] = true
	a.mux.Handle(path, h)
}

// Handle mounts h at path, for another adapter's endpoint such as the
// Telegram webhook. The path must be absolute, free, and not the root.
func (a *API) Handle(path string, h http.Handler) error {
	if !strings.HasPrefix(path, "/") || path == "/" || strings.ContainsAny(path, " {}") {
		return fmt.Errorf("httpapi: cannot mount a handler at %q: use a path such as /telegram/hook", path)
	}
	if a.mounted[path] {
		return fmt.Errorf("httpapi: the path %s is already taken", path)
	}
	a.mount(path, h)
	return nil
}

// ServeHTTP routes the request. A panic in a handler is logged with its
// stack and answered with a 500; the server goes on.
func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		p := recover()
		if p == nil || p == http.ErrAbortHandler {
			if p != nil {
				panic(p) // the server's own way to drop a connection
			}
			return
		}
		a.opts.Logger.Error("http: panic while serving", "path", r.URL.Path, "panic", p, "stack", string(debug.Stack()))
		writeError(w, http.StatusInternalServerError, bot.Apology)
	}()
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if a.cors(w, r) {
		return
	}
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
