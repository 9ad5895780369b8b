package indexcache

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/citebot/citebot/knowledge"
)

const seedDir = "../corpus/articles"

// copyCorpus copies the bundled articles to a new folder, to change them.
func copyCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(files) == 0 {
		t.Fatal("no bundled article")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// open opens the corpus through the index file and returns the base and
// what was logged.
func open(t *testing.T, dir, file string) (*knowledge.Base, string) {
	t.Helper()
	var log bytes.Buffer
	b, err := Open(os.DirFS(dir), file, "test", slog.New(slog.NewTextHandler(&log, &slog.HandlerOptions{Level: slog.LevelDebug})))
	if err != nil {
		t.Fatal(err)
	}
	return b, log.String()
}

// same reports whether two bases hold the same articles and answer a
// search alike.
func same(t *testing.T, a, b *knowledge.Base) {
	t.Helper()
	if !reflect.DeepEqual(a.Articles, b.Articles) {
		t.Fatal("the articles differ")
	}
	q := []knowledge.QueryTerm{{Stem: "internet", Weight: 1}, {Stem: "chin", Weight: 1}, {Stem: "sommet", Weight: 0.5}}
	p := knowledge.DefaultSearchParams()
	if !reflect.DeepEqual(a.Search(q, p, 10), b.Search(q, p, 10)) {
		t.Fatal("the searches differ")
	}
}

// TestOpen walks an index file's life: written by the first start, read
// by the next, rebuilt when an article changes or the file is damaged or
// foreign, the answers always those of the articles as they are.
func TestOpen(t *testing.T) {
	dir := copyCorpus(t)
	file := filepath.Join(t.TempDir(), "cache", "corpus.idx")
	first, log := open(t, dir, file)
	if strings.Contains(log, "index file read") {
		t.Fatalf("first start read an index file: %s", log)
	}
	second, log := open(t, dir, file)
	if !strings.Contains(log, "index file read") {
		t.Fatalf("second start did not read the index file: %s", log)
	}
	same(t, first, second)
	valid, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}

	damage := []struct {
		name   string
		change func(t *testing.T)
		reason string
	}{
		{"article changed", func(t *testing.T) {
			f := filepath.Join(dir, "001_564679d4fd08fcf3.txt")
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(f, append(raw, "\n\nUn paragraphe ajouté : le sommet de Lisbonne aura lieu en 2031.\n"...), 0o644); err != nil {
				t.Fatal(err)
			}
		}, "other articles"},
		{"truncated", func(t *testing.T) { write(t, file, valid[:len(valid)*2/3]) }, "truncated or corrupt"},
		{"corrupted", func(t *testing.T) {
			bad := bytes.Clone(valid)
			bad[len(bad)/2] ^= 1
			write(t, file, bad)
		}, "truncated or corrupt"},
		{"empty", func(t *testing.T) { write(t, file, nil) }, "not an index file"},
		{"foreign", func(t *testing.T) { write(t, file, []byte("PK\x03\x04 une archive zip")) }, "not a citebot index"},
	}
	for _, d := range damage {
		t.Run(d.name, func(t *testing.T) {
			d.change(t)
			fresh, err := knowledge.Load(os.DirFS(dir))
			if err != nil {
				t.Fatal(err)
			}
			got, log := open(t, dir, file)
			if !strings.Contains(log, "index file rebuilt") || !strings.Contains(log, d.reason) {
				t.Errorf("log does not say the file was rebuilt (%s): %s", d.reason, log)
			}
			same(t, fresh, got)
			again, log := open(t, dir, file)
			if !strings.Contains(log, "index file read") {
				t.Errorf("the rebuilt file was not read: %s", log)
			}
			same(t, fresh, again)
			if valid, err = os.ReadFile(file); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestOpenUnwritableCache checks that a cache that cannot be written
// costs only time: the articles are loaded, and a warning says why.
func TestOpenUnwritableCache(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "a-file")
	write(t, blocker, []byte("x"))
	b, log := open(t, seedDir, filepath.Join(blocker, "corpus.idx"))
	if len(b.Articles) != 4 || !strings.Contains(log, "index file not written") {
		t.Fatalf("got %d articles, log %s", len(b.Articles), log)
	}
}

func write(t *testing.T, file string, data []byte) {
	t.Helper()
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestTwoProcesses starts two processes at once on the same empty cache:
// both must come up with the right articles, and leave one whole file
// that a third start reads.
func TestTwoProcesses(t *testing.T) {
	if file := os.Getenv("CITEBOT_TEST_OPEN"); file != "" {
		b, err := Open(os.DirFS(seedDir), file, "test", slog.New(slog.NewTextHandler(io.Discard, nil)))
		if err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		fmt.Println(len(b.Articles), len(b.Sentences))
		os.Exit(0)
	}
	file := filepath.Join(t.TempDir(), "corpus.idx")
	want, err := knowledge.Load(os.DirFS(seedDir))
	if err != nil {
		t.Fatal(err)
	}
	wantOut := fmt.Sprintln(len(want.Articles), len(want.Sentences))
	for round := range 3 {
		var cmds []*exec.Cmd
		var outs []*bytes.Buffer
		for range 2 {
			cmd := exec.Command(os.Args[0], "-test.run=^TestTwoProcesses$", "-test.timeout=60s")
			cmd.Env = append(os.Environ(), "CITEBOT_TEST_OPEN="+file)
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			cmds, outs = append(cmds, cmd), append(outs, &out)
		}
		for i, cmd := range cmds {
			if err := cmd.Wait(); err != nil || outs[i].String() != wantOut {
				t.Fatalf("round %d, process %d: %v, output %q, want %q", round, i, err, outs[i], wantOut)
			}
		}
		if round == 0 {
			// the next rounds start on a stale file: both rebuild it at once
			write(t, file, []byte("citebot index\x00\x00\x00 stale"))
		}
	}
	got, log := open(t, seedDir, file)
	if !strings.Contains(log, "index file read") {
		t.Fatalf("the file the processes left was not read: %s", log)
	}
	same(t, want, got)
	if left, _ := filepath.Glob(file + ".*.tmp"); len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}
