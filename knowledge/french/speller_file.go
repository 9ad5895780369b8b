package french

import (
	"encoding/binary"
	"errors"
	"strings"
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
	text := 0
	for _, w := range ix.Words {
		text += len(w)
	}
	if len(ix.Freq) != len(ix.Words) || uint64(text) > 1<<32-1 || len(ix.Keys) > 1<<32-1 {
		return nil, errors.New("french: speller index too large or inconsistent to write")
	}
	b = append(b, spellerMagic...)
	for _, n := range [...]int{len(ix.Words), len(ix.Keys), len(ix.Buckets), text} {
		b = binary.LittleEndian.AppendUint32(b, uint32(n))
	}
	for _, arr := range [...][]uint32{ix.Freq, ix.Keys, ix.Buckets} {
		for _, v := range arr {
			b = binary.LittleEndian.AppendUint32(b, v)
		}
	}
	end := 0
	for _, w := range ix.Words {
		end += len(w)
		b = binary.LittleEndian.AppendUint32(b, uint32(end))
	}
	for _, w := range ix.Words {
		b = append(b, w...)
	}
	return b, nil
}

// ParseSpellerIndex reads a speller file. The words are substrings of
// data, not copies; SpellerFromIndex checks that the arrays fit together.
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
	ends := u32s(words)
	ix.Words = make([]string, words)
	start := uint32(0)
	for i, end := range ends {
		if end < start || uint64(end) > text {
			return SpellerIndex{}, errSpellerFile
		}
		ix.Words[i] = p[start:end]
		start = end
	}
	if uint64(start) != text {
		return SpellerIndex{}, errSpellerFile
	}
	return ix, nil
}

// le32 is the little-endian 32-bit integer at s[i:i+4].
func le32(s string, i int) uint32 {
	_ = s[i+3]
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}
