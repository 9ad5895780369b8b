package platform

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
)

// MaxLine is the longest line, in bytes, that Lines passes on whole. A
// pasted article still fits; a runaway input cannot take all the memory.
const MaxLine = 1 << 20

// Line is one line of input, without its "\n" or "\r\n".
type Line struct {
	// N counts lines from 1.
	N int
	// Text is the line; when TooLong, only its first MaxLine bytes, so
	// that a caller can still read an id at its start.
	Text    string
	TooLong bool
	// Err is a read error; the Line that carries it is the last one.
	Err error
}

// Lines reads r line by line in its own goroutine and sends each line on
// the returned channel, which closes at the end of input, after a read
// error, or once ctx is done. Reading in a goroutine lets the caller stop
// on ctx (Ctrl-C) while a terminal read is still blocked; that read then
// ends with the process.
func Lines(ctx context.Context, r io.Reader, max int) <-chan Line {
	out := make(chan Line)
	go func() {
		defer close(out)
		lr := lineReader{br: bufio.NewReaderSize(r, 64<<10), max: max}
		for n := 1; ; n++ {
			l, err := lr.next()
			if errors.Is(err, io.EOF) {
				return
			}
			l.N, l.Err = n, err
			select {
			case out <- l:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	return out
}

// lineReader splits lines of any length, keeping at most max bytes of each.
type lineReader struct {
	br  *bufio.Reader
	max int
}

// next returns the next line, or io.EOF when there is none. A last line
// without "\n" is still a line.
func (lr *lineReader) next() (Line, error) {
	var buf []byte
	var l Line
	read := false
	for {
		frag, err := lr.br.ReadSlice('\n')
		read = read || len(frag) > 0
		if !errors.Is(err, bufio.ErrBufferFull) { // the line's last fragment
			frag = bytes.TrimSuffix(frag, []byte("\n"))
			frag = bytes.TrimSuffix(frag, []byte("\r"))
		}
		if room := lr.max - len(buf); len(frag) > room {
			l.TooLong = true
			frag = frag[:max(room, 0)]
		}
		buf = append(buf, frag...)
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF) && !read:
			return l, io.EOF
		case err != nil && !errors.Is(err, io.EOF):
			return l, err
		}
		l.Text = string(buf)
		return l, nil
	}
}
