// Package corpus holds the four French articles that citebot ships with,
// byte for byte as they were scraped.
package corpus

import (
	"embed"
	"io/fs"
)

//go:embed articles
var files embed.FS

// FS returns the bundled articles as a folder of .txt files.
func FS() fs.FS {
	sub, err := fs.Sub(files, "articles")
	if err != nil {
		// fs.Sub only fails on an invalid path, and "articles" is valid.
		panic(err)
	}
	return sub
}
