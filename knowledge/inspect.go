package knowledge

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteReport prints, article by article, what the base knows: the
// article's id, title, date and source, then the lines printed apart from
// its text (title, intertitles, section, dateline), its quotations with their
// speakers, its people, organisations and places with their roles, its
// numbers with what they count, and its dates. It is the page a teacher
// reads to check the bot before letting a class ask it questions, so it is
// plain text, in French, and every item says where it stands (§paragraph.sentence).
func WriteReport(w io.Writer, b *Base) error {
	bw := bufio.NewWriter(w)
	for i, a := range b.Articles {
		if i > 0 {
			bw.WriteString("\n")
		}
		writeArticleReport(bw, a)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("knowledge: write report: %w", err)
	}
	return nil
}

func writeArticleReport(w *bufio.Writer, a *Article) {
	sentences := 0
	for _, p := range a.Paragraphs {
		sentences += len(p.Sentences)
	}
	fmt.Fprintf(w, "=== %s\n", a.ID)
	fmt.Fprintf(w, "Titre : %s\n", reportOrNone(a.Title))
	date := a.Date
	if a.DateText != "" && a.DateText != a.Date {
		date = strings.TrimSpace(date + " (" + a.DateText + ")")
	}
	fmt.Fprintf(w, "Date : %s\n", reportOrNone(date))
	fmt.Fprintf(w, "Source : %s\n", reportOrNone(strings.TrimSpace(a.Source+" "+a.URL)))
	fmt.Fprintf(w, "Texte : %s, %s\n", reportPlural(len(a.Paragraphs), "paragraphe"), reportPlural(sentences, "phrase"))

	fmt.Fprintf(w, "\nHors du texte (%d)\n", len(a.Headings))
	for _, h := range a.Headings {
		fmt.Fprintf(w, "  %s (avant le §%d) : %s\n", h.Kind, h.Before, h.Text)
	}

	fmt.Fprintf(w, "\nCitations (%d)\n", len(a.Quotes))
	for _, q := range a.Quotes {
		who := q.Speaker
		switch {
		case q.Term:
			who = "(nom ou terme, pas une parole)"
		case who == "":
			who = "(auteur inconnu)"
		}
		fmt.Fprintf(w, "  %s %s : « %s »\n", reportWhere(q.Sentence), who, q.Text)
	}
	for _, kind := range []struct {
		k     EntityKind
		label string
	}{{Person, "Personnes"}, {Organisation, "Organisations"}, {Place, "Lieux"}} {
		var lines []string
		for _, e := range a.Entities {
			if e.Kind != kind.k {
				continue
			}
			var b strings.Builder
			b.WriteString("  " + e.Name)
			if len(e.Roles) > 0 {
				b.WriteString(" — " + strings.Join(e.Roles, " ; "))
			}
			if len(e.Aliases) > 0 {
				b.WriteString(" (aussi : " + strings.Join(e.Aliases, ", ") + ")")
			}
			b.WriteString(" " + reportWhereAll(e.Mentions))
			lines = append(lines, b.String())
		}
		fmt.Fprintf(w, "\n%s (%d)\n", kind.label, len(lines))
		for _, l := range lines {
			fmt.Fprintln(w, l)
		}
	}
	fmt.Fprintf(w, "\nNombres (%d)\n", len(a.Numbers))
	for _, n := range a.Numbers {
		unit := n.Unit
		if unit == "" {
			unit = "?"
		}
		value := ""
		if n.Value != 0 {
			value = " = " + strconv.FormatFloat(n.Value, 'f', -1, 64)
		}
		fmt.Fprintf(w, "  %s %s%s — %s\n", reportWhere(n.Sentence), n.Text, value, unit)
	}
	fmt.Fprintf(w, "\nDates (%d)\n", len(a.Dates))
	for _, d := range a.Dates {
		fmt.Fprintf(w, "  %s %s (%s)\n", reportWhere(d.Sentence), d.Text, d.Kind.Label())
	}
}

func reportOrNone(s string) string {
	if s == "" {
		return "(aucun)"
	}
	return s
}

// reportWhere names a sentence the way citations do: §paragraph.sentence.
func reportWhere(s *Sentence) string {
	if s == nil {
		return "§?"
	}
	return fmt.Sprintf("§%d.%d", s.Paragraph, s.N)
}

func reportWhereAll(ss []*Sentence) string {
	parts := make([]string, 0, len(ss))
	for _, s := range ss {
		parts = append(parts, reportWhere(s))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// reportPlural writes "1 phrase", "2 phrases".
func reportPlural(n int, noun string) string {
	if n > 1 {
		noun += "s"
	}
	return fmt.Sprintf("%d %s", n, noun)
}
