package bot

import (
	"context"
	"encoding/csv"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// classroom is a bot with a teacher and students in one room.
type classroom struct {
	t *testing.T
	b *Bot
}

func newClassroom(t *testing.T) classroom {
	return classroom{t, New(seedBase(t), Options{})}
}

func (c classroom) say(user string, teacher bool, text string) Reply {
	c.t.Helper()
	return c.b.Handle(context.Background(), Message{Platform: "test", UserID: user, Conversation: "room1:" + user,
		Room: "room1", Teacher: teacher, UserName: "Nom de " + user, Text: text})
}

func TestSessionCommandsNeedATeacher(t *testing.T) {
	c := newClassroom(t)
	for _, cmd := range []string{"/session start Piratage", "/session fin", "/session export", "/session oublier", "/session noms oui"} {
		r := c.say("eleve", false, cmd)
		if r.Kind != KindError || !strings.Contains(r.Text, "Seuls les enseignants") || !strings.Contains(r.Text, "bienvenues") {
			t.Errorf("%s by a student: %s %q; want a polite refusal", cmd, r.Kind, r.Text)
		}
	}
	if r := c.say("eleve", false, "/session"); r.Kind != KindInfo || !strings.Contains(r.Text, "Aucune séance") {
		t.Errorf("/session (status) by a student: %s %q", r.Kind, r.Text)
	}
	if r := c.b.Handle(context.Background(), Message{Platform: "http", UserID: "k", Teacher: true, Text: "/session start"}); !strings.Contains(r.Text, "salon ou un groupe") {
		t.Errorf("a session without a room: %q", r.Text)
	}
}

func TestSessionTitleNeutralised(t *testing.T) {
	for _, tc := range []struct{ name, title, want string }{
		{"markup and mentions", "<b>Cyber</b> @everyone **gras** `code` [lien](http://x) #titre", "b Cyber /b everyone gras code lien (http://x) titre"},
		{"control characters", "Séance\x1b[2J\u202eA\u200b\tB\nC", "Séance 2JA B C"},
		{"empty", "   ", ""},
	} {
		if got := cleanTitle(tc.title); got != tc.want {
			t.Errorf("%s: cleanTitle(%q) = %q, want %q", tc.name, tc.title, got, tc.want)
		}
	}
	c := newClassroom(t)
	long := strings.Repeat("Révisions @everyone <script>alert(1)</script> ", 250) // 11 KB
	r := c.say("prof", true, "/session start "+long)
	if r.Kind != KindInfo || r.Session == "" {
		t.Fatalf("start with a 10 KB title: %s %q", r.Kind, r.Text)
	}
	s, _ := c.b.store.Session(context.Background(), r.Session)
	if n := utf8.RuneCountInString(s.Title); n > maxTitleRunes || strings.ContainsAny(s.Title, "@<>") {
		t.Errorf("stored title %q (%d runes): want at most %d, no @ < >", s.Title, n, maxTitleRunes)
	}
	if strings.Contains(r.Text, "@everyone") || strings.Contains(r.Text, "<script>") {
		t.Errorf("the start reply echoes the markup: %q", r.Text)
	}
	if r := c.say("prof", true, "/session start"); r.Kind != KindError || !strings.Contains(r.Text, "déjà ouverte") || r.Session != s.ID {
		t.Errorf("a second session in the room: %s %q", r.Kind, r.Text)
	}
}

func TestSessionRecordsAndRepeats(t *testing.T) {
	c := newClassroom(t)
	feedback := func(as []Action) bool {
		return slices.ContainsFunc(as, func(a Action) bool { return a.Command == "/bien 1" || a.Command == "/faux 1" })
	}
	if r := c.say("a", false, "Combien de pays étaient à Londres ?"); r.Entry != 0 || feedback(r.Actions) {
		t.Errorf("outside a session a question is not recorded: entry %d, actions %v", r.Entry, r.Actions)
	}
	start := c.say("prof", true, "/session start Londres")
	if s, err := c.b.RoomSession(context.Background(), "room1"); err != nil || s.ID != start.Session {
		t.Errorf("RoomSession = %+v, %v; want %s", s, err, start.Session)
	}
	first := c.say("a", false, "Combien de pays étaient à Londres ?")
	if first.Entry == 0 || first.Session != start.Session || !feedback(first.Actions) {
		t.Fatalf("a question in the session: entry %d, session %q, actions %v", first.Entry, first.Session, first.Actions)
	}
	again := c.say("b", false, "combien de pays ont participé à la conférence de Londres")
	if !strings.Contains(again.Text, "Déjà posée (2 fois dans cette séance)") || !strings.Contains(again.Text, "Combien de pays étaient à Londres ?") {
		t.Errorf("the same question in other words: %q", again.Text)
	}
	if again.Answer != first.Answer || len(again.Citations) != len(first.Citations) || again.Citations[0] != first.Citations[0] {
		t.Errorf("a repeat gets the earlier answer: %q %v, want %q %v", again.Answer, again.Citations, first.Answer, first.Citations)
	}
	if other := c.say("c", false, "Qui a qualifié Internet de force du bien ?"); strings.Contains(other.Text, "Déjà posée") {
		t.Errorf("another question taken for a repeat: %q", other.Text)
	}
	// Feedback: on the last answer, on an entry by id, once per student.
	if r := c.say("a", false, "/bien"); r.Kind != KindInfo || r.Entry != first.Entry {
		t.Errorf("/bien on the last answer: %s %q entry %d", r.Kind, r.Text, r.Entry)
	}
	c.say("b", false, "/faux "+itoa(first.Entry))
	c.say("b", false, "/bien "+itoa(first.Entry)) // changes their mind
	if r := c.say("b", false, "/bien 999999"); r.Kind != KindError {
		t.Errorf("/bien on an unknown answer: %s %q", r.Kind, r.Text)
	}
	if r := c.say("b", false, "/bien abc"); r.Kind != KindError {
		t.Errorf("/bien abc: %s %q", r.Kind, r.Text)
	}
	e, _ := c.b.store.Entry(context.Background(), first.Entry)
	if e.Up != 2 || e.Down != 0 {
		t.Errorf("votes %d/%d, want 2/0", e.Up, e.Down)
	}
	if e.Student == "a" || e.Name != "" || len(e.Student) != pseudonymHexLen {
		t.Errorf("recorded student %q name %q: want a pseudonym and no name", e.Student, e.Name)
	}
	// Names, once turned on.
	c.say("prof", true, "/session noms oui")
	named := c.say("d", false, "Qui est Lu Wei ?")
	if e, _ := c.b.store.Entry(context.Background(), named.Entry); e.Name != "Nom de d" {
		t.Errorf("with names on, the name recorded is %q", e.Name)
	}
	end := c.say("prof", true, "/session fin")
	if !strings.Contains(end.Text, "Questions posées : 4 par 4 élève(s), dont 3 différentes. Avec réponse : 4. Sans réponse : 0.") ||
		!strings.Contains(end.Text, "2 👍, 0 👎") {
		t.Errorf("summary:\n%s", end.Text)
	}
	if r := c.say("a", false, "/bien"); r.Kind != KindError {
		t.Errorf("/bien after the end: %s %q", r.Kind, r.Text)
	}
	if _, err := c.b.RoomSession(context.Background(), "room1"); !errors.Is(err, ErrNoSession) {
		t.Errorf("RoomSession after the end: %v", err)
	}
	if es, err := c.b.SessionEntries(context.Background(), start.Session, first.Entry, 0); err != nil || len(es) != 3 {
		t.Errorf("SessionEntries after the first: %d, %v; want 3", len(es), err)
	}
	if r := c.say("a", false, "Qui est Lu Wei ?"); r.Entry != 0 {
		t.Errorf("a question after the end was recorded")
	}
	exp := c.say("prof", true, "/session export")
	if len(exp.Files) != 2 {
		t.Fatalf("export: %d files", len(exp.Files))
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(exp.Files[1].Data), "\uFEFF"))).ReadAll()
	if err != nil || len(rows) != 5 || rows[4][3] != "Nom de d" {
		t.Errorf("CSV export: %v %v", rows, err)
	}
}

