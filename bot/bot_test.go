package bot

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

// TestBadInput sends what users really send and checks that every reply
// has a text and that nothing is answered from noise.
func TestBadInput(t *testing.T) {
	b := New(seedBase(t), Options{})
	tests := []struct {
		name string
		text string
		kind Kind
	}{
		{"empty", "", KindError},
		{"whitespace", " \t\n  ", KindError},
		{"one megabyte", strings.Repeat("Qui a parlé ? ", 75000), KindError},
		{"invalid UTF-8", "Qui \xff\xfe a parlé de Londres ?", KindAnswer},
		{"control characters", "Qui\x00 a\x07 salué\x1b[31m Internet ?", KindAnswer},
		{"only emoji", "🤔🤔🤔", KindError},
		{"only punctuation", "?!…«»", KindError},
		{"mention", "@everyone", KindError},
		{"mention and question", "@everyone Qui est Lu Wei ?", KindAnswer},
		{"markup", "<b>Qui</b> a salué Internet comme une force du bien ?", KindAnswer},
		{"unknown command", "/foo bar", KindError},
		{"a path, not a command", "/usr/bin est-il cité ?", KindAbstain},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ask(t, b, "c", tt.text)
			if strings.TrimSpace(r.Text) == "" {
				t.Fatal("empty reply")
			}
			if !utf8.ValidString(r.Text) {
				t.Errorf("reply is not valid UTF-8: %q", r.Text)
			}
			if r.Kind != tt.kind {
				t.Errorf("kind %s, want %s: %s", r.Kind, tt.kind, r.Text)
			}
			if r.Citations == nil {
				t.Error("citations are nil, want an empty slice")
			}
			if utf8.RuneCountInString(r.Text) > 5000 {
				t.Errorf("reply of %d characters echoes the input", utf8.RuneCountInString(r.Text))
			}
		})
	}
}

func TestCommands(t *testing.T) {
	b := New(seedBase(t), Options{})
	if r := ask(t, b, "c", "/aide"); r.Kind != KindInfo || !strings.Contains(r.Text, "/sources") {
		t.Errorf("/aide: %s", r.Text)
	}
	if r := ask(t, b, "c", "/help@citebot"); r.Kind != KindInfo {
		t.Errorf("/help@citebot: %s", r.Text)
	}
	r := ask(t, b, "c", "/sources")
	for _, a := range seedBase(t).Articles {
		if !strings.Contains(r.Text, a.ID) {
			t.Errorf("/sources lacks %s:\n%s", a.ID, r.Text)
		}
	}
	if r := ask(t, b, "c", "/plus"); r.Answered {
		t.Errorf("/plus before any answer gave %v", r.Citations)
	}
	first := ask(t, b, "c", "Que représente la cyber-sécurité pour les États-Unis ?")
	if !first.Answered {
		t.Fatalf("question abstained: %s", first.Text)
	}
	if len(first.Actions) == 1 {
		more := ask(t, b, "c", first.Actions[0].Command)
		if !more.Answered || len(more.Citations) == 0 {
			t.Errorf("%s gave nothing: %s", first.Actions[0].Command, more.Text)
		}
		for _, c := range more.Citations {
			if c.Quote == first.Citations[0].Quote {
				t.Errorf("/plus repeats the answer's citation")
			}
		}
	}
	if r := ask(t, b, "c", "/ask"); r.Kind != KindError {
		t.Errorf("/ask without a question: %s", r.Kind)
	}
	if r := ask(t, b, "c", "/ask Qui est Lu Wei ?"); !r.Answered {
		t.Errorf("/ask question: %s", r.Text)
	}
	q := ask(t, b, "c", "/quote camron")
	if !q.Answered || q.Answer != "David Cameron" || len(q.Citations) == 0 {
		t.Errorf("/quote camron: %s", q.Text)
	}
	for _, c := range q.Citations {
		if c.Speaker != "David Cameron" {
			t.Errorf("/quote camron cites %q", c.Speaker)
		}
	}
	if r := ask(t, b, "c", "/quote"); r.Kind != KindInfo || !strings.Contains(r.Text, "William Nee") {
		t.Errorf("/quote alone should list the speakers: %s", r.Text)
	}
	if r := ask(t, b, "c", "/quote Zorglub"); r.Answered {
		t.Errorf("/quote Zorglub: %s", r.Text)
	}
	if r := ask(t, b, "c", "/quitter"); r.Kind != KindQuit {
		t.Errorf("/quitter: %s", r.Kind)
	}
	if got := b.MatchSpeakers("hag"); len(got) == 0 || got[0] != "William Hague" {
		t.Errorf("MatchSpeakers(hag) = %v", got)
	}
}

