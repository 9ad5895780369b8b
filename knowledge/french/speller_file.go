package french

import (
	"encoding/binary"
	"errors"
	"strings"

	"github.com/citebot/citebot/knowledge/strtab"
)

// A speller file holds a SpellerIndex, so that a speller whose words are
// known when citebot is built (the lexicon's French words) is read at
// start-up instead of being indexed again: the magic string, the numbers
// of words, keys and buckets and the words' bytes, then the frequencies,
// keys, buckets and each word's end as little-endian 32-bit integers, then
// the words' bytes one after the other.
const (
	spellerMagic      = "citebot speller\x00"
	spellerHeaderSize = len(spellerMagic) + 4*4
)

var errSpellerFile = errors.New("french: speller file truncated or corrupt")

// AppendBinary appends the index as a speller file to b.
func (ix SpellerIndex) AppendBinary(b []byte) ([]byte, error) {
	words, text := ix.Words.Len(), len(ix.Words.Text)
	if !ix.Words.ValidList() || len(ix.Freq) != words || uint64(text) > 1<<32-1 || len(ix.Keys) > 1<<32-1 {
		return nil, errors.New("french: speller index too large or inconsistent to write")
	}
	b = append(b, spellerMagic...)
	for _, n := range [...]int{words, len(ix.Keys), len(ix.Buckets), text} {
		b = binary.LittleEndian.AppendUint32(b, uint32(n))
	}
	for _, arr := range [...][]uint32{ix.Freq, ix.Keys, ix.Buckets} {
		for _, v := range arr {
			b = binary.LittleEndian.AppendUint32(b, v)
		}
	}
	for _, end := range ix.Words.Offs[1:] {
		b = binary.LittleEndian.AppendUint32(b, end)
	}
	return append(b, ix.Words.Text...), nil
}

// ParseSpellerIndex reads a speller file. The words' text is data's, not
// a copy; SpellerFromIndex checks that the arrays fit together.
func ParseSpellerIndex(data string) (SpellerIndex, error) {
	if len(data) < spellerHeaderSize || !strings.HasPrefix(data, spellerMagic) {
		return SpellerIndex{}, errSpellerFile
	}
	var n [4]uint64
	for i := range n {
		n[i] = uint64(le32(data, len(spellerMagic)+4*i))
	}
	words, keys, buckets, text := n[0], n[1], n[2], n[3]
	if uint64(len(data)) != uint64(spellerHeaderSize)+4*(2*words+keys+buckets)+text {
		return SpellerIndex{}, errSpellerFile
	}
	p := data[spellerHeaderSize:]
	u32s := func(k uint64) []uint32 {
		out := make([]uint32, k)
		for i := range out {
			out[i] = le32(p, 4*i)
		}
		p = p[4*k:]
		return out
	}
	ix := SpellerIndex{Freq: u32s(words), Keys: u32s(keys), Buckets: u32s(buckets)}
	offs := make([]uint32, words+1) // the ends after a 0: the words' offsets
	for i := range words {
		offs[i+1] = le32(p, 4*int(i))
	}
	ix.Words = strtab.Packed{Text: p[4*words:], Offs: offs}
	if !ix.Words.ValidList() {
		return SpellerIndex{}, errSpellerFile
	}
	return ix, nil
}

// le32 is the little-endian 32-bit integer at s[i:i+4].
func le32(s string, i int) uint32 {
	_ = s[i+3]
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}
