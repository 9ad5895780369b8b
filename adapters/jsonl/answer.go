package jsonl

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/citebot/citebot/adapters/console"
	"github.com/citebot/citebot/adapters/platform"
	"github.com/citebot/citebot/bot"
)

// Asker puts questions to a handler as the command line's one user.
type Asker struct{ Handler platform.Handler }

// Answer answers one question. A question without a conversation is
// answered on its own, with nothing remembered: no later line can follow
// it up (bot: the empty key).
func (a Asker) Answer(ctx context.Context, in Input) Record {
	r := a.Handler.Handle(ctx, bot.Message{Platform: "cli", UserID: "cli", Conversation: in.Conversation, Text: in.Question})
	if r.Citations == nil {
		r.Citations = []bot.Citation{}
	}
	return Record{ID: in.ID, Question: in.Question, Reply: r}
}

// tooLong is the answer to a line longer than platform.MaxLine.
func tooLong(l platform.Line) Record {
	id, ok := peekID(l.Text)
	if !ok {
		id = LineID(l.N)
	}
	msg := fmt.Sprintf("Cette ligne dépasse %d Kio : posez une question plus courte.", platform.MaxLine>>10)
	return Record{
		ID:    id,
		Reply: bot.Reply{Kind: bot.KindError, Text: msg, Body: msg, Citations: []bot.Citation{}},
		Error: fmt.Sprintf("line %d is longer than %d bytes", l.N, platform.MaxLine),
	}
}

// Record is one answer line: the id and question echoed, then the
// reply's JSON fields.
type Record struct {
	ID       json.RawMessage `json:"id"`
	Question string          `json:"question"`
	bot.Reply
	// Error says why the line could not be answered at all.
	Error string `json:"error,omitempty"`
}

// Writer writes answers as JSON lines, or as the chat user reads them
// (blank-line separated). Write flushes each answer, so that a program
// that feeds questions one at a time reads each answer at once; Serve
// flushes only when no further answer is ready, which keeps that promise
// without a system call for every line of a batch.
type Writer struct {
	w     *bufio.Writer
	json  bool
	count int
	line  bytes.Buffer  // one answer's JSON, the buffer reused
	enc   *json.Encoder // to line
}

// NewWriter returns a Writer to w, of JSON lines when asJSON is true.
func NewWriter(w io.Writer, asJSON bool) *Writer {
	aw := &Writer{w: bufio.NewWriter(w), json: asJSON}
	aw.enc = json.NewEncoder(&aw.line)
	aw.enc.SetEscapeHTML(false) // keep « & » and <b> readable; the output is not HTML
	return aw
}

// Write writes one answer and flushes it.
func (aw *Writer) Write(r Record) error {
	if err := aw.add(r); err != nil {
		return err
	}
	return aw.Flush()
}

// add writes one answer to the buffer; write errors surface at Flush.
func (aw *Writer) add(r Record) error {
	if aw.json {
		aw.line.Reset()
		if err := aw.enc.Encode(r); err != nil {
			return fmt.Errorf("ask: encode answer: %w", err)
		}
		aw.w.Write(escapeLineBreaks(aw.line.Bytes()))
	} else {
		if aw.count > 0 {
			aw.w.WriteByte('\n')
		}
		aw.w.WriteString(console.Render(r.Reply) + "\n")
	}
	aw.count++
	return nil
}

// Flush writes out the answers added.
func (aw *Writer) Flush() error {
	if err := aw.w.Flush(); err != nil {
		return fmt.Errorf("ask: write: %w", err)
	}
	return nil
}

// escapeLineBreaks escapes U+0085 (NEL), which encoding/json leaves raw but
// Python's str.splitlines, which score.py uses, takes for a line break.
// Most answers hold none, and are returned as they are.
func escapeLineBreaks(b []byte) []byte {
	const nel = "\u0085"
	if !bytes.Contains(b, []byte(nel)) {
		return b
	}
	return bytes.ReplaceAll(b, []byte(nel), []byte(`\u0085`))
}
