package match

import "testing"

// TestDefinitionFrame tells questions asking what something is from
// questions about what someone did or said.
func TestDefinitionFrame(t *testing.T) {
	ix := newKindIndex()
	for _, tc := range []struct {
		q    string
		want bool
	}{
		// PIAF's and classroom phrasings.
		{"c'est quoi l'appel de Paris ?", true},
		{"Et c'est quoi le G8 ?", true},
		{"La NBA Development League c'est quoi ?", true},
		{"Qu'est-ce que l'Ouadia ?", true},
		{"qu'est ce qu'un terminator?", true},
		{"Qu’est-ce que des chaebol?", true},
		{"Qu'est-ce que la DATAR ?", true},
		{"c'est quoi la différenciation en cellules de merkel?", true},
		{"Que signifie UPU ?", true},
		{"Que veut dire pomérium selon Tite Live?", true},
		{"Qu'appelle-t-on la DATAR ?", true},
		// What someone did or said, or a clause: not what a thing is.
		{"Qu'est-ce que les participants de la conférence chinoise pourront exceptionnellement utiliser ?", false},
		{"Qu'est-ce que la Chine a fait ?", false},
		{"Qu'est-ce que Macron veut ?", false},
		{"Qu'a dit David Cameron ?", false},
		{"Que veut la Chine selon William Nee ?", false},
		{"c'est quoi ?", false},
		{"Quel est le nom complet de l'appel signé à Paris ?", false},
	} {
		if got := definitionFrame(foldsOf(tc.q), ix.followUps); got != tc.want {
			t.Errorf("definitionFrame(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestDefinitionCitesIntroduction: asked what the G8 is, the matcher
// cites the article's sentence that introduces it, not a later one that
// names it in passing (« lors du sommet du G8 »), which it prefers without
// Weights.Introduces.
func TestDefinitionCitesIntroduction(t *testing.T) {
	base := seedBase(t)
	const q = "c'est quoi le G8 ?"
	w := LearnedWeights()
	w.Introduces = 0
	for _, tc := range []struct {
		m     *Matcher
		first bool
	}{{New(base), true}, {NewWith(base, Options{Weights: &w}), false}} {
		a := tc.m.Answer(q, nil)
		if !a.Answered {
			t.Fatalf("Introduces %v: abstained", tc.m.w.Introduces)
		}
		s := a.Sentences[0]
		if first := s.ID == s.Article.Paragraphs[0].Sentences[0].ID; first != tc.first {
			t.Errorf("Introduces %v: cited %q, want the article's first sentence: %v", tc.m.w.Introduces, s.Text, tc.first)
		}
	}
}

// TestDefinitionBeforeBracket answers « Qu'est-ce que X ? » where X stands
// in brackets after what it names: an acronym by the words that spell it,
// else (« DMZ ») the noun and adjectives before the bracket.
func TestDefinitionBeforeBracket(t *testing.T) {
	checkShort(t, "Les sigles", "L'Insee définit en 1967, avec la Délégation à l'aménagement du territoire et à l'action régionale (DATAR), "+
		"huit zones d'études et d'aménagement du territoire (Z.E.A.T.). "+
		"La péninsule est divisée par une zone démilitarisée (DMZ). "+
		"Le soleil permet la formation de Cholécalciférol (vitamine D3) dans la peau.", "", []shortCase{
		{"Qu'est-ce que la DATAR ?", "Délégation à l'aménagement du territoire et à l'action régionale"},
		{"Qu'est-ce que les Z.E.A.T. ?", "zones d'études et d'aménagement du territoire"},
		{"c'est quoi une DMZ ?", "zone démilitarisée"},
		{"qu'est-ce que la vitamine D3 ?", "Cholécalciférol"},
	})
}

// TestDefinitionCopula answers « Qu'est-ce que X ? » with what a copula
// after X says it is, but not with what a pronominal verb's auxiliary
// after it says it did (« … sur le climat qui s'est ouverte mardi »:
// « ouverte mardi » is the meeting's, and no definition).
func TestDefinitionCopula(t *testing.T) {
	checkShort(t, "Le sommet", "Les délégués sont réunis à Lima pour une conférence sur le climat qui s'est ouverte mardi. "+
		"Le mridang est un tambour de l'Inde du Sud.", "", []shortCase{
		{"Qu'est-ce que le climat ?", ""},
		{"Qu'est-ce que le mridang ?", "un tambour de l'Inde du Sud"},
	})
}

// TestDefinitionMeaning answers « Que signifie X ? » and « Que veut dire
// X ? » from the words after their frame (not « signifie » itself, nor an
// adverb), and with the quotation a word of meaning opens after X.
func TestDefinitionMeaning(t *testing.T) {
	checkShort(t, "Les timbres", "Les timbres ne sont pas reconnus par l'UPU (Union postale universelle).", "", []shortCase{
		{"Que signifie UPU ?", "Union postale universelle"},
	})
	checkShort(t, "Les mots", "Les glissements de terrain de Storegga (mot signifiant en norvégien : « la grande bordure ») sont anciens. "+
		"Le terme concept vient du verbe concipere signifiant « concevoir ». "+
		"Le terme vient du mot néerlandais wijde (« large »). "+
		"Le fondateur agit en tant que rex (roi), étymologiquement « tireur de trait ».", "", []shortCase{
		{"Que veut dire Storegga en norvégien ?", "la grande bordure"},
		{"Que signifie le verbe concipere ?", "concevoir"},
		{"Que veut dire le mot wijde ?", "large"},
		{"Que signifie étymologiquement rex ?", "roi"},
	})
}

// TestDefinitionApposed reads what the sentence says a thing is in the
// noun phrase set after a comma right after its name, and not a
// participle's phrase, a circumstance or a name there.
func TestDefinitionApposed(t *testing.T) {
	checkShort(t, "L'Afrique de l'Est", "Au moment du développement de l'islam, la culture swahilie, métissage culturel "+
		"entre l'Afrique et le monde arabo-musulman, se déploie sur la côte. "+
		"Le pentecôtisme, nouvelle branche du christianisme, se développe aux États-Unis.", "", []shortCase{
		{"Qu'est-ce que la culture swahilie ?", "métissage culturel entre l'Afrique et le monde arabo-musulman"},
		{"c'est quoi le pentecôtisme ?", "nouvelle branche du christianisme"},
	})
	for _, text := range []string{
		"La psychanalyse, fondée par Sigmund Freud, se base sur l'inconscient.",
		"La psychanalyse, en 1900, se base sur l'inconscient.",
		"La psychanalyse, Sigmund Freud la fonde à Vienne.",
	} {
		checkShort(t, "Vienne", text, "", []shortCase{{"Qu'est-ce que la psychanalyse ?", ""}})
	}
}
