package match

import (
	"bytes"
	"fmt"
	"go/format"
	"maps"
	"slices"
	"strconv"
	"testing"

	"github.com/citebot/citebot/internal/gencheck"
	"github.com/citebot/citebot/knowledge/french"
	"github.com/citebot/citebot/knowledge/strtab"
)

const wordListsFile = "wordlists_generated.go"

// wordListVars are the variables wordlists_generated.go defines, with
// their types, in its order.
var wordListVars = []struct{ name, typ string }{
	{"matchWords", "matchWordLists"},
	{"yesNoWords", "yesNoWordLists"},
	{"spanWords", "spanWordLists"},
	{"openingWords", "openingWordLists"},
}

// wordListSources says where each compiled list comes from: the variable
// and field it fills, the data file of knowledge/french and the list's
// name in that file.
var wordListSources = []struct{ v, field, file, list string }{
	{"matchWords", "summary", "matcher_words.tsv", "summary-word"},
	{"matchWords", "doVerbs", "matcher_words.tsv", "do-verb"},
	{"matchWords", "objectSkip", "matcher_words.tsv", "object-skip"},
	{"matchWords", "notObject", "matcher_words.tsv", "not-object"},
	{"matchWords", "relatives", "matcher_words.tsv", "relative"},
	{"matchWords", "appointed", "matcher_words.tsv", "appointed"},
	{"matchWords", "clauseOpeners", "matcher_words.tsv", "clause-opener"},
	{"matchWords", "nameGlue", "matcher_words.tsv", "name-glue"},
	{"matchWords", "nameNouns", "matcher_words.tsv", "name-noun"},
	{"matchWords", "writer", "matcher_words.tsv", "writer-word"},
	{"matchWords", "workVerbs", "matcher_words.tsv", "work-verb"},
	{"matchWords", "workAuthors", "matcher_words.tsv", "work-author"},
	{"matchWords", "editor", "matcher_words.tsv", "editor-word"},
	{"matchWords", "published", "matcher_words.tsv", "published-word"},
	{"matchWords", "copulas", "matcher_words.tsv", "copula"},
	{"matchWords", "share", "matcher_words.tsv", "share-word"},
	{"matchWords", "pronounHeads", "matcher_words.tsv", "pronoun-head"},
	{"matchWords", "frameVerbs", "matcher_words.tsv", "frame-verb"},
	{"matchWords", "sortNouns", "matcher_words.tsv", "sort-noun"},
	{"matchWords", "vagueQuantities", "matcher_words.tsv", "vague-quantity"},
	{"matchWords", "countAdjectives", "matcher_words.tsv", "count-adjective"},
	{"matchWords", "moneyWords", "matcher_words.tsv", "money-word"},
	{"matchWords", "currencies", "matcher_words.tsv", "currency"},
	{"matchWords", "measureUnits", "matcher_words.tsv", "measure-unit"},
	{"matchWords", "useVerbs", "matcher_words.tsv", "use-verb"},
	{"matchWords", "purposeCues", "matcher_words.tsv", "purpose-cue"},
	{"matchWords", "headingTitle", "matcher_words.tsv", "heading-title"},
	{"matchWords", "headingSub", "matcher_words.tsv", "heading-sub"},
	{"matchWords", "headingSection", "matcher_words.tsv", "heading-section"},
	{"matchWords", "headingAmbiguous", "matcher_words.tsv", "heading-ambiguous"},
	{"matchWords", "headingFrame", "matcher_words.tsv", "heading-frame"},
	{"matchWords", "headingPlural", "matcher_words.tsv", "heading-plural"},
	{"matchWords", "phaseStart", "matcher_words.tsv", "phase-start"},
	{"matchWords", "phaseEnd", "matcher_words.tsv", "phase-end"},
	{"matchWords", "parLocutions", "matcher_words.tsv", "par-locution"},
	{"matchWords", "notPlace", "matcher_words.tsv", "not-place"},
	{"matchWords", "degreeAdverbs", "matcher_words.tsv", "degree-adverb"},
	{"matchWords", "notManner", "matcher_words.tsv", "not-manner"},
	{"yesNoWords", "wh", "yes_no_words.tsv", "wh"},
	{"yesNoWords", "negation", "yes_no_words.tsv", "negation"},
	{"yesNoWords", "negationEnd", "yes_no_words.tsv", "negation-end"},
	{"yesNoWords", "negationVerb", "yes_no_words.tsv", "negation-verb"},
	{"yesNoWords", "contrary", "yes_no_words.tsv", "contrary"},
	{"yesNoWords", "reverse", "yes_no_words.tsv", "reverse"},
	{"yesNoWords", "restrict", "yes_no_words.tsv", "restrict"},
	{"yesNoWords", "among", "yes_no_words.tsv", "among"},
	{"yesNoWords", "memberVerb", "yes_no_words.tsv", "member-verb"},
	{"spanWords", "prepositions", "matcher_words.tsv", "span-preposition"},
	{"spanWords", "determiners", "matcher_words.tsv", "span-determiner"},
	{"spanWords", "badStart", "matcher_words.tsv", "span-bad-start"},
	{"spanWords", "verbs", "matcher_words.tsv", "span-verb"},
	{"openingWords", "followUps", "question_openings.tsv", "follow-up"},
	{"openingWords", "afterCest", "question_openings.tsv", "after-c-est"},
	{"openingWords", "prepositions", "question_openings.tsv", "preposition"},
	{"openingWords", "interrogatives", "question_openings.tsv", "interrogative"},
	{"openingWords", "afterQuel", "question_openings.tsv", "after-quel"},
	{"openingWords", "greetings", "question_openings.tsv", "greeting"},
	{"openingWords", "greetingTails", "question_openings.tsv", "greeting-tail"},
	{"openingWords", "fillers", "question_openings.tsv", "filler"},
	{"openingWords", "leadIns", "question_openings.tsv", "lead-in"},
	{"openingWords", "leadInGlue", "question_openings.tsv", "lead-in-glue"},
	{"openingWords", "inSitu", "question_openings.tsv", "in-situ"},
}

