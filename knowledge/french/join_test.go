package french

import "testing"

func TestJoinList(t *testing.T) {
	for _, tc := range []struct {
		items []string
		want  string
	}{
		{nil, ""},
		{[]string{"Michel Rose"}, "Michel Rose"},
		{[]string{"Michel Rose", "Jean-Baptiste Vey"}, "Michel Rose et Jean-Baptiste Vey"},
		{[]string{"la Chine", "la Russie", "les Etats-Unis"}, "la Chine, la Russie et les Etats-Unis"},
	} {
		if got := JoinList(tc.items); got != tc.want {
			t.Errorf("JoinList(%q) = %q, want %q", tc.items, got, tc.want)
		}
	}
}
