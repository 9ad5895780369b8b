package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// syncBuffer collects a program's output from several goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// tgEnv is the environment of `citebot serve` on the scripted Bot API,
// with debug logs, plus extra "KEY=value" pairs.
func tgEnv(f *tgFake, extra ...string) map[string]string {
	env := map[string]string{
		"CITEBOT_TELEGRAM_TOKEN":   tgToken,
		"CITEBOT_TELEGRAM_API_URL": f.apiURL(),
		"CITEBOT_LOG_LEVEL":        "debug",
	}
	for _, kv := range extra {
		k, v, _ := strings.Cut(kv, "=")
		env[k] = v
	}
	return env
}

// serveInProcess runs `citebot serve` through run, as main does, until
// the test ends; the returned buffer holds everything it printed. The
// test fails if serve stops on its own.
func serveInProcess(t *testing.T, env map[string]string) *syncBuffer {
	t.Helper()
	out := &syncBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), out, out)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve: %v\n%s", err, out)
			}
		case <-time.After(60 * time.Second):
			t.Errorf("serve did not stop\n%s", out)
		}
		checkNoToken(t, out.String())
	})
	go func() {
		select {
		case err := <-done:
			done <- err // for the cleanup
			if ctx.Err() == nil {
				t.Errorf("serve stopped on its own: %v\n%s", err, out)
			}
		case <-ctx.Done():
		}
	}()
	return out
}

// startChild runs `citebot serve` in a child process (the test binary as
// citebot, see TestMain), for tests that kill it or measure it.
func startChild(t *testing.T, env map[string]string) (*exec.Cmd, *syncBuffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "serve")
	cmd.Env = []string{asMainEnv + "=1", "PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME"),
		"CITEBOT_DB=" + filepath.Join(t.TempDir(), "citebot.db")} // not the user's own database
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	out := &syncBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
		checkNoToken(t, out.String())
	})
	return cmd, out
}

// checkNoToken fails the test if output shows the bot token or its secret
// half.
func checkNoToken(t *testing.T, output string) {
	t.Helper()
	_, half, _ := strings.Cut(tgToken, ":")
	if strings.Contains(output, half) {
		t.Errorf("the token reached the output:\n%s", output)
	}
}

// TestServePoisonUpdate is defect 2 of issue 7 end to end: a group message
// whose mention entity appears twice, then a normal question. Before, the
// first killed serve (and would again after every restart); now both are
// answered and serve goes on.
func TestServePoisonUpdate(t *testing.T) {
	t.Parallel()
	f := newTGFake(t)
	serveInProcess(t, tgEnv(f))
	poison := f.push(`{"message_id":1,"date":0,"text":"@citebot_test_bot qui parle ?","chat":{"id":-77,"type":"supergroup"},"from":{"id":5,"is_bot":false,"first_name":"A"},` +
		`"entities":[{"type":"mention","offset":0,"length":17},{"type":"mention","offset":0,"length":17}]}`)
	f.waitFor(t, "the poison update to be answered and confirmed", func() bool { return len(f.sentTo(-77)) == 1 && f.confirmed > poison })
	f.push(dmText(8, "Qui est Lu Wei ?"))
	f.waitFor(t, "the next question to be answered", func() bool { return len(f.sentTo(8)) == 1 })
	if got := f.snapshot(); !strings.Contains(got[1].text, "Lu Wei") {
		t.Errorf("answer %q", got[1].text)
	}
}

// TestServeBurstWithFailures: 30 questions from 10 users at once, while
// Telegram answers some sends with 429 (retry_after 1) and one with 502.
// Every question is answered exactly once: 3 messages to each chat, no
// two alike, and all updates confirmed.
func TestServeBurstWithFailures(t *testing.T) {
	t.Parallel()
	f := newTGFake(t)
	for chat := int64(1); chat <= 10; chat++ {
		switch {
		case chat == 3:
			f.failNext(chat, tgBadGateway)
		case chat%2 == 0:
			f.failNext(chat, tgFlood(1))
		}
	}
	f.failNext(5, tgFlood(1), tgFlood(1))
	serveInProcess(t, tgEnv(f))
	questions := []string{"Qui est Lu Wei ?", "Qui a organisé la conférence ?", "Combien de personnes utilisent Internet en Chine ?"}
	for _, q := range questions {
		for chat := int64(1); chat <= 10; chat++ {
			f.push(dmText(chat, q))
		}
	}
	f.waitFor(t, "30 answers and every update confirmed", func() bool { return len(f.sent) >= 30 && f.confirmed == 31 })
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.failed != 8 {
		t.Errorf("%d scripted failures served, want 8", f.failed)
	}
	for chat := int64(1); chat <= 10; chat++ {
		got := f.sentTo(chat)
		if len(got) != 3 {
			t.Errorf("chat %d got %d messages, want 3", chat, len(got))
			continue
		}
		if got[0].text == got[1].text || got[1].text == got[2].text || got[0].text == got[2].text {
			t.Errorf("chat %d got the same answer twice: %v", chat, got)
		}
	}
}

