package knowledge

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Il pleut. Il fait froid.", []string{"Il pleut.", "Il fait froid."}},
		{"question and exclamation", "Pourquoi ? Parce que ! Voilà.", []string{"Pourquoi ?", "Parce que !", "Voilà."}},
		{"title M.", "M. Robinson a parlé. Il est parti.", []string{"M. Robinson a parlé.", "Il est parti."}},
		{"title mid-sentence", "a déclaré M. Nee d’Amnesty. Cette conférence s’achèvera.", []string{"a déclaré M. Nee d’Amnesty.", "Cette conférence s’achèvera."}},
		{"titles MM. Mme Dr", "MM. Dupont et Durand, Mme. Leroy et le Dr. House sont là. Fin.", []string{"MM. Dupont et Durand, Mme. Leroy et le Dr. House sont là.", "Fin."}},
		{"initials", "Le livre de J. R. R. Tolkien plaît à G. W. Bush. Il le lit.", []string{"Le livre de J. R. R. Tolkien plaît à G. W. Bush.", "Il le lit."}},
		{"av. J.-C. inside", "Né en 52 av. J.-C. au bord du lac, il régna.", []string{"Né en 52 av. J.-C. au bord du lac, il régna."}},
		{"J.-C. ends a sentence", "César mourut en 44 av. J.-C. Son fils hérita.", []string{"César mourut en 44 av. J.-C.", "Son fils hérita."}},
		{"p. ex. and cf.", "Des fruits, p. ex. des pommes (cf. Dupont). Puis des poires.", []string{"Des fruits, p. ex. des pommes (cf. Dupont).", "Puis des poires."}},
		{"vol. and no. before numbers", "Voir le vol. 3 et le no. 12 de la revue. Puis lire.", []string{"Voir le vol. 3 et le no. 12 de la revue.", "Puis lire."}},
		{"vol as a word", "Il a dénoncé le vol. Personne ne l’a cru.", []string{"Il a dénoncé le vol.", "Personne ne l’a cru."}},
		{"etc. ends a sentence", "Des pommes, des poires, etc. Le marché ferme.", []string{"Des pommes, des poires, etc.", "Le marché ferme."}},
		{"decimals and times", "La croissance est de 3,2 % et 14.5 points à 6:04. Ensuite rien.", []string{"La croissance est de 3,2 % et 14.5 points à 6:04.", "Ensuite rien."}},
		{"ellipsis then capital", "La route semble bien longue… Une autre voie existe... Enfin.", []string{"La route semble bien longue…", "Une autre voie existe...", "Enfin."}},
		{"ellipsis then small letter", "Il hésita... puis partit.", []string{"Il hésita... puis partit."}},
		{"omission marks", "«Nous avons (...) Nous voulons agir», dit-il. Fin.", []string{"«Nous avons (...) Nous voulons agir», dit-il.", "Fin."}},
		{"bracketed omission unquoted", "Il a dit [...] Le reste manque.", []string{"Il a dit [...] Le reste manque."}},
		{
			"balanced guillemets span a sentence end",
			"Il a déclaré que «Ce n'est pas un sommet. Nous avons réuni l'industrie ». Selon lui, c'est utile.",
			[]string{"Il a déclaré que «Ce n'est pas un sommet. Nous avons réuni l'industrie ».", "Selon lui, c'est utile."},
		},
		{
			"quotation then speaker",
			"« La liberté est attaquée. Maintenant, la Chine avance», a déclaré William Nee. Il part.",
			[]string{"« La liberté est attaquée. Maintenant, la Chine avance», a déclaré William Nee.", "Il part."},
		},
		{
			"unbalanced closing guillemet does not swallow",
			"Il affirme que le modèle est celui du contrôle », a déclaré M. Nee. Cette conférence s’achèvera vendredi. Les participants auront accès.",
			[]string{"Il affirme que le modèle est celui du contrôle », a déclaré M. Nee.", "Cette conférence s’achèvera vendredi.", "Les participants auront accès."},
		},
		{
			"unbalanced opening guillemet does not swallow",
			"Il cite « un texte coupé. La suite manque. Rien ne ferme.",
			[]string{"Il cite « un texte coupé.", "La suite manque.", "Rien ne ferme."},
		},
		{
			"closing mark used as opening",
			"Ils signeront l’”appel de Paris. Pour la confiance” avec d’autres. Puis rien.",
			[]string{"Ils signeront l’”appel de Paris. Pour la confiance” avec d’autres.", "Puis rien."},
		},
		{
			"curly quotes",
			"Ils soutiennent “un cyberespace ouvert. Et sûr”. Fin.",
			[]string{"Ils soutiennent “un cyberespace ouvert. Et sûr”.", "Fin."},
		},
		{
			"straight quotes",
			`Il a salué "une force du bien. Vraiment" dans son discours. Puis il part.`,
			[]string{`Il a salué "une force du bien. Vraiment" dans son discours.`, "Puis il part."},
		},
		{"end inside closing quote", "Il a dit «Je pars.» Puis il partit.", []string{"Il a dit «Je pars.»", "Puis il partit."}},
		{"French spacing before closing quote", "Il a dit « Je pars. » Puis il partit.", []string{"Il a dit « Je pars. »", "Puis il partit."}},
		{"closing bracket", "Il partit (enfin.) Le soir tomba.", []string{"Il partit (enfin.)", "Le soir tomba."}},
		{"comma after quotation", "« Je pars. », a-t-il dit. Fin.", []string{"« Je pars. », a-t-il dit.", "Fin."}},
		{"opening quote after a stop", `Il dit. "Bonjour" répondit-elle.`, []string{"Il dit.", `"Bonjour" répondit-elle.`}},
		{"credit in brackets stays", "Ils figurent parmi les signataires. (Michel Rose, édité par Arthur Connan)", []string{"Ils figurent parmi les signataires. (Michel Rose, édité par Arthur Connan)"}},
		{"small letter after stop", "Le site example.fr. est en panne.", []string{"Le site example.fr. est en panne."}},
		{"dialogue dash", "Il demanda. — Non, dit-elle.", []string{"Il demanda.", "— Non, dit-elle."}},
		{"no-break spaces", "Il pleut\u00a0! Il vente\u202f? Oui.", []string{"Il pleut\u00a0!", "Il vente\u202f?", "Oui."}},
		{"trailing text without stop", "Première phrase. Deuxième sans point", []string{"Première phrase.", "Deuxième sans point"}},
		{"empty", "  ", nil},
		{"only marks", "...", []string{"..."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitSentences(tt.in)
			if !slices.Equal(got, tt.want) {
				t.Errorf("splitSentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			checkSplit(t, tt.in, got)
		})
	}
}

