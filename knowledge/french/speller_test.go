package french

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/citebot/citebot/knowledge/strtab"
)

// seedVocabulary builds the folded word frequencies of the bundled articles.
func seedVocabulary(t testing.TB) map[string]int {
	t.Helper()
	files, err := filepath.Glob("../corpus/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no bundled articles: %v", err)
	}
	freq := make(map[string]int)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, tk := range Tokenize(string(data)) {
			if tk.Kind == Word {
				freq[strings.Clone(tk.Fold)]++
			}
		}
	}
	return freq
}

func TestCorrectRealExamples(t *testing.T) {
	sp := NewSpeller(seedVocabulary(t))
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"bidden", "biden", true},
		{"chinne", "chine", true},
		{"confience", "confiance", true},
		{"pari", "paris", true},
		{"reglementasions", "reglementations", true},
		{"cyberpoliciers", "cyberpoliciers", true}, // known
		{"chine", "chine", true},
		{"gouvernemnt", "gouvernement", true},
		{"xqzwv", "xqzwv", false},
		{"chi", "chi", false}, // three letters: never corrected
		{"2014", "2014", false},
		{"", "", false},
		{strings.Repeat("chine", 100000), strings.Repeat("chine", 100000), false},
	}
	for _, tt := range tests {
		got, ok := sp.Correct(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Correct(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestCorrectRanking(t *testing.T) {
	sp := NewSpeller(map[string]int{
		"paris": 5, "part": 50, "parti": 40, // pari: slip (paris) before frequency
		"maison": 3, "raison": 30, // maisn: only maison is one edit away
		"vote": 2, "note": 9, "voter": 1, // mote: substitution ties, frequency decides
		"abcdefgh": 1, "abcdefgy": 100, // abcdefgz: both at distance 1, no slip: frequency
		"par":          500, // pari: an extra last letter is not a slip, a missing one is
		"constitution": 4,   // constitusion → 1, constitition → 1
		"information":  7,   // infromatoin: two transpositions → 2
	})
	tests := []struct{ in, want string }{
		{"pari", "paris"},
		{"maisn", "maison"},
		{"mote", "note"},
		{"abcdefgz", "abcdefgy"},
		{"constitusion", "constitution"},
		{"infromatoin", "information"},
		{"infrmtn", "infrmtn"}, // 7 letters: one edit allowed, four needed
	}
	for _, tt := range tests {
		if got, _ := sp.Correct(tt.in); got != tt.want {
			t.Errorf("Correct(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if sp.Len() != 13 || !sp.Known("vote") || sp.Freq("note") != 9 || sp.Freq("zzz") != 0 {
		t.Errorf("Len/Known/Freq wrong: %d %v %d", sp.Len(), sp.Known("vote"), sp.Freq("note"))
	}
}

func TestMaxDistance(t *testing.T) {
	for _, tt := range []struct {
		w string
		d int
	}{{"", 0}, {"abc", 0}, {"abcd", 1}, {"abcdefg", 1}, {"abcdefgh", 2}, {"abcdefghijklmnop", 2}} {
		if got := MaxDistance(tt.w); got != tt.d {
			t.Errorf("MaxDistance(%q) = %d, want %d", tt.w, got, tt.d)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		max  int
		want int
	}{
		{"", "", 2, 0},
		{"abc", "abc", 2, 0},
		{"abc", "abd", 2, 1},
		{"abc", "acb", 2, 1}, // transposition
		{"abc", "ab", 2, 1},
		{"abc", "", 2, 3},
		{"bidden", "biden", 2, 1},
		{"ca", "abc", 3, 3}, // OSA, not full Damerau
		{"kitten", "sitting", 5, 3},
		{"kitten", "sitting", 1, 2}, // capped at max+1
		{strings.Repeat("a", 70), strings.Repeat("a", 69) + "b", 2, 1},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b, tt.max); got != tt.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
		}
	}
}

// TestCorrectMatchesBruteForce compares the index with a scan of the whole
// vocabulary on misspellings made by random edits of real words: with
// every bit of the deletion hashes in the keys, as up to 65,536 words;
// with few of them, as in a larger vocabulary (more candidates, the same
// corrections); and read back from its arrays (SpellerFromIndex).
func TestCorrectMatchesBruteForce(t *testing.T) {
	freq := seedVocabulary(t)
	sp := NewSpeller(freq)
	read, err := SpellerFromIndex(sp.Index())
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		sp   *Speller
	}{
		{"all hash bits", sp},
		{"8 hash bits", newSpeller(freq, 24)},
		{"2 hash bits", newSpeller(freq, 30)},
		{"read back", read},
	} {
		t.Run(tt.name, func(t *testing.T) {
			words := listOf(tt.sp.words)
			rng := rand.New(rand.NewPCG(1, 2))
			letters := "abcdefghijklmnopqrstuvwxyz"
			for range 1500 {
				w := []byte(words[rng.IntN(len(words))])
				if !correctable(string(w)) || len(w) < 4 {
					continue
				}
				for range 1 + rng.IntN(2) {
					i := rng.IntN(len(w))
					switch rng.IntN(4) {
					case 0: // delete
						w = append(w[:i:i], w[i+1:]...)
					case 1: // insert
						w = append(w[:i:i], append([]byte{letters[rng.IntN(26)]}, w[i:]...)...)
					case 2: // substitute
						w[i] = letters[rng.IntN(26)]
					case 3: // transpose
						if i+1 < len(w) {
							w[i], w[i+1] = w[i+1], w[i]
						}
					}
				}
				q := string(w)
				got, gotOK := tt.sp.Correct(q)
				want, wantOK := bruteCorrect(tt.sp, q)
				if got != want || gotOK != wantOK {
					t.Errorf("Correct(%q) = %q, %v; brute force %q, %v", q, got, gotOK, want, wantOK)
				}
			}
		})
	}
}

// TestSpellerFromIndexRejects checks that arrays that do not fit together
// are refused, not read.
func TestSpellerFromIndexRejects(t *testing.T) {
	good := NewSpeller(map[string]int{"bonjour": 2, "maison": 1, "paris": 3}).Index()
	for _, tt := range []struct {
		name   string
		mutate func(ix *SpellerIndex)
	}{
		{"frequencies short", func(ix *SpellerIndex) { ix.Freq = ix.Freq[1:] }},
		{"words out of order", func(ix *SpellerIndex) { ix.Words = strtab.List([]string{"paris", "maison", "bonjour"}) }},
		{"a word twice", func(ix *SpellerIndex) { ix.Words = strtab.List([]string{"bonjour", "bonjour", "paris"}) }},
		{"words past their text", func(ix *SpellerIndex) {
			ix.Words = strtab.Packed{Text: "bonjourmaison", Offs: []uint32{0, 7, 13, 18}}
		}},
		{"buckets short", func(ix *SpellerIndex) { ix.Buckets = ix.Buckets[1:] }},
		{"buckets past the keys", func(ix *SpellerIndex) { ix.Keys = ix.Keys[1:] }},
		{"buckets out of order", func(ix *SpellerIndex) { ix.Buckets[len(ix.Buckets)-2] = uint32(len(ix.Keys)) + 1 }},
		{"buckets not a power of two", func(ix *SpellerIndex) { ix.Buckets = append(ix.Buckets, ix.Buckets[len(ix.Buckets)-1]) }},
		{"a key naming no word", func(ix *SpellerIndex) { ix.Keys[0] |= 3 }},
	} {
		ix := SpellerIndex{Words: good.Words, Freq: slices.Clone(good.Freq), Keys: slices.Clone(good.Keys), Buckets: slices.Clone(good.Buckets)}
		tt.mutate(&ix)
		if _, err := SpellerFromIndex(ix); err == nil {
			t.Errorf("%s: accepted", tt.name)
		}
	}
	if _, err := SpellerFromIndex(good); err != nil {
		t.Errorf("the speller's own index: %v", err)
	}
}

func bruteCorrect(sp *Speller, q string) (string, bool) {
	if sp.Known(q) {
		return q, true
	}
	maxD := MaxDistance(q)
	if maxD == 0 || len(q) > maxSpellLen || !correctable(q) {
		return q, false
	}
	best := -1
	var bd, bf int
	var bslip bool
	words := listOf(sp.words)
	for id, w := range words {
		if !indexable(w) {
			continue
		}
		d := editDistance(q, w, maxD)
		if d > maxD {
			continue
		}
		slip := d == 1 && isSlip(q, w)
		if best < 0 || rankBefore(d, slip, int(sp.freq[id]), w, bd, bslip, bf, words[best]) {
			best, bd, bslip, bf = id, d, slip, int(sp.freq[id])
		}
	}
	if best < 0 {
		return q, false
	}
	return words[best], true
}

// listOf returns the strings of a packed list.
func listOf(x strtab.Packed) []string {
	out := make([]string, x.Len())
	for i := range out {
		out[i] = x.At(int32(i))
	}
	return out
}

func TestSpellerEmpty(t *testing.T) {
	sp := NewSpeller(nil)
	if got, ok := sp.Correct("bonjour"); ok || got != "bonjour" {
		t.Errorf("empty speller corrected to %q, %v", got, ok)
	}
}
