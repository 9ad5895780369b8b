package telegram

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/citebot/citebot/bot"
)

// TestMenusPerScopeAndLanguage: setMyCommands is published for private
// chats, groups and group administrators, in French (the default and fr)
// and English, the session command for administrators only; and the
// descriptions are set.
func TestMenusPerScopeAndLanguage(t *testing.T) {
	hs := start(t, echo)
	hs.fake.waitCall(t, "setMyShortDescription")
	type key struct{ scope, lang string }
	got := map[key][]string{}
	for _, c := range hs.fake.callsOf("setMyCommands") {
		var scope struct {
			Type string `json:"type"`
		}
		var cmds []tgbotapi.BotCommand
		if err := json.Unmarshal([]byte(c.form.Get("scope")), &scope); err != nil {
			t.Fatalf("scope %q: %v", c.form.Get("scope"), err)
		}
		if err := json.Unmarshal([]byte(c.form.Get("commands")), &cmds); err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, cmd := range cmds {
			names = append(names, cmd.Command)
			if cmd.Description == "" {
				t.Errorf("/%s has no description", cmd.Command)
			}
		}
		got[key{scope.Type, c.form.Get("language_code")}] = names
	}
	french := []string{"question", "sources", "citer", "quiz", "classement", "aide"}
	english := []string{"ask", "sources", "quote", "quiz", "score", "help"}
	want := map[key][]string{
		{"default", ""}: french, {"default", "fr"}: french, {"default", "en"}: english,
		{"all_private_chats", ""}: append(french, "session"), {"all_private_chats", "en"}: append(english, "session"),
		{"all_group_chats", ""}: french, {"all_group_chats", "fr"}: french, {"all_group_chats", "en"}: english,
		{"all_chat_administrators", ""}: append(french, "session"), {"all_chat_administrators", "fr"}: append(french, "session"),
		{"all_chat_administrators", "en"}: append(english, "session"),
	}
	for k, w := range want {
		if !slices.Equal(got[k], w) {
			t.Errorf("menu %v = %q, want %q", k, got[k], w)
		}
	}
	descs := hs.fake.callsOf("setMyDescription")
	if len(descs) != 2 || !strings.Contains(descs[0].form.Get("description")+descs[1].form.Get("description"), "citant mot pour mot") {
		t.Errorf("setMyDescription calls: %v", descs)
	}
	// Every name in the menus is a command the bot answers in a group.
	for _, names := range got {
		for _, n := range names {
			m := textMsg(1, groupChat(-5), user(5), "/"+n+" Qui ?")
			if what, _ := route(tgbotapi.User{ID: botID, UserName: botName}, m); what == ignore {
				t.Errorf("/%s from the menu is ignored in a group", n)
			}
		}
	}
}

// TestDeepLinkAsksItsQuestion: t.me/ourbot?start=<payload> asks the
// question the payload carries; a bare /start, or a payload that is not
// one, gives the help.
func TestDeepLinkAsksItsQuestion(t *testing.T) {
	link, ok := DeepLink(botName, "Qui a parlé de « force du bien » ?")
	if !ok {
		t.Fatal("no link for a short question")
	}
	payload := strings.TrimPrefix(link, "https://t.me/"+botName+"?start=")
	if payload == link || len(payload) > 64 || strings.Trim(payload, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") != "" {
		t.Fatalf("link %s: bad payload", link)
	}
	if _, ok := DeepLink(botName, strings.Repeat("très longue question ", 10)); ok {
		t.Error("a link for a question past 64 characters of payload")
	}
	hs := start(t, echo)
	hs.fake.push(t, dm(51, "/start "+payload))
	hs.fake.nextSent(t)
	hs.fake.push(t, dm(52, "/start"))
	hs.fake.nextSent(t)
	hs.fake.push(t, dm(53, "/start %%%"))
	hs.fake.nextSent(t)
	var texts []string
	for _, m := range hs.h.seen() {
		texts = append(texts, m.Text)
	}
	if want := []string{"Qui a parlé de « force du bien » ?", "/aide", "/aide"}; !slices.Equal(texts, want) {
		t.Errorf("handler saw %q, want %q", texts, want)
	}
}

