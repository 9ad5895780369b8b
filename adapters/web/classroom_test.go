package web

import (
	"bufio"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/citebot/citebot/bot"
)

// newClassSite serves the bundled articles with a real bot whose sessions
// live in its memory store.
func newClassSite(t testing.TB, teacherKey func(string) bool) (*Site, *bot.Bot, *httptestServer) {
	t.Helper()
	base := loadBase(t)
	b := bot.New(base, bot.Options{})
	site, srv := newSite(t, Options{Base: base, Handler: b, Classroom: b, TeacherKey: teacherKey, Logger: slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))})
	t.Cleanup(site.Close)
	return site, b, srv
}

var profRE = regexp.MustCompile(`^/classe/([A-Z2-9]{6})/prof$`)

// openClass opens a session as a teacher and returns its room code.
func openClass(t *testing.T, c *client, title string, extra url.Values) string {
	t.Helper()
	c.get("/classe")
	form := url.Values{"titre": {title}}
	for k, v := range extra {
		form[k] = v
	}
	resp, body := c.post("/classe", form, false)
	m := profRE.FindStringSubmatch(resp.Header.Get("Location"))
	if resp.StatusCode != http.StatusSeeOther || m == nil {
		t.Fatalf("open a class: %d to %q\n%s", resp.StatusCode, resp.Header.Get("Location"), body)
	}
	return m[1]
}

var entryRE = regexp.MustCompile(`<li class="entry[^"]*" id="e(\d+)"`)

// boardOrder lists the entry ids of a board page, in order.
func boardOrder(page string) []string {
	var ids []string
	for _, m := range entryRE.FindAllStringSubmatch(page, -1) {
		ids = append(ids, m[1])
	}
	return ids
}

// askClass posts a student's question to the room and returns its entry.
func askClass(t *testing.T, c *client, code, q string) string {
	t.Helper()
	resp, body := c.post("/classe/"+code, url.Values{"q": {q}}, false)
	loc := resp.Header.Get("Location")
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, "/classe/"+code+"#e") {
		t.Fatalf("ask %q in class: %d to %q\n%.500s", q, resp.StatusCode, loc, body)
	}
	return strings.TrimPrefix(loc, "/classe/"+code+"#e")
}

