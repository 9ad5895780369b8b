package telegram

import (
	"os"
	"path/filepath"
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

// FuzzJournal reads any file as a queue file, directly: it never fails on
// a line it cannot read, returns each pending update once, in order, and
// reads back the same after its rewrite.
func FuzzJournal(f *testing.F) {
	f.Add([]byte("{\"taken\":7}\n{\"update\":{\"update_id\":5,\"message\":{\"message_id\":1,\"date\":0,\"text\":\"Q\"}}}\n{\"done\":5}\n"))
	f.Add([]byte("{\"update\":{\"update_id\":3}}\n{\"update\":{\"update_id\":2}}\n{\"done\": 2"))
	f.Add([]byte("\x00\xff\n\n{}\n"))
	f.Fuzz(func(t *testing.T, content []byte) {
		path := filepath.Join(t.TempDir(), "queue")
		if err := os.WriteFile(path, content, 0o600); err != nil {
			t.Fatal(err)
		}
		j, pending, _, err := openJournal(path)
		if err != nil {
			t.Fatalf("a queue file's content made it unusable: %v", err)
		}
		defer j.close()
		for i := 1; i < len(pending); i++ {
			if pending[i-1].UpdateID >= pending[i].UpdateID {
				t.Fatalf("pending updates out of order or repeated: %d then %d", pending[i-1].UpdateID, pending[i].UpdateID)
			}
		}
		for _, u := range pending {
			if u.UpdateID <= 0 || u.UpdateID > j.highest() {
				t.Errorf("pending update %d, highest taken %d", u.UpdateID, j.highest())
			}
		}
		j.close()
		j2, again, skipped, err := openJournal(path)
		if err != nil || skipped != 0 || len(again) != len(pending) || j2.highest() != j.highest() {
			t.Fatalf("the rewritten file reads back %d updates (%d skipped, %v), highest %d; want %d, %d", len(again), skipped, err, j2.highest(), len(pending), j.highest())
		}
		j2.close()
	})
}
