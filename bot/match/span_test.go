package match

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/knowledge"
)

func TestEmbeddedSpanModelParses(t *testing.T) {
	w, err := ParseSpanModel(EmbeddedSpanModel())
	if err != nil {
		t.Fatal(err)
	}
	if !w.Learnt {
		t.Error("the embedded span model reads as no model")
	}
	again, err := SpanModelOf(w, "round trip").Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if w2, err := ParseSpanModel(again); err != nil || !reflect.DeepEqual(w2, w) {
		t.Errorf("a written model does not read back the same: %v", err)
	}
}

// TestParseSpanModelRejects refuses files that are not a whole model.
func TestParseSpanModelRejects(t *testing.T) {
	good := string(EmbeddedSpanModel())
	for name, data := range map[string]string{
		"not JSON":          "{",
		"unknown field":     strings.Replace(good, `"trained_on"`, `"extra": 1, "trained_on"`, 1),
		"missing weight":    strings.Replace(good, `"date:bias"`, `"date:nothing"`, 1),
		"missing threshold": strings.Replace(good, `"thresholds": {`, `"thresholds": {"x": 0.5, `, 1),
		"no thresholds":     `{"trained_on": "", "weights": {}, "thresholds": {}, "rule_thresholds": {}}`,
	} {
		if _, err := ParseSpanModel([]byte(data)); err == nil {
			t.Errorf("%s: parsed", name)
		}
	}
}

// FuzzParseSpanModel reads arbitrary bytes as a span model, with no
// recover in between: an error or a model whose thresholds are
// probabilities, never a panic.
func FuzzParseSpanModel(f *testing.F) {
	f.Add(EmbeddedSpanModel())
	f.Add([]byte(`{"trained_on": "", "weights": {}, "thresholds": {}, "rule_thresholds": {}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		w, err := ParseSpanModel(data)
		if err != nil {
			return
		}
		for _, th := range append(w.Thresholds[:], w.RuleThresholds[:]...) {
			if !(th >= 0 && th <= 1) {
				t.Fatalf("threshold %v is not a probability", th)
			}
		}
	})
}

// TestSpanCandidates reads the candidates of a real sentence: runs of
// words that end on a content word, within one clause, never opening on a
// conjunction or a preposition, and never only the question's own words.
func TestSpanCandidates(t *testing.T) {
	base, err := knowledge.Load(fstest.MapFS{"a.txt": {Data: []byte("Le sport\n\n" +
		"En 2019, le ministère des Sports emploie 100 000 personnes et le budget atteint 14,2 milliards d'euros.\n")}})
	if err != nil {
		t.Fatal(err)
	}
	m := New(base)
	q := m.parse("Combien de personnes emploie le ministère des Sports ?")
	r := m.newRanking(q)
	defer r.release()
	var texts []string
	for _, c := range m.spanCandidates(r, base.Sentences[0], "100 000") {
		texts = append(texts, c.Text)
		if c.Features[sfBias] != 1 {
			t.Errorf("%q: its group's block is not set", c.Text)
		}
		if c.Text == "100 000" && c.Features[sfRuleEqual] != 1 {
			t.Errorf("%q: not marked as the rules' answer", c.Text)
		}
	}
	for _, want := range []string{"100 000", "100 000 personnes", "14,2 milliards d'euros", "2019"} {
		if !slices.Contains(texts, want) {
			t.Errorf("no candidate %q in %q", want, texts)
		}
	}
	for _, bad := range []string{"et le budget", "ministère des Sports", "Sports", "emploie 100 000 personnes et", "2019, le"} {
		if slices.Contains(texts, bad) {
			t.Errorf("candidate %q should not be", bad)
		}
	}
}

// TestSpanModelChoose gives the span model's answer only where the hand
// rules give none, and keeps the rules' answer where they give one.
func TestSpanModelChoose(t *testing.T) {
	var w SpanWeights
	w.Learnt = true
	g := int(groupWhat)
	w.Coef[g*numSpanBase+sfLen1] = 3
	cands := make([]SpanCandidate, 3)
	for i, c := range []SpanCandidate{{Text: "une caverne", Start: 0, End: 11}, {Text: "caverne", Start: 4, End: 11}, {Text: "argent", Start: 20, End: 26}} {
		cands[i].Text, cands[i].Start, cands[i].End = c.Text, c.Start, c.End
		cands[i].Features[sfBias] = 1
	}
	cands[1].Features[sfLen1] = 1
	w.Thresholds[g] = 0.5
	if got := w.Choose(g, "", cands); got != "caverne" {
		t.Errorf("no rule: %q, want the model's best", got)
	}
	if got := w.Choose(g, "un monceau", cands); got != "un monceau" {
		t.Errorf("with a rule and no rule threshold: %q, want the rule's", got)
	}
	w.Thresholds[g] = 0.99
	if got := w.Choose(g, "", cands); got != "" {
		t.Errorf("below the threshold: %q, want none", got)
	}
}

// TestSpanModelFillsIn answers with the embedded span model where the
// hand rules hold back: "Que publie le comité ?" finds a circumstance
// after the verb, so the rules give the sentence alone, and the model
// reads the object after it.
func TestSpanModelFillsIn(t *testing.T) {
	base, err := knowledge.Load(fstest.MapFS{"a.txt": {Data: []byte("Le président\n\n" +
		"Emmanuel Macron veut renforcer le respect du droit d'auteur. Le comité publie durant chaque session un rapport annuel.\n")}})
	if err != nil {
		t.Fatal(err)
	}
	rules, model := NewWith(base, Options{Spans: &SpanWeights{}}), New(base)
	for _, tt := range []struct{ q, rules, model string }{
		{"Que publie le comité ?", "", "un rapport annuel"},
		{"Que veut renforcer Emmanuel Macron ?", "le respect du droit d'auteur", "le respect du droit d'auteur"},
	} {
		if got := rules.Answer(tt.q, nil).Short; got != tt.rules {
			t.Errorf("%q, rules alone: %q, want %q", tt.q, got, tt.rules)
		}
		if got := model.Answer(tt.q, nil).Short; got != tt.model {
			t.Errorf("%q, with the span model: %q, want %q", tt.q, got, tt.model)
		}
	}
}

// FuzzSpanCandidates reads the candidates of arbitrary sentences, with
// no recover in between: each is the sentence's own words at its place,
// never empty. The sentence stands in for the seeds' first, with its
// facts (mentions the sentence does not hold are never found in it).
func FuzzSpanCandidates(f *testing.F) {
	for _, s := range []string{
		"En 2019, le ministère des Sports emploie 100 000 personnes et 14,2 milliards d'euros.",
		"PARIS, 12 novembre (Reuters) - Le président « a signé » l'appel (voir 3,5 %).",
		"(", "a,b", "1,", ",2", "Jean-Paul aujourd'hui.", "«»", "-",
	} {
		f.Add(s, "Combien de personnes emploie le ministère ?", "100 000")
	}
	base := seedBase(f)
	m := New(base)
	f.Fuzz(func(t *testing.T, text, question, rule string) {
		q := m.parse(sanitize(question))
		r := m.newRanking(q)
		defer r.release()
		s := *base.Sentences[0]
		s.Text = text
		for _, c := range m.spanCandidates(r, &s, rule) {
			if c.Start < 0 || c.End > len(text) || c.Start >= c.End || text[c.Start:c.End] != c.Text {
				t.Fatalf("candidate %q at %d-%d is not the sentence's %q", c.Text, c.Start, c.End, text)
			}
		}
	})
}
