package french

import (
	"flag"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/citebot/citebot/internal/gencheck"
)

func newTestLexicon(t *testing.T) *Lexicon {
	t.Helper()
	return NewLexicon()
}

// stemOf is the lexicon's form of a word or phrase.
func stemOf(s string) string { return phraseStem(s) }

func TestRelated(t *testing.T) {
	l := newTestLexicon(t)
	tests := []struct {
		word    string
		related []string
	}{
		{"britannique", []string{"Royaume-Uni", "Grande-Bretagne"}},
		{"britanniques", []string{"royaume-uni"}},
		{"Royaume-Uni", []string{"britannique"}},
		{"chinois", []string{"Chine", "Pékin"}},
		{"Chine", []string{"chinoise"}},
		{"américain", []string{"États-Unis"}},
		{"français", []string{"France"}},
		{"allemand", []string{"Allemagne"}},
		{"japonais", []string{"Japon"}},
		{"russe", []string{"Russie"}},
		{"pays", []string{"nation", "État"}},
		{"nations", []string{"pays"}},
		{"entreprise", []string{"société", "firme", "groupe"}},
		{"dirigeant", []string{"chef", "responsable"}},
		{"réunion", []string{"rencontre", "conférence", "sommet"}},
		{"supprimer", []string{"retrait", "retirer"}},
		{"repas", []string{"déjeuner", "dîner"}},
		{"commencer", []string{"ouvrir", "début"}},
		{"finir", []string{"achever", "fin"}},
		{"signature", []string{"signer"}},
		{"coopération", []string{"collaboration"}},
		{"Premier ministre", []string{"chef du gouvernement"}},
	}
	for _, tt := range tests {
		got := l.Related(stemOf(tt.word))
		for _, r := range tt.related {
			// Words that share a stem (français, France) need no relation.
			if stemOf(r) != stemOf(tt.word) && !slices.Contains(got, stemOf(r)) {
				t.Errorf("Related(%q) = %q, missing %q (%q)", stemOf(tt.word), got, r, stemOf(r))
			}
		}
		if slices.Contains(got, stemOf(tt.word)) {
			t.Errorf("Related(%q) contains the stem itself", stemOf(tt.word))
		}
	}
	if got := l.Related("xyzzy"); got != nil {
		t.Errorf("Related of an unknown stem = %q", got)
	}
	if got, want := l.RelatedWord("chinoise"), l.Related("chinois"); !slices.Equal(got, want) {
		t.Errorf("RelatedWord = %q, Related = %q", got, want)
	}
}

func TestLexiconSize(t *testing.T) {
	l := newTestLexicon(t)
	if n := len(l.related.lists); n < 1000 {
		t.Errorf("%d stems with relations, want at least 1000", n)
	}
	single := 0
	for _, en := range l.english.keys.Strs {
		if !strings.Contains(en, " ") {
			single++
		}
	}
	if single < 1500 {
		t.Errorf("glossary has %d single English words, want at least 1500", single)
	}
}

func TestEnglishToFrench(t *testing.T) {
	l := newTestLexicon(t)
	tests := []struct {
		en   string
		want string
	}{
		{"who", "qui"},
		{"what", "que"},
		{"where", "ou"},
		{"when", "quand"},
		{"why", "pourquoi"},
		{"which", "quel"},
		{"how many", "combien"},
		{"british", "britannique"},
		{"china", "chine"},
		{"internet", "internet"},
		{"meeting", "reunion"},
		{"company", "entreprise"},
		{"said", "a dit"},
		{"prime minister", "premier ministre"},
		{"users", "internautes"},
		{"countries", "pays"},     // -ies
		{"summits", "sommet"},     // -s
		{"hosting", "accueillir"}, // -ing
		{"organizing", "organiser"},
		{"planning", "plan"},  // doubled consonant
		{"studies", "etudes"}, // listed as such
	}
	for _, tt := range tests {
		if got := l.EnglishToFrench(tt.en); !slices.Contains(got, tt.want) {
			t.Errorf("EnglishToFrench(%q) = %q, want it to contain %q", tt.en, got, tt.want)
		}
	}
	if got := l.EnglishToFrench("zzzz"); got != nil {
		t.Errorf("EnglishToFrench(unknown) = %q", got)
	}
}

