package score

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Result is score.py's summary, with its JSON field names and order.
type Result struct {
	Questions       int                `json:"questions"`
	Accuracy        float64            `json:"accuracy"`
	CitedRight      float64            `json:"cited_right"`
	FalseAbstain    float64            `json:"false_abstain"`
	Misquotes       int                `json:"misquotes"`
	Missing         int                `json:"missing"`
	OOSAbstained    *float64           `json:"oos_abstained"`
	ShortAnswer     float64            `json:"short_answer"`
	UnparsableLines int                `json:"unparsable_lines"`
	Groups          map[string]float64 `json:"groups"`
	Seconds         *float64           `json:"seconds,omitempty"`
	QuestionsPerS   *float64           `json:"questions_per_s,omitempty"`

	// GroupN counts the questions of each group, for the table.
	GroupN map[string]int `json:"-"`
	// Failures are the questions not judged right, in gold order.
	Failures []Failure `json:"-"`
}

// Failure is one question not judged right.
type Failure struct {
	ID       string
	Verdict  Verdict
	Why      string
	Question string
	// Text is the start of the reply (200 characters).
	Text string
}

// Score judges every gold question against preds (keyed by id; a missing
// key is a missing prediction) and sums up as score.py does. unparsable is
// the number of output lines that were not JSON.
func Score(gold []Gold, preds map[string]*Prediction, corpus map[string]string, unparsable int) Result {
	count := map[string]map[Verdict]int{}
	n := map[string]int{}
	hits := 0
	var fails []Failure
	for _, g := range gold {
		p := preds[g.ID]
		v, why := Judge(g, p, corpus)
		scope := "in"
		if g.Article == nil {
			scope = "oos"
		}
		for _, key := range []string{"all", "scope:" + scope, "variant:" + orUnknown(g.Variant), "type:" + orUnknown(g.Type)} {
			if count[key] == nil {
				count[key] = map[Verdict]int{}
			}
			n[key]++
			count[key][v]++
		}
		if ShortAnswerHit(g, p) {
			hits++
		}
		if v != Right {
			text := ""
			if p != nil {
				text = pySlice(p.Text, 200)
			}
			fails = append(fails, Failure{g.ID, v, why, g.Question, text})
		}
	}
	in := "scope:in"
	r := Result{
		Questions:       len(gold),
		Accuracy:        ratio(count["all"][Right], n["all"]),
		CitedRight:      ratio(count[in][Right], n[in]),
		FalseAbstain:    ratio(count[in][Abstained], n[in]),
		Misquotes:       count["all"][Misquote],
		Missing:         count["all"][Missing],
		ShortAnswer:     ratio(hits, n[in]),
		UnparsableLines: unparsable,
		Groups:          map[string]float64{},
		GroupN:          map[string]int{},
		Failures:        fails,
	}
	if n["scope:oos"] > 0 {
		v := ratio(count["scope:oos"][Right], n["scope:oos"])
		r.OOSAbstained = &v
	}
	for k, c := range n {
		if k != "all" {
			r.Groups[k] = ratio(count[k][Right], c)
			r.GroupN[k] = c
		}
	}
	return r
}

// SetElapsed records the run's duration, start-up included.
func (r *Result) SetElapsed(d time.Duration) {
	s := round(d.Seconds(), 3)
	qps := round(float64(r.Questions)/d.Seconds(), 1)
	r.Seconds, r.QuestionsPerS = &s, &qps
}

// WriteTable prints the result as score.py does without --json.
func (r Result) WriteTable(w io.Writer) error {
	type row struct {
		k string
		v any
	}
	rows := []row{
		{"questions", r.Questions}, {"accuracy", r.Accuracy}, {"cited_right", r.CitedRight},
		{"false_abstain", r.FalseAbstain}, {"misquotes", r.Misquotes}, {"missing", r.Missing},
		{"oos_abstained", r.OOSAbstained}, {"short_answer", r.ShortAnswer},
		{"unparsable_lines", r.UnparsableLines},
	}
	if r.Seconds != nil {
		rows = append(rows, row{"seconds", r.Seconds}, row{"questions_per_s", r.QuestionsPerS})
	}
	var b strings.Builder
	for _, row := range rows {
		fmt.Fprintf(&b, "%-16s %s\n", row.k, pyValue(row.v))
	}
	keys := make([]string, 0, len(r.Groups))
	for k := range r.Groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "  %-24s %.3f  (n=%d)\n", k, r.Groups[k], r.GroupN[k])
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON prints the result as one JSON object, as score.py --json does.
func (r Result) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// WriteFailures prints up to max failures as score.py --show-wrong does.
func (r Result) WriteFailures(w io.Writer, max int) error {
	var b strings.Builder
	for _, f := range r.Failures[:min(max, len(r.Failures))] {
		fmt.Fprintf(&b, "FAIL %s [%s] %s\n   Q: %s\n   A: %s\n", f.ID, f.Verdict, f.Why, f.Question, f.Text)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// ratio is score.py's round(a / max(1, b), 4).
func ratio(a, b int) float64 { return round(float64(a)/float64(max(1, b)), 4) }

// round is Python's round(x, places): the nearest decimal, ties to even,
// computed on x's exact binary value as strconv does.
func round(x float64, places int) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', places, 64), 64)
	return v
}

// pyValue prints a value as Python's %s does: None, 3, 0.9, 1.0.
func pyValue(v any) string {
	switch v := v.(type) {
	case *float64:
		if v == nil {
			return "None"
		}
		return pyFloat(*v)
	case float64:
		return pyFloat(v)
	default:
		return fmt.Sprint(v)
	}
}

// pyFloat is Python's repr of a float in the range scores take.
func pyFloat(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsAny(s, ".eEn") {
		s += ".0"
	}
	return s
}

func orUnknown(s *string) string {
	if s == nil {
		return "?"
	}
	return *s
}
