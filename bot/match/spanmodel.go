package match

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"math"

	"github.com/citebot/citebot/knowledge"
)

// SpanWeights are the span model: a conditional logit's coefficients over
// SpanFeatureNames (a softmax over the cited sentence's candidates) and,
// for each group of question kinds, the probability a candidate must reach
// to be given as the short answer (1: the model gives none for the group,
// where no threshold was precise enough on the training questions). The
// zero value is no model: the hand rules answer alone.
type SpanWeights struct {
	Coef       [NumSpanFeatures]float64
	Thresholds [SpanGroups]float64
	// RuleThresholds are, by group, the probability the hand rules'
	// answer must reach (the best of the candidates that are it, hold it
	// or lie in it) to be given.
	RuleThresholds [SpanGroups]float64
	// Trees, when given, add to the logits of the spanTreeTop best
	// candidates by Coef (spantrees.go).
	Trees Forest
	// Learnt is false for the zero value.
	Learnt bool
}

// spanScore is a candidate as the model weighs it: where it stands, its
// score (the softmax's exponent), whether it relates to the hand rules'
// answer (is it, holds it or lies in it), and its index among the
// sentence's candidates.
type spanScore struct {
	start, end int
	text       string
	z          float64
	rule       bool
	cand       int
}

// score weighs a candidate of a question of the group.
func (w *SpanWeights) score(group int, c *SpanCandidate) spanScore {
	// The group's block as an array: the loop below needs no bounds
	// checks.
	coef := (*[numSpanBase]float64)(w.Coef[group*numSpanBase:])
	z := 0.0
	for k, x := range &c.Features {
		z += coef[k] * x
	}
	x := &c.Features
	return spanScore{start: c.Start, end: c.End, text: c.Text, z: z, rule: x[sfRuleEqual]+x[sfInRule]+x[sfHoldsRule] > 0}
}

// scores weighs the candidates by the group's weights alone, in their
// order.
func (w *SpanWeights) scores(group int, cands []SpanCandidate) []spanScore {
	ss := make([]spanScore, len(cands))
	for i := range cands {
		ss[i] = w.score(group, &cands[i])
		ss[i].cand = i
	}
	return ss
}

// ranked weighs the candidates as the model does: by the weights, and
// with trees, the best of them by the trees too (spantrees.go).
func (w *SpanWeights) ranked(group int, cands []SpanCandidate) []spanScore {
	return w.rerank(group, w.scores(group, cands), func(i int) *[numSpanBase]float64 { return &cands[i].Features })
}

// rerank is ranked on candidates already weighed, ss, each naming by its
// cand the candidate whose base features base gives: with trees, the
// best of them re-weighed by the trees.
func (w *SpanWeights) rerank(group int, ss []spanScore, base func(cand int) *[numSpanBase]float64) []spanScore {
	n := len(ss)
	ss = w.topSpans(ss)
	w.withTrees(group, ss, n, func(k int) *[numSpanBase]float64 { return base(ss[k].cand) })
	return ss
}

// softmax turns the scores into the candidates' shares of the model's
// belief that each is the answer, in place.
func softmax(ss []spanScore) {
	top := math.Inf(-1)
	for _, s := range ss {
		top = math.Max(top, s.z)
	}
	sum := 0.0
	for i := range ss {
		ss[i].z = math.Exp(ss[i].z - top)
		sum += ss[i].z
	}
	for i := range ss {
		ss[i].z /= sum
	}
}

// best is the candidate the model believes most (the first on a tie)
// and its confidence: the share of the belief that goes to it and to the
// candidates that hold it or lie in it, which one answer also makes
// right; -1 when there is none. ss holds shares (softmax).
func best(ss []spanScore) (int, float64) {
	b := -1
	for i := range ss {
		if b < 0 || ss[i].z > ss[b].z {
			b = i
		}
	}
	if b < 0 {
		return -1, 0
	}
	conf := 0.0
	for _, s := range ss {
		if s.start <= ss[b].start && ss[b].end <= s.end || ss[b].start <= s.start && s.end <= ss[b].end {
			conf += s.z
		}
	}
	return b, conf
}

// ruleShare is the share of the belief that goes to the candidates that
// relate to the hand rules' answer. ss holds shares (softmax).
func ruleShare(ss []spanScore) float64 {
	conf := 0.0
	for _, s := range ss {
		if s.rule {
			conf += s.z
		}
	}
	return conf
}

