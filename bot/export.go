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
// ("élève 1"), which reads better than a hash and reveals nothing more;
// those who only answered the quiz follow, in the order they answered.
func students(es []Entry, rounds []QuizRound) map[string]int {
	n := map[string]int{}
	for _, e := range es {
		if n[e.Student] == 0 {
			n[e.Student] = len(n) + 1
		}
	}
	for _, r := range rounds {
		for _, a := range r.Answers {
			if n[a.Student] == 0 {
				n[a.Student] = len(n) + 1
			}
		}
	}
	return n
}

func studentLabel(e Entry, number map[string]int) string { return label(e.Student, e.Name, number) }

// label names a student by their number, and their display name when the
// session recorded it.
func label(student, name string, number map[string]int) string {
	if name != "" {
		return fmt.Sprintf("%s (élève %d)", name, number[student])
	}
	return fmt.Sprintf("élève %d", number[student])
}

// ExportMarkdown is the session as a Markdown document: the summary, then
// every question with its answer and citations.
func ExportMarkdown(s Session, es []Entry, rounds []QuizRound) File {
	sum := Summarise(s, es, rounds)
	number := students(es, rounds)
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
			fmt.Fprintf(&b, "%d. « %s »%s — %s, %s\n", i+1, md(c.Quote), timesSuffix(c.Times),
				md(cmp.Or(c.Title, c.Article)), c.Place("paragraphe"))
		}
	}
	writeQuizMarkdown(&b, sum, rounds, number)
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
			fmt.Fprintf(&b, "  > « %s » — %s, %s\n", md(c.Quote), md(cmp.Or(c.Title, c.Article)), c.Place("paragraphe"))
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
	"up", "down", "article", "title", "paragraph", "sentence", "quote", "other_citations", "unsure"}

// ExportCSV is the session as CSV, one row per question, its first
// citation in columns and the others listed.
func ExportCSV(s Session, es []Entry) File {
	var buf bytes.Buffer
	buf.WriteString("\uFEFF") // a spreadsheet then reads UTF-8 as UTF-8
	w := csv.NewWriter(&buf)
	_ = w.Write(csvHeader) // a bytes.Buffer does not fail
	number := students(es, nil)
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
		row = append(row, strings.Join(others, " "), strconv.FormatBool(e.Unsure))
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

// writeQuizMarkdown is the export's quiz section: each item's success
// rate with its right option and citation, each student's answers, and
// the leaderboard.
func writeQuizMarkdown(b *strings.Builder, sum Summary, rounds []QuizRound, number map[string]int) {
	if len(sum.Quiz) == 0 {
		return
	}
	b.WriteString("\n## Quiz\n\n| # | Question | Bonne réponse | Réponses | Justes | Réussite |\n|---|---|---|---|---|---|\n")
	for i, q := range sum.Quiz {
		fmt.Fprintf(b, "| %d | %s | %s | %d | %d | %s |\n", i+1, md(q.Question), md(q.Right), q.Answered, q.Correct, percent(q.Correct, q.Answered))
	}
	for i, r := range rounds {
		q := sum.Quiz[i]
		fmt.Fprintf(b, "\n%d. %s\n   > « %s » — %s, paragraphe %d, phrase %d\n", i+1, md(r.Question), md(q.Citation.Quote),
			md(cmp.Or(q.Citation.Title, q.Citation.Article)), q.Citation.Paragraph, q.Citation.Sentence)
		for _, a := range r.Answers {
			mark := "✗"
			if a.Right {
				mark = "✓"
			}
			option := ""
			if a.Choice >= 0 && a.Choice < len(r.Options) {
				option = r.Options[a.Choice]
			}
			fmt.Fprintf(b, "   - %s : %d. %s %s\n", md(label(a.Student, a.Name, number)), a.Choice+1, md(option), mark)
		}
	}
	if len(sum.Scores) > 0 {
		b.WriteString("\n### Classement du quiz\n\n")
		for _, sc := range sum.Scores {
			fmt.Fprintf(b, "%d. %s — %d/%d\n", sc.Rank, md(sc.Label), sc.Right, sc.Answered)
		}
	}
}

// quizCSVHeader names the quiz export's columns.
var quizCSVHeader = []string{"round", "asked_at", "item", "question", "right_option", "answers", "right", "success_rate",
	"article", "paragraph", "sentence", "quote"}

// ExportQuizCSV is a session's quiz as CSV, one row per item asked, with
// its success rate (right answers over answers, from 0 to 1).
func ExportQuizCSV(s Session, es []Entry, rounds []QuizRound) File {
	var buf bytes.Buffer
	buf.WriteString("\uFEFF")
	w := csv.NewWriter(&buf)
	_ = w.Write(quizCSVHeader) // a bytes.Buffer does not fail
	items, _ := quizResults(rounds, students(es, rounds))
	for i, r := range rounds {
		q := items[i]
		rate := ""
		if q.Answered > 0 {
			rate = strconv.FormatFloat(q.Rate(), 'f', 3, 64)
		}
		_ = w.Write([]string{
			strconv.FormatInt(r.ID, 10), r.Asked.UTC().Format(time.RFC3339), r.Item, cell(r.Question), cell(q.Right),
			strconv.Itoa(q.Answered), strconv.Itoa(q.Correct), rate,
			q.Citation.Article, strconv.Itoa(q.Citation.Paragraph), strconv.Itoa(q.Citation.Sentence), cell(q.Citation.Quote),
		})
	}
	w.Flush()
	return File{Name: "citebot-quiz-" + s.ID + ".csv", Type: "text/csv; charset=utf-8", Data: buf.Bytes()}
}
