package telegram

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/citebot/citebot/bot"
)

func TestJournalReplaysWhatIsLeft(t *testing.T) {
	path := filepath.Join(t.TempDir(), "queue")
	j, pending, _, err := openJournal(path)
	if err != nil || len(pending) != 0 {
		t.Fatalf("new journal: %v, %d pending", err, len(pending))
	}
	for id := 5; id <= 7; id++ {
		if ok, err := j.add(tgbotapi.Update{UpdateID: id, Message: textMsg(id, privateChat(1), user(1), "Q")}); !ok || err != nil {
			t.Fatalf("add %d: %v %v", id, ok, err)
		}
	}
	if err := j.done(6); err != nil {
		t.Fatal(err)
	}
	if err := j.close(); err != nil {
		t.Fatal(err)
	}
	// A crash in the middle of a write leaves a torn line.
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"done": 5`)
	f.Close()

	j, pending, skipped, err := openJournal(path)
	if err != nil || skipped != 1 {
		t.Fatalf("reopening: %v, %d lines skipped, want the torn one", err, skipped)
	}
	defer j.close()
	if len(pending) != 2 || pending[0].UpdateID != 5 || pending[1].UpdateID != 7 || pending[0].Message.Text != "Q" {
		t.Fatalf("pending after reopening: %+v", pending)
	}
	if j.highest() != 7 {
		t.Errorf("highest taken %d, want 7", j.highest())
	}
	// Once everything is done, reopening finds nothing but the watermark.
	j.done(5)
	j.done(7)
	j.close()
	j, pending, _, err = openJournal(path)
	if err != nil || len(pending) != 0 || j.highest() != 7 {
		t.Fatalf("after all done: %v, %d pending, highest %d", err, len(pending), j.highest())
	}
	j.close()
}

func TestJournalBounded(t *testing.T) {
	path := filepath.Join(t.TempDir(), "queue")
	j, _, _, err := openJournal(path)
	if err != nil {
		t.Fatal(err)
	}
	defer j.close()
	j.max = 2
	big := strings.Repeat("x", 4000)
	for id := 1; id <= 3; id++ {
		ok, err := j.add(tgbotapi.Update{UpdateID: id, Message: textMsg(id, privateChat(1), user(1), big)})
		if err != nil || ok != (id <= 2) {
			t.Fatalf("add %d: %v %v, want room for 2", id, ok, err)
		}
	}
	j.done(1)
	j.done(2)
	// Taking and answering updates forever keeps the file small.
	for id := 10; id < 10+2*compactAfter/4000; id++ {
		j.add(tgbotapi.Update{UpdateID: id, Message: textMsg(id, privateChat(1), user(1), big)})
		j.done(id)
	}
	if fi, err := os.Stat(path); err != nil || fi.Size() > 2*compactAfter {
		t.Errorf("queue file %d bytes after compaction, want at most %d (%v)", fi.Size(), 2*compactAfter, err)
	}
}

// TestQueueFileKeepsOtherChatsGoing: Telegram returns at most 100 updates
// from the oldest unconfirmed one, so 120 updates held up in one group (the
// first answer waiting, the others queued behind it, as they would behind
// a long flood wait) would hide a private chat's question for as long. With
// a queue file they are confirmed at once, and the private chat is
// answered first.
func TestQueueFileKeepsOtherChatsGoing(t *testing.T) {
	const stuck = 120
	release := make(chan struct{})
	var once sync.Once
	fake := newFakeAPI(t)
	for i := range stuck {
		fake.push(t, tgbotapi.Update{Message: textMsg(i+1, groupChat(-9), user(7), "/ask Qui ?")})
	}
	fake.push(t, dm(33, "Et moi ?"))
	path := filepath.Join(t.TempDir(), "queue")
	var mu sync.Mutex
	groupAsked := 0
	allAsked := make(chan struct{})
	hs := startOn(t, fake, func(m bot.Message) bot.Reply {
		if m.Conversation == "telegram:chat:33" {
			return echo(m)
		}
		mu.Lock()
		groupAsked++
		first := groupAsked == 1
		if groupAsked == stuck {
			close(allAsked)
		}
		mu.Unlock()
		if first {
			<-release
			return echo(m)
		}
		// The same user again and again: refused, silently.
		return bot.Reply{Kind: bot.KindRateLimited, Text: "Patientez.", Repeated: true}
	}, func(o *Options) { o.QueueFile = path })
	// Registered after startOn's, so run before it: Run waits for the
	// answer held here.
	t.Cleanup(func() { once.Do(func() { close(release) }) })
	if got := hs.fake.nextSent(t).form.Get("text"); !strings.Contains(got, "Et moi ?") {
		t.Fatalf("first answer %q, want the private chat's", got)
	}
	once.Do(func() { close(release) })
	if got := hs.fake.nextSent(t).form.Get("text"); !strings.Contains(got, "Qui ?") {
		t.Errorf("second answer %q, want the group's", got)
	}
	select {
	case <-allAsked:
	case <-time.After(20 * time.Second):
		t.Fatal("the group's questions were not all handled")
	}
}
