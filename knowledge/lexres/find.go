package lexres

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// ThesaurusPath is where Debian's mythes-fr installs the thesaurus.
const ThesaurusPath = "/usr/share/mythes/thes_fr.dat"

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
