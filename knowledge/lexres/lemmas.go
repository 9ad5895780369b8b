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
// the embedded one): no map and no parsing at start-up but the codes, a
// bisection over the blocks and a few forms decoded a look-up. A form
// absent from the table is its own lemma. The zero Lemmas is an empty
// table.
type Lemmas struct {
	forms   int
	codes   []string
	offsets string // each block's offset in entries, uint32 little-endian
	entries string
}

// errLemmaTable is what NewLemmas returns for data that AppendLemmaTable
// did not write.
var errLemmaTable = errors.New("lexres: not a lemma table of this version, or a corrupt one")

// EmbeddedLemmas is the lemma table compiled into the binary.
func EmbeddedLemmas() (Lemmas, error) { return NewLemmas(embeddedLemmas) }

// NewLemmas reads a table that AppendLemmaTable wrote. It checks what a
// look-up relies on (the header and the blocks' offsets); a look-up reads
// the entries with bounds checked, so a damaged entry finds nothing.
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
	l := Lemmas{codes: make([]string, 0, ncodes)}
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
	if i < 0 || blocks > uint64(len(d)-i)/4 || forms > blocks*lemmaBlock || forms+lemmaBlock <= blocks*lemmaBlock {
		return Lemmas{}, errLemmaTable
	}
	l.forms = int(forms)
	l.offsets, l.entries = d[i:i+4*int(blocks)], d[i+4*int(blocks):]
	prev := -1
	for b := range int(blocks) {
		o := l.offset(b)
		if o <= prev || o >= len(l.entries) {
			return Lemmas{}, errLemmaTable
		}
		prev = o
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

// find returns the code of fold's lemmas: bisection finds the last block
// whose first form is not greater than fold, then its forms are decoded
// in order until fold or a greater form.
func (l Lemmas) find(fold string) (string, bool) {
	lo, hi := 0, len(l.offsets)/4
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if l.first(mid) <= fold {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == 0 {
		return "", false
	}
	for c := l.block(lo - 1); c.next(); {
		if form := c.form(); string(form) >= fold {
			return c.code, string(form) == fold
		}
	}
	return "", false
}

// offset is where block b starts in the entries.
func (l Lemmas) offset(b int) int {
	o := l.offsets[4*b : 4*b+4]
	return int(o[0]) | int(o[1])<<8 | int(o[2])<<16 | int(o[3])<<24
}

// first is block b's first form, stored whole.
func (l Lemmas) first(b int) string {
	e, o := l.entries, l.offset(b)
	if o+2 > len(e) || o+2+int(e[o+1]) > len(e) {
		return ""
	}
	return e[o+2 : o+2+int(e[o+1])]
}

// A cursor decodes one block's forms in order.
type cursor struct {
	codes   []string
	e       string // the entries up to the block's end
	pos     int
	buf     [255]byte // the form decoded last, buf[:n]
	n       int
	code    string // its code
	damaged bool
}

// block returns a cursor on block b's forms.
func (l Lemmas) block(b int) cursor {
	end := len(l.entries)
	if b+1 < len(l.offsets)/4 {
		end = l.offset(b + 1)
	}
	return cursor{codes: l.codes, e: l.entries[:end], pos: l.offset(b)}
}

// form is the form decoded last.
func (c *cursor) form() []byte { return c.buf[:c.n] }

// next decodes the next form and reports whether there was one; it stops
// at a damaged entry.
func (c *cursor) next() bool {
	e := c.e
	if c.damaged || c.pos+2 > len(e) {
		return false
	}
	shared, n := int(e[c.pos]), int(e[c.pos+1])
	c.pos += 2
	if shared > c.n || n > len(e)-c.pos || shared+n > len(c.buf) {
		c.damaged = true
		return false
	}
	c.n = shared + copy(c.buf[shared:], e[c.pos:c.pos+n])
	var code uint64
	code, c.pos = uvarint(e, c.pos+n)
	if c.pos < 0 || code >= uint64(len(c.codes)) {
		c.damaged = true
		return false
	}
	c.code = c.codes[code]
	return true
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
