package web

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/net/html"

	"github.com/citebot/citebot/knowledge"
)

// hasClass reports whether n is an element of the given class.
func hasClass(n *html.Node, class string) bool {
	for _, a := range n.Attr {
		if a.Key == "class" && strings.Contains(" "+a.Val+" ", " "+class+" ") {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// sentenceTexts maps each sentence id of a reader page to its text,
// without the speaker labels the page adds.
func sentenceTexts(t *testing.T, page string) map[string]string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	var textOf func(n *html.Node, b *strings.Builder)
	textOf = func(n *html.Node, b *strings.Builder) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !hasClass(c, "speaker") {
				textOf(c, b)
			}
		}
	}
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && hasClass(n, "s") {
			var b strings.Builder
			textOf(n, &b)
			out[attr(n, "id")] = b.String()
		}
	}
	return out
}

// TestReaderShowsTheArticleVerbatim: every sentence of every article is on
// its page, word for word, under the id that citations link to.
func TestReaderShowsTheArticleVerbatim(t *testing.T) {
	site, srv := newSite(t, Options{})
	c := newClient(t, srv)
	for _, a := range site.opts.Base.Articles {
		resp, page := c.get(articleURL(a.ID))
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: %d", a.ID, resp.StatusCode)
		}
		got := sentenceTexts(t, page)
		n := 0
		for _, p := range a.Paragraphs {
			for _, s := range p.Sentences {
				n++
				id := sentenceID(s.Paragraph, s.N)
				if got[id] != s.Text {
					t.Errorf("%s #%s: %q\nwant %q", a.ID, id, got[id], s.Text)
				}
			}
		}
		if len(got) != n {
			t.Errorf("%s: %d sentences on the page, want %d", a.ID, len(got), n)
		}
		if !strings.Contains(page, "<h1>"+html.EscapeString(titleOf(a))+"</h1>") {
			t.Errorf("%s: the title is not the page's h1", a.ID)
		}
		// Each intertitle stands above its paragraph, where a citation
		// of it links (citationURL).
		for _, h := range a.Headings {
			if h.Kind != knowledge.Subheading {
				continue
			}
			want := fmt.Sprintf(`<h2 class="intertitre" id="i%d">%s</h2>`+"\n"+`<div class="para" id="p%d">`, h.Before, html.EscapeString(h.Text), h.Before)
			if !strings.Contains(page, want) {
				t.Errorf("%s: no %q", a.ID, want)
			}
		}
	}
	_, list := c.get("/articles")
	for _, a := range site.opts.Base.Articles {
		if !strings.Contains(list, `href="`+articleURL(a.ID)+`"`) {
			t.Errorf("the list does not link to %s", a.ID)
		}
	}
}

// TestReaderMarksQuotesAndFacts: quotations carry their speaker, and the
// side panel lists what citebot inspect extracts, each item linking to
// its sentence.
func TestReaderMarksQuotesAndFacts(t *testing.T) {
	site, srv := newSite(t, Options{})
	c := newClient(t, srv)
	var quoted *knowledge.Article
	for _, a := range site.opts.Base.Articles {
		if spokenQuotes(a) > 0 && len(a.Numbers) > 0 {
			quoted = a
			break
		}
	}
	if quoted == nil {
		t.Fatal("no bundled article has quotations and numbers")
	}
	_, page := c.get(articleURL(quoted.ID))
	for _, q := range quoted.Quotes {
		if q.Term {
			continue
		}
		if !strings.Contains(page, `<span class="quote">`+html.EscapeString(q.Text)+`</span>`) {
			t.Errorf("quotation not marked: %q", q.Text)
		}
		if !strings.Contains(page, `(citation de </span>`+html.EscapeString(speakerOf(q))+`<span`) {
			t.Errorf("speaker not shown: %q", speakerOf(q))
		}
	}
	for _, e := range quoted.Entities {
		if !strings.Contains(page, "<strong>"+html.EscapeString(e.Name)+"</strong>") {
			t.Errorf("entity %q not listed", e.Name)
		}
	}
	for _, n := range quoted.Numbers {
		w := at(n.Sentence)
		if !strings.Contains(page, `<a href="#`+w.ID+`">`+w.Label+`</a> `+html.EscapeString(n.Text)) {
			t.Errorf("number %q not listed with its link", n.Text)
		}
	}
	for _, heading := range []string{"Ce que citebot a relevé", "Citations (", "Personnes (", "Nombres ("} {
		if !strings.Contains(page, heading) {
			t.Errorf("side panel lacks %q", heading)
		}
	}
}