func TestSessionForget(t *testing.T) {
	c := newClassroom(t)
	s := c.say("prof", true, "/session start")
	c.say("a", false, "Qui est Lu Wei ?")
	confirm := c.say("prof", true, "/session oublier")
	if !strings.Contains(confirm.Text, "/session oublier "+s.Session) {
		t.Fatalf("/session oublier asks to confirm with the id: %q", confirm.Text)
	}
	if _, err := c.b.store.Session(context.Background(), s.Session); err != nil {
		t.Fatalf("the session went before the confirmation: %v", err)
	}
	if r := c.say("prof", true, "/session oublier autre"); r.Kind != KindError {
		t.Errorf("forgetting an unknown session: %q", r.Text)
	}
	if r := c.say("prof", true, "/session oublier "+s.Session); !strings.Contains(r.Text, "effacée") {
		t.Errorf("confirmed: %q", r.Text)
	}
	if es, _ := c.b.store.Entries(context.Background(), s.Session, 0, 0); len(es) != 0 {
		t.Errorf("%d entries left after forgetting", len(es))
	}
	if r := c.say("prof", true, "/session start"); r.Kind != KindInfo {
		t.Errorf("a new session after forgetting: %q", r.Text)
	}
}

func TestSessionPurge(t *testing.T) {
	now := time.Date(2026, 6, 1, 10, 0, 0, 0, time.UTC)
	b := New(seedBase(t), Options{Now: func() time.Time { return now }, Retention: 30 * 24 * time.Hour})
	m := Message{Platform: "test", UserID: "p", Room: "r", Teacher: true, Text: "/session start"}
	old := b.Handle(context.Background(), m)
	now = now.Add(31 * 24 * time.Hour)
	b.Handle(context.Background(), Message{Platform: "test", UserID: "p", Room: "r", Teacher: true, Text: "/session fin"})
	recent := b.Handle(context.Background(), m)
	if n, err := b.Purge(context.Background()); n != 1 || err != nil {
		t.Errorf("Purge = %d, %v; want the old session only", n, err)
	}
	if _, err := b.SessionByID(context.Background(), old.Session); err == nil {
		t.Errorf("the session past the retention is still there")
	}
	if _, err := b.SessionByID(context.Background(), recent.Session); err != nil {
		t.Errorf("the recent session was purged: %v", err)
	}
}

