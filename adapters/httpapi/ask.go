package httpapi

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/citebot/citebot/bot"
)

// Platform is the bot.Message platform of HTTP questions.
const Platform = "http"

// AskRequest is the body of POST /v1/ask: one line of `citebot ask --json`.
type AskRequest struct {
	// ID is echoed unchanged, whatever its JSON type.
	ID       json.RawMessage `json:"id,omitempty"`
	Question string          `json:"question"`
	// Conversation groups follow-up questions; it is scoped to the caller
	// (API key, or address and user) so that one client cannot continue
	// another's conversation. At most MaxIDBytes.
	Conversation string `json:"conversation,omitempty"`
	// User tells apart the users behind one address, each with the
	// per-user limit; without it, the UserCookie does. At most MaxIDBytes.
	User string `json:"user,omitempty"`
	// Room records the question in the classroom session open there
	// (POST /v1/sessions). At most MaxIDBytes.
	Room string `json:"room,omitempty"`
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

// limitedResponse is a 429: the problem, and the answer object whose text
// asks, in French, to slow down, for a client that shows it.
type limitedResponse struct {
	Problem
	AskResponse
}

func (a *API) ask(w http.ResponseWriter, r *http.Request) {
	if rerr := requireJSON(r); rerr != nil {
		writeError(w, rerr.status, rerr.msg)
		return
	}
	who, rerr := a.access.identify(r)
	if rerr != nil {
		w.Header().Set("WWW-Authenticate", `Bearer realm="citebot"`)
		writeError(w, rerr.status, rerr.msg)
		return
	}
	req, rerr := decodeAsk(w, r, a.opts.MaxBodyBytes)
	if rerr == nil {
		rerr = cmp.Or(checkID("conversation", req.Conversation), checkID("user", req.User), checkRoom(req.Room, false))
	}
	if rerr != nil {
		writeError(w, rerr.status, rerr.msg)
		return
	}
	if req.User != "" {
		who.user = req.User
	} else if who.user != "" {
		if rerr := checkID(UserCookie+" cookie", who.user); rerr != nil {
			writeError(w, rerr.status, rerr.msg)
			return
		}
	}
	var reply bot.Reply
	v, limited := a.access.admit(who)
	if !v.OK {
		reply = bot.RateLimited(v)
	} else {
		m := who.message(req.Question, req.Conversation)
		if req.Room != "" {
			m.Room, m.Teacher = RoomPrefix+req.Room, who.key != ""
		}
		reply = a.opts.Handler.Handle(r.Context(), m)
		limited = "user"
	}
	resp := NewAskResponse(req.ID, req.Question, reply)
	if reply.Kind == bot.KindRateLimited {
		setRetryAfter(w, reply.RetryAfter)
		p := newProblem(http.StatusTooManyRequests, fmt.Sprintf("too many messages from this %s: retry in %s seconds", limited, w.Header().Get("Retry-After")))
		writeBody(w, http.StatusTooManyRequests, problemType, limitedResponse{Problem: p, AskResponse: resp})
		return
	}
	writeJSON(w, http.StatusOK, resp)
}

// requireJSON refuses a body that does not say it is JSON: a form or
// text/plain post is not read as a question by accident (and a browser
// cannot send application/json across sites without asking first).
func requireJSON(r *http.Request) *requestError {
	ct := r.Header.Get("Content-Type")
	mt, _, err := mime.ParseMediaType(ct)
	if err == nil && (mt == "application/json" || strings.HasSuffix(mt, "+json")) {
		return nil
	}
	if ct == "" {
		ct = "none"
	}
	return &requestError{status: http.StatusUnsupportedMediaType,
		msg: fmt.Sprintf("the body must be JSON, sent with Content-Type: application/json (got %s)", ct)}
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
