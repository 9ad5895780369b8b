package knowledge

import (
	"bytes"
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
	reportHeap(b, fsys, func() (*Base, error) { return Load(fsys) })
}

// BenchmarkReadIndexPIAF measures a warm start's share of knowledge: the
// base read from its index file already in memory (the file is mapped in
// production), and reports the file's size per corpus byte.
func BenchmarkReadIndexPIAF(b *testing.B) {
	benchmarkReadIndex(b, piafDir)
}

func BenchmarkReadIndexSeeds(b *testing.B) {
	benchmarkReadIndex(b, seedDir)
}

// BenchmarkCorpusKeyPIAF measures the other share of a warm start: the
// corpus's files read and hashed into the key its index file is found by.
func BenchmarkCorpusKeyPIAF(b *testing.B) {
	fsys := os.DirFS(piafDir)
	if _, err := fs.Stat(fsys, "."); err != nil {
		b.Skipf("PIAF corpus not found beside the project: %v", err)
	}
	b.SetBytes(corpusBytes(b, fsys))
	for b.Loop() {
		if _, err := CorpusKey(fsys, "bench"); err != nil {
			b.Fatal(err)
		}
	}
}

func benchmarkReadIndex(b *testing.B, dir string) {
	fsys := os.DirFS(dir)
	base, err := Load(fsys)
	if err != nil {
		b.Skipf("corpus not found: %v", err)
	}
	var buf bytes.Buffer
	if err := base.WriteIndex(&buf, Key{}); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadIndex(data, Key{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(data)), "file-B")
	b.ReportMetric(float64(len(data))/float64(corpusBytes(b, fsys)), "file-B/corpus-B")
}

// BenchmarkHeapPIAFIndexed is BenchmarkHeapPIAF for a base read from its
// index file: what the heap holds beyond the mapped file.
func BenchmarkHeapPIAFIndexed(b *testing.B) {
	fsys := os.DirFS(piafDir)
	base, err := Load(fsys)
	if err != nil {
		b.Skipf("PIAF corpus not found beside the project: %v", err)
	}
	var buf bytes.Buffer
	if err := base.WriteIndex(&buf, Key{}); err != nil {
		b.Fatal(err)
	}
	base = nil
	reportHeap(b, fsys, func() (*Base, error) { return ReadIndex(buf.Bytes(), Key{}) })
}

// reportHeap reports the live heap a base that load makes holds, after a
// collection: in bytes, and per byte of the corpus fsys.
func reportHeap(b *testing.B, fsys fs.FS, load func() (*Base, error)) {
	var before, after runtime.MemStats
	var heap float64
	for b.Loop() {
		runtime.GC()
		runtime.ReadMemStats(&before)
		base, err := load()
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