func TestExportEscapes(t *testing.T) {
	s := Session{ID: "x", Title: "T", StartedAt: time.Unix(0, 0)}
	es := []Entry{{ID: 1, Student: "s", Question: "=HYPERLINK(\"http://evil\") | **gras** <img>", Citations: []Citation{}}}
	md := string(ExportMarkdown(s, es, nil).Data)
	if !strings.Contains(md, `\| \*\*gras\*\* \<img\>`) {
		t.Errorf("markup not escaped in Markdown:\n%s", md)
	}
	c := string(ExportCSV(s, es).Data)
	if !strings.Contains(c, `"'=HYPERLINK(""http://evil"")`) {
		t.Errorf("a formula not neutralised in CSV:\n%s", c)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// brokenStore is a MemoryStore whose session calls fail, as a database
// that went away would.
type brokenStore struct{ *MemoryStore }

var errGone = errors.New("database gone")

func (brokenStore) OpenSession(context.Context, string) (Session, error)   { return Session{}, errGone }
func (brokenStore) StartSession(context.Context, Session) (Session, error) { return Session{}, errGone }

func TestSessionStoreDown(t *testing.T) {
	b := New(seedBase(t), Options{Store: brokenStore{NewMemoryStore(MemoryLimits{})}})
	m := Message{Platform: "test", UserID: "u", Room: "r", Teacher: true}
	m.Text = "Qui est Lu Wei ?"
	if r := b.Handle(context.Background(), m); !r.Answered || r.Entry != 0 {
		t.Errorf("with the store down, a question is still answered (unrecorded): %v %q", r.Answered, r.Text)
	}
	m.Text = "/session start"
	if r := b.Handle(context.Background(), m); r.Kind != KindError || !strings.Contains(r.Text, "base de données") || strings.Contains(r.Text, errGone.Error()) {
		t.Errorf("/session start with the store down: %s %q", r.Kind, r.Text)
	}
}

func FuzzCleanTitle(f *testing.F) {
	for _, s := range []string{"Cyber <b>@everyone</b>", "\x1b[2J", "é\u202e\u200b", strings.Repeat("a", 500), "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := cleanTitle(s)
		if !utf8.ValidString(got) || utf8.RuneCountInString(got) > maxTitleRunes || strings.ContainsAny(got, "@<>*_`[]#|~\n\x1b") {
			t.Errorf("cleanTitle(%q) = %q", s, got)
		}
		if got != strings.TrimSpace(got) || strings.Contains(got, "  ") {
			t.Errorf("cleanTitle(%q) = %q: spaces not collapsed", s, got)
		}
	})
}

// TestSessionRepeatsHeadingQuestions: two wordings of a question about
// the same line of a page are one question of the session, and a question
// about another line is not.
func TestSessionRepeatsHeadingQuestions(t *testing.T) {
	c := newClassroom(t)
	c.say("prof", true, "/session start Titres")
	c.say("a", false, "Quel est le titre de l'article sur la conférence chinoise ?")
	if again := c.say("b", false, "quel est le titre de l'article sur la conference mondiale en chine"); !strings.Contains(again.Text, "Déjà posée") {
		t.Errorf("the same title asked in other words: %q", again.Text)
	}
	if other := c.say("c", false, "Quel est le premier intertitre de l'article sur la conférence chinoise ?"); strings.Contains(other.Text, "Déjà posée") {
		t.Errorf("an intertitle taken for the title: %q", other.Text)
	}
}

// TestSessionKeepsUnsure: an answer the bot was not sure of is recorded
// so, says so again when the question is asked again, and the CSV export
// marks it.
func TestSessionKeepsUnsure(t *testing.T) {
	c := newClassroom(t)
	s := c.say("prof", true, "/session start Industrie")
	first := c.say("eleve1", false, "Que veulent les industriels ?")
	again := c.say("eleve2", false, "Que veulent les industriels ?")
	sure := c.say("eleve1", false, "Qui est Lu Wei ?")
	if !first.Unsure || !again.Unsure || sure.Unsure || !strings.Contains(again.Text, "pas sûr") {
		t.Fatalf("unsure: first %v, asked again %v (%q), sure %v", first.Unsure, again.Unsure, again.Text, sure.Unsure)
	}
	es, err := c.b.store.Entries(context.Background(), s.Session, 0, 0)
	if err != nil || len(es) != 3 || !es[0].Unsure || es[2].Unsure {
		t.Fatalf("entries %+v, %v", es, err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(ExportCSV(Session{ID: s.Session}, es).Data), "\uFEFF"))).ReadAll()
	if err != nil || len(rows) != 4 {
		t.Fatalf("CSV: %d rows, %v", len(rows), err)
	}
	col := slices.Index(rows[0], "unsure")
	if col < 0 || rows[1][col] != "true" || rows[3][col] != "false" {
		t.Errorf("CSV unsure column %d: %v / %v", col, rows[1], rows[3])
	}
}
