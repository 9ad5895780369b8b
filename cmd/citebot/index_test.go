package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/corpus"
)

// TestIndexCommand writes the bundled articles' index file with -o and
// into the cache, where ask then reads it and answers as without it.
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
	if r := runCLI(t, env, "", "index"); r.err != nil {
		t.Fatal(r.err)
	}
	if _, err := os.Stat(filepath.Join(cache, "bundled.idx")); err != nil {
		t.Fatalf("index wrote no file in the cache: %v", err)
	}
	const q = "Qui est Lu Wei ?"
	warm := runCLI(t, env, "", "ask", "--json", q)
	cold := runCLI(t, map[string]string{"CITEBOT_CACHE_DIR": cacheDirOff}, "", "ask", "--json", q)
	if warm.err != nil || cold.err != nil || warm.stdout != cold.stdout || !strings.Contains(warm.stdout, `"answered":true`) {
		t.Fatalf("answers from the index file and from the articles differ:\n%s %v\n%s %v", warm.stdout, warm.err, cold.stdout, cold.err)
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

	if r := runCLI(t, map[string]string{"CITEBOT_CACHE_DIR": cacheDirOff}, "", "index"); r.err == nil {
		t.Error("index with the cache off and no -o succeeded")
	}
	if r := runCLI(t, nil, "", "index", "extra"); r.err == nil {
		t.Error("index accepted an argument")
	}
}
