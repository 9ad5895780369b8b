// Package lexres gives the matcher real language resources keyed by lemma:
//
//   - Lemmas, the French lemma table made from Debian's Hunspell dictionary
//     (hunspell-fr-comprehensive, MPL-2.0) by tools/lexgen, embedded in the
//     binary and searched in place, so that "naquit" and "née" meet
//     "naître", and "parlement" no longer meets "parler" as Snowball stems
//     make it do;
//   - Translations, IBM Model 1 word-translation probabilities learnt from
//     PIAF's questions and their answering sentences by tools/paraphrase,
//     embedded;
//   - Thesaurus, the LibreOffice French thesaurus (Debian mythes-fr,
//     LGPL-2.1+), read when it is installed by what measures it as a
//     ranking feature (citebot train --thesaurus, tools/paraphrase) and by
//     a model learnt with it: it is noisy, a feature to weigh, never a list
//     to expand a question with blindly.
//
// The thesaurus's licence does not allow compiling it into citebot's
// binary (see NOTICE), so it is optional: FindThesaurus looks for it where
// Debian installs it, and the embedded model does without it. Every key
// and value is folded (french.Fold).
package lexres