func TestClassSession(t *testing.T) {
	_, _, srv := newClassSite(t, nil)
	teacher := newClient(t, srv)
	code := openClass(t, teacher, "3e B <b>", nil)
	_, prof := teacher.get("/classe/" + code + "/prof")
	if !strings.Contains(prof, "3e B") || !strings.Contains(prof, " : vue enseignant</h1>") || strings.Contains(prof, "<b>") ||
		!strings.Contains(prof, "Terminer la séance") {
		t.Fatalf("teacher page:\n%.1500s", prof)
	}

	student := newClient(t, srv)
	resp, _ := student.get("/classe/rejoindre?code=" + strings.ToLower(code) + "+")
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/classe/"+code {
		t.Fatalf("join with the code typed in lower case: %d %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	student.get("/classe/" + code)
	answered := askClass(t, student, code, question)
	open := askClass(t, student, code, "Quelle est la capitale de l'Australie ?")
	again := askClass(t, newClientWithPage(t, srv, "/classe/"+code), code, "qui est lu wei")
	_, board := student.get("/classe/" + code)
	if got := boardOrder(board); len(got) != 2 || got[0] != answered || got[1] != open {
		t.Errorf("board order %v, want [%s %s] (%s folds into %s)", got, answered, open, again, answered)
	}
	for _, want := range []string{"Qui est Lu Wei ?", "Posée 2 fois", "Selon Lu Wei", "Les articles ne répondent pas", `href="/articles/`} {
		if !strings.Contains(board, want) {
			t.Errorf("the board lacks %q", want)
		}
	}
	if strings.Contains(board, "/prof/question") {
		t.Error("a student's board shows the teacher's controls")
	}

	// Support orders the queue: two students want the open question.
	for _, c := range []*client{student, newClientWithPage(t, srv, "/classe/"+code)} {
		if resp, _ := c.post("/classe/"+code+"/soutien", url.Values{"question": {open}}, false); resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("support: %d", resp.StatusCode)
		}
	}
	_, board = student.get("/classe/" + code)
	if got := boardOrder(board); len(got) != 2 || got[0] != open {
		t.Errorf("after support the order is %v, want %s first", got, open)
	}
	if !strings.Contains(board, `aria-pressed="true"`) {
		t.Error("the student's own support is not shown")
	}

	// The teacher hides, pins, marks answered.
	for _, tt := range []struct {
		op, id string
		check  func(student, prof []string) bool
	}{
		{"masquer", open, func(s, p []string) bool { return len(s) == 1 && len(p) == 2 }},
		{"afficher", open, func(s, p []string) bool { return len(s) == 2 }},
		{"repondue", open, func(s, p []string) bool { return s[1] == open }},
		{"epingler", answered, func(s, p []string) bool { return s[0] == answered }},
	} {
		resp, body := teacher.post("/classe/"+code+"/prof/question", url.Values{"question": {tt.id}, "op": {tt.op}}, false)
		if resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("%s: %d\n%.300s", tt.op, resp.StatusCode, body)
		}
		_, sb := student.get("/classe/" + code)
		_, pb := teacher.get("/classe/" + code + "/prof")
		if !tt.check(boardOrder(sb), boardOrder(pb)) {
			t.Errorf("after %s %s: student board %v, teacher board %v", tt.op, tt.id, boardOrder(sb), boardOrder(pb))
		}
	}
	if resp, _ := student.post("/classe/"+code+"/prof/question", url.Values{"question": {answered}, "op": {"masquer"}}, false); resp.StatusCode != http.StatusForbidden {
		t.Errorf("a student hiding a question: %d, want 403", resp.StatusCode)
	}

	// Exports, then the end.
	for format, ctype := range map[string]string{"md": "text/markdown", "csv": "text/csv"} {
		resp, body := teacher.get("/classe/" + code + "/prof/export?format=" + format)
		if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), ctype) ||
			!strings.Contains(resp.Header.Get("Content-Disposition"), "attachment") || !strings.Contains(body, "Lu Wei") {
			t.Errorf("export %s: %d %s %q", format, resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Content-Disposition"))
		}
	}
	if resp, _ := student.get("/classe/" + code + "/prof/export?format=csv"); resp.StatusCode != http.StatusForbidden {
		t.Errorf("a student exporting: %d, want 403", resp.StatusCode)
	}
	if resp, _ := teacher.post("/classe/"+code+"/prof/fin", url.Values{}, false); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("end: %d", resp.StatusCode)
	}
	_, prof = teacher.get("/classe/" + code + "/prof")
	if !strings.Contains(prof, "Cette séance est terminée") || !strings.Contains(prof, "Bilan de la séance") || !strings.Contains(prof, "Australie") {
		t.Errorf("after the end the teacher's page has no summary:\n%.2000s", prof)
	}
	if resp, _ := student.post("/classe/"+code, url.Values{"q": {question}}, false); resp.StatusCode != http.StatusConflict {
		t.Errorf("a question after the end: %d, want 409", resp.StatusCode)
	}
}

// newClientWithPage is a new browser that has loaded path (and so holds a
// cookie and a form token).
func newClientWithPage(t *testing.T, srv *httptestServer, path string) *client {
	t.Helper()
	c := newClient(t, srv)
	c.get(path)
	return c
}

