// Package storetest is the conformance suite every citebot store passes:
// adapters/sqlite and adapters/postgres run it against a real database.
// A new backend runs it too (see its Run).
package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/citebot/citebot/bot"
)

// Store is what a backend implements: bot's Store, closed at the end.
type Store interface {
	bot.Store
	Close() error
}

// Opener opens a store on one database; each call is a new connection to
// the same database, as a second process would make.
type Opener func() (Store, error)

// Run runs the suite. fresh returns an Opener for a new, empty database;
// the backend removes the database when t ends.
func Run(t *testing.T, fresh func(t *testing.T) Opener) {
	tests := []struct {
		name string
		fn   func(t *testing.T, open Opener)
	}{
		{"Secret", testSecret},
		{"Sessions", testSessions},
		{"OneOpenSessionPerRoom", testOneOpenPerRoom},
		{"Record", testRecord},
		{"Repeats", testRepeats},
		{"Votes", testVotes},
		{"EntriesPaging", testEntriesPaging},
		{"Forget", testForget},
		{"Purge", testPurge},
		{"Conversations", testConversations},
		{"ConcurrentRecords", testConcurrentRecords},
		{"Text", testText},
		{"TwoConnections", testTwoConnections},
		{"Quiz", testQuiz},
		{"QuizForgetAndPurge", testQuizForget},
		{"ConcurrentQuizAnswers", testConcurrentQuizAnswers},
		{"MoveRoom", testMoveRoom},
		{"MoveConversation", testMoveConversation},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.fn(t, fresh(t))
		})
	}
}

// t0 is the suite's clock, with microseconds (what stores keep).
var t0 = time.Date(2026, 3, 14, 9, 30, 0, 123456000, time.UTC)

func mustOpen(t *testing.T, open Opener) Store {
	t.Helper()
	s, err := open()
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return s
}

func session(id, room string, at time.Time) bot.Session {
	return bot.Session{ID: id, Room: room, Platform: "discord", Title: "Séance " + id, Salt: []byte{1, 2, 3, 0, 255}, StartedAt: at}
}

func start(t *testing.T, s Store, ss bot.Session) bot.Session {
	t.Helper()
	got, err := s.StartSession(context.Background(), ss)
	if err != nil {
		t.Fatalf("StartSession(%s): %v", ss.ID, err)
	}
	return got
}

func entry(session, student, question, similar string, answered bool) bot.Entry {
	e := bot.Entry{Session: session, Student: student, Asked: t0.Add(time.Minute), Question: question,
		Answered: answered, Similar: similar, Citations: []bot.Citation{}}
	if answered {
		e.Answer, e.Body, e.Confidence = "Joe Biden", "Joe Biden.", 0.75
		e.Citations = []bot.Citation{{Article: "a1", Title: "Titre", Paragraph: 3, Sentence: 2, Quote: "« Oui », dit-il.", Speaker: "Joe Biden"}}
	}
	return e
}

func record(t *testing.T, s Store, e bot.Entry) bot.Entry {
	t.Helper()
	got, err := s.Record(context.Background(), e)
	if err != nil {
		t.Fatalf("Record(%q): %v", e.Question, err)
	}
	return got
}

func testSecret(t *testing.T, open Opener) {
	ctx := context.Background()
	a := mustOpen(t, open)
	k1, err := a.Secret(ctx)
	if err != nil || len(k1) < 32 {
		t.Fatalf("Secret = %x, %v; want 32 random bytes", k1, err)
	}
	b := mustOpen(t, open)
	k2, err := b.Secret(ctx)
	if err != nil || string(k1) != string(k2) {
		t.Fatalf("a second connection's Secret = %x, %v; want the first's %x", k2, err, k1)
	}
}

