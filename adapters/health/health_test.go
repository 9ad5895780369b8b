package health

import (
	"slices"
	"testing"
)

func TestReadiness(t *testing.T) {
	h := New("discord", "telegram")
	steps := []struct {
		do      func()
		waiting []string
	}{
		{func() {}, []string{"corpus", "discord", "telegram"}},
		{func() { h.CorpusLoaded(4) }, []string{"discord", "telegram"}},
		{func() { h.PlatformUp("telegram", true); h.PlatformUp("http", true) }, []string{"discord"}},
		{func() { h.PlatformUp("discord", true) }, []string{}},
		{func() { h.PlatformUp("telegram", false) }, []string{"telegram"}},
	}
	for n, s := range steps {
		s.do()
		got := h.Status()
		if !slices.Equal(got.Waiting, s.waiting) || got.Ready != (len(s.waiting) == 0) {
			t.Errorf("step %d: %+v, want waiting %q", n, got, s.waiting)
		}
	}
	if st := h.Status(); st.Articles != 4 || len(st.Platforms) != 2 {
		t.Errorf("status = %+v", st)
	}
}
