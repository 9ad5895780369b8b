package web

import (
	"cmp"
	"context"
	"crypto/rand"
	"crypto/subtle"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/citebot/citebot/adapters/platform"
	"github.com/citebot/citebot/bot"
)

// Classroom is what the class pages need of the bot; *bot.Bot is one.
// Sessions themselves are started and ended with the bot's own commands
// (/session start, /session fin), as on every platform.
type Classroom interface {
	LatestRoomSession(ctx context.Context, room string) (bot.Session, error)
	RoomSecret(ctx context.Context, room string) (string, error)
	SessionEntries(ctx context.Context, id string, after int64, limit int) ([]bot.Entry, error)
	SessionSummary(ctx context.Context, id string) (bot.Summary, error)
	SessionExport(ctx context.Context, id, format string) (bot.File, error)
}

// A class on the web meets in a room named by a short code that the board
// shows and students type: "web:K7P2QX".
// The codes are shared with the other platforms (adapters/platform), so
// that a student on Telegram joins a class with the board's code.
const (
	roomPrefix   = platform.ClassRoomPrefix
	codeLen      = platform.ClassCodeLen
	codeAlphabet = platform.ClassCodeAlphabet
	// teacherCookie holds the room's teacher secret, on the room's paths.
	teacherCookie = "citebot_prof"
	// classCookie remembers the class a browser joined: its questions on
	// the ask page are then recorded in the class's session too.
	classCookie   = "citebot_classe"
	maxTitleRunes = 120
)

func newRoomCode() string {
	b := make([]byte, codeLen)
	_, _ = rand.Read(b)
	for i := range b {
		b[i] = codeAlphabet[int(b[i])%len(codeAlphabet)]
	}
	return string(b)
}

// roomCode normalises what a student typed ("k7p2qx ") to a code, or "".
func roomCode(s string) string { return platform.ClassCode(s) }

func (s *Site) classRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /classe", s.classHome)
	mux.HandleFunc("GET /classe/rejoindre", s.joinClass)
	mux.HandleFunc("POST /classe/quitter", s.leaveClass)
	mux.HandleFunc("POST /classe", s.openClass)
	mux.HandleFunc("GET /classe/{code}", s.board)
	mux.HandleFunc("POST /classe/{code}", s.classQuestion)
	mux.HandleFunc("POST /classe/{code}/soutien", s.upvote)
	mux.HandleFunc("GET /classe/{code}/direct", s.stream)
	mux.HandleFunc("GET /classe/{code}/prof", s.teacherPage)
	mux.HandleFunc("POST /classe/{code}/prof", s.teacherLogin)
	mux.HandleFunc("POST /classe/{code}/prof/question", s.moderate)
	mux.HandleFunc("POST /classe/{code}/prof/fin", s.endClass)
	mux.HandleFunc("GET /classe/{code}/prof/export", s.exportClass)
}

// classHomeView is the page to join a class or open one.
type classHomeView struct {
	Title, Nav string
	Token      string
	Notice     string
	// NeedsKey: opening a session asks for an API key.
	NeedsKey bool
	Code     string
}

func (s *Site) classHome(w http.ResponseWriter, r *http.Request) {
	s.showClassHome(w, r, http.StatusOK, "", "")
}

func (s *Site) showClassHome(w http.ResponseWriter, r *http.Request, status int, notice, code string) {
	id := s.browser(w, r)
	s.render(w, r, status, "classe", classHomeView{
		Title: "Séance en classe", Nav: "classe", Token: s.tokens.For(id), Notice: notice,
		NeedsKey: s.opts.TeacherKey != nil, Code: code,
	})
}

func (s *Site) joinClass(w http.ResponseWriter, r *http.Request) {
	typed := r.URL.Query().Get("code")
	code := roomCode(typed)
	if code == "" {
		s.showClassHome(w, r, http.StatusBadRequest, fmt.Sprintf("« %s » n'est pas un code de séance : il a %d lettres ou chiffres, comme K7P2QX.", clip(typed, 20), codeLen), "")
		return
	}
	http.Redirect(w, r, "/classe/"+code, http.StatusSeeOther)
}

