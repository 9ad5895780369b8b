// Package corpus holds the four French articles that citebot ships with,
// byte for byte as they were scraped, and their index file, so that the
// bundled articles start at once, on a machine that never ran citebot too.
package corpus

import (
	"embed"
	"io/fs"
)

//go:embed articles
var files embed.FS

//go:embed index.bin
var index []byte

// The index file of the articles (knowledge.WriteIndex) is IndexFile,
// written for their knowledge.CorpusKey with IndexBuild as the program's
// stamp: it is compiled into the program it belongs to, so no version need
// tell them apart. RegenerateIndex rewrites it when the articles, their
// analysis or the index format change (a test fails until then).
const (
	IndexFile       = "index.bin"
	IndexBuild      = "bundled"
	RegenerateIndex = "go test ./knowledge -run TestBundledIndexIsCurrent -update"
)

// FS returns the bundled articles as a folder of .txt files.
func FS() fs.FS {
	sub, err := fs.Sub(files, "articles")
	if err != nil {
		// fs.Sub only fails on an invalid path, and "articles" is valid.
		panic(err)
	}
	return sub
}

// Index returns the articles' index file, which must not be changed: the
// base read from it uses it in place.
func Index() []byte { return index }
