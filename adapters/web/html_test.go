package web

import (
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// voidElements never have an end tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// checkHTML reports what makes a page invalid or inaccessible: elements
// left open or closed out of order (the templates close every element,
// even those HTML lets go unclosed), not exactly one h1, no lang="fr", a
// duplicate id, a reference to a missing id, a field without a label, an
// image without alt, inline script or style that the Content-Security-
// Policy would block, a state-changing form without its token. A fragment
// (one turn) is checked for all but the page-wide rules.
func checkHTML(doc string, fragment bool) []string {
	var problems []string
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }

	var stack []string
	ids := map[string]int{}
	var refs, labelFor []string
	var fields []string // ids of fields that need a label
	var ariaLabelled int
	h1, lang := 0, ""
	var form struct {
		open, post, token bool
	}
	z := html.NewTokenizer(strings.NewReader(doc))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() != io.EOF {
				bad("tokenizer: %v", z.Err())
			}
			break
		}
		tok := z.Token()
		name := tok.Data
		attr := map[string]string{}
		for _, a := range tok.Attr {
			attr[a.Key] = a.Val
		}
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			if !voidElements[name] && tt == html.StartTagToken {
				stack = append(stack, name)
			}
			if id, ok := attr["id"]; ok {
				ids[id]++
			}
			for _, k := range []string{"aria-describedby", "aria-labelledby"} {
				if v, ok := attr[k]; ok {
					refs = append(refs, strings.Fields(v)...)
				}
			}
			for k := range attr {
				if strings.HasPrefix(k, "on") {
					bad("<%s %s>: inline event handler", name, k)
				}
				if k == "style" {
					bad("<%s style>: inline style", name)
				}
			}
			switch name {
			case "html":
				lang = attr["lang"]
			case "h1":
				h1++
			case "script":
				if attr["src"] == "" {
					bad("<script> without src: inline script")
				}
			case "style":
				bad("<style>: inline style")
			case "img":
				if _, ok := attr["alt"]; !ok {
					bad("<img src=%q> without alt", attr["src"])
				}
			case "a":
				if attr["href"] == "" {
					bad("<a> without href")
				}
			case "label":
				labelFor = append(labelFor, attr["for"])
			case "input", "textarea", "select":
				switch attr["type"] {
				case "hidden", "submit", "button":
				default:
					if attr["aria-label"] != "" {
						ariaLabelled++
					} else {
						fields = append(fields, attr["id"])
					}
				}
				if name == "input" && attr["type"] == "hidden" && attr["name"] == tokenField && attr["value"] != "" {
					form.token = true
				}
			case "form":
				form.open, form.post, form.token = true, strings.EqualFold(attr["method"], "post"), false
			}
		case html.EndTagToken:
			if voidElements[name] {
				bad("</%s>: a void element has no end tag", name)
				continue
			}
			if len(stack) == 0 || stack[len(stack)-1] != name {
				bad("</%s> closes %v", name, stack)
				if i := slices.Index(stack, name); i >= 0 {
					stack = stack[:i]
				}
				continue
			}
			stack = stack[:len(stack)-1]
			if name == "form" && form.post && !form.token {
				bad("a POST form without its %q token", tokenField)
			}
		}
	}
	if len(stack) > 0 {
		bad("elements left open: %v", stack)
	}
	for id, n := range ids {
		if n > 1 {
			bad("id %q used %d times", id, n)
		}
	}
	for _, r := range refs {
		if ids[r] == 0 {
			bad("aria reference to missing id %q", r)
		}
	}
	for _, f := range fields {
		if f == "" || !slices.Contains(labelFor, f) {
			bad("a field (id %q) without a label", f)
		}
	}
	for _, f := range labelFor {
		if ids[f] == 0 {
			bad("<label for=%q> names no element", f)
		}
	}
	if !fragment {
		if h1 != 1 {
			bad("%d h1 elements, want exactly one", h1)
		}
		if lang != "fr" {
			bad("<html lang=%q>, want fr", lang)
		}
	}
	return problems
}

