package telegram

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/citebot/citebot/adapters/classtest"
	"github.com/citebot/citebot/adapters/platform"
	"github.com/citebot/citebot/bot"
)

// TestDeepLinkJoinsWebClass: a student opens t.me/ourbot?start=classe_CODE
// of a class opened on the web, is told which session they joined, and
// their questions in the private chat are recorded in that session (as a
// student: /session fin is refused) until the teacher ends it, which the
// student is told: by the watcher, or by their next question if it comes
// first. A bad, unknown or ended code says so.
func TestDeepLinkJoinsWebClass(t *testing.T) {
	ctx := context.Background()
	b := classtest.NewBot(t)
	hs := start(t, nil, func(o *Options) { o.Handler = b; o.Classroom = b })
	const code = "K7P2QX"
	teacher := func(text string) bot.Reply {
		return b.Handle(ctx, bot.Message{Platform: "web", UserID: "prof", Room: platform.ClassRoom(code), Teacher: true, Text: text})
	}
	if r := teacher("/session start 3e B histoire"); r.Session == "" {
		t.Fatalf("the web teacher's /session start: %s", r.Text)
	}
	link := ClassLink(botName, code)
	payload := strings.TrimPrefix(link, "https://t.me/"+botName+"?start=")
	if payload == link || len(payload) > maxPayload || strings.Trim(payload, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") != "" {
		t.Fatalf("link %s: not a valid deep link", link)
	}
	const student, other = 71, 73
	sendAs := func(from int64, chat *tgbotapi.Chat, text string) string {
		t.Helper()
		hs.fake.push(t, tgbotapi.Update{Message: textMsg(1, chat, user(from), text)})
		return hs.fake.nextSent(t).form.Get("text")
	}
	send := func(chat *tgbotapi.Chat, text string) string {
		t.Helper()
		return sendAs(student, chat, text)
	}
	dmChat := privateChat(student)
	hs.unpaced(student, other)

	for _, tc := range []struct{ payload, want string }{
		{"classe_K7P2", "n'est pas un code de séance"},
		{"classe_", "n'est pas un code de séance"},
		{"classe_ZZZZZZ", "Aucune séance n'a le code ZZZZZZ"},
	} {
		if got := send(dmChat, "/start "+tc.payload); !strings.Contains(got, tc.want) {
			t.Errorf("/start %s: %q, want %q", tc.payload, got, tc.want)
		}
	}
	if got := send(groupChat(-700), "/start "+payload); !strings.Contains(got, "conversation privée") {
		t.Errorf("/start %s in a group: %q", payload, got)
	}

	got := send(dmChat, "/start "+payload)
	if got := sendAs(other, privateChat(other), "/start "+payload); !strings.Contains(got, "Vous avez rejoint") {
		t.Fatalf("the second student's join: %s", got)
	}
	for _, want := range []string{"Vous avez rejoint la séance « 3e B histoire » (code K7P2QX)", "pseudonyme", "quand l'enseignant la ferme"} {
		if !strings.Contains(got, want) {
			t.Errorf("the join message lacks %q:\n%s", want, got)
		}
	}
	if got := send(dmChat, "Qui est Lu Wei ?"); !strings.Contains(got, "Lu Wei") {
		t.Errorf("the question's answer: %s", got)
	}
	if got := send(dmChat, "/session fin"); !strings.Contains(got, "Seuls les enseignants") {
		t.Errorf("a joined student's /session fin: %s", got)
	}
	sess, err := b.LatestRoomSession(ctx, platform.ClassRoom(code))
	if err != nil || !sess.Open() {
		t.Fatalf("the class after the student: %+v, %v", sess, err)
	}
	es, err := b.SessionEntries(ctx, sess.ID, 0, 0)
	if err != nil || len(es) != 1 || es[0].Question != "Qui est Lu Wei ?" || !es[0].Answered {
		t.Fatalf("the class's entries: %+v, %v; want the student's question", es, err)
	}

	teacher("/session fin")
	hs.fake.push(t, tgbotapi.Update{Message: textMsg(1, dmChat, user(student), "Qui est Barack Obama ?")})
	if got := hs.fake.nextSent(t).form.Get("text"); !strings.Contains(got, "La séance « 3e B histoire » est terminée") {
		t.Errorf("after the class ended, the first message: %q", got)
	}
	hs.fake.nextSent(t) // the answer
	if es, _ := b.SessionEntries(ctx, sess.ID, 0, 0); len(es) != 1 {
		t.Errorf("%d entries after the class ended, want 1", len(es))
	}
	// The watcher tells the student who did not write since; the one
	// already told is not told twice.
	hs.a.closeEndedClasses(ctx)
	c := hs.fake.nextSent(t)
	if c.form.Get("chat_id") != "73" || !strings.Contains(c.form.Get("text"), "La séance « 3e B histoire » est terminée") {
		t.Errorf("the watcher sent %q to %s; want the end of the class to 73", c.form.Get("text"), c.form.Get("chat_id"))
	}
	hs.a.closeEndedClasses(ctx)
	if got := sendAs(other, privateChat(other), "/start"); strings.Contains(got, "terminée") {
		t.Errorf("the student was told twice: %s", got)
	}
	if got := send(dmChat, "/start "+payload); !strings.Contains(got, "est terminée") {
		t.Errorf("/start with an ended class's code: %q", got)
	}
}

