package jsonl

import (
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"sync"

	"github.com/citebot/citebot/adapters/platform"
)

// askJob is one input line with its place in the input.
type askJob struct {
	seq  int
	line platform.Line
	in   Input
}

// askResult is the answer to the job with the same seq.
type askResult struct {
	seq int
	rec Record
}

// Serve answers the lines of r on several workers and writes the answers in
// input order, each as soon as those before it are written. The questions
// of one conversation all go to the same worker, in order, so a follow-up
// is always answered after the question it follows.
func Serve(ctx context.Context, a Asker, r io.Reader, out *Writer, workers int) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	lines := platform.Lines(ctx, r, platform.MaxLine)
	queues := make([]chan askJob, workers)
	results := make(chan askResult, 4*workers)
	var wg sync.WaitGroup
	for i := range queues {
		queues[i] = make(chan askJob, 8)
		wg.Add(1)
		go func(q <-chan askJob) {
			defer wg.Done()
			for j := range q {
				var rec Record
				if j.line.TooLong {
					rec = tooLong(j.line)
				} else {
					rec = a.Answer(ctx, j.in)
				}
				results <- askResult{seq: j.seq, rec: rec}
			}
		}(queues[i])
	}
	readErr := make(chan error, 1)
	go func() {
		defer func() {
			for _, q := range queues {
				close(q)
			}
		}()
		readErr <- feed(ctx, lines, queues)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var writeErr error
	pending := map[int]Record{}
	next := 0
	for r := range results {
		pending[r.seq] = r.rec
		for writeErr == nil {
			rec, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			writeErr = out.add(rec)
		}
		if writeErr == nil && len(results) == 0 {
			// Nothing else is ready: the answers written so far go out
			// now, not when the next one comes.
			writeErr = out.Flush()
		}
		if writeErr != nil {
			cancel() // stop reading; the loop drains what is under way
		}
	}
	if writeErr != nil {
		return writeErr
	}
	return <-readErr
}

// feed reads lines and queues each on the worker of its conversation.
func feed(ctx context.Context, lines <-chan platform.Line, queues []chan askJob) error {
	for seq := 0; ; seq++ {
		var l platform.Line
		var ok bool
		select {
		case l, ok = <-lines:
		case <-ctx.Done():
			return fmt.Errorf("ask: %w", ctx.Err())
		}
		if !ok {
			return nil
		}
		if l.Err != nil {
			return fmt.Errorf("ask: read line %d: %w", l.N, l.Err)
		}
		j := askJob{seq: seq, line: l}
		key := fmt.Sprint(seq)
		if !l.TooLong {
			j.in = ParseLine(l.N, l.Text)
			if j.in.Conversation != "" {
				key = j.in.Conversation
			}
		}
		h := fnv.New32a()
		h.Write([]byte(key))
		select {
		case queues[h.Sum32()%uint32(len(queues))] <- j:
		case <-ctx.Done():
			return fmt.Errorf("ask: %w", ctx.Err())
		}
	}
}
