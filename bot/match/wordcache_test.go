package match

import (
	"strings"
	"testing"

	"github.com/citebot/citebot/knowledge/french"
)

// TestWordCacheSkipsLongKeys: a word cache remembers words, not a long
// junk key a question can carry.
func TestWordCacheSkipsLongKeys(t *testing.T) {
	var c wordCache[string]
	short, long := "cybercriminalité", strings.Repeat("x", french.MaxCachedWord+1)
	c.put(short, "a")
	c.put(long, "b")
	if v, ok := c.get(short); !ok || v != "a" {
		t.Errorf("short key: %q, %v", v, ok)
	}
	if _, ok := c.get(long); ok {
		t.Error("a key longer than MaxCachedWord was remembered")
	}
}
