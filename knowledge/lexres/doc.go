// Package lexres gives the matcher real language resources keyed by lemma:
//
//   - Lemmas, the French lemma table made from Debian's Hunspell dictionary
//     (hunspell-fr-comprehensive, MPL-2.0) by tools/lexgen, embedded in the
//     binary and searched in place, so that "naquit" and "née" meet
//     "naître", and "parlement" no longer meets "parler" as Snowball stems
//     make it do;
//   - Thesaurus, the LibreOffice French thesaurus (Debian mythes-fr,
//     LGPL-2.1+), read at run time when it is installed: it is noisy, a
//     feature to weigh, never a list to expand a question with blindly;
//   - Bilingual, the FreeDict English→French dictionary (Debian
//     dict-freedict-eng-fra, GPL-2+), read at run time when it is installed.
//
// The licences of the last two do not allow compiling them into citebot's
// binary (see NOTICE), so they are optional: FindThesaurus and
// FindBilingual look for them where Debian installs them, and the bot
// answers without them. Every key and value is folded (french.Fold).
package lexres
