package discord

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"texte simple, sans rien.", "texte simple, sans rien."},
		{"**gras** et __souligné__", `\*\*gras\*\* et \_\_souligné\_\_`},
		{"`code` ~~barré~~ ||spoiler||", "\\`code\\` \\~\\~barré\\~\\~ \\|\\|spoiler\\|\\|"},
		{"[lien](https://exemple.fr)", `\[lien\](https://exemple.fr)`},
		{`un \ seul`, `un \\ seul`},
		{"# titre", `\# titre`},
		{"> citation\n- liste\n+ plus\n12. numéro", "\\> citation\n\\- liste\n\\+ plus\n12\\. numéro"},
		{"  # indenté", `  \# indenté`},
		{"le 3. et - et # au milieu", "le 3. et - et # au milieu"},
		{"peut-être 1,5 %", "peut-être 1,5 %"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := escapeMarkdown(tt.in); got != tt.want {
			t.Errorf("escapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNeutralise(t *testing.T) {
	tests := []struct{ in, want string }{
		{"@everyone", "@\u200beveryone"},
		{"salut @here !", "salut @\u200bhere !"},
		{"<@123> <@!123> <@&456>", "<@\u200b123> <@\u200b!123> <@\u200b&456>"},
		{"pas de mention", "pas de mention"},
	}
	for _, tt := range tests {
		if got := neutralise(tt.in); got != tt.want {
			t.Errorf("neutralise(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWidthCountsUTF16(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{{"abc", 3}, {"été", 3}, {"«»", 2}, {"😀", 2}, {"a😀b", 4}}
	for _, tt := range tests {
		if got := width(tt.in); got != tt.want {
			t.Errorf("width(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in    string
		limit int
		want  string
	}{
		{"court", 10, "court"},
		{"exactement dix", 14, "exactement dix"},
		{"un deux trois quatre", 12, "un deux…"},
		{"anticonstitutionnellement", 10, "anticonst…"},
		{`fin\*gras`, 6, `fin\*…`}, // the escape pair fits whole
		{`ab\*cd`, 4, `ab…`},       // the cut falls after the backslash
		{"😀😀😀", 5, "😀😀…"},          // emoji count twice
		{"mot\u00a0?", 4, "mot…"},  // no break at a no-break space: hard cut
		{"x", 0, ""},
	}
	for _, tt := range tests {
		got := truncate(tt.in, tt.limit)
		if got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.limit, got, tt.want)
		}
		if width(got) > tt.limit {
			t.Errorf("truncate(%q, %d) = %q is too long", tt.in, tt.limit, got)
		}
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		limit int
		want  []string
	}{
		{"fits", "Une phrase.", 20, []string{"Une phrase."}},
		{"empty", "   ", 20, nil},
		{"sentences", "Première phrase. Deuxième phrase. Troisième.", 35, []string{"Première phrase. Deuxième phrase.", "Troisième."}},
		{"question marks", "Qui ? Lui ! Et alors…", 12, []string{"Qui ? Lui !", "Et alors…"}},
		{"closing quote", "« Nous agirons. » Puis il partit.", 20, []string{"« Nous agirons. »", "Puis il partit."}},
		{"not next to quotes", "Il dit « Nous agirons. » Puis partit.", 22, []string{"Il dit « Nous", "agirons. »", "Puis partit."}},
		{"line break", "ligne un\nligne deux", 14, []string{"ligne un", "ligne deux"}},
		{"words when no sentence end", "un deux trois quatre cinq", 10, []string{"un deux", "trois", "quatre", "cinq"}},
		{"stub sentence avoided", "Oui. et puis encore beaucoup de mots", 20, []string{"Oui. et puis encore", "beaucoup de mots"}},
		{"hard cut", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"escape pair kept", `ab\*cd`, 3, []string{"ab", `\*c`, "d"}},
		{"emoji", "😀😀😀", 3, []string{"😀", "😀", "😀"}},
		{"no-break space kept", "Pourquoi\u00a0? Parce que.", 12, []string{"Pourquoi\u00a0?", "Parce que."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := split(tt.in, tt.limit)
			if !slices.Equal(got, tt.want) {
				t.Errorf("split(%q, %d) = %q, want %q", tt.in, tt.limit, got, tt.want)
			}
		})
	}
}

// checkSplit asserts the properties every split must have: parts within the
// limit, none empty, and the same words in the same order.
func checkSplit(t *testing.T, s string, limit int) {
	t.Helper()
	parts := split(s, limit)
	for i, p := range parts {
		if width(p) > limit {
			t.Fatalf("part %d of split(%q, %d) has width %d", i, s, limit, width(p))
		}
		if strings.TrimSpace(p) == "" {
			t.Fatalf("part %d of split(%q, %d) is blank", i, s, limit)
		}
	}
	if got, want := stripSpaces(strings.Join(parts, "")), stripSpaces(s); got != want {
		t.Fatalf("split(%q, %d) = %q lost or reordered text", s, limit, parts)
	}
}

// stripSpaces removes the spaces, which a split may drop at a cut.
func stripSpaces(s string) string {
	return strings.Join(strings.Fields(s), "")
}

func TestSplitDiscordSizedText(t *testing.T) {
	var b strings.Builder
	for i := range 400 {
		b.WriteString("La phrase ")
		b.WriteString(strings.Repeat("é", i%13))
		b.WriteString(" se termine, « vraiment ». ")
		if i%50 == 0 {
			b.WriteString("\n\n")
		}
	}
	checkSplit(t, b.String(), maxContent)
	checkSplit(t, safeText(b.String()), maxContent)
}

func FuzzSplit(f *testing.F) {
	f.Add("Première phrase. Deuxième phrase ! Et la troisième ?", 20)
	f.Add("abcdefghij", 3)
	f.Add(`\\\*\*`, 2)
	f.Add("😀 a\u00a0b\nc", 1)
	f.Fuzz(func(t *testing.T, s string, limit int) {
		if !utf8.ValidString(s) || limit < 2 || limit > 3000 {
			t.Skip() // a limit of 1 cannot hold an emoji; Discord's is 2000
		}
		checkSplit(t, s, limit)
	})
}

func FuzzTruncate(f *testing.F) {
	f.Add("un deux trois quatre", 12)
	f.Add(`a\\\\\b`, 4)
	f.Fuzz(func(t *testing.T, s string, limit int) {
		if !utf8.ValidString(s) || limit < 2 || limit > 5000 {
			t.Skip()
		}
		got := truncate(s, limit)
		if width(got) > limit {
			t.Fatalf("truncate(%q, %d) = %q: width %d", s, limit, got, width(got))
		}
		if got != s && !strings.HasSuffix(got, ellipsis) {
			t.Fatalf("truncate(%q, %d) = %q: cut without an ellipsis", s, limit, got)
		}
		if head := strings.TrimSuffix(got, ellipsis); got != s && !strings.HasPrefix(s, head) {
			t.Fatalf("truncate(%q, %d) = %q: not a prefix", s, limit, got)
		}
	})
}