// leaveClass stops recording the browser's questions in its class.
func (s *Site) leaveClass(w http.ResponseWriter, r *http.Request) {
	if _, _, err := s.readForm(w, r); err != nil {
		s.refuse(w, r, err, "")
		return
	}
	http.SetCookie(w, &http.Cookie{Name: classCookie, Path: "/", MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// joinedClass is the open session of the class the browser joined, if
// any: the ask page then records its questions there.
func (s *Site) joinedClass(r *http.Request) (code string, sess bot.Session, ok bool) {
	if s.opts.Classroom == nil {
		return "", sess, false
	}
	c, err := r.Cookie(classCookie)
	if err != nil {
		return "", sess, false
	}
	code, sess, err = platform.JoinedClass(r.Context(), s.opts.Classroom, c.Value)
	if err != nil {
		return "", sess, false
	}
	return code, sess, true
}

// classRoom is the room the browser's questions are recorded in, "" if
// none.
func (s *Site) classRoom(r *http.Request) string {
	if code, _, ok := s.joinedClass(r); ok {
		return roomPrefix + code
	}
	return ""
}

// openClass starts a session in a new room; its opener becomes its
// teacher. With API keys configured, only a key holder may open one.
func (s *Site) openClass(w http.ResponseWriter, r *http.Request) {
	id, form, err := s.readForm(w, r)
	if err != nil {
		s.showClassHome(w, r, asFormError(err).status, err.Error(), "")
		return
	}
	if s.opts.TeacherKey != nil && !s.opts.TeacherKey(form.Get("cle")) {
		s.showClassHome(w, r, http.StatusForbidden, "Clé d'API inconnue : seuls les enseignants qui ont une clé de ce serveur ouvrent une séance.", "")
		return
	}
	code, err := s.freeRoom(r.Context())
	if err != nil {
		s.classError(w, r, err)
		return
	}
	title := clip(strings.TrimSpace(strings.ToValidUTF8(form.Get("titre"), "\uFFFD")), maxTitleRunes)
	reply := s.handle(r, bot.Message{
		Platform: Platform, UserID: id, Room: roomPrefix + code, Teacher: true,
		Text: strings.TrimSpace("/session start " + title),
	})
	if reply.Session == "" {
		s.showClassHome(w, r, http.StatusServiceUnavailable, reply.Body, "")
		return
	}
	if err := s.setTeacher(w, r, code); err != nil {
		s.classError(w, r, err)
		return
	}
	http.Redirect(w, r, "/classe/"+code+"/prof", http.StatusSeeOther)
}

// freeRoom draws a code no session has used.
func (s *Site) freeRoom(ctx context.Context) (string, error) {
	for range 8 {
		code := newRoomCode()
		_, err := s.opts.Classroom.LatestRoomSession(ctx, roomPrefix+code)
		if errors.Is(err, bot.ErrNoSession) {
			return code, nil
		}
		if err != nil {
			return "", err
		}
	}
	return "", errors.New("web: no free room code after 8 draws")
}

// classSession is the room's session, or a page saying there is none.
func (s *Site) classSession(w http.ResponseWriter, r *http.Request) (string, bot.Session, bool) {
	code := roomCode(r.PathValue("code"))
	if code == "" {
		s.notFound(w, r)
		return "", bot.Session{}, false
	}
	sess, err := s.opts.Classroom.LatestRoomSession(r.Context(), roomPrefix+code)
	if errors.Is(err, bot.ErrNoSession) {
		s.showClassHome(w, r, http.StatusNotFound, "Aucune séance n'a le code "+code+" : vérifiez-le auprès de l'enseignant.", code)
		return "", bot.Session{}, false
	}
	if err != nil {
		s.classError(w, r, err)
		return "", bot.Session{}, false
	}
	return code, sess, true
}

func (s *Site) classError(w http.ResponseWriter, r *http.Request, err error) {
	s.opts.Logger.Error("web: classroom", "path", r.URL.Path, "err", err)
	s.render(w, r, http.StatusServiceUnavailable, "error", errorView{
		Title: "Séance indisponible", Nav: "classe",
		Message: "La base des séances ne répond pas : rien n'a été fait. Réessayez dans un instant.",
	})
}

// isTeacher reports whether the request carries the room's teacher secret.
func (s *Site) isTeacher(r *http.Request, code string) bool {
	c, err := r.Cookie(teacherCookie)
	if err != nil {
		return false
	}
	secret, err := s.opts.Classroom.RoomSecret(r.Context(), roomPrefix+code)
	return err == nil && subtle.ConstantTimeCompare([]byte(c.Value), []byte(secret)) == 1
}

func (s *Site) setTeacher(w http.ResponseWriter, r *http.Request, code string) error {
	secret, err := s.opts.Classroom.RoomSecret(r.Context(), roomPrefix+code)
	if err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{
		Name: teacherCookie, Value: secret, Path: "/classe/" + code,
		HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil,
	})
	return nil
}

// boardView is the board: the students' page, the projector's, and with
// Teacher the teacher's.
type boardView struct {
	Title, Nav string
	Code       string
	JoinURL    string
	Open       bool
	Teacher    bool
	Token      string
	Notice     string
	Said       string // the bot's reply to a greeting, for this student alone
	Entries    []entryView
	Summary    string
	Secret     string
	Stream     string

	// TelegramURL joins the class from Telegram ("" without a bot).
	TelegramURL string
}

func (s *Site) board(w http.ResponseWriter, r *http.Request) {
	code, sess, ok := s.classSession(w, r)
	if !ok {
		return
	}
	if sess.Open() {
		http.SetCookie(w, &http.Cookie{
			Name: classCookie, Value: code, Path: "/",
			HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: r.TLS != nil,
		})
	}
	s.showBoard(w, r, http.StatusOK, code, sess, false, "")
}

func (s *Site) showBoard(w http.ResponseWriter, r *http.Request, status int, code string, sess bot.Session, teacher bool, notice string) {
	s.renderBoard(w, r, status, code, sess, teacher, boardNote{refused: notice})
}

func (s *Site) renderBoard(w http.ResponseWriter, r *http.Request, status int, code string, sess bot.Session, teacher bool, note boardNote) {
	id := s.browser(w, r)
	entries, err := s.live.entries(r.Context(), code, sess)
	if err != nil {
		s.classError(w, r, err)
		return
	}
	token := s.tokens.For(id)
	v := boardView{
		Title: sess.Title, Nav: "classe", Code: code, Open: sess.Open(), Teacher: teacher,
		Token: token, Notice: note.refused, Said: note.said, JoinURL: joinURL(r, code),
		Stream: "/classe/" + code + "/direct",
	}
	if teacher {
		v.Stream += "?prof=1"
	}
	for _, e := range entries {
		if e.hidden && !teacher {
			continue
		}
		v.Entries = append(v.Entries, e.view(code, teacher, token, e.voters[id]))
	}
	if teacher {
		if sum, err := s.opts.Classroom.SessionSummary(r.Context(), sess.ID); err == nil {
			v.Summary = sum.Text()
		}
		v.Secret, _ = s.opts.Classroom.RoomSecret(r.Context(), roomPrefix+code)
		if s.opts.TelegramLink != nil && sess.Open() {
			v.TelegramURL = s.opts.TelegramLink(code)
		}
	}
	page := "board"
	if teacher {
		page = "prof"
	}
	s.render(w, r, status, page, v)
}

// joinURL is the address students type, as the request reached us.
func joinURL(r *http.Request, code string) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return (&url.URL{Scheme: scheme, Host: r.Host, Path: "/classe/" + code}).String()
}

// classQuestion is a student's question, recorded in the room's session:
// the board shows it, with its answer, as soon as it is recorded.
func (s *Site) classQuestion(w http.ResponseWriter, r *http.Request) {
	code, sess, ok := s.classSession(w, r)
	if !ok {
		return
	}
	id, form, err := s.readForm(w, r)
	q := strings.TrimSpace(strings.ToValidUTF8(form.Get("q"), "\uFFFD"))
	if err == nil && q == "" {
		err = &formError{http.StatusBadRequest, "Écrivez votre question avant de l'envoyer."}
	}
	if err == nil && !sess.Open() {
		err = &formError{http.StatusConflict, "Cette séance est terminée : votre question n'a pas été envoyée."}
	}
	if err != nil {
		s.classRefuse(w, r, code, sess, err)
		return
	}
	reply := s.handle(r, bot.Message{
		Platform: Platform, UserID: id, Conversation: Platform + ":" + id + ":classe:" + code,
		Room: roomPrefix + code, Text: q,
	})
	s.live.kick(code)
	if reply.Kind == bot.KindRateLimited || reply.Kind == bot.KindError {
		s.classRefuse(w, r, code, sess, &formError{http.StatusTooManyRequests, reply.Body})
		return
	}
	if reply.Kind == bot.KindInfo {
		// « Bonjour », « Merci » (bot/smalltalk.go): said to the student,
		// not put on the board, which holds questions. The script shows
		// it in its status line; a page without it, beside the form, in
		// the colours of a remark, not of a refusal.
		if wantsFragment(r) {
			s.classRefuse(w, r, code, sess, &formError{http.StatusUnprocessableEntity, reply.Body})
			return
		}
		s.renderBoard(w, r, http.StatusOK, code, sess, s.isTeacher(r, code), boardNote{said: reply.Body})
		return
	}
	if wantsFragment(r) {
		// The script scrolls to the question when the board shows it.
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		_, _ = w.Write([]byte(strconv.FormatInt(reply.Entry, 10)))
		return
	}
	target := "/classe/" + code
	if reply.Entry != 0 {
		target += "#e" + strconv.FormatInt(reply.Entry, 10)
	}
	http.Redirect(w, r, target, http.StatusSeeOther)
}

// classRefuse says why a class form was not acted on.
func (s *Site) classRefuse(w http.ResponseWriter, r *http.Request, code string, sess bot.Session, err error) {
	fe := asFormError(err)
	if wantsFragment(r) {
		w.Header().Set("Cache-Control", "no-store")
		http.Error(w, fe.msg, fe.status)
		return
	}
	s.showBoard(w, r, fe.status, code, sess, s.isTeacher(r, code), fe.msg)
}

// boardNote is what the board page says above its form: why the last form
// was refused, or what the bot said to this student alone.
type boardNote struct{ refused, said string }

// upvote toggles the browser's support for a question: the board puts the
// questions most of the class wants answered first.
func (s *Site) upvote(w http.ResponseWriter, r *http.Request) {
	code, sess, ok := s.classSession(w, r)
	if !ok {
		return
	}
	id, form, err := s.readForm(w, r)
	if err != nil {
		s.classRefuse(w, r, code, sess, err)
		return
	}
	entry, _ := strconv.ParseInt(form.Get("question"), 10, 64)
	if !s.live.toggleVote(code, entry, id) {
		s.classRefuse(w, r, code, sess, &formError{http.StatusNotFound, "Cette question n'est plus au tableau."})
		return
	}
	s.classDone(w, r, "/classe/"+code+"#e"+strconv.FormatInt(entry, 10))
}

// classDone answers a class form: no content for the script (the board's
// stream brings the change), a redirect back without it.
func (s *Site) classDone(w http.ResponseWriter, r *http.Request, target string) {
	if wantsFragment(r) {
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusNoContent)
		return
	}
	http.Redirect(w, r, target, http.StatusSeeOther)
}

