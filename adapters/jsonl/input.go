// Package jsonl is the line protocol of `citebot ask --json`, as
// shared/eval/README.md specifies it: one question a line in (plain text
// or {"id", "question", "conversation"}), one JSON answer a line out, in
// the same order, flushed as soon as it is known. Conversations are
// answered in order; other lines in parallel.
package jsonl

import (
	"encoding/json"
	"strconv"
	"strings"
)

// Input is one question, read from one input line.
type Input struct {
	// ID is echoed in the answer as it came (any JSON value); a line
	// without one gets its line number as a string.
	ID       json.RawMessage
	Question string
	// Conversation groups follow-up questions; "" means a fresh one.
	Conversation string
}

// ParseLine reads input line n: a JSON object
// {"id", "question", "conversation"}, or else, malformed JSON included, a
// plain-text question. Bytes that are not UTF-8 become U+FFFD first, so
// that every answer line is valid UTF-8 JSON.
func ParseLine(n int, line string) Input {
	line = strings.ToValidUTF8(line, "\uFFFD")
	in := Input{ID: LineID(n), Question: line}
	t := strings.TrimSpace(line)
	if !strings.HasPrefix(t, "{") {
		return in
	}
	var obj struct {
		ID           json.RawMessage `json:"id"`
		Question     json.RawMessage `json:"question"`
		Conversation json.RawMessage `json:"conversation"`
	}
	if err := json.Unmarshal([]byte(t), &obj); err != nil {
		return in
	}
	if len(obj.ID) > 0 && string(obj.ID) != "null" {
		in.ID = obj.ID
	}
	in.Question = jsonText(obj.Question)
	in.Conversation = jsonText(obj.Conversation)
	return in
}

// LineID is the id of a line that brings none: its number, as a string.
func LineID(n int) json.RawMessage {
	return json.RawMessage(strconv.Quote(strconv.Itoa(n)))
}

// jsonText reads a field as text: a string's value, "" for null or
// missing, and any other value (a number) as written.
func jsonText(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s
	}
	return string(raw)
}

// peekID finds the "id" of a JSON object from the start of a line too long
// to read whole, so that its error answer still pairs with the question.
// score.py writes "id" first; an id after the cut is not found.
func peekID(prefix string) (json.RawMessage, bool) {
	dec := json.NewDecoder(strings.NewReader(strings.ToValidUTF8(prefix, "\uFFFD")))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, false
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil, false
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, false
		}
		if key == "id" {
			return raw, string(raw) != "null"
		}
	}
	return nil, false
}