func testSessions(t *testing.T, open Opener) {
	ctx := context.Background()
	s := mustOpen(t, open)
	if _, err := s.OpenSession(ctx, "room1"); !errors.Is(err, bot.ErrNoSession) {
		t.Fatalf("OpenSession on an empty store: %v, want ErrNoSession", err)
	}
	if _, err := s.LastSession(ctx, "room1"); !errors.Is(err, bot.ErrNoSession) {
		t.Fatalf("LastSession on an empty store: %v, want ErrNoSession", err)
	}
	want := session("s1", "room1", t0)
	start(t, s, want)
	for name, get := range map[string]func() (bot.Session, error){
		"OpenSession": func() (bot.Session, error) { return s.OpenSession(ctx, "room1") },
		"LastSession": func() (bot.Session, error) { return s.LastSession(ctx, "room1") },
		"Session":     func() (bot.Session, error) { return s.Session(ctx, "s1") },
	} {
		got, err := get()
		if err != nil || !sameSession(got, want) || !got.Open() {
			t.Errorf("%s = %+v, %v; want %+v, open", name, got, err, want)
		}
	}
	if err := s.ShowNames(ctx, "s1", true); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Session(ctx, "s1"); !got.Names {
		t.Errorf("after ShowNames(true), Names = false")
	}
	if err := s.ShowNames(ctx, "nope", true); !errors.Is(err, bot.ErrNoSession) {
		t.Errorf("ShowNames on an unknown session: %v, want ErrNoSession", err)
	}
	end := t0.Add(time.Hour)
	got, err := s.EndSession(ctx, "s1", end)
	if err != nil || !got.EndedAt.Equal(end) || got.Open() {
		t.Fatalf("EndSession = %+v, %v; want ended at %v", got, err, end)
	}
	if _, err := s.EndSession(ctx, "s1", end); !errors.Is(err, bot.ErrNoSession) {
		t.Errorf("ending an ended session: %v, want ErrNoSession", err)
	}
	if _, err := s.OpenSession(ctx, "room1"); !errors.Is(err, bot.ErrNoSession) {
		t.Errorf("OpenSession after the end: %v, want ErrNoSession", err)
	}
	if got, err := s.LastSession(ctx, "room1"); err != nil || got.ID != "s1" || got.Open() {
		t.Errorf("LastSession after the end = %+v, %v; want s1, ended", got, err)
	}
	start(t, s, session("s2", "room1", t0.Add(2*time.Hour)))
	if got, err := s.LastSession(ctx, "room1"); err != nil || got.ID != "s2" {
		t.Errorf("LastSession with two = %+v, %v; want s2, the newer", got, err)
	}
	if _, err := s.Session(ctx, "nope"); !errors.Is(err, bot.ErrNoSession) {
		t.Errorf("Session(unknown): %v, want ErrNoSession", err)
	}
}

func sameSession(a, b bot.Session) bool {
	return a.ID == b.ID && a.Room == b.Room && a.Platform == b.Platform && a.Title == b.Title &&
		string(a.Salt) == string(b.Salt) && a.Names == b.Names && a.StartedAt.Equal(b.StartedAt) && a.EndedAt.Equal(b.EndedAt)
}

func testOneOpenPerRoom(t *testing.T, open Opener) {
	ctx := context.Background()
	s := mustOpen(t, open)
	start(t, s, session("s1", "room1", t0))
	got, err := s.StartSession(ctx, session("s2", "room1", t0.Add(time.Minute)))
	if !errors.Is(err, bot.ErrSessionOpen) || got.ID != "s1" {
		t.Fatalf("a second session in the room: %+v, %v; want s1 and ErrSessionOpen", got, err)
	}
	start(t, s, session("s3", "room2", t0))
	// Several processes racing to open a session in one room: one wins.
	var wg sync.WaitGroup
	var mu sync.Mutex
	won := 0
	for i := range 8 {
		wg.Go(func() {
			_, err := s.StartSession(ctx, session(fmt.Sprintf("race%d", i), "room3", t0))
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil:
				won++
			case !errors.Is(err, bot.ErrSessionOpen):
				t.Errorf("racing StartSession: %v", err)
			}
		})
	}
	wg.Wait()
	if won != 1 {
		t.Errorf("%d racing StartSession calls won, want 1", won)
	}
}

