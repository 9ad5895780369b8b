package discord

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

func TestRoute(t *testing.T) {
	a := &Adapter{me: &discordgo.User{ID: botID}, threads: newThreads(8)}
	a.threads.remember("b1", "discord:c1:u1")
	me := &discordgo.User{ID: botID, Bot: true}
	human := func(id string) *discordgo.User { return &discordgo.User{ID: id} }
	ref := func(id string) *discordgo.MessageReference { return &discordgo.MessageReference{MessageID: id} }

	tests := []struct {
		name     string
		m        *discordgo.Message
		ok       bool
		text     string
		conv     string
		whyWrong string
	}{
		{"DM", &discordgo.Message{ChannelID: "d1", Author: human("u1"), Content: "Qui ?"}, true, "Qui ?", "discord:d1:u1", ""},
		{"empty DM asks for help", &discordgo.Message{ChannelID: "d1", Author: human("u1")}, true, "/aide", "discord:d1:u1", ""},
		{"guild chatter ignored", &discordgo.Message{GuildID: "g", ChannelID: "c1", Author: human("u1"), Content: "Qui ?"}, false, "", "", "not for the bot"},
		{"mention", &discordgo.Message{GuildID: "g", ChannelID: "c1", Author: human("u1"), Content: "<@" + botID + "> Qui ?", Mentions: []*discordgo.User{me}}, true, "Qui ?", "discord:c1:u1", ""},
		{"nickname mention mid-text", &discordgo.Message{GuildID: "g", ChannelID: "c1", Author: human("u1"), Content: "Dis <@!" + botID + ">, qui ?"}, true, "Dis , qui ?", "discord:c1:u1", ""},
		{"bare mention asks for help", &discordgo.Message{GuildID: "g", ChannelID: "c1", Author: human("u1"), Content: "<@" + botID + ">", Mentions: []*discordgo.User{me}}, true, "/aide", "discord:c1:u1", ""},
		{"mention of someone else", &discordgo.Message{GuildID: "g", ChannelID: "c1", Author: human("u1"), Content: "<@42> Qui ?", Mentions: []*discordgo.User{human("42")}}, false, "", "", "another user"},
		{"reply to a known answer", &discordgo.Message{GuildID: "g", ChannelID: "c1", Author: human("u2"), Content: "Et lui ?", MessageReference: ref("b1")}, true, "Et lui ?", "discord:c1:u1", ""},
		{"reply to a forgotten answer", &discordgo.Message{GuildID: "g", ChannelID: "c1", Author: human("u2"), Content: "Et lui ?", MessageReference: ref("old"),
			ReferencedMessage: &discordgo.Message{ID: "old", Author: me}}, true, "Et lui ?", "discord:c1:u2", ""},
		{"reply to a human", &discordgo.Message{GuildID: "g", ChannelID: "c1", Author: human("u2"), Content: "Et lui ?", MessageReference: ref("h1"),
			ReferencedMessage: &discordgo.Message{ID: "h1", Author: human("u1")}}, false, "", "", "a reply to a human"},
		{"reply with text withheld", &discordgo.Message{GuildID: "g", ChannelID: "c1", Author: human("u2"), MessageReference: ref("b1")}, false, "", "", "no text to answer"},
		{"other bot", &discordgo.Message{ChannelID: "d1", Author: &discordgo.User{ID: "77", Bot: true}, Content: "<@" + botID + "> hi", Mentions: []*discordgo.User{me}}, false, "", "", "bots are ignored"},
		{"itself", &discordgo.Message{ChannelID: "d1", Author: &discordgo.User{ID: botID}, Content: "Réponse"}, false, "", "", "its own message"},
		{"no author", &discordgo.Message{ChannelID: "d1", Content: "x"}, false, "", "", "a system message"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, conv, ok := a.route(tt.m)
			if ok != tt.ok || text != tt.text || conv != tt.conv {
				t.Errorf("route = %q, %q, %v; want %q, %q, %v %s", text, conv, ok, tt.text, tt.conv, tt.ok, tt.whyWrong)
			}
		})
	}
}

