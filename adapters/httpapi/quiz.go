package httpapi

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/quiz"
)

// QuizSource finds a quiz item by its id; *bot.Bot is one.
type QuizSource interface {
	QuizItem(id string) (quiz.Item, bool)
}

// QuizQuestion is the body of GET /v1/quiz: an item without its answer.
type QuizQuestion struct {
	ID       string    `json:"id"`
	Question string    `json:"question"`
	Options  []string  `json:"options"`
	Kind     quiz.Kind `json:"kind"`
	Article  string    `json:"article"`
	Title    string    `json:"title"`
}

// QuizAnswerRequest is the body of POST /v1/quiz/{id}/answer: the index
// of the chosen option, from 0 as in `citebot quiz --json`.
type QuizAnswerRequest struct {
	Answer *int `json:"answer"`
	// Room and User record the answer in the classroom session open in
	// the room, as the user's (one answer per user and item), as
	// POST /v1/ask does for questions.
	Room string `json:"room,omitempty"`
	User string `json:"user,omitempty"`
}

// QuizResult is the response to an answer: whether it was right, the
// right option, and the sentence that proves it.
type QuizResult struct {
	ID       string        `json:"id"`
	Correct  bool          `json:"correct"`
	Chosen   int           `json:"chosen"`
	Answer   int           `json:"answer"`
	Right    string        `json:"right"`
	Text     string        `json:"text"`
	Citation quiz.Citation `json:"citation"`
	// Session is the classroom session that recorded the answer.
	Session string `json:"session,omitempty"`
}

// mountQuiz serves GET /v1/quiz and POST /v1/quiz/{id}/answer.
func (a *API) mountQuiz() {
	a.route(http.MethodGet, "/v1/quiz", http.HandlerFunc(a.quizNext))
	a.route(http.MethodPost, "/v1/quiz/{id}/answer", http.HandlerFunc(a.quizAnswer))
}

// quizNext asks the bot for the next item of the client's conversation
// (?conversation=, scoped to the caller like /v1/ask), about ?article= if
// given (an id, a number from /v1/articles' order, or title words).
func (a *API) quizNext(w http.ResponseWriter, r *http.Request) {
	if a.opts.Quiz == nil {
		writeError(w, http.StatusNotFound, "quizzes are not served here")
		return
	}
	q := r.URL.Query()
	who, rerr := a.access.identify(r)
	if rerr == nil {
		rerr = checkID("conversation", q.Get("conversation"))
	}
	if rerr == nil {
		rerr = checkRoom(q.Get("room"), false)
	}
	if rerr != nil {
		writeError(w, rerr.status, rerr.msg)
		return
	}
	v, limited := a.access.admit(who)
	if !v.OK {
		setRetryAfter(w, v.Wait)
		writeError(w, http.StatusTooManyRequests, fmt.Sprintf("too many messages from this %s: retry in %s seconds", limited, w.Header().Get("Retry-After")))
		return
	}
	text := "/quiz"
	if art := strings.TrimSpace(q.Get("article")); art != "" {
		text += " " + art
	}
	m := who.message(text, q.Get("conversation"))
	if room := q.Get("room"); room != "" {
		m.Room = RoomPrefix + room // the item is then a round of the session open there
	}
	reply := a.opts.Handler.Handle(r.Context(), m)
	if reply.Kind == bot.KindRateLimited {
		setRetryAfter(w, reply.RetryAfter)
		writeError(w, http.StatusTooManyRequests, fmt.Sprintf("too many messages from this user: retry in %s seconds", w.Header().Get("Retry-After")))
		return
	}
	if reply.Quiz == nil {
		writeError(w, http.StatusNotFound, reply.Text)
		return
	}
	it := reply.Quiz
	writeJSON(w, http.StatusOK, QuizQuestion{
		ID: it.ID, Question: it.Question, Options: it.Options, Kind: it.Kind,
		Article: it.Citation.Article, Title: it.Citation.Title,
	})
}

