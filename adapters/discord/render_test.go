package discord

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/citebot/citebot/bot"
)

// checkLimits fails if any message breaks one of Discord's limits.
func checkLimits(t *testing.T, msgs []outMessage) {
	t.Helper()
	for i, m := range msgs {
		if width(m.Content) > maxContent {
			t.Errorf("message %d: content %d > %d", i, width(m.Content), maxContent)
		}
		if m.Content == "" && len(m.Embeds) == 0 {
			t.Errorf("message %d is empty", i)
		}
		if len(m.Embeds) > maxEmbeds {
			t.Errorf("message %d: %d embeds", i, len(m.Embeds))
		}
		total := 0
		for j, e := range m.Embeds {
			total += embedSize(e)
			if width(e.Title) > maxEmbedTitle || width(e.Description) > maxEmbedDesc {
				t.Errorf("message %d embed %d: title %d, description %d", i, j, width(e.Title), width(e.Description))
			}
			for _, f := range e.Fields {
				if width(f.Value) > maxFieldValue {
					t.Errorf("message %d embed %d: field %d", i, j, width(f.Value))
				}
			}
		}
		if total > maxEmbedTotal {
			t.Errorf("message %d: embeds total %d > %d", i, total, maxEmbedTotal)
		}
		if len(m.Components) > maxRows {
			t.Errorf("message %d: %d rows", i, len(m.Components))
		}
		for _, row := range m.Components {
			r := row.(discordgo.ActionsRow)
			if len(r.Components) > buttonsPerRow {
				t.Errorf("message %d: %d buttons in a row", i, len(r.Components))
			}
			for _, c := range r.Components {
				b := c.(discordgo.Button)
				if width(b.Label) > maxButtonLabel || len(b.CustomID) > maxCustomID {
					t.Errorf("message %d: button %q / %q too long", i, b.Label, b.CustomID)
				}
			}
		}
	}
}

func TestRenderWithinLimits(t *testing.T) {
	huge := strings.Repeat("Une phrase qui dit quelque chose d'utile. ", 400)
	word := strings.Repeat("x", 5000)
	many := make([]bot.Citation, 23)
	for i := range many {
		many[i] = bot.Citation{Article: fmt.Sprintf("a%d", i), Title: strings.Repeat("Titre ", 100),
			Paragraph: i, Sentence: 1, Quote: huge[:3000+i*100], Speaker: strings.Repeat("Nom ", 400)}
	}
	actions := make([]bot.Action, 30)
	for i := range actions {
		actions[i] = bot.Action{Label: strings.Repeat("Libellé ", 20), Command: fmt.Sprintf("/plus %d", i)}
	}
	tests := []struct {
		name      string
		reply     bot.Reply
		wantParts int
	}{
		{"plain", bot.Reply{Body: "Bonjour."}, 1},
		{"text only when no body", bot.Reply{Text: "Les articles ne parlent pas de X."}, 1},
		{"nothing at all", bot.Reply{}, 1},
		{"citations without body", bot.Reply{Text: "ignored", Citations: many[:2]}, 2}, // over 6000 together
		{"long body", bot.Reply{Body: huge}, 9},
		{"one long word", bot.Reply{Body: word}, 3},
		{"many long citations", bot.Reply{Body: "Voici.", Citations: many, Actions: actions}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msgs := render(tt.reply)
			checkLimits(t, msgs)
			if tt.wantParts > 0 && len(msgs) != tt.wantParts {
				t.Errorf("%d messages, want %d", len(msgs), tt.wantParts)
			}
			embeds := 0
			for _, m := range msgs {
				embeds += len(m.Embeds)
			}
			if embeds != len(tt.reply.Citations) {
				t.Errorf("%d embeds for %d citations", embeds, len(tt.reply.Citations))
			}
		})
	}
}

