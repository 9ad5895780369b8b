package score

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite testdata/score.* by running shared/eval/score.py")

// scorePy is the reference scorer, beside the repository as in CI.
const scorePy = "../../../../../shared/eval/score.py"

func TestNormTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Élèves ÉTUDIANTS", []string{"eleves", "etudiants"}},
		{"l’Internet, l'Union", []string{"l", "internet", "l", "union"}},
		{"plus de 60 pays (et régions)…", []string{"plus", "de", "60", "pays", "et", "regions"}},
		{"cyber-sécurité", []string{"cyber", "securite"}},
		{"snake_case ½ ²", []string{"snake_case", "1", "2", "2"}}, // NFKD: ½ is 1⁄2 (the slash is no word character), ² is 2
		{"«\u00a0priorité absolue\u00a0»", []string{"priorite", "absolue"}},
		{"ﬁnal", []string{"final"}}, // NFKD ligature
		{"naïve façade", []string{"naive", "facade"}},
	}
	for _, tt := range tests {
		got := NormTokens(tt.in)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("NormTokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSquash(t *testing.T) {
	tests := map[string]string{
		"":                     "",
		"  a \t b\n\nc  ":      "a b c",
		"a\u00a0\u00a0b":       "a b",
		"a\u202fb\u2003c\x1cd": "a b c d",
		"«\u00a0mot\u00a0»":    "« mot »",
		"ligne\r\nsuivante":    "ligne suivante",
		"pas\u200bd'espace":    "pas\u200bd'espace", // zero-width space is not whitespace in Python
	}
	for in, want := range tests {
		if got := Squash(in); got != want {
			t.Errorf("Squash(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCoverageAndContains(t *testing.T) {
	cov := []struct {
		ev, quote string
		want      float64
	}{
		{"", "anything", 0},
		{"a b c d", "a b", 0.5},
		{"a a b", "a b", 2.0 / 3}, // each quote word counts once
		{"Élèves", "eleves", 1},
		{"la la la", "la la la la", 1},
	}
	for _, tt := range cov {
		if got := Coverage(tt.ev, tt.quote); got != tt.want {
			t.Errorf("Coverage(%q, %q) = %v, want %v", tt.ev, tt.quote, got, tt.want)
		}
	}
	con := []struct {
		hay, needle string
		want        bool
	}{
		{"à Londres, hier", "Londres", true},
		{"à Londres, hier", "a londres", true},
		{"Londresville", "Londres", false}, // whole words only
		{"plus de 60 pays", "60 pays", true},
		{"plus de 60 pays", "pays 60", false},
		{"anything", "", false},
		{"anything", "…", false}, // no word at all
	}
	for _, tt := range con {
		if got := Contains(tt.hay, tt.needle); got != tt.want {
			t.Errorf("Contains(%q, %q) = %v, want %v", tt.hay, tt.needle, got, tt.want)
		}
	}
}

func TestRoundLikePython(t *testing.T) {
	tests := []struct {
		x    float64
		n    int
		want float64
	}{
		{2.0 / 3, 4, 0.6667},
		{0.5, 0, 0},          // ties to even
		{1.5, 0, 2},          // ties to even
		{0.00005, 4, 0.0001}, // 0.00005 is slightly above the tie in binary
		{0.12345, 4, 0.1235}, // and this one slightly above
		{1.0 / 16, 3, 0.062}, // 0.0625 is an exact tie: to even
	}
	for _, tt := range tests {
		if got := round(tt.x, tt.n); got != tt.want {
			t.Errorf("round(%v, %d) = %v, want %v", tt.x, tt.n, got, tt.want)
		}
	}
	for f, want := range map[float64]string{1: "1.0", 0: "0.0", 0.9273: "0.9273", 1234.5: "1234.5"} {
		if got := pyFloat(f); got != want {
			t.Errorf("pyFloat(%v) = %q, want %q", f, got, want)
		}
	}
}

// TestJudge covers every verdict of score.py's judge on hand-made
// predictions, independent of any matcher.
func TestJudge(t *testing.T) {
	corpus := map[string]string{
		"000_aaa": Squash("Le ministre  William Hague a déclaré que l’Internet doit rester ouvert. La conférence réunit plus de 60 pays à Londres."),
	}
	art := func(s string) *string { return &s }
	cite := func(a, q string) []Citation { return []Citation{{Article: a, Quote: q}} }
	tests := []struct {
		name string
		g    Gold
		p    *Prediction
		want Verdict
		why  string
	}{
		{"missing", Gold{Article: art("000")}, nil, Missing, "no prediction with this id"},
		{"oos abstained", Gold{}, &Prediction{}, Right, "abstained"},
		{"oos answered", Gold{}, &Prediction{Answered: true}, Wrong, "answered an out-of-scope question"},
		{"abstained", Gold{Article: art("000")}, &Prediction{}, Abstained, "abstained on an answerable question"},
		{"no citation", Gold{Article: art("000")}, &Prediction{Answered: true}, Wrong, "answered without a citation"},
		{"quote too long", Gold{Article: art("000")}, &Prediction{Answered: true, Citations: cite("000_aaa", strings.Repeat("é", 601))}, Wrong, "quote longer than 600 characters"},
		{"600 characters is fine", Gold{Article: art("000")}, &Prediction{Answered: true, Citations: cite("000_aaa", strings.Repeat("é", 600))}, Misquote, "quote not found verbatim in article '000_aaa'"},
		{"misquote", Gold{Article: art("000")}, &Prediction{Answered: true, Citations: cite("000_aaa", "William Hague a démissionné.")}, Misquote, "quote not found verbatim in article '000_aaa'"},
		{"unknown article", Gold{Article: art("000")}, &Prediction{Answered: true, Citations: cite("123", "William")}, Misquote, "quote not found verbatim in article '123'"},
		{"whitespace folded", Gold{Article: art("000"), Answer: []string{"Hague"}}, &Prediction{Answered: true, Citations: cite("000_aaa", "Le ministre\n\u00a0William Hague a déclaré")}, Right, ""},
		{"wrong article", Gold{Article: art("001")}, &Prediction{Answered: true, Citations: cite("000_aaa", "William Hague")}, Wrong, "cited article 000_aaa, gold 001"},
		{"evidence covered", Gold{Article: art("000"), Evidence: "William Hague a déclaré que l'Internet"}, &Prediction{Answered: true, Citations: cite("000_aaa", "William Hague a déclaré que l’Internet doit rester ouvert.")}, Right, ""},
		{"empty quote", Gold{Article: art("000"), Evidence: "a b c d e"}, &Prediction{Answered: true, Citations: cite("000_aaa", "")}, Wrong, "evidence coverage 0.00"},
		{"evidence weak", Gold{Article: art("000"), Evidence: "La conférence réunit plus de 60 pays à Londres"}, &Prediction{Answered: true, Citations: cite("000_aaa", "La conférence réunit")}, Wrong, "evidence coverage 0.33"},
		{"answer in quote", Gold{Article: art("000"), Answer: []string{"Paris", "à londres"}}, &Prediction{Answered: true, Citations: cite("000_aaa", "La conférence réunit plus de 60 pays à Londres.")}, Right, ""},
		{"answer not in quote", Gold{Article: art("000"), Answer: []string{"Paris"}}, &Prediction{Answered: true, Citations: cite("000_aaa", "La conférence réunit plus de 60 pays à Londres.")}, Wrong, "no gold answer in quote"},
		{"nothing to check", Gold{Article: art("000")}, &Prediction{Answered: true, Citations: cite("000_aaa", "La conférence")}, Right, ""},
		{"only first citation counts", Gold{Article: art("000"), Answer: []string{"Hague"}}, &Prediction{Answered: true, Citations: []Citation{{"000_aaa", "La conférence"}, {"000_aaa", "William Hague"}}}, Wrong, "no gold answer in quote"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, why := Judge(tt.g, tt.p, corpus)
			if v != tt.want || why != tt.why {
				t.Errorf("Judge = %s %q, want %s %q", v, why, tt.want, tt.why)
			}
		})
	}
}

func TestEvidenceThreshold(t *testing.T) {
	corpus := map[string]string{"a": "a b c x y"}
	art := "a"
	g := Gold{Article: &art, Evidence: "a b c d e"}
	if v, _ := Judge(g, &Prediction{Answered: true, Citations: []Citation{{"a", "a b c"}}}, corpus); v != Right {
		t.Errorf("coverage 0.6 judged %s, want right (>= 0.6)", v)
	}
	if v, _ := Judge(g, &Prediction{Answered: true, Citations: []Citation{{"a", "a b"}}}, corpus); v != Wrong {
		t.Errorf("coverage 0.4 judged %s, want wrong", v)
	}
}

func TestShortAnswerHit(t *testing.T) {
	g := Gold{Answer: []string{"Joe Biden", "le vice-président américain Joe Biden"}}
	tests := []struct {
		p    *Prediction
		want bool
	}{
		{nil, false},
		{&Prediction{Answer: "Biden"}, false},                       // not answered
		{&Prediction{Answered: true, Answer: "Biden"}, true},        // gold contains it
		{&Prediction{Answered: true, Answer: "M. Joe Biden"}, true}, // it contains gold
		{&Prediction{Answered: true, Answer: "Obama"}, false},
		{&Prediction{Answered: true, Answer: "«»"}, false}, // no word
	}
	for _, tt := range tests {
		if got := ShortAnswerHit(g, tt.p); got != tt.want {
			t.Errorf("ShortAnswerHit(%+v) = %v, want %v", tt.p, got, tt.want)
		}
	}
	if ShortAnswerHit(Gold{}, &Prediction{Answered: true, Answer: "x"}) {
		t.Error("hit without gold answers")
	}
}

func TestParsePredictionsPythonSemantics(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a", "answered": "yes", "citations": [{"article": 7, "quote": "q"}]}`,
		`{"id": 5, "answered": 0}`,
		`{"id": 2.50, "answered": []}`,
		`{"id": null, "answered": true}`,
		`{"id": "a", "answered": false}`,
		`not json`,
		`{"id": "b"} trailing`,
		``,
	}, "\n")
	preds, bad := ParsePredictions(in)
	if bad != 2 {
		t.Errorf("unparsable = %d, want 2", bad)
	}
	if p := preds["a"]; p == nil || p.Answered {
		t.Errorf(`"a" = %+v, want the later line (not answered)`, p)
	}
	if p := preds["5"]; p == nil || p.Answered {
		t.Errorf(`id 5 = %+v`, p)
	}
	if preds["2.5"] == nil || preds["None"] == nil || !preds["None"].Answered {
		t.Errorf("ids not keyed as Python's str(): %v", keys(preds))
	}
}

func keys(m map[string]*Prediction) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func TestSplitext(t *testing.T) {
	for in, want := range map[string][2]string{
		"000_a.txt": {"000_a", ".txt"}, "a.b.MD": {"a.b", ".MD"}, ".txt": {".txt", ""}, "..x.txt": {"..x", ".txt"}, "noext": {"noext", ""},
	} {
		if s, e := splitext(in); s != want[0] || e != want[1] {
			t.Errorf("splitext(%q) = %q %q, want %q", in, s, e, want)
		}
	}
}

// scoreTestdata scores testdata/pred.jsonl with the Go rules.
func scoreTestdata(t *testing.T) Result {
	t.Helper()
	f, err := os.Open("testdata/gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := ReadGold(f)
	if err != nil {
		t.Fatal(err)
	}
	corpus, err := LoadCorpus(os.DirFS("testdata/corpus"))
	if err != nil {
		t.Fatal(err)
	}
	out, err := os.ReadFile("testdata/pred.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	preds, bad := ParsePredictions(string(out))
	return Score(gold, preds, corpus, bad)
}

// runScorePy runs the reference scorer on the test data.
func runScorePy(t *testing.T, extra ...string) (stdout, stderr string) {
	t.Helper()
	args := append([]string{scorePy, "--gold", "testdata/gold.jsonl", "--corpus", "testdata/corpus", "--pred", "testdata/pred.jsonl"}, extra...)
	cmd := exec.Command("python3", args...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	if err := cmd.Run(); err != nil {
		t.Fatalf("score.py: %v\n%s", err, e.String())
	}
	return o.String(), e.String()
}

// TestSameAsScorePy compares the Go scoring with score.py's output on the
// same predictions: the committed golden files, and score.py itself when
// python3 and shared/ are there.
func TestSameAsScorePy(t *testing.T) {
	_, pyErr := exec.LookPath("python3")
	_, fileErr := os.Stat(scorePy)
	live := pyErr == nil && fileErr == nil
	if *update {
		if !live {
			t.Fatal("-update needs python3 and " + scorePy)
		}
		table, fails := runScorePy(t, "--show-wrong", "100")
		js, _ := runScorePy(t, "--json")
		for name, s := range map[string]string{"score.txt": table, "failures.txt": fails, "score.json": js} {
			if err := os.WriteFile(filepath.Join("testdata", name), []byte(s), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	want := map[string]string{}
	for _, name := range []string{"score.txt", "failures.txt", "score.json"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		want[name] = string(b)
	}
	if live && !*update {
		table, fails := runScorePy(t, "--show-wrong", "100")
		if table != want["score.txt"] || fails != want["failures.txt"] {
			t.Fatal("score.py's output changed: run go test -update and review the diff")
		}
	}

	r := scoreTestdata(t)
	var table, fails, js bytes.Buffer
	if err := r.WriteTable(&table); err != nil {
		t.Fatal(err)
	}
	if err := r.WriteFailures(&fails, 100); err != nil {
		t.Fatal(err)
	}
	if err := r.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	if table.String() != want["score.txt"] {
		t.Errorf("table:\n%s\nscore.py:\n%s", table.String(), want["score.txt"])
	}
	if fails.String() != want["failures.txt"] {
		t.Errorf("failures:\n%s\nscore.py:\n%s", fails.String(), want["failures.txt"])
	}
	var got, exp map[string]any
	if err := json.Unmarshal(js.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(want["score.json"]), &exp); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, exp) {
		t.Errorf("json:\n%v\nscore.py:\n%v", got, exp)
	}
}

func TestElapsed(t *testing.T) {
	r := Result{Questions: 55}
	r.SetElapsed(2 * time.Second)
	if *r.Seconds != 2 || *r.QuestionsPerS != 27.5 {
		t.Errorf("seconds %v, questions/s %v", *r.Seconds, *r.QuestionsPerS)
	}
	var b bytes.Buffer
	if err := r.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "seconds          2.0\nquestions_per_s  27.5\n") {
		t.Errorf("table:\n%s", b.String())
	}
}

func TestReadGoldErrors(t *testing.T) {
	if _, err := ReadGold(strings.NewReader("{\"id\": \"a\"}\n{oops\n")); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("ReadGold = %v, want an error at line 2", err)
	}
	if _, err := ReadGold(strings.NewReader("{\"question\": \"a\"}\n")); err == nil || !strings.Contains(err.Error(), "no \"id\"") {
		t.Errorf("ReadGold = %v, want a missing id error", err)
	}
}
