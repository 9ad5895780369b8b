package lexres

import (
	_ "embed"
	"errors"
	"strings"
)

//go:embed data/lemmas.bin
var embeddedLemmas string

// Lemmas maps folded French word forms to their lemmas. It reads the table
// AppendLemmaTable writes where it lies (the binary's read-only data for
// the embedded one): at start-up only its header and blocks are read; a
// look-up bisects the blocks and reads at most one block's forms. A form
// absent from the table is its own lemma. The zero Lemmas is an empty
// table.
type Lemmas struct {
	forms   int
	codes   []string
	blocks  string // each block's offset in entries and key (lemmatable.go)
	entries string
	cache   *lemmaCaches // nil in the zero Lemmas
}

// errLemmaTable is what NewLemmas returns for data that AppendLemmaTable
// did not write.
var errLemmaTable = errors.New("lexres: not a lemma table of this version, or a corrupt one")

// EmbeddedLemmas is the lemma table compiled into the binary.
func EmbeddedLemmas() (Lemmas, error) { return NewLemmas(embeddedLemmas) }

// NewLemmas reads a table that AppendLemmaTable wrote. It checks the
// header and the blocks' offsets and keys, not the entries, which start-up
// would otherwise read in full (2 MB); a look-up reads them with bounds
// checked, so a damaged entry finds nothing, and a key that does not
// match its block's first form only leads the bisection to a block that
// does not hold the form: a form is found only where it is stored.
func NewLemmas(data string) (Lemmas, error) {
	d, ok := strings.CutPrefix(data, lemmaMagic)
	if !ok {
		return Lemmas{}, errLemmaTable
	}
	forms, i := uvarint(d, 0)
	ncodes, i := uvarint(d, i)
	if i < 0 || ncodes > uint64(len(d)) {
		return Lemmas{}, errLemmaTable
	}
	l := Lemmas{codes: make([]string, 0, ncodes), cache: new(lemmaCaches)}
	for range ncodes {
		var n uint64
		n, i = uvarint(d, i)
		if i < 0 || n > uint64(len(d)-i) {
			return Lemmas{}, errLemmaTable
		}
		l.codes = append(l.codes, d[i:i+int(n)])
		i += int(n)
	}
	blocks, i := uvarint(d, i)
	if i < 0 || blocks > uint64(len(d)-i)/blockEntry || forms > blocks*lemmaBlock || forms+lemmaBlock <= blocks*lemmaBlock {
		return Lemmas{}, errLemmaTable
	}
	l.forms = int(forms)
	n := blockEntry * int(blocks)
	l.blocks, l.entries = d[i:i+n], d[i+n:]
	prev, prevKey := -1, uint64(0)
	for b := range int(blocks) {
		o, k := l.offset(b), l.key(b)
		if o <= prev || o >= len(l.entries) || k < prevKey {
			return Lemmas{}, errLemmaTable
		}
		prev, prevKey = o, k
	}
	return l, nil
}

// Len is the number of forms in the table.
func (l Lemmas) Len() int { return l.forms }

// Lemmas appends to dst the lemmas of a folded form: the form itself when
// the table does not hold it, else every lemma the form is an inflection of
// ("partie" → "partie", "partir"), sorted.
func (l Lemmas) Lemmas(dst []string, fold string) []string {
	code, ok := l.find(fold)
	if !ok {
		return append(dst, fold)
	}
	for code != "" {
		var c string
		c, code, _ = strings.Cut(code, ",")
		if lemma, ok := decode(fold, c); ok {
			dst = append(dst, lemma)
		}
	}
	return dst
}

// Known reports whether the table lists the form (as the inflection of
// another word, or as a word that is also one).
func (l Lemmas) Known(fold string) bool {
	_, ok := l.find(fold)
	return ok
}

// IsWord reports whether the table knows the folded word as French: as a
// form it lists, or as the lemma of a form it lists that inflects it in
// the usual way (« maison » of « maisons », « gérer » of « gérons »). A
// word that never inflects (« toutefois ») is not found.
func (l Lemmas) IsWord(fold string) bool {
	if l.cache != nil {
		_, ok := l.cache.words.get(fold, func(f string) (string, bool) { return "", l.isWord(f) })
		return ok
	}
	return l.isWord(fold)
}

