package match

import (
	"reflect"
	"strings"
	"testing"
)

func TestModelRoundTrip(t *testing.T) {
	for _, scope := range []bool{false, true} {
		w := DefaultWeights()
		w.Translation = 1.25
		w.Para = -0.5
		w.Calibration.Coef[AbsBias] = -2
		w.Calibration.Coef[AbsCov] = 3.5
		w.Calibration.Threshold = 0.12
		if scope {
			w.Calibration.Scope[AbsTopBM25] = 0.75
			w.Calibration.Trees = NewForest([]Tree{{{Feature: AbsCorrected, Threshold: 0.5, Left: 1, Right: 2}, {Value: 0.25}, {Value: -1.5}}})
		}
		data, err := ModelOf(w, "test").Marshal()
		if err != nil {
			t.Fatal(err)
		}
		got, err := ParseModel(data, DefaultWeights())
		if err != nil {
			t.Fatal(err)
		}
		if got.RankVector() != w.RankVector() || !reflect.DeepEqual(got.Calibration, w.Calibration) {
			t.Errorf("round trip:\n got %v %v\nwant %v %v", got.RankVector(), got.Calibration, w.RankVector(), w.Calibration)
		}
		if !strings.Contains(string(data), `"translation": 1.25`) || !strings.Contains(string(data), `"threshold": 0.12`) ||
			strings.Contains(string(data), `"scope"`) != scope ||
			strings.Contains(string(data), `"abstain_trees": [
    [{"feature":"corrected","threshold":0.5,"left":1,"right":2},{"value":0.25},{"value":-1.5}]
  ]`) != scope {
			t.Errorf("model file:\n%s", data)
		}
	}
}

func TestParseModelErrors(t *testing.T) {
	good, err := ModelOf(DefaultWeights(), "test").Marshal()
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{
		"not json":        "{",
		"unknown field":   strings.Replace(string(good), `"threshold"`, `"treshold"`, 1),
		"missing feature": strings.Replace(string(good), `"bm25": 1.5,`, ``, 1),
		"extra feature":   strings.Replace(string(good), `"bm25": 1.5,`, `"bm25": 1.5, "bm26": 1,`, 1),
		"bad threshold":   strings.Replace(string(good), `"threshold": 0`, `"threshold": 2`, 1),
		"partial scope":   strings.Replace(string(good), `"threshold": 0`, `"scope": {"bias": 1}, "threshold": 0`, 1),
	} {
		if _, err := ParseModel([]byte(data), DefaultWeights()); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestEmbeddedModelParses checks that the model compiled in is a valid
// one (cmd/citebot's test checks that training reproduces it).
func TestEmbeddedModelParses(t *testing.T) {
	if _, err := ParseModel(EmbeddedModel(), DefaultWeights()); err != nil {
		t.Fatal(err)
	}
}

func FuzzParseModel(f *testing.F) {
	good, _ := ModelOf(DefaultWeights(), "seed").Marshal()
	f.Add(good)
	f.Add([]byte(`{"rank": {"bm25": 1e309}}`))
	w := DefaultWeights()
	w.Trees = testForest()
	trees, _ := ModelOf(w, "seed").Marshal()
	f.Add(trees)
	f.Fuzz(func(t *testing.T, data []byte) {
		w, err := ParseModel(data, DefaultWeights())
		if err != nil {
			return
		}
		if th := w.Calibration.Threshold; th < 0 || th > 1 {
			t.Fatalf("accepted threshold %v", th)
		}
		// Every accepted forest scores without a panic or an
		// endless walk, whatever the features.
		var f TreeFeatures
		for i := range f {
			f[i] = float64(i%3) - 1
		}
		// Laid out flat or not, a forest scores as its trees walked
		// one by one.
		if got, want := w.Trees.Score(f[:]), sumOfWalks(0, w.Trees, f[:]); got != want {
			t.Fatalf("ranking trees score %v, walked %v", got, want)
		}
		a := AbstainFeatures(f[:NumAbstainFeatures])
		if got, want := w.Calibration.Trees.Score(a[:]), sumOfWalks(0, w.Calibration.Trees, a[:]); got != want {
			t.Fatalf("abstention trees score %v, walked %v", got, want)
		}
	})
}
