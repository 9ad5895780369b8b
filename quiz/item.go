package quiz

import (
	"strconv"

	"github.com/citebot/citebot/knowledge"
)

// Kind says what an item asks for.
type Kind string

// The kinds of item.
const (
	KindQuote        Kind = "quote"        // who said this quotation
	KindNumber       Kind = "number"       // how many
	KindDate         Kind = "date"         // when
	KindPlace        Kind = "place"        // where
	KindRole         Kind = "role"         // what role a person holds
	KindOrganisation Kind = "organisation" // which organisation
)

// Item is one multiple-choice question. Its JSON form is the line that
// `citebot quiz --json` prints.
type Item struct {
	// ID names the item; Generator.Item finds it again.
	ID       string   `json:"id"`
	Question string   `json:"question"`
	Options  []string `json:"options"`
	// Answer is the index of the right option.
	Answer   int      `json:"answer"`
	Kind     Kind     `json:"kind"`
	Citation Citation `json:"citation"`
}

// Right returns the right option.
func (it Item) Right() string { return it.Options[it.Answer] }

// Citation is the sentence that proves the right option, as in the answer
// contract of `citebot ask --json`.
type Citation struct {
	Article   string `json:"article"`
	Title     string `json:"title"`
	Paragraph int    `json:"paragraph"`
	Sentence  int    `json:"sentence"`
	Quote     string `json:"quote"`
}

func citationOf(s *knowledge.Sentence) Citation {
	return Citation{
		Article:   s.Article.ID,
		Title:     s.Article.Title,
		Paragraph: s.Paragraph,
		Sentence:  s.N,
		Quote:     s.Text,
	}
}

// Reference is the citation's place in words, short enough for a
// Telegram quiz explanation: « Titre », § 3, phrase 2.
func (c Citation) Reference() string {
	return "« " + c.Title + " », § " + strconv.Itoa(c.Paragraph) + ", phrase " + strconv.Itoa(c.Sentence)
}
