package match

import (
	"strings"
	"testing"

	"github.com/citebot/citebot/internal/evalset"
	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/corpus"
)

// TestAuthorFrame tells questions about who wrote an article from
// questions about other writings, rights or signatures.
func TestAuthorFrame(t *testing.T) {
	ix := newKindIndex()
	for _, tc := range []struct {
		q    string
		want signatureRole
	}{
		{"Qui a écrit l'article sur l'appel de Paris ?", writers},
		{"Qui a écrit la dépêche de Reuters sur l'appel de Paris ?", writers},
		{"qui est l'auteur de l'article ?", writers},
		{"Qui sont les auteurs de cette dépêche ?", writers},
		{"Par qui l'article sur le G8 a-t-il été écrit ?", writers},
		{"Quel journaliste a rédigé cet article ?", writers},
		{"Et qui a écrit cet article ?", writers},
		{"Qui a édité la dépêche ?", editors},
		{"Qui est l'éditeur de l'article ?", editors},
		// Other writings, rights, signatures and disciplines (PIAF's).
		{"Qui a écrit Les Misérables ?", noSignature},
		{"Qui détient les droits d'auteur des articles ?", noSignature},
		{"Dans quelle discipline le record d'auteurs pour un article a-t-il été atteint ?", noSignature},
		{"Qui a signé l'appel de Paris ?", noSignature},
		{"Que dit l'article sur la Chine ?", noSignature},
		{"Qui est l'auteur du livre ?", noSignature},
	} {
		if got := authorFrame(foldsOf(tc.q), ix.followUps); got != tc.want {
			t.Errorf("authorFrame(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestAuthorAnswer answers who wrote an article from its signature, « (Michel
// Rose et Jean-Baptiste Vey, édité par Arthur Connan) », found by the
// question's topic, the conversation's article or the corpus's only one;
// an article with no signature does not say who wrote it.
func TestAuthorAnswer(t *testing.T) {
	base := seedBase(t)
	var signed, unsigned *knowledge.Article
	for _, a := range base.Articles {
		switch {
		case strings.HasPrefix(a.ID, "001"):
			signed = a
		case strings.HasPrefix(a.ID, "000"):
			unsigned = a
		}
	}
	alone, err := knowledge.Load(evalset.FilterFS(corpus.FS(), func(id string) bool { return id == signed.ID }))
	if err != nil {
		t.Fatal(err)
	}
	m := New(base)
	for _, tc := range []struct {
		m         *Matcher
		q         string
		conv      *Context
		wantShort string // "": abstains
	}{
		{m, "Qui a écrit l'article sur l'appel de Paris ?", nil, "Michel Rose et Jean-Baptiste Vey"},
		{m, "Qui est l'auteur de la dépêche de Reuters sur l'appel de Paris ?", nil, "Michel Rose et Jean-Baptiste Vey"},
		{m, "Qui a édité la dépêche sur l'appel de Paris ?", nil, "Arthur Connan"},
		{m, "Qui a écrit cet article ?", &Context{Article: signed}, "Michel Rose et Jean-Baptiste Vey"},
		{New(alone), "Qui a écrit l'article ?", nil, "Michel Rose et Jean-Baptiste Vey"},
		// Not signed, or no article to go by.
		{m, "Qui a rédigé l'article sur la conférence de Londres ?", nil, ""},
		{m, "Qui a écrit cet article ?", &Context{Article: unsigned}, ""},
		{m, "Qui a écrit cet article ?", nil, ""},
	} {
		a := tc.m.Answer(tc.q, tc.conv)
		if a.Answered != (tc.wantShort != "") || a.Short != tc.wantShort {
			t.Errorf("%q: answered %v, short %q, want %q", tc.q, a.Answered, a.Short, tc.wantShort)
			continue
		}
		if a.Answered && (len(a.Sentences) != 1 || a.Sentences[0].Article.ID != signed.ID || !strings.Contains(a.Sentences[0].Text, "édité par Arthur Connan")) {
			t.Errorf("%q: cited %v, want the signature's sentence", tc.q, a.Sentences)
		}
	}
}
