package telegram

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/citebot/citebot/adapters/platform"
	"github.com/citebot/citebot/bot"
)

// A class opened on the web pages is joined from Telegram with the deep
// link t.me/<bot>?start=classe_<code>: the student's questions in their
// private chat with the bot are then recorded in the class's session, as
// the board's are, until the session ends.
const classPayload = "classe_"

// maxJoined bounds the students remembered as in a class: an entry is a
// few dozen bytes, and this is many schools at once; past it the oldest
// joins are forgotten first (that student's questions are then answered
// outside the class, as before joining).
const maxJoined = 100_000

// classWatchEvery is how often the classes students joined are checked
// for their end: a student learns within half a minute that their
// questions are no longer recorded, for one store query per class.
const classWatchEvery = 30 * time.Second

// ClassLink is the link that joins the class with that code from
// Telegram, for the teacher to hand out.
func ClassLink(botName, code string) string {
	return "https://t.me/" + botName + "?start=" + classPayload + code
}

// classCode is the class code a /start payload carries, and whether it
// carries one (well formed or not).
func classCode(payload string) (string, bool) {
	code, ok := strings.CutPrefix(payload, classPayload)
	return code, ok
}

// joinedClasses remembers which class each student joined, in memory: a
// restart forgets them (the student opens the link again).
type joinedClasses struct {
	mu    sync.Mutex
	codes map[int64]joinedClass // by user id
	order []joinOrder           // the joins, oldest first, for the bound
	seq   uint64
}

type joinedClass struct {
	code string
	seq  uint64 // which join: a student may leave and join again
}

type joinOrder struct {
	user int64
	seq  uint64
}

func newJoinedClasses() *joinedClasses { return &joinedClasses{codes: map[int64]joinedClass{}} }

func (j *joinedClasses) join(user int64, code string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.seq++
	j.codes[user] = joinedClass{code: code, seq: j.seq}
	j.order = append(j.order, joinOrder{user, j.seq})
	for len(j.codes) > maxJoined {
		o := j.order[0]
		j.order = j.order[1:]
		if j.codes[o.user].seq == o.seq {
			delete(j.codes, o.user)
		}
	}
	if len(j.order) > 2*len(j.codes)+maxJoined/10 { // joins since left or replaced
		j.order = slices.DeleteFunc(j.order, func(o joinOrder) bool { return j.codes[o.user].seq != o.seq })
	}
}

// leave forgets the student's class if it is still code.
func (j *joinedClasses) leave(user int64, code string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.codes[user].code == code {
		delete(j.codes, user)
	}
}

// joined lists the joined classes' codes, each with its students.
func (j *joinedClasses) joined() map[string][]int64 {
	j.mu.Lock()
	defer j.mu.Unlock()
	out := map[string][]int64{}
	for u, c := range j.codes {
		out[c.code] = append(out[c.code], u)
	}
	return out
}

func (j *joinedClasses) of(user int64) (string, bool) {
	j.mu.Lock()
	defer j.mu.Unlock()
	c, ok := j.codes[user]
	return c.code, ok
}

// classCommand names the command that joins a class by its code typed
// ("/classe K7P2QX"), shows the class joined ("/classe") or leaves it
// ("/classe quitter"), in a private chat.
const classCommand = "classe"

// classCommand answers "/start classe_<code>" (join) and "/classe …"
// (class).
func (a *Adapter) classCommand(ctx context.Context, out outgoing, chat *tgbotapi.Chat, from *tgbotapi.User, what intent, arg string) {
	var text string
	switch arg = strings.TrimSpace(arg); {
	case what == join || !chat.IsPrivate() || a.opts.Classroom == nil:
		text = a.joinReply(ctx, chat, from, arg)
	case arg == "":
		text = a.classStatus(ctx, from)
	case strings.EqualFold(arg, "quitter") || strings.EqualFold(arg, "leave"):
		text = a.leaveClass(ctx, from)
	default:
		text = a.joinReply(ctx, chat, from, arg)
	}
	a.reportSend(a.sendHTML(ctx, out, []string{escape(text)}, text))
}

// noClass is what a student who joined no class reads.
const noClass = "Vous n'êtes dans aucune séance. Pour en rejoindre une, ouvrez le lien de l'enseignant, ou écrivez /classe suivi du code du tableau (par exemple /classe K7P2QX)."

// classStatus says which class the student is in, if any.
func (a *Adapter) classStatus(ctx context.Context, from *tgbotapi.User) string {
	code, sess, notice, ok := a.joinedSession(ctx, from.ID)
	switch {
	case ok:
		return fmt.Sprintf("Vous êtes dans la séance « %s » (code %s) : vos questions ici y sont enregistrées. "+
			"/classe quitter pour en sortir.", sess.Title, code)
	case notice != "":
		return notice
	}
	return noClass
}

// leaveClass takes the student out of their class.
func (a *Adapter) leaveClass(ctx context.Context, from *tgbotapi.User) string {
	code, ok := a.classes.of(from.ID)
	if !ok {
		return noClass
	}
	a.classes.leave(from.ID, code)
	title := code
	if _, sess, err := platform.JoinedClass(ctx, a.opts.Classroom, code); err == nil || errors.Is(err, platform.ErrClassClosed) {
		title = "« " + sess.Title + " »"
	}
	return fmt.Sprintf("Vous avez quitté la séance %s : vos questions ici ne sont plus enregistrées. Vous pouvez continuer à m'en poser.", title)
}

