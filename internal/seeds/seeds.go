// Package seeds loads the bundled articles once per test binary, for the
// tests of the packages above knowledge.
package seeds

import (
	"sync"
	"testing"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/corpus"
)

var load = sync.OnceValues(func() (*knowledge.Base, error) { return knowledge.Load(corpus.FS()) })

// Base returns the knowledge of the bundled articles, failing t if they do
// not load.
func Base(t testing.TB) *knowledge.Base {
	t.Helper()
	b, err := load()
	if err != nil {
		t.Fatalf("load bundled articles: %v", err)
	}
	return b
}
