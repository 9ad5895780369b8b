// Package replica makes a corpus n times larger by copying it, for the
// benchmarks and the scale measurements: the same text under new article
// ids, so that the index grows as it would with n times as many articles.
package replica

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"testing/fstest"
)

// FS returns fsys's .txt and .md files n times over, in memory, copy k of
// a/b.txt named a/xK-b.txt (its article id changes with its name).
func FS(fsys fs.FS, n int) (fs.FS, error) {
	out := fstest.MapFS{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch strings.ToLower(path.Ext(p)) {
		case ".txt", ".md":
		default:
			return nil
		}
		raw, err := fs.ReadFile(fsys, p)
		if err != nil {
			return fmt.Errorf("replica: %w", err)
		}
		dir, name := path.Split(p)
		for k := range n {
			out[fmt.Sprintf("%sx%03d-%s", dir, k, name)] = &fstest.MapFile{Data: raw, Mode: 0o644}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
