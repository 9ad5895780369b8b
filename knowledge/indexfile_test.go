package knowledge

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"os"
	"reflect"
	"testing"

	"github.com/citebot/citebot/knowledge/french"
)

// writeRead loads dir, writes its index file and reads it back.
func writeRead(t *testing.T, dir string) (built, read *Base, file []byte) {
	t.Helper()
	fsys := os.DirFS(dir)
	built, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	key, err := CorpusKey(fsys, "test")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := built.WriteIndex(&buf, key); err != nil {
		t.Fatal(err)
	}
	read, err = ReadIndex(buf.Bytes(), key)
	if err != nil {
		t.Fatal(err)
	}
	return built, read, buf.Bytes()
}

// TestIndexFileRoundTrip checks that the base read from an index file is
// the base Load built: articles and everything extracted, the index's
// arrays, the sentence facts and the speller.
func TestIndexFileRoundTrip(t *testing.T) {
	built, read, _ := writeRead(t, seedDir)
	if !reflect.DeepEqual(built.Articles, read.Articles) {
		t.Error("articles differ")
	}
	if !reflect.DeepEqual(built.Sentences, read.Sentences) {
		t.Error("sentences differ")
	}
	if !reflect.DeepEqual(*built.ix, *read.ix) {
		t.Error("indexes differ")
	}
	if !reflect.DeepEqual(built.facts.sentences, read.facts.sentences) {
		t.Error("sentence facts differ")
	}
	if !reflect.DeepEqual(built.facts.names, read.facts.names) || !reflect.DeepEqual(built.facts.speakerFold, read.facts.speakerFold) {
		t.Error("names differ")
	}
	if !reflect.DeepEqual(built.facts.lead, read.facts.lead) || !reflect.DeepEqual(built.facts.settings, read.facts.settings) {
		t.Error("leads or settings differ")
	}
	if !reflect.DeepEqual(built.Speller().Index(), read.Speller().Index()) {
		t.Error("spellers differ")
	}
	q := []QueryTerm{{Stem: "internet", Weight: 1}, {Stem: "chin", Weight: 1}}
	if h1, h2 := built.Search(q, DefaultSearchParams(), 5), read.Search(q, DefaultSearchParams(), 5); !reflect.DeepEqual(h1, h2) {
		t.Errorf("search differs: %v, %v", h1, h2)
	}
}

// TestSpellerSectionRead checks that the speller's section, read only
// when the speller is first asked for, gives the speller Load built, and
// that a section whose arrays do not fit together (its last bucket start
// changed, the checksum made right) gives the speller built anew from the
// vocabulary, not a failure.
func TestSpellerSectionRead(t *testing.T) {
	built, _, file := writeRead(t, seedDir)
	payload := file[indexHeaderSize : len(file)-indexTrailerSize]
	_, at, err := decodeBase(&rbuf{b: payload})
	if err != nil {
		t.Fatal(err)
	}
	si, err := decodeSpeller(payload, at)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(si, built.Speller().Index()) {
		t.Error("the speller's section is not the speller built")
	}
	if _, err := decodeSpeller(payload[:len(payload)-1], at); err == nil {
		t.Error("a truncated speller section read without error")
	}
	bad := bytes.Clone(file)
	p := bad[indexHeaderSize : len(bad)-indexTrailerSize]
	binary.LittleEndian.PutUint32(p[len(p)-4:], binary.LittleEndian.Uint32(p[len(p)-4:])+1)
	binary.LittleEndian.PutUint32(bad[len(bad)-4:], crc32.ChecksumIEEE(p))
	key, err := CorpusKey(os.DirFS(seedDir), "test")
	if err != nil {
		t.Fatal(err)
	}
	read, err := ReadIndex(bad, key)
	if err != nil {
		t.Fatalf("a speller section that does not fit refused the whole file: %v", err)
	}
	if _, err := french.SpellerFromIndex(mustSpeller(t, p, at)); err == nil {
		t.Fatal("the changed bucket start still fits: the test changes nothing")
	}
	if !reflect.DeepEqual(read.Speller().Index(), built.Speller().Index()) {
		t.Error("the speller built anew is not the speller Load built")
	}
}