func testRecord(t *testing.T, open Opener) {
	ctx := context.Background()
	s := mustOpen(t, open)
	start(t, s, session("s1", "room1", t0))
	want := entry("s1", "stu1", "Qui est Lu Wei ?", "who|a1#p3s2", true)
	want.Name, want.Unsure = "Élodie", true
	got := record(t, s, want)
	if got.ID <= 0 || got.RepeatOf != 0 || got.Times != 1 {
		t.Fatalf("Record = id %d, repeat of %d, times %d; want a new id, 0, 1", got.ID, got.RepeatOf, got.Times)
	}
	back, err := s.Entry(ctx, got.ID)
	if err != nil {
		t.Fatal(err)
	}
	want.ID = got.ID
	if diff := entryDiff(back, want); diff != "" {
		t.Errorf("Entry read back differs: %s", diff)
	}
	abst := record(t, s, entry("s1", "stu2", "Qui est Angela Merkel ?", "abstain|merkel", false))
	if abst.ID <= got.ID {
		t.Errorf("ids do not increase: %d then %d", got.ID, abst.ID)
	}
	if back, _ := s.Entry(ctx, abst.ID); back.Answered || len(back.Citations) != 0 || back.Citations == nil {
		t.Errorf("abstention read back = %+v; want unanswered, empty (not nil) citations", back)
	}
	if _, err := s.Record(ctx, entry("nope", "stu1", "?", "k", false)); !errors.Is(err, bot.ErrNoSession) {
		t.Errorf("Record in an unknown session: %v, want ErrNoSession", err)
	}
	if _, err := s.Entry(ctx, 1<<40); !errors.Is(err, bot.ErrNoEntry) {
		t.Errorf("Entry(unknown): %v, want ErrNoEntry", err)
	}
}

func entryDiff(got, want bot.Entry) string {
	var d []string
	if got.ID != want.ID || got.Session != want.Session || got.Student != want.Student || got.Name != want.Name {
		d = append(d, fmt.Sprintf("ids/names %v %q %q %q vs %v %q %q %q", got.ID, got.Session, got.Student, got.Name, want.ID, want.Session, want.Student, want.Name))
	}
	if !got.Asked.Equal(want.Asked) {
		d = append(d, fmt.Sprintf("asked %v vs %v", got.Asked, want.Asked))
	}
	if got.Question != want.Question || got.Answered != want.Answered || got.Answer != want.Answer || got.Body != want.Body || got.Confidence != want.Confidence || got.Unsure != want.Unsure {
		d = append(d, fmt.Sprintf("answer %q %v %q %q %v %v vs %q %v %q %q %v %v", got.Question, got.Answered, got.Answer, got.Body, got.Confidence, got.Unsure,
			want.Question, want.Answered, want.Answer, want.Body, want.Confidence, want.Unsure))
	}
	if !slices.Equal(got.Citations, want.Citations) {
		d = append(d, fmt.Sprintf("citations %+v vs %+v", got.Citations, want.Citations))
	}
	if got.Similar != want.Similar {
		d = append(d, fmt.Sprintf("similar %q vs %q", got.Similar, want.Similar))
	}
	return strings.Join(d, "; ")
}

