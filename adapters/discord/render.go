package discord

import (
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/citebot/citebot/bot"
)

// Discord's documented limits on what one message may carry.
const (
	maxContent       = 2000 // message content
	maxEmbedTitle    = 256
	maxEmbedDesc     = 4096
	maxFieldValue    = 1024
	maxFooter        = 2048
	maxEmbedTotal    = 6000 // all embeds of one message together
	maxEmbeds        = 10   // embeds per message
	maxButtonLabel   = 80
	maxCustomID      = 100
	buttonsPerRow    = 5
	maxRows          = 5
	maxChoices       = 25 // autocomplete choices
	maxChoiceLen     = 100
	embedColour      = 0x2b6cb0
	customIDPrefix   = "citebot:"
	speakerFieldName = "Orateur"
)

// outMessage is one Discord message to send, already within every limit.
type outMessage struct {
	Content    string
	Embeds     []*discordgo.MessageEmbed
	Components []discordgo.MessageComponent
}

// fallbackText is sent when a reply has nothing to show, so the user is
// never left without an answer.
const fallbackText = "Désolé, je n'ai rien trouvé à répondre."

// render turns a neutral reply into the Discord messages that show it, in
// order: the text split at 2000 characters, then the citation embeds (ten at
// most and 6000 characters at most per message), the buttons on the last.
func render(r bot.Reply) []outMessage {
	text := r.Body
	if text == "" && len(r.Citations) == 0 {
		text = r.Text // no citations to draw: the plain text says it all
	}
	if text == "" && len(r.Citations) == 0 {
		text = fallbackText
	}
	var msgs []outMessage
	for _, part := range split(safeText(text), maxContent) {
		msgs = append(msgs, outMessage{Content: part})
	}
	for i, group := range packEmbeds(citationEmbeds(r.Citations)) {
		if i == 0 && len(msgs) > 0 {
			msgs[len(msgs)-1].Embeds = group
			continue
		}
		msgs = append(msgs, outMessage{Embeds: group})
	}
	if len(msgs) == 0 {
		msgs = append(msgs, outMessage{Content: fallbackText})
	}
	msgs[len(msgs)-1].Components = buttons(r.Actions)
	return msgs
}

// citationEmbeds draws one embed per citation: the article title, where the
// sentence is, the verbatim quote in a block quote, and who spoke.
func citationEmbeds(cs []bot.Citation) []*discordgo.MessageEmbed {
	embeds := make([]*discordgo.MessageEmbed, 0, len(cs))
	for _, c := range cs {
		title := c.Title
		if title == "" {
			title = c.Article
		}
		e := &discordgo.MessageEmbed{
			Type:        discordgo.EmbedTypeRich,
			Title:       truncate(neutralise(title), maxEmbedTitle),
			Description: truncate(citationDescription(c), maxEmbedDesc),
			Color:       embedColour,
		}
		if c.Speaker != "" {
			e.Fields = []*discordgo.MessageEmbedField{{
				Name:   speakerFieldName,
				Value:  truncate(safeText(c.Speaker), maxFieldValue),
				Inline: true,
			}}
		}
		if c.Article != "" {
			e.Footer = &discordgo.MessageEmbedFooter{Text: truncate(neutralise(c.Article), maxFooter)}
		}
		embeds = append(embeds, e)
	}
	return embeds
}

// citationDescription is "§ 3, phrase 2" then the quote, each of its lines
// prefixed with "> " so Discord shows it as a block quote.
func citationDescription(c bot.Citation) string {
	var b strings.Builder
	fmt.Fprintf(&b, "§ %d, phrase %d", c.Paragraph, c.Sentence)
	for _, line := range strings.Split(strings.TrimSpace(c.Quote), "\n") {
		b.WriteString("\n> ")
		b.WriteString(safeText(strings.TrimSpace(line)))
	}
	return b.String()
}

// embedSize is what an embed counts towards the 6000-character total.
func embedSize(e *discordgo.MessageEmbed) int {
	n := width(e.Title) + width(e.Description)
	for _, f := range e.Fields {
		n += width(f.Name) + width(f.Value)
	}
	if e.Footer != nil {
		n += width(e.Footer.Text)
	}
	if e.Author != nil {
		n += width(e.Author.Name)
	}
	return n
}

// packEmbeds groups embeds in order into messages of at most ten embeds and
// 6000 characters. A single embed always fits: its own limits add up to less.
func packEmbeds(embeds []*discordgo.MessageEmbed) [][]*discordgo.MessageEmbed {
	var groups [][]*discordgo.MessageEmbed
	var cur []*discordgo.MessageEmbed
	total := 0
	for _, e := range embeds {
		size := embedSize(e)
		if len(cur) == maxEmbeds || (len(cur) > 0 && total+size > maxEmbedTotal) {
			groups = append(groups, cur)
			cur, total = nil, 0
		}
		cur = append(cur, e)
		total += size
	}
	if len(cur) > 0 {
		groups = append(groups, cur)
	}
	return groups
}

// buttons turns actions into rows of buttons whose custom ID carries the
// command to send back; actions beyond Discord's 25 buttons, or whose
// command does not fit a custom ID, are left out.
func buttons(actions []bot.Action) []discordgo.MessageComponent {
	var rows []discordgo.MessageComponent
	var row []discordgo.MessageComponent
	for _, a := range actions {
		id := customIDPrefix + a.Command
		if a.Command == "" || len(id) > maxCustomID {
			continue
		}
		if len(row) == buttonsPerRow {
			rows = append(rows, discordgo.ActionsRow{Components: row})
			row = nil
		}
		if len(rows) == maxRows {
			break
		}
		label := a.Label
		if label == "" {
			label = a.Command
		}
		row = append(row, discordgo.Button{
			Label:    truncate(label, maxButtonLabel),
			Style:    discordgo.SecondaryButton,
			CustomID: id,
		})
	}
	if len(row) > 0 && len(rows) < maxRows {
		rows = append(rows, discordgo.ActionsRow{Components: row})
	}
	return rows
}

// commandFromCustomID reads back the command a button carries.
func commandFromCustomID(id string) (string, bool) {
	cmd, ok := strings.CutPrefix(id, customIDPrefix)
	return cmd, ok && cmd != ""
}