func (s *Site) teacherPage(w http.ResponseWriter, r *http.Request) {
	if code, sess, ok := s.teacherSession(w, r, http.StatusOK, ""); ok {
		s.showBoard(w, r, http.StatusOK, code, sess, true, "")
	}
}

// teacherSession is the room's session for its teacher; anyone else gets
// the login page, with the status and notice given.
func (s *Site) teacherSession(w http.ResponseWriter, r *http.Request, status int, notice string) (string, bot.Session, bool) {
	code, sess, ok := s.classSession(w, r)
	if ok && !s.isTeacher(r, code) {
		s.showLogin(w, r, code, status, notice)
		ok = false
	}
	return code, sess, ok
}

// loginView asks for the teacher secret or an API key.
type loginView struct {
	Title, Nav, Code, Token, Notice string
	Keys                            bool
}

func (s *Site) showLogin(w http.ResponseWriter, r *http.Request, code string, status int, notice string) {
	id := s.browser(w, r)
	s.render(w, r, status, "login", loginView{
		Title: "Accès enseignant", Nav: "classe", Code: code, Token: s.tokens.For(id), Notice: notice,
		Keys: s.opts.TeacherKey != nil,
	})
}

func (s *Site) teacherLogin(w http.ResponseWriter, r *http.Request) {
	code, _, ok := s.classSession(w, r)
	if !ok {
		return
	}
	_, form, err := s.readForm(w, r)
	if err != nil {
		s.showLogin(w, r, code, asFormError(err).status, err.Error())
		return
	}
	given := strings.TrimSpace(form.Get("cle"))
	secret, err := s.opts.Classroom.RoomSecret(r.Context(), roomPrefix+code)
	if err != nil {
		s.classError(w, r, err)
		return
	}
	key := s.opts.TeacherKey != nil && s.opts.TeacherKey(given)
	if !key && subtle.ConstantTimeCompare([]byte(given), []byte(secret)) != 1 {
		s.showLogin(w, r, code, http.StatusForbidden, "Ce n'est ni le secret de cette séance ni une clé d'API de ce serveur.")
		return
	}
	if err := s.setTeacher(w, r, code); err != nil {
		s.classError(w, r, err)
		return
	}
	http.Redirect(w, r, "/classe/"+code+"/prof", http.StatusSeeOther)
}

