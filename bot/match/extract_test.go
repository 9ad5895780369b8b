package match

import (
	"testing"

	"github.com/citebot/citebot/knowledge/french"
)

// TestReasonCues checks that each cue's sentence-initial form is its
// lower-case form with a capital, as reasonAnswer looks both up.
func TestReasonCues(t *testing.T) {
	for _, cue := range reasonCues {
		if got := french.UpperFirst(cue[0]); got != cue[1] {
			t.Errorf("UpperFirst(%q) = %q, table has %q", cue[0], got, cue[1])
		}
	}
}
