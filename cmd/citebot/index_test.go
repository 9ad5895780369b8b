package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/corpus"
)

// TestIndexCommand writes the bundled articles' index file with -o (their
// index is compiled in, so there is no cache file to write for them), and a
// folder's into the cache, where ask then reads it and answers as without
// it.
func TestIndexCommand(t *testing.T) {
	out := filepath.Join(t.TempDir(), "seeds.idx")
	r := runCLI(t, nil, "", "index", "-o", out)
	if r.err != nil || !strings.Contains(r.stdout, "4 articles") {
		t.Fatalf("index -o: %v, %q", r.err, r.stdout)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	key, err := knowledge.CorpusKey(corpus.FS(), buildStamp())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := knowledge.ReadIndex(data, key); err != nil {
		t.Fatalf("the written file does not read: %v", err)
	}

	cache := t.TempDir()
	env := map[string]string{"CITEBOT_CACHE_DIR": cache}
	if r := runCLI(t, env, "", "index"); r.err == nil || !strings.Contains(r.err.Error(), "compiled into citebot") {
		t.Errorf("index of the bundled articles into the cache: %v, want a usage error", r.err)
	}
	if r := runCLI(t, env, "", "ask", "--json", "Qui est Lu Wei ?"); r.err != nil || !strings.Contains(r.stdout, `"answered":true`) {
		t.Fatalf("ask: %v, %s", r.err, r.stdout)
	}
	if files, _ := os.ReadDir(cache); len(files) != 0 {
		t.Errorf("asking about the bundled articles wrote %d files in the cache, want none", len(files))
	}

	// A folder's index leaves the articles' sums beside it, so that the
	// next start does not read them again.
	dir := t.TempDir()
	for _, f := range []string{"001.txt", "002.md"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("Le sommet de Londres s'est ouvert mardi.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if r := runCLI(t, env, "", "index", "--corpus", dir); r.err != nil {
		t.Fatal(r.err)
	}
	if sums, _ := filepath.Glob(filepath.Join(cache, "*.idx.sums")); len(sums) != 1 {
		t.Errorf("index left %d sums files in the cache, want 1", len(sums))
	}
	const q = "Où le sommet s'est-il ouvert ?"
	warm := runCLI(t, env, "", "ask", "--json", "--corpus", dir, q)
	cold := runCLI(t, map[string]string{"CITEBOT_CACHE_DIR": cacheDirOff}, "", "ask", "--json", "--corpus", dir, q)
	if warm.err != nil || cold.err != nil || warm.stdout != cold.stdout || !strings.Contains(warm.stdout, `"answered":true`) {
		t.Fatalf("answers from the index file and from the articles differ:\n%s %v\n%s %v", warm.stdout, warm.err, cold.stdout, cold.err)
	}

	if r := runCLI(t, map[string]string{"CITEBOT_CACHE_DIR": cacheDirOff}, "", "index", "--corpus", dir); r.err == nil {
		t.Error("index with the cache off and no -o succeeded")
	}
	if r := runCLI(t, nil, "", "index", "extra"); r.err == nil {
		t.Error("index accepted an argument")
	}
}

// TestBundledBase reads the bundled articles from the index file compiled
// in with them, and refuses one that is not theirs (other articles, another
// format, half a file), which loadCorpus then replaces by indexing them.
func TestBundledBase(t *testing.T) {
	base, err := bundledBase(corpus.Index())
	if err != nil {
		t.Fatal(err)
	}
	if len(base.Articles) != 4 {
		t.Fatalf("%d articles, want 4", len(base.Articles))
	}
	other, err := knowledge.CorpusKey(corpus.FS(), "another program")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := base.WriteIndex(&buf, other); err != nil {
		t.Fatal(err)
	}
	format := bytes.Clone(corpus.Index())
	format[16]++ // the format version, little-endian
	for _, c := range []struct {
		name string
		data []byte
		want error
	}{
		{"other articles", buf.Bytes(), knowledge.ErrIndexStale},
		{"another format", format, knowledge.ErrIndexStale},
		{"half a file", corpus.Index()[:len(corpus.Index())/2], knowledge.ErrIndexCorrupt},
	} {
		if _, err := bundledBase(c.data); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
}

// TestNoCacheDirectory: with no cache directory to be found (no
// CITEBOT_CACHE_DIR, no XDG_CACHE_HOME, no HOME, as under a bare service
// manager), a folder's articles are indexed at every start, with a
// warning, and the bundled ones read from their compiled-in index; both
// answer.
func TestNoCacheDirectory(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", "")
	t.Setenv("HOME", "")
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "001.txt"), []byte("Le sommet de Londres s'est ouvert mardi.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"CITEBOT_CACHE_DIR": ""}
	r := runCLI(t, env, "", "ask", "--json", "--corpus", dir, "Où le sommet s'est-il ouvert ?")
	if r.err != nil || !strings.Contains(r.stdout, `"answered":true`) || !strings.Contains(r.stderr, "no index file") {
		t.Errorf("a folder with no cache directory: %v\n%s\n%s", r.err, r.stdout, r.stderr)
	}
	r = runCLI(t, env, "", "ask", "--json", "Qui est Lu Wei ?")
	if r.err != nil || !strings.Contains(r.stdout, `"answered":true`) || r.stderr != "" {
		t.Errorf("the bundled articles with no cache directory: %v\n%s\n%s", r.err, r.stdout, r.stderr)
	}
}