// TestServeFloodWaitSparesOtherChats is defect 5 end to end: 8 chats are
// told to wait 10 s (retry_after as the issue measured it); a 9th chat's
// question, sent during the wait, is answered before any of the 8, which
// are answered once the wait is over. The order is asserted, not a time
// bound on the 9th, which a loaded machine could break.
func TestServeFloodWaitSparesOtherChats(t *testing.T) {
	t.Parallel()
	f := newTGFake(t)
	for chat := int64(1); chat <= 8; chat++ {
		f.failNext(chat, tgFlood(10))
	}
	serveInProcess(t, tgEnv(f))
	for chat := int64(1); chat <= 8; chat++ {
		f.push(dmText(chat, "Qui est Lu Wei ?"))
	}
	f.waitFor(t, "the 8 chats to meet their flood wait", func() bool { return f.failed == 8 })
	asked := time.Now()
	f.push(dmText(9, "Qui est Lu Wei ?"))
	f.waitFor(t, "the 9th chat's answer", func() bool { return len(f.sentTo(9)) == 1 })
	f.waitFor(t, "the 8 answers after the wait", func() bool { return len(f.sent) == 9 })
	f.mu.Lock()
	defer f.mu.Unlock()
	ninth := f.sentTo(9)[0].at
	t.Logf("the 9th chat was answered %v after it asked", ninth.Sub(asked))
	for chat := int64(1); chat <= 8; chat++ {
		if got := f.sentTo(chat); len(got) != 1 || got[0].at.Sub(asked) < 8*time.Second || !got[0].at.After(ninth) {
			t.Errorf("chat %d: %d answers, the first %v after the 9th was asked; want one, after the 10 s wait and the 9th's answer", chat, len(got), got)
		}
	}
}

// TestServeKilledDuringFloodWait is defect 6 end to end: citebot is killed
// with SIGKILL while a reply waits out a 429; after a restart the question
// is answered, once. Without a queue file the update stays unconfirmed
// until answered, so Telegram delivers it again; with one it is confirmed
// at once and the file brings it back.
func TestServeKilledDuringFloodWait(t *testing.T) {
	t.Parallel()
	for _, queued := range []bool{false, true} {
		t.Run(fmt.Sprintf("queue file %v", queued), func(t *testing.T) {
			t.Parallel()
			f := newTGFake(t)
			env := tgEnv(f)
			if queued {
				env["CITEBOT_TELEGRAM_QUEUE_FILE"] = t.TempDir() + "/telegram.queue"
			}
			f.failNext(21, tgFlood(30))
			id := f.push(dmText(21, "Qui est Lu Wei ?"))
			first, out := startChild(t, env)
			f.waitFor(t, "the reply to meet its flood wait", func() bool { return f.failed == 1 && (!queued || f.confirmed > id) })
			if err := first.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			_ = first.Wait()
			f.mu.Lock()
			confirmed := f.confirmed
			f.mu.Unlock()
			if !queued && confirmed > id {
				t.Fatalf("update %d was confirmed (offset %d) before its answer was sent\n%s", id, confirmed, out)
			}
			second, out2 := startChild(t, env)
			f.waitFor(t, "the answer after the restart, and its confirmation", func() bool { return len(f.sentTo(21)) == 1 && f.confirmed > id })
			if err := second.Process.Signal(syscall.SIGTERM); err != nil {
				t.Fatal(err)
			}
			if err := second.Wait(); err != nil {
				t.Errorf("serve after SIGTERM: %v\n%s", err, out2)
			}
			if got := f.snapshot(); len(got) != 1 || !strings.Contains(got[0].text, "Lu Wei") {
				t.Errorf("messages sent: %v, want the one answer", got)
			}
			if queued {
				// A third start finds nothing left to answer.
				third, out3 := startChild(t, env)
				f.push(dmText(22, "Qui est Lu Wei ?"))
				f.waitFor(t, "a new question's answer", func() bool { return len(f.sent) == 2 })
				_ = third.Process.Signal(syscall.SIGTERM)
				if err := third.Wait(); err != nil || len(f.snapshot()) != 2 {
					t.Errorf("third run: %v, %d messages, want 2\n%s", err, len(f.snapshot()), out3)
				}
			}
		})
	}
}

