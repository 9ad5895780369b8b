package knowledge

import (
	"io/fs"
	"os"
	"runtime"
	"testing"
)

// corpusBytes is the size of the corpus's files.
func corpusBytes(b *testing.B, fsys fs.FS) int64 {
	var n int64
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err == nil {
			n += info.Size()
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return n
}

// BenchmarkHeapPIAF reports the live heap a loaded PIAF base holds, after
// a collection, per byte of corpus (heap-B/corpus-B): what a larger corpus
// costs in memory.
func BenchmarkHeapPIAF(b *testing.B) {
	fsys := os.DirFS(piafDir)
	if _, err := fs.Stat(fsys, "."); err != nil {
		b.Skipf("PIAF corpus not found beside the project: %v", err)
	}
	var before, after runtime.MemStats
	var heap float64
	for b.Loop() {
		runtime.GC()
		runtime.ReadMemStats(&before)
		base, err := Load(fsys)
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		heap = float64(after.HeapAlloc) - float64(before.HeapAlloc)
		runtime.KeepAlive(base)
	}
	b.ReportMetric(heap, "heap-B")
	b.ReportMetric(heap/float64(corpusBytes(b, fsys)), "heap-B/corpus-B")
}
