package french

import (
	"errors"
	"math/bits"

	"github.com/citebot/citebot/knowledge/strtab"
)

// The deletion keys of a Speller, and its arrays as an index file stores
// them.

// keyLayout is how a deletion's 32-bit hash and its word's id share a
// 4-byte key: the hash's first bucketBits bits pick the key's bucket and
// are not stored; the key holds the next hashBits bits above the id's
// idBits bits.
type keyLayout struct {
	bucketBits, idBits uint
}

// The buckets: about keysPerBucket keys each, so that a lookup touches a
// cache line or two, not twenty; at least 2^minBucketBits, at most
// 2^maxBucketBits (PIAF's 745,000 keys: 256 kB of bucket starts, a
// twelfth of the keys).
const (
	keysPerBucket = 12
	minBucketBits = 8
	maxBucketBits = 16
)

// layoutFor is the layout for a vocabulary of words words with keys
// deletion keys: buckets of about keysPerBucket keys (a small corpus's
// would be mostly empty at PIAF's count), ids as wide as the vocabulary
// needs.
func layoutFor(words, keys int) keyLayout {
	return keyLayout{
		bucketBits: uint(min(maxBucketBits, max(minBucketBits, bits.Len(uint(keys/keysPerBucket))))),
		idBits:     uint(max(1, bits.Len(uint(max(words-1, 0))))),
	}
}

// hashBits is how many of a deletion hash's bits below the bucket's a
// key keeps: all of them while the ids leave room (up to 65,536 words),
// fewer beyond. Fewer bits only add candidates: each is checked by
// editDistance, and a symmetric-delete index finds every word within
// MaxDistance anyway (TestCorrectMatchesBruteForce), so corrections do
// not depend on it.
func (l keyLayout) hashBits() uint { return min(32-l.bucketBits, 32-l.idBits) }

// bucket is the bucket of deletion hash h.
func (l keyLayout) bucket(h uint32) uint32 { return h >> (32 - l.bucketBits) }

// key is the key of deletion hash h of word id.
func (l keyLayout) key(h, id uint32) uint32 { return l.hashPart(h)<<l.idBits | id }

// hashPart is the part of deletion hash h that its key keeps.
func (l keyLayout) hashPart(h uint32) uint32 {
	low := h & (1<<(32-l.bucketBits) - 1)
	return low >> (32 - l.bucketBits - l.hashBits())
}

// id is the word id a key names.
func (l keyLayout) id(k uint32) uint32 { return k & (1<<l.idBits - 1) }

// bucketsOf returns the bucket starts of keys (hash<<32 | id) sorted by
// hash.
func (l keyLayout) bucketsOf(keys []uint64) []uint32 {
	b := make([]uint32, 1<<l.bucketBits+1)
	for _, k := range keys {
		b[l.bucket(uint32(k>>32))+1]++
	}
	for i := 1; i < len(b); i++ {
		b[i] += b[i-1]
	}
	return b
}

// eachDelete calls fn with the hash of w and of every string obtained by
// deleting up to depth bytes of w (duplicates possible).
func eachDelete(w string, depth int, fn func(uint32)) {
	fn(hashSkip(w, -1, -1))
	for i := range len(w) {
		fn(hashSkip(w, i, -1))
	}
	if depth < 2 || len(w) < 3 {
		return
	}
	for i := range len(w) {
		for j := i + 1; j < len(w); j++ {
			fn(hashSkip(w, i, j))
		}
	}
}

// hashSkip is the 32-bit FNV-1a hash of w without the bytes at i and j.
// Collisions only cost a distance computation: candidates are verified.
func hashSkip(w string, i, j int) uint32 {
	h := uint32(2166136261)
	for k := 0; k < len(w); k++ {
		if k == i || k == j {
			continue
		}
		h ^= uint32(w[k])
		h *= 16777619
	}
	return h
}

// radixSortHigh sorts keys by their upper 32 bits (two 16-bit LSD passes),
// several times faster than a comparison sort on a million keys.
func radixSortHigh(keys []uint64) {
	tmp := make([]uint64, len(keys))
	src, dst := keys, tmp
	for shift := uint(32); shift < 64; shift += 16 {
		var count [1 << 16]int
		for _, k := range src {
			count[(k>>shift)&0xffff]++
		}
		sum := 0
		for i, c := range count {
			count[i] = sum
			sum += c
		}
		for _, k := range src {
			b := (k >> shift) & 0xffff
			dst[count[b]] = k
			count[b]++
		}
		src, dst = dst, src
	}
	// Two passes: the result is back in keys.
}

// SpellerIndex is a Speller's index as flat arrays, to store it: its
// words in order with their frequencies, its sorted deletion keys and
// their buckets' starts.
type SpellerIndex struct {
	Words   strtab.Packed // a sorted list, no slots
	Freq    []uint32
	Keys    []uint32
	Buckets []uint32
}

// Index returns the speller's arrays; they must not be modified.
func (sp *Speller) Index() SpellerIndex {
	return SpellerIndex{Words: sp.words, Freq: sp.freq, Keys: sp.keys, Buckets: sp.buckets}
}

// SpellerFromIndex returns the speller whose Index is ix, using its
// arrays as they are, without indexing the words again. It fails when the
// arrays do not fit together: words out of order, a bucket out of the
// keys, a key that names no word.
func SpellerFromIndex(ix SpellerIndex) (*Speller, error) {
	if !ix.Words.ValidList() {
		return nil, errors.New("french: speller index: words do not fit their text")
	}
	n := ix.Words.Len()
	if len(ix.Freq) != n {
		return nil, errors.New("french: speller index: words and frequencies differ in length")
	}
	for i := int32(1); int(i) < n; i++ {
		if ix.Words.At(i-1) >= ix.Words.At(i) {
			return nil, errors.New("french: speller index: words out of order")
		}
	}
	nb := len(ix.Buckets) - 1
	if nb < 1<<minBucketBits || nb > 1<<maxBucketBits || nb&(nb-1) != 0 || ix.Buckets[0] != 0 || int(ix.Buckets[nb]) != len(ix.Keys) {
		return nil, errors.New("french: speller index: buckets do not span the keys")
	}
	for b := 1; b < len(ix.Buckets); b++ {
		if ix.Buckets[b] < ix.Buckets[b-1] {
			return nil, errors.New("french: speller index: buckets out of order")
		}
	}
	lay := layoutFor(n, 0)
	lay.bucketBits = uint(bits.Len(uint(nb))) - 1
	for _, k := range ix.Keys {
		if int(lay.id(k)) >= n {
			return nil, errors.New("french: speller index: a key names no word")
		}
	}
	return &Speller{words: ix.Words, freq: ix.Freq, keys: ix.Keys, buckets: ix.Buckets, lay: lay}, nil
}
