package knowledge

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// update rewrites the golden files of this package: go test ./knowledge -update
var update = flag.Bool("update", false, "rewrite the golden files in testdata/, and the bundled articles' index file (TestBundledIndexIsCurrent)")

const (
	seedDir = "corpus/articles"
	// piafDir is the PIAF corpus beside the project (../shared from the
	// repository's root).
	piafDir = "../../shared/data/piaf/corpus"
)

// TestLoadSeedsGolden pins what the cleaner and the splitter make of the four
// bundled articles: title, date, and every paragraph with its numbered
// sentences. Run with -update after an intended change and read the diff.
func TestLoadSeedsGolden(t *testing.T) {
	b, err := Load(os.DirFS(seedDir))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Articles) != 4 {
		t.Fatalf("loaded %d articles, want 4", len(b.Articles))
	}
	for _, a := range b.Articles {
		t.Run(a.ID, func(t *testing.T) {
			got := renderArticle(a)
			golden := filepath.Join("testdata", "clean", a.ID+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./knowledge -run Golden -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from the golden file; got:\n%s", golden, got)
			}
			raw, err := os.ReadFile(filepath.Join(seedDir, a.Path))
			if err != nil {
				t.Fatal(err)
			}
			checkSentencesVerbatim(t, string(raw), a)
		})
	}
}

// renderArticle prints an article the way a reader checks it.
func renderArticle(a *Article) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "id: %s\ntitle: %s\n", a.ID, a.Title)
	if a.Date != "" {
		fmt.Fprintf(&sb, "date: %s (%s)\n", a.Date, a.DateText)
	} else {
		sb.WriteString("date: none stated\n")
	}
	for _, p := range a.Paragraphs {
		fmt.Fprintf(&sb, "\n¶%d\n", p.N)
		for _, s := range p.Sentences {
			fmt.Fprintf(&sb, "  %d. %s\n", s.N, s.Text)
		}
	}
	return sb.String()
}

// checkSentencesVerbatim verifies that every sentence of a is in the file
// with white space folded (what the scorer checks), and that the numbering
// counts from 1.
func checkSentencesVerbatim(t *testing.T, raw string, a *Article) {
	t.Helper()
	folded := foldSpace(raw)
	for i, p := range a.Paragraphs {
		if p.N != i+1 {
			t.Errorf("%s: paragraph %d is numbered %d", a.ID, i+1, p.N)
		}
		for j, s := range p.Sentences {
			if s.N != j+1 || s.Paragraph != p.N || s.Article != a {
				t.Errorf("%s: sentence %d.%d is numbered %d.%d", a.ID, p.N, j+1, s.Paragraph, s.N)
			}
			if !strings.Contains(folded, foldSpace(s.Text)) {
				t.Errorf("%s: sentence %d.%d is not in the file: %q", a.ID, p.N, s.N, s.Text)
			}
		}
	}
}

// TestLoadSeedsFacts states, apart from the golden files, what the issue
// requires of the seeds: no boilerplate line is indexed, the paragraph
// printed twice is indexed once, every article has a title, the Reuters
// dispatch is dated.
func TestLoadSeedsFacts(t *testing.T) {
	b, err := Load(os.DirFS(seedDir))
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, s := range b.Sentences {
		all = append(all, s.Text)
	}
	text := strings.Join(all, "\n")
	for _, junk := range []string{"Rechercher", "Partager", "CONFERENCES INTERNATIONALES", "narrow-browser", "0 : 0", "chine 3", "a month ago", "Un système de censure pourtant", "Une volonté de démocratiser"} {
		if strings.Contains(text, junk) {
			t.Errorf("boilerplate %q is indexed", junk)
		}
	}
	if n := strings.Count(text, "Les sept pays les plus industrialisés"); n != 1 {
		t.Errorf("the G8 paragraph is indexed %d times, want once", n)
	}
	for _, a := range b.Articles {
		if a.Title == "" {
			t.Errorf("%s has no title", a.ID)
		}
	}
	if a := b.Article("001_564679d4fd08fcf3"); a == nil || a.Date != "2018-11-12" || a.DateText != "November 12, 2018" {
		t.Errorf("the Reuters dispatch is not dated November 12, 2018: %+v", a)
	}
}

// TestLoadPIAF loads the PIAF corpus: every article keeps each of its
// paragraphs (PIAF has no boilerplate), takes its title from the front
// matter, and every sentence is verbatim in its file.
func TestLoadPIAF(t *testing.T) {
	if _, err := os.Stat(piafDir); err != nil {
		t.Skipf("PIAF corpus not found beside the project: %v", err)
	}
	b, err := Load(os.DirFS(piafDir))
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(piafDir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Articles) != len(files) {
		t.Fatalf("loaded %d articles from %d files", len(b.Articles), len(files))
	}
	blankLines := regexp.MustCompile(`\n[ \t]*\n`)
	paragraphs := 0
	for _, a := range b.Articles {
		raw, err := os.ReadFile(filepath.Join(piafDir, a.Path))
		if err != nil {
			t.Fatal(err)
		}
		fm, body, err := parseFrontMatter(string(raw))
		if err != nil {
			t.Fatalf("%s: %v", a.Path, err)
		}
		want := 0
		for _, block := range blankLines.Split(body, -1) {
			if strings.TrimSpace(block) != "" {
				want++
			}
		}
		if len(a.Paragraphs) != want {
			t.Errorf("%s: %d paragraphs, want %d", a.ID, len(a.Paragraphs), want)
		}
		if a.Title != fm.Title || a.Title == "" {
			t.Errorf("%s: title %q, front matter says %q", a.ID, a.Title, fm.Title)
		}
		paragraphs += len(a.Paragraphs)
		checkSentencesVerbatim(t, string(raw), a)
	}
	t.Logf("%d articles, %d paragraphs, %d sentences", len(b.Articles), paragraphs, len(b.Sentences))
}

