package bot

import (
	"strings"
	"testing"

	"github.com/citebot/citebot/bot/match"
)

// TestSmallTalk answers a greeting, thanks, a farewell and « qui es-tu ? »
// as a person would, and leaves a question that opens with them to the
// matcher.
func TestSmallTalk(t *testing.T) {
	b := New(seedBase(t), Options{})
	for _, tt := range []struct {
		text string
		kind Kind
		want string // in the reply
	}{
		{"Bonjour", KindInfo, "Bonjour ! Je réponds à vos questions sur 4 articles"},
		{"salut citebot !", KindInfo, "Bonjour !"},
		{"@citebot Bonjour à tous", KindInfo, "Bonjour !"},
		{"Merci beaucoup !", KindInfo, "Avec plaisir"},
		{"ok, merci", KindInfo, "Avec plaisir"},
		{"Au revoir", KindInfo, "Au revoir"},
		{"Qui es-tu ?", KindInfo, "/sources"},
		{"Que sais-tu faire ?", KindInfo, "/sources"},
		{"aide", KindInfo, "/sources"},
		{"Combien d'articles y a-t-il ?", KindInfo, "Je connais 4 articles :"},
		{"Quelles sont tes sources ?", KindInfo, "Je connais 4 articles :"},
		{"Merci, et qui est Lu Wei ?", KindAnswer, "Lu Wei"},
		{"Bonjour, qui est Lu Wei ?", KindAnswer, "Lu Wei"},
		{"Salut est-il un mot des articles ?", KindAbstain, ""},
	} {
		r := ask(t, b, "c", tt.text)
		if r.Kind != tt.kind || !strings.Contains(r.Text, tt.want) || r.Answered != (tt.kind == KindAnswer) {
			t.Errorf("%q: kind %s, answered %v, %q; want kind %s holding %q", tt.text, r.Kind, r.Answered, r.Text, tt.kind, tt.want)
		}
	}
}

// TestSmallTalkKeepsTheConversation: a thank-you between a question and
// its follow-up does not lose what the follow-up is about.
func TestSmallTalkKeepsTheConversation(t *testing.T) {
	b := New(seedBase(t), Options{})
	first := ask(t, b, "c", "Qu'a dit William Hague ?")
	ask(t, b, "c", "Merci !")
	next := ask(t, b, "c", "Et qu'a-t-il dit d'autre ?")
	if !next.Answered || len(next.Citations) == 0 || len(first.Citations) == 0 || next.Citations[0].Quote == first.Citations[0].Quote ||
		next.Citations[0].Article != first.Citations[0].Article {
		t.Errorf("follow-up after thanks: %q, after %q", next.Text, first.Text)
	}
}

// TestOverviewReply renders the articles' openings under a line that
// says what they are, and how many of how many when not all are cited;
// the conversation stays on the article it was about.
func TestOverviewReply(t *testing.T) {
	base := seedBase(t)
	b := New(base, Options{})
	a := match.Answer{Answered: true, Confidence: 1, Overview: true, Articles: 10}
	for _, art := range base.Articles {
		a.Sentences = append(a.Sentences, art.Paragraphs[0].Sentences[0])
		a.Speakers = append(a.Speakers, "")
	}
	if r := b.reply(a); r.Body != "Les 4 premiers des 10 articles, par leur première phrase (/sources les liste tous) :" || len(r.Citations) != 4 {
		t.Errorf("4 of 10: %q, %d citations", r.Body, len(r.Citations))
	}
	a.Articles = 4
	if r := b.reply(a); r.Body != "Les articles, par leur première phrase :" {
		t.Errorf("all 4: %q", r.Body)
	}

	ask(t, b, "c", "Qui est Lu Wei ?")
	if r := ask(t, b, "c", "De quoi parlent les articles ?"); !r.Answered || len(r.Citations) != len(base.Articles) {
		t.Fatalf("overview: %q", r.Text)
	}
	r := ask(t, b, "c", "Résume cet article")
	if !r.Answered || len(r.Citations) == 0 || !strings.Contains(r.Citations[0].Title, "Chine") {
		t.Errorf("« Résume cet article » after the overview: %q, want the lead of Lu Wei's article", r.Text)
	}
	if r := ask(t, b, "d", "Quel est le sujet de cet article ?"); r.Answered || !strings.HasPrefix(r.Text, "De quel article parlez-vous ?") {
		t.Errorf("« cet article » in a fresh conversation: %q", r.Text)
	}
}
