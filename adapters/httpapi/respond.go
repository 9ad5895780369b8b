package httpapi

import (
	"encoding/json"
	"net/http"
)

// problemType is the media type of error responses (RFC 9457).
const problemType = "application/problem+json"

// Problem is every error response, an RFC 9457 problem detail: "type" is
// about:blank, so "title" is the status's text; "detail" says, for a
// person, what went wrong and what to do.
type Problem struct {
	Type   string `json:"type"`
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail"`
}

func newProblem(status int, detail string) Problem {
	return Problem{Type: "about:blank", Title: http.StatusText(status), Status: status, Detail: detail}
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeBody(w, status, problemType, newProblem(status, msg))
}

// writeJSON writes v as one JSON line.
func writeJSON(w http.ResponseWriter, status int, v any) {
	writeBody(w, status, "application/json; charset=utf-8", v)
}

// writeBody writes v as one JSON line of the content type ct. An encoding
// failure here can only come from the connection, which is gone; there is
// no one left to tell.
func writeBody(w http.ResponseWriter, status int, ct string, v any) {
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	// As `citebot ask --json` writes it: « & » and <b> stay readable; the
	// body is JSON served with nosniff, never HTML.
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}
