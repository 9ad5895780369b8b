package match

import (
	"strings"
	"sync"

	"github.com/citebot/citebot/knowledge/french"
)

// wordCache remembers what the matcher works out from a word or a short
// text alone (a question word's spelling correction, the content words
// of an article's mention), for the next question that needs it: the work
// depends on nothing but the text and the corpus. (Caching whole question
// words' expansions too cost 4-5 MB of peak RSS over PIAF's questions and
// saved no CPU over a run that asks each once.) It is safe for concurrent
// use and bounded, like the analyser's stem cache.
type wordCache[V any] struct {
	mu sync.RWMutex
	m  map[string]V
}

// maxWordCache bounds the texts a wordCache remembers: several times the
// distinct mentions, units and unknown words PIAF's questions meet.
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
	if len(c.m) < maxWordCache && len(key) <= french.MaxCachedWord {
		// A key may point into a whole question: keep only the word.
		c.m[strings.Clone(key)] = v
	}
	c.mu.Unlock()
}

// wordCaches are the matcher's caches of the articles' short texts.
type wordCaches struct {
	// contentWords are the content words of the articles' mentions,
	// numbers and dates that inQuestion reads.
	contentWords wordCache[[]contentWord]
	// stems are the stems of the articles' numbers' units (stemsOf).
	stems wordCache[[]string]
}
