package lexres

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge/french"
)

// Bilingual maps a folded English word to its folded one-word French
// translations, from a dictd dictionary (FreeDict eng-fra).
type Bilingual struct {
	tr map[string][]string
}

// ReadBilingual reads a dictd dictionary: its .index (headword, offset and
// length in dictd's base 64, tab-separated) and its .dict text, gzip
// compressed (.dict.dz) or not. FreeDict's entries are a headword line
// ("charming /tʃɑːmiŋ/") followed by translations, comma-separated, on
// lines numbered "1. " when there are several senses.
func ReadBilingual(index, dict io.Reader) (*Bilingual, error) {
	br := bufio.NewReader(dict)
	if magic, err := br.Peek(2); err == nil && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("dictionary: %w", err)
		}
		dict = zr
	} else {
		dict = br
	}
	text, err := io.ReadAll(dict)
	if err != nil {
		return nil, fmt.Errorf("dictionary: %w", err)
	}
	b := &Bilingual{tr: map[string][]string{}}
	sc := bufio.NewScanner(index)
	for line := 1; sc.Scan(); line++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("dictionary index: line %d: want headword, offset, length", line)
		}
		if strings.HasPrefix(f[0], "00-database") || strings.HasPrefix(f[0], "00database") {
			continue
		}
		off, err1 := dictB64(f[1])
		n, err2 := dictB64(f[2])
		if err1 != nil || err2 != nil || off+n > len(text) {
			return nil, fmt.Errorf("dictionary index: line %d: bad offset or length %q %q", line, f[1], f[2])
		}
		head := french.Fold(strings.TrimSpace(f[0]))
		if !oneWord(head) {
			continue
		}
		for _, t := range translations(text[off : off+n]) {
			if !slices.Contains(b.tr[head], t) {
				b.tr[head] = append(b.tr[head], t)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("dictionary index: %w", err)
	}
	return b, nil
}

// translations reads the one-word translations of one FreeDict entry.
func translations(entry []byte) []string {
	var out []string
	lines := bytes.Split(entry, []byte("\n"))
	for _, l := range lines[1:] { // the first line is the headword
		s := strings.TrimSpace(string(l))
		if i := strings.Index(s, ". "); i > 0 && i <= 3 && strings.Trim(s[:i], "0123456789") == "" {
			s = s[i+2:]
		}
		for _, t := range strings.Split(s, ",") {
			t = french.Fold(strings.TrimSpace(t))
			if oneWord(t) {
				out = append(out, t)
			}
		}
	}
	return out
}

// dictB64 decodes a dictd number: base 64 digits, most significant first.
func dictB64(s string) (int, error) {
	const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	if s == "" || len(s) > 8 {
		return 0, fmt.Errorf("bad number %q", s)
	}
	n := 0
	for i := 0; i < len(s); i++ {
		d := strings.IndexByte(digits, s[i])
		if d < 0 {
			return 0, fmt.Errorf("bad number %q", s)
		}
		n = n*64 + d
	}
	return n, nil
}

// French returns the French translations of a folded English word. The
// slice is shared: do not change it.
func (b *Bilingual) French(english string) []string {
	if b == nil {
		return nil
	}
	return b.tr[english]
}

// Len is the number of English headwords.
func (b *Bilingual) Len() int {
	if b == nil {
		return 0
	}
	return len(b.tr)
}
