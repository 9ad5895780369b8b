package match

import (
	"strings"
	"sync"
)

// wordCache remembers what the matcher works out from a folded question
// word alone (its alternatives and weight, its spelling correction), for
// the next question that uses the word: the work depends on nothing but
// the word and the corpus, and questions share most of their words. It
// also serves short texts of the articles read again and again. It is
// safe for concurrent use and bounded, like the analyser's stem cache.
type wordCache[V any] struct {
	mu sync.RWMutex
	m  map[string]V
}

// maxWordCache bounds the words a wordCache remembers: several times the
// distinct words of PIAF's 7,569 questions.
const maxWordCache = 1 << 16

func (c *wordCache[V]) get(key string) (V, bool) {
	c.mu.RLock()
	v, ok := c.m[key]
	c.mu.RUnlock()
	return v, ok
}

func (c *wordCache[V]) put(key string, v V) {
	c.mu.Lock()
	if c.m == nil {
		c.m = make(map[string]V)
	}
	if len(c.m) < maxWordCache {
		// A key may point into a whole question: keep only the word.
		c.m[strings.Clone(key)] = v
	}
	c.mu.Unlock()
}

// wordCaches are the matcher's caches of question words.
type wordCaches struct {
	// expansions are expand's question words without their place or
	// entity, lower-case ([0]) and capitalised ([1]); their stems are
	// copied out, since a question may add to them.
	expansions [2]wordCache[qterm]
	// corrections are language.correct's ("" for none).
	corrections wordCache[string]
	// contentFolds are the content words of the articles' mentions,
	// numbers and dates that inQuestion reads.
	contentFolds wordCache[[]string]
}