// quizAnswer checks an answer to an item, by the item's id alone: any
// client may answer any item, and the server keeps no state for it.
func (a *API) quizAnswer(w http.ResponseWriter, r *http.Request) {
	if a.opts.Quiz == nil {
		writeError(w, http.StatusNotFound, "quizzes are not served here")
		return
	}
	id, ok := strings.CutSuffix(strings.TrimPrefix(r.URL.Path, "/v1/quiz/"), "/answer")
	if !ok || id == "" || strings.Contains(id, "/") {
		writeError(w, http.StatusNotFound, "no such endpoint: answer with POST /v1/quiz/{id}/answer")
		return
	}
	it, ok := a.opts.Quiz.QuizItem(id)
	if !ok {
		writeError(w, http.StatusNotFound, "no quiz item "+truncate(id, 40)+": ask one with GET /v1/quiz")
		return
	}
	if rerr := requireJSON(r); rerr != nil {
		writeError(w, rerr.status, rerr.msg)
		return
	}
	var req QuizAnswerRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, a.opts.MaxBodyBytes))
	if err := dec.Decode(&req); err != nil {
		e := badBody(err, a.opts.MaxBodyBytes)
		if errors.Is(err, io.EOF) {
			e = badRequest(`the body is empty: send {"answer": INDEX}, the chosen option's index from 0`)
		}
		writeError(w, e.status, e.msg)
		return
	}
	if req.Answer == nil || *req.Answer < 0 || *req.Answer >= len(it.Options) {
		writeError(w, http.StatusBadRequest, `"answer" must be the index of an option, from 0 to `+strconv.Itoa(len(it.Options)-1))
		return
	}
	reveal := bot.QuizReveal(it, *req.Answer)
	if req.Room != "" {
		var ok bool
		if reveal, ok = a.recordQuizAnswer(w, r, id, *req.Answer, req); !ok {
			return
		}
	}
	writeJSON(w, http.StatusOK, QuizResult{
		ID: it.ID, Correct: *req.Answer == it.Answer, Chosen: *req.Answer, Answer: it.Answer,
		Right: it.Options[it.Answer], Text: reveal.Text, Citation: it.Citation, Session: reveal.Session,
	})
}

// recordQuizAnswer passes an answer with a room through the bot, as
// "/reponse ID N" from the user in that room, so that the session open
// there records it; ok is false when the response was written (a bad id,
// a limit, a second answer: 409).
func (a *API) recordQuizAnswer(w http.ResponseWriter, r *http.Request, id string, answer int, req QuizAnswerRequest) (bot.Reply, bool) {
	who, rerr := a.access.identify(r)
	if rerr == nil {
		rerr = cmp.Or(checkID("user", req.User), checkRoom(req.Room, false))
	}
	if rerr != nil {
		writeError(w, rerr.status, rerr.msg)
		return bot.Reply{}, false
	}
	if req.User != "" {
		who.user = req.User
	}
	if v, limited := a.access.admit(who); !v.OK {
		setRetryAfter(w, v.Wait)
		writeError(w, http.StatusTooManyRequests, fmt.Sprintf("too many messages from this %s: retry in %s seconds", limited, w.Header().Get("Retry-After")))
		return bot.Reply{}, false
	}
	m := who.message(fmt.Sprintf("/reponse %s %d", id, answer+1), "")
	m.Room = RoomPrefix + req.Room
	reply := a.opts.Handler.Handle(r.Context(), m)
	switch {
	case reply.Kind == bot.KindRateLimited:
		setRetryAfter(w, reply.RetryAfter)
		writeError(w, http.StatusTooManyRequests, fmt.Sprintf("too many messages from this user: retry in %s seconds", w.Header().Get("Retry-After")))
		return bot.Reply{}, false
	case reply.Kind == bot.KindInfo && reply.Session != "":
		writeError(w, http.StatusConflict, reply.Text) // already answered in this session
		return bot.Reply{}, false
	case reply.Kind == bot.KindError:
		writeError(w, http.StatusBadRequest, reply.Text)
		return bot.Reply{}, false
	}
	return reply, true
}

func truncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
