package match

import "testing"

// TestAbstainFeaturesReadTheQuestion: the abstention features that
// describe the question itself, beside its best candidate.
func TestAbstainFeaturesReadTheQuestion(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct {
		question  string
		corrected bool // some of its weight is only a spelling correction
		words     float64
		kind      kind
	}{
		{"Qui a qualifié Internet de force du bien ?", false, 3, kindSpeaker},
		{"Qui a qualifié Internet de force du bein ?", true, 4, kindSpeaker}, // « bein »: « bien », no content word
		{"Quand la conférence de Londers s'est-elle ouverte ?", true, 3, kindDate},
		{"Combien de pays ont signé l'appel de Paris ?", false, 4, kindNumber},
	} {
		ex := m.Explain(tt.question)
		if len(ex.Candidates) == 0 {
			t.Errorf("%q: no candidate", tt.question)
			continue
		}
		f := ex.Abstain
		if got := f[AbsCorrected] > 0; got != tt.corrected {
			t.Errorf("%q: corrected share %.2f, want it above 0: %v", tt.question, f[AbsCorrected], tt.corrected)
		}
		if f[AbsOneWord] != 1/tt.words {
			t.Errorf("%q: one_word %.3f, want 1/%v", tt.question, f[AbsOneWord], tt.words)
		}
		for k := range numKinds {
			if want := b2f(k == tt.kind); f[AbsKind+int(k)] != want {
				t.Errorf("%q: kind_%s %v, want %v", tt.question, kinds[k].name, f[AbsKind+int(k)], want)
			}
		}
	}
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// TestSaysOnlyNames: a sentence that names a person or gives a date but
// shares only the question's names does not answer who or when; one that
// says what is asked of them does.
func TestSaysOnlyNames(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct {
		question string
		answered bool
	}{
		{"Quand Amnesty International a-t-elle été fondée ?", false}, // « avant la réunion », of William Nee's statement
		{"When was Amnesty International founded?", false},
		{"Qui dirige Amnesty International ?", false}, // William Nee, its researcher
		{"Who is the secretary general of Amnesty International?", false},
		{"Quand la conférence de Londres s'est-elle ouverte ?", true},
		{"Qui a qualifié Internet de force du bien ?", true},
	} {
		q, r, cands := m.candidates(tt.question, nil)
		if len(cands) == 0 {
			t.Errorf("%q: no candidate", tt.question)
			continue
		}
		if got := m.saysOnlyNames(q, bySum(cands)[0]); got == tt.answered {
			t.Errorf("%q: saysOnlyNames %v, want %v", tt.question, got, !tt.answered)
		}
		r.release()
		if a := m.Answer(tt.question, nil); a.Answered != tt.answered {
			t.Errorf("%q: answered %v (%q), want %v", tt.question, a.Answered, a.Short, tt.answered)
		}
	}
}
