package knowledge

import "github.com/citebot/citebot/knowledge/article"

// The types of an article live in knowledge/article, where extraction
// (knowledge/extract) can fill them without importing knowledge; the
// matcher, the quizzes and the adapters read them under these names.
type (
	// Article is one source document after cleaning and extraction.
	Article = article.Article
	// Paragraph is a run of sentences that the source printed together.
	Paragraph = article.Paragraph
	// Heading is a line the source printed apart from its text.
	Heading = article.Heading
	// HeadingKind says what a heading is.
	HeadingKind = article.HeadingKind
	// Sentence is one sentence of an article, kept verbatim.
	Sentence = article.Sentence
	// EntityKind says what an entity is.
	EntityKind = article.EntityKind
	// Entity is a person, organisation or place named in an article.
	Entity = article.Entity
	// Quote is a quotation and, when the text says so, who said it.
	Quote = article.Quote
	// Number is a quantity stated in the text, with what it counts.
	Number = article.Number
	// DateKind says how precise a date mention is.
	DateKind = article.DateKind
	// DateMention is a date or time expression found in a sentence.
	DateMention = article.DateMention
)

// The kinds of entity the extractor recognises.
const (
	Person       = article.Person
	Organisation = article.Organisation
	Place        = article.Place
)

// The kinds of heading the cleaner recognises.
const (
	TitleHeading    = article.TitleHeading
	Subheading      = article.Subheading
	SectionHeading  = article.SectionHeading
	DatelineHeading = article.DatelineHeading
)

// The roles of a news dispatch's signers (article.RoleWriter).
const (
	RoleWriter = article.RoleWriter
	RoleEditor = article.RoleEditor
)

// The kinds of date mention the extractor recognises.
const (
	FullDate = article.FullDate // 12 novembre 2018
	Year     = article.Year     // 2012
	Month    = article.Month    // juillet
	Weekday  = article.Weekday  // lundi
	Relative = article.Relative // hier, aujourd'hui
	Century  = article.Century  // XIXe siècle
)
