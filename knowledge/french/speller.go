package french

import (
	"math"
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge/strtab"
)

// Speller corrects misspelt words against a corpus vocabulary. It is built
// once (symmetric-delete index: every word's deletions of one or two letters,
// hashed and sorted) and then answers each query with a few binary searches
// instead of a scan of the vocabulary. A Speller is immutable and safe for
// concurrent use.
type Speller struct {
	// words are the vocabulary, sorted: a word's id is its place, and
	// whether a word is known is a binary search (a map of the words
	// was a megabyte of heap for PIAF's vocabulary). Packed, they are
	// read in place from an index or speller file.
	words strtab.Packed
	freq  []uint32
	// keys holds one key for each deletion of each word (keyLayout.key),
	// sorted within each bucket, each distinct (key, word) once: 4 bytes
	// a deletion.
	keys []uint32
	// buckets[b] is the first key of bucket b (keyLayout.bucket): a
	// lookup searches one bucket, not the whole array.
	buckets []uint32
	lay     keyLayout
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
	return newSpeller(freq, 0)
}

// newSpeller is NewSpeller with ids of idBits bits in the keys (0: as
// many as the vocabulary needs): more leave fewer bits of hash in them,
// as a vocabulary of over 65,536 words does (tests use it).
func newSpeller(freq map[string]int, idBits uint) *Speller {
	sp := &Speller{}
	words := make([]string, 0, len(freq))
	for w := range freq {
		words = append(words, w)
	}
	slices.Sort(words) // ids, and so ties, do not depend on map order
	n := 0
	sp.words = strtab.List(words)
	for _, w := range words {
		sp.freq = append(sp.freq, uint32(min(freq[w], math.MaxUint32)))
		if indexable(w) {
			n += 1 + len(w)
			if len(w) >= 8 {
				n += len(w) * (len(w) - 1) / 2
			}
		}
	}
	keys := make([]uint64, 0, n)
	for id, w := range words {
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
	keys = slices.Compact(keys) // a doubled letter deleted either way
	sp.lay = layoutFor(len(words), len(keys))
	if idBits > 0 {
		sp.lay.idBits = idBits
	}
	sp.buckets = sp.lay.bucketsOf(keys)
	sp.keys = make([]uint32, len(keys))
	for i, k := range keys {
		sp.keys[i] = sp.lay.key(uint32(k>>32), uint32(k))
	}
	if sp.lay.hashBits() < 32-sp.lay.bucketBits {
		// Keys that kept fewer hash bits than they had are in hash order,
		// not their own within a bucket: sort each for the binary search.
		for b := range len(sp.buckets) - 1 {
			slices.Sort(sp.keys[sp.buckets[b]:sp.buckets[b+1]])
		}
	}
	return sp
}

// Len returns the number of words in the vocabulary.
func (sp *Speller) Len() int { return sp.words.Len() }

// Known reports whether a folded word is in the vocabulary.
func (sp *Speller) Known(word string) bool {
	_, ok := sp.words.SearchSorted(word)
	return ok
}

// Freq returns a word's corpus frequency (0 if unknown).
func (sp *Speller) Freq(word string) int {
	if id, ok := sp.words.SearchSorted(word); ok {
		return int(sp.freq[id])
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
	if sp.Known(word) {
		return word, true
	}
	maxD := MaxDistance(word)
	if maxD == 0 || len(word) > maxSpellLen || !correctable(word) {
		return word, false
	}
	best, bestD, bestSlip, bestFreq := -1, maxD+1, false, 0
	var seenBuf [64]int32
	seen := seenBuf[:0]
	lay := sp.lay
	eachDelete(word, maxD, func(h uint32) {
		b := lay.bucket(h)
		keys := sp.keys[sp.buckets[b]:sp.buckets[b+1]]
		part := lay.hashPart(h)
		i, _ := slices.BinarySearch(keys, lay.key(h, 0))
		for ; i < len(keys) && keys[i]>>lay.idBits == part; i++ {
			id := int32(lay.id(keys[i]))
			if slices.Contains(seen, id) {
				continue
			}
			seen = append(seen, id)
			cand := sp.words.At(id)
			d := editDistance(word, cand, maxD)
			if d > maxD || d > bestD {
				continue
			}
			slip := d == 1 && isSlip(word, cand)
			f := int(sp.freq[id])
			if best < 0 || rankBefore(d, slip, f, cand, bestD, bestSlip, bestFreq, sp.words.At(int32(best))) {
				best, bestD, bestSlip, bestFreq = int(id), d, slip, f
			}
		}
	})
	if best < 0 {
		return word, false
	}
	return sp.words.At(int32(best)), true
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