// teacherForm checks a teacher's form: the token and the room's secret.
func (s *Site) teacherForm(w http.ResponseWriter, r *http.Request) (string, bot.Session, string, url.Values, bool) {
	code, sess, ok := s.classSession(w, r)
	if !ok {
		return "", sess, "", nil, false
	}
	id, form, err := s.readForm(w, r)
	if err == nil && !s.isTeacher(r, code) {
		err = &formError{http.StatusForbidden, "Seul l'enseignant de la séance peut faire cela."}
	}
	if err != nil {
		s.classRefuse(w, r, code, sess, err)
		return "", sess, "", nil, false
	}
	return code, sess, id, form, true
}

// moderate hides, pins or marks answered one question.
func (s *Site) moderate(w http.ResponseWriter, r *http.Request) {
	code, sess, _, form, ok := s.teacherForm(w, r)
	if !ok {
		return
	}
	entry, _ := strconv.ParseInt(form.Get("question"), 10, 64)
	if !s.live.moderate(code, entry, form.Get("op")) {
		s.classRefuse(w, r, code, sess, &formError{http.StatusBadRequest, "Action inconnue ou question absente."})
		return
	}
	s.classDone(w, r, "/classe/"+code+"/prof#e"+strconv.FormatInt(entry, 10))
}

