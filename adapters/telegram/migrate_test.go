package telegram

import (
	"context"
	"strings"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/citebot/citebot/adapters/classtest"
	"github.com/citebot/citebot/adapters/postgres"
	"github.com/citebot/citebot/adapters/postgres/pgtest"
	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/corpus"
)

// TestMigrationMovesSessionAndConversations: when a group becomes a
// supergroup (the service message), its open classroom session and each
// member's follow-up context continue in the supergroup, on a real bot
// over SQLite and over PostgreSQL.
func TestMigrationMovesSessionAndConversations(t *testing.T) {
	t.Run("SQLite", func(t *testing.T) { testMigration(t, classtest.NewBot(t)) })
	t.Run("PostgreSQL", func(t *testing.T) {
		store, err := postgres.Open(context.Background(), pgtest.URL(t))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = store.Close() })
		base, err := knowledge.Load(corpus.FS())
		if err != nil {
			t.Fatal(err)
		}
		testMigration(t, bot.New(base, bot.Options{Store: store}))
	})
}

func testMigration(t *testing.T, b *bot.Bot) {
	hs := start(t, nil, func(o *Options) { o.Handler = b; o.Rooms = b })
	const teacherID, studentID, newcomerID = 1, 8, 9
	hs.fake.mu.Lock()
	hs.fake.admins[teacherID] = true
	hs.fake.mu.Unlock()
	group := &tgbotapi.Chat{ID: -9, Type: "group"}
	super := &tgbotapi.Chat{ID: -1009, Type: "supergroup"}
	hs.unpaced(group.ID, super.ID)
	send := func(chat *tgbotapi.Chat, from int64, text string) string {
		t.Helper()
		hs.fake.push(t, tgbotapi.Update{Message: textMsg(1, chat, user(from), text)})
		return hs.fake.nextSent(t).form.Get("text")
	}
	if got := send(group, teacherID, "/session start Migration"); !strings.Contains(got, "ouverte") {
		t.Fatalf("/session start: %s", got)
	}
	if got := send(group, studentID, "/question Qui est William Nee ?"); !strings.Contains(got, "William Nee") {
		t.Fatalf("the first question: %s", got)
	}
	const followUp = "/plus"
	alone := send(super, newcomerID, followUp)

	hs.fake.push(t, tgbotapi.Update{Message: &tgbotapi.Message{MessageID: 2, Chat: group, From: user(teacherID), MigrateToChatID: super.ID}})
	followed := send(super, studentID, followUp)
	if followed == alone || !strings.Contains(followed, "William Nee") {
		t.Errorf("the follow-up in the supergroup did not follow the group's conversation:\n%s\nwithout context:\n%s", followed, alone)
	}
	send(super, newcomerID, "/question Qui est Lu Wei ?")
	if got := send(super, teacherID, "/session"); !strings.Contains(got, "Séance « Migration » en cours") || !strings.Contains(got, "2 question(s)") {
		t.Errorf("the supergroup's /session: %s", got)
	}
	if got := send(group, teacherID, "/session"); !strings.Contains(got, "Aucune séance") {
		t.Errorf("the old group still has the session: %s", got)
	}
	if got := send(super, teacherID, "/session fin"); !strings.Contains(got, "Questions posées : 2") {
		t.Errorf("the summary in the supergroup: %s", got)
	}
}

// TestMigrationBySendRefusal: a refused send that names the supergroup
// moves the session too (no service message came).
func TestMigrationBySendRefusal(t *testing.T) {
	hs, group := sessionGroup(t)
	super := &tgbotapi.Chat{ID: -1009, Type: "supergroup"}
	hs.fake.push(t, tgbotapi.Update{Message: textMsg(1, group, user(1), "/session start Refus")})
	hs.fake.nextSent(t)
	hs.fake.fail("sendMessage", migrationRefusal)
	hs.fake.push(t, tgbotapi.Update{Message: textMsg(2, group, user(8), "/question Qui est Lu Wei ?")})
	if got := hs.fake.nextSent(t).form.Get("chat_id"); got != "-1009" {
		t.Fatalf("answer sent to %s, want the supergroup", got)
	}
	hs.fake.push(t, tgbotapi.Update{Message: textMsg(3, super, user(1), "/session")})
	if got := hs.fake.nextSent(t).form.Get("text"); !strings.Contains(got, "Séance « Refus » en cours") {
		t.Errorf("the supergroup's /session after the refused send: %s", got)
	}
}

// TestMigrationMovesQuizPolls: a vote on a poll sent to the old group
// counts in the supergroup's session.
func TestMigrationMovesQuizPolls(t *testing.T) {
	var p quizPolls
	p.byID = map[string]pollRound{
		"p1": {chat: tgbotapi.Chat{ID: -9, Type: "group"}, item: "q1"},
		"p2": {chat: tgbotapi.Chat{ID: -5, Type: "group"}, item: "q2"},
	}
	p.move(-9, -1009)
	if got := p.byID["p1"].chat; got.ID != -1009 || got.IsPrivate() {
		t.Errorf("the old group's poll is in chat %+v; want the supergroup -1009", got)
	}
	if got := p.byID["p2"].chat.ID; got != -5 {
		t.Errorf("another group's poll moved to %d", got)
	}
}

// TestMigrationByDocumentRefusal: a session's export refused because the
// group became a supergroup is sent to the supergroup, every file of it.
func TestMigrationByDocumentRefusal(t *testing.T) {
	hs, group := sessionGroup(t)
	for i, text := range []string{"/session start Refus", "/question Qui est Lu Wei ?", "/session fin"} {
		hs.fake.push(t, tgbotapi.Update{Message: textMsg(i+1, group, user(1), text)})
		hs.fake.nextSent(t)
	}
	hs.fake.fail("sendDocument", migrationRefusal)
	hs.fake.push(t, tgbotapi.Update{Message: textMsg(4, group, user(1), "/session export")})
	hs.fake.nextSent(t)
	for range 2 {
		if d := hs.fake.nextDoc(t); d.chat != "-1009" {
			t.Errorf("%s sent to chat %s, want the supergroup -1009", d.name, d.chat)
		}
	}
}

// sessionGroup starts an adapter with a bot that keeps sessions, and a
// group (-9) whose user 1 is an administrator.
func sessionGroup(t *testing.T) (*harness, *tgbotapi.Chat) {
	t.Helper()
	b := classtest.NewBot(t)
	hs := start(t, nil, func(o *Options) { o.Handler = b; o.Rooms = b })
	hs.fake.mu.Lock()
	hs.fake.admins[1] = true
	hs.fake.mu.Unlock()
	return hs, &tgbotapi.Chat{ID: -9, Type: "group"}
}

// migrationRefusal is Telegram's answer to a call for a group that became
// the supergroup -1009.
var migrationRefusal = scripted{400, `{"ok":false,"error_code":400,"description":"Bad Request: group chat was upgraded to a supergroup chat","parameters":{"migrate_to_chat_id":-1009}}`}