func TestTeacherAccess(t *testing.T) {
	keys := func(k string) bool { return k == "cle-secrete" }
	_, b, srv := newClassSite(t, keys)
	teacher := newClient(t, srv)
	teacher.get("/classe")
	if resp, _ := teacher.post("/classe", url.Values{"titre": {"x"}, "cle": {"mauvaise"}}, false); resp.StatusCode != http.StatusForbidden {
		t.Errorf("opening a class with a wrong key: %d, want 403", resp.StatusCode)
	}
	code := openClass(t, teacher, "Avec clé", url.Values{"cle": {"cle-secrete"}})

	other := newClientWithPage(t, srv, "/classe/"+code+"/prof")
	_, page := other.get("/classe/" + code + "/prof")
	if !strings.Contains(page, "Accès enseignant") || strings.Contains(page, "Terminer la séance") {
		t.Fatal("the teacher's page is open to anyone")
	}
	if resp, _ := other.post("/classe/"+code+"/prof", url.Values{"cle": {"devine"}}, false); resp.StatusCode != http.StatusForbidden {
		t.Errorf("a wrong secret: %d, want 403", resp.StatusCode)
	}
	secret, err := b.RoomSecret(context.Background(), roomPrefix+code)
	if err != nil {
		t.Fatal(err)
	}
	for _, cle := range []string{secret, "cle-secrete"} {
		c := newClientWithPage(t, srv, "/classe/"+code+"/prof")
		if resp, _ := c.post("/classe/"+code+"/prof", url.Values{"cle": {cle}}, false); resp.StatusCode != http.StatusSeeOther {
			t.Errorf("login with %q: %d", cle, resp.StatusCode)
		}
		if _, page := c.get("/classe/" + code + "/prof"); !strings.Contains(page, "Terminer la séance") {
			t.Errorf("after login with %q the teacher's page is closed", cle)
		}
	}
	for _, path := range []string{"/classe/ZZZZZZ", "/classe/nope", "/classe/ZZZZZZ/prof"} {
		if resp, _ := other.get(path); resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", path, resp.StatusCode)
		}
	}
	if resp, _ := other.get("/classe/rejoindre?code=<b>"); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("a bad code: %d", resp.StatusCode)
	}
}

// TestBoardStream: an open board's stream starts with the whole board and
// then brings each new question, escaped, with its answer.
func TestBoardStream(t *testing.T) {
	_, b, srv := newClassSite(t, nil)
	teacher := newClient(t, srv)
	code := openClass(t, teacher, "Direct", nil)
	student := newClientWithPage(t, srv, "/classe/"+code)
	first := askClass(t, student, code, question)

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	events := openStream(t, ctx, srv.URL+"/classe/"+code+"/direct")
	if ev := <-events; ev.name != "entree" || ev.id != first {
		t.Fatalf("first event %+v, want the board's question %s", ev, first)
	}
	second := askClass(t, student, code, hostile)
	ev := <-events
	if ev.name != "entree" || ev.id != second || strings.Contains(ev.html, "<script>") || strings.Contains(ev.html, "<img") ||
		!strings.Contains(ev.html, "&lt;script&gt;") {
		t.Errorf("event for a question with markup: %+v", ev)
	}
	// Ended elsewhere (another replica, a chat command), the board hears
	// of it.
	b.Handle(ctx, bot.Message{Platform: Platform, UserID: "prof", Room: roomPrefix + code, Teacher: true, Text: "/session fin"})
	if ev := <-events; ev.name != "fin" {
		t.Errorf("after the session ended: %+v, want fin", ev)
	}
}

type sseEvent struct {
	name, id, html string
}

