package knowledge

import (
	"maps"
	"math"
	"testing"
	"testing/fstest"
)

func queryBase(t *testing.T) *Base {
	t.Helper()
	b, err := Load(fstest.MapFS{
		"a.txt": {Data: []byte("Le sommet de Lyon\n\nPARIS, 12 novembre - Le ministre David Cameron a ouvert le sommet. Il a salué les délégués.\n\nLe sommet a duré trois jours. Les délégués sont repartis.\n")},
		"b.txt": {Data: []byte("Le climat\n\nLe climat change. Les glaciers fondent vite.\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestQuery compiles a question of two words, one with a synonym, and
// checks each answer of the compiled query against what the text says.
func TestQuery(t *testing.T) {
	b := queryBase(t)
	q := b.Compile([]QueryWord{
		{Alts: []QueryTerm{{Stem: "sommet", Weight: 1}, {Stem: "inconnu", Weight: 1}}},
		{Alts: []QueryTerm{{Stem: "duré", Weight: 1}, {Stem: "jour", Weight: 0.6}}, Boost: 2},
	})
	defer q.Release()
	var lasted *Sentence
	for _, s := range b.Sentences {
		if s.Text == "Le sommet a duré trois jours." {
			lasted = s
		}
	}
	if lasted == nil {
		t.Fatal("sentence not found")
	}
	got := q.Match(lasted)
	if got[0] != 1 || got[1] == 0 {
		t.Errorf("Match = %v, want the first word at 1 and the second found", got)
	}
	if m := q.Match(b.Sentences[len(b.Sentences)-1]); m[0] != 0 || m[1] != 0 {
		t.Errorf("a sentence about glaciers matches %v", m)
	}
	if near := q.Nearest(lasted, 0); near[0] != len("Le ") || near[1] <= near[0] {
		t.Errorf("Nearest = %v: sommet is 3 bytes in, the second word further", near)
	}
	if near := q.Nearest(b.Sentences[len(b.Sentences)-1], 0); near[0] != -1 || near[1] != -1 {
		t.Errorf("Nearest in a sentence about glaciers = %v", near)
	}
	// Local IDF: "sommet" is in most sentences of its article, so it
	// weighs less there than a word in one sentence.
	idf := q.LocalIDF(lasted.Article)
	if !(idf[0] < idf[1]) || math.IsNaN(idf[0]) {
		t.Errorf("local IDF %v: the article's subject should weigh less", idf)
	}
	if w, ok := q.In(0, b.Lead(lasted.Article)); !ok || w != 1 {
		t.Errorf("In(lead) = %v, %v: the title holds sommet", w, ok)
	}
	if _, ok := q.In(1, b.Lead(b.Article("b"))); ok {
		t.Error("the climate article's lead holds a word of the question")
	}
	// InSet answers In for every word at once.
	for _, a := range b.Articles {
		for _, set := range []TermSet{b.Lead(a), b.TermSet(b.Terms(a.Paragraphs[len(a.Paragraphs)-1].Sentences[0]))} {
			ws := make([]float64, 2)
			q.InSet(set, ws)
			for i := range ws {
				if w, ok := q.In(i, set); w != ws[i] || ok != (ws[i] > 0) {
					t.Errorf("article %s: InSet gives word %d %v, In gives %v, %v", a.ID, i, ws[i], w, ok)
				}
			}
		}
	}
	hits := q.Search(DefaultSearchParams(), 3)
	if len(hits) == 0 || hits[0].Sentence.Article.ID != "a" {
		t.Fatalf("search: %+v", hits)
	}
}

// TestFacts checks the per-sentence facts built at Load.
func TestFacts(t *testing.T) {
	b := queryBase(t)
	a := b.Article("a")
	var cameron *Entity
	for i := range a.Entities {
		if a.Entities[i].Name == "David Cameron" {
			cameron = &a.Entities[i]
		}
	}
	if cameron == nil {
		t.Fatalf("entities %+v", a.Entities)
	}
	opened, hailed := a.Paragraphs[0].Sentences[0], a.Paragraphs[0].Sentences[1]
	if !b.Mentions(opened, cameron) || !b.Mentions(hailed, cameron) {
		t.Error("Cameron is named in the first sentence and is the 'Il' of the second")
	}
	if b.Facts(hailed).Implicit() != cameron {
		t.Errorf("implicit subject = %v", b.Facts(hailed).Implicit())
	}
	if got := b.EntitiesNamed(FoldName("M. Cameron")); len(got) == 0 || got[0] != cameron {
		t.Errorf("EntitiesNamed(cameron) = %v", got)
	}
	want := map[string]bool{}
	for _, a := range b.Articles {
		for _, e := range a.Entities {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				if k := FoldName(n); k != "" {
					want[k] = true
				}
			}
		}
	}
	got := map[string]bool{}
	for k := range b.EntityNames() {
		if got[k] {
			t.Errorf("EntityNames gives %q twice", k)
		}
		got[k] = true
	}
	if !maps.Equal(got, want) || !want["david cameron"] {
		t.Errorf("EntityNames = %v, want %v", got, want)
	}
	if prev, next := b.Neighbours(opened); prev != nil || next != hailed {
		t.Errorf("neighbours of the first sentence: %v, %v", prev, next)
	}
	if _, next := b.Neighbours(b.Sentences[len(a.Paragraphs[0].Sentences)+len(a.Paragraphs[1].Sentences)-1]); next != nil {
		t.Error("an article's last sentence has a neighbour in the next article")
	}
	if !b.Setting(a, cameron) {
		t.Error("an entity of the opening sentence is the article's setting")
	}
	if len(b.Facts(a.Paragraphs[1].Sentences[0]).Numbers()) == 0 {
		t.Error("'trois jours' is a number")
	}
}

// TestSearchParamsChange checks that a search after one with other
// parameters ranks as a first search with its own parameters does: the
// length normalisations kept from the last search are not reused.
func TestSearchParamsChange(t *testing.T) {
	q := []QueryTerm{{Stem: "sommet", Weight: 1}, {Stem: "délégu", Weight: 1}, {Stem: "climat", Weight: 1}}
	other := DefaultSearchParams()
	other.SentK1, other.SentB, other.ParaB, other.ArtK1 = 2, 0.1, 0.2, 0.5
	for _, p := range []SearchParams{other, DefaultSearchParams()} {
		fresh := queryBase(t).Search(q, p, 10)
		used := queryBase(t)
		for _, before := range []SearchParams{DefaultSearchParams(), other} {
			used.Search(q, before, 10)
			got := used.Search(q, p, 10)
			if len(got) != len(fresh) {
				t.Fatalf("after a search with %+v: %d hits, want %d", before, len(got), len(fresh))
			}
			for i := range got {
				g, f := got[i], fresh[i]
				if g.Sentence.ID != f.Sentence.ID || g.Score != f.Score || g.Sent != f.Sent || g.Para != f.Para || g.Art != f.Art {
					t.Errorf("after a search with %+v: hit %d is %+v, want %+v", before, i, got[i], fresh[i])
				}
			}
		}
	}
}
