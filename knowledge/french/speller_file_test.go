package french

import (
	"slices"
	"testing"
)

// smallSpeller is a speller over a few words, of which one is too long to
// index and one is not plain ASCII.
func smallSpeller() *Speller {
	return NewSpeller(map[string]int{"gouvernement": 3, "internet": 9, "chine": 2, "cyberespace": 1, "pékin": 4,
		"anticonstitutionnellementxxxxxxxxxxxx": 1})
}

func TestSpellerFileRoundTrip(t *testing.T) {
	for _, sp := range []*Speller{smallSpeller(), NewSpeller(map[string]int{})} {
		b, err := sp.Index().AppendBinary([]byte("avant"))
		if err != nil {
			t.Fatal(err)
		}
		data := string(b[len("avant"):])
		ix, err := ParseSpellerIndex(data)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(listOf(ix.Words), listOf(sp.words)) || !slices.Equal(ix.Freq, sp.freq) ||
			!slices.Equal(ix.Keys, sp.keys) || !slices.Equal(ix.Buckets, sp.buckets) {
			t.Fatal("the speller file does not give back the index written")
		}
		if sp.words.Len() > 0 {
			read, err := SpellerFromIndex(ix)
			if err != nil {
				t.Fatal(err)
			}
			if got, ok := read.Correct("gouvernemnt"); got != "gouvernement" || !ok {
				t.Errorf("the speller read corrects gouvernemnt to %q, %v", got, ok)
			}
		}
		for cut := range len(data) {
			if _, err := ParseSpellerIndex(data[:cut]); err == nil {
				t.Fatalf("a speller file cut at %d bytes of %d was read", cut, len(data))
			}
		}
	}
}

func FuzzParseSpellerIndex(f *testing.F) {
	b, err := smallSpeller().Index().AppendBinary(nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(b))
	f.Add(spellerMagic)
	f.Fuzz(func(t *testing.T, data string) {
		ix, err := ParseSpellerIndex(data)
		if err != nil {
			return
		}
		again, err := ix.AppendBinary(nil)
		if err != nil || string(again) != data {
			t.Fatalf("a speller file read does not write back the same: %v", err)
		}
		sp, err := SpellerFromIndex(ix)
		if err != nil {
			return
		}
		for _, w := range []string{"gouvernemnt", "internet", "chin", "xx", ""} {
			sp.Correct(w)
		}
	})
}
