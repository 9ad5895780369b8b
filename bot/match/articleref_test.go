package match

import "testing"

// TestArticleRef reads an article named by its number in the articles'
// list at the end of a question, and nothing else: a law's article is
// followed by its law.
func TestArticleRef(t *testing.T) {
	for _, tc := range []struct {
		q     string
		k, at int
	}{
		{"Résume l'article 2", 2, 2},
		{"Qui a écrit l'article n° 3 ?", 3, 4},
		{"De quoi parle le deuxième article ?", 2, 4},
		{"Résume le 3e article", 3, 2},
		{"Qui est cité dans le dernier article ?", 4, 5},
		{"Résume l'article 9", 9, 2},
		{"Que dit l'article 3 de la Constitution ?", 0, -1},
		{"Combien d'articles ?", 0, -1},
		{"Résume le deuxième paragraphe", 0, -1},
	} {
		if k, at := articleRef(foldsOf(tc.q), 4); k != tc.k || at != tc.at {
			t.Errorf("articleRef(%q) = %d at %d, want %d at %d", tc.q, k, at, tc.k, tc.at)
		}
	}
}

// TestAnswerNumberedArticle answers about the article of that number in
// the list /sources prints, and says so when the list is shorter.
func TestAnswerNumberedArticle(t *testing.T) {
	m := New(seedBase(t))
	for _, tc := range []struct {
		q, article, short string
	}{
		{"Résume l'article 2", "001_564679d4fd08fcf3", ""},
		{"De quoi parle le troisième article ?", "002_53383375f12bf74e", ""},
		{"Qui est cité dans le dernier article ?", "003_2e12716d745a52f0", "James Robinson et David Aucsmith"},
		{"Qui a écrit l'article n° 2 ?", "001_564679d4fd08fcf3", "Michel Rose et Jean-Baptiste Vey"},
	} {
		a := m.Answer(tc.q, nil)
		if !a.Answered || a.Sentences[0].Article.ID != tc.article || a.Short != tc.short {
			t.Errorf("%q: answered %v, short %q, want %q from %s", tc.q, a.Answered, a.Short, tc.short, tc.article)
		}
	}
	if a := m.Answer("Résume l'article 7", nil); a.Answered || a.NoArticle != 7 || len(a.Unknown) > 0 {
		t.Errorf("article 7 of 4: answered %v, NoArticle %d, unknown %q", a.Answered, a.NoArticle, a.Unknown)
	}
}
