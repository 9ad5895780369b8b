package knowledge

import "testing"

func TestParseFrontMatter(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    frontMatter
		body    string
		wantErr bool
	}{
		{name: "none", in: "Le texte.\n", body: "Le texte.\n"},
		{
			name: "PIAF header",
			in:   "---\ntitle: \"Jakob Böhme\"\nsource: Wikipédia (fr), via the PIAF v1.1 dataset\nlang: fr\n---\n\nD'après son biographe.\n",
			want: frontMatter{Title: "Jakob Böhme", Source: "Wikipédia (fr), via the PIAF v1.1 dataset", Lang: "fr"},
			body: "\nD'après son biographe.\n",
		},
		{
			name: "date as a YAML timestamp",
			in:   "---\ndate: 2018-11-12\nurl: https://example.org/a\n---\nTexte",
			want: frontMatter{Date: "2018-11-12", DateText: "2018-11-12", URL: "https://example.org/a"},
			body: "Texte",
		},
		{
			name: "timestamp with a time",
			in:   "---\ndate: 2018-11-12 06:04:00\n---\nTexte",
			want: frontMatter{Date: "2018-11-12", DateText: "2018-11-12T06:04:00Z"},
			body: "Texte",
		},
		{
			name: "quoted ISO date",
			in:   "---\ndate: \"2018-11-12\"\n---\nTexte",
			want: frontMatter{Date: "2018-11-12", DateText: "2018-11-12"},
			body: "Texte",
		},
		{
			name: "written French date",
			in:   "---\ndate: 12 novembre 2018\n---\nTexte",
			want: frontMatter{Date: "2018-11-12", DateText: "12 novembre 2018"},
			body: "Texte",
		},
		{
			name: "date that cannot be read",
			in:   "---\ndate: hier soir\n---\nTexte",
			want: frontMatter{DateText: "hier soir"},
			body: "Texte",
		},
		{
			name: "quoted strings with colons and quotes",
			in:   "---\ntitle: 'Paris : l''appel'\nsource: \"AFP: dépêche\"\n---\nTexte",
			want: frontMatter{Title: "Paris : l'appel", Source: "AFP: dépêche"},
			body: "Texte",
		},
		{
			name: "numbers and lists",
			in:   "---\ntitle: 1984\nlang: [fr, en]\n---\nTexte",
			want: frontMatter{Title: "1984"},
			body: "Texte",
		},
		{
			name: "missing closing line",
			in:   "---\ntitle: X\nLe texte.\n",
			body: "---\ntitle: X\nLe texte.\n",
		},
		{
			name: "CRLF",
			in:   "---\r\ntitle: Un titre\r\nlang: fr\r\n---\r\nLe texte.\r\n",
			want: frontMatter{Title: "Un titre", Lang: "fr"},
			body: "Le texte.\r\n",
		},
		{
			name: "byte order mark",
			in:   "\ufeff---\ntitle: Un titre\n---\nLe texte.",
			want: frontMatter{Title: "Un titre"},
			body: "Le texte.",
		},
		{name: "empty header", in: "---\n---\nLe texte.", body: "Le texte."},
		{
			name: "YAML end of document and trailing spaces",
			in:   "---  \ntitle: Un titre\n... \nLe texte.",
			want: frontMatter{Title: "Un titre"},
			body: "Le texte.",
		},
		{
			name:    "a longer rule does not close",
			in:      "---\ntitle: Un titre\n----\n---\nLe texte.",
			wantErr: true,
		},
		{name: "nothing after the header", in: "---\ntitle: Un titre\n---", want: frontMatter{Title: "Un titre"}},
		{
			name: "a rule above prose is not a header",
			in:   "---\nUn texte qui commence par un filet.\n---\nSuite.",
			body: "---\nUn texte qui commence par un filet.\n---\nSuite.",
		},
		{name: "invalid YAML", in: "---\ntitle: [pas fermé\n---\nTexte", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fm, body, err := parseFrontMatter(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("error %v, want error %v", err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			if fm != tt.want {
				t.Errorf("front matter %+v, want %+v", fm, tt.want)
			}
			if body != tt.body {
				t.Errorf("body %q, want %q", body, tt.body)
			}
		})
	}
}
