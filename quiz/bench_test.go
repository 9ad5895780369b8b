package quiz

import "testing"

// BenchmarkNew measures writing and checking every item of a corpus, what
// the bot does at its first /quiz.
func BenchmarkNew(b *testing.B) {
	for _, c := range []struct{ name, dir string }{{"seeds", ""}, {"piaf", piafDir}} {
		b.Run(c.name, func(b *testing.B) {
			base := load(b, c.dir)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := New(base, Options{Seed: 1}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
