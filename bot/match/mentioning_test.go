package match

import (
	"fmt"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/knowledge"
)

// TestArticlesFrame reads a question about which articles speak of a
// topic, and where the topic starts; a law's article, or a frame with no
// topic, is none.
func TestArticlesFrame(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct {
		q     string
		want  articlesAsk
		topic string // the topic's first word
	}{
		{"Quels articles parlent de la Chine ?", whichArticles, "la"},
		{"Quel article traite du G8 ?", whichArticles, "g8"},
		{"Combien d'articles mentionnent Lu Wei ?", howManyArticles, "lu"},
		{"Dans quel article parle-t-on de Microsoft ?", whichArticles, "microsoft"},
		{"Dans quels articles est-il question de cybercriminalité ?", whichArticles, "cybercriminalite"},
		{"Et dans combien d'articles est-il question de la Russie ?", howManyArticles, "la"},
		{"Which articles mention China?", whichArticles, "china"},
		{"How many articles talk about the G8?", howManyArticles, "le"},
		{"quel article de la Déclaration de 1789 traite de la liberté individuelle", noArticlesAsk, ""},
		{"Combien d'articles doivent publier certains chercheurs avant de valider leur thèse ?", noArticlesAsk, ""},
		{"Quels articles parlent de ?", noArticlesAsk, ""},
		{"Quel article a écrit Michel Rose ?", noArticlesAsk, ""},
	} {
		q := m.parse(tt.q)
		topic := ""
		if q.articles != noArticlesAsk {
			topic = q.folds[q.articlesFrom]
		}
		if q.articles != tt.want || topic != tt.topic {
			t.Errorf("%q: %v from %q, want %v from %q", tt.q, q.articles, topic, tt.want, tt.topic)
		}
	}
}

// TestAnswerMentioning cites, for each article holding every word of the
// topic in one sentence, its first such sentence: the article titled by
// the topic first, then the one that speaks of it most; how many, for
// « combien ».
func TestAnswerMentioning(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct {
		q, short string
		articles []string
	}{
		{"Quels articles parlent de la Chine ?", "", []string{"002_53383375f12bf74e", "001_564679d4fd08fcf3"}},
		{"Combien d'articles parlent de cybercriminalité ?", "2", []string{"003_2e12716d745a52f0", "000_01ced38fed6e86f1"}},
		{"Dans quel article est-il question de Lu Wei ?", "", []string{"002_53383375f12bf74e"}},
		{"Quel article parle de la conférence de Londres ?", "", []string{"000_01ced38fed6e86f1"}},
		{"Which articles mention Microsoft?", "", []string{"001_564679d4fd08fcf3", "002_53383375f12bf74e"}},
	} {
		a := m.Answer(tt.q, nil)
		var got []string
		for _, s := range a.Sentences {
			got = append(got, s.Article.ID)
		}
		if !a.Answered || !a.Mentioning || a.Short != tt.short || fmt.Sprint(got) != fmt.Sprint(tt.articles) || a.Articles != len(tt.articles) {
			t.Errorf("%q: answered %v, short %q, articles %v (%d); want %q, %v", tt.q, a.Answered, a.Short, got, a.Articles, tt.short, tt.articles)
		}
		q, r, _ := m.candidates(tt.q, nil)
		if r != nil {
			r.release()
		}
		for _, s := range a.Sentences {
			if !m.holdsTopic(q, s) {
				t.Errorf("%q: cites %q, which does not hold the topic", tt.q, s.Text)
			}
		}
	}
	if a := m.Answer("Quels articles parlent d'Obama ?", nil); a.Answered || len(a.Unknown) == 0 {
		t.Errorf("Obama: answered %v, unknown %q; want « the articles never mention »", a.Answered, a.Unknown)
	}
}

// TestAnswerMentioningCapped cites overviewArticles articles of more that
// speak of the topic, and counts them all.
func TestAnswerMentioningCapped(t *testing.T) {
	fs := fstest.MapFS{}
	for i := range overviewArticles + 2 {
		fs[fmt.Sprintf("%02d.txt", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf(
			"Nouvelles du jour %d\n\nLe port de Brest accueille %d navires cette semaine. La météo reste clémente.\n", i, i+3))}
	}
	base, err := knowledge.Load(fs)
	if err != nil {
		t.Fatal(err)
	}
	a := New(base).Answer("Combien d'articles parlent du port de Brest ?", nil)
	if !a.Answered || a.Short != fmt.Sprint(overviewArticles+2) || a.Articles != overviewArticles+2 || len(a.Sentences) != overviewArticles {
		t.Errorf("answered %v, short %q, articles %d, citations %d; want %d counted, %d cited",
			a.Answered, a.Short, a.Articles, len(a.Sentences), overviewArticles+2, overviewArticles)
	}
}
