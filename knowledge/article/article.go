package article

import "github.com/citebot/citebot/knowledge/french"

// Article is one source document after cleaning and extraction.
type Article struct {
	// ID is the file name without its extension; citations name it.
	ID string
	// Path is the file's path inside the corpus folder, for error messages.
	Path   string
	Title  string
	Source string
	URL    string
	Lang   string
	// Date is the article's date as ISO 8601 (2018-11-12) when the front
	// matter or the text states it, else "".
	Date string
	// DateText is the date as the text states it ("November 12, 2018").
	DateText string

	Paragraphs []*Paragraph
	// Headings are the lines the source printed apart from its text, in
	// order: its title, intertitles, section and dateline.
	Headings []Heading
	Quotes   []Quote
	Entities []Entity
	Numbers  []Number
	Dates    []DateMention
}

// HeadingKind says what a line printed apart from the text is; its value
// is the French word a reader uses for it.
type HeadingKind string

// The kinds of heading the cleaner recognises.
const (
	TitleHeading    HeadingKind = "titre"      // the headline above the text
	Subheading      HeadingKind = "intertitre" // a heading between paragraphs
	SectionHeading  HeadingKind = "rubrique"   // the site's section: « Actualités - CONFERENCES INTERNATIONALES »
	DatelineHeading HeadingKind = "date"       // « November 12, 2018 / 6:04 AM / a month ago »
)

// Heading is a line the source printed apart from its text, kept verbatim
// so that a question about it (« Quel est le titre de l'article ? ») can
// be answered with a citation. Headings are not sentences: no question
// about the story is answered from them.
type Heading struct {
	Kind HeadingKind
	Text string
	// Before is the N of the paragraph it stands above, one more than
	// the last paragraph's below the text.
	Before int
}

// Paragraph is a run of sentences that the source printed together.
type Paragraph struct {
	// N counts from 1 within the article.
	N         int
	Sentences []*Sentence
}

// Sentence is one sentence of an article, kept verbatim.
type Sentence struct {
	// ID is the sentence's index in the corpus (knowledge.Base.Sentences).
	ID      int
	Article *Article
	// Paragraph and N count from 1: the paragraph within the article, the
	// sentence within the paragraph.
	Paragraph int
	N         int
	// Text is the sentence exactly as it stands in the source file (inner
	// whitespace included), so that a citation is always verbatim; only a
	// line break inside a paragraph (a soft wrap) reads as one space.
	Text string
}

// EntityKind says what an entity is.
type EntityKind string

// The kinds of entity the extractor recognises.
const (
	Person       EntityKind = "person"
	Organisation EntityKind = "organisation"
	Place        EntityKind = "place"
)

// Entity is a person, organisation or place named in an article.
type Entity struct {
	// Name is the fullest form seen ("David Cameron"); Aliases hold the
	// shorter ones ("Cameron", "M. Cameron").
	Name    string
	Aliases []string
	Kind    EntityKind
	// Roles are the descriptions attached to the entity in the text
	// ("Premier ministre britannique"), in order of first appearance.
	Roles []string
	// Mentions are the sentences that name the entity, in text order.
	Mentions []*Sentence
}

// The roles a news dispatch's closing signature gives: "(Michel Rose et
// Jean-Baptiste Vey, édité par Arthur Connan)" names its writers and its
// editor.
const (
	RoleWriter = "rédacteur"
	RoleEditor = "éditeur"
)

// Quote is a quotation and, when the text says so, who said it.
type Quote struct {
	// Text is the quoted words without the quotation marks.
	Text string
	// Speaker is the canonical name of the speaker ("David Cameron") or of
	// the document quoted ("le communiqué final"); "" when unknown.
	Speaker  string
	Sentence *Sentence
	// Term is true when the quotation marks set off a name, a title or a
	// word ("l’”appel de Paris…”", "un sommet “Govtech”", "une «première
	// étape»") rather than report what someone said; Speaker is then "".
	Term bool
}

// Number is a quantity stated in the text, with what it counts.
type Number struct {
	// Text is the number as written, with its qualifier ("plus de 60").
	Text string
	// Value is the numeric value when it can be read (60), else 0.
	Value float64
	// Unit is what is counted ("pays et régions", "millions d'internautes").
	Unit     string
	Sentence *Sentence
}

// DateKind says how precise a date mention is (french.DateKind, where
// dates are read).
type DateKind = french.DateKind

// The kinds of date mention the extractor recognises.
const (
	FullDate = french.FullDate // 12 novembre 2018
	Year     = french.Year     // 2012
	Month    = french.Month    // juillet
	Weekday  = french.Weekday  // lundi
	Relative = french.Relative // hier, aujourd'hui
	Century  = french.Century  // XIXe siècle
)

// DateMention is a date or time expression found in a sentence.
type DateMention struct {
	Text     string
	Kind     DateKind
	Sentence *Sentence
}
