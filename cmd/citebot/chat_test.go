package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/corpus"
)

func bundled(t *testing.T) *knowledge.Base {
	t.Helper()
	b, err := knowledge.Load(corpus.FS())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestChatPiped chats with the bundled articles through a pipe, the way
// `echo ... | citebot` does.
func TestChatPiped(t *testing.T) {
	in := "Qui est Lu Wei ?\n\n/sources\nEt que dit-il ?\n/plus\n\xff\x1b[2J\n/quitter\nCette ligne ne doit pas être lue.\n"
	for _, args := range [][]string{nil, {"chat"}} {
		r := runCLI(t, nil, in, args...)
		if r.err != nil {
			t.Fatalf("%v: %v\n%s", args, r.err, r.stderr)
		}
		out := r.stdout
		if !strings.HasPrefix(out, "Bonjour ! Je réponds à vos questions sur 4 articles") {
			t.Errorf("no welcome: %q", out[:min(200, len(out))])
		}
		for _, a := range bundled(t).Articles {
			if !strings.Contains(out, a.Title) {
				t.Errorf("title %q missing from the welcome or /sources", a.Title)
			}
		}
		if strings.Contains(out, "> ") {
			t.Error("prompt printed although stdin is a pipe")
		}
		if !strings.HasSuffix(out, "Au revoir !\n\n") {
			t.Errorf("chat did not stop at /quitter: ends with %q", out[max(0, len(out)-200):])
		}
		if strings.Contains(out, "\x1b") {
			t.Error("an escape sequence reached the terminal")
		}
		// One reply a non-empty line: welcome + 6 replies, each ending in a blank line.
		if got := strings.Count(out, "\n\n"); got < 7 {
			t.Errorf("%d blank-line-separated blocks, want at least 7:\n%s", got, out)
		}
		if r.stderr != "" {
			t.Errorf("stderr not empty: %q", r.stderr)
		}
	}
}

func TestChatEndsWithInput(t *testing.T) {
	r := runCLI(t, nil, "Qui est Lu Wei ?", "--corpus", "")
	if r.err != nil {
		t.Fatal(r.err)
	}
	if strings.Count(r.stdout, "\n\n") != 2 {
		t.Errorf("want the welcome and one reply:\n%s", r.stdout)
	}
}

// TestChatStartsAfresh: the store keeps conversations across restarts, but
// a new chat is a new conversation. Resuming the last run's would make its
// first "Qu'a-t-il dit d'autre ?" answer that everything was cited already.
func TestChatStartsAfresh(t *testing.T) {
	env := map[string]string{"CITEBOT_DB": filepath.Join(t.TempDir(), "citebot.db")}
	in := "Qui a qualifié Internet de force du bien ?\nEt qu'a-t-il dit d'autre ?\n"
	first := runCLI(t, env, in)
	second := runCLI(t, env, in)
	if first.err != nil || second.err != nil {
		t.Fatalf("%v, %v", first.err, second.err)
	}
	if strings.Contains(first.stdout, "déjà cité") || strings.Count(first.stdout, "(David Cameron)") != 2 {
		t.Fatalf("first chat: want two quotations of Cameron's:\n%s", first.stdout)
	}
	if second.stdout != first.stdout {
		t.Errorf("the second chat resumed the first's conversation:\n%s", second.stdout)
	}
}
