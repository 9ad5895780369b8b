package french

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// spanTexts are texts whose tokens come from the tokenizer's every path:
// plain words, numbers with groups and decimals, dotted acronyms, elisions,
// clitics, inverted pronouns, symbols, marks and joiners alone.
var spanTexts = []string{
	"",
	"Le Premier ministre britannique, David Cameron, a-t-il déclaré jeudi que 600 millions d’internautes (20 %) l'utilisaient ?",
	"L’Internet a-t-il 100 000 vice-présidents ? Qu'est-ce que c'est, jusqu'à aujourd'hui ?",
	"U.S.A. G8 20 % 3,2 14.5 1 234 567 3,2٣ 12\u00a0000 €5 $ £",
	"Obama's don't dites-le-moi -t- t-il a-t- - a-\u0301b \u0301b E\u0301te\u0301",
	"qu'l'arbre presqu'île l' - fin- U. S. A.B.C. X.",
	"\xff\xfe\x00 😀 --'' ‐‑’ bad\xffbyte",
}

// TestTokensOfSegment checks that the tokens read off Segment's spans are
// Tokenize's, and the terms AnalyzeSegmented reads Analyze's.
func TestTokensOfSegment(t *testing.T) {
	an := NewAnalyzer()
	for _, s := range spanTexts {
		checkTokensOf(t, s)
		if got, want := an.AnalyzeSegmented(s, Segment(s)), Analyze(s); !reflect.DeepEqual(got, want) {
			t.Errorf("AnalyzeSegmented(%q) =\n%+v, want\n%+v", s, got, want)
		}
	}
}

// TestTokensOfCorpus checks the same over every line of the bundled
// articles and, when it is beside the project, the PIAF corpus.
func TestTokensOfCorpus(t *testing.T) {
	files, _ := filepath.Glob("../corpus/articles/*.txt")
	piaf, _ := filepath.Glob("../../../shared/data/piaf/corpus/*.txt")
	if len(files) == 0 {
		t.Fatal("no bundled article found")
	}
	for _, f := range append(files, piaf...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.Lines(string(data)) {
			checkTokensOf(t, line)
		}
	}
}

func checkTokensOf(t *testing.T, s string) {
	t.Helper()
	got, want := tokensOf(s, Segment(s)), Tokenize(s)
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("tokensOf(%q, Segment) =\n%+v, Tokenize =\n%+v", s, got, want)
	}
}

// FuzzTokensOf checks on any text that Tokenize and the tokens read off
// Segment's spans agree: the one cut at load is the tokenizer's.
func FuzzTokensOf(f *testing.F) {
	for _, s := range spanTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkTokensOf(t, s)
	})
}
