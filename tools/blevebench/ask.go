package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// maxLine is the longest input line accepted (conversations can be long).
const maxLine = 16 << 20

// request is one input line of the ask --json contract.
type request struct {
	ID           string `json:"id"`
	Question     string `json:"question"`
	Conversation string `json:"conversation,omitempty"`
}

// citation points at one verbatim sentence.
type citation struct {
	Article   string `json:"article"`
	Title     string `json:"title"`
	Paragraph int    `json:"paragraph"`
	Sentence  int    `json:"sentence"`
	Quote     string `json:"quote"`
}

// response is one output line of the ask --json contract.
type response struct {
	ID         string     `json:"id"`
	Question   string     `json:"question"`
	Answered   bool       `json:"answered"`
	Answer     string     `json:"answer"`
	Text       string     `json:"text"`
	Confidence float64    `json:"confidence"`
	Citations  []citation `json:"citations"`
}

// serve answers every line of in on out, one JSON object a line, flushed
// after each so a caller can read answers as they come.
func serve(ctx context.Context, s *searcher, in io.Reader, out io.Writer) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		req := parseRequest(line)
		resp, err := answer(s, req)
		if err != nil {
			return err
		}
		if err := enc.Encode(resp); err != nil {
			return fmt.Errorf("ask: write: %w", err)
		}
		if err := w.Flush(); err != nil {
			return fmt.Errorf("ask: flush: %w", err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("ask: read: %w", err)
	}
	return nil
}

// parseRequest reads a JSON request; a line that is not a JSON object is
// the question itself, as the contract allows.
func parseRequest(line string) request {
	var req request
	if strings.HasPrefix(line, "{") && json.Unmarshal([]byte(line), &req) == nil {
		return req
	}
	return request{Question: line}
}

// answer cites the best-matching sentence, or says nothing matched. There
// is no abstention: any shared term is an answer.
func answer(s *searcher, req request) (response, error) {
	resp := response{ID: req.ID, Question: req.Question, Citations: []citation{}}
	best, score, ok, err := s.best(req.Question)
	if err != nil {
		return resp, fmt.Errorf("ask: question %q: %w", req.ID, err)
	}
	if !ok {
		resp.Text = "Aucun passage des articles ne correspond à cette question."
		return resp, nil
	}
	resp.Answered = true
	// Bleve scores are unbounded; this squashes them into [0,1) for the
	// contract but is not a calibrated probability.
	resp.Confidence = score / (score + 1)
	resp.Text = fmt.Sprintf("« %s » (%s, paragraphe %d)", best.Text, best.Title, best.Paragraph)
	resp.Citations = []citation{{
		Article: best.Article, Title: best.Title, Paragraph: best.Paragraph,
		Sentence: best.Sentence, Quote: best.Text,
	}}
	return resp, nil
}
