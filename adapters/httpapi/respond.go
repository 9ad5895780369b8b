package httpapi

import (
	"encoding/json"
	"net/http"
)

// errorBody is every error response: {"error": "what went wrong"}.
type errorBody struct {
	Error string `json:"error"`
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, errorBody{Error: msg})
}

// writeJSON writes v as one JSON line. An encoding failure here can only
// come from the connection, which is gone; there is no one left to tell.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	// As `citebot ask --json` writes it: « & » and <b> stay readable; the
	// body is JSON served with nosniff, never HTML.
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}