// TestEnglishSpeller corrects an English question's typo to a word the
// glossary translates, in any of the forms it reads back, and leaves a
// word it knows alone.
func TestEnglishSpeller(t *testing.T) {
	sp := NewLexicon().EnglishSpeller()
	for _, tt := range []struct{ typed, want string }{
		{"dipatch", "dispatch"},
		{"lndon", "london"},
		{"chnese", "chinese"},
		{"edtied", "edited"},       // a past the glossary lists as « edit »
		{"conutries", "countries"}, // a plural of « country »
		{"pivate", "private"},
		{"publihs", "publish"},
		{"accoring", "according"},
	} {
		if got, ok := sp.Correct(tt.typed); !ok || got != tt.want {
			t.Errorf("Correct(%q) = %q, %v; want %q", tt.typed, got, ok, tt.want)
		}
	}
	for _, w := range []string{"dispatch", "country", "edit", "which", "going"} {
		if !sp.Known(w) {
			t.Errorf("Known(%q) = false, want a word of the glossary or a function word", w)
		}
	}
}

func TestTranslateEnglish(t *testing.T) {
	l := newTestLexicon(t)
	var words []string
	for _, tk := range Tokenize("How many internet users does the British prime minister count?") {
		words = append(words, tk.Fold)
	}
	var got []string
	for _, tr := range l.TranslateEnglish(words) {
		got = append(got, tr.English)
	}
	want := []string{"how many", "internet users", "does", "the", "british", "prime minister", "count"}
	if !slices.Equal(got, want) {
		t.Errorf("TranslateEnglish phrases = %q, want %q", got, want)
	}
}

