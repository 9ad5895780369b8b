package bot

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// exportName is the file name of a session's export, without extension.
func exportName(s Session) string { return "citebot-seance-" + s.ID }

// students numbers the session's students in the order they first asked
// ("élève 1"), which reads better than a hash and reveals nothing more.
func students(es []Entry) map[string]int {
	n := map[string]int{}
	for _, e := range es {
		if n[e.Student] == 0 {
			n[e.Student] = len(n) + 1
		}
	}
	return n
}

func studentLabel(e Entry, number map[string]int) string {
	if e.Name != "" {
		return fmt.Sprintf("%s (élève %d)", e.Name, number[e.Student])
	}
	return fmt.Sprintf("élève %d", number[e.Student])
}

// ExportMarkdown is the session as a Markdown document: the summary, then
// every question with its answer and citations.
func ExportMarkdown(s Session, es []Entry) File {
	sum := Summarise(s, es)
	number := students(es)
	var b strings.Builder
	fmt.Fprintf(&b, "# Séance « %s »\n\n", md(s.Title))
	fmt.Fprintf(&b, "- Séance n° %s (%s), ouverte le %s UTC", s.ID, md(s.Platform), frenchDate(s.StartedAt.UTC()))
	if !s.Open() {
		fmt.Fprintf(&b, ", terminée le %s UTC", frenchDate(s.EndedAt.UTC()))
	}
	fmt.Fprintf(&b, "\n- Questions posées : **%d** par %d élève(s), dont %d différentes\n", sum.Asked, sum.Students, sum.Distinct)
	fmt.Fprintf(&b, "- Avec réponse : **%d** ; sans réponse : **%d**\n", sum.Answered, sum.Abstained)
	fmt.Fprintf(&b, "- Avis : %d 👍, %d 👎\n", sum.Up, sum.Down)
	if len(sum.Unanswered) > 0 {
		b.WriteString("\n## Sans réponse dans les articles\n\n")
		for _, u := range sum.Unanswered {
			fmt.Fprintf(&b, "- « %s »%s\n", md(u.Question), timesSuffix(u.Times))
		}
	}
	if len(sum.Articles) > 0 {
		b.WriteString("\n## Articles les plus cités\n\n")
		for i, a := range sum.Articles {
			fmt.Fprintf(&b, "%d. %s (`%s`)%s\n", i+1, md(cmp.Or(a.Title, a.Article)), a.Article, timesSuffix(a.Times))
		}
	}
	if len(sum.Sentences) > 0 {
		b.WriteString("\n## Phrases les plus citées\n\n")
		for i, c := range sum.Sentences {
			fmt.Fprintf(&b, "%d. « %s »%s — %s, paragraphe %d, phrase %d\n", i+1, md(c.Quote), timesSuffix(c.Times),
				md(cmp.Or(c.Title, c.Article)), c.Paragraph, c.Sentence)
		}
	}
	b.WriteString("\n## Toutes les questions\n")
	nth := map[int64]int{} // entry id → its number in the session
	for i, e := range es {
		nth[e.ID] = i + 1
		fmt.Fprintf(&b, "\n### %d. %s\n\n", i+1, md(e.Question))
		fmt.Fprintf(&b, "- %s, %s UTC", studentLabel(e, number), e.Asked.UTC().Format("15:04:05"))
		if e.RepeatOf != 0 {
			fmt.Fprintf(&b, ", déjà posée (question %d)", nth[e.RepeatOf])
		}
		if e.Up+e.Down > 0 {
			fmt.Fprintf(&b, ", avis %d 👍 %d 👎", e.Up, e.Down)
		}
		b.WriteString("\n")
		if !e.Answered {
			b.WriteString("- **Sans réponse** dans les articles\n")
			continue
		}
		fmt.Fprintf(&b, "- Réponse : %s\n", md(e.Body))
		for _, c := range e.Citations {
			fmt.Fprintf(&b, "  > « %s » — %s, paragraphe %d, phrase %d\n", md(c.Quote), md(cmp.Or(c.Title, c.Article)), c.Paragraph, c.Sentence)
		}
	}
	return File{Name: exportName(s) + ".md", Type: "text/markdown; charset=utf-8", Data: []byte(b.String())}
}

// mdSpecial are the characters Markdown could read as markup.
const mdSpecial = "\\`*_{}[]<>()#+!|~"

// md is user or article text as Markdown that shows it as typed: markup
// characters escaped, on one line.
func md(s string) string {
	var b strings.Builder
	for _, r := range cleanText(s) {
		if strings.ContainsRune(mdSpecial, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// csvHeader names the CSV export's columns.
var csvHeader = []string{"id", "asked_at", "student", "name", "question", "answered", "answer", "repeat_of",
	"up", "down", "article", "title", "paragraph", "sentence", "quote", "other_citations"}

// ExportCSV is the session as CSV, one row per question, its first
// citation in columns and the others listed.
func ExportCSV(s Session, es []Entry) File {
	var buf bytes.Buffer
	buf.WriteString("\uFEFF") // a spreadsheet then reads UTF-8 as UTF-8
	w := csv.NewWriter(&buf)
	_ = w.Write(csvHeader) // a bytes.Buffer does not fail
	number := students(es)
	for _, e := range es {
		row := []string{
			strconv.FormatInt(e.ID, 10), e.Asked.UTC().Format(time.RFC3339), fmt.Sprintf("élève %d", number[e.Student]),
			cell(e.Name), cell(e.Question), strconv.FormatBool(e.Answered), cell(e.Answer), strconv.FormatInt(e.RepeatOf, 10),
			strconv.Itoa(e.Up), strconv.Itoa(e.Down),
		}
		if len(e.Citations) > 0 {
			c := e.Citations[0]
			row = append(row, c.Article, cell(c.Title), strconv.Itoa(c.Paragraph), strconv.Itoa(c.Sentence), cell(c.Quote))
		} else {
			row = append(row, "", "", "", "", "")
		}
		var others []string
		for _, c := range e.Citations[min(1, len(e.Citations)):] {
			others = append(others, fmt.Sprintf("%s#p%ds%d", c.Article, c.Paragraph, c.Sentence))
		}
		row = append(row, strings.Join(others, " "))
		_ = w.Write(row)
	}
	w.Flush()
	return File{Name: exportName(s) + ".csv", Type: "text/csv; charset=utf-8", Data: buf.Bytes()}
}

// cell keeps a spreadsheet from running text as a formula: a cell that
// starts like one (= + - @) is quoted with a leading apostrophe.
func cell(s string) string {
	s = cleanText(s)
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}
