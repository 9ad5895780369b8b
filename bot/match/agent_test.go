package match

import "testing"

// TestAgentPhraseShortAnswer answers "Qui V X ?" with the phrase « par »
// opens a few words after V's participle, any form of V, up to a
// relative, a verb or a preposition other than « de »; never after a
// noun V's stem meets.
func TestAgentPhraseShortAnswer(t *testing.T) {
	checkShort(t, "Le club", "Le club a été fondé en 1908 par des dirigeants dissidents du Milan AC. "+
		"La construction du bâtiment fut commandée en 1910 par le magnat du commerce qui désirait un style néogothique. "+
		"La forteresse fut prise par les troupes du roi dans la nuit. "+
		"Le tournoi fut une victoire de l'équipe menée par son capitaine. "+
		"Un projet de loi vivement soutenu par de nombreux élus locaux, qui ont critiqué le budget.", "person", []shortCase{
		{"Qui a fondé le club ?", "des dirigeants dissidents du Milan AC"},
		// « de » opens the agent as a determiner; the adverb after the
		// auxiliary is passed over to the verb.
		{"Qui a vivement soutenu le projet de loi ?", "de nombreux élus locaux"},
		{"Qui commanda la construction du bâtiment ?", "le magnat du commerce"},
		{"Qui prit la forteresse ?", "les troupes du roi"},
		{"Qui a gagné le tournoi ?", ""},
	})
}

// TestAgentOfSomethingElse gives no short answer when the sentence says
// the question's verb only of something else: its participle's agent or
// subject did not do what the question asks. Words in brackets before
// the participle are passed over.
func TestAgentOfSomethingElse(t *testing.T) {
	checkShort(t, "Trois événements", "Trois événements organisés ce lundi à Paris touchent à ces problématiques : "+
		"le Forum sur la paix organisé par Emmanuel Macron, une réunion des Nations unies et le sommet Govtech, consacré à l'économie numérique. "+
		"Le musée Pouchkine (l'un des plus grands de Russie, ouvert au public depuis plus de cent ans et visité chaque année), qui fut fondé entre autres par Ivan Tsvetaev, est le deuxième musée de Moscou.", "person", []shortCase{
		{"Qui a organisé le sommet Govtech ?", ""},
		{"Qui organise le Forum sur la paix ?", "Emmanuel Macron"},
		{"Qui a fondé le musée Pouchkine ?", "Ivan Tsvetaev"},
	})
}

// TestDoneToOther tells a participle said of something else than what
// the question asks about from the question's verb in the active, its
// auxiliary a few words before it: across a coordinated participle, an
// adverb, in the conditional.
func TestDoneToOther(t *testing.T) {
	sentences := []string{
		"Trois événements touchent à ces problématiques : le Forum sur la paix organisé par Emmanuel Macron et le sommet Govtech.",
		"Rogue affirme que c'est sur ses informations que les Mangemorts ont capturé et tué Emmeline Vance.",
		"Ce texte complète la retraite templière en Écosse où Beaujeu, neveu de Jacques de Molay, aurait restitué l'Ordre du Temple.",
		"Le comité a finalement organisé le sommet Govtech.",
		"Le sommet Govtech, organisé par le comité, a réuni les ministres.",
	}
	m, find := paragraphsMatcher(t, sentences...)
	for _, tt := range []struct {
		q    string
		s    int
		want bool
	}{
		{"Qui a organisé le sommet Govtech ?", 0, true},
		{"Qui a organisé le Forum sur la paix ?", 0, false},
		{"Qui a tué Emmeline Vance ?", 1, false},
		{"Qui a restitué l'Ordre du Temple ?", 2, false},
		{"Qui a organisé le sommet Govtech ?", 3, false},
		// What the participle is said of stands before it.
		{"Qui a organisé le sommet Govtech ?", 4, false},
	} {
		s := find(sentences[tt.s])
		if got := m.doneToOther(m.parse(tt.q), s); got != tt.want {
			t.Errorf("%q / %q: %v, want %v", tt.q, s.Text, got, tt.want)
		}
	}
}

