// Package french analyses French text for search and question answering.
//
// It is shared by the index (corpus sentences) and the question matcher so
// that the same word always yields the same term: Fold removes case, accents,
// ligatures and typographic apostrophes; Tokenize cuts text into words,
// splitting elisions (l', qu', jusqu'), inverted pronouns (a-t-il) and English
// clitics while keeping compounds (vice-président) and numbers with thousand
// separators (100 000) whole; Segment cuts a sentence the way extraction
// reads it, with the same character classes and elision list, keeping every
// punctuation mark and a word's inner hyphens (a-t-il); Stem applies the Snowball French stemmer;
// Analyze combines them into content terms.
//
// Lexicon holds general lexical relations (synonyms, derivations, demonyms,
// an English→French glossary) loaded from embedded data files, Speller
// corrects misspelt words against a corpus vocabulary and MatchNames finds
// names from a sloppy query. Lexicon and Speller are immutable once built and
// Analyzer guards its stem cache, so all of them are safe for concurrent use.
package french