// TestReaderEscapesArticles: an article is input too: its title, text and
// source link cannot inject markup or a script URL, and an id with
// reserved characters still has a working address.
func TestReaderEscapesArticles(t *testing.T) {
	fsys := fstest.MapFS{
		"a b#c?.md": {Data: []byte("---\ntitle: \"<script>alert(1)</script> Titre\"\nurl: \"javascript:alert(1)\"\n---\n\n" +
			"Le maire a déclaré : « <img src=x onerror=alert(1)> est interdit ». Il a ajouté que 3 écoles ouvriront.\n")},
	}
	base, err := knowledge.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	_, srv := newSite(t, Options{Base: base})
	c := newClient(t, srv)
	u := articleURL("a b#c?")
	if u != "/articles/a%20b%23c%3F" {
		t.Errorf("article URL %q", u)
	}
	resp, page := c.get(u)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d", u, resp.StatusCode)
	}
	for _, bad := range []string{"<script>alert", "<img src=x", "javascript:"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page holds %q unescaped", bad)
		}
	}
	if !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt; Titre") {
		t.Error("the title is not shown escaped")
	}
	for _, p := range checkHTML(page, false) {
		t.Error(p)
	}
	if resp, _ := c.get("/articles/nope"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("missing article: %d", resp.StatusCode)
	}
}

func TestSplitQuotes(t *testing.T) {
	q := func(text, speaker string) knowledge.Quote { return knowledge.Quote{Text: text, Speaker: speaker} }
	render := func(parts []part) string {
		var b strings.Builder
		for _, p := range parts {
			switch p.Kind {
			case "quote":
				b.WriteString("[" + p.Text + "]")
			case "speaker":
				b.WriteString("{" + p.Text + "}")
			default:
				b.WriteString(p.Text)
			}
		}
		return b.String()
	}
	tests := []struct {
		name   string
		text   string
		quotes []knowledge.Quote
		want   string
	}{
		{"none", "Il pleut.", nil, "Il pleut."},
		{"french marks", "Il a dit : « Non merci », puis il est parti.", []knowledge.Quote{q("Non merci", "Paul")},
			"Il a dit : « [Non merci] »{Paul}, puis il est parti."},
		{"narrow space", "« Oui\u202f» a dit Léa.", []knowledge.Quote{q("Oui", "Léa")}, "« [Oui]\u202f»{Léa} a dit Léa."},
		{"english marks", "He said “no” twice.", []knowledge.Quote{q("no", "Bob")}, "He said “[no]”{Bob} twice."},
		{"unknown speaker", "« Assez » lança une voix.", []knowledge.Quote{q("Assez", "")}, "« [Assez] »{auteur inconnu} lança une voix."},
		{"two quotes", "« A », dit-il, puis « B ».", []knowledge.Quote{q("A", "X"), q("B", "X")}, "« [A] »{X}, dit-il, puis « [B] »{X}."},
		{"at the end", "Il a conclu « fin »", []knowledge.Quote{q("fin", "Z")}, "Il a conclu « [fin] »{Z}"},
		{"not verbatim", "Il a dit « bonjour ».", []knowledge.Quote{q("Bonjour", "Y")}, "Il a dit « bonjour ».{Y}"},
		{"empty quote", "Rien.", []knowledge.Quote{q("", "Y")}, "Rien.{Y}"},
	}
	for _, tt := range tests {
		if got := render(splitQuotes(tt.text, tt.quotes)); got != tt.want {
			t.Errorf("%s: %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// FuzzSplitQuotes: whatever the sentence and quotations, the sentence's
// text is kept whole and in order, and no run is empty.
func FuzzSplitQuotes(f *testing.F) {
	f.Add("Il a dit : « Non merci », puis il est parti.", "Non merci", "merci")
	f.Add("« A » « A »", "A", "A")
	f.Add("x\u202f»", "x", "")
	f.Fuzz(func(t *testing.T, text, q1, q2 string) {
		parts := splitQuotes(text, []knowledge.Quote{{Text: q1, Speaker: "A"}, {Text: q2}})
		var b strings.Builder
		speakers := 0
		for _, p := range parts {
			if p.Kind == "speaker" {
				speakers++
				continue
			}
			if p.Text == "" {
				t.Fatalf("empty run in %q", parts)
			}
			b.WriteString(p.Text)
		}
		if b.String() != text {
			t.Fatalf("text %q became %q", text, b.String())
		}
		if speakers != 2 {
			t.Fatalf("%d speaker labels for 2 quotations", speakers)
		}
	})
}