// fakeClock is a clock the test moves by hand.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func TestRateLimit(t *testing.T) {
	clock := &fakeClock{now: time.Unix(1_700_000_000, 0)}
	b := New(seedBase(t), Options{RatePerMinute: 6, Burst: 2, Now: clock.Now})
	send := func(user, text string) Reply {
		return b.Handle(context.Background(), Message{Platform: "test", UserID: user, Conversation: user, Text: text})
	}
	for i := range 2 {
		if r := send("alice", "Qui est Lu Wei ?"); !r.Answered {
			t.Fatalf("question %d within the burst refused: %s", i+1, r.Text)
		}
	}
	r := send("alice", "Qui est Lu Wei ?")
	if r.Kind != KindRateLimited || r.Answered || !strings.Contains(r.Text, "patientez") || r.Repeated {
		t.Fatalf("third question in a row: %s %s (repeated %v)", r.Kind, r.Text, r.Repeated)
	}
	if r.RetryAfter != 10*time.Second || !strings.Contains(r.Text, "patientez 10 secondes") {
		t.Errorf("RetryAfter = %v, text %q: want 10s (one token at 6 a minute), said", r.RetryAfter, r.Text)
	}
	// Commands cost like questions: /plus stores a conversation too.
	for _, cmd := range []string{"/plus", "/aide", "/sources", "Qui est Lu Wei ?"} {
		r := send("alice", cmd)
		if r.Kind != KindRateLimited || !r.Repeated {
			t.Errorf("%s while limited: %s repeated=%v, want a repeated refusal", cmd, r.Kind, r.Repeated)
		}
	}
	if r := send("bob", "Qui est Lu Wei ?"); !r.Answered {
		t.Errorf("another user is limited too: %s", r.Text)
	}
	clock.Add(4 * time.Second)
	if r := send("alice", "/aide"); (r.RetryAfter - 6*time.Second).Abs() > time.Millisecond {
		t.Errorf("RetryAfter 4 s later = %v, want 6s", r.RetryAfter)
	}
	clock.Add(6 * time.Second)
	if r := send("alice", "Qui est Lu Wei ?"); !r.Answered {
		t.Errorf("after the wait: %s", r.Text)
	}
	if r := send("alice", "/aide"); r.Kind != KindRateLimited || r.Repeated {
		t.Errorf("limited again after an answer: %s repeated=%v, want a fresh refusal", r.Kind, r.Repeated)
	}
}

// TestCommandsCannotFillMemory is defect 1 of issue 7: /plus with ever
// new conversation ids, from one user, stores at most a burst of them.
func TestCommandsCannotFillMemory(t *testing.T) {
	clock := &fakeClock{now: time.Unix(1_700_000_000, 0)}
	store := NewMemoryStore(MemoryLimits{Now: clock.Now})
	b := New(seedBase(t), Options{RatePerMinute: 20, Burst: 5, Now: clock.Now, Store: store})
	for i := range 200 {
		b.Handle(context.Background(), Message{Platform: "test", UserID: "mallory", Conversation: fmt.Sprintf("c%d", i), Text: "Qui est Lu Wei ?"})
	}
	if n := store.Len(); n > 5 {
		t.Errorf("%d conversations stored by one user's /plus flood, want at most the burst (5)", n)
	}
}

func TestConversationIDBounded(t *testing.T) {
	store := NewMemoryStore(MemoryLimits{})
	b := New(seedBase(t), Options{Store: store})
	r := b.Handle(context.Background(), Message{Conversation: strings.Repeat("x", MaxConversationBytes+1), Text: "/plus"})
	if r.Kind != KindError || !strings.Contains(r.Text, "trop long") {
		t.Errorf("over-long conversation id: %s %s", r.Kind, r.Text)
	}
	if n := store.Len(); n != 0 {
		t.Errorf("%d conversations stored for a refused id", n)
	}
	if r := b.Handle(context.Background(), Message{Conversation: strings.Repeat("x", MaxConversationBytes), Text: "Qui est Lu Wei ?"}); !r.Answered {
		t.Errorf("a conversation id at the limit is refused: %s", r.Text)
	}
}

