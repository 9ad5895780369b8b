package jsonl

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseAskLine(t *testing.T) {
	tests := []struct {
		line     string
		id       string
		question string
		conv     string
	}{
		{"Qui est Lu Wei ?", `"7"`, "Qui est Lu Wei ?", ""},
		{"", `"7"`, "", ""},
		{`{"id": "q1", "question": "Qui ?", "conversation": "c"}`, `"q1"`, "Qui ?", "c"},
		{`  {"id":"q1","question":"Qui ?"}  `, `"q1"`, "Qui ?", ""},
		{`{"id": 3, "question": "Qui ?", "conversation": 9}`, `3`, "Qui ?", "9"},
		{`{"id": null, "question": null}`, `"7"`, "", ""},
		{`{"question": "Qui ?", "extra": [1, 2]}`, `"7"`, "Qui ?", ""},
		{`{"id": "x", "question": "Qui`, `"7"`, `{"id": "x", "question": "Qui`, ""},
		{`{"id": "x"} {"id": "y"}`, `"7"`, `{"id": "x"} {"id": "y"}`, ""},
		{"\xff{", `"7"`, "\uFFFD{", ""},
		{"{\"id\": \"\xff\", \"question\": \"\xfeQui\"}", `"` + "\uFFFD" + `"`, "\uFFFDQui", ""},
		{`"just a string"`, `"7"`, `"just a string"`, ""},
	}
	for _, tt := range tests {
		got := ParseLine(7, tt.line)
		if string(got.ID) != tt.id || got.Question != tt.question || got.Conversation != tt.conv {
			t.Errorf("ParseLine(%q) = %s %q %q, want %s %q %q", tt.line, got.ID, got.Question, got.Conversation, tt.id, tt.question, tt.conv)
		}
	}
}

func TestPeekID(t *testing.T) {
	tests := []struct {
		prefix string
		id     string
		ok     bool
	}{
		{`{"id": "q9", "question": "aaaa`, `"q9"`, true},
		{`{"conversation": "c", "id": 4, "question": "aaa`, `4`, true},
		{`{"question": "aaaa`, "", false},
		{`{"id": null, "question": "a`, "", false},
		{`plain text`, "", false},
		{`{"id": "unterminated`, "", false},
	}
	for _, tt := range tests {
		id, ok := peekID(tt.prefix)
		if ok != tt.ok || (ok && string(id) != tt.id) {
			t.Errorf("peekID(%q) = %s %v, want %s %v", tt.prefix, id, ok, tt.id, tt.ok)
		}
	}
}

// FuzzParseLine checks that any line gives a valid JSON id and a UTF-8
// question, and that a line that is not a JSON object is the question.
func FuzzParseLine(f *testing.F) {
	for _, s := range []string{"", "Qui ?", `{"id":"a","question":"b","conversation":"c"}`, `{"id":1}`, "{", "\xff", `{"id":{"a":[1]}}`, `{"question": "\u00e9\ud800"}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		in := ParseLine(3, line)
		if !json.Valid(in.ID) {
			t.Errorf("id %q is not JSON", in.ID)
		}
		if !utf8.ValidString(in.Question) || !utf8.ValidString(in.Conversation) {
			t.Errorf("question %q or conversation %q is not UTF-8", in.Question, in.Conversation)
		}
		if trimmed := strings.TrimSpace(line); !strings.HasPrefix(trimmed, "{") && utf8.ValidString(line) && in.Question != line {
			t.Errorf("plain-text line %q gave question %q", line, in.Question)
		}
		rec := Record{ID: in.ID, Question: in.Question}
		if _, err := json.Marshal(rec); err != nil {
			t.Errorf("answer for %q does not encode: %v", line, err)
		}
	})
}
