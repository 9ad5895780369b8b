package evalset

import (
	"io/fs"
	"path"
	"strconv"
	"strings"
)

// PIAFNumber reads the number of a PIAF article id ("piaf042-egypte" → 42).
func PIAFNumber(article string) (int, bool) {
	rest, ok := strings.CutPrefix(article, "piaf")
	if !ok {
		return 0, false
	}
	end := 0
	for end < len(rest) && rest[end] >= '0' && rest[end] <= '9' {
		end++
	}
	if end == 0 {
		return 0, false
	}
	n, err := strconv.Atoi(rest[:end])
	return n, err == nil
}

// EvenPIAF reports whether an article belongs to the loaded half of the
// "PIAF split by article" set: the even-numbered piafNNN articles.
func EvenPIAF(article string) bool {
	n, ok := PIAFNumber(article)
	return ok && n%2 == 0
}

// ArticleID is the id citebot gives the article in a corpus file: its file
// name without the extension.
func ArticleID(name string) string {
	base := path.Base(name)
	return strings.TrimSuffix(base, path.Ext(base))
}

// FilterFS is fsys with only the article files (.txt, .md) whose id keep
// accepts; folders and other files stay visible.
func FilterFS(fsys fs.FS, keep func(article string) bool) fs.FS {
	return filterFS{fsys, keep}
}

type filterFS struct {
	fsys fs.FS
	keep func(string) bool
}

// IsArticleFile reports whether a file name is one that citebot loads as an
// article: .txt or .md.
func IsArticleFile(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".txt" || ext == ".md"
}

func (f filterFS) hidden(name string) bool {
	return IsArticleFile(name) && !f.keep(ArticleID(name))
}

func (f filterFS) Open(name string) (fs.File, error) {
	if f.hidden(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	file, err := f.fsys.Open(name)
	if err != nil {
		return nil, err
	}
	if dir, ok := file.(fs.ReadDirFile); ok {
		return filterDir{dir, f}, nil
	}
	return file, nil
}

// filterDir is an open folder of a filterFS: its listing hides what the
// filter hides.
type filterDir struct {
	fs.ReadDirFile
	f filterFS
}

func (d filterDir) ReadDir(n int) ([]fs.DirEntry, error) {
	for {
		all, err := d.ReadDirFile.ReadDir(n)
		kept := all[:0]
		for _, e := range all {
			if e.IsDir() || !d.f.hidden(e.Name()) {
				kept = append(kept, e)
			}
		}
		// With n > 0, a batch that was all hidden must not read as the end.
		if len(kept) > 0 || err != nil || n <= 0 {
			return kept, err
		}
	}
}

func (f filterFS) ReadDir(name string) ([]fs.DirEntry, error) {
	all, err := fs.ReadDir(f.fsys, name)
	if err != nil {
		return nil, err
	}
	kept := all[:0:0]
	for _, d := range all {
		if d.IsDir() || !f.hidden(d.Name()) {
			kept = append(kept, d)
		}
	}
	return kept, nil
}