// TestNoTokenInOutput is defect 4 end to end: seven malformed
// configurations, under debug logging, print no token, no secret half,
// no API key and no webhook secret.
func TestNoTokenInOutput(t *testing.T) {
	t.Parallel()
	_, half, _ := strings.Cut(tgToken, ":")
	const webhookSecret, apiKey = "WEBHOOKsecretVALUE", "APIKEYsecretVALUE-1234"
	echo := newTGEcho(t)
	closed := newTGFake(t)
	closed.srv.Close()
	tests := []struct {
		name string
		env  []string
	}{
		{"token in the API URL's host", []string{"CITEBOT_TELEGRAM_API_URL=http://%s/%s"}},
		{"token as the API URL's port", []string{"CITEBOT_TELEGRAM_API_URL=http://127.0.0.1:%s/%s"}},
		{"API unreachable", []string{"CITEBOT_TELEGRAM_API_URL=" + closed.apiURL()}},
		{"API echoes the request URL in its errors", []string{"CITEBOT_TELEGRAM_API_URL=" + echo}},
		{"webhook over http", []string{"CITEBOT_TELEGRAM_WEBHOOK_URL=http://bot.example.org/tg", "CITEBOT_TELEGRAM_WEBHOOK_SECRET=" + webhookSecret, "CITEBOT_HTTP_ADDR=127.0.0.1:0"}},
		{"token pasted into the API URL", []string{"CITEBOT_TELEGRAM_API_URL=http://127.0.0.1:1/bot" + tgToken + "/%s"}},
		{"token with a space, API key too short", []string{"CITEBOT_TELEGRAM_TOKEN=" + tgToken + " x", "CITEBOT_HTTP_API_KEYS=" + apiKey[:10], "CITEBOT_HTTP_ADDR=127.0.0.1:0"}},
	}
	for _, tt := range tests {
		env := map[string]string{"CITEBOT_TELEGRAM_TOKEN": tgToken, "CITEBOT_LOG_LEVEL": "debug", "CITEBOT_TELEGRAM_API_URL": "http://127.0.0.1:1/bot%s/%s"}
		for _, kv := range tt.env {
			k, v, _ := strings.Cut(kv, "=")
			env[k] = v
		}
		var out syncBuffer
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		err := run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), &out, &out)
		cancel()
		if err == nil {
			t.Errorf("%s: serve started", tt.name)
			continue
		}
		all := out.String() + fmt.Sprint(err)
		for _, secret := range []string{half, webhookSecret, apiKey[:10]} {
			if strings.Contains(all, secret) {
				t.Errorf("%s: a secret reached the output:\n%s", tt.name, all)
			}
		}
	}
}

// newTGEcho is a Bot API that refuses every call with a description
// quoting the request's path, token included, as a careless proxy might.
func newTGEcho(t *testing.T) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		desc, _ := json.Marshal("Internal Server Error at " + r.URL.String())
		tgWrite(w, 500, `{"ok":false,"error_code":500,"description":`+string(desc)+`}`)
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/bot%s/%s"
}

// TestServeConversationFloodMemory is defect 1 end to end: 3,000 /plus
// requests with 60 KB conversation ids from one address leave the peak
// RSS of `citebot serve` under 150 MB (before: every id was kept for two
// hours, and 12,000 took 1.13 GB).
func TestServeConversationFloodMemory(t *testing.T) {
	t.Parallel()
	const requests, clients, idBytes, limitMB = 3000, 8, 60 << 10, 150
	cmd, out := startChild(t, map[string]string{"CITEBOT_HTTP_ADDR": "127.0.0.1:0"})
	var base string
	for deadline := time.Now().Add(60 * time.Second); base == ""; {
		if time.Now().After(deadline) {
			t.Fatalf("serve printed no address:\n%s", out)
		}
		base = httpURLRE.FindString(out.String())
		if base == "" {
			time.Sleep(20 * time.Millisecond) // polling the child's output: no event to wait on
		}
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	statuses := make(chan int, requests)
	var wg sync.WaitGroup
	jobs := make(chan int)
	for range clients {
		wg.Go(func() {
			for i := range jobs {
				id := fmt.Sprintf("%06d", i) + strings.Repeat("x", idBytes-6)
				body := `{"question": "/plus", "conversation": "` + id + `"}`
				resp, err := client.Post(base+"/v1/ask", "application/json", strings.NewReader(body))
				if err != nil {
					t.Error(err)
					continue
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				statuses <- resp.StatusCode
			}
		})
	}
	for i := range requests {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(statuses)
	counts := map[int]int{}
	for s := range statuses {
		counts[s]++
	}
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", cmd.Process.Pid))
	if err != nil {
		t.Skipf("no /proc to read the RSS from: %v", err)
	}
	var peakKB int
	for _, l := range strings.Split(string(status), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			fmt.Sscanf(strings.TrimSpace(v), "%d", &peakKB)
		}
	}
	t.Logf("%d /plus requests with %d-byte conversation ids: statuses %v, peak RSS %d MB", requests, idBytes, counts, peakKB>>10)
	if peakKB == 0 || peakKB>>10 >= limitMB {
		t.Errorf("peak RSS %d MB, want under %d MB", peakKB>>10, limitMB)
	}
}
