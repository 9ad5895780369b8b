package bot

import (
	"strings"
	"testing"
)

// TestPlusSameArticleFirst asks questions whose further sources come
// from the answer's article and from others: /plus gives the answer's
// own article first, and its heading says where the passages come from
// rather than calling another article's the same subject.
func TestPlusSameArticleFirst(t *testing.T) {
	b := New(seedBase(t), Options{})
	mixed := 0
	for _, q := range []string{
		"c'est quoi l'appel de Paris ?",
		"Le chef de l'État français va-t-il convier à un repas des personnes prenant part à ces rencontres ?",
		"Sur quels sujets portent les sessions de la conférence mondiale sur Internet ?",
		"Qui a qualifié Internet de force du bien ?",
		"Que pensent les industriels des nouvelles réglementations ?",
		"Combien d'internautes compte la Chine ?",
	} {
		a := ask(t, b, q, q)
		plus := ask(t, b, q, "/plus")
		if !a.Answered || !plus.Answered {
			continue
		}
		first, other := 0, 0
		var from []string
		for _, c := range plus.Citations {
			from = append(from, c.Article)
			switch {
			case c.Article != a.Citations[0].Article:
				other++
			case other > 0:
				t.Errorf("%q: /plus gives another article before the answer's (%s): %v", q, a.Citations[0].Article, from)
			default:
				first++
			}
		}
		var want string
		switch {
		case other == 0:
			want = "Autres passages du même article :"
		case first == 0:
			want = "Passages d'autres articles proches de la question :"
		default:
			want = "Autres passages du même article, puis d'autres articles proches de la question :"
			mixed++
		}
		if !strings.HasPrefix(plus.Text, want) {
			t.Errorf("%q: /plus opens with %q, want %q", q, strings.SplitN(plus.Text, "\n", 2)[0], want)
		}
	}
	if mixed == 0 {
		t.Error("no question had further sources from its own article and others: the order was not tested")
	}
}
