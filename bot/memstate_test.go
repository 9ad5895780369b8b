package bot

import (
	"reflect"
	"testing"
)

// TestStateRoundTrip checks that a MemoryStore gives back the state it
// was given, whatever it holds.
func TestStateRoundTrip(t *testing.T) {
	for _, st := range []ConversationState{
		{},
		{Turns: 1, Article: "a"},
		{Turns: 3, Article: "sommet", Entry: 42, Question: "Qu'a dit William Hague ?",
			Last:  []SentenceRef{{Article: "sommet", Paragraph: 2, Sentence: 1}},
			Cited: []SentenceRef{{Article: "sommet", Paragraph: 1, Sentence: 1}, {Article: "sommet", Paragraph: 2, Sentence: 1}},
			More:  []SentenceRef{{Article: "autre", Paragraph: 4, Sentence: 3}, {Article: "sommet", Paragraph: 9, Sentence: 2}, {Article: "sommet", Paragraph: 9, Sentence: 3}},
			Focus: &EntityRef{Article: "sommet", Name: "William Hague"}},
		{Focus: &EntityRef{}},
		{Turns: -1, Entry: -7, Last: []SentenceRef{{Article: "", Paragraph: -3, Sentence: 1 << 40}}},
		{Article: "é\x00\xff", More: []SentenceRef{{Article: "x"}, {Article: ""}, {Article: "x"}}},
	} {
		got, err := decodeState(encodeState(st))
		if err != nil || !reflect.DeepEqual(got, st) {
			t.Errorf("%+v read back as %+v, %v", st, got, err)
		}
	}
}

// TestDecodeStateRejects checks that what encodeState did not write is
// refused: cut short, with bytes left over, or with a bad flag.
func TestDecodeStateRejects(t *testing.T) {
	good := encodeState(ConversationState{Turns: 2, Article: "a", Last: []SentenceRef{{Article: "b", Paragraph: 1, Sentence: 2}}, Focus: &EntityRef{Article: "a", Name: "N"}})
	for i := range len(good) {
		if _, err := decodeState(good[:i]); err == nil {
			t.Errorf("cut at %d of %d: accepted", i, len(good))
		}
	}
	if _, err := decodeState(good + "x"); err == nil {
		t.Error("bytes left over: accepted")
	}
	if _, err := decodeState("\x00\x00\x01\x07"); err == nil {
		t.Error("a sentence whose article flag is 7: accepted")
	}
}

// FuzzDecodeState checks that decodeState never panics, and that a state
// it accepts reads back the same once encoded again.
func FuzzDecodeState(f *testing.F) {
	f.Add(encodeState(ConversationState{Turns: 1, Article: "a", Cited: []SentenceRef{{Article: "a", Paragraph: 1, Sentence: 1}}}))
	f.Add(encodeState(ConversationState{Focus: &EntityRef{Article: "x", Name: "y"}, Entry: 9}))
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		st, err := decodeState(s)
		if err != nil {
			return
		}
		back, err := decodeState(encodeState(st))
		if err != nil || !reflect.DeepEqual(back, st) {
			t.Fatalf("%+v read back as %+v, %v", st, back, err)
		}
	})
}
