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

// joinClass answers "/start classe_<code>": it joins the student to the
// class, or says why it cannot.
func (a *Adapter) joinClass(ctx context.Context, out outgoing, chat *tgbotapi.Chat, from *tgbotapi.User, typed string) {
	text := a.joinReply(ctx, chat, from, typed)
	a.reportSend(a.sendHTML(ctx, out, []string{escape(text)}, text))
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
		"La séance se termine quand l'enseignant la ferme : je vous le dirai ici.", sess.Title, code, names)
}

// classRoom is the room of the class the sender joined, if they did and
// it is still open; when it has ended, notice tells them (once) that
// their questions are no longer recorded there. A store that fails
// answers outside the class, and is logged.
func (a *Adapter) classRoom(ctx context.Context, chat *tgbotapi.Chat, from *tgbotapi.User) (room, notice string) {
	if !chat.IsPrivate() || a.opts.Classroom == nil || from == nil {
		return "", ""
	}
	code, ok := a.classes.of(from.ID)
	if !ok {
		return "", ""
	}
	_, sess, err := platform.JoinedClass(ctx, a.opts.Classroom, code)
	switch {
	case err == nil:
		return platform.ClassRoom(code), ""
	case errors.Is(err, platform.ErrClassClosed):
		a.classes.leave(from.ID, code)
		return "", fmt.Sprintf("La séance « %s » est terminée : vos questions n'y sont plus enregistrées.", sess.Title)
	case errors.Is(err, bot.ErrNoSession):
		a.classes.leave(from.ID, code)
		return "", "La séance " + code + " a été effacée par l'enseignant : vos questions n'y sont plus enregistrées."
	}
	a.log.Error("telegram: reading a joined class", "err", err)
	return "", ""
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
		var notice string
		switch {
		case err == nil:
			continue
		case errors.Is(err, platform.ErrClassClosed):
			notice = fmt.Sprintf("La séance « %s » est terminée : vos questions n'y sont plus enregistrées. "+
				"Vous pouvez continuer à m'en poser ici.", sess.Title)
		case errors.Is(err, bot.ErrNoSession):
			notice = "La séance " + code + " a été effacée par l'enseignant : vos questions n'y sont plus enregistrées."
		default:
			a.log.Error("telegram: checking a joined class", "err", err)
			continue
		}
		for _, u := range users {
			a.classes.leave(u, code)
			// In the student's chat's queue: after the answers under way.
			a.queue.submit(u, func() {
				a.reportSend(a.sendHTML(context.WithoutCancel(ctx), outgoing{chat: u}, []string{escape(notice)}, notice))
			})
		}
	}
}
