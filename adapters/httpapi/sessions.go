package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/citebot/citebot/bot"
)

// Sessions is what the session endpoints need of the bot; *bot.Bot is one.
type Sessions interface {
	SessionSummary(ctx context.Context, id string) (bot.Summary, error)
	SessionEntries(ctx context.Context, id string, after int64, limit int) ([]bot.Entry, error)
	SessionExport(ctx context.Context, id, format string) (bot.File, error)
	EndSession(ctx context.Context, id string) (bot.Summary, error)
	ForgetSession(ctx context.Context, id string) error
}

// maxEntriesPage bounds one page of GET /v1/sessions/{id}/entries.
const maxEntriesPage = 500

// RoomPrefix scopes HTTP rooms ("3e B" is "http:3e B"), apart from the
// chat platforms' rooms.
const RoomPrefix = Platform + ":"

// StartRequest is the body of POST /v1/sessions.
type StartRequest struct {
	// Room is where the class asks: questions sent with the same "room"
	// are recorded in the session.
	Room  string `json:"room"`
	Title string `json:"title,omitempty"`
}

// FeedbackRequest is the body of POST /v1/feedback.
type FeedbackRequest struct {
	// Entry is the "entry" of the answer (from POST /v1/ask).
	Entry int64  `json:"entry"`
	Up    bool   `json:"up"`
	Room  string `json:"room"`
	User  string `json:"user,omitempty"`
}

// mountSessions adds the classroom session endpoints.
func (a *API) mountSessions() {
	a.handle("POST /v1/sessions", a.teacher(a.startSession))
	a.handle("GET /v1/sessions/{id}", a.teacher(a.sessionSummary))
	a.handle("DELETE /v1/sessions/{id}", a.teacher(a.forgetSession))
	a.handle("POST /v1/sessions/{id}/end", a.teacher(a.endSession))
	a.handle("GET /v1/sessions/{id}/entries", a.teacher(a.sessionEntries))
	a.handle("GET /v1/sessions/{id}/export", a.teacher(a.exportSession))
	a.handle("POST /v1/feedback", a.feedback)
}

// teacher lets through requests with an API key: sessions are the
// teacher's, and a key is how a program says it acts for one.
func (a *API) teacher(h func(http.ResponseWriter, *http.Request, caller)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		who, rerr := a.access.identify(r)
		if rerr != nil {
			writeError(w, rerr.status, rerr.msg)
			return
		}
		if who.key == "" {
			writeError(w, http.StatusUnauthorized, `sessions are run by teachers: send "Authorization: Bearer KEY" with a key from CITEBOT_HTTP_API_KEYS`)
			return
		}
		if a.opts.Sessions == nil {
			writeError(w, http.StatusNotFound, "sessions are not available on this server")
			return
		}
		h(w, r, who)
	}
}

// decodeRoomBody reads one JSON object of at most MaxBodyBytes into v,
// whose room must be named; if it cannot, it answers why and says so.
func (a *API) decodeRoomBody(w http.ResponseWriter, r *http.Request, v any, room *string) bool {
	rerr := requireJSON(r)
	if rerr == nil {
		dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, a.opts.MaxBodyBytes))
		dec.DisallowUnknownFields()
		if err := dec.Decode(v); err != nil {
			rerr = badBody(err, a.opts.MaxBodyBytes)
		}
	}
	if rerr == nil {
		rerr = checkRoom(*room, true)
	}
	if rerr != nil {
		writeError(w, rerr.status, rerr.msg)
		return false
	}
	return true
}

func (a *API) startSession(w http.ResponseWriter, r *http.Request, who caller) {
	var req StartRequest
	if !a.decodeRoomBody(w, r, &req, &req.Room) {
		return
	}
	m := who.message("/session start "+req.Title, "")
	m.Room, m.Teacher = RoomPrefix+req.Room, true
	reply := a.opts.Handler.Handle(r.Context(), m)
	switch {
	case reply.Kind == bot.KindRateLimited:
		setRetryAfter(w, reply.RetryAfter)
		writeError(w, http.StatusTooManyRequests, "too many requests with this API key")
	case reply.Kind == bot.KindError && reply.Session != "":
		// The room's open session is named: it is the one to end first.
		writeError(w, http.StatusConflict, reply.Text)
	case reply.Kind == bot.KindError || reply.Session == "":
		writeError(w, http.StatusServiceUnavailable, reply.Text)
	default:
		w.Header().Set("Location", "/v1/sessions/"+reply.Session)
		writeJSON(w, http.StatusCreated, map[string]string{"session": reply.Session, "room": req.Room, "text": reply.Text})
	}
}

func (a *API) sessionSummary(w http.ResponseWriter, r *http.Request, _ caller) {
	sum, err := a.opts.Sessions.SessionSummary(r.Context(), r.PathValue("id"))
	if a.sessionFailed(w, err) {
		return
	}
	writeJSON(w, http.StatusOK, sum)
}

