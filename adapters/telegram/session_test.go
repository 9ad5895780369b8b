package telegram

import (
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/citebot/citebot/adapters/classtest"
)

// sentFile is one document the adapter uploaded.
type sentFile struct {
	chat string
	name string
	data []byte
}

// chatMember answers getChatMember: an administrator for the members in
// f.admins, a plain member for the others.
func (f *fakeAPI) chatMember(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.PostForm.Get("user_id"), 10, 64)
	f.mu.Lock()
	status := "member"
	if f.admins[id] {
		status = "administrator"
	}
	f.mu.Unlock()
	writeAPI(w, 200, fmt.Sprintf(`{"ok":true,"result":{"status":%q,"user":{"id":%d,"is_bot":false,"first_name":"U"}}}`, status, id))
}

// document receives a sendDocument upload.
func (f *fakeAPI) document(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(10 << 20); err != nil {
		writeAPI(w, 400, `{"ok":false,"error_code":400,"description":"bad upload"}`)
		return
	}
	file, hdr, err := r.FormFile("document")
	if err != nil {
		writeAPI(w, 400, `{"ok":false,"error_code":400,"description":"no document"}`)
		return
	}
	data, _ := io.ReadAll(file)
	f.docs <- sentFile{chat: r.FormValue("chat_id"), name: hdr.Filename, data: data}
	writeAPI(w, 200, `{"ok":true,"result":{"message_id":1,"date":0,"chat":{"id":1,"type":"supergroup"}}}`)
}

func (f *fakeAPI) nextDoc(t *testing.T) sentFile {
	t.Helper()
	select {
	case d := <-f.docs:
		return d
	case <-time.After(20 * time.Second):
		t.Fatal("no sendDocument reached the fake Bot API")
		return sentFile{}
	}
}

func (f *fakeAPI) nextToast(t *testing.T) string {
	t.Helper()
	select {
	case v := <-f.toasts:
		return v.Get("text")
	case <-time.After(20 * time.Second):
		t.Fatal("no notification answered the button press")
		return ""
	}
}

// inlineButtons reads the inline keyboard of a sent message.
func inlineButtons(t *testing.T, c call) map[string]string {
	t.Helper()
	raw := c.form.Get("reply_markup")
	out := map[string]string{}
	for _, part := range strings.Split(raw, `"text":"`)[1:] {
		label, rest, _ := strings.Cut(part, `"`)
		_, data, _ := strings.Cut(rest, `"callback_data":"`)
		data, _, _ = strings.Cut(data, `"`)
		out[label] = data
	}
	return out
}

