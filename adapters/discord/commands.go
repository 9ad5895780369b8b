package discord

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/knowledge/french"
)

// The slash commands and their options, as users see them.
const (
	cmdAsk       = "ask"
	cmdSources   = "sources"
	cmdQuote     = "quote"
	cmdHelp      = "help"
	optQuestion  = "question"
	optPerson    = "person"
	maxOptionLen = 6000 // Discord's own cap on a string option
)

// slashCommands describes the commands registered at start: the bot's
// menu commands (bot.Commands), named in English as Discord's convention
// has it, described in English and in French; /ask and /quote take their
// argument as an option.
func slashCommands() []*discordgo.ApplicationCommand {
	fr := func(s string) *map[discordgo.Locale]string {
		return &map[discordgo.Locale]string{discordgo.French: s}
	}
	options := map[string][]*discordgo.ApplicationCommandOption{
		cmdAsk: {{
			Type:                     discordgo.ApplicationCommandOptionString,
			Name:                     optQuestion,
			Description:              "Your question, in French",
			DescriptionLocalizations: *fr("Votre question"),
			Required:                 true,
			MaxLength:                maxOptionLen,
		}},
		cmdQuote: {{
			Type:                     discordgo.ApplicationCommandOptionString,
			Name:                     optPerson,
			Description:              "Who",
			DescriptionLocalizations: *fr("Qui"),
			Required:                 true,
			Autocomplete:             true,
		}},
		cmdQuiz: quizOptions(),
	}
	var out []*discordgo.ApplicationCommand
	for _, c := range bot.Commands() {
		if c.Menu == "" {
			continue
		}
		out = append(out, &discordgo.ApplicationCommand{
			Name:                     c.Menu,
			Description:              c.MenuEnglish,
			DescriptionLocalizations: fr(c.MenuFrench),
			Options:                  options[c.Menu],
		})
	}
	return out
}

// registerCommands replaces the application's commands with ours (one bulk
// overwrite, so renamed or removed commands disappear too), in the guild
// when one is configured. A failure is logged, not fatal: mentions and DMs
// still work without slash commands.
func (a *Adapter) registerCommands(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, a.opts.StartTimeout)
	defer cancel()
	app := a.application()
	err := a.withRetry(ctx, "commands", func(opts ...discordgo.RequestOption) error {
		_, err := a.session.ApplicationCommandBulkOverwrite(app, a.opts.GuildID, slashCommands(), opts...)
		return err
	})
	if err != nil {
		a.log.Error("discord: slash commands not registered: was the bot invited with the applications.commands scope?", "guild", a.opts.GuildID)
		return
	}
	a.log.Info("discord slash commands registered", "guild", a.opts.GuildID, "count", len(slashCommands()))
}

// commandText turns a slash command into the text the bot understands.
func commandText(d discordgo.ApplicationCommandInteractionData) (string, error) {
	opt := func(name string) string {
		for _, o := range d.Options {
			if o.Name == name {
				if s, ok := o.Value.(string); ok {
					return strings.TrimSpace(s)
				}
			}
		}
		return ""
	}
	switch d.Name {
	case cmdAsk:
		if q := opt(optQuestion); q != "" {
			return q, nil
		}
		return "/aide", nil
	case cmdSources:
		return "/sources", nil
	case cmdQuote:
		return strings.TrimSpace("/quote " + opt(optPerson)), nil
	case cmdHelp:
		return "/aide", nil
	case cmdQuiz:
		return strings.TrimSpace("/quiz " + opt(optQuiz)), nil
	case cmdScore:
		return "/score", nil
	}
	return "", fmt.Errorf("unknown command %q", d.Name)
}

// suggest returns the autocomplete choices for what the user typed so far:
// the matching names best first, or the names in order when nothing is typed.
func suggest(typed string, names []string) []*discordgo.ApplicationCommandOptionChoice {
	var picked []string
	typed = strings.TrimSpace(typed)
	if typed == "" {
		picked = append(picked, names...)
		sort.Strings(picked)
	} else {
		// The same ranking as /quote itself (french.MatchNames), so that
		// the name offered first is the one the command then quotes.
		picked = french.MatchNames(typed, names)
	}
	choices := make([]*discordgo.ApplicationCommandOptionChoice, 0, min(len(picked), maxChoices))
	seen := make(map[string]bool, len(picked))
	for _, n := range picked {
		if len(choices) == maxChoices {
			break
		}
		if n == "" || seen[n] || len(n) > maxChoiceLen {
			continue // a value over 100 bytes would be refused; it cannot be chosen anyway
		}
		seen[n] = true
		choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: n, Value: n})
	}
	return choices
}

// focusedValue returns what the user is typing in the focused option.
func focusedValue(d discordgo.ApplicationCommandInteractionData) string {
	for _, o := range d.Options {
		if o.Focused {
			s, _ := o.Value.(string)
			return s
		}
	}
	return ""
}