func (a *API) endSession(w http.ResponseWriter, r *http.Request, _ caller) {
	sum, err := a.opts.Sessions.EndSession(r.Context(), r.PathValue("id"))
	if errors.Is(err, bot.ErrNoSession) {
		// Unknown, or ended already: say which.
		if _, gone := a.opts.Sessions.SessionSummary(r.Context(), r.PathValue("id")); gone == nil {
			writeError(w, http.StatusConflict, "this session has already ended")
			return
		}
	}
	if a.sessionFailed(w, err) {
		return
	}
	writeJSON(w, http.StatusOK, sum)
}

func (a *API) forgetSession(w http.ResponseWriter, r *http.Request, _ caller) {
	if a.sessionFailed(w, a.opts.Sessions.ForgetSession(r.Context(), r.PathValue("id"))) {
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (a *API) sessionEntries(w http.ResponseWriter, r *http.Request, _ caller) {
	after, err := strconv.ParseInt(cmpOr(r.URL.Query().Get("after"), "0"), 10, 64)
	limit, err2 := strconv.Atoi(cmpOr(r.URL.Query().Get("limit"), strconv.Itoa(maxEntriesPage)))
	if err != nil || err2 != nil || after < 0 || limit < 1 || limit > maxEntriesPage {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("after must be an entry id (0 for the start) and limit a number from 1 to %d", maxEntriesPage))
		return
	}
	id := r.PathValue("id")
	if _, err := a.opts.Sessions.SessionSummary(r.Context(), id); a.sessionFailed(w, err) {
		return
	}
	es, err := a.opts.Sessions.SessionEntries(r.Context(), id, after, limit)
	if a.sessionFailed(w, err) {
		return
	}
	if es == nil {
		es = []bot.Entry{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"session": id, "entries": es})
}

func (a *API) exportSession(w http.ResponseWriter, r *http.Request, _ caller) {
	format := cmpOr(r.URL.Query().Get("format"), "md")
	if format != "md" && format != "csv" && format != "quiz" {
		writeError(w, http.StatusBadRequest, "format must be md, csv or quiz")
		return
	}
	f, err := a.opts.Sessions.SessionExport(r.Context(), r.PathValue("id"), format)
	if a.sessionFailed(w, err) {
		return
	}
	w.Header().Set("Content-Type", f.Type)
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": f.Name}))
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(f.Data)
}

// feedback records a 👍 or 👎, through the bot like a chat's /bien.
func (a *API) feedback(w http.ResponseWriter, r *http.Request) {
	who, rerr := a.access.identify(r)
	if rerr != nil {
		writeError(w, rerr.status, rerr.msg)
		return
	}
	var req FeedbackRequest
	if !a.decodeRoomBody(w, r, &req, &req.Room) {
		return
	}
	if req.Entry <= 0 {
		writeError(w, http.StatusBadRequest, `"entry" must be the entry of an answer, as POST /v1/ask returned it`)
		return
	}
	if rerr := checkID("user", req.User); rerr != nil {
		writeError(w, rerr.status, rerr.msg)
		return
	}
	if req.User != "" {
		who.user = req.User
	}
	v, limited := a.access.admit(who)
	if !v.OK {
		setRetryAfter(w, v.Wait)
		writeError(w, http.StatusTooManyRequests, "too many requests from this "+limited)
		return
	}
	cmd := "/faux "
	if req.Up {
		cmd = "/bien "
	}
	m := who.message(cmd+strconv.FormatInt(req.Entry, 10), "")
	m.Room = RoomPrefix + req.Room
	reply := a.opts.Handler.Handle(r.Context(), m)
	switch reply.Kind {
	case bot.KindInfo:
		writeJSON(w, http.StatusOK, map[string]any{"entry": req.Entry, "up": req.Up, "text": reply.Text})
	case bot.KindRateLimited:
		setRetryAfter(w, reply.RetryAfter)
		writeError(w, http.StatusTooManyRequests, reply.Text)
	default:
		writeError(w, http.StatusConflict, reply.Text)
	}
}

// sessionFailed writes the error for err, if any, and says so.
func (a *API) sessionFailed(w http.ResponseWriter, err error) bool {
	switch {
	case err == nil:
		return false
	case errors.Is(err, bot.ErrNoSession):
		writeError(w, http.StatusNotFound, "no such session")
	default:
		a.opts.Logger.Error("httpapi: session store", "err", err)
		writeError(w, http.StatusServiceUnavailable, "the session store is unavailable; retry later")
	}
	return true
}

// checkRoom refuses a room name that is missing (when required), too long
// or not printable.
func checkRoom(room string, required bool) *requestError {
	if required && strings.TrimSpace(room) == "" {
		return badRequest(`"room" names where the class asks, such as "3e B": questions sent with the same room are recorded`)
	}
	return checkID("room", room)
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
