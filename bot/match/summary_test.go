package match

import (
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/knowledge"
)

// TestSummary answers "Résume l'article sur X" with the lead of the
// article about X, cited, and no short answer.
func TestSummary(t *testing.T) {
	base, err := knowledge.Load(fstest.MapFS{
		"a.txt": {Data: []byte("Le sommet de Lyon\n\nLe sommet de Lyon s'est ouvert lundi. Quarante délégations y participent.\n\n" +
			"Les négociations ont duré trois semaines avant l'accord sur le climat.\n")},
		"b.txt": {Data: []byte("La finale de football\n\nLa finale s'est jouée au stade de France. Le public était nombreux.\n\n" +
			"Le gardien a arrêté deux tirs au but.\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	m := New(base)
	for _, tt := range []struct{ q, lead string }{
		{"Résume l'article sur le sommet de Lyon", "Le sommet de Lyon s'est ouvert lundi."},
		{"De quoi parle l'article sur le public du stade de France ?", "La finale s'est jouée au stade de France."},
		{"Quel est le sujet de l'article sur le sommet de Lyon ?", "Le sommet de Lyon s'est ouvert lundi."},
		{"Quel est le chapeau de l'article sur la finale de football ?", "La finale s'est jouée au stade de France."},
	} {
		a := m.Answer(tt.q, nil)
		if !a.Answered || a.Short != "" || len(a.Sentences) != leadSentences || a.Sentences[0].Text != tt.lead || len(a.Speakers) != len(a.Sentences) {
			t.Errorf("%q: answered %v, short %q, sentences %d, want the lead %q", tt.q, a.Answered, a.Short, len(a.Sentences), tt.lead)
		}
	}
}

// TestSummaryOfTheArticleTitled cites the lead of the article whose title
// names the whole topic, though another article's sentence ranks first
// (the London article mentions cybercrime in passing), and keeps the
// best sentence's article when no title holds every word asked.
func TestSummaryOfTheArticleTitled(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct{ q, title string }{
		{"Résume l'article sur la cybercriminalité", "Cybercriminalité - Combattre le crime high-tech Le G8 appelle à la coopération gouvernements-entreprises"},
		{"résume l'article sur la conférence de Londres", "Les représentants des gouvernements, des organisations de l'ONU"},
		{"Résume l'article sur la gouvernance d'Internet", "Les représentants des gouvernements, des organisations de l'ONU"},
		{"résume l'article sur la conférence en Chine", "Conférence Mondiale sur Internet en Chine, vers des usages plus démocratiques du Web ?"},
		{"Que dit l'article sur la Chine ?", "Conférence Mondiale sur Internet en Chine, vers des usages plus démocratiques du Web ?"},
		{"Que racontent les articles sur la cybercriminalité ?", "Cybercriminalité - Combattre le crime high-tech Le G8 appelle à la coopération gouvernements-entreprises"},
	} {
		a := m.Answer(tt.q, nil)
		if !a.Answered || len(a.Sentences) == 0 {
			t.Errorf("%q: not answered", tt.q)
			continue
		}
		if got := a.Sentences[0].Article.Title; got != tt.title {
			t.Errorf("%q: the lead of %q, want %q", tt.q, got, tt.title)
		}
	}
}
