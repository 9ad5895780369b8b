package french

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/citebot/citebot/knowledge/strtab"
)

// tokString renders a token compactly for table tests: fold, and the kind when it
// is not a plain word.
func tokString(t Token) string {
	switch t.Kind {
	case Number:
		return "#" + t.Fold
	case Elision:
		return t.Fold + "'"
	case Clitic:
		return "~" + t.Fold
	case Symbol:
		return "$" + t.Fold
	}
	return t.Fold
}

func folds(toks []Token) string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = tokString(t)
	}
	return strings.Join(out, " ")
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", ""},
		{"   \t\n ", ""},
		{"Le président.", "le president"},
		{"L’Internet", "l' internet"},
		{"l'Internet", "l' internet"},
		{"lʼONU et l‘UE", "l' onu et l' ue"},
		{"d'un qu'il n'a s'est j'ai c'est m'a t'en", "d' un qu' il n' a s' est j' ai c' est m' a t' en"},
		{"jusqu'à lorsqu'il puisqu'elle quoiqu'on", "jusqu' a lorsqu' il puisqu' elle quoiqu' on"},
		{"aujourd'hui quelqu'un presqu'île prud'hommes", "aujourd'hui quelqu'un presqu'ile prud'hommes"},
		{"Qu'est-ce que c'est ?", "qu' est ce que c' est"},
		{"le vice-président", "le vice-president"},
		{"Royaume-Uni, États-Unis", "royaume-uni etats-unis"},
		{"a-t-il dit", "a il dit"},
		{"Y a-t-il", "y a il"},
		{"est-elle venue ? dit-on", "est elle venue dit on"},
		{"Dites-le-moi, allez-y", "dites le moi allez y"},
		{"peut-être Saint-Jean-de-Luz Aix-les-Bains", "peut-etre saint-jean-de-luz aix-les-bains"},
		{"100 000 personnes", "#100000 personnes"},
		{"100\u00a0000 et 1\u202f234\u202f567", "#100000 et #1234567"},
		{"600 millions d'internautes", "#600 millions d' internautes"},
		{"en 2014, 100 pays", "en #2014 #100 pays"},
		{"20 % et 3,5%", "#20 $% et #3.5 $%"},
		{"3,2 millions, 14.5 points", "#3.2 millions #14.5 points"},
		{"1, 2, 3.", "#1 #2 #3"},
		{"Le G8 et le G20, la 4G, à 14h30", "le g8 et le g20 la 4g a 14h30"},
		{"les U.S.A. et l'ONU", "les usa et l' onu"},
		{"les É.U. et la Π.A.", "les eu et la πa"}, // FuzzTokenize's find: a dotted acronym's letters folded as a word's
		{"M. Cameron", "m cameron"},
		{"Obama's plan, don't", "obama ~'s plan don ~'t"},
		{"What's new?", "what ~'s new"},
		{"E\u0301lyse\u0301e", "elysee"},
		{"bad\xffbyte", "bad byte"},
		{"emoji😀here 👍🏽", "emoji here"},
		{"ctrl\x00\x07chars\u200b", "ctrl chars"},
		{"-tiret- 'quote' l' «guillemets»", "tiret quote l guillemets"},
		{"Xi Jinping 习近平", "xi jinping 习近平"},
		{"50 € et 10 $", "#50 $€ et #10 $$"},
	}
	for _, tt := range tests {
		if got := folds(Tokenize(tt.in)); got != tt.want {
			t.Errorf("Tokenize(%q)\n got  %s\n want %s", tt.in, got, tt.want)
		}
	}
}

