package knowledge

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"testing"

	"github.com/citebot/citebot/knowledge/french"
)

func TestHeld(t *testing.T) {
	b := queryBase(t)
	q := b.Compile([]QueryWord{
		{Alts: []QueryTerm{{Stem: "sommet", Weight: 1}}},
		{Alts: []QueryTerm{{Stem: "inconnu", Weight: 1}, {Stem: "glaci", Weight: 0.3}}},
		{Alts: []QueryTerm{{Stem: "inconnu", Weight: 1}}},
		{Alts: []QueryTerm{{Stem: "climat", Weight: 0}}}, // no weight: not held
	})
	defer q.Release()
	for _, tt := range []struct {
		article string
		want    []bool
	}{
		{"a", []bool{true, false, false, false}},
		{"b", []bool{false, true, false, false}},
	} {
		if got := q.Held(b.Article(tt.article)); !slices.Equal(got, tt.want) {
			t.Errorf("Held(%s) = %v, want %v", tt.article, got, tt.want)
		}
		if got := heldByMatch(q, b.Article(tt.article)); !slices.Equal(got, tt.want) {
			t.Errorf("Match over %s = %v, want %v", tt.article, got, tt.want)
		}
	}
}

// TestHeldIsMatchOverTheArticle checks Held against Match over every
// sentence of the article, for PIAF questions' words (some with
// lighter alternatives) on PIAF's articles.
func TestHeldIsMatchOverTheArticle(t *testing.T) {
	b, err := Load(os.DirFS(piafDir))
	if err != nil {
		t.Skipf("PIAF corpus not beside the repository: %v", err)
	}
	f, err := os.Open(piafDir + "/../questions.jsonl")
	if err != nil {
		t.Skipf("PIAF questions not beside the repository: %v", err)
	}
	defer f.Close()
	an := french.NewAnalyzer()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n, held := 0, 0
	for i := 0; sc.Scan() && i < 3000; i++ {
		var rec struct{ Question string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		var words []QueryWord
		terms := an.Analyze(rec.Question)
		for j, tm := range terms {
			alts := []QueryTerm{{Stem: tm.Stem, Weight: 1}}
			if j+1 < len(terms) { // the next word as a lighter alternative
				alts = append(alts, QueryTerm{Stem: terms[j+1].Stem, Weight: 0.3})
			}
			words = append(words, QueryWord{Alts: alts})
		}
		q := b.Compile(words)
		a := b.Articles[i%len(b.Articles)]
		got, want := q.Held(a), heldByMatch(q, a)
		q.Release()
		if !slices.Equal(got, want) {
			t.Fatalf("%q in %s: Held = %v, Match says %v", rec.Question, a.ID, got, want)
		}
		n++
		if slices.Contains(want, true) {
			held++
		}
	}
	if n < 1000 || held == 0 {
		t.Fatalf("%d questions, %d with a word held", n, held)
	}
}

func heldByMatch(q *Query, a *Article) []bool {
	held := make([]bool, len(q.words))
	for _, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			for i, w := range q.Match(s) {
				held[i] = held[i] || w > 0
			}
		}
	}
	return held
}
