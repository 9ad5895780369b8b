package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/corpus"
)

// answerLine is one line of ask --json output, decoded strictly enough to
// see a null citations list.
type answerLine struct {
	ID         json.RawMessage `json:"id"`
	Question   *string         `json:"question"`
	Answered   *bool           `json:"answered"`
	Answer     *string         `json:"answer"`
	Text       *string         `json:"text"`
	Confidence *float64        `json:"confidence"`
	Citations  *[]citationLine `json:"citations"`
	Error      string          `json:"error"`
}

type citationLine struct {
	Article   string `json:"article"`
	Title     string `json:"title"`
	Paragraph int    `json:"paragraph"`
	Sentence  int    `json:"sentence"`
	Quote     string `json:"quote"`
}

// decodeAnswers parses ask --json output and checks the contract's shape
// on every line.
func decodeAnswers(t *testing.T, out string) []answerLine {
	t.Helper()
	var got []answerLine
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 8<<20)
	for sc.Scan() {
		line := sc.Text()
		if !utf8.ValidString(line) {
			t.Errorf("output line %d is not UTF-8", len(got)+1)
		}
		var a answerLine
		dec := json.NewDecoder(strings.NewReader(line))
		if err := dec.Decode(&a); err != nil || dec.More() {
			t.Fatalf("output line %d is not one JSON object: %v\n%s", len(got)+1, err, line)
		}
		switch {
		case a.Question == nil || a.Answered == nil || a.Answer == nil || a.Text == nil || a.Confidence == nil:
			t.Errorf("line %d lacks a contract field: %s", len(got)+1, line)
		case a.Citations == nil:
			t.Errorf("line %d: citations is null or missing: %s", len(got)+1, line)
		case *a.Text == "":
			t.Errorf("line %d: empty text", len(got)+1)
		case !*a.Answered && len(*a.Citations) > 0:
			t.Errorf("line %d: citations on an unanswered question", len(got)+1)
		case *a.Answered && len(*a.Citations) == 0:
			t.Errorf("line %d: answered without citation", len(got)+1)
		}
		got = append(got, a)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return got
}

// checkCitations checks that every citation is verbatim in its article's
// file and that its paragraph and sentence numbers point at that sentence.
func checkCitations(t *testing.T, fsys fs.FS, base *knowledge.Base, answers []answerLine) {
	t.Helper()
	for i, a := range answers {
		for _, c := range *a.Citations {
			art := base.Article(c.Article)
			if art == nil {
				t.Errorf("answer %d cites unknown article %q", i+1, c.Article)
				continue
			}
			raw, err := fs.ReadFile(fsys, art.Path)
			if err != nil {
				t.Fatal(err)
			}
			if c.Quote == "" || !strings.Contains(string(raw), c.Quote) {
				t.Errorf("answer %d: quote not verbatim in %s: %q", i+1, art.Path, c.Quote)
			}
			if utf8.RuneCountInString(c.Quote) > 600 {
				t.Errorf("answer %d: quote of %d characters", i+1, utf8.RuneCountInString(c.Quote))
			}
			if c.Paragraph < 1 || c.Paragraph > len(art.Paragraphs) {
				t.Errorf("answer %d: paragraph %d out of 1..%d", i+1, c.Paragraph, len(art.Paragraphs))
				continue
			}
			p := art.Paragraphs[c.Paragraph-1]
			if c.Sentence < 1 || c.Sentence > len(p.Sentences) || p.Sentences[c.Sentence-1].Text != c.Quote {
				t.Errorf("answer %d: paragraph %d, sentence %d is not the quote %q", i+1, c.Paragraph, c.Sentence, c.Quote)
			}
			if c.Title != art.Title {
				t.Errorf("answer %d: title %q, article's %q", i+1, c.Title, art.Title)
			}
		}
	}
}

