package discord

import (
	"net/url"
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
	msgs[len(msgs)-1].Components = buttons(r.Actions, r.Citations)
	return msgs
}

// maxURL bounds a link Discord takes in a button (512) and an embed
// (2048): the smaller, so one check serves both.
const maxURL = 512

// sourceURL is the citation's article link when Discord would take it: an
// absolute http(s) URL within its length limit; "" otherwise, since one bad
// URL would have the whole message refused.
func sourceURL(c bot.Citation) string {
	u, err := url.Parse(c.URL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || len(c.URL) > maxURL {
		return ""
	}
	return c.URL
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
			URL:         sourceURL(c),
		}
		if c.Speaker != "" {
			e.Fields = []*discordgo.MessageEmbedField{{
				Name:   speakerFieldName,
				Value:  truncate(safeText(c.Speaker), maxFieldValue),
				Inline: true,
			}}
		}
		if footer := strings.Trim(c.Article+" · "+c.Date, " ·"); footer != "" {
			e.Footer = &discordgo.MessageEmbedFooter{Text: truncate(neutralise(footer), maxFooter)}
		}
		embeds = append(embeds, e)
	}
	return embeds
}

// citationDescription is "§ 3, phrase 2" then the quote, each of its lines
// prefixed with "> " so Discord shows it as a block quote.
func citationDescription(c bot.Citation) string {
	var b strings.Builder
	b.WriteString(c.Place("§"))
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

// linkLabel is the label of the button that opens a citation's article.
const linkLabel = "Lire l'article"

// buttons turns actions into rows of buttons whose custom ID carries the
// command to send back, then adds a link button to each cited article
// that has a URL; buttons beyond Discord's 25, or whose command does not
// fit a custom ID, are left out.
func buttons(actions []bot.Action, cs []bot.Citation) []discordgo.MessageComponent {
	var all []discordgo.Button
	for _, a := range actions {
		id := customIDPrefix + a.Command
		if a.Command == "" || len(id) > maxCustomID {
			continue
		}
		label := a.Label
		if label == "" {
			label = a.Command
		}
		all = append(all, discordgo.Button{Label: truncate(label, maxButtonLabel), Style: discordgo.SecondaryButton, CustomID: id})
	}
	seen := map[string]bool{}
	for _, c := range cs {
		u := sourceURL(c)
		if u == "" || seen[u] {
			continue
		}
		seen[u] = true
		label := linkLabel
		if len(cs) > 1 {
			label += " : " + c.Title
		}
		all = append(all, discordgo.Button{Label: truncate(label, maxButtonLabel), Style: discordgo.LinkButton, URL: u})
	}
	var rows []discordgo.MessageComponent
	var row []discordgo.MessageComponent
	for _, b := range all {
		if len(row) == buttonsPerRow {
			rows = append(rows, discordgo.ActionsRow{Components: row})
			row = nil
		}
		if len(rows) == maxRows {
			break
		}
		row = append(row, b)
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
