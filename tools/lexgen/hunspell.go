package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// affixRule is one suffix rule of a Hunspell .aff file: a word that ends
// with strip and matches cond loses strip and gains add.
type affixRule struct {
	strip, add string
	// cond is the rule's condition on the end of the word, in reading
	// order: cond[i] matches the word's (len(cond)-i)th rune from the end.
	cond []runeSet
}

// runeSet is one position of a condition: "." (any), "x", "[abc]" or
// "[^abc]".
type runeSet struct {
	any, negate bool
	runes       string
}

func (s runeSet) match(r rune) bool {
	if s.any {
		return true
	}
	return strings.ContainsRune(s.runes, r) != s.negate
}

// parseCondition reads a Hunspell condition ("[^sxz]", "[aeoœ]u", ".").
func parseCondition(c string) ([]runeSet, error) {
	var out []runeSet
	rs := []rune(c)
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '.':
			out = append(out, runeSet{any: true})
		case '[':
			end := i + 1
			for end < len(rs) && rs[end] != ']' {
				end++
			}
			if end == len(rs) {
				return nil, fmt.Errorf("condition %q: unclosed [", c)
			}
			set := runeSet{}
			body := rs[i+1 : end]
			if len(body) > 0 && body[0] == '^' {
				set.negate, body = true, body[1:]
			}
			set.runes = string(body)
			out = append(out, set)
			i = end
		default:
			out = append(out, runeSet{runes: string(rs[i])})
		}
	}
	return out, nil
}

// applies reports whether the rule's condition and strip fit word.
func (r affixRule) applies(word string) bool {
	if !strings.HasSuffix(word, r.strip) {
		return false
	}
	rs := []rune(word)
	if len(r.cond) > len(rs) {
		return false
	}
	tail := rs[len(rs)-len(r.cond):]
	for i, set := range r.cond {
		if !set.match(tail[i]) {
			return false
		}
	}
	return true
}

// readSuffixes reads the SFX rules of a .aff file with "FLAG long"
// (two-character flags), keyed by flag. Prefix rules are left out: in the
// French dictionary they are only elisions (l', d', qu'), which the
// tokenizer already splits off.
func readSuffixes(r io.Reader) (map[string][]affixRule, error) {
	rules := map[string][]affixRule{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	long := false
	for n := 1; sc.Scan(); n++ {
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if f[0] == "FLAG" && len(f) > 1 {
			if f[1] != "long" {
				return nil, fmt.Errorf("line %d: FLAG %s: only long flags are read", n, f[1])
			}
			long = true
		}
		if f[0] != "SFX" || len(f) < 5 {
			continue // a header ("SFX S. Y 2") has four fields
		}
		if _, err := strconv.Atoi(f[3]); err == nil && len(f) == 4 {
			continue
		}
		if !long {
			return nil, fmt.Errorf("line %d: suffix before FLAG long", n)
		}
		strip, add := f[2], f[3]
		if strip == "0" {
			strip = ""
		}
		add, _, _ = strings.Cut(add, "/") // continuation flags: elisions only
		if add == "0" {
			add = ""
		}
		cond, err := parseCondition(f[4])
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		rules[f[1]] = append(rules[f[1]], affixRule{strip: strip, add: add, cond: cond})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return rules, nil
}

// dicEntry is one line of a .dic file: a word, its flags (two characters
// each) and its morphological fields ("po:nom", "is:fem").
type dicEntry struct {
	word   string
	flags  []string
	fields []string
}

// readDic reads a .dic file; its first line is the entry count.
func readDic(r io.Reader, fn func(dicEntry)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if n == 1 {
			if _, err := strconv.Atoi(strings.TrimSpace(line)); err == nil {
				continue
			}
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		word, flags, _ := strings.Cut(f[0], "/")
		e := dicEntry{word: word, fields: f[1:]}
		for fr := []rune(flags); len(fr) >= 2; fr = fr[2:] {
			e.flags = append(e.flags, string(fr[:2]))
		}
		fn(e)
	}
	return sc.Err()
}

// expand returns the word and every form its suffix flags make.
func expand(e dicEntry, rules map[string][]affixRule) []string {
	forms := []string{e.word}
	for _, fl := range e.flags {
		for _, r := range rules[fl] {
			if r.applies(e.word) {
				forms = append(forms, e.word[:len(e.word)-len(r.strip)]+r.add)
			}
		}
	}
	return forms
}

// field returns the value of a morphological field ("po") or "".
func (e dicEntry) field(key string) []string {
	var out []string
	for _, f := range e.fields {
		if v, ok := strings.CutPrefix(f, key+":"); ok {
			out = append(out, v)
		}
	}
	return out
}
