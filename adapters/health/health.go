// Package health tracks whether citebot can answer: the corpus loaded and
// every configured platform connected. The HTTP API serves it as /readyz,
// for orchestrators and `citebot healthcheck`.
package health

import (
	"maps"
	"slices"
	"sync"
)

// Health is the readiness of one citebot process; adapters report to it
// through PlatformUp (it is a platform.StatusReporter).
type Health struct {
	mu        sync.Mutex
	articles  int
	loaded    bool
	platforms map[string]bool // configured platform → connected
}

// New expects the platforms named, each down until it reports up.
func New(platforms ...string) *Health {
	h := &Health{platforms: map[string]bool{}}
	for _, p := range platforms {
		h.platforms[p] = false
	}
	return h
}

// CorpusLoaded records that the articles are loaded, and how many.
func (h *Health) CorpusLoaded(articles int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.loaded, h.articles = true, articles
}

// PlatformUp records a platform's connection; platforms not expected at
// New are ignored (the HTTP API is up as long as it can answer /readyz).
func (h *Health) PlatformUp(platform string, up bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, ok := h.platforms[platform]; ok {
		h.platforms[platform] = up
	}
}

// Status is what /readyz reports.
type Status struct {
	Ready     bool            `json:"ready"`
	Articles  int             `json:"articles"`
	Platforms map[string]bool `json:"platforms"`
	// Waiting names what is not ready yet, sorted: "corpus" or platforms.
	Waiting []string `json:"waiting"`
}

// Status reports readiness: the corpus loaded and every platform up.
func (h *Health) Status() Status {
	h.mu.Lock()
	defer h.mu.Unlock()
	s := Status{Articles: h.articles, Platforms: maps.Clone(h.platforms), Waiting: []string{}}
	if !h.loaded {
		s.Waiting = append(s.Waiting, "corpus")
	}
	for _, p := range slices.Sorted(maps.Keys(h.platforms)) {
		if !h.platforms[p] {
			s.Waiting = append(s.Waiting, p)
		}
	}
	s.Ready = len(s.Waiting) == 0
	return s
}
