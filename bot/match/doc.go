// Package match is citebot's question matcher: it turns a question into
// an answer with verbatim citations, or abstains. One file per job:
//
//   - question.go: a parsed question; parse.go reads it from text;
//     unknown.go finds the names it gives that no article mentions;
//   - kinds.go: the table of question kinds; classify.go finds a
//     question's kind from its opening words;
//   - rank.go: the candidates' features and score; namesnear.go whether
//     the names a question gives are near a sentence;
//   - extract.go: the short answer of each kind in a sentence; short.go
//     chooses the short answer shown, reading the cited sentence
//     (reading.go) by the question's frame: copula.go (« Quel est X ? »,
//     « Qu'est-ce qui … ? »), definition.go, examples.go (« Quels X … ? »),
//     manner.go (« Comment … ? », « Par quoi … ? »), place.go (« Où … ? »),
//     rolename.go (« Qui est le N de X ? », « Qui V X ? »), naming.go,
//     yesno.go, object.go, yearpair.go (what a sentence pairs with the
//     question's year), author.go (« Qui a écrit X ? »);
//   - abstain.go: when not to answer, and the confidence;
//   - weights.go: every ranking and abstention number, in one value;
//     limits.go: the numbers the short answers are read with;
//   - answer.go: the walk of one question, from text to Answer;
//   - context.go: what a follow-up may refer to;
//   - speakers.go: who said what, for quotation questions;
//   - lang.go: the lexicon and the speller; typos.go: a question's
//     misspelt words read as meant; english.go: an English question read
//     as its French would be.
package match
