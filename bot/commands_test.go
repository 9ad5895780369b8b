package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestCommandTable checks the table every platform builds its menus from:
// names and aliases are unique, each is found, each menu entry has its
// descriptions, and the help lists exactly the commands that have a line.
func TestCommandTable(t *testing.T) {
	b := New(seedBase(t), Options{})
	seen := map[string]string{}
	menus := map[string]bool{}
	for _, c := range Commands() {
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			if other, dup := seen[n]; dup {
				t.Errorf("/%s names both %s and %s", n, other, c.Name)
			}
			seen[n] = c.Name
			if got, ok := LookupCommand(strings.ToUpper(n)); !ok || got.Name != c.Name {
				t.Errorf("LookupCommand(%q) = %q, %v", n, got.Name, ok)
			}
		}
		if c.Menu != "" {
			if menus[c.Menu] || c.MenuFrench == "" || c.MenuEnglish == "" || len(c.MenuEnglish) > 100 || len(c.MenuFrench) > 100 {
				t.Errorf("menu entry %q: repeated, or a description missing or over 100 bytes", c.Menu)
			}
			menus[c.Menu] = true
		}
		if has := strings.Contains(b.Help(), "  /"+c.Name); has != (c.Help != "") {
			t.Errorf("/%s in the help: %v, but its help line is %q", c.Name, has, c.Help)
		}
	}
	if _, ok := LookupCommand("inconnue"); ok {
		t.Error("an unknown command was found")
	}
	want := "Commandes :\n  /sources — les articles que je connais\n  /plus — d'autres sources pour la dernière réponse\n  /quote NOM — les citations d'une personne\n  /quiz [ARTICLE] — une question à choix multiples sur les articles (ou sur l'article de ce numéro)\n  /score — le classement du quiz de la séance\n  /session — les séances de questions en classe (/session aide)\n  /bien — votre avis sur la dernière réponse pendant une séance (ou /faux)\n  /aide — cette aide\n  /quitter — terminer"
	if !strings.HasSuffix(b.Help(), want) {
		t.Errorf("help:\n%s", b.Help())
	}
}

// TestQuoteListsPeople: /quote alone names the people quoted, not the
// bodies, places or documents quotes are attributed to.
func TestQuoteListsPeople(t *testing.T) {
	b := New(seedBase(t), Options{})
	got := ask(t, b, "q", "/quote").Text
	for _, who := range []string{"David Cameron", "William Hague", "Joe Biden"} {
		if !strings.Contains(got, who) {
			t.Errorf("/quote lacks %s: %s", who, got)
		}
	}
	for _, notPerson := range []string{"Washington", "les organisateurs", "le communiqué final", "Les signataires"} {
		if strings.Contains(got, notPerson) {
			t.Errorf("/quote lists %q: %s", notPerson, got)
		}
	}
}

// TestHelpPerPlatform: the example comes from the loaded articles, and
// each platform's help names only commands it has, by the names it shows.
func TestHelpPerPlatform(t *testing.T) {
	b := New(seedBase(t), Options{})
	people := b.People()
	if h := b.HelpFor("console"); !slices.ContainsFunc(people, func(p string) bool { return strings.Contains(h, "« Qu'a dit "+p+" ? »") }) {
		t.Errorf("the console help's example is not about a person of the articles:\n%s", h)
	}
	tests := []struct {
		platform    string
		want, unwan []string
	}{
		{"console", []string{"/quitter", "/plus", "/quote NOM"}, []string{"/citer"}},
		{"discord", []string{"/citer NOM", "/sources", "/aide", "Demander à citebot"}, []string{"/quitter", "/plus", "/quote"}},
		{"telegram", []string{"/plus", "/quote NOM", "mentionnez-moi"}, []string{"/quitter"}},
	}
	for _, tt := range tests {
		h := b.HelpFor(tt.platform)
		for _, w := range tt.want {
			if !strings.Contains(h, w) {
				t.Errorf("%s help lacks %q:\n%s", tt.platform, w, h)
			}
		}
		for _, u := range tt.unwan {
			if strings.Contains(h, u) {
				t.Errorf("%s help has %q:\n%s", tt.platform, u, h)
			}
		}
	}
}
