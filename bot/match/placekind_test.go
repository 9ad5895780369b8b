package match

import "testing"

// TestOnlyMisfits checks the doubt on a sentence whose places are all of
// another kind than the one a « Quelle ville … ? » or « Quel pays … ? »
// question asks for.
func TestOnlyMisfits(t *testing.T) {
	countries := "Les conférences suivantes seront accueillies par la Hongrie en 2012 et la République de Corée en 2013."
	city := "La conférence de 2012 se tiendra à Budapest, loin de la République de Corée."
	unknown := "La conférence de 2012 se tiendra dans la ville de Xyzvar, loin de la République de Corée."
	m, find := paragraphsMatcher(t, countries, city, unknown)
	for _, tt := range []struct {
		q, sentence string
		want        bool
	}{
		{"Quelle ville hongroise accueillera la conférence de 2012 ?", countries, true},
		{"Dans quelle ville se tiendra la conférence de 2012 ?", countries, true},
		{"Quelle ville hongroise accueillera la conférence de 2012 ?", city, false},
		// A capitalised word the extractor took for no place may be one.
		{"Quelle ville hongroise accueillera la conférence de 2012 ?", unknown, false},
		{"Quel pays accueillera la conférence de 2012 ?", countries, false},
		// No kind of place asked for: any place may answer.
		{"Où se tiendra la conférence de 2012 ?", countries, false},
	} {
		if got := m.onlyMisfits(m.parse(tt.q), find(tt.sentence)); got != tt.want {
			t.Errorf("%q / %q: %v, want %v", tt.q, tt.sentence, got, tt.want)
		}
	}
	seeds := New(seedBase(t))
	for _, q := range []string{"Quelle ville hongroise accueillera la conférence de 2012 ?", "Which Hungarian city will host the 2012 conference?"} {
		if a := seeds.Answer(q, nil); a.Answered {
			t.Errorf("%q: answered from %q, want an abstention: no article names a Hungarian city", q, a.Sentences[0].Text)
		}
	}
}
