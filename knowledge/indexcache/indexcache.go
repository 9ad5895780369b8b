// Package indexcache keeps a corpus's index in a file, so that a start
// reads it instead of analysing the articles again: Open reuses a valid
// file and rebuilds a stale, corrupt, truncated or foreign one. The sums
// file beside it spares a start reading the articles that did not change
// to know that the index file is theirs (corpusKey).
package indexcache

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/citebot/citebot/knowledge"
)

// sumsSuffix names the sums file beside an index file (corpusKey).
const sumsSuffix = ".sums"

// Open returns the base of the corpus fsys, read from the index file when
// it was made from the same files by the same build, else loaded from the
// articles and written to file for the next start. A file that cannot be
// written costs only the next start's time: it is logged, not returned.
func Open(fsys fs.FS, file, build string, logger *slog.Logger) (*knowledge.Base, error) {
	start := time.Now()
	// The corpus's key (a stat of every article) and the index file are
	// read at once, on two cores: the file is read for the key it holds,
	// and kept only when that is the corpus's. A stale file costs a read
	// that the rebuild after it dwarfs.
	type keyed struct {
		key knowledge.Key
		err error
	}
	corpus := make(chan keyed, 1)
	go func() {
		key, err := CorpusKey(fsys, build, file, logger)
		corpus <- keyed{key, err}
	}()
	base, own, unmap, err := read(file)
	c := <-corpus
	if c.err != nil {
		unmap()
		return nil, c.err
	}
	key := c.key
	if err == nil && own != key {
		unmap()
		base, err = nil, fmt.Errorf("%s: %w", file, knowledge.ErrIndexStale)
	}
	if err == nil {
		logger.Debug("index file read", "file", file, "took", time.Since(start).Round(time.Microsecond))
		return base, nil
	}
	switch {
	case errors.Is(err, knowledge.ErrIndexStale):
		// the articles or the program changed: the usual reason, not news
		logger.Debug("index file rebuilt", "file", file, "reason", err)
	case !errors.Is(err, fs.ErrNotExist):
		logger.Info("index file rebuilt", "file", file, "reason", err)
	}
	base, err = knowledge.Load(fsys)
	if err != nil {
		return nil, err
	}
	if err := Write(base, key, file); err != nil {
		logger.Warn("index file not written; the next start indexes the articles again", "err", err)
	}
	return base, nil
}

// CorpusKey is knowledge.CorpusKey for the index file file: it reads only
// the articles changed since the sums file beside it was written
// (corpusKey), and rewrites that file when it read any.
func CorpusKey(fsys fs.FS, build, file string, logger *slog.Logger) (knowledge.Key, error) {
	return corpusKey(fsys, build, file+sumsSuffix, time.Now(), logger)
}

// Write writes the base's index file for key atomically: into a new file
// beside it, then renamed over it, so that a reader sees the old file or
// the new one, never half of one, and two processes writing at once both
// leave a whole file.
func Write(base *knowledge.Base, key knowledge.Key, file string) error {
	return writeAtomic(file, func(f *os.File) error { return base.WriteIndex(f, key) })
}

// writeAtomic writes a file with write into a new file beside it, then
// renames it over the file.
func writeAtomic(file string, write func(*os.File) error) error {
	dir := filepath.Dir(file)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("indexcache: %w", err)
	}
	tmp, err := os.CreateTemp(dir, filepath.Base(file)+".*.tmp")
	if err != nil {
		return fmt.Errorf("indexcache: %w", err)
	}
	defer os.Remove(tmp.Name()) // after the rename, there is nothing to remove
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("indexcache: %s: %w", tmp.Name(), err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("indexcache: %w", err)
	}
	if err := os.Rename(tmp.Name(), file); err != nil {
		return fmt.Errorf("indexcache: %w", err)
	}
	return nil
}

// read maps the file and reads the base from it, for the key the file
// holds. The mapping is kept for the life of the base, which uses it in
// place, until unmap; a file that is not valid is unmapped, and unmap then
// does nothing.
func read(file string) (base *knowledge.Base, key knowledge.Key, unmap func(), err error) {
	data, unmapData, err := mapFile(file)
	if err != nil {
		return nil, key, func() {}, err
	}
	if key, err = knowledge.IndexKey(data); err == nil {
		base, err = knowledge.ReadIndex(data, key)
	}
	if err != nil {
		unmapData()
		return nil, key, func() {}, fmt.Errorf("%s: %w", file, err)
	}
	return base, key, unmapData, nil
}