func TestTokenizeOffsetsAndFlags(t *testing.T) {
	s := "L’ONU, le G8 et David Cameron ont-ils vu 100 000 vice-présidents ?"
	want := []struct {
		text  string
		flags Flags
	}{
		{"L’", Capitalized},
		{"ONU", Capitalized | AllCaps},
		{"le", 0},
		{"G8", Capitalized | AllCaps | HasDigit},
		{"et", 0},
		{"David", Capitalized},
		{"Cameron", Capitalized},
		{"ont", 0},
		{"ils", 0},
		{"vu", 0},
		{"100 000", HasDigit},
		{"vice-présidents", Compound},
	}
	toks := Tokenize(s)
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens (%s), want %d", len(toks), folds(toks), len(want))
	}
	for i, w := range want {
		tk := toks[i]
		if tk.Text != w.text || tk.Flags != w.flags {
			t.Errorf("token %d = %q flags %b, want %q flags %b", i, tk.Text, tk.Flags, w.text, w.flags)
		}
		if s[tk.Start:tk.End] != tk.Text {
			t.Errorf("token %d: s[%d:%d] = %q, Text %q", i, tk.Start, tk.End, s[tk.Start:tk.End], tk.Text)
		}
	}
	if got := toks[11].Parts(); !slices.Equal(got, []string{"vice", "presidents"}) {
		t.Errorf("Parts = %q", got)
	}
	if got := toks[6].Parts(); !slices.Equal(got, []string{"cameron"}) {
		t.Errorf("Parts of a simple word = %q", got)
	}
}

// TestTokenizeNFCNFD checks that composed and decomposed input give the
// same folds.
func TestTokenizeNFCNFD(t *testing.T) {
	nfc := "L’Élysée a-t-il réagi à l’été ?"
	nfd := "L’E\u0301lyse\u0301e a-t-il re\u0301agi a\u0300 l’e\u0301te\u0301 ?"
	if a, b := folds(Tokenize(nfc)), folds(Tokenize(nfd)); a != b {
		t.Errorf("NFC %s\nNFD %s", a, b)
	}
}

func TestTokenizeAllocations(t *testing.T) {
	s := "Le Premier ministre britannique, David Cameron, a déclaré jeudi que 600 millions d’internautes l'utilisaient."
	if n := testing.AllocsPerRun(100, func() { Tokenize(s) }); n > 3 {
		t.Errorf("Tokenize allocates %v times per sentence, want at most 3", n)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"L’Internet a-t-il 100 000 vice-présidents ?",
		"Qu'est-ce que c'est, jusqu'à aujourd'hui ?",
		"U.S.A. G8 20 % 3,2 14.5 1 234 567",
		"Obama's don't",
		"\xff\xfe\x00 😀 --'' ‐‑’",
		"E\u0301te\u0301",
		"dites-le-moi -t- t-il a-t- -",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		prev := 0
		for i, tk := range toks {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("token %d %q has bad offsets [%d,%d) after %d", i, tk.Text, tk.Start, tk.End, prev)
			}
			prev = tk.End
			if s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("token %d: Text %q != s[%d:%d] %q", i, tk.Text, tk.Start, tk.End, s[tk.Start:tk.End])
			}
			if tk.Fold == "" {
				t.Fatalf("token %d %q has an empty fold", i, tk.Text)
			}
			if !utf8.ValidString(tk.Text) || !utf8.ValidString(tk.Fold) {
				t.Fatalf("token %d %q / %q is not valid UTF-8", i, tk.Text, tk.Fold)
			}
			if tk.Kind == Word && Fold(tk.Fold) != tk.Fold {
				t.Fatalf("token %d fold %q is not folded", i, tk.Fold)
			}
		}
		// Analysis of the same text must not fail either.
		for _, term := range Analyze(s) {
			if term.Stem == "" || term.End > len(s) {
				t.Fatalf("bad term %+v", term)
			}
		}
	})
}

// TestTokenizerListsLoaded checks that the tokenizer's compiled lists
// are whole tables (wordSetLists refuses an empty one): with an empty
// list the tokenizer would cut no elision, clitic or inverted pronoun.
func TestTokenizerListsLoaded(t *testing.T) {
	for name, set := range map[string]strtab.Table{
		"elision": compiledWords.elisions, "english-clitic": compiledWords.clitics, "inverted-pronoun": compiledWords.pronouns,
	} {
		if len(set.Strs) == 0 || !set.Valid() {
			t.Errorf("%s is empty or no valid table", name)
		}
	}
}
