package match

import (
	"regexp"
	"testing"
)

// TestYesNo answers a yes/no question "Oui" or "Non" only when the cited
// sentence holds most of the question's words other than names: "Oui"
// when most are the asker's own and nothing negates them, "Non" with a
// negation; otherwise the sentence alone.
func TestYesNo(t *testing.T) {
	checkShort(t, "L'appel de Paris", "La France a signé l'appel de Paris pour la confiance dans le cyberespace. "+
		"Les États-Unis n'ont pas signé le texte sur la cybersécurité. "+
		"Le ministre n'a ni frère ni sœur. "+
		"Les Anglais affirmèrent qu'ils ne pouvaient fournir des armes aux rebelles. "+
		"Les participants auront exceptionnellement accès à Google et Facebook qui sont normalement bloqués en Chine. "+
		"Les représentants des organisations de l'ONU sont réunis à Londres pour la conférence sur le cyberespace. "+
		"Le texte de l'appel est accessible en ligne. "+
		"Le musée a fermé ses salles d'exposition. Les salles de la mairie sont neuves. "+
		"Les discussions ne permettaient pas d'obtenir la signature du Canada sur le traité.", kindYesNo.String(), []shortCase{
		{"Est-ce que la France a signé l'appel de Paris ?", "Oui"},
		{"La France a-t-elle signé l'appel de Paris ?", "Oui"},
		{"Est-ce que les États-Unis ont signé le texte sur la cybersécurité ?", "Non"},
		{"Les États-Unis n'ont-ils pas signé le texte sur la cybersécurité ?", ""},
		{"Le ministre a-t-il un frère et une sœur ?", "Non"},
		// Most of the words, not all.
		{"Les représentants de l'ONU sont-ils réunis pour une conférence sur la gouvernance ?", "Oui"},
		// Not its verb.
		{"Les représentants de l'ONU participent-ils à la conférence sur le cyberespace ?", ""},
		// « ne » alone negates « pouvoir ».
		{"Les Anglais ont-ils pu fournir des armes aux rebelles ?", "Non"},
		// Half the words, one of them only by a related word.
		{"Facebook est-il normalement accessible en Chine ?", ""},
		// Held, but half only by a related word: « bloquer » may say
		// what « fermer » says, or not.
		{"Les salles sont-elles bloquées ?", ""},
		// The « ne … pas » of the verb whose complement is the signature,
		// though its « ne » stands further back than negationWindow.
		{"Le Canada a-t-il signé le traité ?", "Non"},
		// A question that restricts what it asks.
		{"La France a-t-elle uniquement signé l'appel de Paris ?", ""},
		// A statement put up to be judged.
		{"Vrai ou faux : la France a signé l'appel de Paris.", "Oui"},
		{"Est-il vrai que les États-Unis ont signé le texte sur la cybersécurité ?", "Non"},
		{"C'est vrai que les participants auront accès à Google ?", "Oui"},
	})
}

// TestYesNoLeftOut answers "Non" where the sentence leaves the name out
// of the set the question names (« parmi lesquels ne figure pas »), and
// nothing where the question asks what that set does.
func TestYesNoLeftOut(t *testing.T) {
	checkShort(t, "La finale", "Les finalistes, parmi lesquels ne figure pas l'équipe de Belgique, joueront dimanche à Berlin. "+
		"Les invités, parmi lesquels se trouvait le maire de Lyon, ont visité l'usine.", kindYesNo.String(), []shortCase{
		{"L'équipe de Belgique est-elle finaliste ?", "Non"},
		// What the set does, which says nothing of the name.
		{"Est-ce que la Belgique jouera dimanche à Berlin ?", ""},
		// Among them, no negation.
		{"Le maire de Lyon était-il invité ?", "Oui"},
	})
}

