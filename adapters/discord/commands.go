package discord

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/knowledge/french"
)

// The options of the slash commands, and the message command, as users
// see them: French first, English as a localization.
const (
	optQuestion = "question"
	optPerson   = "personne"
	// askMessage is the message context-menu command: it asks the text of
	// the message it is used on.
	askMessage        = "Demander à citebot"
	askMessageEnglish = "Ask citebot"
)

// english localizes a name or a description for Discord's English clients.
func english(s string) *map[discordgo.Locale]string {
	return &map[discordgo.Locale]string{discordgo.EnglishUS: s, discordgo.EnglishGB: s}
}

// slashCommands describes the commands registered at start: the bot's
// menu commands (bot.Commands) under their French names and descriptions,
// localized in English; /question and /citer take their argument as an
// option, bounded as the bot bounds a question; and the message command
// "Demander à citebot".
func slashCommands() []*discordgo.ApplicationCommand {
	options := map[string][]*discordgo.ApplicationCommandOption{
		"ask": {{
			Type:                     discordgo.ApplicationCommandOptionString,
			Name:                     optQuestion,
			Description:              "Votre question, en français",
			DescriptionLocalizations: *english("Your question, in French"),
			Required:                 true,
			MaxLength:                bot.MaxQuestionRunes,
		}},
		"quote": {{
			Type:                     discordgo.ApplicationCommandOptionString,
			Name:                     optPerson,
			NameLocalizations:        *english("person"),
			Description:              "Qui",
			DescriptionLocalizations: *english("Who"),
			Required:                 true,
			Autocomplete:             true,
			MaxLength:                maxChoiceLen,
		}},
		cmdQuiz: quizOptions(),
	}
	var out []*discordgo.ApplicationCommand
	for _, c := range bot.Commands() {
		if c.Menu == "" {
			continue
		}
		out = append(out, &discordgo.ApplicationCommand{
			Type:                     discordgo.ChatApplicationCommand,
			Name:                     c.MenuName,
			NameLocalizations:        english(c.Menu),
			Description:              c.MenuFrench,
			DescriptionLocalizations: english(c.MenuEnglish),
			Options:                  options[c.Menu],
		})
	}
	return append(out, &discordgo.ApplicationCommand{
		Type:              discordgo.MessageApplicationCommand,
		Name:              askMessage,
		NameLocalizations: english(askMessageEnglish),
	})
}

// registerCommands replaces the application's commands with ours (one bulk
// overwrite, so renamed or removed commands disappear too), in the guild
// when one is configured. Only shard 0 does it: the commands are the
// application's, not a shard's. A failure is logged, not fatal: mentions
// and DMs still work without slash commands.
func (a *Adapter) registerCommands(ctx context.Context) {
	if a.opts.ShardID != 0 {
		a.log.Info("discord: commands are registered by shard 0", "shard", a.opts.ShardID)
		return
	}
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
	a.log.Info("discord slash commands registered", "guild", a.opts.GuildID, "count", len(slashCommands()), "invite", InviteURL(app))
}

// errNoText is the error of a message command used on a message with no
// text (an image, a sticker); noText tells the user.
var errNoText = errors.New("discord: the message has no text")

const noText = "Ce message ne contient pas de texte : je ne peux pas y répondre."

// commandText turns an application command into the text the bot
// understands: a slash command by the bot command its name is the menu
// name of, the message command by the text of its message.
func commandText(d discordgo.ApplicationCommandInteractionData) (string, error) {
	if d.CommandType == discordgo.MessageApplicationCommand || d.Name == askMessage {
		if d.Resolved != nil {
			if m := d.Resolved.Messages[d.TargetID]; m != nil {
				if q := strings.TrimSpace(m.Content); q != "" {
					return q, nil
				}
			}
		}
		return "", errNoText
	}
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
	for _, c := range bot.Commands() {
		if c.MenuName == "" || c.MenuName != d.Name {
			continue
		}
		switch c.Menu {
		case "ask":
			if q := opt(optQuestion); q != "" {
				return q, nil
			}
			return "/aide", nil
		case "quote":
			return strings.TrimSpace("/" + c.Name + " " + opt(optPerson)), nil
		case cmdQuiz:
			return strings.TrimSpace("/" + c.Name + " " + opt(optQuiz)), nil
		}
		return "/" + c.Name, nil
	}
	return "", fmt.Errorf("unknown command %q", d.Name)
}

// invitePermissions are what the bot needs in a channel: see it, post,
// post in threads (answers to a question asked in one), embed the
// citations, and read the history of the message it replies to.
const invitePermissions = discordgo.PermissionViewChannel | discordgo.PermissionSendMessages |
	discordgo.PermissionSendMessagesInThreads | discordgo.PermissionEmbedLinks | discordgo.PermissionReadMessageHistory

// InviteURL is the link that adds the application's bot to a server, with
// the slash commands and the permissions it needs.
func InviteURL(appID string) string {
	return fmt.Sprintf("https://discord.com/oauth2/authorize?client_id=%s&scope=bot+applications.commands&permissions=%d", url.QueryEscape(appID), invitePermissions)
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