// Best is the candidate the model believes most for a question of the
// group and its confidence (see best); -1 when there is none.
func (w *SpanWeights) Best(group int, cands []SpanCandidate) (int, float64) {
	ss := w.ranked(group, cands)
	softmax(ss)
	i, p := best(ss)
	if i < 0 {
		return -1, 0
	}
	return ss[i].cand, p
}

// RuleProbability is the model's confidence in the hand rules' answer:
// the share of its belief that goes to the candidates that are it, hold
// it or lie in it.
func (w *SpanWeights) RuleProbability(group int, cands []SpanCandidate) float64 {
	ss := w.ranked(group, cands)
	softmax(ss)
	return ruleShare(ss)
}

// Choose is the short answer for a question of the group, given the hand
// rules' answer and the candidates: the rules' when the model finds it
// likely enough, else the best candidate when likely enough, else "".
func (w *SpanWeights) Choose(group int, rule string, cands []SpanCandidate) string {
	return w.pick(group, rule, w.ranked(group, cands))
}

// pick is Choose on the candidates' scores, which it turns into shares.
func (w *SpanWeights) pick(group int, rule string, ss []spanScore) string {
	if rule != "" && w.RuleThresholds[group] == 0 {
		return rule
	}
	softmax(ss)
	if rule != "" && ruleShare(ss) >= w.RuleThresholds[group] {
		return rule
	}
	if t := w.Thresholds[group]; t < 1 {
		if i, p := best(ss); i >= 0 && p >= t {
			return ss[i].text
		}
	}
	return ""
}

// SpanModel is the span model as `citebot train-spans` writes it
// (spanmodel.json beside this file, embedded): weights by feature name.
type SpanModel struct {
	TrainedOn  string             `json:"trained_on"`
	Weights    map[string]float64 `json:"weights"`
	Thresholds map[string]float64 `json:"thresholds"`
	// RuleThresholds gate the hand rules' answers, by group.
	RuleThresholds map[string]float64 `json:"rule_thresholds"`
	// Trees, when given, are the span trees (spantrees.go), one line
	// each in the file.
	Trees []TreeJSON `json:"trees,omitempty"`
}

//go:embed spanmodel.json
var embeddedSpanModel []byte

// EmbeddedSpanModel is the span model compiled into the binary.
func EmbeddedSpanModel() []byte { return embeddedSpanModel }

// learnedSpans is the embedded span model, as compiled into
// models_generated.go; the tests check that it is spanmodel.json's and
// that training reproduces the file.
func learnedSpans() SpanWeights { return compiledSpans }

// SpanModelOf describes w, numbers rounded as the ranking model's are.
func SpanModelOf(w SpanWeights, trainedOn string) SpanModel {
	m := SpanModel{TrainedOn: trainedOn, Weights: map[string]float64{}, Thresholds: map[string]float64{}, RuleThresholds: map[string]float64{}}
	for g, v := range w.Thresholds {
		m.Thresholds[spanGroupNames[g]] = round(v)
		m.RuleThresholds[spanGroupNames[g]] = round(w.RuleThresholds[g])
	}
	names := SpanFeatureNames()
	for i, v := range w.Coef {
		m.Weights[names[i]] = round(v)
	}
	m.Trees = forestJSON(w.Trees, SpanTreeFeatureNames[:])
	return m
}

// Marshal writes the model as indented JSON, keys sorted, each tree on a
// line of its own.
func (m SpanModel) Marshal() ([]byte, error) {
	forests := []namedForest{{"trees", m.Trees}}
	m.Trees = nil
	return marshalWithForests(m, forests)
}

// ParseSpanModel reads a span model file. Every feature must be named,
// and no other.
func ParseSpanModel(data []byte) (SpanWeights, error) {
	var m SpanModel
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return SpanWeights{}, fmt.Errorf("span model: %w", err)
	}
	var w SpanWeights
	names := SpanFeatureNames()
	if err := fill(w.Coef[:], names[:], m.Weights, "span weights"); err != nil {
		return SpanWeights{}, err
	}
	if err := fill(w.Thresholds[:], spanGroupNames[:], m.Thresholds, "span thresholds"); err != nil {
		return SpanWeights{}, err
	}
	if err := fill(w.RuleThresholds[:], spanGroupNames[:], m.RuleThresholds, "span rule thresholds"); err != nil {
		return SpanWeights{}, err
	}
	for g := range w.Thresholds {
		for _, t := range []float64{w.Thresholds[g], w.RuleThresholds[g]} {
			if t < 0 || t > 1 {
				return SpanWeights{}, fmt.Errorf("span model: %s threshold %v is not a probability", spanGroupNames[g], t)
			}
		}
	}
	trees, err := parseForest(m.Trees, SpanTreeFeatureNames[:])
	if err != nil {
		return SpanWeights{}, fmt.Errorf("span model: %w", err)
	}
	w.Trees = trees
	w.Learnt = true
	return w, nil
}