// TestClassSession runs the whole class in a Telegram group through the
// real client and the fake Bot API: an admin starts and ends the session,
// five members ask and press 👍 or 👎, the export arrives as two documents.
func TestClassSession(t *testing.T) {
	b := classtest.NewBot(t)
	hs := start(t, nil, func(o *Options) { o.Handler = b })
	const teacherID = 1
	hs.fake.mu.Lock()
	hs.fake.admins[teacherID] = true
	hs.fake.mu.Unlock()
	group := groupChat(-100500)
	hs.unpaced(group.ID)
	students := map[string]*tgbotapi.User{}
	for i, name := range classtest.Students {
		students[name] = &tgbotapi.User{ID: int64(11 + i), FirstName: name}
	}
	msgID := 0
	send := func(from *tgbotapi.User, text string) call {
		t.Helper()
		msgID++
		hs.fake.push(t, tgbotapi.Update{Message: textMsg(msgID, group, from, text)})
		return hs.fake.nextSent(t)
	}
	teacher := &tgbotapi.User{ID: teacherID, FirstName: "Mme", LastName: "Durand"}

	// A student cannot start it.
	if c := send(students["Lina"], "/session start Pirates"); !strings.Contains(c.form.Get("text"), "Seuls les enseignants") {
		t.Fatalf("a student's /session start: %s", c.form.Get("text"))
	}
	if c := send(teacher, "/session start "+classtest.Title); !strings.Contains(c.form.Get("text"), "ouverte") {
		t.Fatalf("the admin's /session start: %s", c.form.Get("text"))
	}
	seen := make([]classtest.Observed, len(classtest.Script))
	for i, q := range classtest.Script {
		from := students[q.Student]
		c := send(from, "@"+botName+" "+q.Question)
		seen[i] = classtest.Observe(c.form.Get("text"))
		buttons := inlineButtons(t, c)
		if seen[i].Answered != (buttons["👍"] != "") {
			t.Errorf("question %d: 👍 button %q, answered %v", i+1, buttons["👍"], seen[i].Answered)
		}
		if q.Vote == 0 || !seen[i].Answered {
			continue
		}
		data := buttons[map[int]string{1: "👍", -1: "👎"}[q.Vote]]
		sentID, _ := strconv.Atoi(c.form.Get("reply_to_message_id"))
		botMsg := &tgbotapi.Message{MessageID: 5000 + i, Chat: group, From: &tgbotapi.User{ID: botID, IsBot: true},
			ReplyToMessage: &tgbotapi.Message{MessageID: sentID, From: from, Chat: group}}
		hs.fake.push(t, tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{ID: fmt.Sprint("cb", i), From: from, Message: botMsg, Data: data}})
		if toast := hs.fake.nextToast(t); !strings.Contains(toast, "Merci") {
			t.Errorf("question %d: the vote's notification: %q", i+1, toast)
		}
		seen[i].Voted = q.Vote
	}
	if c := send(students["Hugo"], "/session fin"); !strings.Contains(c.form.Get("text"), "Seuls les enseignants") {
		t.Errorf("a student's /session fin: %s", c.form.Get("text"))
	}
	summary := send(teacher, "/session fin").form.Get("text")
	if !strings.Contains(summary, "Questions posées : 20 par 5 élève(s)") {
		t.Errorf("the summary in the group: %s", summary)
	}
	send(teacher, "/session export")
	files := map[string][]byte{}
	for range 2 {
		d := hs.fake.nextDoc(t)
		if d.chat != strconv.FormatInt(group.ID, 10) {
			t.Errorf("export sent to chat %s, want the group", d.chat)
		}
		files[filepath.Ext(d.name)] = d.data
	}
	classtest.Check(t, seen, files[".csv"], files[".md"])
	for _, s := range classtest.Students {
		if strings.Contains(string(files[".csv"]), s) {
			t.Errorf("%s's name is in the export although names were off", s)
		}
	}
}

// TestSessionCommandWhenAdminsUnknown: when Telegram cannot say who is an
// administrator, a session command is refused (politely), not run.
func TestSessionCommandWhenAdminsUnknown(t *testing.T) {
	b := classtest.NewBot(t)
	hs := start(t, nil, func(o *Options) { o.Handler = b })
	hs.fake.fail("getChatMember", scripted{400, `{"ok":false,"error_code":400,"description":"Bad Request: member not found"}`})
	hs.fake.mu.Lock()
	hs.fake.admins[1] = true
	hs.fake.mu.Unlock()
	group := groupChat(-100600)
	hs.fake.push(t, tgbotapi.Update{Message: textMsg(1, group, &tgbotapi.User{ID: 1, FirstName: "Prof"}, "/session start")})
	if text := hs.fake.nextSent(t).form.Get("text"); !strings.Contains(text, "Seuls les enseignants") {
		t.Errorf("with getChatMember failing: %q", text)
	}
	// Once Telegram answers again, the admin may.
	hs.fake.push(t, tgbotapi.Update{Message: textMsg(2, group, &tgbotapi.User{ID: 1, FirstName: "Prof"}, "/session start")})
	if text := hs.fake.nextSent(t).form.Get("text"); !strings.Contains(text, "ouverte") {
		t.Errorf("with getChatMember answering: %q", text)
	}
}