// TestInlineQueryAnsweredWithQuoteCards: "@ourbot question" is answered
// with one article result per citation, whose message links the source;
// an empty query or an abstention gets no results.
func TestInlineQueryAnsweredWithQuoteCards(t *testing.T) {
	hs := start(t, func(m bot.Message) bot.Reply {
		if m.Text == "Capitale de l'Australie ?" {
			return bot.Reply{Kind: bot.KindAbstain, Text: "Je ne sais pas.", Body: "Je ne sais pas."}
		}
		return bot.Reply{Kind: bot.KindAnswer, Answered: true, Answer: "William Hague", Body: "William Hague.",
			Citations: []bot.Citation{
				{Article: "a1", Title: "Syrie", Paragraph: 2, Sentence: 3, Quote: "« Nous agirons », a dit William Hague.", URL: "https://example.org/syrie?a=1&b=2", Date: "2011-05-26"},
				{Article: "a2", Title: "G8", Paragraph: 1, Sentence: 1, Quote: "Une autre phrase."},
			}}
	})
	hs.fake.push(t, tgbotapi.Update{InlineQuery: &tgbotapi.InlineQuery{ID: "iq-1", From: user(61), Query: "Qui a dit « nous agirons » ?"}})
	hs.fake.waitCall(t, "answerInlineQuery")
	c := hs.fake.callsOf("answerInlineQuery")[0]
	if c.form.Get("inline_query_id") != "iq-1" {
		t.Errorf("inline_query_id = %q", c.form.Get("inline_query_id"))
	}
	var results []struct {
		Type    string `json:"type"`
		ID      string `json:"id"`
		Title   string `json:"title"`
		Desc    string `json:"description"`
		URL     string `json:"url"`
		Content struct {
			Text      string `json:"message_text"`
			ParseMode string `json:"parse_mode"`
		} `json:"input_message_content"`
	}
	if err := json.Unmarshal([]byte(c.form.Get("results")), &results); err != nil {
		t.Fatalf("results %q: %v", c.form.Get("results"), err)
	}
	if len(results) != 2 || results[0].Type != "article" || results[0].Title != "Syrie" || results[1].Title != "G8" || results[0].ID == results[1].ID {
		t.Fatalf("results = %+v", results)
	}
	card := results[0].Content.Text
	for _, want := range []string{`<a href="https://example.org/syrie?a=1&amp;b=2">Syrie</a>`, "<blockquote>", "(2011-05-26)", "William Hague."} {
		if !strings.Contains(card, want) {
			t.Errorf("card %q lacks %q", card, want)
		}
	}
	if results[0].Content.ParseMode != "HTML" || !strings.Contains(results[0].Desc, "Nous agirons") || strings.Contains(results[1].Content.Text, "<a ") {
		t.Errorf("results = %+v", results)
	}
	if m := hs.h.seen()[0]; m.Text != "Qui a dit « nous agirons » ?" || m.Conversation != "telegram:inline:61" {
		t.Errorf("handler saw %+v", m)
	}

	for n, q := range []string{"", "Capitale de l'Australie ?", "Qui a dit"} {
		hs.fake.push(t, tgbotapi.Update{InlineQuery: &tgbotapi.InlineQuery{ID: "iq-empty", From: user(61), Query: q}})
		hs.fake.waitCall(t, "answerInlineQuery")
		c := hs.fake.callsOf("answerInlineQuery")[n+1]
		if got := c.form.Get("results"); got != "[]" {
			t.Errorf("query %q: results %s, want none", q, got)
		}
		// An unfinished query offers to ask in private, by a deep link.
		if unfinished := q != "Capitale de l'Australie ?"; unfinished != (c.form.Get("switch_pm_parameter") != "") {
			t.Errorf("query %q: switch_pm_parameter %q", q, c.form.Get("switch_pm_parameter"))
		}
	}
	if got := hs.fake.callsOf("answerInlineQuery")[3].form.Get("switch_pm_parameter"); startText(got) != "Qui a dit" {
		t.Errorf("the unfinished query's payload %q asks %q", got, startText(got))
	}
	if n := len(hs.h.seen()); n != 2 {
		t.Errorf("the handler was asked %d times, want 2 (finished questions only)", n)
	}
}