// endClass ends the session with the bot's /session fin; the teacher's
// page then shows the summary.
func (s *Site) endClass(w http.ResponseWriter, r *http.Request) {
	code, sess, id, _, ok := s.teacherForm(w, r)
	if !ok {
		return
	}
	reply := s.handle(r, bot.Message{
		Platform: Platform, UserID: id, Room: roomPrefix + code, Teacher: true, Text: "/session fin",
	})
	if reply.Kind == bot.KindError || reply.Kind == bot.KindRateLimited {
		s.classRefuse(w, r, code, sess, &formError{http.StatusServiceUnavailable, reply.Body})
		return
	}
	s.live.ended(code)
	http.Redirect(w, r, "/classe/"+code+"/prof", http.StatusSeeOther)
}

// exportClass downloads the session's export, Markdown or CSV.
func (s *Site) exportClass(w http.ResponseWriter, r *http.Request) {
	code, sess, ok := s.teacherSession(w, r, http.StatusForbidden, "Connectez-vous comme enseignant pour exporter la séance.")
	if !ok {
		return
	}
	f, err := s.opts.Classroom.SessionExport(r.Context(), sess.ID, r.URL.Query().Get("format"))
	if err != nil {
		s.classRefuse(w, r, code, sess, &formError{http.StatusBadRequest, "Export impossible : choisissez Markdown ou CSV."})
		return
	}
	w.Header().Set("Content-Type", f.Type)
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", f.Name))
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(f.Data)
}

// entryView is one question on a board.
type entryView struct {
	ID                 int64
	Code               string
	Question           string
	Answered           bool
	Unsure             bool // the bot said it was not sure of the answer
	Answer, Quote      string
	Title, Href, Place string
	Up, Asked, Score   int
	Hidden, Pinned     bool
	Done               bool
	Teacher            bool
	Token              string
	Voted              bool
}

func (e *boardEntry) view(code string, teacher bool, token string, voted bool) entryView {
	v := entryView{
		ID: e.ID, Code: code, Question: e.Question, Answered: e.Answered, Unsure: e.Unsure, Answer: e.Answer,
		Up: len(e.voters), Asked: e.asked, Score: e.score(),
		Hidden: e.hidden, Pinned: e.pinned, Done: e.done, Teacher: teacher, Token: token, Voted: voted,
	}
	if len(e.Citations) > 0 {
		c := e.Citations[0]
		v.Quote, v.Title, v.Place = c.Quote, cmp.Or(c.Title, c.Article), c.Place("paragraphe")
		v.Href = citationURL(c)
	} else {
		v.Answered = false
	}
	return v
}

// renderEntry is an entry's HTML for the boards' streams: without a form
// token, which each board's script adds from its own page.
func (s *Site) renderEntry(code string, e *boardEntry, teacher bool) ([]byte, error) {
	return s.pages.fragment("board", "entry", e.view(code, teacher, "", false))
}
