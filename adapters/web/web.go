// Package web is citebot's site for people: the ask page (/), where a
// conversation of questions gets answers whose citations link to the
// reader (/articles/{id}#p3s2), which shows the cleaned article as citebot
// indexed it, sentence by sentence, beside what it extracted from it.
//
// Pages are html/template, with one CSS and one small JavaScript file,
// all embedded: there is no build step. Everything works without
// JavaScript (forms post, then redirect); the script only keeps the
// conversation on one page without reloads. Every page is served with a
// Content-Security-Policy that allows no inline script or style, and every
// form that changes state is checked twice against cross-site requests
// (see csrf.go).
package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/knowledge"
)

// Platform is the bot.Message platform of questions asked on the site.
const Platform = "web"

// The site's limits, in one place.
const (
	// maxFormBytes bounds a form body: a question is at most a thousand
	// characters, so 64 KiB is generous and still stops a flood.
	maxFormBytes = 64 << 10
	// maxQuestionRunes is what the question box accepts; the bot refuses
	// longer questions with its own message, and the page keeps no more
	// than this of one.
	maxQuestionRunes = 1000
	// maxTurns is how many questions of one conversation the page keeps
	// and shows; older ones scroll away.
	maxTurns = 50
	// defaultMaxConversations and defaultConversationTTL bound the
	// conversations kept in memory, as the bot bounds its own.
	defaultMaxConversations = 10000
	defaultConversationTTL  = 2 * time.Hour
)

// Handler answers one message; *bot.Bot is one.
type Handler interface {
	Handle(ctx context.Context, m bot.Message) bot.Reply
}

// Options configure the site.
type Options struct {
	// Handler answers questions; required.
	Handler Handler
	// Base is the corpus the reader shows; required.
	Base *knowledge.Base
	// Classroom runs the class pages (/classe): a board for the projector
	// and the students, and the teacher's page; nil leaves them out.
	Classroom Classroom
	// TeacherKey reports whether a string is one of the server's API keys:
	// then only a key holder may open a session from the web, and a key
	// also opens any room's teacher page. nil: whoever opens a session is
	// its teacher, and the session's secret is the only way back in.
	TeacherKey func(string) bool
	// TelegramLink is the t.me link that joins the class with that code
	// from Telegram, shown on the teacher's page; nil: no Telegram bot.
	TelegramLink func(code string) string
	// Admit applies a per-address ceiling to the questions asked on the
	// pages (the HTTP API's, so that a class behind one address shares
	// it with the API's users); nil: only the bot's per-user limit, the
	// user being the browser.
	Admit func(*http.Request) bot.Verdict
	// Logger receives errors; nil discards them.
	Logger *slog.Logger
	// Now is the clock, for tests; nil means time.Now.
	Now func() time.Time
	// MaxConversations and ConversationTTL bound the conversations the
	// page keeps in memory; zero means 10,000 and two hours.
	MaxConversations int
	ConversationTTL  time.Duration
}

// Site serves the web pages. It is an http.Handler.
type Site struct {
	opts    Options
	pages   *pages
	static  *staticFiles
	convs   *histories
	tokens  *tokens
	live    *live
	handler http.Handler
}

// New returns the site; opts.Handler and opts.Base are required.
func New(opts Options) (*Site, error) {
	if opts.Handler == nil || opts.Base == nil {
		return nil, errors.New("web: New needs a Handler and a Base")
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.MaxConversations <= 0 {
		opts.MaxConversations = defaultMaxConversations
	}
	if opts.ConversationTTL <= 0 {
		opts.ConversationTTL = defaultConversationTTL
	}
	static, err := loadStatic()
	if err != nil {
		return nil, err
	}
	pg, err := parsePages(static, opts.Classroom != nil)
	if err != nil {
		return nil, err
	}
	tk, err := newTokens()
	if err != nil {
		return nil, err
	}
	s := &Site{
		opts:   opts,
		pages:  pg,
		static: static,
		convs:  newHistories(opts.MaxConversations, opts.ConversationTTL, opts.Now),
		tokens: tk,
	}
	if opts.Classroom != nil {
		s.live = newLive(opts.Classroom, s.renderEntry, opts.Logger, opts.Now)
	}
	s.handler = s.routes()
	return s, nil
}

// Close ends the boards' live streams, which would otherwise hold a
// server's graceful shutdown until its timeout.
func (s *Site) Close() {
	if s.live != nil {
		s.live.close()
	}
}

func (s *Site) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.askPage)
	mux.HandleFunc("POST /{$}", s.ask)
	mux.HandleFunc("POST /nouvelle", s.newConversation)
	mux.HandleFunc("GET /articles", s.articleList)
	mux.HandleFunc("GET /articles/{id}", s.article)
	mux.Handle("GET /static/{file}", s.static)
	if s.live != nil {
		s.classRoutes(mux)
	}
	mux.HandleFunc("/", s.notFound)
	return s.crossOrigin(mux)
}

// ServeHTTP serves a page, with the security headers every page carries.
func (s *Site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("X-Frame-Options", "DENY")
	s.handler.ServeHTTP(w, r)
}

// handle sends a question or command to the bot, within the address's
// ceiling.
func (s *Site) handle(r *http.Request, m bot.Message) bot.Reply {
	if s.opts.Admit != nil {
		if v := s.opts.Admit(r); !v.OK {
			return bot.RateLimited(v)
		}
	}
	return s.opts.Handler.Handle(r.Context(), m)
}

// contentSecurityPolicy allows only the site's own script, style and
// icon: no inline code, no plug-ins, no framing, forms posted only here.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

func (s *Site) notFound(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusNotFound, "error", errorView{
		Title:   "Page introuvable",
		Message: "Cette page n'existe pas.",
	})
}

// render writes a page, or logs why it could not: a template that fails
// on valid data is a bug the tests catch, so the user only gets a short
// apology.
func (s *Site) render(w http.ResponseWriter, r *http.Request, status int, page string, data any) {
	body, err := s.pages.execute(page, data)
	if err != nil {
		s.opts.Logger.Error("web: render", "page", page, "path", r.URL.Path, "err", err)
		http.Error(w, "Erreur interne : la page n'a pas pu être affichée.", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	if _, err := w.Write(body); err != nil {
		s.opts.Logger.Debug("web: write", "path", r.URL.Path, "err", fmt.Errorf("client gone: %w", err))
	}
}
