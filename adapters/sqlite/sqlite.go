// Package sqlite stores citebot's classroom sessions and conversations in
// one SQLite file, with the pure-Go modernc.org/sqlite driver so that the
// binary stays static. The file is in WAL mode: readers never wait for
// the writer, and a commit survives the process being killed.
package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/citebot/citebot/adapters/sqlstore"
)

// busyTimeoutMS is how long a writer waits for another (a second process
// on the same file) before giving up: far longer than any one write.
const busyTimeoutMS = 10000

// header starts every SQLite database file.
var header = []byte("SQLite format 3\x00")

// dialect is SQLite's flavour of the shared store. BEGIN IMMEDIATE
// (_txlock) takes the write lock at once, which serialises migrations.
var dialect = sqlstore.Dialect{
	Name:   "SQLite",
	Serial: "INTEGER PRIMARY KEY AUTOINCREMENT",
	Bytes:  "BLOB",
	ForeignKey: func(err error) bool {
		var e *sqlite.Error
		return errors.As(err, &e) && e.Code() == sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY
	},
}

// Open opens (creating it and its folder if needed) the database file at
// path and brings its schema up to date. An error names the file.
func Open(ctx context.Context, path string) (*sqlstore.Store, error) {
	if err := check(path); err != nil {
		return nil, fmt.Errorf("database %s: %w", path, err)
	}
	// synchronous=NORMAL in WAL mode: a commit is in the WAL file before
	// Exec returns, so a killed process loses nothing; only a power cut
	// may lose the last commits. It keeps a write well under a
	// millisecond.
	dsn := path + fmt.Sprintf("?_txlock=immediate&_pragma=busy_timeout(%d)&_pragma=journal_mode(WAL)"+
		"&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(1)", busyTimeoutMS)
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("database %s: %w", path, err)
	}
	s, err := sqlstore.New(ctx, db, dialect)
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("database %s: %w", path, err)
	}
	return s, nil
}

// check says plainly what is wrong with the file before SQLite's terser
// errors would: not a file, not a database, not writable.
func check(path string) error {
	if path == "" {
		return errors.New("no file name given")
	}
	if strings.ContainsRune(path, '?') {
		return errors.New("the file name must not contain '?'")
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("cannot create its folder: %w", err)
	}
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return writableDir(dir)
	case err != nil:
		return err
	case info.IsDir():
		return errors.New("is a folder, not a database file")
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		if errors.Is(err, os.ErrPermission) {
			return fmt.Errorf("cannot be opened for reading and writing (check its permissions and owner): %w", err)
		}
		return err
	}
	defer f.Close()
	head := make([]byte, len(header))
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return fmt.Errorf("cannot be read: %w", err)
	}
	if n > 0 && !bytes.Equal(head[:n], header[:n]) || n > 0 && n < len(header) {
		return errors.New("is not a SQLite database (set CITEBOT_DB to another file)")
	}
	// WAL mode writes two files beside the database.
	return writableDir(dir)
}

// writableDir checks that SQLite can create its files in dir.
func writableDir(dir string) error {
	f, err := os.CreateTemp(dir, ".citebot-check-*")
	if err != nil {
		return fmt.Errorf("its folder %s is not writable (SQLite writes its journal beside the file): %w", dir, err)
	}
	name := f.Name()
	_ = f.Close()
	return os.Remove(name)
}

// DefaultPath is where the database lives when CITEBOT_DB is not set: in
// the user's data folder ($XDG_DATA_HOME, ~/.local/share,
// ~/Library/Application Support or %AppData%), under citebot/.
func DefaultPath(goos string, getenv func(string) string) (string, error) {
	var base string
	switch goos {
	case "windows":
		base = getenv("AppData")
	case "darwin":
		if h := getenv("HOME"); h != "" {
			base = filepath.Join(h, "Library", "Application Support")
		}
	default:
		base = getenv("XDG_DATA_HOME")
		if base == "" || !filepath.IsAbs(base) {
			base = ""
			if h := getenv("HOME"); h != "" {
				base = filepath.Join(h, ".local", "share")
			}
		}
	}
	if base == "" {
		return "", errors.New("no data folder for the database (HOME is not set): set CITEBOT_DB to a file")
	}
	return filepath.Join(base, "citebot", "citebot.db"), nil
}
