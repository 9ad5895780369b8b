package lexres

import (
	"reflect"
	"testing"
)

func TestTranslationsSources(t *testing.T) {
	data := "date\tne\t0.2000\nmort\tdeced\t0.8738\nmort\tmeurt\t0.7729\nmorte\tx\t0.5000\nnaissanc\tne\t0.4000"
	type src struct {
		s string
		p float64
	}
	for _, c := range []struct {
		q    string
		want []src
	}{
		{"mort", []src{{"deced", 0.8738}, {"meurt", 0.7729}}},
		{"date", []src{{"ne", 0.2}}},
		{"naissanc", []src{{"ne", 0.4}}}, // last line, no newline
		{"mor", nil},
		{"", nil},
		{"zzz", nil},
	} {
		var got []src
		NewTranslations(data).Sources(c.q, func(s string, p float64) { got = append(got, src{s, p}) })
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Sources(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

// TestEmbeddedTranslations checks the trained table on a paraphrase PIAF
// questions make again and again: "mort" for a sentence's "décédé".
func TestEmbeddedTranslations(t *testing.T) {
	tr := EmbeddedTranslations()
	if tr.Len() < 10000 {
		t.Fatalf("embedded table holds %d pairs", tr.Len())
	}
	found := false
	tr.Sources("mort", func(s string, p float64) {
		if s == "deced" && p > 0.5 {
			found = true
		}
		if p <= 0 || p > 1 {
			t.Errorf("t(mort | %s) = %v", s, p)
		}
	})
	if !found {
		t.Error("no mort ← décédé")
	}
}
