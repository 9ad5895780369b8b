package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/citebot/citebot/bot/match"
)

// Session limits and defaults, in one place.
const (
	// maxTitleRunes bounds a session's title; maxNameRunes a student's
	// display name.
	maxTitleRunes = 120
	maxNameRunes  = 60
	// defaultRetention is how long sessions are kept when Options do not
	// say (CITEBOT_RETENTION).
	defaultRetention = 90 * 24 * time.Hour
)

// notTeacher is the polite refusal of a session command to a student.
const notTeacher = "Seuls les enseignants peuvent gérer les séances (sur Discord, les membres qui peuvent gérer les messages " +
	"ou ont le rôle prévu ; sur Telegram, les administrateurs du groupe). Vos questions, elles, sont toujours les bienvenues !"

// sessionHelp lists the session commands.
const sessionHelp = "Séances de questions en classe (enseignants) :\n" +
	"  /session start [titre] — ouvrir une séance ici\n" +
	"  /session fin — la terminer et afficher le bilan\n" +
	"  /session export — le bilan en fichiers Markdown et CSV\n" +
	"  /session noms oui|non — enregistrer ou non les noms affichés des élèves\n" +
	"  /session oublier — effacer une séance et tout ce qui y a été enregistré\n" +
	"  /session — où en est la séance\n" +
	"Pendant une séance, chacun peut donner son avis sur une réponse : /bien ou /faux (ou les boutons 👍 👎)."

// sessionCommand runs "/session …".
func (b *Bot) sessionCommand(ctx context.Context, m Message, arg string) Reply {
	sub, rest, _ := strings.Cut(strings.TrimSpace(arg), " ")
	sub, rest = strings.ToLower(sub), strings.TrimSpace(rest)
	if sub == "" || sub == "statut" || sub == "status" {
		return b.sessionStatus(ctx, m)
	}
	if sub == "aide" || sub == "help" {
		return infoReply(sessionHelp)
	}
	if !m.Teacher {
		return errorReply(notTeacher)
	}
	if m.Room == "" {
		return errorReply("Une séance se tient dans un salon ou un groupe : lancez-la là où la classe pose ses questions.")
	}
	switch sub {
	case "start", "début", "debut", "commencer", "ouvrir", "open", "begin":
		return b.startSession(ctx, m, rest)
	case "fin", "end", "stop", "terminer", "fermer", "close":
		return b.endSession(ctx, m)
	case "export", "exporter":
		return b.exportSession(ctx, m, rest)
	case "noms", "names":
		return b.sessionNames(ctx, m, rest)
	case "oublier", "forget", "effacer", "supprimer", "delete":
		return b.forgetSession(ctx, m, rest)
	}
	return errorReply(fmt.Sprintf("Je ne connais pas « /session %s ».\n%s", truncateRunes(cleanText(sub), 40), sessionHelp))
}

// storeError is the reply when the store fails: the teacher learns that
// nothing was done, the log says why.
func (b *Bot) storeError(op string, err error) Reply {
	b.opts.Logger.Error("session store", "op", op, "err", err)
	return errorReply("Je n'arrive pas à joindre la base de données des séances : rien n'a été fait. Réessayez dans un instant.")
}

func (b *Bot) startSession(ctx context.Context, m Message, title string) Reply {
	room, err := b.roomKey(ctx, m.Room)
	if err != nil {
		return b.storeError("start", err)
	}
	now := b.opts.Now()
	title = cleanTitle(title)
	if title == "" {
		title = "Séance du " + frenchDate(now)
	}
	s := Session{ID: newSessionID(), Room: room, Platform: m.Platform, Title: title, Salt: newSalt(), StartedAt: now}
	s, err = b.store.StartSession(ctx, s)
	if errors.Is(err, ErrSessionOpen) {
		r := errorReply(fmt.Sprintf("Une séance est déjà ouverte ici : « %s » (%s). Terminez-la d'abord avec /session fin.", s.Title, s.ID))
		r.Session = s.ID // the open one
		return r
	}
	if err != nil {
		return b.storeError("start", err)
	}
	r := infoReply(fmt.Sprintf("Séance « %s » ouverte (n° %s). Posez vos questions : chaque question, sa réponse et vos avis (👍 👎) "+
		"sont enregistrés sous un pseudonyme, sans vos noms. /session fin termine la séance et affiche le bilan.", s.Title, s.ID))
	r.Session = s.ID
	return r
}