func TestLooksEnglish(t *testing.T) {
	l := newTestLexicon(t)
	tests := []struct {
		q    string
		want bool
	}{
		{"Who is the British prime minister?", true},
		{"What did Biden say about cybersecurity?", true},
		{"How many internet users are there in China?", true},
		{"When was the G8 summit held?", true},
		{"Which country hosted the meeting?", true},
		{"Qui est le Premier ministre britannique ?", false},
		{"Combien d'internautes en Chine ?", false},
		{"Quand le sommet du G8 a-t-il eu lieu ?", false},
		{"Que pense Biden de la cybersécurité ?", false},
		{"Qu'a dit David Cameron ?", false},
		{"internet", false},
		{"Cameron", false},
		{"", false},
		{"cyberpoliciers chine", false},
	}
	for _, tt := range tests {
		if got := l.LooksEnglish(Tokenize(tt.q)); got != tt.want {
			t.Errorf("LooksEnglish(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestRelatedCapital checks a group whose first word has a capital: it
// relates that word to the others as a name only, one way, and makes no
// French word of it for the speller.
func TestRelatedCapital(t *testing.T) {
	l := newTestLexicon(t)
	if got := l.RelatedCapital("net"); !slices.Contains(got, "internet") {
		t.Errorf("RelatedCapital(net) = %q, want internet in it (institutions.txt)", got)
	}
	if got := l.Related("net"); slices.Contains(got, "internet") {
		t.Errorf("Related(net) = %q: « un bénéfice net » is no internet", got)
	}
	l, err := LoadLexicon(strings.NewReader("chat, félin\nToile, web, internet\nToile, réseau\n"), strings.NewReader(""))
	if err != nil {
		t.Fatal(err)
	}
	if got := l.RelatedCapital("toil"); !slices.Equal(got, []string{"internet", "reseau", "web"}) {
		t.Errorf("RelatedCapital(toil) = %q, want the two groups' words, sorted", got)
	}
	for _, s := range []string{"toil", "web", "internet"} {
		if got := l.Related(s); got != nil {
			t.Errorf("Related(%s) = %q, want none: a capital's group is a name's", s, got)
		}
	}
	if got := l.RelatedCapital("web"); got != nil {
		t.Errorf("RelatedCapital(web) = %q, want none: one way only", got)
	}
	if l.KnowsFrench("toile") {
		t.Error("a capital's group made « toile » a French word to correct misspellings to")
	}
	if _, err := LoadLexicon(strings.NewReader("Toile, la\n"), strings.NewReader("")); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("a capital's group with one word: err = %v", err)
	}
}

func TestLoadLexiconErrors(t *testing.T) {
	tests := []struct {
		name, syn, en, want string
	}{
		{"lonely group", "chat\n", "", "synonyms: line 1"},
		{"stop words only", "# c\nle, la\n", "", "synonyms: line 2"},
		{"no tab", "", "cat chat\n", "english glossary: line 1"},
		{"empty french", "", "cat\t \n", "english glossary: line 1"},
	}
	for _, tt := range tests {
		_, err := LoadLexicon(strings.NewReader(tt.syn), strings.NewReader(tt.en))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want it to contain %q", tt.name, err, tt.want)
		}
	}
	l, err := LoadLexicon(strings.NewReader("chat, félin\n"), strings.NewReader("cat\tchat|félin\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := l.Related("chat"); !slices.Equal(got, []string{"felin"}) {
		t.Errorf("Related(chat) = %q", got)
	}
	if got := l.EnglishToFrench("cat"); !slices.Equal(got, []string{"chat", "felin"}) {
		t.Errorf("EnglishToFrench(cat) = %q", got)
	}
}

var update = flag.Bool("update", false, "rewrite the lexicon's generated tables (lexicon_generated.go, generated/french_speller.bin, generated/english_speller.bin) from the files they come from")

// TestLexiconTablesAreCurrent requires the compiled tables
// (lexicon_generated.go) and the speller file to be what LoadLexicon
// makes of the synonym files, the derivations and the glossary, and
// NewLexicon to be that lexicon.
func TestLexiconTablesAreCurrent(t *testing.T) {
	src, err := loadLexicon(embeddedSynonyms(), strings.NewReader(derivationsData), strings.NewReader(englishData))
	if err != nil {
		t.Fatal(err)
	}
	code, err := lexiconSource(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, table := range []struct{ file, want string }{
		{"lexicon_generated.go", string(code)},
		{"generated/french_speller.bin", formatSpeller(t, src.buildFrenchSpeller())},
		{"generated/english_speller.bin", formatSpeller(t, src.buildEnglishSpeller())},
	} {
		gencheck.Check(t, table.file, []byte(table.want), *update, "go test ./knowledge/french -run TestLexiconTablesAreCurrent -update")
	}
	l := newTestLexicon(t)
	if !reflect.DeepEqual(l.related, src.related) {
		t.Error("NewLexicon's relations differ from LoadLexicon's on the same files")
	}
	if !reflect.DeepEqual(l.derived, src.derived) {
		t.Error("NewLexicon's derivations differ from LoadLexicon's on the same files")
	}
	if !reflect.DeepEqual(l.capital, src.capital) {
		t.Error("NewLexicon's names written with a capital differ from LoadLexicon's on the same files")
	}
	if !reflect.DeepEqual(l.french, src.french) {
		t.Error("NewLexicon's French words differ from LoadLexicon's on the same files")
	}
	if !reflect.DeepEqual(l.english, src.english) {
		t.Error("NewLexicon's glossary differs from LoadLexicon's on the same files")
	}
}

// formatSpeller is the speller file of sp.
func formatSpeller(t *testing.T, sp *Speller) string {
	t.Helper()
	b, err := sp.Index().AppendBinary(nil)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestFrenchSpellerIsRead checks that the embedded lexicon's spellers
// (French and English) are the ones their files hold, the same as
// indexing the words gives.
func TestFrenchSpellerIsRead(t *testing.T) {
	l := newTestLexicon(t)
	read, built := l.FrenchSpeller(), l.buildFrenchSpeller()
	if !reflect.DeepEqual(read.Index(), built.Index()) || read.lay != built.lay {
		t.Fatal("the speller read from its file differs from the one indexed")
	}
	file := uintptr(unsafe.Pointer(unsafe.StringData(frenchSpellerData)))
	if w := uintptr(unsafe.Pointer(unsafe.StringData(read.words.Text))); w < file || w >= file+uintptr(len(frenchSpellerData)) {
		t.Fatal("the speller was not read from its file")
	}
	for _, w := range []string{"fnoction", "gouvernemnt", "populasion", "xqzwv"} {
		a, aok := read.Correct(w)
		b, bok := built.Correct(w)
		if a != b || aok != bok {
			t.Errorf("Correct(%q): %q %v from the file, %q %v indexed", w, a, aok, b, bok)
		}
	}
	read, built = l.EnglishSpeller(), l.buildEnglishSpeller()
	if !reflect.DeepEqual(read.Index(), built.Index()) || read.lay != built.lay {
		t.Fatal("the English speller read from its file differs from the one indexed")
	}
	file = uintptr(unsafe.Pointer(unsafe.StringData(englishSpellerData)))
	if w := uintptr(unsafe.Pointer(unsafe.StringData(read.words.Text))); w < file || w >= file+uintptr(len(englishSpellerData)) {
		t.Fatal("the English speller was not read from its file")
	}
}
