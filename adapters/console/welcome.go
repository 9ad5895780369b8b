package console

import (
	"fmt"
	"strings"

	"github.com/citebot/citebot/knowledge"
)

// maxListed is how many titles the welcome lists before summing up the
// rest: the four bundled articles all show, a corpus of 480 does not flood
// the screen (/sources lists them all).
const maxListed = 8

// Welcome says what the bot knows: how many articles and their titles, and
// how to get help or leave.
func Welcome(b *knowledge.Base) string {
	var s strings.Builder
	n := len(b.Articles)
	if n == 1 {
		s.WriteString("Bonjour ! Je réponds à vos questions sur 1 article, en le citant mot pour mot :\n")
	} else {
		fmt.Fprintf(&s, "Bonjour ! Je réponds à vos questions sur %d articles, en les citant mot pour mot :\n", n)
	}
	for i, a := range b.Articles {
		if i == maxListed {
			fmt.Fprintf(&s, "  … et %d autres (/sources les liste tous)\n", n-maxListed)
			break
		}
		fmt.Fprintf(&s, "  %d. %s\n", i+1, describe(a))
	}
	s.WriteString("Posez une question en français. /aide pour l'aide, /quitter pour sortir.")
	return s.String()
}

// describe names an article by its title and date, or by its id when the
// cleaner found no title.
func describe(a *knowledge.Article) string {
	t := strings.TrimSpace(a.Title)
	if t == "" {
		t = a.ID
	}
	if a.Date != "" {
		return fmt.Sprintf("%s (%s)", t, a.Date)
	}
	return t
}
