package sqlite_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citebot/citebot/adapters/sqlite"
	"github.com/citebot/citebot/bot"
)

// readOnly makes path read-only for this process: a mode for a normal
// user, the immutable attribute for root (whom modes do not stop).
func readOnly(t *testing.T, path string) {
	t.Helper()
	if os.Geteuid() != 0 {
		if err := os.Chmod(path, 0o444); err != nil {
			t.Fatal(err)
		}
		return
	}
	if out, err := exec.Command("chattr", "+i", path).CombinedOutput(); err != nil {
		t.Fatalf("as root, a read-only file needs chattr +i: %v: %s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("chattr", "-i", path).Run() })
}

func TestOpenBadFiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	good := filepath.Join(dir, "good.db")
	s, err := sqlite.Open(ctx, good)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		_ = os.Remove(good + suffix)
	}
	readOnly(t, good)

	notDB := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(notDB, []byte("ceci n'est pas une base de données, mais un texte assez long"), 0o600); err != nil {
		t.Fatal(err)
	}
	short := filepath.Join(dir, "short.db")
	if err := os.WriteFile(short, []byte("SQL"), 0o600); err != nil {
		t.Fatal(err)
	}
	folder := filepath.Join(dir, "folder.db")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	blocked := filepath.Join(dir, "file")
	if err := os.WriteFile(blocked, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ path, want string }{
		{good, "cannot be opened for reading and writing"},
		{notDB, "is not a SQLite database"},
		{short, "is not a SQLite database"},
		{folder, "is a folder"},
		{filepath.Join(blocked, "sub", "x.db"), "cannot create its folder"},
		{"", "no file name"},
	} {
		_, err := sqlite.Open(ctx, tc.path)
		if err == nil {
			t.Errorf("Open(%q) succeeded", tc.path)
			continue
		}
		if !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "database "+tc.path) {
			t.Errorf("Open(%q) = %v; want an error naming the file and saying %q", tc.path, err, tc.want)
		}
	}
}

func TestOpenCreatesFolderAndEmptyFile(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for _, path := range []string{filepath.Join(dir, "a", "b", "citebot.db"), filepath.Join(dir, "empty.db")} {
		if strings.HasSuffix(path, "empty.db") {
			if err := os.WriteFile(path, nil, 0o600); err != nil {
				t.Fatal(err)
			}
		}
		s, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatalf("Open(%s): %v", path, err)
		}
		var mode string
		if err := s.DB().QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
			t.Errorf("journal_mode = %q, %v; want wal", mode, err)
		}
		_ = s.Close()
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "citebot.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().ExecContext(ctx, "INSERT INTO schema_migrations (version, applied_at) VALUES (999, 0)"); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	if _, err := sqlite.Open(ctx, path); err == nil || !strings.Contains(err.Error(), "upgrade citebot") {
		t.Errorf("a schema from a newer citebot: %v; want a request to upgrade", err)
	}
}

func TestDefaultPath(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	for _, tc := range []struct {
		goos string
		env  func(string) string
		want string
	}{
		{"linux", env("HOME", "/home/prof"), "/home/prof/.local/share/citebot/citebot.db"},
		{"linux", env("HOME", "/home/prof", "XDG_DATA_HOME", "/data"), "/data/citebot/citebot.db"},
		{"linux", env("HOME", "/home/prof", "XDG_DATA_HOME", "relative"), "/home/prof/.local/share/citebot/citebot.db"},
		{"darwin", env("HOME", "/Users/prof"), "/Users/prof/Library/Application Support/citebot/citebot.db"},
		{"windows", env("AppData", "/appdata"), "/appdata/citebot/citebot.db"},
	} {
		got, err := sqlite.DefaultPath(tc.goos, tc.env)
		if err != nil || got != filepath.FromSlash(tc.want) {
			t.Errorf("DefaultPath(%s) = %q, %v; want %q", tc.goos, got, err, tc.want)
		}
	}
	if _, err := sqlite.DefaultPath("linux", env()); err == nil || !strings.Contains(err.Error(), "CITEBOT_DB") {
		t.Errorf("without HOME: %v; want an error naming CITEBOT_DB", err)
	}
}

// TestOlderSchemaUpgraded: a database written by an earlier citebot
// (testdata/schema2.db: schema version 2, one session and one answered
// question, made before entries had an unsure column) is brought up to
// date on open, its question kept, and takes the new column's values.
func TestOlderSchemaUpgraded(t *testing.T) {
	ctx := context.Background()
	data, err := os.ReadFile("testdata/schema2.db")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "citebot.db")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("open a version 2 database: %v", err)
	}
	defer s.Close()
	var version int
	if err := s.DB().QueryRowContext(ctx, "SELECT MAX(version) FROM schema_migrations").Scan(&version); err != nil || version < 3 {
		t.Fatalf("schema version %d, %v; want 3 or more", version, err)
	}
	old, err := s.Entry(ctx, 1)
	if err != nil || old.Question != "Quand la conférence s'achèvera-t-elle ?" || old.Answer != "vendredi" || old.Unsure || len(old.Citations) != 1 {
		t.Fatalf("the earlier question read back as %+v, %v", old, err)
	}
	e, err := s.Record(ctx, bot.Entry{Session: old.Session, Student: "st2", Asked: old.Asked, Question: "Et quand a-t-elle commencé ?",
		Answered: true, Answer: "aujourd'hui", Body: "Je n'en suis pas sûr : aujourd'hui.", Confidence: 0.2, Unsure: true, Citations: old.Citations})
	if err != nil {
		t.Fatal(err)
	}
	if back, err := s.Entry(ctx, e.ID); err != nil || !back.Unsure {
		t.Errorf("a new unsure answer read back as %+v, %v", back, err)
	}
}
