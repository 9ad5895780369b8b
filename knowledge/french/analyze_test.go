package french

import (
	"strings"
	"sync"
	"testing"
)

func TestStem(t *testing.T) {
	tests := []struct {
		words []string
		want  string
	}{
		{[]string{"déclaration", "déclarations", "déclarer", "déclaré", "déclarée"}, "declar"},
		{[]string{"créé", "créée", "créées", "créer", "cree", "creee"}, "cre"},
		{[]string{"fermé", "fermée", "fermées", "fermer"}, "ferm"},
		{[]string{"président", "présidente", "présidents", "présider", "présidence"}, "presid"},
		{[]string{"signent", "signer", "signé", "signées", "signe"}, "sign"},
		{[]string{"pensent", "penser", "pense"}, "pens"},
		{[]string{"concernent", "concerner", "concerné"}, "concern"},
		{[]string{"moment", "moments"}, "moment"},
		{[]string{"client", "clients"}, "client"},
		{[]string{"coopération", "coopérer"}, "cooper"},
		{[]string{"chinois", "chinoise", "chinoises"}, "chinois"},
		{[]string{"G8"}, "g8"},
		{[]string{"2014"}, "2014"},
		{[]string{"vice-présidents", "vice-président"}, "vic-presid"},
		{[]string{"a", "le"}, ""}, // short words: checked below as unchanged
	}
	for _, tt := range tests {
		for _, w := range tt.words {
			got := Stem(Fold(w))
			want := tt.want
			if want == "" {
				want = Fold(w)
			}
			if got != want {
				t.Errorf("Stem(Fold(%q)) = %q, want %q", w, got, want)
			}
		}
	}
}

func TestStopAndQuestionWords(t *testing.T) {
	for _, w := range []string{"le", "les", "de", "du", "et", "etaient", "l", "qu", "jusqu", "aux", "selon", "tres"} {
		if !IsStopWord(w) {
			t.Errorf("IsStopWord(%q) = false", w)
		}
	}
	for _, w := range []string{"president", "chine", "internet", "cameron", "pays", "g8", "600", "dit"} {
		if IsStopWord(w) {
			t.Errorf("IsStopWord(%q) = true", w)
		}
	}
	for _, w := range []string{"quel", "quelle", "qui", "que", "quoi", "combien", "comment", "pourquoi", "ou", "quand", "lequel", "est-ce", "faire", "fait", "etre", "avoir", "agit"} {
		if !IsQuestionWord(w) {
			t.Errorf("IsQuestionWord(%q) = false", w)
		}
	}
	for _, w := range []string{"president", "dit", "date", "nombre", "lieu"} {
		if IsQuestionWord(w) {
			t.Errorf("IsQuestionWord(%q) = true", w)
		}
	}
}

func termString(terms []Term) string {
	out := make([]string, len(terms))
	for i, t := range terms {
		s := t.Stem
		if t.Part {
			s = "+" + s
		}
		if t.ProperNoun() {
			s = "^" + s
		}
		out[i] = s
	}
	return strings.Join(out, " ")
}

func TestAnalyze(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", ""},
		{"Le Premier ministre britannique, David Cameron, a déclaré", "^premi ministr britann ^david ^cameron declar"},
		{"Qui est le Premier ministre britannique ?", "^premi ministr britann"},
		{"Combien d'internautes y a-t-il en Chine ?", "internaut ^chin"},
		{"Les vice-présidents de l’ONU", "vic-presid +vic +presid ^onu"},
		{"Que fait-on aux États-Unis ?", "^etat-unis ^+etat ^+unis"},
		{"600 millions (20 %) en 2014", "600 million 20 2014"},
		{"Obama's speech", "obam speech"},
		{"ONU. Chine", "^onu chin"},
		{"😀 \xff !!!", ""},
	}
	for _, tt := range tests {
		if got := termString(Analyze(tt.in)); got != tt.want {
			t.Errorf("Analyze(%q)\n got  %s\n want %s", tt.in, got, tt.want)
		}
	}
}

func TestAnalyzeOffsets(t *testing.T) {
	s := "Les vice‐présidents de l’Élysée ont signé."
	for _, term := range Analyze(s) {
		if Fold(s[term.Start:term.End]) != term.Fold {
			t.Errorf("term %q: s[%d:%d] = %q", term.Fold, term.Start, term.End, s[term.Start:term.End])
		}
	}
}

// TestAnalyzeSameTerms: a question typed without accents, in NFD, or with
// another apostrophe must meet the corpus sentence on the same stems.
func TestAnalyzeSameTerms(t *testing.T) {
	variants := []string{
		"L’Élysée a été créé à l’été.",
		"l'elysee a ete cree a l'ete",
		"L’E\u0301lyse\u0301e a e\u0301te\u0301 cre\u0301e\u0301 a\u0300 l’e\u0301te\u0301.",
		"L'ÉLYSÉE A ÉTÉ CRÉÉ À L'ÉTÉ",
	}
	stems := func(s string) string {
		var out []string
		for _, t := range Analyze(s) {
			out = append(out, t.Stem)
		}
		return strings.Join(out, " ")
	}
	want := stems(variants[0])
	if want == "" {
		t.Fatal("no terms")
	}
	for _, v := range variants[1:] {
		if got := stems(v); got != want {
			t.Errorf("Analyze(%q) stems %q, want %q", v, got, want)
		}
	}
}

func TestAnalyzerMatchesAnalyze(t *testing.T) {
	a := NewAnalyzer()
	for _, s := range []string{
		"Le Premier ministre britannique, David Cameron, a déclaré",
		"Les vice-présidents de l’ONU se sont réunis en 2014.",
		"Les vice-présidents de l’ONU se sont réunis en 2014.", // cached
	} {
		if got, want := termString(a.Analyze(s)), termString(Analyze(s)); got != want {
			t.Errorf("Analyzer %q, Analyze %q", got, want)
		}
	}
}

func TestAnalyzerConcurrent(t *testing.T) {
	a := NewAnalyzer()
	texts := []string{
		"Le Premier ministre britannique, David Cameron, a déclaré",
		"Les vice-présidents de l’ONU se sont réunis en 2014.",
		"Combien d'internautes la Chine compte-t-elle ?",
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = termString(Analyze(s))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(texts))
	for range 8 {
		wg.Go(func() {
			for i, s := range texts {
				if got := termString(a.Analyze(s)); got != want[i] {
					errs <- got
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent Analyze gave %q", e)
	}
}

// TestAnalyzerSkipsLongWords: a word longer than any French one is
// stemmed as always but not remembered, so that junk questions cannot
// fill the cache with long words.
func TestAnalyzerSkipsLongWords(t *testing.T) {
	a := NewAnalyzer()
	for _, w := range []string{"anticonstitutionnellement", strings.Repeat("a", MaxCachedWord), strings.Repeat("ab", MaxCachedWord)} {
		if got, want := a.Stem(w), Stem(w); got != want {
			t.Errorf("Stem(%q) = %q, want %q", w, got, want)
		}
		_, kept := a.stems[w]
		if long := len(w) > MaxCachedWord; kept == long {
			t.Errorf("%d-byte word: remembered %v", len(w), kept)
		}
	}
}