func mustSpeller(t *testing.T, payload []byte, at int) french.SpellerIndex {
	t.Helper()
	si, err := decodeSpeller(payload, at)
	if err != nil {
		t.Fatal(err)
	}
	return si
}

// TestReadIndexRejects checks that a file for other articles, of another
// version, truncated or corrupted anywhere is refused with an error, never
// read (and never a panic).
func TestReadIndexRejects(t *testing.T) {
	_, _, file := writeRead(t, seedDir)
	key, err := CorpusKey(os.DirFS(seedDir), "test")
	if err != nil {
		t.Fatal(err)
	}
	other, err := CorpusKey(os.DirFS(seedDir), "another build")
	if err != nil {
		t.Fatal(err)
	}
	flip := func(at int) []byte {
		f := bytes.Clone(file)
		f[at] ^= 0x40
		return f
	}
	cases := []struct {
		name string
		data []byte
		key  Key
		want error
	}{
		{"other articles", file, other, ErrIndexStale},
		{"empty", nil, key, ErrIndexForeign},
		{"not an index", []byte("Bonjour, ceci est un article.\n"), key, ErrIndexForeign},
		{"other version", flip(16), key, ErrIndexStale},
		{"other byte order", flip(20), key, ErrIndexForeign},
		{"header only", file[:indexHeaderSize], key, ErrIndexCorrupt},
		{"truncated", file[:len(file)/2], key, ErrIndexCorrupt},
		{"one byte short", file[:len(file)-1], key, ErrIndexCorrupt},
		{"byte flipped in the texts", flip(indexHeaderSize + 40), key, ErrIndexCorrupt},
		{"byte flipped at the end", flip(len(file) - 3), key, ErrIndexCorrupt},
		{"checksum flipped", flip(len(file) - 2), key, ErrIndexCorrupt},
		{"length flipped", flip(len(file) - 12), key, ErrIndexCorrupt},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if b, err := ReadIndex(c.data, c.key); !errors.Is(err, c.want) || b != nil {
				t.Errorf("ReadIndex = %v, %v; want the error %v", b != nil, err, c.want)
			}
		})
	}
}

// FuzzDecodeIndex feeds the payload decoder, past the checksum that
// guards it in ReadIndex, arbitrary bytes seeded with a real payload: a
// payload that does not fit together must be an error, never a panic, and
// a base it accepts must answer a search.
func FuzzDecodeIndex(f *testing.F) {
	base, err := Load(os.DirFS(seedDir))
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if err := base.WriteIndex(&buf, Key{}); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes()[indexHeaderSize : buf.Len()-indexTrailerSize])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, payload []byte) {
		b, _, err := decodeBase(&rbuf{b: payload})
		if err != nil {
			return
		}
		q := []QueryTerm{{Stem: "internet", Weight: 1}}
		b.Search(q, DefaultSearchParams(), 3)
		for _, s := range b.Sentences {
			b.Terms(s)
			f := b.Facts(s)
			_, _, _, _ = f.Mentions(), f.Numbers(), f.Dates(), f.Quotes()
			_, _, _, _ = f.Roles(), f.Implicit(), f.Digits(), f.Anaphoric()
		}
	})
}

// A slab's slices are zeroed, nil when empty, and an append to one never
// reaches the next.
func TestSlabTake(t *testing.T) {
	var s slab[int]
	if got := s.take(0); got != nil {
		t.Errorf("take(0) = %v, want nil", got)
	}
	a, b := s.take(3), s.take(2)
	b[0], b[1] = 7, 8
	a = append(a, 1, 2)
	if b[0] != 7 || b[1] != 8 {
		t.Errorf("an append to the first slice overwrote the second: %v", b)
	}
	if a[0] != 0 || len(a) != 5 {
		t.Errorf("first slice = %v", a)
	}
	for _, n := range []int{slabFirst, slabBlock - 1, slabBlock, 3 * slabBlock} {
		got := s.take(n)
		if len(got) != n || cap(got) != n {
			t.Errorf("take(%d): len %d cap %d", n, len(got), cap(got))
		}
		for _, v := range got {
			if v != 0 {
				t.Fatalf("take(%d) not zeroed: %v", n, got)
			}
		}
	}
}
