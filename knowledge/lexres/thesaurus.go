package lexres

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/citebot/citebot/knowledge/french"
)

// Thesaurus maps a folded lemma to its folded one-word synonyms, from a
// MyThes data file (thes_fr.dat). Multi-word entries and synonyms are left
// out: the matcher compares words.
type Thesaurus struct {
	syn map[string][]string
}

// ReadThesaurus reads a MyThes .dat file: a first line naming the encoding
// (only UTF-8 is read), then for each entry "word|n" followed by n lines
// "(category)|synonym|synonym…".
func ReadThesaurus(r io.Reader) (*Thesaurus, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	if !sc.Scan() {
		return nil, fmt.Errorf("thesaurus: empty file: %w", sc.Err())
	}
	if enc := strings.TrimSpace(sc.Text()); !strings.EqualFold(enc, "UTF-8") {
		return nil, fmt.Errorf("thesaurus: encoding %q, want UTF-8", enc)
	}
	t := &Thesaurus{syn: map[string][]string{}}
	line := 1
	for sc.Scan() {
		line++
		head, count, ok := strings.Cut(sc.Text(), "|")
		n, err := strconv.Atoi(count)
		if !ok || err != nil || n < 0 {
			return nil, fmt.Errorf("thesaurus: line %d: want \"word|count\", got %q", line, sc.Text())
		}
		word := french.Fold(strings.TrimSpace(head))
		var syns []string
		for range n {
			if !sc.Scan() {
				return nil, fmt.Errorf("thesaurus: line %d: %q announces %d meanings, the file ends", line, head, n)
			}
			line++
			fields := strings.Split(sc.Text(), "|")
			for _, s := range fields[1:] {
				s = french.Fold(strings.TrimSpace(s))
				if oneWord(s) && s != word && !slices.Contains(syns, s) {
					syns = append(syns, s)
				}
			}
		}
		if oneWord(word) && len(syns) > 0 {
			t.syn[word] = append(t.syn[word], syns...)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("thesaurus: %w", err)
	}
	return t, nil
}

// oneWord reports whether a folded entry is a single word.
func oneWord(s string) bool {
	return s != "" && !strings.ContainsAny(s, " '()")
}

// Synonyms returns the synonyms the thesaurus gives for a folded lemma.
// The slice is shared: do not change it.
func (t *Thesaurus) Synonyms(lemma string) []string {
	if t == nil {
		return nil
	}
	return t.syn[lemma]
}

// Len is the number of headwords with at least one synonym.
func (t *Thesaurus) Len() int {
	if t == nil {
		return 0
	}
	return len(t.syn)
}
