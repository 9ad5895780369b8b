package match

import (
	"reflect"
	"sync"
	"testing"
)

// TestAnswerConcurrentSameAsAlone answers the seed questions on several
// goroutines at once, each in its own order and three times over, with one
// matcher, and checks every answer against the one a fresh matcher gives
// the question alone: the pooled scratch spaces and the caches carry
// nothing from one question to the next, and (under -race) are safe to
// share.
func TestAnswerConcurrentSameAsAlone(t *testing.T) {
	base := seedBase(t)
	want := make([]Answer, len(seedQuestions))
	for i, q := range seedQuestions {
		want[i] = New(base).Answer(q, nil)
	}
	m := New(base)
	var wg sync.WaitGroup
	for g, step := range []int{1, 5, 7, 11} { // each a permutation of the 12
		wg.Go(func() {
			for pass := range 3 {
				for k := range seedQuestions {
					i := (k*step + pass) % len(seedQuestions)
					if got := m.Answer(seedQuestions[i], nil); !reflect.DeepEqual(got, want[i]) {
						t.Errorf("goroutine %d, pass %d: %q answered\n%+v\nalone:\n%+v", g, pass, seedQuestions[i], got, want[i])
					}
				}
			}
		})
	}
	wg.Wait()
}