func TestCommandText(t *testing.T) {
	opt := func(name, v string) []*discordgo.ApplicationCommandInteractionDataOption {
		return []*discordgo.ApplicationCommandInteractionDataOption{{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: v}}
	}
	tests := []struct {
		d       discordgo.ApplicationCommandInteractionData
		want    string
		wantErr bool
	}{
		{discordgo.ApplicationCommandInteractionData{Name: "question", Options: opt("question", "  Qui ?  ")}, "Qui ?", false},
		{discordgo.ApplicationCommandInteractionData{Name: "question"}, "/aide", false},
		{discordgo.ApplicationCommandInteractionData{Name: "sources"}, "/sources", false},
		{discordgo.ApplicationCommandInteractionData{Name: "aide"}, "/aide", false},
		{discordgo.ApplicationCommandInteractionData{Name: "citer", Options: opt("personne", "Hague")}, "/quote Hague", false},
		{discordgo.ApplicationCommandInteractionData{Name: "citer"}, "/quote", false},
		{discordgo.ApplicationCommandInteractionData{Name: "Demander à citebot", CommandType: discordgo.MessageApplicationCommand, TargetID: "m1",
			Resolved: &discordgo.ApplicationCommandInteractionDataResolved{Messages: map[string]*discordgo.Message{"m1": {ID: "m1", Content: " Qui a parlé ? "}}}}, "Qui a parlé ?", false},
		{discordgo.ApplicationCommandInteractionData{Name: "Demander à citebot", CommandType: discordgo.MessageApplicationCommand, TargetID: "m1",
			Resolved: &discordgo.ApplicationCommandInteractionDataResolved{Messages: map[string]*discordgo.Message{"m1": {ID: "m1"}}}}, "", true},
		{discordgo.ApplicationCommandInteractionData{Name: "ask"}, "", true},
		{discordgo.ApplicationCommandInteractionData{Name: "dance"}, "", true},
	}
	for _, tt := range tests {
		got, err := commandText(tt.d)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("commandText(%s) = %q, %v; want %q", tt.d.Name, got, err, tt.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	names := []string{"William Hague", "David Cameron", "Joe Biden", "Ban Ki-moon", "William Hague"}
	tests := []struct {
		typed string
		first string
		n     int
	}{
		{"hag", "William Hague", 1},
		{"cam", "David Cameron", 1},
		{"", "Ban Ki-moon", 4}, // sorted, duplicates once
		{"zzz", "", 0},
	}
	for _, tt := range tests {
		got := suggest(tt.typed, names)
		if len(got) != tt.n || (tt.n > 0 && got[0].Name != tt.first) {
			t.Errorf("suggest(%q) = %d choices starting %+v; want %d starting %q", tt.typed, len(got), got, tt.n, tt.first)
		}
	}
	var many []string
	for i := range 60 {
		many = append(many, fmt.Sprintf("Personne %02d", i))
	}
	many = append(many, strings.Repeat("n", 101))
	if got := suggest("", many); len(got) != maxChoices {
		t.Errorf("%d choices, want at most %d", len(got), maxChoices)
	}
	if got := suggest("nnn", many); len(got) != 0 {
		t.Errorf("a name over 100 bytes was offered: %+v", got)
	}
}

func TestThreadsForgetOldest(t *testing.T) {
	th := newThreads(3)
	for i := range 5 {
		th.remember(fmt.Sprint(i), fmt.Sprint("conv", i))
	}
	for i, want := range []bool{false, false, true, true, true} {
		if _, ok := th.lookup(fmt.Sprint(i)); ok != want {
			t.Errorf("message %d remembered = %v, want %v", i, ok, want)
		}
	}
	th.remember("4", "other")
	if c, _ := th.lookup("4"); c != "other" {
		t.Errorf("update lost: %q", c)
	}
	th.remember("", "x")
	if _, ok := th.lookup(""); ok {
		t.Error("an empty id was remembered")
	}
}

func TestInflight(t *testing.T) {
	f := newInflight()
	for range 2 {
		if !f.begin() {
			t.Fatal("begin refused before close")
		}
	}
	f.end()
	f.close()
	if f.begin() {
		t.Fatal("begin accepted after close")
	}
	done := make(chan struct{})
	go func() { f.closeAndWait(); close(done) }()
	select {
	case <-done:
		t.Fatal("closeAndWait returned with an answer under way")
	default:
	}
	f.end()
	<-done
	f.closeAndWait() // idempotent
}

func TestGatewayError(t *testing.T) {
	tests := []struct {
		err     error
		bad     bool
		mention string
	}{
		{&websocket.CloseError{Code: 4004, Text: "Authentication failed."}, true, "4004"},
		{&websocket.CloseError{Code: 4014, Text: "Disallowed intent(s)."}, false, "Message Content Intent"},
		{errors.New("dial tcp: connection refused"), false, "open gateway"},
	}
	for _, tt := range tests {
		err := gatewayError(tt.err)
		if fatalGateway(err) != (tt.mention != "open gateway") {
			t.Errorf("fatalGateway(%v) = %v", err, fatalGateway(err))
		}
		if errors.Is(err, ErrBadToken) != tt.bad || !strings.Contains(err.Error(), tt.mention) || !errors.Is(err, tt.err) {
			t.Errorf("gatewayError(%v) = %v", tt.err, err)
		}
	}
}

func TestRedact(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://discord.com/api/v9/webhooks/901/secret-tok/messages/@original", "https://discord.com/api/v9/webhooks/901/<token>/messages/@original"},
		{"https://discord.com/api/v9/interactions/55/secret-tok/callback", "https://discord.com/api/v9/interactions/55/<token>/callback"},
		{"https://discord.com/api/v9/channels/1/messages", "https://discord.com/api/v9/channels/1/messages"},
	}
	for _, tt := range tests {
		err := redact(&url.Error{Op: "Post", URL: tt.in, Err: errors.New("connection reset")})
		if got := err.(*url.Error).URL; got != tt.want || strings.Contains(err.Error(), "secret-tok") {
			t.Errorf("redact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	plain := errors.New("HTTP 500")
	if redact(plain) != plain {
		t.Error("a non-URL error was changed")
	}
}