// spanClasses are the classes of spanWords' lists, by field.
var spanClasses = map[string]wordClass{
	"prepositions": classPrep, "determiners": classDet, "verbs": classVerb, "badStart": classBadStart,
}

// wordListsSource is the Go file that compiles the word lists in. A list
// that its file lacks (a misspelt name) is an error, not an empty list.
func wordListsSource() ([]byte, error) {
	files := map[string]map[string]map[string]bool{}
	list := func(file, name string) ([]string, error) {
		if files[file] == nil {
			files[file] = french.MarkedLists(file)
		}
		set := files[file][name]
		if len(set) == 0 {
			return nil, fmt.Errorf("%s holds no list %q", file, name)
		}
		return slices.Sorted(maps.Keys(set)), nil
	}
	var b bytes.Buffer
	b.WriteString("// Code generated by go test ./bot/match -run TestWordListsAreCurrent -update from knowledge/french/data's matcher_words.tsv, yes_no_words.tsv and question_openings.tsv. DO NOT EDIT.\n\n")
	b.WriteString("package match\n\nimport \"github.com/citebot/citebot/knowledge/strtab\"\n\n")
	for _, v := range wordListVars {
		fmt.Fprintf(&b, "var %s = %s{\n", v.name, v.typ)
		classes := map[string]wordClass{}
		for _, src := range wordListSources {
			if src.v != v.name {
				continue
			}
			words, err := list(src.file, src.list)
			if err != nil {
				return nil, err
			}
			fmt.Fprintf(&b, "%s: %s,\n", src.field, strtab.New(words).GoLiteral())
			for _, w := range words {
				classes[w] |= spanClasses[src.field]
			}
		}
		if v.name == "spanWords" {
			words := slices.Sorted(maps.Keys(classes))
			fmt.Fprintf(&b, "class: %s,\nclasses: []wordClass{", strtab.New(words).GoLiteral())
			for i, w := range words {
				if i%32 == 0 {
					b.WriteString("\n")
				}
				fmt.Fprintf(&b, "%d, ", classes[w])
			}
			b.WriteString("\n},\n")
		}
		b.WriteString("}\n\n")
	}
	prefixes, err := list("matcher_words.tsv", "naming-prefix")
	if err != nil {
		return nil, err
	}
	b.WriteString("// namingPrefixes begin the forms of the verbs that introduce a name, in order.\nvar namingPrefixes = []string{")
	for _, p := range prefixes {
		b.WriteString(strconv.Quote(p) + ", ")
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

// TestWordListsAreCurrent fails when wordlists_generated.go is not what
// the data files give; -update rewrites it.
func TestWordListsAreCurrent(t *testing.T) {
	want, err := wordListsSource()
	if err != nil {
		t.Fatal(err)
	}
	gencheck.Check(t, wordListsFile, want, *update, "go test ./bot/match -run TestWordListsAreCurrent -update")
}
