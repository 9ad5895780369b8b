package indexcache

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/citebot/citebot/knowledge"
)

// countingFS is a folder that counts the articles opened (read) in it.
type countingFS struct {
	fs.FS
	reads atomic.Int64
}

func (c *countingFS) Open(name string) (fs.File, error) {
	if strings.HasSuffix(name, ".txt") {
		c.reads.Add(1)
	}
	return c.FS.Open(name)
}

func (c *countingFS) Stat(name string) (fs.FileInfo, error) { return fs.Stat(c.FS, name) }

// keyOf runs corpusKey on dir at the time now and returns the key, how
// many articles it read and what it logged; the key must be the one
// hashing every article gives.
func keyOf(t *testing.T, dir, sumsFile string, now time.Time) (knowledge.Key, int64, string) {
	t.Helper()
	var log bytes.Buffer
	c := &countingFS{FS: os.DirFS(dir)}
	got, err := corpusKey(c, "test", sumsFile, now, slog.New(slog.NewTextHandler(&log, &slog.HandlerOptions{Level: slog.LevelDebug})))
	if err != nil {
		t.Fatal(err)
	}
	want, err := knowledge.CorpusKey(os.DirFS(dir), "test")
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Fatalf("corpusKey with the sums file differs from CorpusKey; log: %s", log.String())
	}
	return got, c.reads.Load(), log.String()
}

// TestCorpusKeyReadsOnlyChanged checks that a start reads only the
// articles changed since the sums file was written, however they were
// changed, and always finds the key of the articles as they are.
func TestCorpusKeyReadsOnlyChanged(t *testing.T) {
	dir := copyCorpus(t)
	sumsFile := filepath.Join(t.TempDir(), "corpus.idx.sums")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	n := int64(len(files))
	// The stats are taken "an hour later": the copies are not racy then.
	later := time.Now().Add(time.Hour)
	key, reads, _ := keyOf(t, dir, sumsFile, later)
	if reads != n {
		t.Fatalf("first start read %d articles of %d", reads, n)
	}
	if _, reads, log := keyOf(t, dir, sumsFile, later); reads != 0 {
		t.Fatalf("second start read %d articles, want none: %s", reads, log)
	}

	f := files[0]
	raw, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(f)
	if err != nil {
		t.Fatal(err)
	}
	changes := []struct {
		name   string
		change func(t *testing.T)
		reads  int64
	}{
		{"same size, modification time set back", func(t *testing.T) {
			// past the file system's clock tick, so that the change time
			// moves (a write within the tick is the racy case)
			time.Sleep(20 * time.Millisecond)
			bad := bytes.Clone(raw)
			bad[len(bad)/2] ^= 1
			write(t, f, bad)
			if err := os.Chtimes(f, info.ModTime(), info.ModTime()); err != nil {
				t.Fatal(err)
			}
		}, 1},
		{"replaced by a copy of the same size and times", func(t *testing.T) {
			tmp := filepath.Join(dir, "replacement.tmp")
			write(t, tmp, raw)
			if err := os.Chtimes(tmp, info.ModTime(), info.ModTime()); err != nil {
				t.Fatal(err)
			}
			if err := os.Rename(tmp, f); err != nil {
				t.Fatal(err)
			}
		}, 1},
		{"an article added", func(t *testing.T) {
			write(t, filepath.Join(dir, "zz_ajout.txt"), []byte("Un article ajouté.\n\nIl parle du sommet de Lisbonne en 2031.\n"))
		}, 1},
		{"an article removed", func(t *testing.T) {
			if err := os.Remove(filepath.Join(dir, "zz_ajout.txt")); err != nil {
				t.Fatal(err)
			}
		}, 0},
		{"the sums file corrupt", func(t *testing.T) { write(t, sumsFile, []byte("citebot sums\x00\x00\x00\x00 abîmé")) }, n},
		{"the sums file of another format", func(t *testing.T) {
			s, err := readSums(sumsFile)
			if err != nil {
				t.Fatal(err)
			}
			b := s.encode()
			b = b[:len(b)-4]
			b[len(sumsMagic)]++
			write(t, sumsFile, binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b)))
		}, n},
	}
	for _, c := range changes {
		t.Run(c.name, func(t *testing.T) {
			c.change(t)
			now, reads, log := keyOf(t, dir, sumsFile, later)
			if reads != c.reads {
				t.Errorf("read %d articles, want %d: %s", reads, c.reads, log)
			}
			if c.reads == n && !strings.Contains(log, "sums file ignored") {
				t.Errorf("the log does not say the sums file was ignored: %s", log)
			}
			if strings.Contains(c.name, "format") && !strings.Contains(log, fmt.Sprintf("format %d, not %d", sumsFormat+1, sumsFormat)) {
				t.Errorf("the log does not give the format: %s", log)
			}
			if now == key && c.reads < n {
				t.Error("the key did not change with the articles")
			}
			key = now
			if _, reads, log := keyOf(t, dir, sumsFile, later); reads != 0 {
				t.Errorf("the next start read %d articles, want none: %s", reads, log)
			}
		})
	}
}

