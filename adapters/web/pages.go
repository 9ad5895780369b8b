package web

import (
	"bytes"
	"fmt"
	"html/template"
	"net/url"
	"strings"

	"github.com/citebot/citebot/bot"
)

// The pages, each a template file that fills the layout's "content".
var pageNames = []string{"ask", "articles", "article", "error", "classe", "board", "prof", "login"}

// pages holds one template set per page: the layout, the shared
// fragments, and the page.
type pages struct{ sets map[string]*template.Template }

func parsePages(static *staticFiles, classroom bool) (*pages, error) {
	funcs := template.FuncMap{
		"static":    static.URL,
		"classroom": func() bool { return classroom },
		"join":      strings.Join,
		"facts":     func(heading string, list []entityFact) entityGroup { return entityGroup{heading, list} },
	}
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(files, "templates/layout.html", "templates/turn.html", "templates/entry.html")
	if err != nil {
		return nil, fmt.Errorf("web: templates: %w", err)
	}
	p := &pages{sets: map[string]*template.Template{}}
	for _, name := range pageNames {
		set, err := base.Clone()
		if err == nil {
			set, err = set.ParseFS(files, "templates/"+name+".html")
		}
		if err != nil {
			return nil, fmt.Errorf("web: template %s: %w", name, err)
		}
		p.sets[name] = set
	}
	return p, nil
}

// execute renders a whole page into memory, so that a failing template
// never sends half a page.
func (p *pages) execute(page string, data any) ([]byte, error) {
	return p.fragment(page, "layout", data)
}

// fragment renders one named template of a page's set: the JavaScript
// asks for a single turn of the conversation.
func (p *pages) fragment(page, name string, data any) ([]byte, error) {
	set, ok := p.sets[page]
	if !ok {
		return nil, fmt.Errorf("web: no page %q", page)
	}
	var buf bytes.Buffer
	if err := set.ExecuteTemplate(&buf, name, data); err != nil {
		return nil, fmt.Errorf("web: render %s/%s: %w", page, name, err)
	}
	return buf.Bytes(), nil
}

// articleURL is the reader's address of an article, at a sentence when
// paragraph and sentence are given ("/articles/ID#p3s2").
func articleURL(id string, at ...int) string {
	u := "/articles/" + url.PathEscape(id)
	if len(at) == 2 {
		u += fmt.Sprintf("#%s", sentenceID(at[0], at[1]))
	}
	return u
}

// citationURL is the reader's address of what a citation quotes: its
// sentence, or for a line printed apart from the text the article.
func citationURL(c bot.Citation) string {
	switch c.Part {
	case "":
	case "intertitre":
		return articleURL(c.Article) + fmt.Sprintf("#i%d", c.Paragraph)
	default:
		return articleURL(c.Article)
	}
	return articleURL(c.Article, c.Paragraph, c.Sentence)
}

// sentenceID is a sentence's element id in the reader: p3s2.
func sentenceID(paragraph, sentence int) string {
	return fmt.Sprintf("p%ds%d", paragraph, sentence)
}

// entityGroup is one list of the reader's side panel, with its heading.
type entityGroup struct {
	Heading string
	List    []entityFact
}
