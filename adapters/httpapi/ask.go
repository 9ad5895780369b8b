package httpapi

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"

	"github.com/citebot/citebot/bot"
)

// Platform is the bot.Message platform of HTTP questions; rate limits
// apply per client IP within it.
const Platform = "http"

// AskRequest is the body of POST /v1/ask: one line of `citebot ask --json`.
type AskRequest struct {
	// ID is echoed unchanged, whatever its JSON type.
	ID       json.RawMessage `json:"id,omitempty"`
	Question string          `json:"question"`
	// Conversation groups follow-up questions; it is scoped to the client
	// IP so that one client cannot continue another's conversation.
	Conversation string `json:"conversation,omitempty"`
}

// AskResponse is the answer object of `citebot ask --json`: the id and
// question, then the bot's Reply.
type AskResponse struct {
	ID       json.RawMessage `json:"id,omitempty"`
	Question string          `json:"question"`
	bot.Reply
}

// NewAskResponse builds the response for reply, with citations never null
// so that clients can iterate without a check.
func NewAskResponse(id json.RawMessage, question string, reply bot.Reply) AskResponse {
	if reply.Citations == nil {
		reply.Citations = []bot.Citation{}
	}
	return AskResponse{ID: id, Question: question, Reply: reply}
}

func (a *API) ask(w http.ResponseWriter, r *http.Request) {
	req, err := decodeAsk(w, r, a.opts.MaxBodyBytes)
	if err != nil {
		writeError(w, err.status, err.msg)
		return
	}
	ip := clientIP(r)
	conv := ""
	if req.Conversation != "" {
		conv = Platform + ":" + ip + ":" + req.Conversation
	}
	reply := a.opts.Handler.Handle(r.Context(), bot.Message{
		Platform:     Platform,
		UserID:       ip,
		Conversation: conv,
		Text:         req.Question,
	})
	status := http.StatusOK
	if reply.Kind == bot.KindRateLimited {
		// The answer object still says why, in French, for a client
		// that shows it; the status lets a program back off.
		status = http.StatusTooManyRequests
		w.Header().Set("Retry-After", "10")
	}
	writeJSON(w, status, NewAskResponse(req.ID, req.Question, reply))
}

// requestError is a request the API refuses, with the status that fits.
type requestError struct {
	status int
	msg    string
}

func badRequest(msg string) *requestError {
	return &requestError{status: http.StatusBadRequest, msg: msg}
}

// decodeAsk reads exactly one JSON object with a non-empty question.
func decodeAsk(w http.ResponseWriter, r *http.Request, limit int64) (AskRequest, *requestError) {
	var req AskRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, limit))
	if err := dec.Decode(&req); err != nil {
		return req, badBody(err, limit)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		if err != nil {
			return req, badBody(err, limit)
		}
		return req, badRequest(`the body must hold one JSON object, such as {"question": "Qui ?"}, and nothing after it`)
	}
	req.Question = strings.TrimSpace(req.Question)
	if req.Question == "" {
		return req, badRequest(`"question" is missing or empty`)
	}
	return req, nil
}

func badBody(err error, limit int64) *requestError {
	var tooBig *http.MaxBytesError
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &tooBig):
		return &requestError{status: http.StatusRequestEntityTooLarge, msg: fmt.Sprintf("the body is larger than %d bytes", limit)}
	case errors.Is(err, io.EOF):
		return badRequest(`the body is empty: send {"question": "..."}`)
	case errors.As(err, &typeErr) && typeErr.Field == "":
		return badRequest(fmt.Sprintf(`the body must be a JSON object such as {"question": "..."}, not a JSON %s`, typeErr.Value))
	case errors.As(err, &typeErr):
		return badRequest(fmt.Sprintf("field %q must be a %s, not a JSON %s", typeErr.Field, typeErr.Type, typeErr.Value))
	case errors.As(err, &syntaxErr):
		return badRequest(fmt.Sprintf("the body is not valid JSON (at byte %d): %v", syntaxErr.Offset, err))
	case errors.Is(err, io.ErrUnexpectedEOF):
		return badRequest("the body is not valid JSON: it ends in the middle of a value")
	}
	return badRequest(fmt.Sprintf("the body is not a JSON object: %v", err))
}

// clientIP is the peer's address without its port. Forwarding headers are
// not trusted: behind a proxy every client shares the proxy's limit, which
// errs on the safe side.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
