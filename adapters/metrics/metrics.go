// Package metrics counts what citebot does, for Prometheus: questions,
// answers, abstentions, answer latency and platform errors, per platform.
//
// It wraps the bot rather than living inside it so that the bot stays free
// of any monitoring dependency, and every adapter sharing one wrapped bot
// is counted the same way.
package metrics

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/citebot/citebot/adapters/platform"
	"github.com/citebot/citebot/bot"
)

// Handler answers one message; *bot.Bot is one.
type Handler = platform.Handler

// Metrics holds citebot's collectors, registered on one registry.
type Metrics struct {
	gatherer       prometheus.Gatherer
	questions      *prometheus.CounterVec
	answered       *prometheus.CounterVec
	abstained      *prometheus.CounterVec
	unsure         *prometheus.CounterVec
	platformErrors *prometheus.CounterVec
	duration       *prometheus.HistogramVec
	platformUp     *prometheus.GaugeVec
	buildInfo      *prometheus.GaugeVec
	httpDuration   *prometheus.HistogramVec
	now            func() time.Time
}

// New creates the collectors and registers them on reg. A nil reg gets a
// fresh registry, never the global one, so that tests and several
// instances in one process do not collide; a second New on the same
// registry shares the first one's collectors. When reg is also a
// prometheus.Gatherer (a *prometheus.Registry is), Handler serves it.
func New(reg prometheus.Registerer) *Metrics {
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	m := &Metrics{
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "citebot", Name: "questions_total",
			Help: "Questions asked (replies that answered or abstained), by platform.",
		}, []string{"platform"}),
		answered: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "citebot", Name: "answered_total",
			Help: "Questions answered with citations, by platform.",
		}, []string{"platform"}),
		abstained: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "citebot", Name: "abstained_total",
			Help: "Questions the articles do not answer, by platform.",
		}, []string{"platform"}),
		unsure: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "citebot", Name: "unsure_total",
			Help: "Answers the bot said it was not sure of (counted in answered_total too), by platform.",
		}, []string{"platform"}),
		platformErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "citebot", Name: "platform_errors_total",
			Help: "Failed calls to a chat platform, by platform and operation.",
		}, []string{"platform", "op"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: "citebot", Name: "answer_duration_seconds",
			Help: "Time the bot took to answer a question, by platform.",
			// Answers take from well under a millisecond (small corpus)
			// to seconds (large corpus, slow machine).
			Buckets: prometheus.ExponentialBuckets(0.0005, 2.5, 12),
		}, []string{"platform"}),
		platformUp: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Namespace: "citebot", Name: "platform_up",
			Help: "1 while a chat platform is connected, else 0, by platform.",
		}, []string{"platform"}),
		buildInfo: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Namespace: "citebot", Name: "build_info",
			Help: "Always 1; its labels say which build runs.",
		}, []string{"version", "revision", "goversion"}),
		httpDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: "citebot", Name: "http_request_duration_seconds",
			Help:    "Time to serve an HTTP request, by route, method and status code.",
			Buckets: prometheus.DefBuckets,
		}, []string{"route", "method", "code"}),
		now: time.Now,
	}
	m.questions = register(reg, m.questions)
	m.answered = register(reg, m.answered)
	m.abstained = register(reg, m.abstained)
	m.unsure = register(reg, m.unsure)
	m.platformErrors = register(reg, m.platformErrors)
	m.duration = register(reg, m.duration)
	m.platformUp = register(reg, m.platformUp)
	m.buildInfo = register(reg, m.buildInfo)
	m.httpDuration = register(reg, m.httpDuration)
	if g, ok := reg.(prometheus.Gatherer); ok {
		m.gatherer = g
	} else {
		m.gatherer = prometheus.Gatherers{}
	}
	return m
}

// Wrap returns h with every reply counted. Only answers and abstentions
// are questions: help, sources, errors and rate-limit notices are not.
func (m *Metrics) Wrap(h Handler) Handler {
	return wrapped{m: m, h: h}
}

