package console

import (
	"errors"
	"fmt"
	"io"
	"os"

	"golang.org/x/term"
)

// Terminal is the chat's input and output on an interactive terminal
// (golang.org/x/term): the line is edited in place (arrows, Home, End,
// Ctrl-W…), ↑ and ↓ walk the history of the session's questions, and
// replies are wrapped at the terminal's width. Ctrl-D or Ctrl-C on an
// empty line leaves.
type Terminal struct {
	t       *term.Terminal
	fd      int
	state   *term.State
	lines   *io.PipeReader
	feed    *io.PipeWriter
	started bool
}

// OpenTerminal puts the terminal in raw mode, for line editing; Close
// restores it. in and out must both be the terminal.
func OpenTerminal(in, out *os.File, prompt string) (*Terminal, error) {
	fd := int(in.Fd())
	if !term.IsTerminal(fd) || !term.IsTerminal(int(out.Fd())) {
		return nil, errors.New("console: not a terminal")
	}
	state, err := term.MakeRaw(fd)
	if err != nil {
		return nil, fmt.Errorf("console: raw mode: %w", err)
	}
	r, w := io.Pipe()
	return &Terminal{
		t: term.NewTerminal(struct {
			io.Reader
			io.Writer
		}{in, out}, prompt),
		fd: fd, state: state, lines: r, feed: w,
	}, nil
}

// Read gives the lines typed, each ending in "\n", to the chat loop; it
// reads the next line from the terminal only once the previous one is
// taken, so that the prompt shows when the chat waits.
func (t *Terminal) Read(p []byte) (int, error) {
	if !t.started {
		t.started = true
		go t.readLines()
	}
	return t.lines.Read(p)
}

func (t *Terminal) readLines() {
	for {
		line, err := t.t.ReadLine()
		if errors.Is(err, term.ErrPasteIndicator) {
			err = nil // a pasted line is a line
		}
		if err != nil {
			t.feed.CloseWithError(err)
			return
		}
		if _, err := io.WriteString(t.feed, line+"\n"); err != nil {
			return // the chat stopped reading
		}
	}
}

// Write prints above the line being edited, with the line breaks a raw
// terminal needs.
func (t *Terminal) Write(p []byte) (int, error) { return t.t.Write(p) }

// Width is the terminal's width in columns, or 0 when unknown.
func (t *Terminal) Width() int {
	w, _, err := term.GetSize(t.fd)
	if err != nil {
		return 0
	}
	return w
}

// Close restores the terminal as it was.
func (t *Terminal) Close() error {
	t.lines.Close()
	return term.Restore(t.fd, t.state)
}
