package bot

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzHandle feeds arbitrary text to the whole question path (sanitising,
// parsing, search, ranking, rendering): it must never panic, always reply,
// and never cite a sentence that is not the article's.
func FuzzHandle(f *testing.F) {
	for _, s := range []string{
		"Qui a qualifié Internet de force du bien ?", "combien de pays a londres", "Et qu'a-t-il dit d'autre ?",
		"Who is William Nee?", "/quote camron", "@everyone", "\xff\xfe", "« »", "a-t-il-elle", "Qu'a dit « Il n'y a pas » ?",
		"combien de de de", "le nom du nom du nom", "2012 2013 2019", strings.Repeat("é", 2000),
		"Bonjour citebot !", "merci", "De quoi parlent les articles ?", "Résume cet article",
	} {
		f.Add(s)
	}
	base := seedBase(f)
	b := New(base, Options{})
	byID := map[string]bool{}
	for _, s := range base.Sentences {
		byID[s.Article.ID+"\x00"+s.Text] = true
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, conv := range []string{"", "f"} {
			r := b.Handle(context.Background(), Message{Platform: "fuzz", Conversation: conv, Text: text})
			if r.Text == "" || !utf8.ValidString(r.Text) {
				t.Fatalf("bad reply text %q for %q", r.Text, text)
			}
			if r.Answered != (len(r.Citations) > 0) && r.Kind == KindAnswer {
				t.Fatalf("answered=%v with %d citations", r.Answered, len(r.Citations))
			}
			for _, c := range r.Citations {
				if !byID[c.Article+"\x00"+c.Quote] {
					t.Fatalf("citation is not a sentence of %s: %q", c.Article, c.Quote)
				}
			}
		}
	})
}

// FuzzCommand: the command parser on any text.
func FuzzCommand(f *testing.F) {
	for _, s := range []string{"/aide", "/quote@citebot Hague", "/", "//", "/ 2", "/usr/bin", "/ASK  x ", "/\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		name, arg, ok := command(text)
		if !ok {
			return
		}
		if name == "" || strings.ContainsAny(name, "/.@ ") || strings.TrimSpace(arg) != arg {
			t.Fatalf("command(%q) = %q, %q", text, name, arg)
		}
	})
}
