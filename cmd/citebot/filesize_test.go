package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// maxFileLines is the most lines a Go file of bot/ or knowledge/ may
// have: past it, a file holds more than one job (issue 6).
const maxFileLines = 400

// generated is Go's mark of a generated file (go help generate).
var generated = regexp.MustCompile(`^// Code generated .* DO NOT EDIT\.\n`)

// TestFilesStaySmall keeps every Go file of bot/ and knowledge/ under
// maxFileLines, so that a file keeps to one job; a generated file (Go's
// "Code generated … DO NOT EDIT." first line) holds data, not code.
func TestFilesStaySmall(t *testing.T) {
	for _, root := range []string{"../../bot", "../../knowledge"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
				return err
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			if n := bytes.Count(b, []byte("\n")); n > maxFileLines && !generated.Match(b) {
				t.Errorf("%s has %d lines (at most %d): split it by job", path, n, maxFileLines)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