func TestAskJSONContract(t *testing.T) {
	in, err := os.ReadFile("testdata/questions.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, nil, string(in), "ask", "--json")
	if r.err != nil {
		t.Fatal(r.err)
	}
	answers := decodeAnswers(t, r.stdout)
	lines := strings.Split(strings.TrimSpace(string(in)), "\n")
	if len(answers) != len(lines) {
		t.Fatalf("%d answers for %d questions", len(answers), len(lines))
	}
	for i, line := range lines {
		var q struct {
			ID       json.RawMessage `json:"id"`
			Question string          `json:"question"`
		}
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			t.Fatal(err)
		}
		if string(answers[i].ID) != string(q.ID) || *answers[i].Question != q.Question {
			t.Errorf("answer %d: id %s question %q, want %s %q", i+1, answers[i].ID, *answers[i].Question, q.ID, q.Question)
		}
	}
	checkCitations(t, corpus.FS(), bundled(t), answers)
}

// TestAskBadInput feeds every kind of bad line: each gets exactly one
// answer line with the right id, and nothing crashes.
func TestAskBadInput(t *testing.T) {
	tooLong := `{"id": "huge", "question": "` + strings.Repeat("a", 2<<20) + `"}`
	inputs := []struct {
		line string
		id   string
	}{
		{"", `"1"`},
		{"   \t  ", `"2"`},
		{strings.Repeat("Qui est Lu Wei ? ", 60_000), `"3"`}, // about 1 MB
		{"\xff\xfe Qui est \xc3 Lu Wei ?", `"4"`},
		{"\x00\x01\x1b[2J Qui\x07 est Lu Wei ?\x7f", `"5"`},
		{"😀🎉🔥", `"6"`},
		{"?!…«»", `"7"`},
		{`{"id": "m1", "question": "Qui est`, `"8"`}, // malformed JSON: a plain-text question
		{"@everyone Qui est Lu Wei ?", `"9"`},
		{`{"id": 42, "question": "Qui est Lu Wei ?"}`, `42`},
		{`{"id": null, "question": "Qui est Lu Wei ?"}`, `"11"`},
		{`{"question": 12}`, `"12"`},
		{tooLong, `"huge"`},
		{`{"id": "crlf", "question": "Qui est Lu Wei ?"}` + "\r", `"crlf"`},
		{`["not", "an", "object"]`, `"15"`},
		{`{"id": {"nested": [1, "\u00e9"]}, "question": ""}`, `{"nested":[1,"\u00e9"]}`}, // echoed as written
		{"Qui est Lu Wei ?", `"17"`},                                                     // last line without a newline
	}
	var in []string
	for _, x := range inputs {
		in = append(in, x.line)
	}
	r := runCLI(t, nil, strings.Join(in, "\n"), "ask", "--json")
	if r.err != nil {
		t.Fatal(r.err)
	}
	answers := decodeAnswers(t, r.stdout)
	if len(answers) != len(inputs) {
		t.Fatalf("%d answers for %d lines", len(answers), len(inputs))
	}
	for i, x := range inputs {
		if string(answers[i].ID) != x.id {
			t.Errorf("line %d: id %s, want %s", i+1, answers[i].ID, x.id)
		}
	}
	huge := answers[12]
	if huge.Error == "" || *huge.Answered || !strings.Contains(*huge.Text, "dépasse") {
		t.Errorf("too-long line: %+v, want a clear error object", huge)
	}
	if q := *answers[7].Question; q != inputs[7].line {
		t.Errorf("malformed JSON not taken as plain text: question %q", q)
	}
	for i, a := range answers {
		if a.Error != "" && i != 12 {
			t.Errorf("line %d: unexpected error %q", i+1, a.Error)
		}
	}
	checkCitations(t, corpus.FS(), bundled(t), answers)
}

func TestAskArgumentAndText(t *testing.T) {
	r := runCLI(t, nil, "ignored\n", "ask", "--json", "Qui", "est", "Lu", "Wei", "?")
	if r.err != nil {
		t.Fatal(r.err)
	}
	answers := decodeAnswers(t, r.stdout)
	if len(answers) != 1 || *answers[0].Question != "Qui est Lu Wei ?" || string(answers[0].ID) != `"1"` {
		t.Fatalf("want one answer to the argument, got %s", r.stdout)
	}

	r = runCLI(t, nil, "Qui est Lu Wei ?\n\n{\"id\":\"x\",\"question\":\"Qui est Xi Jinping ?\"}\n", "ask")
	if r.err != nil {
		t.Fatal(r.err)
	}
	if strings.HasPrefix(strings.TrimSpace(r.stdout), "{") {
		t.Errorf("without --json, want plain text:\n%s", r.stdout)
	}
	// Three answers, separated by blank lines.
	blocks := strings.Split(strings.TrimSpace(r.stdout), "\n\n")
	if len(blocks) != 3 {
		t.Errorf("want 3 answers, got %d:\n%s", len(blocks), r.stdout)
	}
}

