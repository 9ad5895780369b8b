package telegram

import (
	"strings"
	"testing"
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// FuzzRoute calls the router directly (no recover in between) on a
// message whose text and two entities the fuzzer chooses, in a group (where
// mentions matter) or a private chat.
func FuzzRoute(f *testing.F) {
	f.Add("@ourbot qui parle ?", "mention", 0, 7, "mention", 0, 7, false)
	f.Add("Dis @ourbot, qui ?", "mention", 4, 7, "text_mention", 5, 6, false)
	f.Add("/ask@ourbot Qui ?", "bot_command", 0, 11, "mention", 4, 7, true)
	f.Add("😀 @ourbot Qui ?", "mention", 3, 7, "mention", 2, 9, false)
	f.Add("@ourbot", "mention", 5, 40, "bot_command", -1, 3, false)
	self := tgbotapi.User{ID: botID, IsBot: true, UserName: botName}
	f.Fuzz(func(t *testing.T, text, type1 string, off1, len1 int, type2 string, off2, len2 int, private bool) {
		chat := groupChat(-1)
		if private {
			chat = privateChat(1)
		}
		m := &tgbotapi.Message{MessageID: 1, From: user(1), Chat: chat, Text: text, Entities: []tgbotapi.MessageEntity{
			{Type: type1, Offset: off1, Length: len1, User: &tgbotapi.User{ID: botID}},
			{Type: type2, Offset: off2, Length: len2},
		}}
		what, out := route(self, m)
		if what == ignore && out != "" {
			t.Errorf("ignored message with text %q", out)
		}
		if what == ask && strings.TrimSpace(out) == "" {
			t.Errorf("asked with an empty text")
		}
		if utf8.ValidString(text) && !utf8.ValidString(out) {
			t.Errorf("valid text %q routed to invalid UTF-8 %q", text, out)
		}
	})
}
