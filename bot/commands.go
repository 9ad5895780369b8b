package bot

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge/french"
)

// command splits "/cmd@botname argument" into its parts. A command's name
// is folded to lower case; "@botname" is dropped (adapters check that it
// is theirs before passing the message on).
func command(text string) (name, arg string, ok bool) {
	if !strings.HasPrefix(text, "/") || len(text) < 2 {
		return "", "", false
	}
	name, arg, _ = strings.Cut(text[1:], " ")
	if i := strings.IndexByte(name, '@'); i >= 0 {
		name = name[:i]
	}
	if name == "" || strings.ContainsAny(name, "/.") {
		// "/ 2" or a path such as "/usr/bin" is not a command.
		return "", "", false
	}
	return strings.ToLower(name), strings.TrimSpace(arg), true
}

// command runs one chat command.
func (b *Bot) command(ctx context.Context, m Message, name, arg string) Reply {
	switch name {
	case "aide", "help", "start", "h":
		return infoReply(b.Help())
	case "sources", "articles":
		return infoReply(b.Sources())
	case "plus", "more":
		return b.more(ctx, m)
	case "quitter", "quit", "exit", "q":
		return Reply{Kind: KindQuit, Text: "Au revoir !", Body: "Au revoir !", Citations: []Citation{}}
	case "ask", "question", "demander":
		if arg == "" {
			return errorReply("Écrivez votre question après /ask, par exemple : /ask Qui a ouvert la conférence ?")
		}
		return b.ask(ctx, m, arg)
	case "quote", "citation", "citer":
		return b.quotes(arg)
	}
	return errorReply(fmt.Sprintf("Je ne connais pas la commande /%s. Tapez /aide pour la liste des commandes.", truncateRunes(name, 40)))
}

// Help is the help text.
func (b *Bot) Help() string {
	return strings.Join([]string{
		"Je réponds à vos questions sur " + b.articleCount() + ", en citant mot pour mot la phrase d'où vient la réponse.",
		"Posez simplement votre question, en français (ou en anglais), par exemple : « Qui a qualifié Internet de force du bien ? »",
		"Une question de suite (« Et qu'a-t-il dit d'autre ? ») se rapporte à la réponse précédente.",
		"Commandes :",
		"  /sources — les articles que je connais",
		"  /plus — d'autres sources pour la dernière réponse",
		"  /quote NOM — les citations d'une personne",
		"  /aide — cette aide",
		"  /quitter — terminer",
	}, "\n")
}

func (b *Bot) articleCount() string {
	if n := len(b.base.Articles); n != 1 {
		return fmt.Sprintf("%d articles", n)
	}
	return "un article"
}

// Sources lists the articles.
func (b *Bot) Sources() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "Je connais %s :", b.articleCount())
	for i, a := range b.base.Articles {
		fmt.Fprintf(&sb, "\n%d. %s", i+1, a.Title)
		if a.Date != "" {
			fmt.Fprintf(&sb, " (%s)", a.Date)
		}
		fmt.Fprintf(&sb, " [%s]", a.ID)
	}
	return sb.String()
}

// more gives the further sources of the conversation's last answer.
func (b *Bot) more(ctx context.Context, m Message) Reply {
	unlock := b.locks.lock(m.Conversation)
	defer unlock()
	conv := b.conversation(ctx, m.Conversation)
	if len(conv.more) == 0 {
		return infoReply("Je n'ai pas d'autre source pour la dernière réponse.")
	}
	cits := make([]Citation, 0, len(conv.more))
	for _, s := range conv.more {
		cits = append(cits, citation(s, b.matcher.SpeakerOf(s)))
		conv.cite(s)
	}
	conv.more = nil
	b.saveConversation(ctx, m.Conversation, conv)
	r := withCitations(KindAnswer, "Autres passages sur le même sujet :", cits)
	r.Answered = true
	return r
}

// Speakers lists the people and bodies quoted in the articles, sorted.
func (b *Bot) Speakers() []string {
	seen := map[string]bool{}
	var out []string
	for _, a := range b.base.Articles {
		for _, q := range a.Quotes {
			if q.Speaker != "" && !seen[q.Speaker] {
				seen[q.Speaker] = true
				out = append(out, q.Speaker)
			}
		}
	}
	slices.Sort(out)
	return out
}

// MatchSpeakers ranks the speakers by how well they match what the user
// typed ("camron" → David Cameron), best first.
func (b *Bot) MatchSpeakers(typed string) []string {
	all := b.Speakers()
	if strings.TrimSpace(typed) == "" {
		return all
	}
	return french.MatchNames(typed, all)
}

// quotes lists the quotations of the person the user names.
func (b *Bot) quotes(name string) Reply {
	if name == "" {
		sp := b.Speakers()
		if len(sp) == 0 {
			return infoReply("Les articles ne contiennent aucune citation attribuée.")
		}
		return infoReply("Écrivez un nom après /quote. Personnes citées : " + strings.Join(sp, ", ") + ".")
	}
	matches := b.MatchSpeakers(name)
	if len(matches) == 0 {
		return errorReply(fmt.Sprintf("Les articles ne citent personne qui s'appelle « %s ». Tapez /quote pour la liste.", truncateRunes(name, 80)))
	}
	who := matches[0]
	var cits []Citation
	for _, a := range b.base.Articles {
		for _, q := range a.Quotes {
			if q.Speaker == who && !slices.ContainsFunc(cits, func(c Citation) bool {
				return c.Article == a.ID && c.Paragraph == q.Sentence.Paragraph && c.Sentence == q.Sentence.N
			}) {
				cits = append(cits, citation(q.Sentence, who))
			}
		}
	}
	r := withCitations(KindAnswer, fmt.Sprintf("Citations de %s :", who), cits)
	r.Answered = true
	r.Answer = who
	return r
}
