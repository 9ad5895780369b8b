package web

import (
	"context"
	"net/http"
	"strconv"

	"github.com/citebot/citebot/bot"
)

// FeedbackSink records what readers think of answers. The page shows 👍/👎
// only when the site has one: a button that records nothing would lie.
type FeedbackSink interface {
	Feedback(ctx context.Context, f Feedback) error
}

// Feedback is one reader's 👍 or 👎 on one reply.
type Feedback struct {
	Platform string
	// UserID is the browser's random id; Conversation the bot's key for
	// the conversation the reply belongs to.
	UserID       string
	Conversation string
	Question     string
	Reply        bot.Reply
	Helpful      bool
}

// The values of the feedback form's "avis" field.
const (
	helpfulValue   = "utile"
	unhelpfulValue = "inutile"
)

// feedback records a 👍/👎 on one turn of the browser's conversation, then
// shows the turn again with the choice marked.
func (s *Site) feedback(w http.ResponseWriter, r *http.Request) {
	if s.opts.Feedback == nil {
		s.notFound(w, r)
		return
	}
	id, form, err := s.readForm(w, r)
	if err != nil {
		s.refuse(w, r, err, "")
		return
	}
	var helpful bool
	switch form.Get("avis") {
	case helpfulValue:
		helpful = true
	case unhelpfulValue:
	default:
		s.refuse(w, r, &formError{http.StatusBadRequest, "Avis inconnu : choisissez 👍 ou 👎."}, "")
		return
	}
	n, _ := strconv.Atoi(form.Get("tour"))
	h, unlock := s.convs.get(id)
	t := h.find(n)
	if t == nil {
		unlock()
		s.refuse(w, r, &formError{http.StatusNotFound, "Cette réponse n'est plus affichée : votre avis n'a pas été enregistré."}, "")
		return
	}
	err = s.opts.Feedback.Feedback(r.Context(), Feedback{
		Platform: Platform, UserID: id, Conversation: h.conversation(),
		Question: t.Question, Reply: t.Reply, Helpful: helpful,
	})
	if err == nil {
		t.Helpful = &helpful
	}
	shown, latest := *t, t == h.last()
	unlock()
	if err != nil {
		s.opts.Logger.Error("web: record feedback", "err", err)
		s.refuse(w, r, &formError{http.StatusServiceUnavailable, "Votre avis n'a pas pu être enregistré : réessayez dans un instant."}, "")
		return
	}
	if !wantsFragment(r) {
		http.Redirect(w, r, "/#t"+strconv.Itoa(shown.N), http.StatusSeeOther)
		return
	}
	s.writeTurn(w, r, http.StatusOK, s.turnView(shown, latest, s.tokens.For(id)))
}
