package lexres

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// smallTable is a table of the rows given and, when many is set, of
// enough made-up forms around them to fill several blocks.
func smallTable(t testing.TB, many bool) ([]Form, Lemmas) {
	forms := []Form{
		{"allait", []string{"aller"}},
		{"chevaux", []string{"cheval"}},
		{"est", []string{"est", "etre"}},
		{"partie", []string{"partie", "partir"}},
		{"sont", []string{"etre"}},
	}
	if many {
		for i := range 3 * lemmaBlock {
			forms = append(forms, Form{fmt.Sprintf("chevau%03d", i), []string{"cheval"}})
		}
		slices.SortFunc(forms, func(a, b Form) int { return strings.Compare(a.Form, b.Form) })
	}
	data, err := AppendLemmaTable(nil, forms)
	if err != nil {
		t.Fatal(err)
	}
	l, err := NewLemmas(string(data))
	if err != nil {
		t.Fatal(err)
	}
	return forms, l
}

func TestLemmasEncodeAndFind(t *testing.T) {
	if got := lemmaCode("allait", []string{"aller"}); got != "3er" {
		t.Errorf("code of allait: %q", got)
	}
	if got := lemmaCode("partie", []string{"partie", "partir"}); got != "0,1r" {
		t.Errorf("code of partie: %q", got)
	}
	for _, many := range []bool{false, true} {
		forms, l := smallTable(t, many)
		if l.Len() != len(forms) {
			t.Errorf("Len = %d, want %d", l.Len(), len(forms))
		}
		for _, f := range forms {
			if got := l.Lemmas(nil, f.Form); !reflect.DeepEqual(got, f.Lemmas) {
				t.Errorf("Lemmas(%q) = %q, want %q", f.Form, got, f.Lemmas)
			}
			if !l.Known(f.Form) {
				t.Errorf("%q unknown", f.Form)
			}
		}
		for _, absent := range []string{"", "a", "chevau", "chevau0", "chevau999", "parties", "zzz", "allait\t3er"} {
			if got := l.Lemmas(nil, absent); !reflect.DeepEqual(got, []string{absent}) || l.Known(absent) {
				t.Errorf("absent %q: %q, known %v", absent, got, l.Known(absent))
			}
		}
	}
	if (Lemmas{}).Known("a") {
		t.Error("the zero table knows a word")
	}
	for _, bad := range [][]Form{
		{{"b", []string{"b"}}, {"a", []string{"a"}}},
		{{"a", []string{"a"}}, {"a", []string{"a"}}},
		{{"", []string{"a"}}},
		{{"a", nil}},
	} {
		if _, err := AppendLemmaTable(nil, bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// TestNewLemmasRejects: data that is not a table of this version, or a
// table cut short or with its blocks' offsets or keys out of order, is an
// error, never a table that finds wrongly.
func TestNewLemmasRejects(t *testing.T) {
	forms, l := smallTable(t, true)
	data, err := AppendLemmaTable(nil, forms)
	if err != nil {
		t.Fatal(err)
	}
	blocks := len(data) - len(l.entries) - len(l.blocks)
	swapped := slices.Clone(data) // the first two blocks' offsets
	copy(swapped[blocks:], data[blocks+blockEntry:blocks+blockEntry+4])
	copy(swapped[blocks+blockEntry:], data[blocks:blocks+4])
	badKey := slices.Clone(data) // the second block's key below the first's
	clear(badKey[blocks+blockEntry+4 : blocks+2*blockEntry])
	for name, d := range map[string][]byte{
		"empty":              nil,
		"text":               []byte("allait\t3er\n"),
		"other version":      append([]byte("lemmas 2\n"), data[len(lemmaMagic):]...),
		"cut in the header":  data[:len(lemmaMagic)+3],
		"cut in the blocks":  data[:blocks+6],
		"cut in the entries": data[:len(data)-len(l.entries)/2],
		"offsets swapped":    swapped,
		"keys decreasing":    badKey,
	} {
		if _, err := NewLemmas(string(d)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestEmbeddedLemmas checks the embedded table on the inflections the
// Snowball stemmer gets wrong, and that its forms are sorted and its keys
// their blocks' (bisection needs both), and its forms as many as it says.
func TestEmbeddedLemmas(t *testing.T) {
	l, err := EmbeddedLemmas()
	if err != nil {
		t.Fatal(err)
	}
	if l.Len() < 300000 {
		t.Fatalf("embedded table holds %d forms", l.Len())
	}
	for form, want := range map[string]string{
		"naquit":    "naitre",
		"nee":       "naitre",
		"fut":       "etre",
		"parlons":   "parler",
		"parlement": "parlement",
		"chevaux":   "cheval",
		"iront":     "aller",
		"partis":    "partir",
	} {
		if got := l.Lemmas(nil, form); !slices.Contains(got, want) {
			t.Errorf("Lemmas(%q) = %q, want it to hold %q", form, got, want)
		}
	}
	if got := l.Lemmas(nil, "parlement"); slices.Contains(got, "parler") {
		t.Errorf("parlement is a form of parler: %q", got)
	}
	prev, n := "", 0
	for b := range len(l.blocks) / blockEntry {
		if l.key(b) != blockKey(l.first(b)) {
			t.Errorf("block %d: key %x, its first form %q", b, l.key(b), l.first(b))
		}
		for c := l.block(b); c.next(); {
			if string(c.form) <= prev {
				t.Fatalf("form %d: %q after %q: table not sorted", n+1, c.form, prev)
			}
			prev = string(c.form)
			n++
		}
	}
	if n != l.Len() {
		t.Errorf("%d forms decoded, the table says %d", n, l.Len())
	}
}

// TestIsWord tells French words, inflected or not, from misspellings.
func TestIsWord(t *testing.T) {
	l, err := EmbeddedLemmas()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"maisons", true}, {"maison", true}, {"gerent", true}, {"gerer", true}, {"grand", true},
		{"fnoction", false}, {"rassemblemeznt", false}, {"sgne", false},
	} {
		if got := l.IsWord(tt.word); got != tt.want {
			t.Errorf("IsWord(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func FuzzLemmas(f *testing.F) {
	forms, _ := smallTable(f, true)
	data, err := AppendLemmaTable(nil, forms)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(data), "est")
	f.Add(string(data), "chevau050")
	f.Add("lemmas 1\n\x01\x01\x0299\x01\x00\x00\x00\x00\x00\x01x\x00", "x")
	f.Fuzz(func(t *testing.T, data, word string) {
		l, err := NewLemmas(data)
		if err != nil {
			return
		}
		if got := l.Lemmas(nil, word); len(got) == 0 && !l.Known(word) {
			t.Fatalf("%q: no lemma and unknown", word)
		}
		for b := range len(l.blocks) / blockEntry {
			for c := l.block(b); c.next(); {
			}
		}
	})
}

// BenchmarkLemmas looks up forms of the embedded table and words it does
// not hold, one in two.
func BenchmarkLemmas(b *testing.B) {
	l, err := EmbeddedLemmas()
	if err != nil {
		b.Fatal(err)
	}
	var words []string
	for blk := 0; blk < len(l.blocks)/blockEntry; blk += 97 {
		for c := l.block(blk); c.next(); {
			words = append(words, string(c.form), string(c.form)+"q")
		}
	}
	buf := make([]string, 0, 4)
	b.ResetTimer()
	for i := range b.N {
		buf = l.Lemmas(buf[:0], words[i%len(words)])
	}
}

// BenchmarkEmbeddedLemmas is the table's cost at start-up: reading its
// header and checking every block.
func BenchmarkEmbeddedLemmas(b *testing.B) {
	for range b.N {
		if _, err := EmbeddedLemmas(); err != nil {
			b.Fatal(err)
		}
	}
}

// A cursor decodes one block's forms in order, rebuilding each, as the
// look-up does not: the tests read every form of a table with it.
type cursor struct {
	codes   []string
	e       string
	pos     int
	form    []byte // the form decoded last
	damaged bool
}

// block returns a cursor on block b's forms.
func (l Lemmas) block(b int) *cursor {
	e, pos := l.blockEntries(b)
	return &cursor{codes: l.codes, e: e, pos: pos}
}

// next decodes the next form and reports whether there was one; it stops
// at a damaged entry.
func (c *cursor) next() bool {
	e := c.e
	if c.damaged || c.pos+2 > len(e) {
		return false
	}
	shared, n := int(e[c.pos]), int(e[c.pos+1])
	c.pos += 2
	if shared > len(c.form) || n > len(e)-c.pos {
		c.damaged = true
		return false
	}
	c.form = append(c.form[:shared], e[c.pos:c.pos+n]...)
	var code uint64
	code, c.pos = uvarint(e, c.pos+n)
	if c.pos < 0 || code >= uint64(len(c.codes)) {
		c.damaged = true
		return false
	}
	return true
}