// SpanExplanation is what the span model sees of a question: the cited
// sentence, the hand rules' short answer, the candidates, and whether the
// hand rules keep the question (RuleKind) or the matcher abstains.
type SpanExplanation struct {
	Answered bool
	RuleKind bool
	// Group names the question's group of kinds (GroupIndex its index
	// in SpanWeights.Thresholds); its weights are Coef[Block :
	// Block+SpanBaseFeatures].
	Group      string
	GroupIndex int
	Block      int
	// Kind names the question's kind.
	Kind     string
	Sentence *knowledge.Sentence
	Rule     string
	Spans    []SpanCandidate
}

// ExplainSpans answers a fresh question as Answer does and returns what
// the span model reads: for training and measuring it.
func (m *Matcher) ExplainSpans(text string) SpanExplanation {
	q, r, cands := m.candidates(text, nil)
	if r != nil {
		defer r.release()
	}
	g := spanGroupOf(q)
	e := SpanExplanation{RuleKind: ruleKind(q.kind), Group: spanGroupNames[g], GroupIndex: int(g),
		Block: int(g) * numSpanBase, Kind: q.kind.String()}
	if len(cands) == 0 {
		return e
	}
	_, ok := m.trust(r, cands)
	e.Answered = ok || m.neverAbstain
	best := cands[0]
	e.Sentence = best.hit.Sentence
	e.Rule = m.ruleShort(r, &best)
	if !e.RuleKind {
		e.Spans = m.spanCandidates(r, e.Sentence, e.Rule)
	}
	return e
}

// shortAnswer is the short answer shown for the cited candidate, or "":
// the hand rules' for the kinds they settle (ruleKind), else the span
// model's best candidate when it is likely enough to hold the answer;
// never a bare acronym for « Qui … ? » (acronym.go), nor a name from a
// sentence that says the question's verb of something else (agent.go),
// nor a person the sentence names for « Quelle agence … ? » (on PIAF 13
// such answers, one right: a firm named after its founder), nor a day
// without its year for « En quelle année … ? » (statesAskedYear), nor a
// count in letters for « Quand … ? » (countNoDate).
func (m *Matcher) shortAnswer(r *ranking, c *scored) string {
	a := m.pickShort(r, c)
	if r.q.kind == kindPerson && a != "" && (acronymOnly(a) || m.doneToOtherIn(r, c.hit.Sentence)) {
		return ""
	}
	if r.q.kind == kindOrg && a != "" && m.personNamed(c.hit.Sentence, a) {
		return ""
	}
	if r.q.kind == kindNumber && a != "" {
		return m.withUnit(c.hit.Sentence, a)
	}
	if r.q.kind == kindDate && a != "" && (!m.statesAskedYear(r.q, c.hit.Sentence, a) || m.countNoDate(c.hit.Sentence, a)) {
		return ""
	}
	return a
}

// pickShort is shortAnswer before the acronym check.
func (m *Matcher) pickShort(r *ranking, c *scored) string {
	rule := m.ruled(r, c)
	if ruleKind(r.q.kind) || !m.spans.Learnt {
		return rule
	}
	g := int(spanGroupOf(r.q))
	switch {
	case rule != "" && m.spans.RuleThresholds[g] == 0:
		return rule // the rules' answer stands: no candidate to weigh
	case rule == "" && m.spans.Thresholds[g] >= 1:
		return "" // the model answers no question of this group
	}
	ss, feats := r.sc.spans.scores[:0], r.sc.spans.feats[:0]
	m.eachSpan(r, c.hit.Sentence, rule, func(c *SpanCandidate) {
		s := m.spans.score(g, c)
		s.cand = len(ss)
		ss = append(ss, s)
		if m.spans.Trees.Len() > 0 {
			feats = append(feats, c.Features)
		}
	})
	r.sc.spans.scores, r.sc.spans.feats = ss, feats
	return m.spans.pick(g, rule, m.spans.rerank(g, ss, func(i int) *[numSpanBase]float64 { return &feats[i] }))
}
