package match

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// « Quel est le titre de l'article sur la Chine ? », « Quel est le premier
// intertitre … ? », « Dans quelle rubrique est classé l'article … ? », « À
// quelle heure la dépêche a-t-elle été publiée ? »: a classroom asks about
// the lines a page prints apart from its text (knowledge.Heading). The
// question's other words find the article, as for its signature
// (byline.go); the answer cites the line itself. « Selon le titre de
// l'article, vers quels usages … ? » asks what a title says: the title
// that holds most of the question's words answers it.

// headingAsk is what a question asks of an article's headings.
type headingAsk struct {
	// kind is the heading asked for, "" when none.
	kind knowledge.HeadingKind
	// nth is which of them (« le deuxième intertitre »): 1 the first, -1
	// the last, 0 the first when the question does not say; all is true
	// when it asks for them all (« Quels sont les intertitres … ? »).
	nth int
	all bool
	// part is what of a dateline is asked: its time (« à quelle
	// heure »), how long ago it was sent (« a month ago »), or the whole.
	part datelinePart
}

type datelinePart int

const (
	wholeDateline datelinePart = iota
	datelineTime
	datelineAgo
)

// headingFrame reads a question about an article's headings: a noun of
// a heading (« titre », « intertitre », « rubrique ») with the article
// itself named within authorObjectSpan words after it when the noun
// names other things too (« le titre de l'article », not « le titre du
// livre »; « intertitre » and « rubrique » need none), or an hour or how
// long ago with a word of publishing and the article named (« À quelle
// heure la dépêche a-t-elle été publiée ? »). folds are the question's
// words, folded.
func headingFrame(folds []string) headingAsk {
	names := namesDocument(folds)
	for i, f := range folds {
		kind := headingNoun(f)
		if kind == "" {
			continue
		}
		near := slices.ContainsFunc(folds[i+1:min(len(folds), i+1+authorObjectSpan)], isDocument)
		if !near && matchWords.headingAmbiguous.Has(f) {
			continue
		}
		h := headingAsk{kind: kind}
		if i > 0 {
			h.nth = ordinal(folds[i-1])
		}
		if h.nth == 0 && i+1 < len(folds) {
			h.nth = ordinal(folds[i+1])
		}
		h.all = h.nth == 0 && matchWords.headingPlural.Has(f)
		return h
	}
	if !names || !slices.ContainsFunc(folds, func(f string) bool { return matchWords.published.Has(f) }) {
		return headingAsk{}
	}
	for i, f := range folds {
		switch {
		case f == "heure" || f == "heures":
			return headingAsk{kind: knowledge.DatelineHeading, part: datelineTime}
		case f == "ago", f == "combien" && i+2 < len(folds) && folds[i+1] == "de" && folds[i+2] == "temps":
			return headingAsk{kind: knowledge.DatelineHeading, part: datelineAgo}
		}
	}
	return headingAsk{}
}

// namesDocument reports a question that names the article itself
// (« l'article », « la dépêche »; not « l'article 11 », a law's).
func namesDocument(folds []string) bool {
	for i, f := range folds {
		if isDocument(f) && (i+1 == len(folds) || !french.IsDigits(folds[i+1])) {
			return true
		}
	}
	return false
}

// titleAttribution reports a question that asks what the article's
// title says: « Selon le titre de l'article, … », « D'après le titre, … »,
// « According to the headline, … » (headline read « titre »).
func titleAttribution(folds []string) bool {
	i := 0
	switch {
	case len(folds) > 2 && (folds[0] == "selon" || folds[0] == "according"):
		i = 1
	case len(folds) > 3 && folds[0] == "d" && folds[1] == "apres":
		i = 2
	default:
		return false
	}
	for k := i; k < min(len(folds), i+3); k++ {
		if headingNoun(folds[k]) == knowledge.TitleHeading {
			return true
		}
	}
	return false
}

// headingNoun is the heading a noun names, or "".
func headingNoun(f string) knowledge.HeadingKind {
	switch {
	case matchWords.headingTitle.Has(f):
		return knowledge.TitleHeading
	case matchWords.headingSub.Has(f):
		return knowledge.Subheading
	case matchWords.headingSection.Has(f):
		return knowledge.SectionHeading
	}
	return ""
}

// ordinal is the rank a word gives (« deuxième », « second », « 2e »: 2),
// -1 for the last, 0 for none.
func ordinal(f string) int {
	switch f {
	case "premier", "premiere", "1er", "1re", "first":
		return 1
	case "deuxieme", "second", "seconde", "2e", "2eme", "2nd":
		return 2
	case "troisieme", "3e", "3eme", "third", "3rd":
		return 3
	case "quatrieme", "4e", "4eme", "fourth", "4th":
		return 4
	case "dernier", "derniere", "last":
		return -1
	}
	if i := slices.Index([]string{"cinquieme", "sixieme", "septieme", "huitieme", "neuvieme", "dixieme"}, f); i >= 0 {
		return i + 5
	}
	if !startsDigit(f) {
		return 0
	}
	// « 12e », « 12eme », « 12th »
	for _, suffix := range []string{"eme", "e", "th"} {
		if k, err := strconv.Atoi(strings.TrimSuffix(f, suffix)); err == nil && k > 0 && strings.HasSuffix(f, suffix) {
			return k
		}
	}
	return 0
}

