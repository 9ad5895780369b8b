package telegram

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/citebot/citebot/adapters/platform"
	"github.com/citebot/citebot/bot"
)

// intent is what one incoming message asks of the bot.
type intent int

const (
	ignore intent = iota // not for us: another bot's command, group chatter, a sticker
	ask                  // pass text to the bot
	prompt               // "/ask" alone: invite the user to type the question
	join                 // "/start classe_<code>": join a class opened on the web
	class                // "/classe [code|quitter]": join, show or leave a class
)

// route decides whether m is for the bot and what text to hand it.
//
// In a private chat every text is for the bot. In a group only commands
// (bare, or addressed to us as /ask@ourbot), mentions of @ourbot and
// replies to the bot's own messages are; with privacy mode on, Telegram
// sends nothing else anyway. A command addressed to another bot is
// ignored: the library's Command() strips any @suffix without checking
// whose it is, so the bot_command entity is read here.
func route(self tgbotapi.User, m *tgbotapi.Message) (intent, string) {
	if m == nil || m.From == nil || m.From.IsBot || m.Chat == nil || strings.TrimSpace(m.Text) == "" {
		return ignore, ""
	}
	private := m.Chat.IsPrivate()
	if name, target, args, ok := command(m); ok {
		if target != "" && !strings.EqualFold(target, self.UserName) {
			return ignore, ""
		}
		if strings.EqualFold(name, "start") {
			if code, ok := classCode(args); ok {
				return join, code
			}
			return ask, startText(args)
		}
		if strings.EqualFold(name, classCommand) {
			return class, args
		}
		if c, ok := bot.LookupCommand(name); ok && (c.Platforms == nil || slices.Contains(c.Platforms, Platform)) {
			if c.Name == "ask" {
				if args == "" {
					return prompt, ""
				}
				return ask, args
			}
			return ask, strings.TrimSpace("/" + c.Name + " " + args)
		}
		if private || target != "" {
			// The bot knows more commands than the menu shows, and says
			// so politely when it does not know one.
			return ask, strings.TrimSpace("/" + name + " " + args)
		}
		return ignore, ""
	}
	text, mentioned := stripMentions(self, m)
	if private {
		if text == "" {
			return ask, "/aide"
		}
		return ask, text
	}
	repliedTo := m.ReplyToMessage != nil && m.ReplyToMessage.From != nil && m.ReplyToMessage.From.ID == self.ID
	if !mentioned && !repliedTo {
		return ignore, ""
	}
	if text == "" {
		return ask, "/aide"
	}
	return ask, text
}

// command reads the bot_command entity at the start of m: "/ask@ourbot
// Qui ?" gives "ask", "ourbot", "Qui ?".
func command(m *tgbotapi.Message) (name, target, args string, ok bool) {
	if len(m.Entities) == 0 || m.Entities[0].Type != "bot_command" || m.Entities[0].Offset != 0 {
		return "", "", "", false
	}
	start, end, ok := entitySpan(m.Text, m.Entities[0])
	if !ok || end-start < 2 || m.Text[start] != '/' {
		// An entity that does not cover a "/command" is not one, whatever
		// its type says.
		return "", "", "", false
	}
	cmd := m.Text[start+1 : end]
	name, target, _ = strings.Cut(cmd, "@")
	return name, target, strings.TrimSpace(m.Text[end:]), true
}

// stripMentions removes every mention of the bot from m's text and
// reports whether there was one.
//
// Entities come from the client and may repeat or overlap (the same
// mention listed twice): the spans are merged before cutting, so that no
// cut uses an offset an earlier cut has moved.
func stripMentions(self tgbotapi.User, m *tgbotapi.Message) (string, bool) {
	var spans [][2]int
	for _, e := range m.Entities {
		start, end, ok := entitySpan(m.Text, e)
		if !ok {
			continue
		}
		ours := false
		switch e.Type {
		case "mention":
			ours = self.UserName != "" && strings.EqualFold(m.Text[start:end], "@"+self.UserName)
		case "text_mention":
			ours = e.User != nil && e.User.ID == self.ID
		}
		if ours {
			spans = append(spans, [2]int{start, end})
		}
	}
	if len(spans) == 0 {
		return strings.Join(strings.Fields(m.Text), " "), false
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	var sb strings.Builder
	kept := 0 // bytes of m.Text before kept are written or cut
	for _, sp := range spans {
		if sp[0] > kept {
			sb.WriteString(m.Text[kept:sp[0]])
		}
		kept = max(kept, sp[1])
	}
	sb.WriteString(m.Text[kept:])
	// "@ourbot, qui ?" and "Dis @ourbot, qui ?" read "qui ?" and "Dis, qui ?".
	text := strings.Join(strings.Fields(sb.String()), " ")
	text = strings.ReplaceAll(text, " ,", ",")
	return strings.TrimSpace(strings.TrimLeft(text, ",:; ")), true
}

// entitySpan converts an entity's offset and length, which Telegram
// counts in UTF-16 code units, to byte offsets in text.
func entitySpan(text string, e tgbotapi.MessageEntity) (start, end int, ok bool) {
	if e.Offset < 0 || e.Length <= 0 {
		return 0, 0, false
	}
	start, end = -1, -1
	units := 0
	for i, r := range text {
		if units == e.Offset {
			start = i
		}
		if units == e.Offset+e.Length {
			end = i
			break
		}
		units += platform.RuneUTF16(r)
	}
	if end < 0 && units == e.Offset+e.Length {
		end = len(text)
	}
	if start < 0 || end < start {
		return 0, 0, false
	}
	return start, end, true
}

// conversation keys a chat's follow-up context: the chat in private, and
// each member separately in a group, so that two members' questions do
// not tangle.
func conversation(chat *tgbotapi.Chat, user *tgbotapi.User) string {
	key := "telegram:chat:" + strconv.FormatInt(chat.ID, 10)
	if !chat.IsPrivate() && user != nil {
		key += ":user:" + strconv.FormatInt(user.ID, 10)
	}
	return key
}