func (a *Adapter) joinReply(ctx context.Context, chat *tgbotapi.Chat, from *tgbotapi.User, typed string) string {
	if !chat.IsPrivate() {
		return "Une séance se rejoint en conversation privée avec moi : ouvrez le lien de l'enseignant depuis votre propre compte."
	}
	if a.opts.Classroom == nil {
		return "Les séances en classe ne sont pas ouvertes sur ce serveur : posez vos questions ici, je réponds quand même."
	}
	code, sess, err := platform.JoinedClass(ctx, a.opts.Classroom, typed)
	switch {
	case errors.Is(err, platform.ErrClassCode):
		return fmt.Sprintf("« %s » n'est pas un code de séance : un code a %d lettres ou chiffres, comme K7P2QX. "+
			"Demandez le lien à l'enseignant.", clipRunes(typed, 20), platform.ClassCodeLen)
	case errors.Is(err, bot.ErrNoSession):
		return "Aucune séance n'a le code " + code + " : vérifiez-le auprès de l'enseignant."
	case errors.Is(err, platform.ErrClassClosed):
		a.classes.leave(from.ID, code)
		return fmt.Sprintf("La séance « %s » (code %s) est terminée : vos questions n'y sont plus enregistrées. "+
			"Posez-les quand même ici, je réponds !", sess.Title, code)
	case err != nil:
		a.log.Error("telegram: joining a class", "err", err)
		return "Je n'arrive pas à joindre la base des séances : réessayez dans un instant."
	}
	a.classes.join(from.ID, code)
	names := "sous un pseudonyme, sans votre nom"
	if sess.Names {
		names = "avec votre nom affiché (l'enseignant l'a choisi)"
	}
	return fmt.Sprintf("Vous avez rejoint la séance « %s » (code %s). Posez vos questions ici : jusqu'à la fin de la séance, "+
		"elles s'affichent sur le tableau de la classe avec leurs réponses, enregistrées %s. "+
		"La séance se termine quand l'enseignant la ferme : je vous le dirai ici. /classe quitter pour en sortir avant.", sess.Title, code, names)
}

// classRoom is the room of the class the sender joined, if they did and
// it is still open; when it has ended, notice tells them (once) that
// their questions are no longer recorded there.
func (a *Adapter) classRoom(ctx context.Context, chat *tgbotapi.Chat, from *tgbotapi.User) (room, notice string) {
	if !chat.IsPrivate() || a.opts.Classroom == nil || from == nil {
		return "", ""
	}
	code, _, notice, ok := a.joinedSession(ctx, from.ID)
	if !ok {
		return "", notice
	}
	return platform.ClassRoom(code), ""
}

// joinedSession is the open session of the class user joined, ok when
// there is one. Otherwise notice says (once: the join is forgotten) that
// it has ended or was deleted, or is "" when they joined none; a store
// that fails is logged, and the question answered outside the class.
func (a *Adapter) joinedSession(ctx context.Context, user int64) (code string, sess bot.Session, notice string, ok bool) {
	code, joined := a.classes.of(user)
	if !joined {
		return "", bot.Session{}, "", false
	}
	_, sess, err := platform.JoinedClass(ctx, a.opts.Classroom, code)
	if err == nil {
		return code, sess, "", true
	}
	if notice = endedNotice(code, sess, err); notice != "" {
		a.classes.leave(user, code)
		return code, sess, notice, false
	}
	a.log.Error("telegram: reading a joined class", "err", err)
	return code, sess, "", false
}

// endedNotice tells a student that the class they joined has ended or
// was deleted, as err says; "" for any other err.
func endedNotice(code string, sess bot.Session, err error) string {
	switch {
	case errors.Is(err, platform.ErrClassClosed):
		return fmt.Sprintf("La séance « %s » est terminée : vos questions n'y sont plus enregistrées.", sess.Title)
	case errors.Is(err, bot.ErrNoSession):
		return "La séance " + code + " a été effacée par l'enseignant : vos questions n'y sont plus enregistrées."
	}
	return ""
}

// clipRunes is s cut to n runes, with "…" when cut.
func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// watchClasses tells the students of a class, in their private chat, when
// it has ended, until ctx is done.
func (a *Adapter) watchClasses(ctx context.Context) {
	if a.opts.Classroom == nil {
		return
	}
	t := time.NewTicker(classWatchEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			a.closeEndedClasses(ctx)
		}
	}
}

// closeEndedClasses tells the students of every joined class that has
// ended (or was deleted) so, and forgets that they joined it. A store that
// fails is logged, and the class checked again next time.
func (a *Adapter) closeEndedClasses(ctx context.Context) {
	for code, users := range a.classes.joined() {
		_, sess, err := platform.JoinedClass(ctx, a.opts.Classroom, code)
		if err == nil {
			continue
		}
		notice := endedNotice(code, sess, err)
		if notice == "" {
			a.log.Error("telegram: checking a joined class", "err", err)
			continue
		}
		notice += " Vous pouvez continuer à m'en poser ici."
		for _, u := range users {
			a.classes.leave(u, code)
			// In the student's chat's queue: after the answers under way.
			a.queue.submit(u, func() {
				a.reportSend(a.sendHTML(context.WithoutCancel(ctx), outgoing{chat: u}, []string{escape(notice)}, notice))
			})
		}
	}
}
