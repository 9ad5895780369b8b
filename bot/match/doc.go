// Package match is citebot's question matcher: it turns a question into
// an answer with verbatim citations, or abstains. One file per job:
//
//   - question.go: a parsed question; parse.go reads it from text;
//   - kinds.go: the table of question kinds; classify.go finds a
//     question's kind from its opening words;
//   - rank.go: the candidates' features and score;
//   - extract.go: the short answer of each kind in a sentence;
//   - abstain.go: when not to answer, and the confidence;
//   - weights.go: every ranking and abstention number, in one value;
//   - answer.go: the walk of one question, from text to Answer;
//   - context.go: what a follow-up may refer to;
//   - speakers.go: who said what, for quotation questions;
//   - lang.go: the lexicon, the speller and English questions.
package match
