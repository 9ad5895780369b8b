package match

import (
	"slices"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/knowledge"
)

// TestHeadingFrame reads what questions ask of an article's headings,
// and that a heading noun about something else asks for none.
func TestHeadingFrame(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want headingAsk
	}{
		{"Quel est le titre de l'article sur la conférence chinoise ?", headingAsk{kind: knowledge.TitleHeading}},
		{"Quel est le premier intertitre de l'article ?", headingAsk{kind: knowledge.Subheading, nth: 1}},
		{"Quel est le dernier intertitre ?", headingAsk{kind: knowledge.Subheading, nth: -1}},
		{"Quels sont les intertitres de l'article ?", headingAsk{kind: knowledge.Subheading, all: true}},
		{"Dans quelle rubrique est classé l'article sur le G8 ?", headingAsk{kind: knowledge.SectionHeading}},
		{"À quelle heure la dépêche a-t-elle été publiée ?", headingAsk{kind: knowledge.DatelineHeading, part: datelineTime}},
		{"Il y a combien de temps l'article a-t-il été publié ?", headingAsk{kind: knowledge.DatelineHeading, part: datelineAgo}},
		{"Quel est le titre du livre publié à Rome ?", headingAsk{}},
		{"Quel titre le club remporte-t-il avant d'intégrer la Division Nationale ?", headingAsk{}},
		{"Quelle section de l'armée a-t-il dirigée ?", headingAsk{}},
		{"À quelle heure la conférence a-t-elle été ouverte ?", headingAsk{}},
	} {
		if got := headingFrame(foldsOf(tt.q)); got != tt.want {
			t.Errorf("%q: %+v, want %+v", tt.q, got, tt.want)
		}
	}
}

// TestHeadingAnswers asks the seeds about their titles, intertitles,
// section and dateline: each is cited verbatim with its kind, and a
// heading the article does not print, or an article the corpus does not
// hold, is no answer.
func TestHeadingAnswers(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct {
		q, kind, text, short string
	}{
		{"Quel est le titre de l'article sur la conférence chinoise ?", "titre",
			"Conférence Mondiale sur Internet en Chine, vers des usages plus démocratiques du Web ?",
			"Conférence Mondiale sur Internet en Chine, vers des usages plus démocratiques du Web ?"},
		{"What does the second subheading of the article on China's internet conference say?", "intertitre",
			"Un système de censure pourtant très élaboré", "Un système de censure pourtant très élaboré"},
		{"Dans quelle rubrique du site est classé l'article sur la conférence du G8 ?", "rubrique",
			"Actualités - CONFERENCES INTERNATIONALES", "Actualités - CONFERENCES INTERNATIONALES"},
		{"À quelle heure la dépêche de Reuters sur l'appel de Paris a-t-elle été publiée ?", "date",
			"November 12, 2018 / 6:04 AM / a month ago", "6:04 AM"},
		{"According to the headline, what kind of cooperation is the G8 calling for?", "titre",
			"Cybercriminalité - Combattre le crime high-tech Le G8 appelle à la coopération gouvernements-entreprises", ""},
		{"Selon le titre de l'article, vers quels usages du Web la conférence chinoise pourrait-elle mener ?", "titre",
			"Conférence Mondiale sur Internet en Chine, vers des usages plus démocratiques du Web ?", ""},
		{"Quel est le troisième intertitre de l'article sur la conférence chinoise ?", "", "", ""},
		{"Quel est le titre de l'article sur le football ?", "", "", ""},
		{"Selon le titre de l'article, qui a gagné la coupe du monde ?", "", "", ""},
	} {
		a := m.Answer(tt.q, nil)
		switch {
		case tt.kind == "" && len(a.Headings) > 0:
			t.Errorf("%q: cited the %s %q, want none", tt.q, a.Headings[0].Kind, a.Headings[0].Text)
		case tt.kind == "":
		case len(a.Headings) != 1:
			t.Errorf("%q: %d headings cited (answered %v), want one", tt.q, len(a.Headings), a.Answered)
		case string(a.Headings[0].Kind) != tt.kind || a.Headings[0].Text != tt.text || a.Short != tt.short || !a.Answered:
			t.Errorf("%q: the %s %q, short %q; want the %s %q, short %q", tt.q, a.Headings[0].Kind, a.Headings[0].Text, a.Short, tt.kind, tt.text, tt.short)
		}
	}
	// Asked for them all, the intertitles are cited in order, and none is
	// the short answer.
	a := m.Answer("Quels sont les intertitres de l'article sur la conférence chinoise ?", nil)
	var got []string
	for _, h := range a.Headings {
		got = append(got, h.Text)
	}
	if want := []string{"Une volonté de démocratiser les usages d’Internet en Chine ?", "Un système de censure pourtant très élaboré"}; !slices.Equal(got, want) || a.Short != "" {
		t.Errorf("all the intertitles: %q, short %q; want %q", got, a.Short, want)
	}
}

// TestDatelineHeading: an article that opens with no news dateline but
// prints its date above its text answers « quand a-t-il été publié ? »
// from that line.
func TestDatelineHeading(t *testing.T) {
	base, err := knowledge.Load(fstest.MapFS{
		"a.txt": {Data: []byte("Publié le 12/11/2018 à 14h30\n\nLa ville de Lyon ouvre un musée\n\nLa ville de Lyon a ouvert hier un musée consacré à la soie, dans le quartier de la Croix-Rousse.\n")},
		"b.txt": {Data: []byte("Publié le 3 mars 2020\n\nLe port de Marseille s'agrandit\n\nLe port de Marseille a inauguré un nouveau quai pour les porte-conteneurs.\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	m := New(base)
	a := m.Answer("Quand l'article sur le musée de Lyon a-t-il été publié ?", nil)
	if len(a.Headings) != 1 || a.Headings[0].Kind != knowledge.DatelineHeading || a.Short == "" {
		t.Fatalf("answer %+v, want the dateline heading and its date", a)
	}
	if a = m.Answer("À quelle heure l'article sur le musée a-t-il été publié ?", nil); a.Short != "14h30" {
		t.Errorf("time %q, want 14h30", a.Short)
	}
	// A dateline without a time does not say when in the day.
	if a = m.Answer("À quelle heure l'article sur le port de Marseille a-t-il été publié ?", nil); a.Answered {
		t.Errorf("answered %q from %+v, want no answer", a.Short, a.Headings)
	}
}

// TestHeadingOfConversation: « cet article » is the conversation's.
func TestHeadingOfConversation(t *testing.T) {
	m := New(seedBase(t))
	for _, art := range m.base.Articles {
		a := m.Answer("Quel est le titre de cet article ?", &Context{Article: art})
		want := pickHeading(art, headingAsk{kind: knowledge.TitleHeading})
		switch {
		case want == nil && a.Answered:
			t.Errorf("%s has no title line, but %q was cited", art.ID, a.Short)
		case want != nil && (len(a.Headings) != 1 || a.Headings[0] != want || a.HeadingOf != art):
			t.Errorf("%s: cited %+v, want its title %q", art.ID, a.Headings, want.Text)
		}
	}
}
