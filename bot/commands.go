package bot

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/citebot/citebot/bot/match"
	"github.com/citebot/citebot/knowledge"
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

// Command is one chat command, as every platform offers it: the help
// text and the Discord and Telegram menus are built from Commands.
type Command struct {
	// Name is the command's French name ("aide"); Aliases are other names
	// it answers to, English ones included ("help").
	Name    string
	Aliases []string
	// Arg names the command's argument in the help ("NOM"); "" for none.
	Arg string
	// Help is its line in /aide; "" keeps it out of the help.
	Help string
	// Menu is the name platforms list it under in their command menus
	// ("help", English as Discord's convention has it); "" keeps it out.
	// MenuFrench and MenuEnglish describe it there. MenuName is its French
	// name there ("aide"), where menus are localized (Discord, Telegram
	// in French); it must be one of Name and Aliases.
	Menu, MenuFrench, MenuEnglish, MenuName string
	// Platforms lists the platforms whose help shows the command (the
	// console's /quitter); nil shows it everywhere.
	Platforms []string
	// Teacher: only a teacher may run it (for some of its uses); adapters
	// find out who the sender is only for such commands (NeedsTeacher).
	Teacher bool

	run func(b *Bot, ctx context.Context, m Message, arg string) Reply
}

// commandTable is the table of chat commands, in the order of the help.
// (A function rather than a variable: the commands' actions refer back to
// the help, which lists the table.)
func commandTable() []Command {
	return []Command{
		{Name: "ask", Aliases: []string{"question", "demander"},
			Menu: "ask", MenuName: "question", MenuFrench: "Poser une question sur les articles", MenuEnglish: "Ask a question about the articles",
			run: func(b *Bot, ctx context.Context, m Message, arg string) Reply {
				if arg == "" {
					return errorReply("Écrivez votre question après /ask, par exemple : /ask Qui a ouvert la conférence ?")
				}
				return b.ask(ctx, m, arg)
			}},
		{Name: "sources", Aliases: []string{"articles"}, Help: "les articles que je connais",
			Menu: "sources", MenuName: "sources", MenuFrench: "Les articles que je connais", MenuEnglish: "List the articles the bot knows",
			run: func(b *Bot, _ context.Context, _ Message, _ string) Reply { return infoReply(b.Sources()) }},
		{Name: "plus", Aliases: []string{"more"}, Help: "d'autres sources pour la dernière réponse",
			// Discord offers it as a button only.
			Platforms: []string{"console", "telegram"},
			run:       func(b *Bot, ctx context.Context, m Message, _ string) Reply { return b.more(ctx, m) }},
		{Name: "quote", Aliases: []string{"citation", "citer"}, Arg: "NOM", Help: "les citations d'une personne",
			Menu: "quote", MenuName: "citer", MenuFrench: "Ce qu'a dit une personne dans les articles", MenuEnglish: "Show what a person said in the articles",
			run: func(b *Bot, _ context.Context, _ Message, arg string) Reply { return b.quotes(arg) }},
		{Name: "quiz", Aliases: []string{"qcm"}, Arg: "[ARTICLE]", Help: "une question à choix multiples sur les articles (ou sur l'article de ce numéro)",
			Menu: "quiz", MenuName: "quiz", MenuFrench: "Une question à choix multiples sur les articles", MenuEnglish: "A multiple-choice question about the articles",
			run: func(b *Bot, ctx context.Context, m Message, arg string) Reply {
				return b.quizCommand(ctx, m, "quiz", arg)
			}},
		{Name: "reponse", Aliases: []string{"réponse", "answer", "r"},
			run: func(b *Bot, ctx context.Context, m Message, arg string) Reply {
				return b.quizCommand(ctx, m, "reponse", arg)
			}},
		{Name: "score", Aliases: []string{"classement", "scores", "leaderboard"}, Help: "le classement du quiz de la séance",
			Menu: "score", MenuName: "classement", MenuFrench: "Le classement du quiz de la séance", MenuEnglish: "The session's quiz leaderboard",
			run: func(b *Bot, ctx context.Context, m Message, _ string) Reply { return b.score(ctx, m) }},
		{Name: "session", Aliases: []string{"seance", "séance"}, Help: "les séances de questions en classe (/session aide)", Teacher: true,
			run: func(b *Bot, ctx context.Context, m Message, arg string) Reply { return b.sessionCommand(ctx, m, arg) }},
		{Name: "bien", Aliases: []string{"good", "up"}, Help: "votre avis sur la dernière réponse pendant une séance (ou /faux)",
			run: func(b *Bot, ctx context.Context, m Message, arg string) Reply { return b.vote(ctx, m, arg, true) }},
		{Name: "faux", Aliases: []string{"bad", "down"},
			run: func(b *Bot, ctx context.Context, m Message, arg string) Reply { return b.vote(ctx, m, arg, false) }},
		{Name: "aide", Aliases: []string{"help", "start", "h"}, Help: "cette aide",
			Menu: "help", MenuName: "aide", MenuFrench: "Comment me poser des questions", MenuEnglish: "How to use citebot",
			run: func(b *Bot, _ context.Context, m Message, _ string) Reply { return infoReply(b.HelpFor(m.Platform)) }},
		{Name: "quitter", Aliases: []string{"quit", "exit", "q"}, Help: "terminer", Platforms: []string{"console"},
			run: func(*Bot, context.Context, Message, string) Reply {
				return Reply{Kind: KindQuit, Text: "Au revoir !", Body: "Au revoir !", Citations: []Citation{}}
			}},
	}
}