func TestCheckHTMLCatches(t *testing.T) {
	page := func(body string) string {
		return `<!DOCTYPE html><html lang="fr"><head><title>t</title></head><body>` + body + `</body></html>`
	}
	tests := []struct {
		name, doc, want string
	}{
		{"unclosed", page(`<h1>x</h1><div><p>a</div>`), "closes"},
		{"left open", page(`<h1>x</h1><div>`), "closes"},
		{"two h1", page(`<h1>a</h1><h1>b</h1>`), "2 h1"},
		{"no h1", page(`<p>a</p>`), "0 h1"},
		{"lang", `<html lang="en"><body><h1>a</h1></body></html>`, "want fr"},
		{"duplicate id", page(`<h1 id="a">a</h1><p id="a">b</p>`), "used 2 times"},
		{"label", page(`<h1>a</h1><input type="text" id="q">`), "without a label"},
		{"alt", page(`<h1>a</h1><img src="x.png">`), "without alt"},
		{"handler", page(`<h1 onclick="x()">a</h1>`), "inline event handler"},
		{"inline script", page(`<h1>a</h1><script>x()</script>`), "inline script"},
		{"inline style", page(`<h1 style="color:red">a</h1>`), "inline style"},
		{"token", page(`<h1>a</h1><form method="post"><button>b</button></form>`), "token"},
		{"aria", page(`<h1 aria-describedby="nope">a</h1>`), "missing id"},
	}
	for _, tt := range tests {
		problems := checkHTML(tt.doc, false)
		if !strings.Contains(strings.Join(problems, "\n"), tt.want) {
			t.Errorf("%s: problems %q, want one with %q", tt.name, problems, tt.want)
		}
	}
	ok := page(`<h1>a</h1><form method="post"><input type="hidden" name="jeton" value="x"><label for="q">Q</label><input type="text" id="q"><img src="a.png" alt=""></form>`)
	if problems := checkHTML(ok, false); len(problems) > 0 {
		t.Errorf("a valid page: %q", problems)
	}
}

// TestPagesValidate renders every page in the states a reader meets:
// empty, with answers, abstentions, help, errors, markup in the question,
// feedback buttons; the list of articles, each article, a missing page.
func TestPagesValidate(t *testing.T) {
	_, srv := newSite(t, Options{})
	c := newClient(t, srv)
	check := func(what, doc string, fragment bool) {
		t.Helper()
		for _, p := range checkHTML(doc, fragment) {
			t.Errorf("%s: %s", what, p)
		}
	}
	_, empty := c.get("/")
	check("empty ask page", empty, false)
	for _, q := range []string{question, followUp, "Quelle est la capitale de l'Australie ?", "/aide", "/plus", "/inconnue", hostile} {
		check("ask page after "+q, c.ask(q), false)
	}
	_, turn := c.post("/", url.Values{"q": {"Qui a organisé la conférence ?"}}, true)
	check("one turn for the script", turn, true)
	_, list := c.get("/articles")
	check("article list", list, false)
	for _, a := range loadBase(t).Articles {
		_, doc := c.get(articleURL(a.ID))
		check("article "+a.ID, doc, false)
	}
	_, missing := c.get("/articles/nope")
	check("missing article", missing, false)
	_, notFound := c.get("/nope")
	check("missing page", notFound, false)
}

// TestClassPagesValidate: the class pages, empty and full, for students
// and the teacher.
func TestClassPagesValidate(t *testing.T) {
	_, _, srv := newClassSite(t, func(k string) bool { return k == "k" })
	teacher := newClient(t, srv)
	check := func(what, doc string) {
		t.Helper()
		for _, p := range checkHTML(doc, false) {
			t.Errorf("%s: %s", what, p)
		}
	}
	_, home := teacher.get("/classe")
	check("class home", home)
	code := openClass(t, teacher, "Validation", url.Values{"cle": {"k"}})
	student := newClientWithPage(t, srv, "/classe/"+code)
	_, empty := student.get("/classe/" + code)
	check("empty board", empty)
	for _, q := range []string{question, hostile, "Quelle est la capitale de l'Australie ?"} {
		askClass(t, student, code, q)
	}
	_, board := student.get("/classe/" + code)
	check("board", board)
	_, prof := teacher.get("/classe/" + code + "/prof")
	check("teacher page", prof)
	_, login := newClient(t, srv).get("/classe/" + code + "/prof")
	check("teacher login", login)
	teacher.post("/classe/"+code+"/prof/fin", url.Values{}, false)
	_, ended := teacher.get("/classe/" + code + "/prof")
	check("ended session", ended)
}
