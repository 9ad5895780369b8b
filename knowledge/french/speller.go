package french

import (
	"errors"
	"slices"
	"strings"
)

// Speller corrects misspelt words against a corpus vocabulary. It is built
// once (symmetric-delete index: every word's deletions of one or two letters,
// hashed and sorted) and then answers each query with a few binary searches
// instead of a scan of the vocabulary. A Speller is immutable and safe for
// concurrent use.
type Speller struct {
	words []string
	freq  []int
	known map[string]int32
	// keys holds hash<<32 | word id for each deletion of each word, sorted.
	keys []uint64
	// buckets[b] is the first key whose hash starts with the bucketBits
	// bits b: a lookup searches one bucket, not the whole array.
	buckets []uint32
}

// bucketBits is how many leading bits of a deletion's hash pick its
// bucket: 2^16 buckets leave about a dozen keys each for a vocabulary of
// PIAF's size, so a lookup touches a cache line or two, not twenty.
const bucketBits = 16

// bucketsOf returns the bucket starts of keys sorted by hash.
func bucketsOf(keys []uint64) []uint32 {
	b := make([]uint32, 1<<bucketBits+1)
	for _, k := range keys {
		b[k>>(64-bucketBits)+1]++
	}
	for i := 1; i < len(b); i++ {
		b[i] += b[i-1]
	}
	return b
}

// maxSpellLen bounds the words the index holds and the queries it
// corrects: deletions grow with the square of the length, and a word of more
// than 32 letters is a URL or noise rather than a typo.
const maxSpellLen = 32

// MaxDistance is the edit distance a correction may be from the word typed:
// none up to 3 letters (too many short words are one edit apart), 1 up to 7,
// 2 from 8 letters.
func MaxDistance(word string) int {
	switch n := len(word); {
	case n <= 3:
		return 0
	case n <= 7:
		return 1
	}
	return 2
}

// NewSpeller indexes a vocabulary of folded words with their frequencies.
// Words that are not plain ASCII folded words (digits, other scripts) are
// known but never offered as corrections.
func NewSpeller(freq map[string]int) *Speller {
	sp := &Speller{known: make(map[string]int32, len(freq))}
	words := make([]string, 0, len(freq))
	for w := range freq {
		words = append(words, w)
	}
	slices.Sort(words) // ids, and so ties, do not depend on map order
	n := 0
	for _, w := range words {
		sp.known[w] = int32(len(sp.words))
		sp.words = append(sp.words, w)
		sp.freq = append(sp.freq, freq[w])
		if indexable(w) {
			n += 1 + len(w)
			if len(w) >= 8 {
				n += len(w) * (len(w) - 1) / 2
			}
		}
	}
	keys := make([]uint64, 0, n)
	for id, w := range sp.words {
		if !indexable(w) {
			continue
		}
		// Two deletions on the vocabulary side are only needed when the
		// word is at least as long as a query allowed two edits (8 letters):
		// a shorter word spends an edit on the length difference.
		depth := 1
		if len(w) >= 8 {
			depth = 2
		}
		eachDelete(w, depth, func(h uint32) {
			keys = append(keys, uint64(h)<<32|uint64(id))
		})
	}
	radixSortHigh(keys)
	sp.keys, sp.buckets = keys, bucketsOf(keys)
	return sp
}

// Len returns the number of words in the vocabulary.
func (sp *Speller) Len() int { return len(sp.words) }

// Known reports whether a folded word is in the vocabulary.
func (sp *Speller) Known(word string) bool {
	_, ok := sp.known[word]
	return ok
}

// Freq returns a word's corpus frequency (0 if unknown).
func (sp *Speller) Freq(word string) int {
	if id, ok := sp.known[word]; ok {
		return sp.freq[id]
	}
	return 0
}

