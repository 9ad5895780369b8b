package console

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/citebot/citebot/adapters/platform"
	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/knowledge"
)

// echoBot replies "réponse: <text>" and records what it was asked; it
// quits on "/quitter" the way bot.Bot does.
type echoBot struct{ got []bot.Message }

func (e *echoBot) Handle(_ context.Context, m bot.Message) bot.Reply {
	e.got = append(e.got, m)
	if m.Text == "/quitter" {
		return bot.Reply{Kind: bot.KindQuit, Text: "Au revoir !"}
	}
	return bot.Reply{Kind: bot.KindAbstain, Text: "réponse: " + m.Text}
}

func TestRunPiped(t *testing.T) {
	in := "Qui est Lu Wei ?\n\n   \nEt lui ?\n/quitter\njamais lu\n"
	var out strings.Builder
	b := &echoBot{}
	c := &Console{Bot: b, In: strings.NewReader(in), Out: &out, Welcome: "Bonjour."}
	if err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	want := "Bonjour.\n\nréponse: Qui est Lu Wei ?\n\nréponse: Et lui ?\n\nAu revoir !\n\n"
	if out.String() != want {
		t.Errorf("output:\n%q\nwant:\n%q", out.String(), want)
	}
	if len(b.got) != 3 {
		t.Fatalf("bot got %d messages, want 3 (blank lines skipped, nothing after /quitter)", len(b.got))
	}
	for _, m := range b.got {
		if m.Platform != "console" || m.Conversation != "console" || m.UserID != "console" {
			t.Errorf("message %+v: want platform, user and conversation \"console\"", m)
		}
	}
}

func TestRunPromptAndEOF(t *testing.T) {
	var out strings.Builder
	c := &Console{Bot: &echoBot{}, In: strings.NewReader("bonjour"), Out: &out, Prompt: "> "}
	if err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if want := "> réponse: bonjour\n\n> \n"; out.String() != want {
		t.Errorf("output %q, want %q", out.String(), want)
	}
}

func TestRunBadInput(t *testing.T) {
	long := strings.Repeat("a", platform.MaxLine+1)
	in := "\xff\xfebad\n" + long + "\n\x1b[31mrouge\x07\n"
	var out strings.Builder
	b := &echoBot{}
	c := &Console{Bot: b, In: strings.NewReader(in), Out: &out}
	if err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(b.got) != 2 {
		t.Fatalf("bot got %d messages, want 2 (the too-long line is answered by the console)", len(b.got))
	}
	if !utf8.ValidString(b.got[0].Text) {
		t.Errorf("bot got invalid UTF-8 %q", b.got[0].Text)
	}
	s := out.String()
	if !strings.Contains(s, "dépasse 1024 Kio") {
		t.Errorf("no too-long message in %q", s[:min(len(s), 300)])
	}
	if strings.ContainsAny(s, "\x1b\x07") {
		t.Errorf("control characters reached the terminal: %q", s)
	}
	if !strings.Contains(s, "réponse: [31mrouge") {
		t.Errorf("visible text lost: %q", s)
	}
}

func TestRunCancelledWhileReading(t *testing.T) {
	pr, pw := io.Pipe() // nothing is ever written: a terminal waiting for a key
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	c := &Console{Bot: &echoBot{}, In: pr, Out: io.Discard}
	if err := c.Run(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("Run = %v, want context.Canceled", err)
	}
}

func TestRunWriteError(t *testing.T) {
	boom := errors.New("closed")
	c := &Console{Bot: &echoBot{}, In: strings.NewReader("q\n"), Out: failWriter{boom}, Welcome: "hi"}
	if err := c.Run(context.Background()); !errors.Is(err, boom) {
		t.Errorf("Run = %v, want the write error", err)
	}
}

type failWriter struct{ err error }

func (f failWriter) Write([]byte) (int, error) { return 0, f.err }

func TestWelcome(t *testing.T) {
	mk := func(n int) *knowledge.Base {
		b := &knowledge.Base{}
		for i := range n {
			a := &knowledge.Article{ID: "a" + string(rune('0'+i%10)), Title: "Titre " + string(rune('A'+i))}
			if i == 0 {
				a.Date = "2018-11-12"
			}
			if i == 1 {
				a.Title = ""
			}
			b.Articles = append(b.Articles, a)
		}
		return b
	}
	w := Welcome(mk(3))
	for _, s := range []string{"3 articles", "1. Titre A (2018-11-12)", "2. a1", "3. Titre C", "/aide", "/quitter"} {
		if !strings.Contains(w, s) {
			t.Errorf("welcome lacks %q:\n%s", s, w)
		}
	}
	w = Welcome(mk(20))
	if !strings.Contains(w, "20 articles") || !strings.Contains(w, "et 12 autres") || strings.Contains(w, "9. ") {
		t.Errorf("welcome for 20 articles should list 8 and sum up 12:\n%s", w)
	}
	if w := Welcome(mk(1)); !strings.Contains(w, "sur 1 article,") {
		t.Errorf("singular: %s", w)
	}
}

// TestRunOwnConversation: a chat given a conversation key of its own sends
// it with every message, a student's too (under their name), and two
// chats never share one.
func TestRunOwnConversation(t *testing.T) {
	conv := NewConversation()
	if other := NewConversation(); other == conv || !strings.HasPrefix(conv, Conversation+"-") {
		t.Fatalf("NewConversation gave %q then %q", conv, other)
	}
	b := &echoBot{}
	c := &Console{Bot: b, In: strings.NewReader("Qui ?\n/eleve Lina\nEt lui ?\n"), Out: io.Discard, Conversation: conv}
	if err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(b.got) != 2 || b.got[0].Conversation != conv || b.got[1].Conversation != conv+":Lina" {
		t.Errorf("messages %+v: want conversations %q and %q", b.got, conv, conv+":Lina")
	}
}
