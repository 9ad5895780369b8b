// Package score judges citebot's answers against gold questions with
// exactly the rules of shared/eval/score.py, so that `citebot eval` and the
// reference scorer give the same numbers on the same answers. Where Python
// and Go differ (text normalisation, truthiness, rounding, number printing),
// the code follows Python.
package score
