package httpapi

import (
	"net/http"

	"github.com/citebot/citebot/adapters/health"
)

// Readiness says whether citebot can answer; *health.Health is one.
type Readiness interface {
	Status() health.Status
}

// readiness is the body of /readyz and /healthz: "ok" or "unavailable",
// and what is still waited for.
type readiness struct {
	Status    string          `json:"status"`
	Ready     bool            `json:"ready"`
	Articles  int             `json:"articles"`
	Platforms map[string]bool `json:"platforms"`
	Waiting   []string        `json:"waiting"`
}

// readyz answers 200 when the corpus is loaded and every platform is
// connected, 503 otherwise: a load balancer or orchestrator then sends no
// traffic, and `citebot healthcheck` fails.
func (a *API) readyz(w http.ResponseWriter, _ *http.Request) {
	var st health.Status
	switch {
	case a.opts.Health != nil:
		st = a.opts.Health.Status()
	case a.opts.Base != nil:
		st = health.Status{Ready: true, Articles: len(a.opts.Base.Articles), Platforms: map[string]bool{}, Waiting: []string{}}
	default:
		st = health.Status{Platforms: map[string]bool{}, Waiting: []string{"corpus"}}
	}
	body := readiness{Status: "ok", Ready: st.Ready, Articles: st.Articles, Platforms: st.Platforms, Waiting: st.Waiting}
	if !st.Ready {
		body.Status = "unavailable"
		writeJSON(w, http.StatusServiceUnavailable, body)
		return
	}
	writeJSON(w, http.StatusOK, body)
}

// livez answers 200 while the process serves HTTP at all: a supervisor
// restarts citebot when it fails, not when a platform is down.
func livez(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// Operations serves /metrics, /livez and /readyz alone, for a port of
// their own (CITEBOT_METRICS_ADDR) kept off the public one.
func Operations(ready Readiness, metrics http.Handler) http.Handler {
	a := &API{mux: http.NewServeMux(), opts: Options{Health: ready}, mounted: map[string]bool{}}
	a.route(http.MethodGet, "/metrics", metrics)
	a.route(http.MethodGet, "/livez", http.HandlerFunc(livez))
	a.route(http.MethodGet, "/readyz", http.HandlerFunc(a.readyz))
	a.mount("/", http.HandlerFunc(notFound))
	return a.mux
}
