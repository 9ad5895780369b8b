package discord

import (
	"testing"

	"github.com/bwmarrin/discordgo"
)

// TestEveryMenuCommandIsHandled: each slash command built from the bot's
// command table is one the adapter knows how to turn into a message.
func TestEveryMenuCommandIsHandled(t *testing.T) {
	cmds := slashCommands()
	if len(cmds) < 4 {
		t.Fatalf("%d slash commands", len(cmds))
	}
	for _, c := range cmds {
		if c.Type == discordgo.MessageApplicationCommand {
			continue
		}
		if c.Description == "" || (*c.DescriptionLocalizations)[discordgo.EnglishUS] == "" {
			t.Errorf("/%s lacks a description", c.Name)
		}
		if _, err := commandText(discordgo.ApplicationCommandInteractionData{Name: c.Name}); err != nil {
			t.Errorf("/%s: %v", c.Name, err)
		}
	}
}
