package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/knowledge"
)

// Reader limits: how much of each extracted fact the side panel shows.
const (
	// maxMentionLinks is how many sentences naming an entity get a link;
	// the rest are counted.
	maxMentionLinks = 12
	// maxFactQuoteRunes shortens quotations in the side panel; the full
	// text is in the article beside it.
	maxFactQuoteRunes = 160
)

// articlesView is the list of articles.
type articlesView struct {
	Title, Nav string
	Articles   []articleSummary
}

type articleSummary struct {
	Href, Title, Date, Source string
	Paragraphs, Quotes        int
}

func (s *Site) articleList(w http.ResponseWriter, r *http.Request) {
	v := articlesView{Title: "Les articles", Nav: "articles"}
	for _, a := range s.opts.Base.Articles {
		v.Articles = append(v.Articles, articleSummary{
			Href: articleURL(a.ID), Title: titleOf(a), Date: dateOf(a), Source: a.Source,
			Paragraphs: len(a.Paragraphs), Quotes: spokenQuotes(a),
		})
	}
	s.render(w, r, http.StatusOK, "articles", v)
}

// articleView is one article in the reader, with what citebot extracted.
type articleView struct {
	Title, Nav    string
	ID            string
	Date, ISODate string
	Source, URL   string
	Section       string // the site's section the article is filed under
	Paragraphs    []paragraphView
	Sentences     int
	Quotes        []quoteFact
	People, Orgs  []entityFact
	Places        []entityFact
	Numbers       []numberFact
	Dates         []dateFact
	HasFacts      bool
}

type paragraphView struct {
	N int
	// Intertitles are the headings printed above the paragraph.
	Intertitles []string
	Sentences   []sentenceView
}

type sentenceView struct {
	ID    string
	Parts []part
}

// part is a run of a sentence: plain text, the words of a quotation, or
// the label naming who said it.
type part struct {
	Text string
	Kind string // "", "quote" or "speaker"
}

// where is a link to a sentence of the article: "§3.2" to #p3s2.
type where struct{ ID, Label string }

type quoteFact struct {
	At            where
	Speaker, Text string
}

type entityFact struct {
	Name    string
	Roles   []string
	Aliases []string
	At      []where
	More    int
}

type numberFact struct {
	At         where
	Text, Unit string
}

type dateFact struct {
	At         where
	Text, Kind string
}

func (s *Site) article(w http.ResponseWriter, r *http.Request) {
	a := s.opts.Base.Article(r.PathValue("id"))
	if a == nil {
		s.render(w, r, http.StatusNotFound, "error", errorView{
			Title:   "Article introuvable",
			Message: "Aucun article ne porte cet identifiant : choisissez-en un dans la liste des articles.",
			Nav:     "articles",
		})
		return
	}
	s.render(w, r, http.StatusOK, "article", newArticleView(a))
}