// TestDeepLinkWithoutClassroom: without sessions a class link says so.
func TestDeepLinkWithoutClassroom(t *testing.T) {
	hs := start(t, echo)
	hs.fake.push(t, dm(72, "/start "+classPayload+"K7P2QX"))
	if got := hs.fake.nextSent(t).form.Get("text"); !strings.Contains(got, "ne sont pas ouvertes") {
		t.Errorf("a class link without sessions: %q", got)
	}
	if n := len(hs.h.seen()); n != 0 {
		t.Errorf("the handler saw %d messages", n)
	}
}

func TestJoinedClassesBounded(t *testing.T) {
	j := newJoinedClasses()
	for u := range int64(maxJoined + 10) {
		j.join(u, "K7P2QX")
	}
	if _, ok := j.of(0); ok {
		t.Error("the first join is still remembered past the bound")
	}
	if _, ok := j.of(maxJoined + 9); !ok {
		t.Error("the last join is forgotten")
	}
	if len(j.codes) != maxJoined {
		t.Errorf("%d joins remembered, want %d", len(j.codes), maxJoined)
	}
	// A student who left and joined again is remembered by the new join:
	// the old one, reaching the bound first, does not forget them.
	j.leave(10, "K7P2QX")
	j.join(10, "ABCDEF")
	for u := range int64(5) {
		j.join(-1-u, "K7P2QX")
	}
	if c, ok := j.of(10); !ok || c != "ABCDEF" {
		t.Errorf("the student who joined again: %q, %v; want ABCDEF", c, ok)
	}
	if len(j.order) > 2*len(j.codes)+maxJoined/10 {
		t.Errorf("%d joins in order for %d students", len(j.order), len(j.codes))
	}
}

// TestClassCommand: "/classe CODE" joins by the code typed (as on the
// board), "/classe" says where the student is, "/classe quitter" leaves:
// the next question is not recorded in the class.
func TestClassCommand(t *testing.T) {
	ctx := context.Background()
	b := classtest.NewBot(t)
	hs := start(t, nil, func(o *Options) { o.Handler = b; o.Classroom = b })
	const code, student = "B4RQ7Z", 81
	hs.unpaced(student)
	if r := b.Handle(ctx, bot.Message{Platform: "web", UserID: "prof", Room: platform.ClassRoom(code), Teacher: true, Text: "/session start 5e A"}); r.Session == "" {
		t.Fatalf("the web teacher's /session start: %s", r.Text)
	}
	send := func(text string) string {
		t.Helper()
		hs.fake.push(t, dm(student, text))
		return hs.fake.nextSent(t).form.Get("text")
	}
	for _, tc := range []struct{ text, want string }{
		{"/classe", "Vous n'êtes dans aucune séance"},
		{"/classe quitter", "Vous n'êtes dans aucune séance"},
		{"/classe b4rq7z", "Vous avez rejoint la séance « 5e A » (code B4RQ7Z)"},
		{"/classe", "Vous êtes dans la séance « 5e A » (code B4RQ7Z)"},
		{"Qui est Lu Wei ?", "Lu Wei"},
		{"/classe quitter", "Vous avez quitté la séance « 5e A »"},
		{"Qui est William Nee ?", "William Nee"},
		{"/classe", "Vous n'êtes dans aucune séance"},
		{"/classe 12", "n'est pas un code de séance"},
	} {
		if got := send(tc.text); !strings.Contains(got, tc.want) {
			t.Errorf("%s: %q, want %q", tc.text, got, tc.want)
		}
	}
	sess, err := b.LatestRoomSession(ctx, platform.ClassRoom(code))
	if err != nil {
		t.Fatal(err)
	}
	es, err := b.SessionEntries(ctx, sess.ID, 0, 0)
	if err != nil || len(es) != 1 || es[0].Question != "Qui est Lu Wei ?" {
		t.Errorf("the class's entries: %+v, %v; want only the question asked while in it", es, err)
	}
}

// TestClassMenuInPrivateChats: a bot that serves web classes lists
// /classe in private chats' menus (French and English), where a student
// runs it, and nowhere else; one without classes never lists it.
func TestClassMenuInPrivateChats(t *testing.T) {
	menus := func(hs *harness) map[string][]string {
		hs.fake.waitCall(t, "setMyShortDescription")
		got := map[string][]string{}
		for _, c := range hs.fake.callsOf("setMyCommands") {
			var cmds []tgbotapi.BotCommand
			if err := json.Unmarshal([]byte(c.form.Get("commands")), &cmds); err != nil {
				t.Fatal(err)
			}
			for _, cmd := range cmds {
				if cmd.Command == classCommand {
					got[c.form.Get("scope")] = append(got[c.form.Get("scope")], c.form.Get("language_code"))
				}
			}
		}
		return got
	}
	b := classtest.NewBot(t)
	with := menus(start(t, nil, func(o *Options) { o.Handler = b; o.Classroom = b }))
	if len(with) != 1 {
		t.Fatalf("/classe listed in scopes %v, want the private chats' only", with)
	}
	for scope, langs := range with {
		if !strings.Contains(scope, "all_private_chats") || len(langs) != len(menuLanguages) {
			t.Errorf("/classe listed in %s for languages %q, want all_private_chats in every language", scope, langs)
		}
	}
	if without := menus(start(t, echo)); len(without) != 0 {
		t.Errorf("a bot without classes lists /classe in %v", without)
	}
}
