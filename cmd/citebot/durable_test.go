package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/citebot/citebot/adapters/postgres/pgtest"
	"github.com/citebot/citebot/adapters/sqlite"
)

const testKey = "cle-de-test-0123456789abcdef"

// citebotProcess is `citebot serve` running in a subprocess.
type citebotProcess struct {
	cmd    *exec.Cmd
	url    string
	stderr *lockedLog
}

// lockedLog is a subprocess's stderr, written by the reading goroutine.
type lockedLog struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *lockedLog) add(line string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf.WriteString(line + "\n")
}

func (l *lockedLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// startCitebot runs `citebot serve` with the HTTP API on a free port and
// these settings, and returns once it serves.
func startCitebot(t *testing.T, env ...string) *citebotProcess {
	t.Helper()
	cmd := exec.Command(os.Args[0], "serve")
	cmd.Env = append([]string{asMainEnv + "=1", "HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH"),
		"CITEBOT_HTTP_ADDR=127.0.0.1:0", "CITEBOT_HTTP_API_KEYS=" + testKey}, env...)
	pipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &citebotProcess{cmd: cmd, stderr: &lockedLog{}}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pipe)
		for sc.Scan() {
			line := sc.Text()
			if u := httpURLRE.FindString(line); u != "" && strings.Contains(line, "serving") {
				found <- u
			}
			p.stderr.add(line)
		}
		close(found)
	}()
	select {
	case u, ok := <-found:
		if !ok {
			t.Fatalf("citebot serve stopped before serving:\n%s", p.stderr)
		}
		p.url = u
	case <-time.After(time.Minute):
		t.Fatalf("citebot serve did not start within a minute")
	}
	return p
}

// call sends a JSON request to the process and decodes the JSON answer.
func (p *citebotProcess) call(t *testing.T, method, path string, body any, teacher bool) (int, map[string]any) {
	t.Helper()
	var buf bytes.Buffer
	if body != nil {
		_ = json.NewEncoder(&buf).Encode(body)
	}
	req, _ := http.NewRequest(method, p.url+path, &buf)
	req.Header.Set("Content-Type", "application/json")
	if teacher {
		req.Header.Set("Authorization", "Bearer "+testKey)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

func (p *citebotProcess) ask(t *testing.T, q, conversation, room string) map[string]any {
	t.Helper()
	status, out := p.call(t, "POST", "/v1/ask", map[string]string{"question": q, "conversation": conversation, "room": room, "user": "eleve"}, false)
	if status != 200 {
		t.Fatalf("ask %q: %d %v", q, status, out)
	}
	return out
}

func speaker(t *testing.T, answer map[string]any) string {
	t.Helper()
	cits, _ := answer["citations"].([]any)
	if len(cits) == 0 {
		return ""
	}
	s, _ := cits[0].(map[string]any)["speaker"].(string)
	return s
}

// TestKillAfterAnswerLosesNothing kills citebot (SIGKILL) right after it
// answered: the question is recorded, and the conversation goes on after
// a restart.
func TestKillAfterAnswerLosesNothing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "citebot.db")
	first := startCitebot(t, "CITEBOT_DB="+db)
	status, start := first.call(t, "POST", "/v1/sessions", map[string]string{"room": "3eB", "title": "Avant la panne"}, true)
	if status != 201 {
		t.Fatalf("start: %d %v", status, start)
	}
	id := start["session"].(string)
	a := first.ask(t, "Qui est William Nee ?", "c1", "3eB")
	if a["entry"] == nil {
		t.Fatalf("the question was not recorded: %v", a)
	}
	if err := first.cmd.Process.Kill(); err != nil { // SIGKILL: nothing runs after it
		t.Fatal(err)
	}
	_ = first.cmd.Wait()

	store, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatalf("the database after kill -9: %v", err)
	}
	es, err := store.Entries(context.Background(), id, 0, 0)
	_ = store.Close()
	if err != nil || len(es) != 1 || es[0].Question != "Qui est William Nee ?" {
		t.Fatalf("after kill -9, the session holds %+v, %v; want the question", es, err)
	}

	second := startCitebot(t, "CITEBOT_DB="+db)
	follow := second.ask(t, "Et selon lui, que semble vouloir faire la Chine ?", "c1", "3eB")
	if speaker(t, follow) != "William Nee" {
		t.Errorf("the follow-up after the restart lost its context: %v", follow["text"])
	}
	status, sum := second.call(t, "POST", "/v1/sessions/"+id+"/end", nil, true)
	if status != 200 || sum["asked"] != 2.0 {
		t.Errorf("the session after the restart: %d %v", status, sum)
	}
}