func testRepeats(t *testing.T, open Opener) {
	ctx := context.Background()
	s := mustOpen(t, open)
	start(t, s, session("s1", "room1", t0))
	start(t, s, session("s2", "room2", t0))
	first := record(t, s, entry("s1", "a", "Combien de pays étaient à Londres ?", "count|a1#p2s1", true))
	record(t, s, entry("s1", "b", "Qui ?", "who|a1#p1s1", true))
	second := record(t, s, entry("s1", "c", "combien de pays ont participé à la conférence de Londres", "count|a1#p2s1", true))
	if second.RepeatOf != first.ID || second.Times != 2 {
		t.Errorf("a repeat: RepeatOf %d, Times %d; want %d, 2", second.RepeatOf, second.Times, first.ID)
	}
	third := record(t, s, entry("s1", "d", "Combien de pays ?", "count|a1#p2s1", true))
	if third.RepeatOf != first.ID || third.Times != 3 {
		t.Errorf("a third time: RepeatOf %d, Times %d; want %d, 3", third.RepeatOf, third.Times, first.ID)
	}
	if other := record(t, s, entry("s2", "a", "Combien de pays ?", "count|a1#p2s1", true)); other.RepeatOf != 0 || other.Times != 1 {
		t.Errorf("the same key in another session: RepeatOf %d, Times %d; want 0, 1", other.RepeatOf, other.Times)
	}
	for range 2 {
		if e := record(t, s, entry("s1", "a", "…", "", false)); e.RepeatOf != 0 || e.Times != 1 {
			t.Errorf("an empty key: RepeatOf %d, Times %d; want 0, 1 (an empty key never repeats)", e.RepeatOf, e.Times)
		}
	}
	es, err := s.Entries(ctx, "s1", 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if es[2].RepeatOf != first.ID || es[0].RepeatOf != 0 {
		t.Errorf("Entries lost RepeatOf: %d, %d", es[0].RepeatOf, es[2].RepeatOf)
	}
}

func testVotes(t *testing.T, open Opener) {
	ctx := context.Background()
	s := mustOpen(t, open)
	start(t, s, session("s1", "room1", t0))
	e := record(t, s, entry("s1", "a", "Qui ?", "k", true))
	other := record(t, s, entry("s1", "a", "Quand ?", "k2", true))
	votes := []bot.Vote{
		{Entry: e.ID, Student: "a", Up: true, At: t0},
		{Entry: e.ID, Student: "b", Up: true, At: t0},
		{Entry: e.ID, Student: "c", Up: true, At: t0},
		{Entry: e.ID, Student: "c", Up: false, At: t0.Add(time.Second)}, // c changes their mind
		{Entry: other.ID, Student: "a", Up: false, At: t0},
	}
	for _, v := range votes {
		if err := s.Vote(ctx, v); err != nil {
			t.Fatalf("Vote(%+v): %v", v, err)
		}
	}
	es, err := s.Entries(ctx, "s1", 0, 0)
	if err != nil || len(es) != 2 {
		t.Fatalf("Entries = %d, %v", len(es), err)
	}
	if es[0].Up != 2 || es[0].Down != 1 || es[1].Up != 0 || es[1].Down != 1 {
		t.Errorf("votes counted %d/%d and %d/%d; want 2/1 and 0/1", es[0].Up, es[0].Down, es[1].Up, es[1].Down)
	}
	if one, _ := s.Entry(ctx, e.ID); one.Up != 2 || one.Down != 1 {
		t.Errorf("Entry's votes %d/%d; want 2/1", one.Up, one.Down)
	}
	if err := s.Vote(ctx, bot.Vote{Entry: 1 << 40, Student: "a", Up: true, At: t0}); !errors.Is(err, bot.ErrNoEntry) {
		t.Errorf("a vote on an unknown entry: %v, want ErrNoEntry", err)
	}
}

func testEntriesPaging(t *testing.T, open Opener) {
	ctx := context.Background()
	s := mustOpen(t, open)
	start(t, s, session("s1", "room1", t0))
	start(t, s, session("s2", "room2", t0))
	var ids []int64
	for i := range 7 {
		ids = append(ids, record(t, s, entry("s1", "a", fmt.Sprintf("q%d", i), "", false)).ID)
		record(t, s, entry("s2", "a", "autre séance", "", false))
	}
	var got []int64
	after := int64(0)
	for {
		page, err := s.Entries(ctx, "s1", after, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		if len(page) > 3 {
			t.Fatalf("a page of %d, limit 3", len(page))
		}
		for _, e := range page {
			got = append(got, e.ID)
			if e.Session != "s1" {
				t.Errorf("entry of session %s listed for s1", e.Session)
			}
		}
		after = page[len(page)-1].ID
	}
	if !slices.Equal(got, ids) {
		t.Errorf("paged ids %v, want %v", got, ids)
	}
	if es, err := s.Entries(ctx, "nope", 0, 0); err != nil || len(es) != 0 {
		t.Errorf("Entries of an unknown session = %d, %v; want none", len(es), err)
	}
}

func testForget(t *testing.T, open Opener) {
	ctx := context.Background()
	s := mustOpen(t, open)
	start(t, s, session("s1", "room1", t0))
	start(t, s, session("s2", "room2", t0))
	e := record(t, s, entry("s1", "a", "Qui ?", "k", true))
	keep := record(t, s, entry("s2", "a", "Qui ?", "k", true))
	if err := s.Vote(ctx, bot.Vote{Entry: e.ID, Student: "b", Up: true, At: t0}); err != nil {
		t.Fatal(err)
	}
	if err := s.ForgetSession(ctx, "s1"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Session(ctx, "s1"); !errors.Is(err, bot.ErrNoSession) {
		t.Errorf("a forgotten session: %v, want ErrNoSession", err)
	}
	if _, err := s.Entry(ctx, e.ID); !errors.Is(err, bot.ErrNoEntry) {
		t.Errorf("a forgotten session's entry: %v, want ErrNoEntry", err)
	}
	if err := s.Vote(ctx, bot.Vote{Entry: e.ID, Student: "c", Up: true, At: t0}); !errors.Is(err, bot.ErrNoEntry) {
		t.Errorf("a vote on a forgotten entry: %v, want ErrNoEntry", err)
	}
	if _, err := s.Entry(ctx, keep.ID); err != nil {
		t.Errorf("the other session's entry went too: %v", err)
	}
	if err := s.ForgetSession(ctx, "s1"); !errors.Is(err, bot.ErrNoSession) {
		t.Errorf("forgetting twice: %v, want ErrNoSession", err)
	}
	// The room is free again.
	start(t, s, session("s3", "room1", t0))
}

func testPurge(t *testing.T, open Opener) {
	ctx := context.Background()
	s := mustOpen(t, open)
	old := start(t, s, session("old", "room1", t0.Add(-100*24*time.Hour)))
	e := record(t, s, entry(old.ID, "a", "Qui ?", "k", true))
	if err := s.Vote(ctx, bot.Vote{Entry: e.ID, Student: "b", Up: true, At: t0}); err != nil {
		t.Fatal(err)
	}
	start(t, s, session("new", "room2", t0))
	n, err := s.Purge(ctx, t0.Add(-90*24*time.Hour))
	if err != nil || n != 1 {
		t.Fatalf("Purge = %d, %v; want 1", n, err)
	}
	if _, err := s.Session(ctx, "old"); !errors.Is(err, bot.ErrNoSession) {
		t.Errorf("a purged session: %v", err)
	}
	if _, err := s.Entry(ctx, e.ID); !errors.Is(err, bot.ErrNoEntry) {
		t.Errorf("a purged session's entry: %v", err)
	}
	if _, err := s.Session(ctx, "new"); err != nil {
		t.Errorf("a recent session was purged: %v", err)
	}
	if err := s.SaveConversation(ctx, "k", bot.ConversationState{Turns: 1}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Purge(ctx, t0.Add(-90*24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.LoadConversation(ctx, "k"); err != nil {
		t.Errorf("a conversation saved just now was purged: %v", err)
	}
}

func testConversations(t *testing.T, open Opener) {
	ctx := context.Background()
	s := mustOpen(t, open)
	key := "telegram:chat:-100123:user:42"
	if _, err := s.LoadConversation(ctx, key); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("an unknown conversation: %v; want ErrNotFound", err)
	}
	st := bot.ConversationState{
		Turns:   3,
		Article: "a1",
		Last:    []bot.SentenceRef{{Article: "a1", Paragraph: 2, Sentence: 1}},
		Focus:   &bot.EntityRef{Article: "a1", Name: "Lu Wei"},
		Cited:   []bot.SentenceRef{{Article: "a1", Paragraph: 2, Sentence: 1}, {Article: "a2", Paragraph: 1, Sentence: 4}},
		More:    []bot.SentenceRef{{Article: "a2", Paragraph: 5, Sentence: 2}},
		// The last question, for an elliptical follow-up.
		Question: "Qui est Lu Wei ?",
	}
	if err := s.SaveConversation(ctx, key, st); err != nil {
		t.Fatal(err)
	}
	got, err := s.LoadConversation(ctx, key)
	if err != nil || !reflect.DeepEqual(got, st) {
		t.Fatalf("LoadConversation = %+v, %v; want %+v", got, err, st)
	}
	// Another process reads it, and sees the latest save.
	other := mustOpen(t, open)
	st.Turns = 4
	if err := s.SaveConversation(ctx, key, st); err != nil {
		t.Fatal(err)
	}
	if got, err := other.LoadConversation(ctx, key); err != nil || got.Turns != 4 {
		t.Errorf("the second connection reads turns %d, %v; want 4", got.Turns, err)
	}
	if _, err := s.LoadConversation(ctx, key+"x"); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("another key: %v; want ErrNotFound", err)
	}
}

func testConcurrentRecords(t *testing.T, open Opener) {
	ctx := context.Background()
	s := mustOpen(t, open)
	start(t, s, session("s1", "room1", t0))
	const workers, each = 8, 25
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range each {
				e := entry("s1", fmt.Sprintf("stu%d", w), fmt.Sprintf("q%d-%d", w, i), "same", true)
				if _, err := s.Record(ctx, e); err != nil {
					t.Errorf("Record: %v", err)
					return
				}
			}
		})
	}
	wg.Wait()
	es, err := s.Entries(ctx, "s1", 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != workers*each {
		t.Fatalf("%d entries recorded, want %d", len(es), workers*each)
	}
	for _, e := range es[1:] {
		if e.RepeatOf != es[0].ID {
			t.Fatalf("entry %d repeats %d, want the first, %d", e.ID, e.RepeatOf, es[0].ID)
		}
	}
}

func testText(t *testing.T, open Opener) {
	ctx := context.Background()
	s := mustOpen(t, open)
	ss := session("s1", "room1", t0)
	ss.Title = strings.Repeat("é<b>@everyone</b>'\"; DROP TABLE sessions; -- ", 200)
	start(t, s, ss)
	if got, _ := s.Session(ctx, "s1"); got.Title != ss.Title {
		t.Errorf("a long title with markup came back changed (%d bytes, want %d)", len(got.Title), len(ss.Title))
	}
	e := entry("s1", "a", "Qu'a dit « Joe » 🙂 ? ' OR 1=1 --", "k", true)
	e.Citations[0].Quote = strings.Repeat("«\u00a0x\u00a0» ", 100)
	got := record(t, s, e)
	back, err := s.Entry(ctx, got.ID)
	e.ID = got.ID
	if err != nil {
		t.Fatal(err)
	}
	if diff := entryDiff(back, e); diff != "" {
		t.Errorf("text came back changed: %s", diff)
	}
}

func testTwoConnections(t *testing.T, open Opener) {
	ctx := context.Background()
	a := mustOpen(t, open)
	b := mustOpen(t, open)
	start(t, a, session("s1", "room1", t0))
	e := record(t, a, entry("s1", "a", "Qui ?", "k", true))
	// What one process writes, the other reads at once.
	if got, err := b.OpenSession(ctx, "room1"); err != nil || got.ID != "s1" {
		t.Fatalf("the second connection's OpenSession = %+v, %v", got, err)
	}
	if again := record(t, b, entry("s1", "b", "Qui donc ?", "k", true)); again.RepeatOf != e.ID {
		t.Errorf("a repeat through the second connection: RepeatOf %d, want %d", again.RepeatOf, e.ID)
	}
	if _, err := b.EndSession(ctx, "s1", t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := a.OpenSession(ctx, "room1"); !errors.Is(err, bot.ErrNoSession) {
		t.Errorf("a session ended by the second connection is still open for the first: %v", err)
	}
}