// TestAskCorpusFlagAndEnv answers from another folder, named by flag or by
// CITEBOT_CORPUS, with front matter.
func TestAskCorpusFlagAndEnv(t *testing.T) {
	dir := t.TempDir()
	text := "---\ntitle: Le port de Marseille\ndate: 2020-05-04\n---\n\nLe port de Marseille accueille 8 000 navires par an. Il emploie 40 000 personnes.\n\nLa directrice du port, Christine Cabau, a annoncé une extension.\n"
	if err := os.WriteFile(dir+"/marseille.md", []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	q := `{"id": "p", "question": "Combien de navires accueille le port de Marseille ?"}` + "\n"
	for name, r := range map[string]result{
		"flag": runCLI(t, nil, q, "ask", "--json", "--corpus", dir),
		"env":  runCLI(t, map[string]string{"CITEBOT_CORPUS": dir}, q, "ask", "--json"),
	} {
		if r.err != nil {
			t.Fatalf("%s: %v", name, r.err)
		}
		answers := decodeAnswers(t, r.stdout)
		if len(answers) != 1 {
			t.Fatalf("%s: %d answers", name, len(answers))
		}
		base, err := knowledge.Load(os.DirFS(dir))
		if err != nil {
			t.Fatal(err)
		}
		checkCitations(t, os.DirFS(dir), base, answers)
		for _, c := range *answers[0].Citations {
			if c.Article != "marseille" {
				t.Errorf("%s: cites %q, want the article id marseille", name, c.Article)
			}
		}
	}
}

// TestAskFlushesEachAnswer talks to ask as a program does, one question
// at a time through pipes: each answer must come out before the next
// question goes in (ask flushes whenever no further answer is ready).
func TestAskFlushesEachAnswer(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(t.Context(), []string{"ask", "--json"}, func(string) string { return "" }, inR, outW, &strings.Builder{})
		outW.Close()
	}()
	answers := bufio.NewScanner(outR)
	for i, q := range []string{"Qui a qualifié Internet de force du bien ?", "combien de pays a londres", "Et qu'a-t-il dit d'autre ?"} {
		if _, err := fmt.Fprintf(inW, `{"id": %d, "question": %q}`+"\n", i, q); err != nil {
			t.Fatal(err)
		}
		// Were the answer left in a buffer, this read would block until
		// the test's deadline.
		if !answers.Scan() {
			t.Fatalf("no answer to %q: %v", q, answers.Err())
		}
		if want := fmt.Sprintf(`{"id":%d,`, i); !strings.HasPrefix(answers.Text(), want) {
			t.Fatalf("answer to %q = %s, want it to start with %s", q, answers.Text(), want)
		}
	}
	inW.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestAskFlagAfterQuestion: a flag after the question is an error that
// says where flags go, not question text; a dash inside a question is not.
func TestAskFlagAfterQuestion(t *testing.T) {
	r := runCLI(t, nil, "", "ask", "Qui", "est", "Lu", "Wei", "--json")
	if r.err == nil || !strings.Contains(r.err.Error(), "--json comes after the question") || !strings.Contains(r.err.Error(), `citebot ask --json "Qui est Lu Wei"`) {
		t.Errorf("err = %v, stdout %q", r.err, r.stdout)
	}
	if r := runCLI(t, nil, "", "ask", "Qui", "est", "Lu", "Wei", "--corpus=x"); r.err == nil {
		t.Error("--corpus=x after the question was taken as text")
	}
	if r := runCLI(t, nil, "", "ask", "Cybercriminalité", "-", "qui", "a", "parlé", "?"); r.err != nil {
		t.Errorf("a dash in the question: %v", r.err)
	}
}
