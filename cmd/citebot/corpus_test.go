package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCorpusErrors checks that a bad corpus stops every subcommand with exit
// status 1 and a message naming what to fix.
func TestCorpusErrors(t *testing.T) {
	good := "Le port de Marseille accueille 8 000 navires par an.\n"
	tests := []struct {
		name  string
		files map[string]string // name → content; "->target" makes a symlink
		want  string
		skip  func() bool
	}{
		{"not UTF-8", map[string]string{"a.txt": good, "x.txt": "caf\xe9 cr\xe8me\n"},
			"citebot: knowledge: x.txt is not valid UTF-8", nil},
		{"dangling symlink", map[string]string{"a.txt": good, "x.txt": "->nowhere.txt"},
			"x.txt", nil},
		{"symlink to a folder", map[string]string{"a.txt": good, "sub/b.md": good, "x.txt": "->sub"},
			"x.txt", nil},
		{"unreadable file", map[string]string{"a.txt": good, "x.txt": "chmod000"},
			"x.txt", func() bool { return os.Geteuid() == 0 }},
		{"empty folder", map[string]string{}, "the corpus holds no .txt or .md article", nil},
		{"no article files", map[string]string{"notes.csv": "a,b\n", "blank.txt": "\n  \n"}, "the corpus holds no .txt or .md article", nil},
		{"bad front matter", map[string]string{"x.md": "---\ntitle: [unclosed\n---\n\nTexte.\n"}, "x.md", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.skip != nil && tt.skip() {
				t.Skip("root reads any file")
			}
			dir := t.TempDir()
			for name, content := range tt.files {
				p := filepath.Join(dir, name)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				var err error
				switch {
				case strings.HasPrefix(content, "->"):
					err = os.Symlink(filepath.Join(dir, content[2:]), p)
				case content == "chmod000":
					if err = os.WriteFile(p, []byte(good), 0o644); err == nil {
						err = os.Chmod(p, 0)
					}
				default:
					err = os.WriteFile(p, []byte(content), 0o644)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			for _, args := range [][]string{{"ask", "--corpus", dir, "Qui ?"}, {"chat", "--corpus", dir}, {"inspect", "--corpus", dir}} {
				r := runCLI(t, nil, "", args...)
				code, msg := r.status()
				if code != 1 || !strings.Contains(msg, tt.want) || strings.Count(msg, "\n") != 1 {
					t.Errorf("%v: exit %d, message %q; want exit 1 and one line with %q", args[0], code, msg, tt.want)
				}
				if r.stdout != "" {
					t.Errorf("%v: printed %q before failing", args[0], r.stdout)
				}
			}
		})
	}
}

func TestCorpusMissingFolder(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "x")
	for _, r := range []result{
		runCLI(t, map[string]string{"CITEBOT_CORPUS": missing}, "", "ask", "Qui ?"),
		runCLI(t, nil, "", "chat", "--corpus", missing),
		runCLI(t, nil, "", "eval", "gold.jsonl", "--corpus", missing),
	} {
		code, msg := r.status()
		if want := "citebot: CITEBOT_CORPUS=" + missing + ": no such folder\n"; code != 1 || msg != want {
			t.Errorf("exit %d %q, want 1 %q", code, msg, want)
		}
	}
}
