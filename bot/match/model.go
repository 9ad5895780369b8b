package match

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
)

// Model is a learned ranking and abstention, as `citebot train` writes it
// (model.json beside this file, embedded): the ranking weights and the
// calibration by feature name, so that the file reads as what it is.
type Model struct {
	// TrainedOn says what the model was learnt from.
	TrainedOn string             `json:"trained_on"`
	Rank      map[string]float64 `json:"rank"`
	Abstain   map[string]float64 `json:"abstain"`
	// Scope, when given, is the model of whether the articles answer
	// at all, which Threshold applies to (Calibration.Scope).
	Scope     map[string]float64 `json:"scope,omitempty"`
	Threshold float64            `json:"threshold"`
	// Trees, when given, are the ranking trees added to the weighted
	// sum (trees.go), one line each in the file.
	Trees []TreeJSON `json:"trees,omitempty"`
	// AbstainTrees, when given, add to the logit that Threshold applies
	// to (Calibration.Trees), one line each in the file.
	AbstainTrees []TreeJSON `json:"abstain_trees,omitempty"`
}

//go:embed model.json
var embeddedModel []byte

// EmbeddedModel is the model compiled into the binary.
func EmbeddedModel() []byte { return embeddedModel }

// LearnedWeights are the weights a matcher uses by default: the hand-set
// ones with the embedded model applied, as compiled into
// models_generated.go: parsing model.json took milliseconds of every start.
// The tests check that the compiled model is the file's
// (TestCompiledModelsAreCurrent) and that training reproduces the file.
func LearnedWeights() Weights { return compiledModel.apply(DefaultWeights()) }

// learntModel is what a model file sets in the weights.
type learntModel struct {
	rank        RankFeatures
	calibration Calibration
	trees       Forest
}

// apply returns w with the model's ranking weights, trees and calibration.
func (l *learntModel) apply(w Weights) Weights {
	w.SetRankVector(l.rank)
	w.Calibration = l.calibration
	w.Trees = l.trees
	return w
}

// ModelOf describes the learned part of w: its ranking weights and its
// calibration, numbers rounded to modelDigits significant digits so that
// the file is the same on every machine.
func ModelOf(w Weights, trainedOn string) Model {
	m := Model{TrainedOn: trainedOn, Rank: map[string]float64{}, Abstain: map[string]float64{}}
	for i, v := range w.rankVector() {
		m.Rank[RankFeatureNames[i]] = round(v)
	}
	for i, v := range w.Calibration.Coef {
		m.Abstain[AbstainFeatureNames[i]] = round(v)
	}
	if w.Calibration.Scope != (AbstainFeatures{}) {
		m.Scope = map[string]float64{}
		for i, v := range w.Calibration.Scope {
			m.Scope[AbstainFeatureNames[i]] = round(v)
		}
	}
	m.Threshold = round(w.Calibration.Threshold)
	m.Trees = forestJSON(w.Trees, TreeFeatureNames[:])
	m.AbstainTrees = forestJSON(w.Calibration.Trees, AbstainFeatureNames[:])
	return m
}

// modelDigits is the precision a model file keeps.
const modelDigits = 6

func round(v float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', modelDigits, 64), 64)
	return r
}

// Marshal writes the model as indented JSON, keys sorted, each tree on
// a line of its own.
func (m Model) Marshal() ([]byte, error) {
	forests := []namedForest{{"trees", m.Trees}, {"abstain_trees", m.AbstainTrees}}
	m.Trees, m.AbstainTrees = nil, nil
	return marshalWithForests(m, forests)
}

// ParseModel reads a model file and applies it to base: the weights a
// matcher uses with that model. Every feature must be named, and no other.
func ParseModel(data []byte, base Weights) (Weights, error) {
	l, err := parseLearnt(data)
	if err != nil {
		return base, err
	}
	return l.apply(base), nil
}

// parseLearnt reads a model file.
func parseLearnt(data []byte) (learntModel, error) {
	var m Model
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return learntModel{}, fmt.Errorf("model: %w", err)
	}
	var rank RankFeatures
	if err := fill(rank[:], RankFeatureNames[:], m.Rank, "rank"); err != nil {
		return learntModel{}, err
	}
	var c Calibration
	if err := fill(c.Coef[:], AbstainFeatureNames[:], m.Abstain, "abstain"); err != nil {
		return learntModel{}, err
	}
	if m.Scope != nil {
		if err := fill(c.Scope[:], AbstainFeatureNames[:], m.Scope, "scope"); err != nil {
			return learntModel{}, err
		}
	}
	if math.IsNaN(m.Threshold) || m.Threshold < 0 || m.Threshold > 1 {
		return learntModel{}, fmt.Errorf("model: threshold %v is not a probability", m.Threshold)
	}
	c.Threshold = m.Threshold
	trees, err := parseForest(m.Trees, TreeFeatureNames[:])
	if err != nil {
		return learntModel{}, err
	}
	if c.Trees, err = parseForest(m.AbstainTrees, AbstainFeatureNames[:]); err != nil {
		return learntModel{}, fmt.Errorf("%w (abstain_trees)", err)
	}
	return learntModel{rank: rank, calibration: c, trees: trees}, nil
}

func fill(dst []float64, names []string, src map[string]float64, what string) error {
	if len(src) != len(names) {
		return fmt.Errorf("model: %s has %d weights, want %d", what, len(src), len(names))
	}
	for i, n := range names {
		v, ok := src[n]
		if !ok || math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("model: %s: no finite weight for %q", what, n)
		}
		dst[i] = v
	}
	return nil
}
