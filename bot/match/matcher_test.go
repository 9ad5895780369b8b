package match

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/internal/seeds"
	"github.com/citebot/citebot/knowledge"
)

func seedBase(t testing.TB) *knowledge.Base { return seeds.Base(t) }

// paragraphsMatcher is a matcher over one article holding each of
// paragraphs, a sentence each, and a function that finds one of them by
// its text.
func paragraphsMatcher(t *testing.T, paragraphs ...string) (*Matcher, func(string) *knowledge.Sentence) {
	t.Helper()
	base, err := knowledge.Load(fstest.MapFS{"a.txt": {Data: []byte("Un titre\n\n" + strings.Join(paragraphs, "\n\n") + "\n")}})
	if err != nil {
		t.Fatal(err)
	}
	return New(base), func(text string) *knowledge.Sentence {
		t.Helper()
		for _, s := range base.Sentences {
			if s.Text == text {
				return s
			}
		}
		t.Fatalf("no sentence %q", text)
		return nil
	}
}

// TestLanguageResourcesLoad guards the embedded lexicon: if it failed to
// parse, the matcher would silently lose synonyms and English.
func TestLanguageResourcesLoad(t *testing.T) {
	m := New(seedBase(t))
	if err := m.Err(); err != nil {
		t.Fatal(err)
	}
	if m.lang.lex == nil || m.lang.speller == nil {
		t.Fatal("lexicon or speller missing")
	}
	if c, ok := m.lang.correct("chinne"); !ok || c != "chine" {
		t.Errorf("correct(chinne) = %q, %v", c, ok)
	}
}

// TestFollowUpOpeningsAlone is defect 3 of issue 7: a question made only
// of a follow-up's opening ("Et ?", "Et ensuite ?") indexed past the end
// of its words. The matcher is called directly, with no recover.
func TestFollowUpOpeningsAlone(t *testing.T) {
	m := New(seedBase(t))
	first := m.Answer("Qui est Lu Wei ?", nil)
	conv := &Context{Article: first.Sentences[0].Article, Last: first.Sentences, Focus: first.Focus}
	for _, text := range []string{"Et ?", "Alors ?", "Mais ?", "Et ensuite ?", "Et puis donc ?", "et dans ?"} {
		if k := m.parse(sanitize(text)).kind; k != kindAny {
			t.Errorf("%q asks for %v, want any", text, k)
		}
		m.Answer(text, nil)
		m.Answer(text, conv)
	}
}

