package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/citebot/citebot/bot/match"
)

// record saves a question asked in the room's open session, if there is
// one, and returns the reply to send: r with the entry's id and feedback
// buttons, or, for a question already asked, the earlier answer with a
// note. A store that fails costs the record, never the answer.
func (b *Bot) record(ctx context.Context, m Message, question string, a match.Answer, r Reply) Reply {
	if m.Room == "" {
		return r
	}
	room, err := b.roomKey(ctx, m.Room)
	if err != nil {
		b.opts.Logger.Error("session store", "op", "record", "err", err)
		return r
	}
	s, err := b.store.OpenSession(ctx, room)
	if err != nil {
		if !errors.Is(err, ErrNoSession) {
			b.opts.Logger.Error("session store", "op", "record", "err", err)
		}
		return r
	}
	e := Entry{
		Session: s.ID, Student: pseudonym(s.Salt, m.Platform, m.UserID), Asked: b.opts.Now(),
		Question: cleanText(question), Answered: r.Answered, Answer: r.Answer, Body: r.Body,
		Confidence: r.Confidence, Unsure: r.Unsure, Citations: r.Citations, Similar: similarKey(a),
	}
	if s.Names {
		e.Name = truncateRunes(cleanTitle(m.UserName), maxNameRunes-1)
	}
	e, err = b.store.Record(ctx, e)
	if err != nil {
		b.opts.Logger.Error("session store", "op", "record", "err", err)
		return r
	}
	if e.RepeatOf != 0 {
		if first, err := b.store.Entry(ctx, e.RepeatOf); err == nil {
			r = repeatReply(first, e.Times)
		}
	}
	r.Session, r.Entry = s.ID, e.ID
	if r.Kind == KindAnswer {
		r.Actions = append(r.Actions,
			Action{Label: "👍", Command: fmt.Sprintf("/bien %d", e.ID)},
			Action{Label: "👎", Command: fmt.Sprintf("/faux %d", e.ID)})
	}
	return r
}

// repeatReply is the earlier answer to a question asked again, with a
// note saying how often it was asked.
func repeatReply(first Entry, times int) Reply {
	note := fmt.Sprintf("Déjà posée (%d fois dans cette séance) : « %s »", times, truncateRunes(first.Question, 200))
	kind := KindAbstain
	if first.Answered {
		kind = KindAnswer
	}
	r := withCitations(kind, note+"\n"+first.Body, first.Citations)
	r.Answered, r.Answer, r.Confidence, r.Unsure = first.Answered, first.Answer, first.Confidence, first.Unsure
	if first.Answered {
		r.Actions = []Action{{Label: "Plus de sources", Command: "/plus"}}
	}
	return r
}

// vote records a student's 👍 or 👎 on the answer arg names (an entry id),
// or on their conversation's last recorded answer.
func (b *Bot) vote(ctx context.Context, m Message, arg string, up bool) Reply {
	var id int64
	if arg != "" {
		n, err := strconv.ParseInt(arg, 10, 64)
		if err != nil || n <= 0 {
			return errorReply("Écrivez /bien ou /faux seul (pour la dernière réponse), ou suivi du numéro d'une réponse.")
		}
		id = n
	} else if m.Conversation != "" {
		unlock := b.locks.lock(m.Conversation)
		id = b.conversation(ctx, m.Conversation).entry
		unlock()
	}
	if id == 0 {
		return errorReply("Je ne trouve pas de réponse enregistrée à laquelle donner votre avis : /bien et /faux servent pendant une séance.")
	}
	s, r, ok := b.roomSession(ctx, m, false)
	if !ok {
		r.Text = "Votre avis n'est enregistré que pendant une séance. " + r.Text
		r.Body = r.Text
		return r
	}
	e, err := b.store.Entry(ctx, id)
	if errors.Is(err, ErrNoEntry) || err == nil && e.Session != s.ID {
		return errorReply("Cette réponse n'appartient pas à la séance en cours.")
	}
	if err != nil {
		return b.storeError("vote", err)
	}
	err = b.store.Vote(ctx, Vote{Entry: id, Student: pseudonym(s.Salt, m.Platform, m.UserID), Up: up, At: b.opts.Now()})
	if err != nil {
		return b.storeError("vote", err)
	}
	r = infoReply("Merci pour votre avis 👎 : il aidera l'enseignant à revenir sur cette réponse.")
	if up {
		r = infoReply("Merci pour votre avis 👍 !")
	}
	r.Session, r.Entry = s.ID, id
	return r
}