func newArticleView(a *knowledge.Article) articleView {
	v := articleView{
		Title: titleOf(a), Nav: "articles", ID: a.ID,
		Date: dateOf(a), ISODate: a.Date, Source: a.Source, URL: safeURL(a.URL),
	}
	bySentence := map[*knowledge.Sentence][]knowledge.Quote{}
	for _, q := range a.Quotes {
		if q.Sentence == nil || q.Term {
			continue
		}
		bySentence[q.Sentence] = append(bySentence[q.Sentence], q)
		v.Quotes = append(v.Quotes, quoteFact{At: at(q.Sentence), Speaker: speakerOf(q), Text: clip(q.Text, maxFactQuoteRunes)})
	}
	for _, h := range a.Headings {
		if h.Kind == knowledge.SectionHeading {
			v.Section = h.Text
		}
	}
	for _, p := range a.Paragraphs {
		pv := paragraphView{N: p.N}
		for _, h := range a.Headings {
			if h.Kind == knowledge.Subheading && h.Before == p.N {
				pv.Intertitles = append(pv.Intertitles, h.Text)
			}
		}
		for _, s := range p.Sentences {
			pv.Sentences = append(pv.Sentences, sentenceView{ID: sentenceID(s.Paragraph, s.N), Parts: splitQuotes(s.Text, bySentence[s])})
			v.Sentences++
		}
		v.Paragraphs = append(v.Paragraphs, pv)
	}
	for _, e := range a.Entities {
		f := entityFact{Name: e.Name, Roles: e.Roles, Aliases: e.Aliases}
		for i, m := range e.Mentions {
			if i == maxMentionLinks {
				f.More = len(e.Mentions) - i
				break
			}
			f.At = append(f.At, at(m))
		}
		switch e.Kind {
		case knowledge.Person:
			v.People = append(v.People, f)
		case knowledge.Organisation:
			v.Orgs = append(v.Orgs, f)
		case knowledge.Place:
			v.Places = append(v.Places, f)
		}
	}
	for _, n := range a.Numbers {
		v.Numbers = append(v.Numbers, numberFact{At: at(n.Sentence), Text: n.Text, Unit: n.Unit})
	}
	for _, d := range a.Dates {
		v.Dates = append(v.Dates, dateFact{At: at(d.Sentence), Text: d.Text, Kind: d.Kind.Label()})
	}
	v.HasFacts = len(v.Quotes)+len(v.People)+len(v.Orgs)+len(v.Places)+len(v.Numbers)+len(v.Dates) > 0
	return v
}

// splitQuotes cuts a sentence into its plain runs and its quotations, each
// quotation followed by its closing mark and the label of its speaker.
// A quotation not found verbatim gets its label at the sentence's end.
func splitQuotes(text string, quotes []knowledge.Quote) []part {
	var parts []part
	pos := 0
	var unplaced []string
	for _, q := range quotes {
		i := -1
		if q.Text != "" {
			i = strings.Index(text[pos:], q.Text)
		}
		if i < 0 {
			unplaced = append(unplaced, speakerOf(q))
			continue
		}
		start := pos + i
		end := start + len(q.Text)
		closing := end + closingMarkLen(text[end:])
		if start > pos {
			parts = append(parts, part{Text: text[pos:start]})
		}
		parts = append(parts, part{Text: text[start:end], Kind: "quote"})
		if closing > end {
			parts = append(parts, part{Text: text[end:closing]})
		}
		parts = append(parts, part{Text: speakerOf(q), Kind: "speaker"})
		pos = closing
	}
	if pos < len(text) {
		parts = append(parts, part{Text: text[pos:]})
	}
	for _, sp := range unplaced {
		parts = append(parts, part{Text: sp, Kind: "speaker"})
	}
	return parts
}

// closingMarkLen is the length of the spaces and closing quotation mark
// that s starts with, if it starts with one.
func closingMarkLen(s string) int {
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		switch {
		case unicode.IsSpace(r) || r == '\u202f':
			n += size
			continue
		case strings.ContainsRune("»”\"’'", r):
			return n + size
		}
		break
	}
	return 0
}

func speakerOf(q knowledge.Quote) string {
	if q.Speaker == "" {
		return "auteur inconnu"
	}
	return q.Speaker
}

func spokenQuotes(a *knowledge.Article) int {
	n := 0
	for _, q := range a.Quotes {
		if !q.Term {
			n++
		}
	}
	return n
}

func at(s *knowledge.Sentence) where {
	if s == nil {
		return where{}
	}
	return where{ID: sentenceID(s.Paragraph, s.N), Label: fmt.Sprintf("§%d.%d", s.Paragraph, s.N)}
}

func titleOf(a *knowledge.Article) string {
	if a.Title != "" {
		return a.Title
	}
	return a.ID
}

func dateOf(a *knowledge.Article) string {
	if a.DateText != "" {
		return a.DateText
	}
	return a.Date
}

// safeURL keeps an article's source link only if it is http or https:
// front matter is user input.
func safeURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}