// isWord is IsWord without the cache.
func (l Lemmas) isWord(fold string) bool {
	if l.Known(fold) {
		return true
	}
	forms := []string{fold + "s", fold + "x", fold + "e"}
	if n := len(fold); n > 4 && (strings.HasSuffix(fold, "er") || strings.HasSuffix(fold, "ir") || strings.HasSuffix(fold, "re")) {
		forms = append(forms, fold[:n-2]+"ons", fold[:n-2]+"issons")
	}
	var buf [4]string
	for _, f := range forms {
		for _, lemma := range l.Lemmas(buf[:0], f) {
			if lemma == fold && f != fold {
				if _, listed := l.find(f); listed {
					return true
				}
			}
		}
	}
	return false
}

// find returns the code of fold's lemmas, and whether the table holds
// fold, remembered by the cache when there is one.
func (l Lemmas) find(fold string) (string, bool) {
	if l.cache != nil {
		return l.cache.forms.get(fold, l.lookup)
	}
	return l.lookup(fold)
}

// lookup is find in the table: bisection finds the last block whose first
// form is not greater than fold, then its forms are read in order until
// fold or a greater form, without being rebuilt: a form that shares more
// with the form before it than that form shares with fold is still less
// than fold, one that shares less is greater, and only one that shares
// just as much has its own bytes compared.
func (l Lemmas) lookup(fold string) (string, bool) {
	key := blockKey(fold)
	lo, hi := 0, len(l.blocks)/blockEntry
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if k := l.key(mid); k < key || k == key && l.first(mid) <= fold {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == 0 {
		return "", false
	}
	e, pos := l.blockEntries(lo - 1)
	common := 0 // bytes the last form read shares with fold
	for pos+2 <= len(e) {
		shared, n := int(e[pos]), int(e[pos+1])
		pos += 2
		if n > len(e)-pos {
			return "", false
		}
		own := e[pos : pos+n]
		var code uint64
		if code, pos = uvarint(e, pos+n); pos < 0 || code >= uint64(len(l.codes)) {
			return "", false
		}
		if shared > common {
			continue
		}
		if shared < common {
			return "", false
		}
		rest := fold[common:]
		p := 0
		for p < len(own) && p < len(rest) && own[p] == rest[p] {
			p++
		}
		switch {
		case p == len(own) && p == len(rest):
			return l.codes[code], true
		case p == len(rest) || p < len(own) && own[p] > rest[p]:
			return "", false
		}
		common += p
	}
	return "", false
}

// blockEntries is the entries up to block b's end, and where b starts.
func (l Lemmas) blockEntries(b int) (string, int) {
	end := len(l.entries)
	if b+1 < len(l.blocks)/blockEntry {
		end = l.offset(b + 1)
	}
	return l.entries[:end], l.offset(b)
}

// offset is where block b starts in the entries.
func (l Lemmas) offset(b int) int {
	o := l.blocks[blockEntry*b : blockEntry*b+4]
	return int(o[0]) | int(o[1])<<8 | int(o[2])<<16 | int(o[3])<<24
}

// key is block b's key (blockKey of its first form).
func (l Lemmas) key(b int) uint64 {
	var k uint64
	for _, c := range []byte(l.blocks[blockEntry*b+4 : blockEntry*b+12]) {
		k = k<<8 | uint64(c)
	}
	return k
}

// first is block b's first form, stored whole.
func (l Lemmas) first(b int) string {
	e, o := l.entries, l.offset(b)
	if o+2 > len(e) || o+2+int(e[o+1]) > len(e) {
		return ""
	}
	return e[o+2 : o+2+int(e[o+1])]
}

// uvarint reads the unsigned varint at s[i:] and returns it and the index
// after it, or -1 when s holds none there (or i is already -1).
func uvarint(s string, i int) (uint64, int) {
	if i < 0 {
		return 0, -1
	}
	var x uint64
	for shift := uint(0); i < len(s) && shift < 64; shift += 7 {
		c := s[i]
		i++
		if c < 0x80 {
			return x | uint64(c)<<shift, i
		}
		x |= uint64(c&0x7f) << shift
	}
	return 0, -1
}
