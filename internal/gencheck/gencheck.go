// Package gencheck keeps a generated file current: the tests of the
// tables compiled into citebot (the learnt models, the lexicon, the word
// lists) compare each file with what its generator gives now, and with
// -update rewrite it.
package gencheck

import (
	"bytes"
	"os"
	"testing"
)

// Check fails t when file does not hold want, naming the command that
// regenerates it; with update, it first writes want to file.
func Check(t testing.TB, file string, want []byte, update bool, regenerate string) {
	t.Helper()
	if update {
		if err := os.WriteFile(file, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is not what its sources give: run %s", file, regenerate)
	}
}
