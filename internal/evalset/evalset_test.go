package evalset

import (
	"bytes"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

func TestFoldIsStable(t *testing.T) {
	// Golden folds: a change here moves every held-out figure reported.
	for id, want := range map[string]int{
		"piaf000-sport":        4,
		"piaf001-jakob-bohme":  2,
		"piaf003-egypte":       4,
		"000_01ced38fed6e86f1": 4,
	} {
		if got := Fold(id, 5); got != want {
			t.Errorf("Fold(%q, 5) = %d, want %d", id, got, want)
		}
	}
	if Fold("anything", 1) != 0 || Fold("anything", 0) != 0 {
		t.Error("one fold (or none) must be fold 0")
	}
	if InTraining("piaf001-jakob-bohme", 2, 5) || !InTraining("piaf000-sport", 2, 5) {
		t.Error("InTraining disagrees with Fold")
	}
}

// TestFoldsBalancedOnPIAF checks that the five folds of the real corpus
// are of similar size, so that no fold's figure rests on a few articles.
func TestFoldsBalancedOnPIAF(t *testing.T) {
	entries, err := os.ReadDir("../../../shared/data/piaf/corpus")
	if err != nil {
		t.Skip("PIAF not beside the repository:", err)
	}
	count := make([]int, DefaultFolds)
	for _, e := range entries {
		count[Fold(ArticleID(e.Name()), DefaultFolds)]++
	}
	for f, n := range count {
		if n < len(entries)/DefaultFolds*3/4 {
			t.Errorf("fold %d holds %d of %d articles: %v", f, n, len(entries), count)
		}
	}
}

func TestPIAFNumber(t *testing.T) {
	for _, c := range []struct {
		id   string
		n    int
		ok   bool
		even bool
	}{
		{"piaf000-sport", 0, true, true},
		{"piaf001-jakob-bohme", 1, true, false},
		{"piaf478", 478, true, true},
		{"piaf-x", 0, false, false},
		{"000_01ced38fed6e86f1", 0, false, false},
		{"", 0, false, false},
	} {
		n, ok := PIAFNumber(c.id)
		if n != c.n || ok != c.ok || EvenPIAF(c.id) != c.even {
			t.Errorf("%q: PIAFNumber = %d, %v; EvenPIAF = %v; want %d, %v, %v", c.id, n, ok, EvenPIAF(c.id), c.n, c.ok, c.even)
		}
	}
}

func TestFilterFS(t *testing.T) {
	src := fstest.MapFS{
		"piaf000-a.txt":     {Data: []byte("a")},
		"piaf001-b.txt":     {Data: []byte("b")},
		"sub/piaf002-c.md":  {Data: []byte("c")},
		"sub/piaf003-d.TXT": {Data: []byte("d")},
		"README":            {Data: []byte("r")},
	}
	f := FilterFS(src, EvenPIAF)
	var got []string
	err := fs.WalkDir(f, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			got = append(got, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := "README piaf000-a.txt sub/piaf002-c.md"; strings.Join(got, " ") != want {
		t.Errorf("walk = %v, want %s", got, want)
	}
	if _, err := fs.ReadFile(f, "piaf001-b.txt"); err == nil {
		t.Error("a hidden article could still be opened")
	}
	if b, err := fs.ReadFile(f, "sub/piaf002-c.md"); err != nil || string(b) != "c" {
		t.Errorf("kept article: %q, %v", b, err)
	}
	if err := fstest.TestFS(f, "README", "piaf000-a.txt", "sub/piaf002-c.md"); err != nil {
		t.Error(err)
	}
}

func TestSplitGold(t *testing.T) {
	in := `{"id": "a", "question": "Qui ?", "article": "piaf000-x", "answer": ["X"], "evidence": "", "type": "who", "variant": "piaf"}

{"id": "b", "question": "Où ?", "article": "piaf001-y", "answer": ["Y"], "evidence": "", "type": "where", "variant": "piaf"}
{"id": "c", "question": "Hors sujet ?", "article": null, "answer": [], "evidence": "", "type": "oos", "variant": "plain"}
`
	var out bytes.Buffer
	c, err := SplitGold(strings.NewReader(in), &out, EvenPIAF)
	if err != nil {
		t.Fatal(err)
	}
	if c != (SplitCounts{InScope: 1, OutOfScope: 2}) {
		t.Errorf("counts %+v", c)
	}
	want := `{"id":"a","question":"Qui ?","article":"piaf000-x","answer":["X"],"evidence":"","type":"who","variant":"piaf"}
{"id":"b","question":"Où ?","article":null,"answer":["Y"],"evidence":"","type":"where","variant":"piaf","hidden_article":"piaf001-y"}
{"id":"c","question":"Hors sujet ?","article":null,"answer":[],"evidence":"","type":"oos","variant":"plain"}
`
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
	if _, err := SplitGold(strings.NewReader("{\"id\": \"a\"}\nnot json\n"), &out, EvenPIAF); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("bad line: %v", err)
	}
}
