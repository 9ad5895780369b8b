package match

import (
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/knowledge"
)

// TestTitleDotGoesOn reads a phrase of time past « M. » before a name: the
// full stop of a title is no clause's end. A follow-up, whose pronoun
// stands for the person without naming him, reads the phrase from the
// verb on, over « M. Robinson »; a full stop that ends a sentence's clause
// still stops it.
func TestTitleDotGoesOn(t *testing.T) {
	base, err := knowledge.Load(fstest.MapFS{"g8.txt": {Data: []byte("La conférence du G8\n\n" +
		"James Robinson, procureur général adjoint, a dirigé la délégation américaine à Paris. " +
		"«Il n’y a pas de frontières pour ce média», a rappelé M. Robinson au cours de la conférence de presse finale.\n")}})
	if err != nil {
		t.Fatal(err)
	}
	m := New(base)
	first := m.Answer("Qui a dirigé la délégation américaine à Paris ?", nil)
	if !first.Answered || first.Focus == nil {
		t.Fatalf("first question: answered=%v focus=%v", first.Answered, first.Focus)
	}
	conv := &Context{Article: first.Sentences[0].Article, Last: first.Sentences, Focus: first.Focus,
		Cited: map[int]bool{first.Sentences[0].ID: true}}
	const want = "au cours de la conférence de presse finale"
	for _, tt := range []struct {
		q    string
		conv *Context
	}{
		{"À quel moment James Robinson a-t-il rappelé qu'il n'y a pas de frontières pour ce média ?", nil},
		{"Et à quel moment a-t-il rappelé qu'il n'y a pas de frontières pour ce média ?", conv},
	} {
		a := m.Answer(tt.q, tt.conv)
		if !a.Answered || a.Short != want {
			t.Errorf("%q: answered=%v short=%q, want %q", tt.q, a.Answered, a.Short, want)
		}
	}

	q := &question{}
	for _, tt := range []struct {
		text string
		at   int // the token whose gap is read
		want bool
	}{
		{"a rappelé M. Robinson au cours de", 3, false},
		{"a rappelé Mme. Dupont au cours de", 3, false},
		{"a rappelé ce jour. Robinson est parti", 4, true},
		{"a rappelé M. après lui", 3, true}, // no name after the title
		{"a rappelé M, Robinson", 3, true},
	} {
		s := &knowledge.Sentence{Text: tt.text}
		r := m.read(q, s)
		if got := r.breaks(tt.at); got != tt.want {
			t.Errorf("%q: breaks before %q = %v, want %v", tt.text, r.toks[tt.at].Text, got, tt.want)
		}
	}
}

// TestReadOnce reads a sentence once per question while the ranking's
// rooms last: the doubts read every candidate, the short-answer rules the
// cited one again, and each gets the reading already made; past the
// rooms, a sentence is read anew, and rightly.
func TestReadOnce(t *testing.T) {
	m := New(seedBase(t))
	sents := m.base.Sentences
	if len(sents) < scratchReads+2 {
		t.Fatalf("%d sentences, want more than %d", len(sents), scratchReads+1)
	}
	q := m.parse("Qui a qualifié Internet de force du bien ?")
	rooms := []*reading{}
	q.readRooms = &rooms
	first := m.read(q, sents[0])
	m.read(q, sents[1])
	if again := m.read(q, sents[0]); again != first {
		t.Errorf("the first sentence read again after another: a new reading")
	}
	for _, s := range sents[1 : scratchReads+2] {
		m.read(q, s)
	}
	last := sents[scratchReads+1] // read past the rooms
	m.read(q, sents[0])
	if r := m.read(q, last); r.sentence != last || r.text != last.Text {
		t.Errorf("a sentence read past the rooms: reading of %q", r.text)
	}
	if r := m.read(q, sents[1]); r.sentence != sents[1] || len(r.toks) == 0 {
		t.Errorf("the second sentence read again: reading of %q", r.text)
	}
}
