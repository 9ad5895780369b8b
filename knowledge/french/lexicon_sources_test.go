package french

import (
	_ "embed"
	"io"
	"strings"
)

// The files the lexicon's compiled tables come from (lexicon_generated.go
// and the speller file): only the tests read them, to check
// the tables against them; the binary embeds the tables.

//go:embed data/synonyms.txt
var synonymsData string

// institutionsData are acronyms and metonyms of institutions, read as
// more synonym groups.
//
//go:embed data/institutions.txt
var institutionsData string

// derivationsData are the nouns of action and of agent a verb derives
// by a regular suffix, generated from the Hunspell dictionary
// (tools/lexgen -derivations), read as more groups of related words.
//
//go:embed data/derivations.txt
var derivationsData string

//go:embed data/en-fr.tsv
var englishData string

// embeddedSynonyms reads the synonym groups: synonyms.txt, then
// institutions.txt.
func embeddedSynonyms() io.Reader {
	return io.MultiReader(strings.NewReader(synonymsData), strings.NewReader("\n"), strings.NewReader(institutionsData))
}
