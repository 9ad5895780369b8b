package lexres

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// Where Debian installs the optional resources.
const (
	ThesaurusPath     = "/usr/share/mythes/thes_fr.dat"
	BilingualIndex    = "/usr/share/dictd/freedict-eng-fra.index"
	BilingualDictPath = "/usr/share/dictd/freedict-eng-fra.dict.dz"
)

// FindThesaurus reads the French thesaurus at path ("" for where Debian's
// mythes-fr puts it). A thesaurus that is not installed is no error: it
// returns nil, nil, and the matcher does without.
func FindThesaurus(path string) (*Thesaurus, error) {
	if path == "" {
		path = ThesaurusPath
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("thesaurus: %w", err)
	}
	defer f.Close()
	t, err := ReadThesaurus(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// FindBilingual reads the English→French dictionary at index and dict (""
// for where Debian's dict-freedict-eng-fra puts them); not installed, it
// returns nil, nil.
func FindBilingual(index, dict string) (*Bilingual, error) {
	if index == "" {
		index, dict = BilingualIndex, BilingualDictPath
	}
	fi, err := os.Open(index)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("dictionary: %w", err)
	}
	defer fi.Close()
	fd, err := os.Open(dict)
	if err != nil {
		return nil, fmt.Errorf("dictionary: %w", err)
	}
	defer fd.Close()
	b, err := ReadBilingual(fi, fd)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", index, err)
	}
	return b, nil
}
