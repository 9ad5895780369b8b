package match

import (
	"strings"
	"testing"

	"github.com/citebot/citebot/internal/evalset"
	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/corpus"
)

// TestBylineFrame tells questions about who wrote an article from
// questions about other writings, rights or signatures.
func TestBylineFrame(t *testing.T) {
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
		{"Quel chemin semble encore long selon l'auteur de l'article ?", noSignature},
		{"Que veut la Chine d'après l'auteur de l'article ?", noSignature},
		{"Qui est l'éditeur de l'article ?", editors},
		{"Quand l'article sur l'appel de Paris a-t-il été publié ?", sentOn},
		{"De quand date cet article ?", sentOn},
		{"Quelle est la date de la dépêche ?", sentOn},
		{"Quelle agence a publié l'article ?", sentBy},
		{"De quelle agence de presse vient la dépêche ?", sentBy},
		// A news agency sends articles: the article need not be named.
		{"Quelle agence de presse a rapporté l'appel de Paris ?", sentBy},
		{"Par quelle agence de presse la conférence du G8 a-t-elle été couverte ?", sentBy},
		{"Quelle agence de nouvelles a relaté la conférence ?", sentBy},
		{"Quelle agence a rapporté l'appel de Paris ?", noSignature},
		{"Quelle agence spatiale a lancé la sonde ?", noSignature},
		{"Selon quelle agence de presse la Chine compte-t-elle 600 millions d'internautes ?", noSignature},
		// Other writings, rights, signatures and disciplines (PIAF's).
		{"Qui a écrit Les Misérables ?", noSignature},
		{"Qui détient les droits d'auteur des articles ?", noSignature},
		{"Dans quelle discipline le record d'auteurs pour un article a-t-il été atteint ?", noSignature},
		{"Qui a signé l'appel de Paris ?", noSignature},
		{"Que dit l'article sur la Chine ?", noSignature},
		{"Qui est l'auteur du livre ?", noSignature},
		{"l'article 11 est actif depuis quand?", noSignature},
		{"Quand l'article 11 a-t-il été publié ?", noSignature},
		{"Que décrit l'article publié le 3 septembre par le Journal universel?", noSignature},
		{"Sous quelle autre forme que la publication imprimée un article est-il publié ?", noSignature},
		{"Quel jour l'appel de Paris doit-il être signé ?", noSignature},
		{"Quel jour de la semaine, selon l'article, l'appel sera-t-il signé ?", noSignature},
	} {
		if got := bylineFrame(foldsOf(tc.q), ix.followUps); got != tc.want {
			t.Errorf("bylineFrame(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestBylineAnswer answers who wrote an article from its signature, « (Michel
// Rose et Jean-Baptiste Vey, édité par Arthur Connan) », found by the
// question's topic, the conversation's article or the corpus's only one;
// an article with no signature does not say who wrote it. When and from
// which agency it was sent, its dateline says (« PARIS, 12 novembre
// (Reuters) - »).
func TestBylineAnswer(t *testing.T) {
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
		{m, "Quand cet article a-t-il été publié ?", &Context{Article: signed, Focus: &unsigned.Entities[0]}, "12 novembre"},
		{New(alone), "Qui a écrit l'article ?", nil, "Michel Rose et Jean-Baptiste Vey"},
		{m, "Quand l'article sur l'appel de Paris a-t-il été publié ?", nil, "12 novembre"},
		{m, "Quelle agence a publié l'article sur l'appel de Paris ?", nil, "Reuters"},
		{m, "Who wrote the dispatch about the Paris Call?", nil, "Michel Rose et Jean-Baptiste Vey"},
		{m, "Who edited the Reuters dispatch about the Paris Call?", nil, "Arthur Connan"},
		{m, "Quelle agence de presse a rapporté l'appel de Paris ?", nil, "Reuters"},
		{m, "Which news agency reported on the Paris Call?", nil, "Reuters"},
		// The signers are not who the signed sentence is about (signer).
		{m, "Quel est le nom du président de Microsoft qui a défendu l'appel de Paris ?", nil, ""},
		// Not signed, no dateline, or no article to go by.
		{m, "Quand l'article sur la conférence de Londres a-t-il été publié ?", nil, ""},
		{m, "Qui a rédigé l'article sur la conférence de Londres ?", nil, ""},
		{m, "Quelle agence a publié l'article sur la conférence de Londres ?", nil, ""},
		{m, "Quelle agence de presse a couvert la conférence de Londres ?", nil, ""},
		{m, "Qui a écrit cet article ?", &Context{Article: unsigned}, ""},
		{m, "Qui a écrit cet article ?", nil, ""},
	} {
		a := tc.m.Answer(tc.q, tc.conv)
		if a.Answered != (tc.wantShort != "") || a.Short != tc.wantShort {
			t.Errorf("%q: answered %v, short %q, want %q", tc.q, a.Answered, a.Short, tc.wantShort)
			continue
		}
		// An abstention names the article that does not say, when it
		// knows which one is asked about, and asks which otherwise.
		if !a.Answered && tc.conv == nil && strings.Contains(tc.q, "cet article") != a.WhichArticle {
			t.Errorf("%q: WhichArticle %v", tc.q, a.WhichArticle)
		}
		if !a.Answered && strings.Contains(tc.q, "Londres") && (a.Unsaid != unsigned || a.UnsaidWhat == "") {
			t.Errorf("%q: unsaid %v %q, want the London article", tc.q, a.Unsaid, a.UnsaidWhat)
		}
		if a.Answered && (len(a.Sentences) != 1 || a.Sentences[0].Article.ID != signed.ID || !strings.Contains(a.Sentences[0].Text, a.Short)) {
			t.Errorf("%q: cited %v, want the sentence that says %q", tc.q, a.Sentences, a.Short)
		}
	}
}