// TestAsYesNo reads a statement put up to be judged as a yes/no
// question, and leaves anything else as it is.
func TestAsYesNo(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Vrai ou faux : la Chine a signé l'appel", "Est-ce que la Chine a signé l'appel"},
		{"vrai ou faux ? Amnesty critique la Chine.", "Est-ce qu'Amnesty critique la Chine."},
		{"Est-il vrai que Google est bloqué en Chine ?", "Est-ce que Google est bloqué en Chine ?"},
		{"Est-ce vrai qu’il a signé ?", "Est-ce qu'il a signé ?"},
		{"C'est exact que le G8 s'est réuni à Paris ?", "Est-ce que le G8 s'est réuni à Paris ?"},
		{"Vrai ou faux", "Vrai ou faux"},
		{"Est-il vraiment venu ?", "Est-il vraiment venu ?"},
		{"Qui a dit que c'est vrai que la Terre est ronde ?", "Qui a dit que c'est vrai que la Terre est ronde ?"},
	} {
		if got := asYesNo(tc.in); got != tc.want {
			t.Errorf("asYesNo(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestYesNoReadings answers from sentences of PIAF's articles: a verb
// that turns its clause down answers no as a negation does, the
// question's verb may be in another form, and the article's title holds
// the words the sentence leaves to it.
func TestYesNoReadings(t *testing.T) {
	checkShort(t, "La conférence mondiale sur Internet", "Les participants auront exceptionnellement accès à Google et Facebook qui sont normalement bloqués en Chine. "+
		"Ce sont les seuls grands singes à ne pas vivre en groupe. "+
		"Mais le roi, tout en acceptant l'humiliation de porter le bonnet phrygien devant les sans-culottes, refuse de revenir sur sa décision. "+
		"Après avoir évité d'être capturé par les Soviétiques, Rydz passa la frontière roumaine le 18 septembre. "+
		"Mais le projet s'avère complexe à étudier et à construire. Le chemin est facile. "+
		"Des grands groupes américains comme Alphabet (Google) et Facebook figurent par exemple parmi les signataires. "+
		"Les signataires, parmi lesquels ne figureront pas dans un premier temps la Chine et la Russie, disent soutenir la paix.", kindYesNo.String(), []shortCase{
		// The title sets the conference.
		{"Les participants à la conférence mondiale sur Internet auront-ils accès à Google ?", "Oui"},
		// Not when a word is neither in the sentence nor the title.
		{"Les participants au tournoi mondial sur Internet auront-ils accès à Google ?", ""},
		// « vivent » and « vivre » do not share a stem.
		{"Ces singes vivent-ils en groupe ?", "Non"},
		// « Mais » opens the sentence and qualifies nothing.
		{"Le roi accepte-t-il de revenir sur sa décision ?", "Non"},
		{"Le roi accepte-t-il de porter le bonnet phrygien ?", "Oui"},
		{"Rydz fut-il capturé par les Soviétiques ?", "Non"},
		// The question turns itself down.
		{"Le roi refuse-t-il de revenir sur sa décision ?", ""},
		// The attribute asked is not there.
		{"Le projet est-il un projet facile ?", ""},
		// « signataires » is what « signer » derives: the same act.
		{"Facebook a-t-il signé ?", "Oui"},
		// The words between leave the name out of the signatories.
		{"La Russie a-t-elle signé ?", "Non"},
		// They say what the signatories do, not what Russia does.
		{"La Russie soutient-elle la paix ?", ""},
	})
}

// inversionPattern is what hasInversion reads, as the regular expression
// it replaces: the fuzzer holds the two to the same answer. Only the
// pronoun is in any case: under (?i) \p{L} also takes a rune whose other
// case is a letter, such as the combining « ͅ » (U+0345, whose capital
// is « Ι »), which no word ends with (the fuzzer's find, kept in
// testdata/fuzz).
var inversionPattern = regexp.MustCompile(`\p{L}-(?i:(?:t-)?(?:il|elle|ils|elles|on))\b`)

func TestHasInversion(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Facebook est-il accessible ?", true},
		{"Y a-t-il un accord ?", true},
		{"A-T-ELLE signé ?", true},
		{"va-t-on le savoir", true},
		{"Les Etats-Unis ont-ils signé ?", true},
		{"ont-elles", true},
		{"est-ilſ", true},
		{"a-t-ilſ", true},
		{"est-ils", true},
		{"est-il2", false},
		{"est-il_", false},
		{"est-ilé", true},
		{"Qui est-ce ?", false},
		{"vice-président", false},
		{"2-il", false},
		{"-il", false},
		{"é-on", true},
		{"a-t-", false},
		{"a-t-i", false},
		{"a-onze", false},
		{"peut-être", false},
		{"est-iL", true},
		{"a-ellesſ", true},
		{"a-ſ", false},
	} {
		if got := hasInversion(tc.text); got != tc.want {
			t.Errorf("hasInversion(%q) = %v, want %v", tc.text, got, tc.want)
		}
		if re := inversionPattern.MatchString(tc.text); re != tc.want {
			t.Errorf("the pattern on %q: %v, want %v", tc.text, re, tc.want)
		}
	}
}

// FuzzHasInversion holds hasInversion to the regular expression it
// replaces, on any text.
func FuzzHasInversion(f *testing.F) {
	for _, s := range []string{"est-il", "a-t-elle", "A-T-ON", "est-ilſ", "ils-ſ", "x-\xffil", "é-t-ils_", "a--il"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasInversion(s), inversionPattern.MatchString(s); got != want {
			t.Errorf("hasInversion(%q) = %v, the pattern says %v", s, got, want)
		}
	})
}
