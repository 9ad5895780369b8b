package match

import (
	"testing"

	"github.com/citebot/citebot/knowledge"
)

// TestDatePrecision answers « En quelle année … ? » with a month that
// gives its year, never with a day that does not (« le 15 novembre de la
// même année »), and « À quelle date … ? » with a year.
func TestDatePrecision(t *testing.T) {
	checkShort(t, "L'église", "L'église connaît une profonde rénovation en 1891. "+
		"En juin 2014, le gouvernement lève la clause la plus décriée. "+
		"Les conventions sont approuvées par le congrès du parti tenu à Sfax le 15 novembre de la même année.", "date", []shortCase{
		{"À quelle date l'église a-t-elle été rénovée ?", "1891"},
		{"En quelle année le gouvernement lève-t-il la clause ?", "juin 2014"},
		{"En quelle année les conventions sont-elles approuvées par le congrès du parti ?", ""},
		{"Quel jour les conventions sont-elles approuvées par le congrès du parti ?", "15 novembre"},
	})
}

// TestFitsKinds reads a date's precision against the one asked for: a
// day answers « quel jour », a year « en quelle année » only when it
// writes its year.
func TestFitsKinds(t *testing.T) {
	year := dateKinds([]string{"en", "quelle", "annee"})
	day := dateKinds([]string{"quel", "jour"})
	for _, tt := range []struct {
		kinds []knowledge.DateKind
		kind  knowledge.DateKind
		text  string
		want  bool
	}{
		{year, knowledge.FullDate, "12 novembre 2018", true},
		{year, knowledge.FullDate, "14/07/1789", true},
		{year, knowledge.FullDate, "12 novembre", false},
		{year, knowledge.FullDate, "lundi 19 novembre", false},
		{year, knowledge.Month, "juin 2014", true},
		{year, knowledge.Month, "juin", false},
		{year, knowledge.Year, "1891", true},
		{day, knowledge.FullDate, "12 novembre", true},
		{nil, knowledge.Weekday, "lundi", true},
	} {
		d := &knowledge.DateMention{Text: tt.text, Kind: tt.kind}
		if got := fitsKinds(tt.kinds, d); got != tt.want {
			t.Errorf("%v %s %q: %v, want %v", tt.kinds, tt.kind, tt.text, got, tt.want)
		}
	}
}

// TestStatesAskedYear keeps any short answer, the span model's too, to
// « En quelle année … ? » from naming part of a day without its year.
func TestStatesAskedYear(t *testing.T) {
	text := "Les conventions sont approuvées par le congrès tenu à Sfax le 15 novembre de la même année."
	m, find := paragraphsMatcher(t, text)
	s := find(text)
	for _, tt := range []struct {
		q, a string
		want bool
	}{
		{"En quelle année les conventions sont-elles approuvées ?", "novembre", false},
		{"En quelle année les conventions sont-elles approuvées ?", "15", false},
		{"En quelle année les conventions sont-elles approuvées ?", "1955", true},
		{"En quelle année les conventions sont-elles approuvées ?", "l'an 9", true},
		{"En quel siècle les conventions sont-elles approuvées ?", "XXe siècle", true},
		{"Quel jour les conventions sont-elles approuvées ?", "15 novembre", true},
	} {
		if got := m.statesAskedYear(m.parse(tt.q), s, tt.a); got != tt.want {
			t.Errorf("%q / %q: %v, want %v", tt.q, tt.a, got, tt.want)
		}
	}
}

// TestLifespanDate answers when someone was born or died by the side of the
// dash in the brackets after the name.
func TestLifespanDate(t *testing.T) {
	checkShort(t, "Des vies", "Robert Haldane (28 février 1764 – 12 décembre 1842) est un prédicateur écossais. "+
		"Jean Riolan le Jeune (1577-1657), fils de l'Ancien, réplique par un pamphlet publié à Paris en 1603.", "date", []shortCase{
		{"Quand Robert Haldane est-il mort ?", "12 décembre 1842"},
		{"Quelle est la date de naissance de Robert Haldane ?", "28 février 1764"},
		{"En quelle année est né Jean Riolan le Jeune ?", "1577"},
		{"Quand Jean Riolan le Jeune est-il mort ?", "1657"},
	})
}

// TestLifespanDateWholeName reads no relative's brackets: the name before
// them must be the question's whole name, not its surname.
func TestLifespanDateWholeName(t *testing.T) {
	text := "Son grand-père Jacques Cheynet (1679-1760) était notaire, et Louis Cheynet le remplaça."
	m, find := paragraphsMatcher(t, text, "Jacques Cheynet et Louis Cheynet vivaient à Lyon.")
	s := find(text)
	if got := m.lifespanDate(m.parse("Quand Louis Cheynet est-il mort ?"), s); got != "" {
		t.Errorf("Louis Cheynet: %q", got)
	}
	if got := m.lifespanDate(m.parse("Quand Jacques Cheynet est-il mort ?"), s); got != "1760" {
		t.Errorf("Jacques Cheynet: %q, want 1760", got)
	}
}

// TestVerbDate answers « Quand V … ? » with the date written after a form
// of V in its clause, before the date nearest the question's other words;
// with that nearest date when no form of V is followed by one.
func TestVerbDate(t *testing.T) {
	checkShort(t, "Voix ouvrière", "Voix ouvrière, bimensuel, commence à être diffusé à partir de 1963, puis la publication devient hebdomadaire en 1967. "+
		"Transformée en unité de reconnaissance en 1940, cette unité fut finalement dissoute en octobre 1942. "+
		"Le journal hebdomadaire de la ville paraît depuis 1950, et le maire le lit en 1960.", "date", []shortCase{
		{"Quand Voix ouvrière devient-elle hebdomadaire ?", "1967"},
		{"Quand l'unité de reconnaissance fut-elle dissoute ?", "octobre 1942"},
		{"Quand le journal hebdomadaire de la ville est-il publié ?", "1950"},
	})
}

// TestPairedWithName answers with the date or count the sentence writes
// after the question's name when each of its names has its own (« la
// Hongrie en 2012 et la République de Corée en 2013 »), and leaves the
// question's other words to choose when only one name has one.
func TestPairedWithName(t *testing.T) {
	checkShort(t, "Les conférences", "Les conférences suivantes seront accueillies par la Hongrie en 2012 et la République de Corée en 2013. "+
		"La Grèce signe un traité d'association avec la CEE en 1961, neuf ans après son adhésion à l'OTAN en 1952.", "date", []shortCase{
		{"En quelle année la Corée accueillera-t-elle une des conférences suivantes ?", "2013"},
		{"En quelle année la Hongrie accueillera-t-elle une des conférences suivantes ?", "2012"},
		{"En quelle année la Grèce signe-t-elle le traité d'association avec la CEE ?", "1961"},
	})
}

// TestCountNoDate keeps a count written in letters (« sept » of « sept
// principes ») from answering « Quand … ? », but not a number in digits,
// which may be a year the sentence's dates do not hold, nor one of its
// dates.
func TestCountNoDate(t *testing.T) {
	text := "Il a proposé en mars 2011 sept principes, adoptés en 843."
	m, find := paragraphsMatcher(t, text)
	s := find(text)
	for _, tt := range []struct {
		a    string
		want bool
	}{
		{"sept", true},
		{"843", false},
		{"mars 2011", false},
		{"2011", false},
		{"principes", false},
	} {
		if got := m.countNoDate(s, tt.a); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.a, got, tt.want)
		}
	}
}