// Correct returns the vocabulary word meant by a folded word: the word
// itself if known, else the nearest vocabulary word within MaxDistance,
// preferring the smallest distance, then the most common typing slips (a
// letter missing or added at the end, a doubled letter, two letters
// swapped), then frequency. ok is false, and word is returned unchanged,
// when no vocabulary word is close enough.
func (sp *Speller) Correct(word string) (string, bool) {
	if _, ok := sp.known[word]; ok {
		return word, true
	}
	maxD := MaxDistance(word)
	if maxD == 0 || len(word) > maxSpellLen || !correctable(word) {
		return word, false
	}
	best, bestD, bestSlip, bestFreq := -1, maxD+1, false, 0
	var seenBuf [64]int32
	seen := seenBuf[:0]
	eachDelete(word, maxD, func(h uint32) {
		b := h >> (32 - bucketBits)
		lo, hi := int(sp.buckets[b]), int(sp.buckets[b+1])
		i, _ := slices.BinarySearch(sp.keys[lo:hi], uint64(h)<<32)
		i += lo
		for ; i < len(sp.keys) && sp.keys[i]>>32 == uint64(h); i++ {
			id := int32(sp.keys[i])
			if slices.Contains(seen, id) {
				continue
			}
			seen = append(seen, id)
			cand := sp.words[id]
			d := editDistance(word, cand, maxD)
			if d > maxD || d > bestD {
				continue
			}
			slip := d == 1 && isSlip(word, cand)
			f := sp.freq[id]
			if best < 0 || rankBefore(d, slip, f, cand, bestD, bestSlip, bestFreq, sp.words[best]) {
				best, bestD, bestSlip, bestFreq = int(id), d, slip, f
			}
		}
	})
	if best < 0 {
		return word, false
	}
	return sp.words[best], true
}

// rankBefore orders two candidates: smaller distance, then typing slip,
// then higher frequency, then alphabetical order so that ties never depend
// on the index layout.
func rankBefore(d int, slip bool, f int, w string, bd int, bslip bool, bf int, bw string) bool {
	if d != bd {
		return d < bd
	}
	if slip != bslip {
		return slip
	}
	if f != bf {
		return f > bf
	}
	return w < bw
}

// isSlip reports the typing slips that Correct ranks first among words one
// edit away: the last letter left out (pari → paris), a doubled letter typed
// once or a single one twice (bidden → biden), two adjacent letters swapped.
// An extra letter at the end is not one: it turns "pari" into "par" as
// readily as it fixes a typo.
func isSlip(typed, word string) bool {
	switch {
	case len(word) == len(typed)+1:
		if strings.HasPrefix(word, typed) {
			return true
		}
		return doubled(typed, word)
	case len(typed) == len(word)+1:
		return doubled(word, typed)
	case len(typed) == len(word):
		for i := 0; i+1 < len(typed); i++ {
			if typed[i] != word[i] {
				return typed[i] == word[i+1] && typed[i+1] == word[i] && typed[i+2:] == word[i+2:]
			}
		}
	}
	return false
}

// doubled reports whether long is short with one letter doubled.
func doubled(short, long string) bool {
	for i := 0; i < len(short); i++ {
		if short[i] != long[i] {
			return long[i+1:] == short[i:] && (long[i] == short[i] || (i > 0 && long[i] == long[i-1]))
		}
	}
	// The extra letter is the last one: a double if it repeats the one before.
	n := len(long)
	return n >= 2 && long[n-1] == long[n-2]
}

// indexable reports the vocabulary words offered as corrections: no
// query that may be corrected is within reach of shorter ones.
func indexable(w string) bool {
	return len(w) >= 3 && len(w) <= maxSpellLen+2 && correctable(w)
}

// correctable reports folded words made of ASCII letters, hyphens and
// apostrophes, the only ones the index holds.
func correctable(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !('a' <= c && c <= 'z') && c != '-' && c != '\'' {
			return false
		}
	}
	return w != ""
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
// words in order with their frequencies, and its sorted deletion keys.
type SpellerIndex struct {
	Words []string
	Freq  []int
	Keys  []uint64
}

// Index returns the speller's arrays; they must not be modified.
func (sp *Speller) Index() SpellerIndex {
	return SpellerIndex{Words: sp.words, Freq: sp.freq, Keys: sp.keys}
}

// SpellerFromIndex returns the speller whose Index is ix, without
// indexing the words again. It fails when the arrays do not fit together.
func SpellerFromIndex(ix SpellerIndex) (*Speller, error) {
	if len(ix.Freq) != len(ix.Words) {
		return nil, errors.New("french: speller index: words and frequencies differ in length")
	}
	for _, k := range ix.Keys {
		if int(uint32(k)) >= len(ix.Words) {
			return nil, errors.New("french: speller index: a key names no word")
		}
	}
	sp := &Speller{words: ix.Words, freq: ix.Freq, keys: ix.Keys, buckets: bucketsOf(ix.Keys), known: make(map[string]int32, len(ix.Words))}
	for i, w := range ix.Words {
		sp.known[w] = int32(i)
	}
	return sp, nil
}