// PlatformError counts one failed platform call, such as a Telegram
// sendMessage that failed for good or a dropped Discord gateway.
func (m *Metrics) PlatformError(platform, op string) {
	m.platformErrors.WithLabelValues(platform, op).Inc()
}

// Expect creates a platform's series at zero, so that /metrics lists every
// citebot_ series from the start (a dashboard or alert on a series that
// does not exist yet sees nothing): its questions, answers, abstentions,
// unsure answers, answer time, the platform errors of ops, and, unless it is "http", its
// up gauge.
func (m *Metrics) Expect(platform string, ops ...string) {
	m.questions.WithLabelValues(platform)
	m.answered.WithLabelValues(platform)
	m.abstained.WithLabelValues(platform)
	m.unsure.WithLabelValues(platform)
	m.duration.WithLabelValues(platform)
	for _, op := range ops {
		m.platformErrors.WithLabelValues(platform, op)
	}
	if platform != "http" {
		m.platformUp.WithLabelValues(platform)
	}
}

// ExpectRoutes creates the HTTP series of each "METHOD /path" route at
// zero, for its success code.
func (m *Metrics) ExpectRoutes(routes []string) {
	for _, r := range routes {
		method, path, _ := strings.Cut(r, " ")
		m.httpDuration.WithLabelValues(path, method, "200")
	}
}

// PlatformUp sets a platform's up gauge (it is a platform.StatusReporter).
func (m *Metrics) PlatformUp(platform string, up bool) {
	v := 0.0
	if up {
		v = 1
	}
	m.platformUp.WithLabelValues(platform).Set(v)
}

// BuildInfo sets citebot_build_info.
func (m *Metrics) BuildInfo(version, revision, goVersion string) {
	m.buildInfo.WithLabelValues(version, revision, goVersion).Set(1)
}

// InstrumentHTTP times every request h serves, by the route pattern the
// ServeMux matched (so /v1/sessions/{id} is one series, not one per id),
// method and status. Requests no route matched count under "other".
func (m *Metrics) InstrumentHTTP(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := m.now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(rec, r)
		route := r.Pattern
		if _, path, ok := strings.Cut(route, " "); ok {
			route = path // "GET /v1/sessions/{id}": the method is a label of its own
		}
		if route == "" || route == "/" {
			route = "other"
		}
		m.httpDuration.WithLabelValues(route, r.Method, strconv.Itoa(rec.status)).Observe(m.now().Sub(start).Seconds())
	})
}

// statusRecorder remembers the status a handler wrote.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

// Unwrap lets http.ResponseController reach the connection.
func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// Handler serves the registry in the Prometheus text format, for /metrics.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.gatherer, promhttp.HandlerOpts{})
}

// register adds c to reg, or returns the equal collector already there.
// Any other refusal (another collector under the same name) leaves c
// counting but unexported, which beats a panic in a running bot.
func register[C prometheus.Collector](reg prometheus.Registerer, c C) C {
	err := reg.Register(c)
	var dup prometheus.AlreadyRegisteredError
	if errors.As(err, &dup) {
		if existing, ok := dup.ExistingCollector.(C); ok {
			return existing
		}
	}
	return c
}

type wrapped struct {
	m *Metrics
	h Handler
}

func (w wrapped) Handle(ctx context.Context, msg bot.Message) bot.Reply {
	start := w.m.now()
	r := w.h.Handle(ctx, msg)
	switch r.Kind {
	case bot.KindAnswer, bot.KindAbstain:
		w.m.questions.WithLabelValues(msg.Platform).Inc()
		if r.Kind == bot.KindAnswer {
			w.m.answered.WithLabelValues(msg.Platform).Inc()
			if r.Unsure {
				w.m.unsure.WithLabelValues(msg.Platform).Inc()
			}
		} else {
			w.m.abstained.WithLabelValues(msg.Platform).Inc()
		}
		w.m.duration.WithLabelValues(msg.Platform).Observe(w.m.now().Sub(start).Seconds())
	}
	return r
}