// TestDoneToOtherInAgrees checks that the ranking's shortcut (a sentence
// with no form of the verb is not read) answers as doneToOther does, for
// every question and sentence: the verb said of something else, in
// another tense, as a participle of what the question asks about, or
// not there at all.
func TestDoneToOtherInAgrees(t *testing.T) {
	sentences := []string{
		"Trois événements touchent à ces problématiques : le Forum sur la paix organisé par Emmanuel Macron et le sommet Govtech.",
		"Le sommet Govtech, organisé par le comité, a réuni les ministres.",
		"Le comité organisera le sommet Govtech, consacré à l'économie numérique.",
		"Le sommet Govtech a réuni les ministres, invités par le comité.",
	}
	m, find := paragraphsMatcher(t, sentences...)
	for _, text := range []string{"Qui a organisé le sommet Govtech ?", "Qui organise le sommet Govtech ?", "Qui a invité les ministres ?", "Qui a réuni les ministres ?"} {
		q, r, _ := m.candidates(text, nil)
		if r == nil {
			t.Fatalf("%q: no ranking", text)
		}
		for _, st := range sentences {
			s := find(st)
			if got, want := m.doneToOtherIn(r, s), m.doneToOther(q, s); got != want {
				t.Errorf("%q / %q: %v, doneToOther says %v", text, st, got, want)
			}
		}
		r.release()
	}
}

// TestDoneToOtherAbstains asks the seeds who organised an event one of
// them names beside another event and its organiser.
func TestDoneToOtherAbstains(t *testing.T) {
	m := New(seedBase(t))
	if a := m.Answer("Qui a organisé le sommet Govtech ?", nil); a.Answered {
		t.Errorf("answered %q from %q", a.Short, a.Sentences[0].Text)
	}
	if a := m.Answer("Qui a organisé le Forum sur la paix ?", nil); !a.Answered || a.Short != "Emmanuel Macron" {
		t.Errorf("answered %v, short %q", a.Answered, a.Short)
	}
}

// TestAgentNotPatient reads who did the question's verb, not who
// underwent it: the name before a participle alone or after « été » is
// its patient (« une version du Coran rejetée »), the one before « a »
// its agent; and « par la suite », « par exemple » open no agent.
func TestAgentNotPatient(t *testing.T) {
	sentences := []string{
		"Ubay aurait été l'auteur d'une version du Coran rejetée par la suite par le pouvoir califal.",
		"La version de Médine a été rejetée par exemple par les copistes de Koufa.",
		"Othman a rejeté la version d'Ubay.",
	}
	m, find := paragraphsMatcher(t, sentences...)
	for _, tt := range []struct {
		q            string
		s            int
		name, phrase string
	}{
		{"Qui a rejeté la version ?", 0, "", "le pouvoir califal"},
		{"Qui a rejeté la version ?", 1, "", "les copistes de Koufa"},
		{"Qui a rejeté la version ?", 2, "Othman", ""},
	} {
		q, s := m.parse(sanitize(tt.q)), find(sentences[tt.s])
		if got := m.agentName(q, s); got != tt.name {
			t.Errorf("%q in %q: agentName %q, want %q", tt.q, sentences[tt.s], got, tt.name)
		}
		if got := m.agentPhrase(q, s); got != tt.phrase {
			t.Errorf("%q in %q: agentPhrase %q, want %q", tt.q, sentences[tt.s], got, tt.phrase)
		}
	}
}

// TestNameBeforeRole reads the name a role is apposed to when none
// follows the role: not a place, nor a name in a list.
func TestNameBeforeRole(t *testing.T) {
	sentences := []string{
		"Le comité, assisté de Han Zheng, maire de la municipalité de Shanghai, prépare l'exposition.",
		"Malgré les guerres de la France, roi et princes lancèrent une expédition.",
		"Le parrain est le pape Pie IX, la marraine la reine Victoria.",
	}
	m, find := paragraphsMatcher(t, sentences...)
	for i, tt := range []struct{ q, want string }{
		{"Qui était le maire de Shanghai ?", "Han Zheng"},
		{"Qui était le roi ?", ""},
		{"Qui était la marraine ?", ""},
	} {
		if got := m.roleName(m.parse(sanitize(tt.q)), find(sentences[i])); got != tt.want {
			t.Errorf("%q in %q: %q, want %q", tt.q, sentences[i], got, tt.want)
		}
	}
}

// TestAgentNounName answers « Qui a V X ? » with the name apposed to V's
// noun of agent when its complement is X, not to another's.
func TestAgentNounName(t *testing.T) {
	checkShort(t, "Les inventeurs", "Il en va ainsi de Ányos Jedlik, inventeur du moteur électrique, et d'Ernő Rubik, inventeur du cube magique. "+
		"La société, dirigée par son fondateur, signe un contrat.", "person", []shortCase{
		{"Qui a inventé le moteur électrique ?", "Ányos Jedlik"},
		{"Qui a inventé le cube magique ?", "Ernő Rubik"},
	})
}
