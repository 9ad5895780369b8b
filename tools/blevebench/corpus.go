package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxQuote is the longest quote the answer contract allows, in characters.
const maxQuote = 600

// sentence is one citable sentence of the corpus. Text is a verbatim
// substring of the file, so a quote built from it can never be a misquote.
type sentence struct {
	Article   string
	Title     string
	Paragraph int
	Sentence  int
	Text      string
}

// loadCorpus reads every .txt and .md file under dir and cuts it into
// sentences, in file-name order so document numbers are deterministic.
func loadCorpus(dir string) ([]sentence, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		ext := strings.ToLower(filepath.Ext(p))
		if !d.IsDir() && (ext == ".txt" || ext == ".md") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("corpus: walk %s: %w", dir, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("corpus: no .txt or .md file under %s", dir)
	}
	sort.Strings(files)
	var out []sentence
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("corpus: read: %w", err)
		}
		id := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		out = append(out, articleSentences(id, string(raw))...)
	}
	return out, nil
}

// articleSentences numbers the sentences of one file, paragraphs and
// sentences counting from 1.
func articleSentences(id, raw string) []sentence {
	title, body := frontMatter(raw)
	if title == "" {
		title = id
	}
	var out []sentence
	for pi, para := range paragraphs(body) {
		for si, s := range splitSentences(para) {
			out = append(out, sentence{Article: id, Title: title, Paragraph: pi + 1, Sentence: si + 1, Text: s})
		}
	}
	return out
}

// frontMatter strips a leading YAML block delimited by "---" lines and
// returns its title, if any, and the rest of the file.
func frontMatter(raw string) (title, body string) {
	raw = strings.TrimPrefix(raw, "\ufeff")
	first, rest, ok := strings.Cut(raw, "\n")
	if !ok || strings.TrimSpace(first) != "---" {
		return "", raw
	}
	for off := 0; off < len(rest); {
		line, _, _ := strings.Cut(rest[off:], "\n")
		next := off + len(line) + 1
		t := strings.TrimSpace(line)
		if t == "---" {
			return title, rest[min(next, len(rest)):]
		}
		if v, ok := strings.CutPrefix(t, "title:"); ok {
			v = strings.TrimSpace(v)
			if u, err := strconv.Unquote(v); err == nil {
				v = u
			}
			title = strings.Trim(v, `'"`)
		}
		off = next
	}
	return "", raw // no closing delimiter: not front matter
}

// paragraphs cuts body on blank lines. Each paragraph is trimmed but kept
// verbatim otherwise.
func paragraphs(body string) []string {
	var out []string
	var start, end int = -1, -1
	off := 0
	for off <= len(body) {
		line, _, _ := strings.Cut(body[off:], "\n")
		if strings.TrimFunc(line, unicode.IsSpace) == "" {
			if start >= 0 {
				out = append(out, strings.TrimFunc(body[start:end], unicode.IsSpace))
				start = -1
			}
		} else {
			if start < 0 {
				start = off
			}
			end = off + len(line)
		}
		off += len(line) + 1
	}
	if start >= 0 {
		out = append(out, strings.TrimFunc(body[start:end], unicode.IsSpace))
	}
	return out
}

// abbreviations end in a dot that does not end a sentence (case matters:
// "M." is Monsieur, "m." a metre).
var abbreviations = map[string]bool{
	"M": true, "MM": true, "Mme": true, "Mmes": true, "Mlle": true, "Mgr": true, "Dr": true,
	"Pr": true, "St": true, "Ste": true, "cf": true, "av": true, "apr": true, "ex": true,
	"p": true, "vol": true, "art": true, "env": true, "n°": true,
}

// splitSentences cuts a paragraph after ".", "?", "!" or "…" (and any closing
// quotes or brackets) followed by white space and an upper-case letter or an
// opening quote or dash. A line break followed by such a start also ends a
// sentence, for plain-text files with one paragraph a line. Every sentence is
// a substring of p, cut to at most maxQuote characters at a word boundary.
func splitSentences(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		if !unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i
		newline := false
		for j < len(p) {
			r2, s2 := utf8.DecodeRuneInString(p[j:])
			if !unicode.IsSpace(r2) {
				break
			}
			newline = newline || r2 == '\n'
			j += s2
		}
		if j < len(p) && startsSentence(p[j:]) && (newline || endsSentence(p[start:i])) {
			out = appendSentence(out, p[start:i])
			start = j
		}
		i = j
	}
	return appendSentence(out, p[start:])
}

// startsSentence reports whether s begins like a sentence.
func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || strings.ContainsRune("«\"“'‘—–-¿¡", r)
}

// endsSentence reports whether s ends with terminal punctuation that is not
// the dot of an abbreviation or an initial.
func endsSentence(s string) bool {
	t := strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("»\"”’')]", r)
	})
	last, _ := utf8.DecodeLastRuneInString(t)
	switch last {
	case '?', '!', '…':
		return true
	case '.':
	default:
		return false
	}
	word := strings.TrimSuffix(t, ".")
	if k := strings.LastIndexFunc(word, func(r rune) bool { return unicode.IsSpace(r) || r == '(' }); k >= 0 {
		word = word[k+1:]
	}
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(r) {
		return false // an initial: "J. Dupont"
	}
	return !abbreviations[word]
}

// appendSentence appends s, trimmed and cut to maxQuote characters, unless
// it is empty.
func appendSentence(out []string, s string) []string {
	s = strings.TrimFunc(s, unicode.IsSpace)
	if s == "" {
		return out
	}
	if utf8.RuneCountInString(s) > maxQuote {
		count := 0
		for n := range s {
			if count == maxQuote {
				s = s[:n]
				break
			}
			count++
		}
		if k := strings.LastIndexFunc(s, unicode.IsSpace); k > 0 {
			s = strings.TrimRightFunc(s[:k], unicode.IsSpace)
		}
	}
	return append(out, s)
}