// Commands returns the chat commands, in the order of the help.
func Commands() []Command { return commandTable() }

// NeedsTeacher reports whether text is a command only a teacher may run,
// so that an adapter asks the platform who the sender is (a network call
// on Telegram) for those alone.
func NeedsTeacher(text string) bool {
	name, _, ok := command(strings.TrimSpace(text))
	if !ok {
		return false
	}
	c, found := LookupCommand(name)
	return found && c.Teacher
}

// LookupCommand finds a command by its name or an alias, in any case.
func LookupCommand(name string) (Command, bool) {
	name = strings.ToLower(name)
	for _, c := range commandTable() {
		if c.Name == name || slices.Contains(c.Aliases, name) {
			return c, true
		}
	}
	return Command{}, false
}

// command runs one chat command.
func (b *Bot) command(ctx context.Context, m Message, name, arg string) Reply {
	if c, ok := LookupCommand(name); ok {
		return c.run(b, ctx, m, arg)
	}
	return errorReply(fmt.Sprintf("Je ne connais pas la commande /%s. Tapez /aide pour la liste des commandes.", truncateRunes(name, 40)))
}

// Help is the help text of the terminal chat.
func (b *Bot) Help() string { return b.HelpFor("console") }

// howToAsk tells, per platform, how a question reaches the bot; other
// platforms take any text as a question.
var howToAsk = map[string]string{
	"discord":  "Mentionnez-moi avec votre question (@citebot Qui …?), écrivez-moi en message privé ou utilisez /question ; sur un message, Applications → « Demander à citebot » pose son texte.",
	"telegram": "En privé, écrivez simplement votre question ; dans un groupe, mentionnez-moi ou utilisez /question. Ailleurs, tapez @ et mon nom suivi de la question pour insérer une citation.",
}

// HelpFor is the help text on a platform: how to ask there, and the
// commands it offers, by the names its menus show (Discord's are French).
func (b *Bot) HelpFor(platform string) string {
	ask, ok := howToAsk[platform]
	if !ok {
		ask = "Posez simplement votre question, en français (ou en anglais)" + b.example() + "."
	}
	lines := []string{
		"Je réponds à vos questions sur " + b.articleCount() + ", en citant mot pour mot la phrase d'où vient la réponse.",
		ask,
		"Une question de suite (« Et qu'a-t-il dit d'autre ? ») se rapporte à la réponse précédente.",
		"Commandes :",
	}
	for _, c := range commandTable() {
		if c.Help == "" || (c.Platforms != nil && !slices.Contains(c.Platforms, platform)) {
			continue
		}
		use := "/" + c.Name
		if platform == "discord" && c.MenuName != "" {
			use = "/" + c.MenuName
		}
		if c.Arg != "" {
			use += " " + c.Arg
		}
		lines = append(lines, "  "+use+" — "+c.Help)
	}
	return strings.Join(lines, "\n")
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
	heading := moreHeading(conv.more, conv.ctx.Article)
	cits := make([]Citation, 0, len(conv.more))
	for _, s := range conv.more {
		cits = append(cits, citation(s, b.matcher.SpeakerOf(s)))
		conv.cite(s)
	}
	conv.more = nil
	b.saveConversation(ctx, m.Conversation, conv)
	r := withCitations(KindAnswer, heading, cits)
	r.Answered = true
	return r
}

// moreHeading opens the further sources of an answer from article a
// (the matcher gives its own article's first): another article's are
// close to the question's words, and need not be on the same subject
// (four articles on Internet conferences share most of their words).
func moreHeading(more []*knowledge.Sentence, a *knowledge.Article) string {
	same := 0
	for _, s := range more {
		if s.Article == a {
			same++
		}
	}
	switch same {
	case len(more):
		return "Autres passages du même article :"
	case 0:
		return "Passages d'autres articles proches de la question :"
	}
	return "Autres passages du même article, puis d'autres articles proches de la question :"
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

// example is an example question drawn from the loaded articles, about
// the person they quote most: ", par exemple : « Qu'a dit X ? »", or ""
// when they quote no one by name.
func (b *Bot) example() string {
	count := map[string]int{}
	for _, a := range b.base.Articles {
		for _, q := range a.Quotes {
			count[q.Speaker]++
		}
	}
	best := ""
	for _, p := range b.People() {
		if best == "" || count[p] > count[best] {
			best = p
		}
	}
	if best == "" {
		return ""
	}
	return ", par exemple : « Qu'a dit " + best + " ? »"
}

// People lists the people quoted (match.QuotedPeople), sorted.
func (b *Bot) People() []string {
	seen := map[string]bool{}
	var out []string
	for _, a := range b.base.Articles {
		for name := range match.QuotedPeople(a) {
			if !seen[name] {
				seen[name] = true
				out = append(out, name)
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
		sp := b.People()
		if len(sp) == 0 {
			return infoReply("Les articles ne citent personne nommément. Écrivez un nom après /quote.")
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