// TestPanicIsRecovered breaks the bot on purpose: a panic while answering
// one message must give an apology, not kill the program.
func TestPanicIsRecovered(t *testing.T) {
	b := New(seedBase(t), Options{})
	b.matcher = nil // Answer dereferences it
	r := ask(t, b, "c", "Qui est Lu Wei ?")
	if r.Kind != KindError || !strings.Contains(r.Text, "Désolé") {
		t.Fatalf("got %s: %s", r.Kind, r.Text)
	}
}

func TestCancelledContext(t *testing.T) {
	b := New(seedBase(t), Options{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if r := b.Handle(ctx, Message{Text: "Qui est Lu Wei ?"}); r.Kind != KindError || r.Text == "" {
		t.Fatalf("got %s: %s", r.Kind, r.Text)
	}
}

// TestConversationsAreBounded checks that memory is bounded by the
// number of conversations kept and that the oldest is forgotten first.
func TestConversationsAreBounded(t *testing.T) {
	clock := &fakeClock{now: time.Unix(1_700_000_000, 0)}
	store := NewMemoryStore(MemoryLimits{MaxConversations: 3, Now: clock.Now})
	b := New(seedBase(t), Options{Store: store, Now: clock.Now})
	ctx := context.Background()
	for i := range 5 {
		clock.Add(time.Second)
		ask(t, b, fmt.Sprintf("c%d", i), "Qui est William Nee ?")
	}
	if n := store.Len(); n > 3 {
		t.Fatalf("%d conversations kept, want at most 3", n)
	}
	if _, err := store.LoadConversation(ctx, "c0"); err != ErrNotFound {
		t.Errorf("the oldest conversation was kept (err %v)", err)
	}
	if _, err := store.LoadConversation(ctx, "c4"); err != nil {
		t.Errorf("the newest conversation was dropped: %v", err)
	}
	clock.Add(3 * time.Hour)
	ask(t, b, "c4", "Et selon lui, que semble vouloir faire la Chine ?")
	if st, err := store.LoadConversation(ctx, "c4"); err != nil || st.Turns != 1 {
		t.Errorf("an expired conversation was continued: %+v, %v", st, err)
	}
}

// TestConcurrentUse runs conversations in parallel (go test -race checks
// the locking) and checks that each conversation keeps its own context.
func TestConcurrentUse(t *testing.T) {
	b := New(seedBase(t), Options{})
	var wg sync.WaitGroup
	errs := make(chan string, 40)
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			conv := fmt.Sprintf("c%d", i)
			ask(t, b, conv, "Qui est William Nee ?")
			r := ask(t, b, conv, "Et selon lui, que semble vouloir faire la Chine ?")
			if !r.Answered || r.Citations[0].Speaker != "William Nee" {
				errs <- conv + ": " + r.Text
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestMoreAfterAbstention: after an abstention, /plus has nothing to add
// to it, rather than the sources of the answer before, which was about
// something else; a follow-up still refers to that answer.
func TestMoreAfterAbstention(t *testing.T) {
	b := New(seedBase(t), Options{})
	first := ask(t, b, "c", "Qui est Lu Wei ?")
	if !first.Answered || len(first.Actions) == 0 {
		t.Fatalf("the first question gave no answer with further sources: %s", first.Text)
	}
	if r := ask(t, b, "c", "Quelle est la capitale de l'Australie ?"); r.Answered {
		t.Fatalf("an out-of-scope question was answered: %s", r.Text)
	}
	if r := ask(t, b, "c", "/plus"); r.Answered || len(r.Citations) > 0 {
		t.Errorf("/plus after an abstention gave %d citations: %s", len(r.Citations), r.Text)
	}
	if r := ask(t, b, "c", "Et qu'a-t-il dit d'autre ?"); !r.Answered || r.Citations[0].Speaker != "Lu Wei" {
		t.Errorf("the follow-up lost the conversation: %s", r.Text)
	}
}