// TestInlineCardSaysUnsure: the card of an answer the bot is not sure of
// carries the reply's words that say so, not the bare short answer.
func TestInlineCardSaysUnsure(t *testing.T) {
	hs := start(t, func(m bot.Message) bot.Reply {
		return bot.Reply{Kind: bot.KindAnswer, Answered: true, Answer: "vendredi", Body: "Je n'en suis pas sûr : vendredi.", Unsure: true,
			Citations: []bot.Citation{{Article: "a1", Title: "Chine", Paragraph: 5, Sentence: 3, Quote: "Cette conférence s'achèvera vendredi."}}}
	})
	hs.fake.push(t, tgbotapi.Update{InlineQuery: &tgbotapi.InlineQuery{ID: "iq-1", From: user(61), Query: "Quand finit la conférence ?"}})
	hs.fake.waitCall(t, "answerInlineQuery")
	var results []struct {
		Content struct {
			Text string `json:"message_text"`
		} `json:"input_message_content"`
	}
	if err := json.Unmarshal([]byte(hs.fake.callsOf("answerInlineQuery")[0].form.Get("results")), &results); err != nil || len(results) != 1 {
		t.Fatalf("results: %v, %+v", err, results)
	}
	if card := results[0].Content.Text; !strings.Contains(card, "pas sûr : vendredi") {
		t.Errorf("card %q does not say the bot is not sure", card)
	}
}

// TestCallbackAcknowledgedAtOnce: a button press in a chat whose queue is
// busy answering a slow question is acknowledged while that answer is
// still being computed, before anything is sent.
func TestCallbackAcknowledgedAtOnce(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{}, 1)
	hs := start(t, func(m bot.Message) bot.Reply {
		if m.Text == "lente" {
			started <- struct{}{}
			<-release
		}
		return echo(m)
	})
	chat := privateChat(71)
	hs.fake.push(t, dm(71, "lente"))
	select {
	case <-started:
	case <-time.After(20 * time.Second):
		t.Fatal("the slow question never reached the handler")
	}
	hs.fake.push(t, tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{
		ID: "cb-9", From: user(71), Data: "/plus",
		Message: &tgbotapi.Message{MessageID: 90, Chat: chat, From: &tgbotapi.User{ID: botID, IsBot: true}},
	}})
	hs.fake.waitCall(t, "answerCallbackQuery")
	if n := len(hs.fake.callsOf("sendMessage")); n != 0 {
		t.Errorf("%d messages sent before the acknowledgement", n)
	}
	close(release)
	hs.fake.nextSent(t)
	hs.fake.nextSent(t)
}

// TestGroupMigrationFollowed: a message refused because the group became
// a supergroup goes to the supergroup.
func TestGroupMigrationFollowed(t *testing.T) {
	fake := newFakeAPI(t)
	fake.fail("sendMessage", scripted{400, `{"ok":false,"error_code":400,"description":"Bad Request: group chat was upgraded to a supergroup chat","parameters":{"migrate_to_chat_id":-1009}}`})
	hs := startOn(t, fake, echo)
	hs.fake.push(t, tgbotapi.Update{Message: textMsg(3, &tgbotapi.Chat{ID: -9, Type: "group"}, user(8), "/question Qui ?")})
	if got := hs.fake.nextSent(t).form.Get("chat_id"); got != "-1009" {
		t.Errorf("answer sent to %s, want the supergroup -1009", got)
	}
}