func TestSanitize(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"<b>Qui</b> est <a href=\"https://x.fr\">Lu Wei</a> ?", "Qui est Lu Wei ?"},
		{"si a <b et c> d", "si a <b et c> d"}, // not a tag: a comparison
		{"Qui\x00 est\u200b\nLu\xffWei ?", "Qui est Lu\uFFFDWei ?"},
		{strings.Repeat(" ", 3), ""},
		// Capitals alone are read in lower case, but for one or two
		// words (an acronym, a name).
		{"QUI A SIGNÉ L'APPEL DE PARIS ?", "qui a signé l'appel de paris ?"},
		{"OTAN ?", "OTAN ?"},
		{"Qui dirige l'OTAN ?", "Qui dirige l'OTAN ?"},
	} {
		if got := sanitize(tt.in); got != tt.want {
			t.Errorf("sanitize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNeverMisstatesSources: a name one letter off, or the year an
// article is dated, is never "something the articles do not mention".
func TestNeverMisstatesSources(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct{ question, wantSpeaker string }{
		{"Qui est William Nie ?", "William Nee"},
		{"Que pense Camerone d'Internet ?", "David Cameron"},
		{"Que s'est-il passé en 2018 ?", ""},
	} {
		a := m.Answer(tt.question, nil)
		if len(a.Unknown) > 0 {
			t.Errorf("%q: the articles would not mention %v", tt.question, a.Unknown)
		}
		if tt.wantSpeaker != "" && (!a.Answered || !slices.Contains(a.Speakers, tt.wantSpeaker)) {
			t.Errorf("%q: answered %v with speakers %v, want %s", tt.question, a.Answered, a.Speakers, tt.wantSpeaker)
		}
	}
	// A name no article gives is still said to be missing, typed in
	// lower case too.
	if a := m.Answer("Qui est Xi Jinping ?", nil); len(a.Unknown) == 0 {
		t.Errorf("Xi Jinping: not reported as unknown")
	}
	for _, tt := range []struct{ question, unknown string }{
		{"qu'a dit angela merkel a londres lors de la conference sur le cyberespace", "angela merkel"},
		{"que pense donald trump de l'appel de paris", "donald trump"},
		{"que pense la chine de la gouvernance d'internet", ""},
		{"combien de pays ont signe l'apel de paris", ""},
		{"que pense zorglub de la conference de londres", ""},                 // one rare word may be no name
		{"que disent les chaussettes rouges de la conference de londres", ""}, // French words
		// A place of the place list typed in lower case, which no French
		// word spells, is a name too; not one the articles hold, nor a
		// French word (« vienne »).
		{"qui a preside la conference de seoul en 2013", "seoul"},
		{"qui a organise la conference de londres", ""},
		{"que pense la chine de la conference qui se tient a vienne", ""},
		// In English, a country the articles never name in French
		// (« Inde ») is missing; one they name (« États-Unis », a
		// phrase of two English words) is not.
		{"What is India's position on the Paris Call?", "India"},
		{"When did the United States sign the Paris Call?", ""},
		{"Did Germany sign the Paris Call?", ""},
	} {
		a := m.Answer(tt.question, nil)
		if got := strings.Join(a.Unknown, ", "); got != tt.unknown {
			t.Errorf("%q: unknown %q, want %q", tt.question, got, tt.unknown)
		}
	}
}

// TestDatelineAgencyIsNoAnswer: the agency in a dateline sent the
// sentence; it did not sign the call the sentence is about.
func TestDatelineAgencyIsNoAnswer(t *testing.T) {
	m := New(seedBase(t))
	a := m.Answer("Qui a signé l'appel de Paris ?", nil)
	if a.Short == "Reuters" {
		t.Errorf("short answer %q: the news agency of the dateline", a.Short)
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"PARIS, 12 novembre (Reuters) - Des dizaines d'Etats signeront", true},
		{"des groupes comme Alphabet (Google) et Facebook", false},
		{"(Michel Rose, édité par Arthur Connan)", false},
	} {
		at := strings.Index(tt.text, "(") + 1
		if got := inDateline(tt.text, at); got != tt.want {
			t.Errorf("inDateline(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestMisspeltWordTheArticlesLack: a typo of a word the articles do not
// use is corrected to the lexicon's word, whose synonyms they use; a
// capitalised unknown word stays a name they never mention.
func TestMisspeltWordTheArticlesLack(t *testing.T) {
	m := New(seedBase(t))
	// The paraphrase is far enough from the article's words that the
	// learnt abstention doubts it: with the typo, it must find the same
	// sentence.
	right, typo := m.Explain("Quand prendra fin le rassemblement chinois consacré au Web ?"),
		m.Explain("Quand prendra fin le rassemblemeznt chinois consacré au Web ?")
	if len(right.Candidates) == 0 || len(typo.Candidates) == 0 || typo.Candidates[0].Sentence != right.Candidates[0].Sentence ||
		!strings.Contains(right.Candidates[0].Sentence.Text, "vendredi") {
		t.Errorf("« rassemblemeznt »: not the sentence « rassemblement » finds, nor the one saying when the conference ends")
	}
	for _, tt := range []struct{ question, short string }{
		{"Quel jour de la semaine l'appel de Paris doit-il être sgné ?", "ce lundi"},
	} {
		if a := m.Answer(tt.question, nil); !a.Answered || a.Short != tt.short {
			t.Errorf("%q: answered %v, short %q, want %q", tt.question, a.Answered, a.Short, tt.short)
		}
	}
	if a := m.Answer("Qu'a dit Poutine à Londres ?", nil); !slices.Contains(a.Unknown, "Poutine") {
		t.Errorf("Poutine: unknown %v, want it reported as never mentioned", a.Unknown)
	}
}

// TestFrenchWordIsNoTypo: the lexicon's speller corrects a misspelling,
// never a French word it lacks.
func TestFrenchWordIsNoTypo(t *testing.T) {
	l, err := newLanguage(seedBase(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ word, want string }{
		{"fnoction", "fonction"},
		{"rassemblemeznt", "rassemblement"},
		{"gerent", ""},  // « gèrent », not « gérer » misspelt
		{"maisons", ""}, // a form the lemma table lists
		{"maison", ""},  // the lemma of « maisons »
	} {
		got, ok := l.correctFrench(tt.word)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("correctFrench(%q) = %q, %v; want %q", tt.word, got, ok, tt.want)
		}
	}
}

// TestPluralHumanNoun: a question about people in the singular abstains
// when the cited sentence names none, but one about several (« Quels
// acteurs … ? ») may be answered by the groups the sentence names.
func TestPluralHumanNoun(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"Quels acteurs ont envoyé des représentants à la conférence de Londres sur le cyberespace ?", true},
		{"Quel acteur a envoyé des représentants à la conférence de Londres sur le cyberespace ?", false},
	} {
		if a := m.Answer(tt.q, nil); a.Answered != tt.want {
			t.Errorf("%q: answered %v, want %v", tt.q, a.Answered, tt.want)
		}
	}
}

// TestDesignatedPerson: a question about a person is answered by a
// sentence that names no one but quotes someone by « a-t-il déclaré »
// (the speaker is the short answer), or whose subject « Il » is the
// person named just before; not when that person was named further back.
func TestDesignatedPerson(t *testing.T) {
	m := New(seedBase(t))
	a := m.Answer("Quel représentant des industriels américains a assuré que ceux-ci connaissent et peuvent utiliser de meilleures technologies ?", nil)
	if !a.Answered || a.Short != "David Aucsmith" {
		t.Errorf("speaker: answered %v, short %q, want David Aucsmith", a.Answered, a.Short)
	}
	base, err := knowledge.Load(fstest.MapFS{"a.txt": {Data: []byte("Le plan\n\n" +
		"Le ministre Jean Dupont a visité l'usine de Lille. Il a proposé un plan de relance pour la région.\n\n" +
		"Le ministre Paul Martin a visité le port de Brest. La ville attend des crédits. Il a présenté un budget pour les quais.\n")}})
	if err != nil {
		t.Fatal(err)
	}
	m = NewWith(base, Options{Spans: &SpanWeights{}})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"Quel ministre a proposé un plan de relance pour la région ?", true},
		{"Quel ministre a présenté un budget pour les quais ?", false},
	} {
		if a := m.Answer(tt.q, nil); a.Answered != tt.want {
			t.Errorf("%q: answered %v, want %v", tt.q, a.Answered, tt.want)
		}
	}
}

// TestUnsure: an answer below Weights.Unsure is marked unsure, one above
// it is not, and a summary, whose confidence says nothing of the lead
// it cites, never is (its confidence is below the threshold too).
func TestUnsure(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct {
		q         string
		low, want bool
	}{
		{"Que veulent les industriels ?", true, true},
		{"Qui a qualifié Internet de force du bien ?", false, false},
		{"Résume l'article sur la Chine", true, false},
	} {
		a := m.Answer(tt.q, nil)
		if !a.Answered || a.Unsure != tt.want || (a.Confidence < m.w.Unsure) != tt.low {
			t.Errorf("%q: answered %v, unsure %v at confidence %.2f; want unsure %v, below %.2f %v", tt.q, a.Answered, a.Unsure, a.Confidence, tt.want, m.w.Unsure, tt.low)
		}
	}
}
