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

// TestSentMemo files sentence IDs past the memo's first size (so that it
// grows), finds each and none other, and finds nothing after a reset.
func TestSentMemo(t *testing.T) {
	memo := newSentMemo()
	for round := range 2 {
		ids := map[int32][]float64{}
		for k := range int32(1000) {
			id := k*7919 + int32(round) // sparse, 0 included
			ids[id] = []float64{float64(id)}
			memo.put(id, ids[id])
		}
		for id, ws := range ids {
			if got, ok := memo.get(id); !ok || got[0] != ws[0] {
				t.Fatalf("round %d: get(%d) = %v, %v, want %v", round, id, got, ok, ws)
			}
			if _, ok := memo.get(id + 1); ok && ids[id+1] == nil {
				t.Fatalf("round %d: get(%d) found a sentence never filed", round, id+1)
			}
		}
		memo.reset()
		for id := range ids {
			if _, ok := memo.get(id); ok {
				t.Fatalf("round %d: get(%d) found a sentence after reset", round, id)
			}
		}
	}
}
