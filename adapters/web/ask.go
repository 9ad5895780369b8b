package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/citebot/citebot/bot"
)

// fragmentHeader marks the script's requests: they get the new turn alone,
// as an HTML fragment, instead of a redirect to the whole page. A custom
// header also cannot be sent cross-site without a CORS preflight, which
// this server never grants.
const fragmentHeader = "X-Citebot-Fragment"

func wantsFragment(r *http.Request) bool { return r.Header.Get(fragmentHeader) != "" }

// askPage shows the browser's conversation and the question box.
func (s *Site) askPage(w http.ResponseWriter, r *http.Request) {
	s.showAsk(w, r, http.StatusOK, "", "")
}

// showAsk renders the ask page, with a notice and the draft question to
// refill when a form could not be acted on.
func (s *Site) showAsk(w http.ResponseWriter, r *http.Request, status int, notice, draft string) {
	id := s.browser(w, r)
	h, unlock := s.convs.get(id)
	turns := h.snapshot()
	unlock()
	token := s.tokens.For(id)
	v := askView{
		Title: "Poser une question", Nav: "ask",
		Articles: len(s.opts.Base.Articles),
		Token:    token, Notice: notice, Draft: draft,
		MaxQuestion: maxQuestionRunes,
	}
	if code, sess, ok := s.joinedClass(r); ok {
		v.Class = &classBanner{Code: code, Title: sess.Title}
	}
	for i, t := range turns {
		v.Turns = append(v.Turns, s.turnView(t, i == len(turns)-1, token))
	}
	s.render(w, r, status, "ask", v)
}

// ask answers a question, or runs the action of the latest reply ("Plus
// de sources"), then redirects to the page at the new turn (POST, redirect,
// GET: reloading does not ask again). The script gets the turn alone.
func (s *Site) ask(w http.ResponseWriter, r *http.Request) {
	id, form, err := s.readForm(w, r)
	question := strings.TrimSpace(strings.ToValidUTF8(form.Get("q"), "\uFFFD"))
	if err != nil {
		s.refuse(w, r, err, clip(question, maxQuestionRunes))
		return
	}
	h, unlock := s.convs.get(id)
	text, shown := question, clip(question, maxQuestionRunes)
	if cmd := form.Get("action"); cmd != "" {
		t, a, ok := h.offered(cmd)
		if !ok {
			unlock()
			s.refuse(w, r, &formError{http.StatusConflict, "Ce bouton ne vaut plus : il portait sur une réponse plus ancienne."}, "")
			return
		}
		if a.Command != moreCommand {
			s.act(w, r, h, t, a, unlock)
			return
		}
		text, shown = a.Command, a.Label
	}
	reply := s.handle(r, bot.Message{
		Platform: Platform, UserID: id, Conversation: h.conversation(), Text: text, Room: s.classRoom(r),
	})
	if text == "" {
		// Nothing asked: the bot's reply says what to do, above the box.
		unlock()
		s.refuse(w, r, &formError{http.StatusBadRequest, reply.Body}, "")
		return
	}
	t := h.add(shown, reply)
	unlock()
	if !wantsFragment(r) {
		http.Redirect(w, r, "/#t"+strconv.Itoa(t.N), http.StatusSeeOther)
		return
	}
	status := http.StatusOK
	if reply.Kind == bot.KindRateLimited {
		status = http.StatusTooManyRequests
	}
	s.writeTurn(w, r, status, s.turnView(t, true, s.tokens.For(id)))
}

// act runs an action about one answer (👍, 👎): the bot's reply shows
// within that turn, which the script replaces. h is locked; act unlocks it.
func (s *Site) act(w http.ResponseWriter, r *http.Request, h *history, t *turn, a bot.Action, unlock func()) {
	reply := s.handle(r, bot.Message{
		Platform: Platform, UserID: h.browser, Conversation: h.conversation(), Text: a.Command, Room: s.classRoom(r),
	})
	t.Note = reply.Body
	if reply.Kind == bot.KindInfo {
		t.Vote = a.Label
	}
	shown, latest := *t, t == h.last()
	unlock()
	if !wantsFragment(r) {
		http.Redirect(w, r, "/#t"+strconv.Itoa(shown.N), http.StatusSeeOther)
		return
	}
	s.writeTurn(w, r, http.StatusOK, s.turnView(shown, latest, s.tokens.For(h.browser)))
}

// writeTurn sends one turn as an HTML fragment, for the script.
func (s *Site) writeTurn(w http.ResponseWriter, r *http.Request, status int, v turnView) {
	body, err := s.pages.fragment("ask", "turn", v)
	if err != nil {
		s.opts.Logger.Error("web: render turn", "err", err)
		http.Error(w, "Erreur interne : la réponse n'a pas pu être affichée.", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// refuse tells why a form was not acted on: the script gets the message
// as plain text, a page without script gets the ask page again with the
// message and the question still in its box.
func (s *Site) refuse(w http.ResponseWriter, r *http.Request, err error, draft string) {
	fe := asFormError(err)
	if wantsFragment(r) {
		w.Header().Set("Cache-Control", "no-store")
		http.Error(w, fe.msg, fe.status)
		return
	}
	s.showAsk(w, r, fe.status, fe.msg, draft)
}

// newConversation starts a fresh conversation for the browser.
func (s *Site) newConversation(w http.ResponseWriter, r *http.Request) {
	id, _, err := s.readForm(w, r)
	if err != nil {
		s.refuse(w, r, err, "")
		return
	}
	h, unlock := s.convs.get(id)
	h.restart()
	unlock()
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
