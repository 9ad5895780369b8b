package bot

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/citebot/citebot/bot/match"
	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// citation renders one cited sentence.
func citation(s *knowledge.Sentence, speaker string) Citation {
	return Citation{
		Article:   s.Article.ID,
		Title:     s.Article.Title,
		Paragraph: s.Paragraph,
		Sentence:  s.N,
		Quote:     s.Text,
		Speaker:   speaker,
		URL:       s.Article.URL,
		Date:      s.Article.Date,
	}
}

// headingCitation renders a line printed apart from an article's text.
func headingCitation(a *knowledge.Article, h *knowledge.Heading) Citation {
	return Citation{
		Article:   a.ID,
		Title:     a.Title,
		Paragraph: h.Before,
		Part:      string(h.Kind),
		Quote:     h.Text,
		URL:       a.URL,
		Date:      a.Date,
	}
}

// sourceLine says where a citation comes from, in French.
func sourceLine(c Citation) string {
	title := c.Title
	if title == "" {
		title = c.Article
	}
	return fmt.Sprintf("— « %s », %s [%s]", title, c.Place("paragraphe"), c.Article)
}

// citationBlock is a citation as plain text: the quote, then its source.
func citationBlock(c Citation) string {
	var b strings.Builder
	b.WriteString("« ")
	b.WriteString(c.Quote)
	b.WriteString(" »")
	if c.Speaker != "" {
		b.WriteString(" (")
		b.WriteString(c.Speaker)
		b.WriteString(")")
	}
	b.WriteString("\n")
	b.WriteString(sourceLine(c))
	return b.String()
}

// withCitations builds a reply whose text is body followed by the
// citations, one block each.
func withCitations(kind Kind, body string, cits []Citation) Reply {
	parts := []string{body}
	for _, c := range cits {
		parts = append(parts, citationBlock(c))
	}
	if cits == nil {
		cits = []Citation{}
	}
	return Reply{Kind: kind, Body: body, Text: strings.Join(parts, "\n"), Citations: cits}
}

// UnsurePrefix opens the body of a short answer the bot is not sure of
// (« Je n'en suis pas sûr : vendredi. »).
const UnsurePrefix = "Je n'en suis pas sûr : "

// reply renders the matcher's answer.
func (b *Bot) reply(a match.Answer) Reply {
	if !a.Answered {
		return b.abstain(a)
	}
	cits := make([]Citation, len(a.Sentences))
	for i, s := range a.Sentences {
		cits[i] = citation(s, a.Speakers[i])
	}
	for _, h := range a.Headings {
		cits = append(cits, headingCitation(a.HeadingOf, h))
	}
	var body string
	switch {
	case a.Overview && len(cits) < a.Articles:
		body = fmt.Sprintf("Les %d premiers des %d articles, par leur première phrase (/sources les liste tous) :", len(cits), a.Articles)
	case a.Overview:
		body = "Les articles, par leur première phrase :"
	case a.Mentioning:
		body = mentioningBody(a.Articles, len(cits))
	case a.Listing != match.NoListing:
		body = listingBody(a)
	case len(a.Headings) > 1:
		// « Quels sont les intertitres … ? »: each is cited.
		body = french.UpperFirst(string(a.Headings[0].Kind)) + "s de l'article :"
	case len(a.Headings) == 1 && a.Short == "" && a.Headings[0].Kind == knowledge.TitleHeading:
		// « Selon le titre de l'article, … ? »: the title says it.
		body = "D'après le titre de l'article :"
	case len(a.Headings) == 1 && (a.Short == "" || a.Short == a.Headings[0].Text):
		// The line itself is the answer: cited once, not twice.
		body = french.UpperFirst(string(a.Headings[0].Kind)) + " de l'article :"
	case a.Short != "" && a.Quotation && a.Unsure:
		body = fmt.Sprintf("%s« %s »", UnsurePrefix, a.Short)
	case a.Short != "" && a.Quotation:
		body = fmt.Sprintf("« %s »", a.Short)
	case a.Short != "" && a.Unsure:
		body = UnsurePrefix + a.Short + "."
	case a.Short != "":
		body = french.UpperFirst(a.Short) + "."
	case a.Unsure:
		body = fmt.Sprintf("Je ne suis pas sûr que les articles y répondent ; le passage le plus proche, dans l'article « %s » :", cits[0].Title)
	default:
		body = fmt.Sprintf("D'après l'article « %s » :", cits[0].Title)
	}
	r := withCitations(KindAnswer, body, cits)
	r.Answered = true
	r.Answer = a.Short
	r.Unsure = a.Unsure
	r.Confidence = math.Round(a.Confidence*100) / 100
	if len(a.More) > 0 {
		r.Actions = []Action{{Label: "Plus de sources", Command: "/plus"}}
	}
	return r
}

// listingBody opens an answer that lists the people the articles quote,
// or the people, places or bodies they name: how many and all their
// names, then what the citations are.
func listingBody(a match.Answer) string {
	names := fmt.Sprintf(" (%d) : %s.", len(a.Listed), french.JoinList(a.Listed))
	cited := " Les premières phrases qui les nomment :"
	switch a.Listing {
	case match.ListQuoted:
		if a.Uncited {
			return "Personnes citées" + names + " Les premières citations (/citer NOM donne toutes celles d'une personne) :"
		}
		return "Personnes citées" + names + " La première citation de chacune (/citer NOM les donne toutes) :"
	case match.ListCountries:
		return "Pays nommés" + names + cited
	case match.ListCities:
		return "Villes nommées" + names + cited
	case match.ListPlaces:
		return "Lieux nommés" + names + cited
	case match.ListOrganisations:
		return "Organisations nommées" + names + cited
	}
	return "Personnes nommées" + names + cited
}

