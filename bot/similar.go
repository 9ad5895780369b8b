package bot

import (
	"fmt"
	"slices"
	"strings"

	"github.com/citebot/citebot/bot/match"
)

// similarKey is what makes two questions of a session one, in the terms
// the matcher answered them with rather than their wording: for an answer,
// the kind of answer asked for, the sentence cited and the short answer
// taken from it ("Combien de pays étaient à Londres ?" and "combien de pays
// ont participé à la conférence de Londres" cite the same sentence for the
// same number), or the line of the page cited; for an abstention, the names the articles lack, or else
// the stems of the question's words.
func similarKey(a match.Answer) string {
	kind := a.Kind
	if a.Answered && len(a.Headings) > 0 {
		// The line of the page cited, for a question about one.
		h := a.Headings[0]
		return fmt.Sprintf("answer|%s|%s#%s:%s|%s", kind, a.HeadingOf.ID, h.Kind, h.Text, strings.ToLower(a.Short))
	}
	if a.Answered && len(a.Sentences) > 0 {
		s := a.Sentences[0]
		return fmt.Sprintf("answer|%s|%s#p%ds%d|%s", kind, s.Article.ID, s.Paragraph, s.N, strings.ToLower(a.Short))
	}
	var words []string
	if len(a.Unknown) > 0 {
		for _, u := range a.Unknown {
			words = append(words, strings.ToLower(u))
		}
	} else {
		words = slices.Clone(a.Stems)
	}
	if len(words) == 0 {
		return "" // nothing to compare: never a repeat
	}
	slices.Sort(words)
	return "abstain|" + kind + "|" + strings.Join(slices.Compact(words), " ")
}