// openStream reads a board's events until ctx ends.
func openStream(t testing.TB, ctx context.Context, u string) <-chan sseEvent {
	t.Helper()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		t.Fatalf("stream: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	out := make(chan sseEvent, 1024)
	go func() {
		defer resp.Body.Close()
		defer close(out)
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
		var name string
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				name = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				var d struct {
					ID   json.Number `json:"id"`
					HTML string      `json:"html"`
				}
				_ = json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &d)
				select {
				case out <- sseEvent{name: name, id: d.ID.String(), html: d.HTML}:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out
}

// testWriter sends the site's log to the test's.
type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

var voteRE = regexp.MustCompile(`name="action" value="(/bien \d+)"`)

// TestAskPageInClass: a student who joined a class asks on the ask page;
// the question reaches the board, and the answer takes their 👍, recorded
// in the session. Leaving the class stops both.
func TestAskPageInClass(t *testing.T) {
	_, b, srv := newClassSite(t, nil)
	teacher := newClient(t, srv)
	code := openClass(t, teacher, "Classe", nil)
	student := newClientWithPage(t, srv, "/classe/"+code)

	_, page := student.get("/")
	if !strings.Contains(page, `class="class-banner"`) || !strings.Contains(page, code) {
		t.Fatal("the ask page does not say the student is in a class")
	}
	page = student.ask(question)
	if _, board := student.get("/classe/" + code); len(boardOrder(board)) != 1 {
		t.Errorf("a question asked on the ask page is not on the board: %v", boardOrder(board))
	}
	m := voteRE.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no 👍 on an answer recorded in a class:\n%.3000s", page)
	}
	resp, _ := student.post("/", url.Values{"action": {m[1]}}, false)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("👍: %d", resp.StatusCode)
	}
	_, page = student.get("/")
	if !strings.Contains(page, `aria-pressed="true"><span aria-hidden="true">👍</span> Utile</button>`) || !strings.Contains(page, "Merci") {
		t.Errorf("the vote is not shown on the answer")
	}
	sess, err := b.LatestRoomSession(context.Background(), roomPrefix+code)
	if err != nil {
		t.Fatal(err)
	}
	if sum, err := b.SessionSummary(context.Background(), sess.ID); err != nil || sum.Up != 1 || sum.Asked != 1 {
		t.Errorf("session summary %+v, %v: want 1 question and 1 👍", sum, err)
	}

	if resp, _ := student.post("/classe/quitter", url.Values{}, false); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("leave: %d", resp.StatusCode)
	}
	page = student.ask("Qui a organisé la conférence ?")
	if strings.Contains(page, `class="class-banner"`) {
		t.Error("the ask page still shows the class after leaving it")
	}
	if _, board := teacher.get("/classe/" + code + "/prof"); len(boardOrder(board)) != 1 {
		t.Errorf("a question asked after leaving reached the board: %v", boardOrder(board))
	}
}

// TestStreamOutlivesServerTimeouts: a board stays open longer than the
// server's read and write timeouts (citebot serve's are 15 s and 60 s;
// here a fraction of a second) and still receives the next question: each
// write sets its own deadline, and net/http lifts the read deadline once
// the request is read.
func TestStreamOutlivesServerTimeouts(t *testing.T) {
	base := loadBase(t)
	b := bot.New(base, bot.Options{})
	site, err := New(Options{Base: base, Handler: b, Classroom: b})
	if err != nil {
		t.Fatal(err)
	}
	defer site.Close()
	srv := httptest.NewUnstartedServer(site)
	srv.Config.ReadTimeout = 200 * time.Millisecond
	srv.Config.WriteTimeout = 200 * time.Millisecond
	srv.Start()
	defer srv.Close()
	teacher := newClient(t, srv)
	code := openClass(t, teacher, "Longue", nil)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	events := openStream(t, ctx, srv.URL+"/classe/"+code+"/direct")
	// Time itself is what is tested: past the read timeout, the stream
	// must still be open.
	time.Sleep(4 * srv.Config.ReadTimeout)
	id := askClass(t, newClientWithPage(t, srv, "/classe/"+code), code, question)
	select {
	case ev, ok := <-events:
		if !ok || ev.id != id {
			t.Fatalf("after the read timeout the stream gave %+v (open %v), want question %s", ev, ok, id)
		}
	case <-ctx.Done():
		t.Fatal("no event after the read timeout")
	}
}