// mentioningBody opens an answer that cites the articles speaking of the
// question's topic: how many do, and which the citations are.
func mentioningBody(articles, cited int) string {
	switch {
	case articles == 1:
		return "Un seul article en parle :"
	case cited < articles:
		return fmt.Sprintf("%d articles en parlent ; les %d qui en parlent le plus, chacun par sa première phrase qui en parle :", articles, cited)
	}
	return fmt.Sprintf("%d articles en parlent, chacun par sa première phrase qui en parle :", articles)
}

// abstain says plainly that the articles do not answer, and what they do
// cover.
func (b *Bot) abstain(a match.Answer) Reply {
	// hint: the articles' titles follow, for an abstention that says
	// the articles do not answer; not after one that says why not.
	body, hint := "", false
	switch {
	case a.SaidAll:
		// Nothing to add is not "the articles do not answer".
		body = "Les articles n'en disent pas plus que ce que je vous ai déjà cité."
	case a.NotSaid != "":
		// « Pourquoi ? » of the last answer: its passage does not say;
		// the articles may say elsewhere, which is no answer to it.
		body = fmt.Sprintf("Le passage que je vous ai cité ne dit pas %s, ni les phrases qui l'entourent.", notSaidWhat(a.NotSaid))
	case a.WhichArticle:
		body, hint = "De quel article parlez-vous ? Nommez son sujet : « l'article sur … ».", true
	case a.NoArticle > 0:
		body = fmt.Sprintf("Il n'y a pas d'article %d : je connais %s, numérotés dans /sources.", a.NoArticle, b.articleCount())
	case a.NoneListed != nil:
		body = fmt.Sprintf("L'article « %s » %s.", a.NoneListed.Title, noneListed(a.Listing))
	case a.Unsaid != nil:
		// The article is known; it does not say. Saying so is no
		// « Je ne trouve pas la réponse ».
		body = fmt.Sprintf("L'article « %s » ne dit pas %s.", a.Unsaid.Title, unsaidWhat(a.UnsaidWhat))
	case len(a.Unknown) > 0:
		body, hint = "Les articles ne parlent pas "+de(french.JoinList(quoteAll(a.Unknown)))+".", true
	default:
		body, hint = "Je ne trouve pas la réponse à cette question dans les articles.", true
	}
	if hint {
		body += " " + b.coverageHint()
	}
	r := withCitations(KindAbstain, body, nil)
	r.Confidence = math.Round(a.Confidence*100) / 100
	return r
}

// unsaidWhat says what an article does not say of itself.
func unsaidWhat(what string) string {
	switch what {
	case match.UnsaidWriter:
		return "qui l'a écrit"
	case match.UnsaidEditor:
		return "qui l'a édité"
	case match.UnsaidAgency:
		return "quelle agence l'a publié"
	}
	return "quand il a été publié"
}

// noneListed says that an article quotes or names no one or nothing of
// the kind a listing asks for.
func noneListed(l match.Listing) string {
	switch l {
	case match.ListQuoted:
		return "ne cite personne"
	case match.ListCountries:
		return "ne nomme aucun pays"
	case match.ListCities:
		return "ne nomme aucune ville"
	case match.ListPlaces:
		return "ne nomme aucun lieu"
	case match.ListOrganisations:
		return "ne nomme aucune organisation"
	}
	return "ne nomme personne"
}

// notSaidWhat is what a bare follow-up (« Pourquoi ? ») asked for, as
// the question word that asks it, from the kind the matcher names.
func notSaidWhat(kind string) string {
	switch kind {
	case "reason":
		return "pourquoi"
	case "date":
		return "quand"
	case "place":
		return "où"
	case "manner":
		return "comment"
	case "person":
		return "qui"
	case "number":
		return "combien"
	case "duration":
		return "combien de temps"
	}
	return "cela"
}

// coverageHint lists what the articles are about.
func (b *Bot) coverageHint() string {
	titles := make([]string, 0, 4)
	for _, a := range b.base.Articles {
		if len(titles) == 4 {
			break
		}
		titles = append(titles, "« "+a.Title+" »")
	}
	more := ""
	if n := len(b.base.Articles) - len(titles); n > 0 {
		more = fmt.Sprintf(" et %d autres (/sources)", n)
	}
	return "Ils traitent de : " + strings.Join(titles, " ; ") + more + "."
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = truncateRunes(s, 80)
	}
	return out
}

// de puts the preposition "de" before a noun phrase, elided before a
// vowel or a mute h ("d'Angela Merkel", "de 2021").
func de(s string) string {
	r, _ := utf8.DecodeRuneInString(french.Fold(s))
	if strings.ContainsRune("aeiouyh", r) {
		return "d'" + s
	}
	return "de " + s
}

// truncateRunes cuts s to at most n runes, on a word boundary, with "…".
func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}
