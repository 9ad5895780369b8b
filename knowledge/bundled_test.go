package knowledge

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/citebot/citebot/internal/gencheck"
	"github.com/citebot/citebot/knowledge/corpus"
)

// TestBundledIndexIsCurrent holds the index file compiled in with the
// bundled articles to what indexing them gives now: a change to the
// articles, to their analysis or to the index format fails here until the
// file is rewritten (-update).
func TestBundledIndexIsCurrent(t *testing.T) {
	base, err := Load(corpus.FS())
	if err != nil {
		t.Fatal(err)
	}
	key, err := CorpusKey(corpus.FS(), corpus.IndexBuild)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := base.WriteIndex(&buf, key); err != nil {
		t.Fatal(err)
	}
	gencheck.Check(t, filepath.Join("corpus", corpus.IndexFile), buf.Bytes(), *update, corpus.RegenerateIndex)
}