// TestTeacherPageShowsTelegramLink: with a Telegram bot, the teacher's
// page gives the t.me link that joins the class; the students' board does
// not (the code is what they type), and without a bot there is none.
func TestTeacherPageShowsTelegramLink(t *testing.T) {
	base := loadBase(t)
	b := bot.New(base, bot.Options{})
	link := func(code string) string { return "https://t.me/citebot?start=classe_" + code }
	site, srv := newSite(t, Options{Base: base, Handler: b, Classroom: b, TelegramLink: link})
	t.Cleanup(site.Close)
	teacher := newClient(t, srv)
	code := openClass(t, teacher, "4e A", nil)
	want := `href="https://t.me/citebot?start=classe_` + code + `"`
	if _, prof := teacher.get("/classe/" + code + "/prof"); !strings.Contains(prof, want) {
		t.Errorf("the teacher's page lacks %s", want)
	}
	if _, board := newClient(t, srv).get("/classe/" + code); strings.Contains(board, "t.me/") {
		t.Error("the students' board shows the Telegram link")
	}
	_, _, plain := newClassSite(t, nil)
	other := newClient(t, plain)
	code = openClass(t, other, "4e B", nil)
	if _, prof := other.get("/classe/" + code + "/prof"); strings.Contains(prof, "t.me/") {
		t.Error("a Telegram link without a Telegram bot")
	}
}

// TestBoardMarksUnsureAnswers: on the board, the answer the bot said it
// was not sure of carries the mark, and the sure one does not.
func TestBoardMarksUnsureAnswers(t *testing.T) {
	_, _, srv := newClassSite(t, nil)
	code := openClass(t, newClient(t, srv), "3e B", nil)
	student := newClientWithPage(t, srv, "/classe/"+code)
	unsure := askClass(t, student, code, "Que veulent les industriels ?")
	sure := askClass(t, student, code, question)
	_, board := student.get("/classe/" + code)
	entries := map[string]string{}
	for _, part := range strings.Split(board, `<li class="entry`)[1:] {
		if m := regexp.MustCompile(`id="e(\d+)"`).FindStringSubmatch(part); m != nil {
			entries[m[1]] = part
		}
	}
	if !strings.Contains(entries[unsure], "Réponse incertaine") || strings.Contains(entries[sure], "Réponse incertaine") || entries[sure] == "" {
		t.Errorf("unsure entry:\n%.600s\nsure entry:\n%.600s", entries[unsure], entries[sure])
	}
}

// TestClassSmallTalk: a student's « Bonjour » gets the bot's greeting
// back, on the page and to the script, and stays off the board, which
// holds questions.
func TestClassSmallTalk(t *testing.T) {
	_, _, srv := newClassSite(t, nil)
	code := openClass(t, newClient(t, srv), "3e B", nil)
	student := newClientWithPage(t, srv, "/classe/"+code)
	// The page shows the greeting as a remark, not as a refusal; the
	// script gets it as the reason nothing went on the board.
	resp, body := student.post("/classe/"+code, url.Values{"q": {"Bonjour !"}}, false)
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, `<p class="said" role="status">Bonjour ! Je réponds`) || strings.Contains(body, `class="notice"`) {
		t.Errorf("page: status %d, want 200 with the greeting as a remark\n%.1500s", resp.StatusCode, body)
	}
	resp, body = student.post("/classe/"+code, url.Values{"q": {"Bonjour !"}}, true)
	if resp.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(body, "Je réponds à vos questions") {
		t.Errorf("script: status %d, want 422 with the greeting\n%.500s", resp.StatusCode, body)
	}
	askClass(t, student, code, question)
	_, board := student.get("/classe/" + code)
	if n := len(boardOrder(board)); n != 1 || strings.Contains(board, "Bonjour !</") {
		t.Errorf("board holds %d entries, want the one question:\n%.800s", n, board)
	}
}
