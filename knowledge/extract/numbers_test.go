package extract

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

func TestNumbers(t *testing.T) {
	type num struct {
		text  string
		value float64
		unit  string
	}
	tests := []struct {
		sentence string
		want     []num
	}{
		{"Des représentants de plus de 60 pays et régions ont assisté à la conférence.", []num{{"plus de 60", 60, "pays et régions"}}},
		{"Il a proposé un ensemble de sept principes de base pour une coopération plus efficace.", []num{{"sept", 7, "principes de base"}}},
		{"La Chine représente un quart des utilisateurs d’Internet soit plus de 600 millions d’internautes.",
			[]num{{"un quart", 0.25, "utilisateurs d’Internet"}, {"plus de 600 millions", 6e8, "internautes"}}},
		{"Trois événements organisés ce lundi à Paris touchent à ces problématiques.", []num{{"Trois", 3, "événements"}}},
		{"«Il nous faut travailler», a souligné hier à l’issue de trois jours de travaux James Robinson.", []num{{"trois", 3, "jours de travaux"}}},
		{"Elle a réuni les représentants de 130 grandes sociétés, les géants de la nouvelle économie et les utilisateurs dans ces huit pays.",
			[]num{{"130", 130, "grandes sociétés"}, {"huit", 8, "pays"}}},
		{"Des dizaines d’Etats et d’entreprises du secteur des technologies signeront ce lundi.", []num{{"Des dizaines", 0, "Etats et d’entreprises"}}},
		{"Le gouvernement chinois bloque régulièrement des milliers de sites étrangers, y compris Facebook.", []num{{"des milliers", 0, "sites étrangers"}}},
		{"Des points de contact, ouverts vingt-quatre heures sur vingt-quatre, sept jours sur sept.",
			[]num{{"vingt-quatre heures sur vingt-quatre", 24, "heures"}, {"sept jours sur sept", 7, "jours"}}},
		{"Les dépenses des ménages représentent plus de 50 % de ces montants (14,2 milliards d'euros en 2003), contre 3,2 pour l'État.",
			[]num{{"plus de 50 %", 50, "%"}, {"14,2 milliards", 14.2e9, "euros"}, {"3,2", 3.2, ""}}},
		{"Le ministère estime à 100 000 le nombre de salariés pour quelque 20 000 employeurs.",
			[]num{{"100 000", 100000, ""}, {"quelque 20 000", 20000, "employeurs"}}},
		{"Le village compte cent trente habitants et une centaine de chevaux, soit près de la moitié.",
			[]num{{"cent trente", 130, "habitants"}, {"une centaine", 100, "chevaux"}}},
		{"Quatre-vingt-dix-neuf ans plus tard, le 12 novembre 2018 à 6:04, on a fêté l'an 2000.", []num{{"Quatre-vingt-dix-neuf", 99, "ans"}}},
		{"Un homme a acheté un vélo neuf et les Huit ont signé.", nil},
		{"Seuls huit d'entre les prisonniers parviendront à s'enfuir.", []num{{"huit", 8, "prisonniers parviendront"}}},
		{"Il exposera aux côtés de trois autres artistes.", []num{{"trois", 3, "artistes"}}},
	}
	for _, tt := range tests {
		a := articleOf([]string{tt.sentence})
		checkInvariants(t, a)
		var got, want []string
		for _, n := range a.Numbers {
			got = append(got, fmt.Sprintf("%s=%g[%s]", n.Text, round3(n.Value), n.Unit))
		}
		for _, n := range tt.want {
			want = append(want, fmt.Sprintf("%s=%g[%s]", n.text, round3(n.value), n.unit))
		}
		if strings.Join(got, " | ") != strings.Join(want, " | ") {
			t.Errorf("%q:\n got %q\nwant %q", tt.sentence, got, want)
		}
	}
}

func round3(v float64) float64 { return math.Round(v*1000) / 1000 }

func TestNumberWordValue(t *testing.T) {
	for word, want := range map[string]float64{
		"vingt-quatre": 24, "quatre-vingt-dix": 90, "dix-sept": 17, "soixante-et-onze": 71, "deux-cents": 200, "sept": 7,
	} {
		if got, ok := numberWordValue(word); !ok || got != want {
			t.Errorf("numberWordValue(%q) = %v, %v; want %v", word, got, ok, want)
		}
	}
	if _, ok := numberWordValue("vingt-quatrième"); ok {
		t.Error("an ordinal read as a number")
	}
}
