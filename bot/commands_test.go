package bot

import (
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
