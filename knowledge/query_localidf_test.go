package knowledge

import "testing"

// TestLocalIDFTable checks the tabled LocalIDF weights against the
// expression, to the bit, for every article length the table holds and
// a few beyond.
func TestLocalIDFTable(t *testing.T) {
	b := &Base{}
	for n := range localIDFRows + 3 {
		for df := 0; df <= n; df++ {
			if got, want := b.localIDF(n, df), localIDFOf(n, df); got != want {
				t.Fatalf("localIDF(%d, %d) = %v, want %v", n, df, got, want)
			}
		}
	}
}