// headingWord reports a word that frames a question about a heading
// rather than naming the article's topic.
func headingWord(f string) bool {
	return headingNoun(f) != "" || ordinal(f) != 0 || matchWords.headingFrame.Has(f)
}

// pickHeadings returns the headings of a that h asks for: all of its
// kind, or the one it names (pickHeading).
func pickHeadings(a *knowledge.Article, h headingAsk) []*knowledge.Heading {
	if !h.all {
		if one := pickHeading(a, h); one != nil {
			return []*knowledge.Heading{one}
		}
		return nil
	}
	return headingsOf(a, h.kind)
}

// headingsOf returns the headings of a of one kind, in order.
func headingsOf(a *knowledge.Article, kind knowledge.HeadingKind) []*knowledge.Heading {
	var of []*knowledge.Heading
	for i := range a.Headings {
		if a.Headings[i].Kind == kind {
			of = append(of, &a.Headings[i])
		}
	}
	return of
}

// pickHeading returns the heading of a that h asks for, or nil when the
// article prints none such.
func pickHeading(a *knowledge.Article, h headingAsk) *knowledge.Heading {
	of := headingsOf(a, h.kind)
	switch {
	case len(of) == 0:
		return nil
	case h.nth < 0:
		return of[len(of)-1]
	case h.nth > len(of):
		return nil
	case h.nth > 0:
		return of[h.nth-1]
	}
	return of[0]
}

// clockTime is a time of day as a dateline writes it: « 6:04 AM »,
// « 14h30 », « 14 h 30 ». Like agoPart, compiled when first asked for:
// only a question about a dispatch's sending reads it.
var clockTime = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b\d{1,2}(?::\d{2}|\s?h\s?\d{2})(?:\s?[AaPp]\.?[Mm]\.?)?`)
})

// agoPart is how long ago a dateline says the article was sent: « a
// month ago », « il y a 3 heures ».
var agoPart = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:il y a [^/|·,]+|[^/|·,]+ ago)\b`)
})

// headingShort is the short answer a heading gives: the line itself, or
// of a dateline the part asked for (its time, how long ago) or its date.
func headingShort(h *knowledge.Heading, ask headingAsk) string {
	if h.Kind != knowledge.DatelineHeading {
		return h.Text
	}
	switch ask.part {
	case datelineTime:
		return clockTime().FindString(h.Text)
	case datelineAgo:
		return strings.TrimSpace(agoPart().FindString(h.Text))
	}
	_, date := french.ParseDate(h.Text)
	return date
}

// headingAnswer answers with headings hs of art, asked as ask; a is
// returned unanswered when the article prints no such heading, or its
// dateline not the part asked. The short answer is the one heading's
// (none for several: each is cited).
func headingAnswer(a Answer, art *knowledge.Article, hs []*knowledge.Heading, ask headingAsk, conv *Context) Answer {
	if len(hs) == 0 {
		return a
	}
	if len(hs) == 1 {
		a.Short = headingShort(hs[0], ask)
		if a.Short == "" && ask.part != wholeDateline {
			return a // the dateline says no time, or not how long ago
		}
	}
	a.Answered, a.Headings, a.HeadingOf = true, hs, art
	// A title, an intertitle, a section are quoted, not stated.
	a.Quotation = ask.kind != knowledge.DatelineHeading
	if conv != nil {
		a.Focus = conv.Focus
	}
	return a
}

// titleSaysTopic keeps of a question that asks what a title says
// (titleAttribution) the words that name its topic: « titre »,
// « l'article » ask about the title.
func titleSaysTopic(q *question) {
	if !q.titleSays {
		return
	}
	q.terms = slices.DeleteFunc(q.terms, func(t qterm) bool { return headingWord(t.fold) || isDocument(t.fold) })
}

// answerFromTitle answers a question that asks what an article's title
// says (titleAttribution): the title that holds the largest share of
// the question's weight (titleCoverage), when it holds at least
// Weights.TitleSays of it.
func (m *Matcher) answerFromTitle(r *ranking, a Answer) Answer {
	var best *knowledge.Heading
	var bestArt *knowledge.Article
	bestIn := 0.0
	for _, art := range m.base.Articles {
		title := pickHeading(art, headingAsk{kind: knowledge.TitleHeading})
		if title == nil {
			continue
		}
		if in := m.titleCoverage(r, art); in > bestIn {
			best, bestArt, bestIn = title, art, in
		}
	}
	if best == nil || bestIn < m.w.TitleSays {
		return a
	}
	a.Answered, a.Confidence = true, bestIn
	a.Headings, a.HeadingOf = []*knowledge.Heading{best}, bestArt
	return a
}