// failingFS is a folder whose listed files cannot be opened.
type failingFS struct {
	files fstest.MapFS
	fail  map[string]error
}

func (f failingFS) Open(name string) (fs.File, error) {
	if err, ok := f.fail[name]; ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return f.files.Open(name)
}

func TestLoadErrors(t *testing.T) {
	good := &fstest.MapFile{Data: []byte("Un titre\n\nLe texte de l'article.\n")}
	errDisk := errors.New("input/output error")
	tests := []struct {
		name string
		fsys fs.FS
		// want is a substring of the error message; is, when set, an error
		// it must wrap.
		want string
		is   error
	}{
		{
			name: "not UTF-8",
			fsys: fstest.MapFS{"a.txt": good, "sub/latin1.txt": {Data: []byte("Le pr\xe9sident a parl\xe9.")}},
			want: "sub/latin1.txt",
		},
		{
			name: "unreadable file",
			fsys: failingFS{files: fstest.MapFS{"a.txt": good, "b.md": good}, fail: map[string]error{"b.md": errDisk}},
			want: "b.md",
			is:   errDisk,
		},
		{
			name: "unreadable folder",
			fsys: failingFS{files: fstest.MapFS{"a.txt": good, "sub/b.txt": good}, fail: map[string]error{"sub": fs.ErrPermission}},
			want: "sub",
			is:   fs.ErrPermission,
		},
		{
			name: "broken front matter",
			fsys: fstest.MapFS{"a.txt": {Data: []byte("---\ntitle: [pas fermé\n---\nTexte.")}},
			want: "a.txt",
		},
		{name: "empty folder", fsys: fstest.MapFS{}, is: ErrEmptyCorpus},
		{
			name: "no article files",
			fsys: fstest.MapFS{"notes.json": {Data: []byte(`{"a": 1}`)}, ".hidden/a.txt": good, ".b.txt": good},
			is:   ErrEmptyCorpus,
		},
		{
			name: "only page furniture",
			fsys: fstest.MapFS{"a.txt": {Data: []byte("Rechercher\n\n\u00a0\n\nPartager >>\n0 : 0\n")}, "b.md": {Data: []byte("")}},
			is:   ErrEmptyCorpus,
		},
		{
			name: "same id twice",
			fsys: fstest.MapFS{"a/x.txt": good, "b/x.md": good},
			want: `same article id "x"`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Load(tt.fsys)
			if err == nil {
				t.Fatalf("Load succeeded with %d articles, want an error", len(b.Articles))
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not name %q", err, tt.want)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %q does not wrap %q", err, tt.is)
			}
		})
	}
}

func TestLoadMarkdownAndBOM(t *testing.T) {
	fsys := fstest.MapFS{
		"notes/sommet.md": {Data: []byte("\ufeff---\r\ntitle: Le sommet\r\ndate: 2018-11-12\r\n---\r\n# Ignoré car la front matter a un titre\r\n\r\nLe président a reçu les participants au sommet sur la\r\nconfiance dans le cyberespace. M. Dupont était là.\r\n")},
	}
	b, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	a := b.Article("sommet")
	if a == nil {
		t.Fatal("article sommet not loaded")
	}
	if a.Title != "Le sommet" || a.Date != "2018-11-12" || a.Path != "notes/sommet.md" {
		t.Errorf("got title %q, date %q, path %q", a.Title, a.Date, a.Path)
	}
	if len(a.Paragraphs) != 1 || len(a.Paragraphs[0].Sentences) != 2 {
		t.Fatalf("got %s", renderArticle(a))
	}
	if s := a.Paragraphs[0].Sentences[0].Text; s != "Le président a reçu les participants au sommet sur la confiance dans le cyberespace." {
		t.Errorf("first sentence %q", s)
	}
}

func BenchmarkLoadSeeds(b *testing.B) {
	benchmarkLoad(b, seedDir)
}

func BenchmarkLoadPIAF(b *testing.B) {
	if _, err := os.Stat(piafDir); err != nil {
		b.Skipf("PIAF corpus not found beside the project: %v", err)
	}
	benchmarkLoad(b, piafDir)
}

func benchmarkLoad(b *testing.B, dir string) {
	fsys := os.DirFS(dir)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCleanSplitPIAF measures this file's share of Load: cleaning and
// splitting every PIAF body, files already in memory.
func BenchmarkCleanSplitPIAF(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(piafDir, "*.txt"))
	if len(files) == 0 {
		b.Skip("PIAF corpus not found beside the project")
	}
	var bodies []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		_, body, err := parseFrontMatter(string(raw))
		if err != nil {
			b.Fatal(err)
		}
		bodies = append(bodies, body)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, body := range bodies {
			for _, p := range clean(body).Paragraphs {
				splitSentences(p)
			}
		}
	}
}

// TestArticleIndex finds each article's position, and none for an
// article of another base or one without sentences.
func TestArticleIndex(t *testing.T) {
	b, err := Load(os.DirFS(seedDir))
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range b.Articles {
		if got := b.ArticleIndex(a); got != i {
			t.Errorf("ArticleIndex(%s) = %d, want %d", a.ID, got, i)
		}
	}
	other, err := Load(os.DirFS(seedDir))
	if err != nil {
		t.Fatal(err)
	}
	if got := b.ArticleIndex(other.Articles[1]); got != -1 {
		t.Errorf("an article of another base: %d, want -1", got)
	}
	if got := b.ArticleIndex(&Article{ID: "empty"}); got != -1 {
		t.Errorf("an article without sentences: %d, want -1", got)
	}
}