func (b *Bot) endSession(ctx context.Context, m Message) Reply {
	s, r, ok := b.roomSession(ctx, m, true)
	if !ok {
		return r
	}
	s, err := b.store.EndSession(ctx, s.ID, b.opts.Now())
	if errors.Is(err, ErrNoSession) {
		return errorReply("Cette séance vient d'être terminée ou effacée.")
	}
	if err != nil {
		return b.storeError("end", err)
	}
	b.forgetRoomQuiz(m.Room)
	es, rounds, err := b.sessionRecords(ctx, s.ID)
	if err != nil {
		return b.storeError("end", err)
	}
	r = infoReply(Summarise(s, es, rounds).Text())
	r.Session = s.ID
	return r
}

func (b *Bot) sessionStatus(ctx context.Context, m Message) Reply {
	if m.Room == "" {
		return infoReply("Pas de séance ici.\n" + sessionHelp)
	}
	room, err := b.roomKey(ctx, m.Room)
	if err != nil {
		return b.storeError("status", err)
	}
	s, err := b.store.OpenSession(ctx, room)
	if errors.Is(err, ErrNoSession) {
		return infoReply("Aucune séance n'est ouverte ici.\n" + sessionHelp)
	}
	if err != nil {
		return b.storeError("status", err)
	}
	es, err := b.store.Entries(ctx, s.ID, 0, 0)
	if err != nil {
		return b.storeError("status", err)
	}
	sum := Summarise(s, es, nil)
	r := infoReply(fmt.Sprintf("Séance « %s » en cours depuis %s : %d question(s), %d avec réponse, %d sans réponse.",
		s.Title, frenchDuration(b.opts.Now().Sub(s.StartedAt)), sum.Asked, sum.Answered, sum.Abstained))
	r.Session = s.ID
	return r
}

func (b *Bot) sessionNames(ctx context.Context, m Message, arg string) Reply {
	s, r, ok := b.roomSession(ctx, m, true)
	if !ok {
		return r
	}
	on := true
	switch strings.ToLower(arg) {
	case "", "oui", "on", "yes", "activer":
	case "non", "off", "no", "désactiver", "desactiver":
		on = false
	default:
		return errorReply("Écrivez /session noms oui (enregistrer les noms affichés) ou /session noms non.")
	}
	if err := b.store.ShowNames(ctx, s.ID, on); err != nil {
		return b.storeError("names", err)
	}
	if on {
		return infoReply("Les noms affichés des élèves seront enregistrés avec leurs prochaines questions, pour cette séance seulement.")
	}
	return infoReply("Les noms ne sont plus enregistrés : les prochaines questions le seront sous pseudonyme seulement.")
}

func (b *Bot) exportSession(ctx context.Context, m Message, id string) Reply {
	s, r, ok := b.pickSession(ctx, m, id)
	if !ok {
		return r
	}
	es, rounds, err := b.sessionRecords(ctx, s.ID)
	if err != nil {
		return b.storeError("export", err)
	}
	text := fmt.Sprintf("Export de la séance « %s » (%d questions) : en Markdown pour le lire, en CSV pour un tableur.", s.Title, len(es))
	r.Files = []File{ExportMarkdown(s, es, rounds), ExportCSV(s, es)}
	if len(rounds) > 0 {
		text += fmt.Sprintf(" Le quiz (%d question(s)) a son propre fichier CSV.", len(rounds))
		r.Files = append(r.Files, ExportQuizCSV(s, es, rounds))
	}
	files := r.Files
	r = infoReply(text)
	r.Session = s.ID
	r.Files = files
	return r
}

func (b *Bot) forgetSession(ctx context.Context, m Message, id string) Reply {
	s, r, ok := b.pickSession(ctx, m, id)
	if !ok {
		return r
	}
	if id == "" {
		// Deleting is final: the teacher confirms by naming the session.
		return infoReply(fmt.Sprintf("Effacer la séance « %s » et tout ce qui y a été enregistré ? C'est définitif. "+
			"Pour confirmer : /session oublier %s", s.Title, s.ID))
	}
	if err := b.store.ForgetSession(ctx, s.ID); err != nil && !errors.Is(err, ErrNoSession) {
		return b.storeError("forget", err)
	}
	return infoReply(fmt.Sprintf("La séance « %s » est effacée, avec ses questions, ses réponses et les avis.", s.Title))
}

// roomSession is the room's open session; without one, ok is false and r
// says so.
func (b *Bot) roomSession(ctx context.Context, m Message, teacher bool) (s Session, r Reply, ok bool) {
	room, err := b.roomKey(ctx, m.Room)
	if err != nil {
		return Session{}, b.storeError("session", err), false
	}
	s, err = b.store.OpenSession(ctx, room)
	if errors.Is(err, ErrNoSession) {
		msg := "Aucune séance n'est ouverte ici."
		if teacher {
			msg += " Ouvrez-en une avec /session start [titre]."
		}
		return Session{}, errorReply(msg), false
	}
	if err != nil {
		return Session{}, b.storeError("session", err), false
	}
	return s, Reply{}, true
}