// TestTwoReplicasShareOnePostgreSQL runs two citebot processes on one
// database: a follow-up asked through the other resolves in the same
// conversation, a session started on one is ended on the other.
func TestTwoReplicasShareOnePostgreSQL(t *testing.T) {
	dsn := pgtest.URL(t)
	a := startCitebot(t, "CITEBOT_DATABASE_URL="+dsn)
	b := startCitebot(t, "CITEBOT_DATABASE_URL="+dsn)
	if a.url == b.url {
		t.Fatalf("the two processes share one address: %s", a.url)
	}
	a.ask(t, "Qui est William Nee ?", "conv", "")
	follow := b.ask(t, "Et selon lui, que semble vouloir faire la Chine ?", "conv", "")
	if speaker(t, follow) != "William Nee" {
		t.Errorf("a follow-up on the other replica: %v", follow["text"])
	}
	status, start := a.call(t, "POST", "/v1/sessions", map[string]string{"room": "3eB"}, true)
	if status != 201 {
		t.Fatalf("start on the first: %d %v", status, start)
	}
	id := start["session"].(string)
	a.ask(t, "Combien de pays étaient à Londres ?", "", "3eB")
	repeat := b.ask(t, "combien de pays ont participé à la conférence de Londres", "", "3eB")
	if !strings.Contains(fmt.Sprint(repeat["text"]), "Déjà posée") {
		t.Errorf("a repeat asked on the other replica: %v", repeat["text"])
	}
	if status, again := b.call(t, "POST", "/v1/sessions", map[string]string{"room": "3eB"}, true); status != 409 {
		t.Errorf("a second session in the room, on the other replica: %d %v", status, again)
	}
	status, sum := b.call(t, "POST", "/v1/sessions/"+id+"/end", nil, true)
	if status != 200 || sum["asked"] != 2.0 || sum["distinct"] != 1.0 {
		t.Errorf("ending on the other replica: %d %v", status, sum)
	}
	if status, _ := a.call(t, "POST", "/v1/sessions/"+id+"/end", nil, true); status != 409 {
		t.Errorf("the first replica still sees it open: %d", status)
	}
}

// TestBadDatabaseFileAtStart: a database file citebot cannot use stops it
// at start with an error that names the file.
func TestBadDatabaseFileAtStart(t *testing.T) {
	dir := t.TempDir()
	notDB := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(notDB, []byte("des notes de cours, pas une base de données"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"serve"}, {"chat"}} {
		r := runCLI(t, map[string]string{"CITEBOT_DB": notDB, "CITEBOT_HTTP_ADDR": "127.0.0.1:0"}, "", args...)
		if r.err == nil || !strings.Contains(r.err.Error(), "CITEBOT_DB") || !strings.Contains(r.err.Error(), notDB) ||
			!strings.Contains(r.err.Error(), "not a SQLite database") {
			t.Errorf("%v with a file that is not a database: %v", args, r.err)
		}
	}
	r := runCLI(t, map[string]string{"CITEBOT_DATABASE_URL": "postgres://citebot:motdepasse@127.0.0.1:1/x?connect_timeout=5", "CITEBOT_HTTP_ADDR": "127.0.0.1:0"}, "", "serve")
	if r.err == nil || !strings.Contains(r.err.Error(), "CITEBOT_DATABASE_URL") || strings.Contains(r.err.Error(), "motdepasse") {
		t.Errorf("an unreachable PostgreSQL: %v", r.err)
	}
}
