package match

import (
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/knowledge"
)

// TestInOrder checks the pair test of orderShare: the first word before
// the second, at most orderGap content tokens apart.
func TestInOrder(t *testing.T) {
	for _, tc := range []struct {
		name string
		at   []knowledge.WordAt
		want bool
	}{
		{"adjacent", []knowledge.WordAt{{Tok: 3, Word: 0}, {Tok: 4, Word: 1}}, true},
		{"one word between", []knowledge.WordAt{{Tok: 3, Word: 0}, {Tok: 5, Word: 1}}, true},
		{"too far", []knowledge.WordAt{{Tok: 3, Word: 0}, {Tok: 6, Word: 1}}, false},
		{"reversed", []knowledge.WordAt{{Tok: 3, Word: 1}, {Tok: 4, Word: 0}}, false},
		{"second occurrence", []knowledge.WordAt{{Tok: 0, Word: 0}, {Tok: 7, Word: 0}, {Tok: 8, Word: 1}}, true},
		{"same token", []knowledge.WordAt{{Tok: 2, Word: 0}, {Tok: 2, Word: 1}}, false},
		{"one word only", []knowledge.WordAt{{Tok: 2, Word: 0}}, false},
	} {
		if got := inOrder(tc.at, 0, 1); got != tc.want {
			t.Errorf("%s: inOrder = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestContextFeatures ranks a seed question with every feature and checks
// the context features of its candidates: shares within [0, 1], the
// paragraph holding at least what the sentence holds and the article at
// least what the paragraph holds.
func TestContextFeatures(t *testing.T) {
	m := NewWith(seedBase(t), Options{AllFeatures: true})
	ex := m.Explain("Combien de pays ont signé l'appel de Paris ?")
	if len(ex.Candidates) == 0 {
		t.Fatal("no candidate")
	}
	ordered := false
	for _, c := range ex.Candidates {
		f := c.Features
		for _, k := range []int{FeatOrder, FeatPara, FeatArticle} {
			if f[k] < 0 || f[k] > 1 {
				t.Errorf("%q: feature %s = %v, not a share", c.Sentence.Text, RankFeatureNames[k], f[k])
			}
		}
		if f[FeatPara] < f[FeatCov]-1e-9 || f[FeatArticle] < f[FeatPara]-1e-9 {
			t.Errorf("%q: cov %v, para %v, article %v: not nested", c.Sentence.Text, f[FeatCov], f[FeatPara], f[FeatArticle])
		}
		ordered = ordered || f[FeatOrder] > 0
	}
	if !ordered {
		t.Error("no candidate holds two successive question words in order")
	}
}

// TestExplainHiding hides the best candidate's paragraph: no candidate is
// then from it, and the abstention features see less of the question.
func TestExplainHiding(t *testing.T) {
	m := NewWith(seedBase(t), Options{AllFeatures: true})
	const q = "Combien de pays ont signé l'appel de Paris ?"
	full := m.Explain(q)
	if len(full.Candidates) == 0 {
		t.Fatal("no candidate")
	}
	best := full.Candidates[0].Sentence
	hide := func(s *knowledge.Sentence) bool { return s.Article == best.Article && s.Paragraph == best.Paragraph }
	hidden := m.ExplainHiding(q, hide)
	for _, c := range hidden.Candidates {
		if hide(c.Sentence) {
			t.Errorf("hidden sentence %q is a candidate", c.Sentence.Text)
		}
	}
	if len(hidden.Candidates) > 0 && hidden.Abstain[AbsCov] > full.Abstain[AbsCov] {
		t.Errorf("hiding the answer raised the best coverage: %v > %v", hidden.Abstain[AbsCov], full.Abstain[AbsCov])
	}
	if again := m.Explain(q); again.Candidates[0].Sentence != best {
		t.Error("hiding leaked into a later question")
	}
}

// TestTitleCoverage gives each candidate the share of the question its
// article's title holds: the same sentence in two articles, one titled
// with a question word.
func TestTitleCoverage(t *testing.T) {
	base, err := knowledge.Load(fstest.MapFS{
		"a.txt": {Data: []byte("---\ntitle: \"Le port\"\n---\n\nÀ l'origine, la colonie était romaine.\n")},
		"b.txt": {Data: []byte("---\ntitle: \"La colonie\"\n---\n\nÀ l'origine, la colonie était romaine.\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	m := NewWith(base, Options{AllFeatures: true})
	ex := m.Explain("Qu'était la colonie à l'origine ?")
	if len(ex.Candidates) < 2 {
		t.Fatalf("%d candidates, want 2", len(ex.Candidates))
	}
	for _, c := range ex.Candidates {
		got, about := c.Features[FeatTitle], c.Sentence.Article.Title == "La colonie"
		if about && got <= 0 || !about && got != 0 {
			t.Errorf("%q: title share %v", c.Sentence.Text, got)
		}
	}
}
