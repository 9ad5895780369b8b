package extract

import (
	"fmt"
	"strings"
	"testing"
)

func TestDates(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string // text/kind
	}{
		{"Les représentants sont réunis à Londres dans le cadre d'une conférence qui s'est ouverte mardi.", []string{"mardi/weekday"}},
		{"Il estime que la Hongrie accueillera la conférence en 2012 et la République de Corée en 2013.", []string{"2012/year", "2013/year"}},
		{"PARIS, 12 novembre (Reuters) - Des dizaines d’Etats signeront ce lundi l’appel.", []string{"12 novembre/date", "ce lundi/relative"}},
		{"November 12, 2018 / 6:04 AM / a month ago", []string{"November 12, 2018/date", "a month ago/relative"}},
		{"La Chine a ouvert aujourd’hui sa conférence, qui s’achèvera vendredi.", []string{"aujourd’hui/relative", "vendredi/weekday"}},
		{"«Il nous faut travailler», a souligné hier James Robinson, avant le sommet du G8, en juillet, à Okinawa.", []string{"hier/relative", "juillet/month"}},
		{"Le 1er janvier 2000, demain et lundi dernier, en mars 1999, le 2018-11-12.", []string{"1er janvier 2000/date", "demain/relative", "lundi dernier/relative", "mars 1999/month", "2018-11-12/date"}},
		{"Il a payé 2000 euros pour 1500 habitants, soit 3 000 par maire.", nil},
	}
	for _, tt := range tests {
		a := articleOf([]string{tt.sentence})
		checkInvariants(t, a)
		var got []string
		for _, d := range a.Dates {
			got = append(got, fmt.Sprintf("%s/%s", d.Text, d.Kind))
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("%q:\n got %q\nwant %q", tt.sentence, got, tt.want)
		}
	}
}

// TestYearsAreNotNumbers checks that a year is reported once, as a date.
func TestYearsAreNotNumbers(t *testing.T) {
	a := articleOf([]string{"En 2012, la Hongrie a reçu 60 pays."})
	if len(a.Numbers) != 1 || a.Numbers[0].Text != "60" {
		t.Errorf("numbers = %+v, want only 60", a.Numbers)
	}
	if len(a.Dates) != 1 || a.Dates[0].Text != "2012" {
		t.Errorf("dates = %+v, want 2012", a.Dates)
	}
}
