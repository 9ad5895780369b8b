package discord

import (
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
	for _, s := range []string{b.String(), safeText(b.String())} {
		parts := split(s, maxContent)
		for i, p := range parts {
			if width(p) > maxContent || strings.TrimSpace(p) == "" {
				t.Fatalf("part %d: width %d or blank", i, width(p))
			}
		}
		if got, want := strings.Join(strings.Fields(strings.Join(parts, "")), ""), strings.Join(strings.Fields(s), ""); got != want {
			t.Fatal("the split lost or reordered text")
		}
	}
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