func TestRenderCitation(t *testing.T) {
	c := bot.Citation{Article: "a1", Title: "Titre @here", Paragraph: 4, Sentence: 2,
		Quote: "« Il faut *agir* »,\ndit-il.", Speaker: "Jean _Dupont_"}
	msgs := render(bot.Reply{Body: "Réponse.", Citations: []bot.Citation{c}})
	if len(msgs) != 1 || len(msgs[0].Embeds) != 1 {
		t.Fatalf("render = %+v", msgs)
	}
	e := msgs[0].Embeds[0]
	if e.Title != "Titre @\u200bhere" {
		t.Errorf("title = %q", e.Title)
	}
	if want := "§ 4, phrase 2\n> « Il faut \\*agir\\* »,\n> dit-il."; e.Description != want {
		t.Errorf("description = %q, want %q", e.Description, want)
	}
	if len(e.Fields) != 1 || e.Fields[0].Value != `Jean \_Dupont\_` {
		t.Errorf("fields = %+v", e.Fields)
	}
	if e.Type != discordgo.EmbedTypeRich {
		t.Errorf("type = %q", e.Type)
	}
}

func TestButtons(t *testing.T) {
	rows := buttons([]bot.Action{
		{Label: "Plus de sources", Command: "/plus"},
		{Label: "", Command: "/sources"},
		{Label: "vide", Command: ""},
		{Label: "trop long", Command: "/quote " + strings.Repeat("x", 100)},
	}, []bot.Citation{
		{Title: "A", URL: "https://example.org/a"},
		{Title: "A encore", URL: "https://example.org/a"},
		{Title: "B", URL: "javascript:alert(1)"},
		{Title: "C"},
		{Title: "D", URL: "https://example.org/" + strings.Repeat("d", maxURL)},
	})
	if len(rows) != 1 {
		t.Fatalf("rows = %+v", rows)
	}
	got := rows[0].(discordgo.ActionsRow).Components
	if len(got) != 3 {
		t.Fatalf("buttons = %+v", got)
	}
	if link := got[2].(discordgo.Button); link.Style != discordgo.LinkButton || link.URL != "https://example.org/a" || link.Label != "Lire l'article : A" || link.CustomID != "" {
		t.Errorf("link button = %+v", link)
	}
	b0, b1 := got[0].(discordgo.Button), got[1].(discordgo.Button)
	if b0.Label != "Plus de sources" || b0.CustomID != "citebot:/plus" || b1.Label != "/sources" {
		t.Errorf("buttons = %+v, %+v", b0, b1)
	}
	for _, id := range []string{b0.CustomID, b1.CustomID} {
		if cmd, ok := commandFromCustomID(id); !ok || !strings.HasPrefix(cmd, "/") {
			t.Errorf("commandFromCustomID(%q) = %q, %v", id, cmd, ok)
		}
	}
	if _, ok := commandFromCustomID("other-bot:/plus"); ok {
		t.Error("a foreign custom ID was accepted")
	}
}

func TestPackEmbeds(t *testing.T) {
	mk := func(size int) *discordgo.MessageEmbed {
		return &discordgo.MessageEmbed{Description: strings.Repeat("d", size)}
	}
	tests := []struct {
		sizes []int
		want  []int // embeds per group
	}{
		{nil, nil},
		{[]int{10, 10, 10}, []int{3}},
		{[]int{4000, 4000, 1000, 1000}, []int{1, 3}},
		{[]int{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, []int{10, 1}},
		{[]int{3000, 3000, 1}, []int{2, 1}},
	}
	for _, tt := range tests {
		var embeds []*discordgo.MessageEmbed
		for _, s := range tt.sizes {
			embeds = append(embeds, mk(s))
		}
		var got []int
		for _, g := range packEmbeds(embeds) {
			got = append(got, len(g))
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("packEmbeds(%v) = %v, want %v", tt.sizes, got, tt.want)
		}
	}
}

// BenchmarkRender measures rendering a long answer with ten citations: the
// work done on every reply besides the network.
func BenchmarkRender(b *testing.B) {
	body := strings.Repeat("Le ministre a **précisé** que @tout le monde serait informé. ", 150)
	cits := make([]bot.Citation, 10)
	for i := range cits {
		cits[i] = bot.Citation{Article: "a", Title: "Titre", Paragraph: i, Sentence: 1,
			Quote: strings.Repeat("« Une citation _verbatim_. » ", 20), Speaker: "Jean Dupont"}
	}
	r := bot.Reply{Body: body, Citations: cits, Actions: []bot.Action{{Label: "Plus de sources", Command: "/plus"}}}
	b.ReportAllocs()
	for b.Loop() {
		render(r)
	}
}
