package telegram

import (
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/citebot/citebot/bot"
)

func TestRoute(t *testing.T) {
	self := tgbotapi.User{ID: botID, IsBot: true, UserName: botName}
	dmChat, group := privateChat(1), groupChat(-1)
	u := user(1)
	fromBot := &tgbotapi.Message{MessageID: 9, From: &tgbotapi.User{ID: botID, IsBot: true}, Chat: group}
	reply := func(m *tgbotapi.Message, to *tgbotapi.Message) *tgbotapi.Message { m.ReplyToMessage = to; return m }
	// "😀 @ourbot Qui ?": the emoji is two UTF-16 units, so the mention
	// starts at unit 3, byte 5.
	emoji := &tgbotapi.Message{MessageID: 3, From: u, Chat: group, Text: "😀 @ourbot Qui ?",
		Entities: []tgbotapi.MessageEntity{{Type: "mention", Offset: 3, Length: 7}}}
	textMention := &tgbotapi.Message{MessageID: 4, From: u, Chat: group, Text: "Citebot, qui parle ?",
		Entities: []tgbotapi.MessageEntity{{Type: "text_mention", Offset: 0, Length: 7, User: &tgbotapi.User{ID: botID}}}}

	tests := []struct {
		name string
		m    *tgbotapi.Message
		want intent
		text string
	}{
		{"dm question", textMsg(1, dmChat, u, "Qui est Lu Wei ?"), ask, "Qui est Lu Wei ?"},
		{"dm mention stripped", textMsg(1, dmChat, u, "@ourbot Qui ?"), ask, "Qui ?"},
		{"dm mention alone", textMsg(1, dmChat, u, "@ourbot"), ask, "/aide"},
		{"dm start", textMsg(1, dmChat, u, "/start"), ask, "/aide"},
		{"dm help", textMsg(1, dmChat, u, "/help"), ask, "/aide"},
		{"dm ask", textMsg(1, dmChat, u, "/ask Qui ?"), ask, "Qui ?"},
		{"dm ask alone", textMsg(1, dmChat, u, "/ask"), prompt, ""},
		{"dm quote", textMsg(1, dmChat, u, "/quote  David Cameron"), ask, "/quote David Cameron"},
		{"dm sources", textMsg(1, dmChat, u, "/sources"), ask, "/sources"},
		{"dm unknown command goes to the bot", textMsg(1, dmChat, u, "/meteo 4B"), ask, "/meteo 4B"},
		{"dm class code", textMsg(1, dmChat, u, "/classe k7p2qx"), class, "k7p2qx"},
		{"dm class link", textMsg(1, dmChat, u, "/start classe_K7P2QX"), join, "K7P2QX"},
		{"dm command for another bot", textMsg(1, dmChat, u, "/ask@otherbot Qui ?"), ignore, ""},
		{"dm blank", textMsg(1, dmChat, u, "   "), ignore, ""},
		{"group chatter", textMsg(1, group, u, "Bonjour tout le monde"), ignore, ""},
		{"group ask ours", textMsg(1, group, u, "/ask@ourbot Qui ?"), ask, "Qui ?"},
		{"group ask ours, other case", textMsg(1, group, u, "/ask@OURBOT Qui ?"), ask, "Qui ?"},
		{"group ask bare", textMsg(1, group, u, "/ask Qui ?"), ask, "Qui ?"},
		{"group ask other bot", textMsg(1, group, u, "/ask@otherbot Qui ?"), ignore, ""},
		{"group unknown bare command", textMsg(1, group, u, "/roll 2d6"), ignore, ""},
		{"group unknown command for us", textMsg(1, group, u, "/roll@ourbot"), ask, "/roll"},
		{"group mention", textMsg(1, group, u, "Dis @ourbot, qui ?"), ask, "Dis, qui ?"},
		{"group other mention", textMsg(1, group, u, "@someone qui ?"), ignore, ""},
		{"group mention after emoji", emoji, ask, "😀 Qui ?"},
		{"group text mention", textMention, ask, "qui parle ?"},
		{"group mention first", textMsg(1, group, u, "@ourbot : qui ?"), ask, "qui ?"},
		{"group reply to bot", reply(textMsg(1, group, u, "Et lui ?"), fromBot), ask, "Et lui ?"},
		{"group reply to someone", reply(textMsg(1, group, u, "Et lui ?"), textMsg(2, group, user(2), "x")), ignore, ""},
		{"from a bot", textMsg(1, dmChat, &tgbotapi.User{ID: 5, IsBot: true}, "Qui ?"), ignore, ""},
		{"no sender", &tgbotapi.Message{Chat: dmChat, Text: "Qui ?"}, ignore, ""},
		{"no chat", &tgbotapi.Message{From: u, Text: "Qui ?"}, ignore, ""},
		{"nil", nil, ignore, ""},
		// Defect 2 of issue 7: the same mention entity listed twice
		// panicked (slice bounds out of range).
		{"mention entity twice", &tgbotapi.Message{From: u, Chat: group, Text: "@ourbot qui parle ?",
			Entities: []tgbotapi.MessageEntity{{Type: "mention", Offset: 0, Length: 7}, {Type: "mention", Offset: 0, Length: 7}}}, ask, "qui parle ?"},
		{"overlapping mentions", &tgbotapi.Message{From: u, Chat: group, Text: "Dis @ourbot, qui ?",
			Entities: []tgbotapi.MessageEntity{{Type: "mention", Offset: 4, Length: 7}, {Type: "text_mention", Offset: 5, Length: 6, User: &tgbotapi.User{ID: botID}}}}, ask, "Dis, qui ?"},
		// Found by FuzzRoute: a bot_command entity over text that does not
		// start with "/" sliced inside a character.
		{"command entity without a slash", &tgbotapi.Message{From: u, Chat: dmChat, Text: "϶k/ask Qui ?",
			Entities: []tgbotapi.MessageEntity{{Type: "bot_command", Offset: 0, Length: 2}}}, ask, "϶k/ask Qui ?"},
		{"bad entity", &tgbotapi.Message{From: u, Chat: group, Text: "@ourbot",
			Entities: []tgbotapi.MessageEntity{{Type: "mention", Offset: 5, Length: 40}}}, ignore, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			what, text := route(self, tt.m)
			if what != tt.want || text != tt.text {
				t.Errorf("route = %v %q, want %v %q", what, text, tt.want, tt.text)
			}
		})
	}
}

func TestConversationKeys(t *testing.T) {
	if got := conversation(privateChat(42), user(42)); got != "telegram:chat:42" {
		t.Errorf("private: %q", got)
	}
	if got := conversation(groupChat(-100), user(7)); got != "telegram:chat:-100:user:7" {
		t.Errorf("group: %q", got)
	}
}

func BenchmarkRenderHTML(b *testing.B) {
	r := echo(bot.Message{Text: "Qui ?"})
	for range 40 {
		r.Body += "Une phrase assez longue pour remplir le message, avec A & B < C. "
	}
	for range 5 {
		r.Citations = append(r.Citations, r.Citations[0])
	}
	for b.Loop() {
		renderHTML(r, MaxMessageLength)
	}
}