// TestCorpusKeyRacy checks that articles changed just before their stats
// were taken are read again at the next start: a write within the same
// clock tick could have left their times as they were.
func TestCorpusKeyRacy(t *testing.T) {
	dir := copyCorpus(t)
	sumsFile := filepath.Join(t.TempDir(), "corpus.idx.sums")
	now := time.Now()
	_, first, _ := keyOf(t, dir, sumsFile, now)
	_, second, log := keyOf(t, dir, sumsFile, now.Add(time.Hour))
	if first == 0 || second != first {
		t.Fatalf("read %d then %d articles changed within %v of the stats, want all twice: %s", first, second, racyWindow, log)
	}
	if _, third, log := keyOf(t, dir, sumsFile, now.Add(time.Hour)); third != 0 {
		t.Fatalf("read %d articles once their stats were old enough, want none: %s", third, log)
	}
}

// TestCorpusKeyUnwritableSums checks that a sums file that cannot be
// written costs only time.
func TestCorpusKeyUnwritableSums(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "a-file")
	write(t, blocker, []byte("x"))
	_, reads, log := keyOf(t, seedDir, filepath.Join(blocker, "corpus.idx.sums"), time.Now())
	if reads == 0 || !strings.Contains(log, "sums file not written") {
		t.Fatalf("read %d articles; log %s", reads, log)
	}
}

// sampleSums is a sums file's content with names of every length.
func sampleSums() sums {
	s := sums{taken: time.Date(2026, 12, 6, 8, 0, 0, 0, time.UTC).UnixNano()}
	for i, name := range []string{"", "a.txt", "dossier/l’article été.md", strings.Repeat("x", maxSumsName)} {
		f := fileSum{name: name, stat: fileStat{size: int64(1000 * i), mtime: -int64(i), ctime: 1 << 62, ino: uint64(i) << 40, dev: 7}}
		f.sum[0], f.sum[31] = byte(i), 0xff
		s.files = append(s.files, f)
	}
	return s
}

func TestSumsRoundTrip(t *testing.T) {
	s := sampleSums()
	b := s.encode()
	got, err := decodeSums(b)
	if err != nil || !reflect.DeepEqual(got, s) {
		t.Fatalf("decodeSums(encode) = %+v, %v", got, err)
	}
	if !bytes.Equal(got.encode(), b) {
		t.Fatal("encoding the same sums twice gave other bytes")
	}
	for cut := range len(b) {
		if _, err := decodeSums(b[:cut]); err == nil {
			t.Fatalf("a sums file cut at %d bytes of %d was read", cut, len(b))
		}
	}
	swapped, twice := sampleSums(), sampleSums()
	swapped.files[1], swapped.files[2] = swapped.files[2], swapped.files[1]
	twice.files[2].name = twice.files[1].name
	for _, bad := range []sums{swapped, twice} {
		if got, err := decodeSums(bad.encode()); err == nil {
			t.Fatalf("a sums file with its names out of order or twice was read: %+v", got)
		}
	}
}

func FuzzDecodeSums(f *testing.F) {
	f.Add(sampleSums().encode())
	f.Add(sums{}.encode())
	f.Add([]byte(sumsMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := decodeSums(data)
		if err != nil {
			return
		}
		again, err := decodeSums(s.encode())
		if err != nil || !reflect.DeepEqual(again, s) {
			t.Fatalf("a decoded sums file does not survive encoding: %v", err)
		}
	})
}
