package lexres

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// The lemma table's format, written by AppendLemmaTable (tools/lexgen) and
// read in place by NewLemmas: 361,630 sorted forms, front-coded so that
// « abaissassent » costs the bytes « sent » after « abaissass » rather
// than a line of its own. 2.2 MB instead of a 5.3 MB text, and every page
// of either is touched over PIAF's questions, so the binary's resident
// size falls by as much.
//
//	"lemmas 1\n"            magic and format version
//	uvarint forms           how many forms the table holds
//	uvarint codes           the distinct lemma codes, most frequent first,
//	  codes × (uvarint length, bytes)
//	uvarint blocks          blocks of lemmaBlock forms, each
//	  blocks × 12 bytes     its offset in the entries (uint32, little-endian)
//	                        and its first form's first 8 bytes (0-padded),
//	                        which bisection compares as one number
//	entries                 per form: the byte count it shares with the
//	                        form before it in its block (0 for a block's
//	                        first, which bisection reads whole), its
//	                        remaining byte count, those bytes, and the
//	                        uvarint index of its code
//
// A code is the form's lemmas, each as the number of bytes to cut from the
// end of the form and the bytes to add, joined by commas ("parlons" →
// "3er", "partie" → "0,1r"): 782 distinct codes cover every form.
const lemmaMagic = "lemmas 1\n"

// lemmaBlock is how many forms share a block: a look-up bisects the blocks,
// then reads at most this many forms. BenchmarkLemmas: 190 ns a look-up
// with 32 (the 5.3 MB text bisected: 300 ns); 16 makes the table 11 %
// larger and look-ups no faster, 64 5 % smaller and 25 % slower.
const lemmaBlock = 32

// blockEntry is the size of a block's entry: offset and key.
const blockEntry = 12

// blockKey is the first 8 bytes of s as a big-endian number, 0-padded:
// keys compare as the strings do, except when equal.
func blockKey(s string) uint64 {
	var k uint64
	for i := range 8 {
		k <<= 8
		if i < len(s) {
			k |= uint64(s[i])
		}
	}
	return k
}

// A Form is one entry of the lemma table: a folded form and the folded
// lemmas it is an inflection of.
type Form struct {
	Form   string
	Lemmas []string
}

// AppendLemmaTable appends to dst the table NewLemmas reads, holding forms
// (sorted by form, each once, each lemma list sorted).
func AppendLemmaTable(dst []byte, forms []Form) ([]byte, error) {
	codes := make([]string, len(forms))
	count := map[string]int{}
	for i, f := range forms {
		if i > 0 && f.Form <= forms[i-1].Form {
			return nil, fmt.Errorf("lexres: lemma table: %q after %q: forms must be sorted and distinct", f.Form, forms[i-1].Form)
		}
		if f.Form == "" || len(f.Form) > 255 || len(f.Lemmas) == 0 {
			return nil, fmt.Errorf("lexres: lemma table: form %q: empty, longer than 255 bytes or without a lemma", f.Form)
		}
		codes[i] = lemmaCode(f.Form, f.Lemmas)
		count[codes[i]]++
	}
	dict := make([]string, 0, len(count))
	for c := range count {
		dict = append(dict, c)
	}
	slices.SortFunc(dict, func(a, b string) int {
		return cmp.Or(cmp.Compare(count[b], count[a]), strings.Compare(a, b))
	})
	index := make(map[string]uint64, len(dict))
	for i, c := range dict {
		index[c] = uint64(i)
	}
	dst = append(dst, lemmaMagic...)
	dst = binary.AppendUvarint(dst, uint64(len(forms)))
	dst = binary.AppendUvarint(dst, uint64(len(dict)))
	for _, c := range dict {
		dst = binary.AppendUvarint(dst, uint64(len(c)))
		dst = append(dst, c...)
	}
	blocks := (len(forms) + lemmaBlock - 1) / lemmaBlock
	dst = binary.AppendUvarint(dst, uint64(blocks))
	offsets := len(dst)
	dst = append(dst, make([]byte, blockEntry*blocks)...)
	entries := len(dst)
	for i, f := range forms {
		shared := 0
		if i%lemmaBlock == 0 {
			at := dst[offsets+blockEntry*(i/lemmaBlock):]
			binary.LittleEndian.PutUint32(at, uint32(len(dst)-entries))
			binary.BigEndian.PutUint64(at[4:], blockKey(f.Form))
		} else {
			prev := forms[i-1].Form
			for shared < len(prev) && shared < len(f.Form) && prev[shared] == f.Form[shared] {
				shared++
			}
		}
		dst = append(dst, byte(shared), byte(len(f.Form)-shared))
		dst = append(dst, f.Form[shared:]...)
		dst = binary.AppendUvarint(dst, index[codes[i]])
	}
	return dst, nil
}

// lemmaCode encodes a form's lemmas as the table stores them.
func lemmaCode(form string, lemmas []string) string {
	var b strings.Builder
	for i, lemma := range lemmas {
		if i > 0 {
			b.WriteByte(',')
		}
		p := 0
		for p < len(form) && p < len(lemma) && form[p] == lemma[p] {
			p++
		}
		b.WriteString(strconv.Itoa(len(form) - p))
		b.WriteString(lemma[p:])
	}
	return b.String()
}

// decode applies one lemma of a code to form.
func decode(form, code string) (string, bool) {
	n := 0
	for n < len(code) && code[n] >= '0' && code[n] <= '9' {
		n++
	}
	cut, err := strconv.Atoi(code[:n])
	if err != nil || cut > len(form) {
		return "", false
	}
	return form[:len(form)-cut] + code[n:], true
}