// pickSession is the session named by id, which must have run in the
// room, or else the room's open or latest session.
func (b *Bot) pickSession(ctx context.Context, m Message, id string) (Session, Reply, bool) {
	room, err := b.roomKey(ctx, m.Room)
	if err != nil {
		return Session{}, b.storeError("session", err), false
	}
	var s Session
	if id != "" {
		s, err = b.store.Session(ctx, id)
		if err == nil && s.Room != room {
			err = ErrNoSession // another room's session is not this teacher's
		}
	} else {
		s, err = b.store.LastSession(ctx, room)
	}
	if errors.Is(err, ErrNoSession) {
		if id != "" {
			return Session{}, errorReply(fmt.Sprintf("Aucune séance n° %s n'a eu lieu ici.", truncateRunes(cleanText(id), 40))), false
		}
		return Session{}, errorReply("Aucune séance n'a eu lieu ici. Ouvrez-en une avec /session start [titre]."), false
	}
	if err != nil {
		return Session{}, b.storeError("session", err), false
	}
	return s, Reply{}, true
}

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
		Confidence: r.Confidence, Citations: r.Citations, Similar: similarKey(a),
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
	r.Answered, r.Answer, r.Confidence = first.Answered, first.Answer, first.Confidence
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

// Purge deletes the sessions older than the retention (Options.Retention)
// and returns how many went.
func (b *Bot) Purge(ctx context.Context) (int, error) {
	return b.store.Purge(ctx, b.opts.Now().Add(-b.opts.Retention))
}

// SessionByID is one session, for adapters that address sessions by id
// (the HTTP API, with a teacher's key).
func (b *Bot) SessionByID(ctx context.Context, id string) (Session, error) {
	return b.store.Session(ctx, id)
}

// RoomSession is the session open in a room ("http:3e B"), for a board
// that follows a room; ErrNoSession if none is open.
func (b *Bot) RoomSession(ctx context.Context, room string) (Session, error) {
	key, err := b.roomKey(ctx, room)
	if err != nil {
		return Session{}, err
	}
	return b.store.OpenSession(ctx, key)
}

// SessionEntries lists a session's questions with an id above after,
// oldest first, at most limit (<= 0: all): what a live board polls to
// follow a session as it runs.
func (b *Bot) SessionEntries(ctx context.Context, id string, after int64, limit int) ([]Entry, error) {
	return b.store.Entries(ctx, id, after, limit)
}

// SessionSummary is a session's summary so far.
func (b *Bot) SessionSummary(ctx context.Context, id string) (Summary, error) {
	s, es, rounds, err := b.sessionWithEntries(ctx, id)
	if err != nil {
		return Summary{}, err
	}
	return Summarise(s, es, rounds), nil
}

// sessionWithEntries is a session and everything recorded in it.
func (b *Bot) sessionWithEntries(ctx context.Context, id string) (Session, []Entry, []QuizRound, error) {
	s, err := b.store.Session(ctx, id)
	if err != nil {
		return Session{}, nil, nil, err
	}
	es, rounds, err := b.sessionRecords(ctx, id)
	return s, es, rounds, err
}

// sessionRecords are a session's questions and quiz rounds.
func (b *Bot) sessionRecords(ctx context.Context, id string) ([]Entry, []QuizRound, error) {
	es, err := b.store.Entries(ctx, id, 0, 0)
	if err != nil {
		return nil, nil, err
	}
	rounds, err := b.store.QuizRounds(ctx, id)
	return es, rounds, err
}

// EndSession ends a session by id (the HTTP API's teacher) and returns its
// summary.
func (b *Bot) EndSession(ctx context.Context, id string) (Summary, error) {
	s, err := b.store.EndSession(ctx, id, b.opts.Now())
	if err != nil {
		return Summary{}, err
	}
	es, rounds, err := b.sessionRecords(ctx, id)
	if err != nil {
		return Summary{}, err
	}
	return Summarise(s, es, rounds), nil
}

// ForgetSession deletes a session by id and all it recorded.
func (b *Bot) ForgetSession(ctx context.Context, id string) error {
	return b.store.ForgetSession(ctx, id)
}

// SessionExport is a session's export: format "md", "csv" (the
// questions) or "quiz" (the quiz items, as CSV).
func (b *Bot) SessionExport(ctx context.Context, id, format string) (File, error) {
	s, es, rounds, err := b.sessionWithEntries(ctx, id)
	if err != nil {
		return File{}, err
	}
	switch format {
	case "md", "markdown":
		return ExportMarkdown(s, es, rounds), nil
	case "csv":
		return ExportCSV(s, es), nil
	case "quiz":
		return ExportQuizCSV(s, es, rounds), nil
	}
	return File{}, fmt.Errorf("unknown export format %q: use md, csv or quiz", format)
}
