package indexcache

import (
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/citebot/citebot/knowledge"
)

// piafDir is the PIAF corpus beside the project.
const piafDir = "../../../shared/data/piaf/corpus"

// BenchmarkCorpusKeyPIAF is a warm start's check that the articles are
// those of the index file: every article hashed (hashAll) against the
// sums file's stats (sums).
func BenchmarkCorpusKeyPIAF(b *testing.B) {
	fsys := os.DirFS(piafDir)
	if _, err := fs.Stat(fsys, "."); err != nil {
		b.Skipf("PIAF corpus not found beside the project: %v", err)
	}
	b.Run("hashAll", func(b *testing.B) {
		for b.Loop() {
			if _, err := knowledge.CorpusKey(fsys, "bench"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("sums", func(b *testing.B) {
		file := filepath.Join(b.TempDir(), "corpus.idx.sums")
		logger := slog.New(slog.DiscardHandler)
		if _, err := corpusKey(fsys, "bench", file, time.Now(), logger); err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			if _, err := corpusKey(fsys, "bench", file, time.Now(), logger); err != nil {
				b.Fatal(err)
			}
		}
	})
}
