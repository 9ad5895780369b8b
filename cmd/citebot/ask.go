package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"strings"

	"github.com/citebot/citebot/adapters/console"
	"github.com/citebot/citebot/bot"
)

// runAsk answers questions from the arguments or from stdin, one answer a
// line, as shared/eval/README.md specifies.
func runAsk(ctx context.Context, e proc, args []string) error {
	lc, err := newLocalCommand("ask", e)
	if err != nil {
		return err
	}
	jsonOut := lc.fs.Bool("json", false, "write JSON answer objects")
	if err := parseFlags(lc.fs, args, e); err != nil {
		return err
	}
	logger, base, _, err := lc.load(e)
	if err != nil {
		return err
	}
	a := asker{bot.New(base, bot.Options{Logger: logger})}
	out := &answerWriter{w: bufio.NewWriter(e.stdout), json: *jsonOut}
	if lc.fs.NArg() > 0 {
		q := strings.ToValidUTF8(strings.Join(lc.fs.Args(), " "), "\uFFFD")
		return out.write(a.answer(ctx, askInput{ID: lineID(1), Question: q}, 1))
	}
	lines := console.Lines(ctx, e.stdin, console.MaxLine)
	return answerLines(ctx, a, lines, out, runtime.GOMAXPROCS(0))
}

// asker puts questions to the bot as the command line's one user.
type asker struct{ bot *bot.Bot }

// answer answers one question; n numbers it, to give a question without a
// conversation one of its own.
func (a asker) answer(ctx context.Context, in askInput, n int) askRecord {
	conv := in.Conversation
	if conv == "" {
		conv = fmt.Sprintf("ask:%d", n)
	}
	r := a.bot.Handle(ctx, bot.Message{Platform: "cli", UserID: "cli", Conversation: conv, Text: in.Question})
	if r.Citations == nil {
		r.Citations = []bot.Citation{}
	}
	return askRecord{ID: in.ID, Question: in.Question, Reply: r}
}

// tooLong is the answer to a line longer than console.MaxLine.
func tooLong(l console.Line) askRecord {
	id, ok := peekID(l.Text)
	if !ok {
		id = lineID(l.N)
	}
	msg := fmt.Sprintf("Cette ligne dépasse %d Kio : posez une question plus courte.", console.MaxLine>>10)
	return askRecord{
		ID:    id,
		Reply: bot.Reply{Kind: bot.KindError, Text: msg, Body: msg, Citations: []bot.Citation{}},
		Error: fmt.Sprintf("line %d is longer than %d bytes", l.N, console.MaxLine),
	}
}

// askRecord is one answer line: the id and question echoed, then the
// reply's JSON fields.
type askRecord struct {
	ID       json.RawMessage `json:"id"`
	Question string          `json:"question"`
	bot.Reply
	// Error says why the line could not be answered at all.
	Error string `json:"error,omitempty"`
}

// answerWriter writes answers, flushing after each so that a program that
// feeds questions one at a time reads each answer at once.
type answerWriter struct {
	w     *bufio.Writer
	json  bool
	count int
}

func (aw *answerWriter) write(r askRecord) error {
	if aw.json {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false) // keep « & » and <b> readable; the output is not HTML
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("ask: encode answer: %w", err)
		}
		aw.w.Write(escapeLineBreaks(b.Bytes())) // errors surface at Flush
	} else {
		if aw.count > 0 {
			aw.w.WriteByte('\n')
		}
		aw.w.WriteString(console.Render(r.Reply) + "\n")
	}
	aw.count++
	if err := aw.w.Flush(); err != nil {
		return fmt.Errorf("ask: write: %w", err)
	}
	return nil
}

// escapeLineBreaks escapes U+0085 (NEL), which encoding/json leaves raw but
// Python's str.splitlines, which score.py uses, takes for a line break.
func escapeLineBreaks(b []byte) []byte {
	return bytes.ReplaceAll(b, []byte("\u0085"), []byte(`\u0085`))
}
