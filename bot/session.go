package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
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