func TestSplitSentencesCutsLongSentences(t *testing.T) {
	clause := strings.Repeat("mot ", 60) // 240 characters
	tests := []struct {
		name string
		in   string
		// cutAfter is the text that must end the first piece.
		cutAfter string
	}{
		{"semicolon first", clause + ", encore " + clause + "; puis " + clause + "fin.", "; "},
		{"colon", clause + ", encore " + clause + " : puis " + clause + "fin.", ": "},
		{"comma nearest the middle", clause + ", a " + clause + ", b " + clause + ", c " + clause + "fin.", "a " + clause + ","},
		{"space when nothing else", clause + clause + clause + "fin.", " "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitSentences(tt.in)
			if len(got) < 2 {
				t.Fatalf("a %d-character sentence was not cut: %d piece(s)", utf8.RuneCountInString(tt.in), len(got))
			}
			if !strings.HasSuffix(got[0]+" ", strings.TrimSpace(tt.cutAfter)+" ") {
				t.Errorf("first piece ends %q, want it to end with %q", lastChars(got[0], 30), tt.cutAfter)
			}
			checkSplit(t, tt.in, got)
		})
	}
	// A quotation longer than a citation is split at its own sentences.
	long := "«" + strings.Repeat("Une phrase citée assez longue pour compter. ", 20) + "» dit-il."
	if got := splitSentences(long); len(got) < 20 {
		t.Errorf("a %d-character quotation kept %d sentences, want it split at its full stops", len(long), len(got))
	}
	// A word longer than the limit cannot be cut and is kept whole.
	word := strings.Repeat("x", MaxSentenceRunes+10)
	if got := splitSentences(word); len(got) != 1 || got[0] != word {
		t.Errorf("a long word was changed: %d pieces", len(got))
	}
}

// checkSplit verifies the splitter's invariants: every sentence is trimmed,
// found verbatim in order, no longer than the citation limit when it could be
// cut, and only white space is lost.
func checkSplit(t *testing.T, in string, got []string) {
	t.Helper()
	at := 0
	for i, s := range got {
		if s == "" || s != strings.TrimFunc(s, isSpace) {
			t.Fatalf("sentence %d is empty or untrimmed: %q", i+1, s)
		}
		k := strings.Index(in[at:], s)
		if k < 0 {
			t.Fatalf("sentence %d is not verbatim after offset %d: %q", i+1, at, s)
		}
		if gap := in[at : at+k]; strings.TrimFunc(gap, isSpace) != "" {
			t.Fatalf("text lost before sentence %d: %q", i+1, gap)
		}
		at += k + len(s)
		if utf8.RuneCountInString(s) > MaxSentenceRunes && strings.IndexFunc(s, isSpace) >= 0 {
			t.Fatalf("sentence %d has %d characters and a space to cut at", i+1, utf8.RuneCountInString(s))
		}
	}
	if rest := in[at:]; strings.TrimFunc(rest, isSpace) != "" {
		t.Fatalf("text lost at the end: %q", rest)
	}
}

func lastChars(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}
